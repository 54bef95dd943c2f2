// The words around an English date or span that change what it is (datetriggers.cpp,
// dateexpr.cpp, datetense.cpp): a quarter without its year after a trigger, a rate before
// "from", a comparison, a reporting period named by the date after it, a delay, a state
// set in the past, an event's month, halves of units ("a year and a half"), a weekday of a
// month ("the first Tuesday of November"), a season of next year and the year's end, the hour
// of a limit ("until 5 p.m. on Friday"). Every
// sentence was written for this test.
#include "daterows.h"

#include <QTest>

using namespace Gleaner;

class TestPeriodPhrases : public QObject
{
    Q_OBJECT

private slots:
    void dates_data()
    {
        Test::addDateColumns();
        const auto row = Test::dateRow;
        const QDate kNovember(2026, 11, 4);
        // Seasons from a start, and in the hemisphere a sentence names
        row("from the autumn", "The vaccine will be available from the autumn.", QDate(2026, 3, 20),
            "the autumn", "deadline", QDate(2026, 11, 30));
        row("a fall of the yen", "Exporters benefited from the fall in the yen.", QDate(2026, 3, 20),
            "the fall", "none", QDate());
        row("winter storms", "Airlines are still recovering from the winter storms.", QDate(2026, 3, 20),
            "the winter", "none", QDate());
        row("the southern autumn", "El Nino should weaken by the southern autumn.", QDate(2026, 1, 15),
            "by the southern autumn", "deadline", QDate(2026, 5, 31));
        row("the northern spring in a story from Sydney",
            "In Sydney, growers expect the harvest in the northern spring.", QDate(2025, 9, 15),
            "the northern spring", "deadline", QDate(2026, 5, 31));
        row("a quarter gone by this year is next year's", "The bank will shut 40 branches by the end of Q1.",
            kNovember, "by the end of Q1", "deadline", QDate(2027, 3, 31));
        row("a quarter in a past clause stays", "Sales had fallen sharply by the end of the second quarter.",
            kNovember, "by the end of the second quarter", "date", QDate(2026, 6, 30));
        row("a rate, then when it starts", "The canal will take 30 ships a day from Dec. 1.", kNovember,
            "Dec. 1", "deadline", QDate(2026, 12, 1));
        row("a rate of money, then when it starts", "The levy will rise to £90 a year from April 1.",
            kNovember, "April 1", "deadline", QDate(2027, 4, 1));
        row("a year from now still counts", "The rules will change a year from now.", kNovember,
            "a year from now", "deadline", QDate(2027, 11, 4));
        row("earlier than planned is no date", "The line will close by 2031, two years earlier than planned.",
            kNovember, "two years earlier", "none", QDate());
        row("year-to-date is no period", "Deliveries rose, bringing the year-to-date total to 412.",
            kNovember, "the year", "none", QDate());
        row("a quarter named by its last day", "Revenue rose 8% in the quarter ended Sept. 28.", kNovember,
            "the quarter", "none", QDate());
        row("the day that names it", "Revenue rose 8% in the quarter ended Sept. 28.", kNovember, "Sept. 28",
            "date", QDate(2026, 9, 28));
        row("a year named by its last month", "It cut its forecast for the year ending March 2027.",
            kNovember, "the year", "none", QDate());
        row("a quarter as a time", "Net income sank 27% in the quarter to $254 million.", kNovember,
            "the quarter", "date", QDate(2026, 12, 31));
        row("a hearing adjourned", "The judge adjourned the hearing to Monday.", kNovember, "Monday",
            "deadline", QDate(2026, 11, 9));
        row("a state set in the past", "Parliament was prorogued until Jan. 20.", kNovember, "until Jan. 20",
            "deadline", QDate(2027, 1, 20));
        row("a state that ended", "The bridge was closed until Oct. 12.", kNovember, "until Oct. 12", "date",
            QDate(2026, 10, 12));
        row("a narrative until", "Sales rose until Oct. 12, when demand fell.", kNovember, "until Oct. 12",
            "date", QDate(2026, 10, 12));
        row("a simple past before a limit", "Prices rose by Oct. 12, then fell.", kNovember, "by Oct. 12",
            "date", QDate(2026, 10, 12));
        row("a participle before a limit", "Aid will reach families hit by floods by the end of March.",
            kNovember, "by the end of March", "deadline", QDate(2027, 3, 31));
        row("a half of this year told in the past", "The deal closed in H1 2026, the company said.",
            QDate(2026, 6, 20), "H1 2026", "date", QDate(2026, 6, 30));
        row("a half of this year ahead", "The deal will close in H2 2026.", QDate(2026, 6, 20), "H2 2026",
            "deadline", QDate(2026, 12, 31));
        row("a plan's span of years told in the past",
            "The council approved $80 million for trams over 2026-2030.", QDate(2026, 6, 20), "2026-2030",
            "deadline", QDate(2030, 12, 31));
        row("before end-month", "The board wants a decision before end-March.", kNovember, "before end-March",
            "deadline", QDate(2027, 3, 31));
        row("a rate of a mass noun", "Homes will get 100 liters of water a day from Monday.", kNovember,
            "Monday", "deadline", QDate(2026, 11, 9));
        row("a rate of a percentage", "Fees will rise 5% a year from 2027.", kNovember, "2027", "deadline",
            QDate(2027, 12, 31));
        row("a year from today", "The deadline is a year from today.", kNovember, "a year from today",
            "deadline", QDate(2027, 11, 4));
        row("a label's day gone by", "Firms must file results for the quarter ended Sept. 30 by Nov. 14.",
            kNovember, "Sept. 30", "date", QDate(2026, 9, 30));
        row("a limit after a label", "Firms must file results for the quarter ended Sept. 30 by Nov. 14.",
            kNovember, "by Nov. 14", "deadline", QDate(2026, 11, 14));
        row("adjourned until", "The hearing was adjourned until Friday.", kNovember, "until Friday",
            "deadline", QDate(2026, 11, 6));
        row("remanded until", "The suspect was remanded in custody until Jan. 5.", kNovember, "until Jan. 5",
            "deadline", QDate(2027, 1, 5));
        row("shut until", "The airport was shut until Nov. 28.", kNovember, "until Nov. 28", "deadline",
            QDate(2026, 11, 28));
        row("closed until a weekday", "Schools were closed until Monday.", kNovember, "until Monday",
            "deadline", QDate(2026, 11, 9));
        row("talks continued until", "Talks continued until Oct. 12 without a deal.", kNovember,
            "until Oct. 12", "date", QDate(2026, 10, 12));
        row("a disaster's month near the new year", "The January wildfires destroyed 16,000 homes.",
            QDate(2026, 12, 10), "January", "date", QDate(2026, 1, 31));
        row("moved to the publication's weekday", "The judge adjourned the case to Wednesday.", kNovember,
            "Wednesday", "deadline", QDate(2026, 11, 11));
        row("year to date in words", "The fund has gained 12% year to date.", kNovember, "year to date",
            "date", QDate(2026, 11, 3));
        // the day a story gives its fiscal year's end
        row("a fiscal year's end on its day",
            "The state has until the end of the fiscal year on June 30 to act.", QDate(2024, 11, 29),
            "until the end of the fiscal year on June 30", "deadline", QDate(2025, 6, 30));
        row("a fiscal year's end between commas",
            "Agencies have until the end of the fiscal year, Sept. 30, to comply.", QDate(2024, 11, 29),
            "until the end of the fiscal year, Sept. 30", "deadline", QDate(2025, 9, 30));
        row("a fiscal year that ends on its day",
            "The agency must spend the funds before the fiscal year ends on Sept. 30.", QDate(2025, 3, 4),
            "before the fiscal year ends on Sept. 30", "deadline", QDate(2025, 9, 30));
        row("a fiscal year's end gone by", "The state ended the fiscal year on June 30 with a surplus.",
            QDate(2024, 11, 29), "the fiscal year on June 30", "date", QDate(2024, 6, 30));
        row("a label with its clause", "Profit rose in the fiscal year that ended in March.", kNovember,
            "the fiscal year", "none", QDate());
        row("closed until a weekday ahead", "Schools were closed until Friday.", kNovember, "until Friday",
            "deadline", QDate(2026, 11, 6));
        row("hours are no half", "The flight takes 2h and costs $300.", kNovember, "2h", "none", QDate());
        row("a quarter named by its months", "Sales rose in the April-to-June quarter.", kNovember,
            "the April-to-June quarter", "date", QDate(2026, 6, 30));
        row("a quarter named by its last month",
            "Redgum will ship first cargo by the September quarter of 2027.", kNovember,
            "by the September quarter of 2027", "deadline", QDate(2027, 9, 30));
        row("a month's quarter gone by this year", "Redgum will ship first cargo by the June quarter.",
            kNovember, "by the June quarter", "deadline", QDate(2027, 6, 30));
        row("a quarter of two months named",
            "The bank will slow its buying by the January-March quarter of 2027.", kNovember,
            "by the January-March quarter of 2027", "deadline", QDate(2027, 3, 31));
        row("a quarter's results by its month", "Shares rose after December-quarter revenue beat forecasts.",
            QDate(2027, 2, 3), "December-quarter", "date", QDate(2026, 12, 31));
        row("a day a change takes effect", "Dhaka raised the minimum wage, effective July 1.",
            QDate(2026, 6, 28), "July 1", "deadline", QDate(2026, 7, 1));
        row("a change that took effect", "Dhaka raised the minimum wage, effective June 1.",
            QDate(2026, 6, 28), "June 1", "date", QDate(2026, 6, 1));
        row("measures that expire", "The measures expire Feb. 28 unless renewed.", kNovember, "Feb. 28",
            "deadline", QDate(2027, 2, 28));
        row("a plan first due", "The levy was first due to start Oct. 1 but was pushed back.", kNovember,
            "Oct. 1", "date", QDate(2026, 10, 1));
        row("a limit on the day of publication", "The firm will finish the review by the end of March.",
            QDate(2027, 3, 31), "by the end of March", "deadline", QDate(2027, 3, 31));
        row("a day of publication told in the past", "Sales had slowed by the end of March.",
            QDate(2027, 3, 31), "by the end of March", "date", QDate(2027, 3, 31));
        row("this week in a plan", "The company will launch the app this week.", kNovember, "this week",
            "deadline", QDate(2026, 11, 8));
        row("a plan in the present", "Airbus targets 820 deliveries this year.", QDate(2026, 5, 14),
            "this year", "deadline", QDate(2026, 12, 31));
        row("a headline's infinitive", "Meta to spend up to $40 billion this year.", QDate(2026, 5, 14),
            "this year", "deadline", QDate(2026, 12, 31));
        row("a headline's month", "Nissan to close Sunderland line in March.", kNovember, "March", "deadline",
            QDate(2027, 3, 31));
        row("a route is no headline", "From Tokyo to Osaka, trains ran late in March.", kNovember, "March",
            "date", QDate(2026, 3, 31));
        row("a plan first due in a month", "The election was first due in March but was delayed until June.",
            QDate(2026, 2, 1), "March", "date", QDate(2026, 3, 31));
        row("the last weekday of this month", "The report is due the last Friday of the month.",
            QDate(2026, 7, 10), "the last Friday of the month", "deadline", QDate(2026, 7, 31));
        row("a month's quarter without the", "Analysts expect a weaker March quarter of 2027.", kNovember,
            "March quarter of 2027", "deadline", QDate(2027, 3, 31));
        row("a span about so long", "Production will start in about 18 months.", kNovember,
            "in about 18 months", "deadline", QDate(2028, 5, 4));
        row("a span roughly so long", "The plant will be built within roughly two years.", kNovember,
            "within roughly two years", "deadline", QDate(2028, 11, 4));
        row("a quarter century is no quarter",
            "They toured together for the first time in nearly a quarter century.", kNovember,
            "in nearly a quarter", "none", QDate());
        row("the decade's end", "The country aims to phase out coal by decade's end.", kNovember,
            "by decade's end", "deadline", QDate(2029, 12, 31));
        row("the month's end", "Payments are due by month's end.", kNovember, "by month's end", "deadline",
            QDate(2026, 11, 30));
        row("a future told from the past, gone by", "Trump said tariffs would start on Oct. 20.", kNovember,
            "Oct. 20", "date", QDate(2026, 10, 20));
        row("a future told from the past, months back", "Officials said regulators would decide by Feb. 28.",
            QDate(2026, 5, 20), "by Feb. 28", "deadline", QDate(2027, 2, 28));
        row("a future told from the past, ahead", "Trump said tariffs would start on Dec. 1.", kNovember,
            "Dec. 1", "deadline", QDate(2026, 12, 1));
        row("a limit extended", "The deadline was extended to Nov. 15.", QDate(2026, 10, 7), "Nov. 15",
            "deadline", QDate(2026, 11, 15));
        row("an opening phrase is no headline",
            "Speaking to reporters on Monday, the minister said exports fell.", QDate(2026, 5, 14), "Monday",
            "date", QDate(2026, 5, 11));
        row("a cause is no schedule", "Due to heavy rain in March, the harvest was late.", QDate(2026, 5, 14),
            "March", "date", QDate(2026, 3, 31));
        row("a schedule after a comma", "The plant, due to open in March, will employ 500 people.",
            QDate(2026, 5, 14), "March", "deadline", QDate(2027, 3, 31));
        row("plural nouns are no plan verb", "Campaign promises this year went largely unfulfilled.",
            QDate(2026, 5, 14), "this year", "date", QDate(2026, 12, 31));
        row("a quarter-final is no quarter", "The team lost the May quarter-final to Spain.", kNovember,
            "May quarter", "none", QDate());
        row("a quarter before a comma and its year", "Revenue will rise in Q3,2027.", kNovember, "Q3",
            "deadline", QDate(2027, 9, 30));
        row("quetzales are no quarter", "In Guatemala, the minimum wage is Q3,600 a month.", kNovember, "Q3",
            "none", QDate());
        row("a plan first scheduled for a day",
            "The vote was originally scheduled for March 20 but was moved.", QDate(2026, 3, 10), "March 20",
            "date", QDate(2026, 3, 20));
        row("a fiscal year of the story's place, not of US$",
            "Karachi's bank bought US$6.2 billion, and the state must repay the bills by the end of FY27.",
            kNovember, "by the end of FY27", "deadline", QDate(2027, 6, 30));
        row("a name and a figure after its verb", "Separately, Intel cut 15,000 jobs in August.", kNovember,
            "August", "date", QDate(2026, 8, 31));
        row("a disaster's month", "Aid will rebuild towns hit by the September earthquake.", kNovember,
            "September", "date", QDate(2026, 9, 30));
        row("the year's end", "The merger should close at year's end.", kNovember, "year's end", "deadline",
            QDate(2026, 12, 31));
        row("by the year's end", "Talks must finish by the year's end.", kNovember, "by the year's end",
            "deadline", QDate(2026, 12, 31));
        row("one and a half years", "The plant will be built within one and a half years.", kNovember,
            "within one and a half years", "deadline", QDate(2028, 5, 4));
        row("a year and a half", "The plant will be built within a year and a half.", kNovember,
            "within a year and a half", "deadline", QDate(2028, 5, 4));
        row("two and a half years", "The line will open within two and a half years.", kNovember,
            "within two and a half years", "deadline", QDate(2029, 5, 4));
        row("half a year", "The bank will decide within half a year.", kNovember, "within half a year",
            "deadline", QDate(2027, 5, 4));
        row("1.5 years", "The plant will be built within 1.5 years.", kNovember, "within 1.5 years",
            "deadline", QDate(2028, 5, 4));
        row("a week and a half", "Talks will end within a week and a half.", kNovember,
            "within a week and a half", "deadline", QDate(2026, 11, 15));
        row("the next year and a half", "It will hire 500 people over the next year and a half.", kNovember,
            "over the next year and a half", "deadline", QDate(2028, 5, 4));
        row("in the next year and a half", "It will hire 500 people in the next year and a half.", kNovember,
            "in the next year and a half", "deadline", QDate(2028, 5, 4));
        row("the past year and a half", "Over the past year and a half, sales doubled.", kNovember,
            "Over the past year and a half", "date", QDate(2026, 11, 3));
        row("half a day is no date", "The vote will come within half a day.", kNovember, "within half a day",
            "none", QDate());
        row("an nth weekday of a month", "Voters go to the polls on the first Tuesday of November.",
            QDate(2026, 3, 10), "the first Tuesday of November", "deadline", QDate(2026, 11, 3));
        row("an nth weekday gone by this year", "The board meets on the second Monday of April.", kNovember,
            "the second Monday of April", "deadline", QDate(2027, 4, 12));
        row("the last weekday of a month", "The sale ends on the last Friday in March.", QDate(2026, 3, 2),
            "the last Friday in March", "deadline", QDate(2026, 3, 27));
        row("an nth weekday told in the past", "The board met on the first Monday of October.", kNovember,
            "the first Monday of October", "date", QDate(2026, 10, 5));
        row("no fifth Friday in February", "It happened on the fifth Friday of February.", kNovember,
            "the fifth Friday of February", "none", QDate());
        row("a season of next year", "The line will open by the summer of next year.", kNovember,
            "by the summer of next year", "deadline", QDate(2027, 8, 31));
        row("fall is a verb before next year", "Prices will fall next year, analysts said.", kNovember,
            "next year", "deadline", QDate(2027, 12, 31));
        // The hour of a limit between its trigger and its day (a Tuesday): the day is the limit,
        // and the points of "a.m." end no sentence
        const QDate kTuesday(2026, 4, 14);
        row("until an hour on a weekday", "Shareholders have until 5 p.m. on Friday to tender.", kTuesday,
            "until 5 p.m. on Friday", "deadline", QDate(2026, 4, 17));
        row("by noon and a weekday", "Bids are due by noon Monday.", kTuesday, "by noon Monday", "deadline",
            QDate(2026, 4, 20));
        row("early on a weekday", "Results are expected by early Wednesday.", kTuesday, "by early Wednesday",
            "deadline", QDate(2026, 4, 15));
        row("an hour with its zone", "Offers must arrive by 9:30 a.m. ET Thursday.", kTuesday,
            "by 9:30 a.m. ET Thursday", "deadline", QDate(2026, 4, 16));
        row("minutes keep the verb's time", "Nominations close at 4:30pm on Friday.", kTuesday, "Friday",
            "deadline", QDate(2026, 4, 17));
        row("a zone and a weekday after a.m.", "The market reopens at 9:30 a.m. ET Monday.", kTuesday,
            "Monday", "deadline", QDate(2026, 4, 20));
        row("moved to an hour of a day", "The deadline was extended to 6pm GMT on Thursday.", kTuesday,
            "Thursday", "deadline", QDate(2026, 4, 16));
        row("a 24-hour clock", "Firms have until 23:59 on Sunday to file.", kTuesday, "until 23:59 on Sunday",
            "deadline", QDate(2026, 4, 19));
        row("an hour keeps the verb's time", "Workers will walk out at 6 a.m. on Monday.", kTuesday, "Monday",
            "deadline", QDate(2026, 4, 20));
        // A year between a determiner and its noun: a thing of that year, unless an aim
        row("a tournament's year", "The 2026 World Cup drew record crowds, organizers said.",
            QDate(2026, 11, 24), "2026", "date", QDate(2026, 12, 31));
        row("a budget's year", "The ministry set aside RM 40 billion in the 2027 budget.",
            QDate(2026, 10, 28), "2027", "date", QDate(2027, 12, 31));
        row("a country's budget year", "Germany's 2027 budget includes €100 billion for defence.",
            QDate(2026, 9, 18), "2027", "date", QDate(2027, 12, 31));
        row("games of a year ahead", "The 2028 Olympics will be held in Los Angeles.", kTuesday, "2028",
            "date", QDate(2028, 12, 31));
        row("a target's year", "The utility reaffirmed its 2030 net-zero target.", kTuesday, "2030",
            "deadline", QDate(2030, 12, 31));
        // A holiday's name before the day the sentence gives: the event's day, not the holiday's
        row("a holiday's event on its own day", "Jakarta will host the Independence Day parade on Aug. 17.",
            kTuesday, "Independence Day", "none", QDate());
        row("a holiday's event and its day", "Jakarta will host the Independence Day parade on Aug. 17.",
            kTuesday, "Aug. 17", "deadline", QDate(2026, 8, 17));
        row("a holiday's day before another verb",
            "Stores will close on Independence Day and reopen on July 5.", kTuesday, "Independence Day",
            "deadline", QDate(2026, 7, 4));
        row("the hour of a day's business", "The bill must be signed by the close of business Friday.",
            kTuesday, "by the close of business Friday", "deadline", QDate(2026, 4, 17));
        row("an aim's noun past the verb", "The 2027 budget raised the deficit target to 4%.",
            QDate(2026, 10, 28), "2027", "date", QDate(2027, 12, 31));
        row("after a holiday's break", "The port will reopen on Dec. 27 after the Christmas break.",
            QDate(2026, 12, 20), "Christmas", "none", QDate());
        row("before a holiday's break", "The bill must pass before the Christmas break.", QDate(2026, 12, 4),
            "before the Christmas", "deadline", QDate(2026, 12, 24));
        row("an ordinal of centuries", "Restoring the 13th-century abbey will cost €38 million.", kTuesday,
            "the 13th", "none", QDate());
        row("late in a year is no hour", "The plant will open by late 2027.", kTuesday, "by late 2027",
            "deadline", QDate(2027, 12, 31));
    }

    void dates() { Test::verifyDateRow(); }
};

QTEST_GUILESS_MAIN(TestPeriodPhrases)
#include "tst_periodphrases.moc"
