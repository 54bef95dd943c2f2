// What the words around an expression change (issue 15): the tense of its clause,
// a story's own time line, names and addresses that look like years (amounts:
// tst_englishamounts.cpp). Every sentence was written for this
// test; none is copied from an evaluation set.
#include "suggest/recognizer.h"
#include "suggestiontext.h"

#include <QTest>

using namespace Gleaner;
using Gleaner::Test::describe;
using Gleaner::Test::kindName;

namespace {

// A Thursday.
const QDate kPublished(2026, 4, 2);

} // namespace

class TestEnglishContext : public QObject
{
    Q_OBJECT

private slots:
    void dates_data();
    void dates();
    void notDates_data();
    void notDates();
};

void TestEnglishContext::dates_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("span");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QDate>("due");
    auto row = [](const char *name, const char *text, const char *span, const char *kind, const QDate &due) {
        QTest::newRow(name) << QString::fromUtf8(text) << QString::fromUtf8(span) << QString::fromLatin1(kind)
                            << due;
    };
    // A plan in an aside is undone only by the verb right after it; one extended only if it is an end;
    // the past perfect of reported speech keeps a plan
    row("an aside, another clause's delay",
        "Orsted, expected to unveil the plan on May 9, said its last one was delayed.", "May 9", "deadline",
        QDate(2026, 5, 9));
    row("an aside's start, extended", "The tour, set to begin Monday, was extended to 12 cities.", "Monday",
        "deadline", QDate(2026, 4, 6));
    row("a past perfect reported", "Officials said the vote had been scheduled for May 3.", "May 3",
        "deadline", QDate(2026, 5, 3));
    // Tense decides which Saturday, which February.
    row("past weekday", "The senator was admitted to hospital on Saturday after a fall.", "Saturday", "date",
        QDate(2026, 3, 28));
    row("past weekday after", "On Saturday the senator was admitted to hospital.", "Saturday", "date",
        QDate(2026, 3, 28));
    row("past base form after a plural", "Prices hit a record in October.", "October", "date",
        QDate(2025, 10, 31));
    row("past base form before a figure", "Oil hit $90 a barrel in September.", "September", "date",
        QDate(2025, 9, 30));
    row("set a record", "The firm set a record in December.", "December", "date", QDate(2025, 12, 31));
    row("set for a day stays ahead", "The vote is set for May 5.", "May 5", "deadline", QDate(2026, 5, 5));
    row("season an event is planned for", "New tenders are planned for the spring.", "the spring", "deadline",
        QDate(2026, 5, 31));
    row("span in words granted", "The companies have two months to appeal.", "two months", "deadline",
        QDate(2026, 6, 2));
    row("span in words to comment", "Residents have two weeks to comment on the plan.", "two weeks",
        "deadline", QDate(2026, 4, 16));
    row("participle after a modal's verb", "Firms must report verified emissions by June 30.", "by June 30",
        "deadline", QDate(2026, 6, 30));
    row("due in a month ahead", "The plan starts soon, with the first payments due in January.", "January",
        "deadline", QDate(2027, 1, 31));
    row("due in a month gone by", "The fund paid late after a payment due in February was postponed.",
        "February", "date", QDate(2026, 2, 28));
    row("month compared with", "It will pay 1,500 francs a kilogram, up from 1,000 francs in October.",
        "October", "date", QDate(2025, 10, 31));
    row("a plan given up", "The company scrapped plans to list in New York by 2027.", "by 2027", "date",
        QDate(2027, 12, 31));
    row("a goal dropped", "The company dropped its goal of reaching net zero by 2030.", "by 2030", "date",
        QDate(2030, 12, 31));
    row("the date a plan moved from", "The maker delayed the plant to 2030 from 2027.", "2027", "date",
        QDate(2027, 12, 31));
    row("the date a plan moved to", "The maker delayed the plant to 2030 from 2027.", "2030", "deadline",
        QDate(2030, 12, 31));
    row("a limit ending today", "The firm has until Thursday to file an appeal.", "until Thursday",
        "deadline", QDate(2026, 4, 2));
    row("a span under way", "The contract runs from March 1, 2026 to Dec. 31, 2033.",
        "from March 1, 2026 to Dec. 31, 2033", "deadline", QDate(2033, 12, 31));
    row("a limit scrapped", "The deadline of June 30 has been scrapped.", "June 30", "date",
        QDate(2026, 6, 30));
    row("a limit pushed back", "The June 30 deadline was pushed back by six months.", "June 30", "date",
        QDate(2026, 6, 30));
    row("a limit set stays", "The June 30 deadline was set by the regulator.", "June 30", "deadline",
        QDate(2026, 6, 30));
    row("results to be reported", "The company will report January-March results next month.",
        "January-March", "date", QDate(2026, 3, 31));
    row("results seen ahead", "Q2 profit seen up 30%.", "Q2", "deadline", QDate(2026, 6, 30));
    // Rows from the code review of the eleventh round: each read wrongly by a first version of a rule
    row("two limits due, one after the other", "Interest is due in May and principal due in June.", "June",
        "deadline", QDate(2026, 6, 30));
    row("due missed after a name", "Evergrande missed a coupon due in March.", "March", "date",
        QDate(2026, 3, 31));
    row("a plan dropped, a new aim after and",
        "The company scrapped its previous plan and now aims to reach net zero by 2040.", "by 2040",
        "deadline", QDate(2040, 12, 31));
    row("a new goal in favour of", "The government scrapped its 2030 target in favour of a new goal of 2035.",
        "2035", "deadline", QDate(2035, 12, 31));
    row("compared with no figure", "Sales will be compared with targets in June.", "June", "deadline",
        QDate(2026, 6, 30));
    row("a change starting", "The operator cut fares from next month.", "next month", "deadline",
        QDate(2026, 5, 31));
    row("a month at the start", "By May prices jumped 40%.", "By May", "date", QDate(2025, 5, 31));
    row("a schedule's present after a plural", "New tariffs hit $200 billion of goods from June 1.", "June 1",
        "deadline", QDate(2026, 6, 1));
    row("a limit had on its day", "The firm had until Thursday to file, but it missed the deadline.",
        "until Thursday", "date", QDate(2026, 4, 2));
    row("compared with a year's level", "Prices will be 10% higher versus 2025 levels by June.", "by June",
        "deadline", QDate(2026, 6, 30));
    row("cut to a price from a day", "Fares will be cut to 200 yen from June 1.", "June 1", "deadline",
        QDate(2026, 6, 1));
    row("irregular past", "The cattle herd shrank to 51.6 million head in March.", "March", "date",
        QDate(2026, 3, 31));
    row("past weekend", "Talks over the weekend failed to produce a deal.", "the weekend", "date",
        QDate(2026, 3, 29));
    row("before the weekend", "Bids must be filed before the weekend.", "before the weekend", "deadline",
        QDate(2026, 4, 3));
    row("coming weekend", "Union leaders will meet over the weekend.", "the weekend", "deadline",
        QDate(2026, 4, 5));
    row("future weekday", "The board will meet on Monday to approve the budget.", "Monday", "deadline",
        QDate(2026, 4, 6));
    row("contracted future", "They'll decide on Monday.", "Monday", "deadline", QDate(2026, 4, 6));
    row("reported weekday", "The maker said on Tuesday it will build a second line.", "Tuesday", "date",
        QDate(2026, 3, 31));
    row("scheduled day", "Sentencing is scheduled for Feb. 14 in the federal court.", "Feb. 14", "deadline",
        QDate(2027, 2, 14));
    row("expected month", "The company is expected to ship the chips in March.", "March", "deadline",
        QDate(2027, 3, 31));
    row("past month", "Revenue rose in May, the company said.", "May", "date", QDate(2025, 5, 31));
    row("end of a season", "Crews will finish the line by the end of summer.", "by the end of summer",
        "deadline", QDate(2026, 8, 31));
    // A quarter without its year follows the tense as a month does.
    row("future quarter passed", "The sites will be energised by late Q1.", "by late Q1", "deadline",
        QDate(2027, 3, 31));
    row("past quarter", "The Eagles led at halftime before scoring 24 points in the third quarter.",
        "the third quarter", "date", QDate(2025, 9, 30));
    row("set for a day", "The first hearing is set for March 18.", "March 18", "deadline",
        QDate(2027, 3, 18));
    row("set to expire", "The licence is now set to expire in February.", "February", "deadline",
        QDate(2027, 2, 28));
    // A range of counts runs to its far end.
    row("count range", "The fund will invest the money within the next four to five years.",
        "within the next four to five years", "deadline", QDate(2031, 4, 2));
    row("count alternatives", "Prices will settle over the next two or three years.",
        "over the next two or three years", "deadline", QDate(2029, 4, 2));
    row("count range, within", "The firm must repay it within three to five years.",
        "within three to five years", "deadline", QDate(2031, 4, 2));
    row("count range in a past story", "Over the next two to three months, the team rebuilt the plant.",
        "Over the next two to three months", "date", QDate(2026, 7, 2));
    // A short aside between commas leaves the clause's verb in charge.
    row("future across an age", "The founder will hand the role to Ana Ruiz, 45, on Jan. 1.", "Jan. 1",
        "deadline", QDate(2027, 1, 1));
    row("past across an apposition",
        "Reed told investors of New Media, the parent, on Oct. 31 that it would grow.", "Oct. 31", "date",
        QDate(2025, 10, 31));
    row("the nearest verb first", "Sales fell, it said, and the plant will reopen in May.", "May", "deadline",
        QDate(2026, 5, 31));
    // Only one aside, right before the date, and without a verb of its own.
    row("a list of clauses is no aside",
        "Revenue fell, costs rose, margins shrank, and the board meets on Friday.", "Friday", "deadline",
        QDate(2026, 4, 3));
    row("a reporting aside is no aside", "The firm lost money, it said, and expects a rebound by March.",
        "by March", "deadline", QDate(2027, 3, 31));
    row("past limit", "Bidders had until Nov. 1 to submit their offers.", "until Nov. 1", "date",
        QDate(2025, 11, 1));
    row("past participle", "The plant they built in October now runs at full speed.", "October", "date",
        QDate(2025, 10, 31));
    row("no tense keeps the year", "The plant in March.", "March", "date", QDate(2026, 3, 31));
    row("this month name", "We will be out this September.", "September", "deadline", QDate(2026, 9, 30));
    // A year that is given is not moved by tense.
    row("past pledge future year", "The firm had pledged to cut emissions by 2030.", "by 2030", "deadline",
        QDate(2030, 12, 31));
    row("future duration", "The factory will close within 18 months.", "within 18 months", "deadline",
        QDate(2027, 10, 2));
    // Every trigger of the vocabulary's date-trigger and span-trigger kinds.
    row("trigger no later than", "Bids must arrive no later than June 30.", "no later than June 30",
        "deadline", QDate(2026, 6, 30));
    row("trigger not later than", "Reports are due not later than May 15.", "not later than May 15",
        "deadline", QDate(2026, 5, 15));
    row("trigger as late as", "Launch could slip as late as 2029.", "as late as 2029", "deadline",
        QDate(2029, 12, 31));
    row("trigger prior to", "Filings are due prior to Sept. 1.", "prior to Sept. 1", "deadline",
        QDate(2026, 8, 31));
    row("trigger ahead of", "The chips ship ahead of Christmas.", "ahead of Christmas", "deadline",
        QDate(2026, 12, 24));
    row("trigger till", "The offer runs till Friday.", "till Friday", "deadline", QDate(2026, 4, 3));
    row("trigger throughout", "Prices stay fixed throughout 2027.", "throughout 2027", "deadline",
        QDate(2027, 12, 31));
    row("trigger during the next", "It will hire during the next two years.", "during the next two years",
        "deadline", QDate(2028, 4, 2));
    row("trigger in the coming", "It will hire staff in the coming three months.",
        "in the coming three months", "deadline", QDate(2026, 7, 2));
    row("trigger for the past", "Sales fell for the past two years.", "for the past two years", "date",
        QDate(2026, 4, 1));
    // Holidays of lunar calendars, by year; a holiday with "next year".
    row("Diwali", "The consortium must deliver the spacecraft by Diwali.", "by Diwali", "deadline",
        QDate(2026, 11, 8));
    row("Tet", "Exporters race to ship goods before Tet.", "before Tet", "deadline", QDate(2027, 2, 5));
    row("holiday next year", "Pre-orders open before Easter next year.", "before Easter next year",
        "deadline", QDate(2027, 3, 27));
    // A reporting period's name; a span one will have or has to act in.
    row("quarter ending", "It will cost $5.5 billion in the quarter ending April 27.", "April 27", "date",
        QDate(2026, 4, 27));
    // (seventeenth round: a week named by the day that ends it is that day, not this week)
    row("week to a weekday", "Sales fell 2% in the week to Sunday.", "Sunday", "date", QDate(2026, 3, 29));
    row("week to a day told twice", "Prices rose in the week to Friday, March 27.", "Friday, March 27",
        "date", QDate(2026, 3, 27));
    // (a month before an event the story names, after a determiner or a possessive: the one
    // nearest publication, unless the clause looks ahead)
    row("event month ahead", "Leaders will sign the pact at the January summit.", "January", "deadline",
        QDate(2027, 1, 31));
    row("event month May", "The Fed will decide at its May meeting.", "May", "deadline", QDate(2026, 5, 31));
    row("event month after a possessive", "Markets see a cut at the bank's March meeting.", "March", "date",
        QDate(2026, 3, 31));
    row("event month ahead after a possessive", "It signalled a cut at the bank's June meeting.", "June",
        "deadline", QDate(2026, 6, 30));
    row("an event's day ahead, told in the present", "Polls show a tight race in the election on Nov. 3.",
        "Nov. 3", "deadline", QDate(2026, 11, 3));
    row("a plan told in the progressive", "Apple is launching the phone this spring.", "this spring",
        "deadline", QDate(2026, 5, 31));
    row("a year named by the day that ends it", "Profit rose 5% in the year to 31 March.", "31 March", "date",
        QDate(2026, 3, 31));
    // (the start of a period counted from; "on or before" a day holds the day)
    row("since the start of the year", "Shares have fallen 12% since the start of the year.",
        "the start of the year", "date", QDate(2026, 1, 1));
    row("on or before", "Claims must be filed on or before April 30.", "on or before April 30", "deadline",
        QDate(2026, 4, 30));
    // (a gerund after a verb of aspect or "for" is that verb's; an event's day after it; the
    // present season in a clause of what goes on)
    row("a gerund after starts", "The money starts flowing in February.", "February", "deadline",
        QDate(2027, 2, 28));
    row("a gerund after for", "Places open for booking on Feb. 3.", "Feb. 3", "deadline", QDate(2027, 2, 3));
    row("an event's day after it", "Tickets for the final on May 3 sold out.", "May 3", "deadline",
        QDate(2026, 5, 3));
    row("the present season, going on", "Lifeguards are patrolling 248 beaches this spring.", "this spring",
        "date", QDate(2026, 5, 31));
    row("the present season, ahead", "The next round opens this spring.", "this spring", "deadline",
        QDate(2026, 5, 31));
    // (a decision's start after "from"; a date right after "due", also past "ahead of")
    row("voted to act from a day", "Workers voted to strike from April 26.", "April 26", "deadline",
        QDate(2026, 4, 26));
    row("a vote on its day", "Lawmakers voted to approve the budget on Tuesday.", "Tuesday", "date",
        QDate(2026, 3, 31));
    row("due and a weekday", "Shares rose ahead of earnings due Tuesday.", "Tuesday", "deadline",
        QDate(2026, 4, 7));
    row("the yen in another story",
        "The dollar rose against the yen. Nvidia expects fiscal 2027 revenue to grow.", "fiscal 2027",
        "deadline", QDate(2027, 12, 31));
    row("a fiscal year in yen", "Toyota expects profit of 3 trillion yen in fiscal 2026.", "fiscal 2026",
        "deadline", QDate(2027, 3, 31));
    row("a plural noun's complement before its verb", "Applications for the fund close on Friday.", "Friday",
        "deadline", QDate(2026, 4, 3));
    row("one more of a thing promised", "The bank raised rates and signalled another hike in July.", "July",
        "deadline", QDate(2026, 7, 31));
    row("one more of a thing told with its base form", "The bank signalled a further cut in September.",
        "September", "deadline", QDate(2026, 9, 30));
    row("a participle's agent before its day", "The bill, passed by the Senate on Monday, must be signed.",
        "Monday", "date", QDate(2026, 3, 30));
    row("effective, in a clause about the future", "The new fares will be effective Jan. 1.", "Jan. 1",
        "deadline", QDate(2027, 1, 1));
    row("effective, in a clause gone by", "The new fares became effective Jan. 1.", "Jan. 1", "date",
        QDate(2026, 1, 1));
    row("a month of figures without a determiner", "The bureau will release February jobs data on Friday.",
        "February", "date", QDate(2026, 2, 28));
    // a verb in -s after its singular subject, before its object: a schedule
    row("a verb in -s before its adjunct", "The team flies to Toronto on Monday.", "Monday", "deadline",
        QDate(2026, 4, 6));
    row("a unit of time in -s", "Exports in the four weeks to March 28 fell 2%.", "March 28", "date",
        QDate(2026, 3, 28));
    row("a plural subject before a preposition",
        "Rescue teams from three countries on Monday pulled a man out.", "Monday", "date",
        QDate(2026, 3, 30));
    row("died in a relative clause", "The former mayor, who died on Sunday, will be buried on Friday.",
        "Sunday", "date", QDate(2026, 3, 29));
    row("a weekday names the year", "Councillors will meet on Wednesday 6 January.", "Wednesday 6 January",
        "deadline", QDate(2027, 1, 6));
    // a span counted from a day the story names after it
    row("days after a day", "Refunds will be issued 14 days after the April 20 deadline.",
        "14 days after the April 20", "deadline", QDate(2026, 5, 4));
    row("within days of a day", "Owners must respond within 14 days of the April 20 notice.",
        "within 14 days of the April 20", "deadline", QDate(2026, 5, 4));
    row("months after a day", "The fund closes three months after the May 31 vote.",
        "three months after the May 31", "deadline", QDate(2026, 8, 31));
    // hours: granted, from now or from a day (in whole days)
    row("hours granted", "The minister gave officials 72 hours to restore power.", "72 hours", "deadline",
        QDate(2026, 4, 5));
    row("hours from a day", "The strike will last 48 hours from Monday.", "48 hours from Monday", "deadline",
        QDate(2026, 4, 8));
    // "the following day": counted from the date before it in its sentence
    row("the following day", "He was arrested on Monday and charged the following day.", "the following day",
        "date", QDate(2026, 3, 31));
    row("the following year", "The plant opens in 2027 and a second line the following year.",
        "the following year", "deadline", QDate(2028, 12, 31));
    row("the next day", "Polls open on Saturday and results are expected the next day.", "the next day",
        "deadline", QDate(2026, 4, 5));
    row("a span from now before 'after'",
        "It will open 12 centres over the next three years after revenue rose.", "over the next three years",
        "deadline", QDate(2029, 4, 2));
    row("a plural subject's return", "It urged action before pupils return in February.", "February",
        "deadline", QDate(2027, 2, 28));
    row("will have months", "Platforms will have three months to apply for a licence.", "three months",
        "deadline", QDate(2026, 7, 2));
    row("has days", "The firm has 30 days to respond.", "30 days", "deadline", QDate(2026, 5, 2));
    row("Bangladesh fiscal year", "Dhaka unveiled a budget for FY2025-26.", "FY2025-26", "deadline",
        QDate(2026, 6, 30));
    // A year named from publication after a day or a month.
    row("day next year", "Rebates apply to utes bought before 30 June next year.", "before 30 June next year",
        "deadline", QDate(2027, 6, 29));
    row("day last year", "The firm sold the unit on March 5 last year.", "March 5 last year", "date",
        QDate(2025, 3, 5));
    // "As of": the date of a state of things, the one nearest publication; one still to come is
    // when a change takes effect, as after "effective".
    row("as of past", "States had spent $1.1 billion as of March 1.", "March 1", "date", QDate(2026, 3, 1));
    row("as of ahead", "Clients must pay more as of April 15.", "April 15", "deadline", QDate(2026, 4, 15));
    row("as of ahead, first", "As of May 1, the toll rises to $9.", "May 1", "deadline", QDate(2026, 5, 1));
    row("as at past, held", "As at Jan. 31, the fund held $2 billion.", "Jan. 31", "date",
        QDate(2026, 1, 31));
    // A quarter's results are told after it ends, unless forecast.
    row("quarter results", "Shares fall as Q4 revenue misses forecasts.", "Q4", "date", QDate(2025, 12, 31));
    row("quarter forecast", "The company expects Q4 revenue of $3 billion.", "Q4", "deadline",
        QDate(2026, 12, 31));
    // A verb that sets a limit: its tense does not move the limit, and a span it grants
    // counts from publication.
    row("granted until", "The Commission gave Vantor until May 16 to offer remedies.", "until May 16",
        "deadline", QDate(2026, 5, 16));
    row("granted span", "A judge gave the company 30 days to post a bond.", "30 days", "deadline",
        QDate(2026, 5, 2));
    row("limit set, then passed", "Regulators gave Vantor until March 16 to respond, but it missed it.",
        "until March 16", "date", QDate(2026, 3, 16));
    row("limit asked last year", "Last year, the board asked shareholders to vote by March 5.", "by March 5",
        "date", QDate(2026, 3, 5));
    row("results implied", "Guidance implies Q4 revenue of $3 billion.", "Q4", "deadline",
        QDate(2026, 12, 31));
    row("past limit", "The firm had until March 1 to submit its plan.", "until March 1", "date",
        QDate(2026, 3, 1));
    row("told on a day", "Reed told investors on March 31 that the merger would pay off.", "March 31", "date",
        QDate(2026, 3, 31));
    // Fiscal years end where the story's country ends them; a split year is a fiscal year.
    row("fiscal in Japan", "Tokyo-based Hoshi will spend \u00a5300 billion by fiscal 2028.", "by fiscal 2028",
        "deadline", QDate(2029, 3, 31));
    row("FY in India", "Mumbai's Sethu DataWorks will add 8,000 racks by FY27.", "by FY27", "deadline",
        QDate(2027, 3, 31));
    row("US calendar", "Nasdaq-listed Corvale will be profitable by fiscal 2027.", "by fiscal 2027",
        "deadline", QDate(2027, 12, 31));
    row("dateline in capitals", "TOKYO, April 2 - Hoshi expects fiscal 2026 profit to fall.", "fiscal 2026",
        "deadline", QDate(2027, 3, 31));
    row("Singapore", "Singapore will spend it in fiscal 2026.", "fiscal 2026", "deadline",
        QDate(2027, 3, 31));
    row("a season is no fiscal year", "Tickets for the 2026-27 NBA season go on sale.", "2026-27", "deadline",
        QDate(2027, 12, 31));
    row("fiscal with no place", "The firm will be profitable by fiscal 2027.", "by fiscal 2027", "deadline",
        QDate(2027, 12, 31));
    row("split financial year", "Ministers in London will allocate the money in the 2026-27 financial year.",
        "2026-27", "deadline", QDate(2027, 3, 31));
    row("split year in Australia", "Sydney-based Kestrel will add capacity in the 2026-27 financial year.",
        "2026-27", "deadline", QDate(2027, 6, 30));
    row("split fiscal written", "Ottawa will spend it in FY2026/27.", "FY2026/27", "deadline",
        QDate(2027, 3, 31));
    row("split fiscal long", "Toronto will spend it in fiscal 2026-2027.", "fiscal 2026-2027", "deadline",
        QDate(2027, 3, 31));
    row("fiscal years counted", "The agency will buy GPUs over the next four fiscal years.",
        "over the next four fiscal years", "deadline", QDate(2030, 4, 2));
    // Counted from the story, not from publication: dates, never deadlines.
    row("past duration", "Over the next three months, the team rebuilt the plant.",
        "Over the next three months", "date", QDate(2026, 7, 2));
    row("years later", "Forty years later, the factory closed.", "Forty years later", "date",
        QDate(2066, 4, 2));
    // Modifiers, seasons and centuries.
    row("early next year", "Shipments resume early next year.", "early next year", "deadline",
        QDate(2027, 4, 30));
    row("late quarter", "The tool ships in late Q3.", "late Q3", "deadline", QDate(2026, 9, 30));
    row("early quarter", "The tool ships in early Q3.", "early Q3", "deadline", QDate(2026, 7, 31));
    row("century", "The archive covers the 1300s.", "the 1300s", "date", QDate(1399, 12, 31));
    row("decade stays", "Prices peaked in the 2000s.", "the 2000s", "date", QDate(2009, 12, 31));
    row("this past month", "Sales rose this past May.", "this past May", "date", QDate(2025, 5, 31));
    row("last month name", "The plant closed last November.", "last November", "date", QDate(2025, 11, 30));
    row("next month name", "The plant reopens next March.", "next March", "deadline", QDate(2027, 3, 31));
    row("season year", "The plant opened in fall 2020.", "fall 2020", "date", QDate(2020, 11, 30));
    row("season of year", "The line opens in the winter of 2027.", "the winter of 2027", "deadline",
        QDate(2028, 2, 29));
    row("late season year", "Trials start in late summer 2027.", "late summer 2027", "deadline",
        QDate(2027, 8, 31));
    row("by season", "Work ends by summer.", "by summer", "deadline", QDate(2026, 8, 31));
    row("next season", "It opens next spring.", "next spring", "deadline", QDate(2027, 5, 31));
    row("last season", "The exam was taken last spring.", "last spring", "date", QDate(2025, 5, 31));
    row("split season", "The league returns for the 2026/27 season.", "2026/27", "deadline",
        QDate(2027, 12, 31));
    // A year before an event's name is the date of that event.
    row("event of a year", "The carmaker unveiled it at the 2025 Tokyo Motor Show.", "2025", "date",
        QDate(2025, 12, 31));
    row("tour of a year", "The band will play a 2027 North American tour.", "2027", "date",
        QDate(2027, 12, 31));
    // The middle of a decade or century is its middle year; bare after a preposition,
    // the present one.
    row("mid-century", "The utility aims for net zero by mid-century.", "by mid-century", "deadline",
        QDate(2050, 12, 31));
    row("middle of the century", "It pledged to stop burning coal by the middle of the century.",
        "by the middle of the century", "deadline", QDate(2050, 12, 31));
    row("middle of the next decade", "The line should open by the middle of the next decade.",
        "by the middle of the next decade", "deadline", QDate(2035, 12, 31));
    row("mid-decade, past", "Output was meant to double by mid-decade.", "by mid-decade", "date",
        QDate(2025, 12, 31));
    // A day something closes or expires on is a limit; "have until" is a limit one was
    // given, whatever the tense around it; not "to have ... by".
    row("applications close", "Entries close on Friday for the design prize.", "Friday", "deadline",
        QDate(2026, 4, 3));
    row("consultation closes", "The consultation closes on 27 February, officials said.", "27 February",
        "deadline", QDate(2027, 2, 27));
    row("bids close at an hour", "Bids close at 5 pm on April 20.", "April 20", "deadline",
        QDate(2026, 4, 20));
    row("offer expires", "The offer expires on Tuesday.", "Tuesday", "deadline", QDate(2026, 4, 7));
    row("closed, past", "The shop was closed on Friday after a fire.", "Friday", "date", QDate(2026, 3, 27));
    // a day that recurs before a limit or a start leaves it alone
    row("a limit after what recurs", "Volunteers will patrol the beach every weekend until May 20.",
        "until May 20", "deadline", QDate(2026, 5, 20));
    row("a start after what recurs", "Bookings have grown every month since January.", "January", "date",
        QDate(2026, 1, 31));
    // "ahead of" a day: the one nearest publication, or the next in a clause of the future
    row("ahead of, past clause", "Ballots were printed ahead of the April 21 primary.", "April 21",
        "deadline", QDate(2026, 4, 21));
    row("ahead of, gone by", "Traders bought gold ahead of the March 20 auction.", "March 20", "date",
        QDate(2026, 3, 20));
    row("ahead of, future clause", "Crews will paint the hall ahead of the March 20 gala.", "March 20",
        "deadline", QDate(2027, 3, 20));
    row("have until", "Residents who were evacuated last year have until the end of May to file.",
        "until the end of May", "deadline", QDate(2026, 5, 31));
    row("to have by", "It aims to have a prototype running by Q3 2025.", "by Q3 2025", "date",
        QDate(2025, 9, 30));
    // Moving holidays of another year are that year's, not the same month and day.
    row("Easter past", "Shares fell on Good Friday.", "Good Friday", "date", QDate(2025, 4, 18));
    row("Thanksgiving next", "The deal must close by Thanksgiving.", "by Thanksgiving", "deadline",
        QDate(2026, 11, 26));
    row("Mardi Gras", "The float must be finished before Mardi Gras 2027.", "before Mardi Gras 2027",
        "deadline", QDate(2027, 2, 8));
    row("Shrove Tuesday next", "Pancake sales peak by Shrove Tuesday.", "by Shrove Tuesday", "deadline",
        QDate(2027, 2, 9));
    // "before" a holiday of another year in a past story: the day before that year's
    row("before Easter, past", "The ceasefire was agreed before Easter.", "before Easter", "date",
        QDate(2025, 4, 19));
    // "end-" for "the end of"; holidays of other calendars and later years
    row("end with a dash", "The cracker is due to start up by end-2027.", "by end-2027", "deadline",
        QDate(2027, 12, 31));
    row("Thai new year", "Resorts must finish repairs before Songkran.", "before Songkran", "deadline",
        QDate(2026, 4, 12));
    // "each" of a sum before a limit is no day that comes round each year
    row("each before a holiday", "Nurses will get a bonus of $500 each before Christmas.", "before Christmas",
        "deadline", QDate(2026, 12, 24));
    row("Eid of a later year", "The mall must reopen by Eid al-Fitr 2028.", "by Eid al-Fitr 2028", "deadline",
        QDate(2028, 2, 27));
    // The present year as the time a plan is done in
    row("plan this year", "The council will spend $40 million this year.", "this year", "deadline",
        QDate(2026, 12, 31));
    // An aim set by a past verb counts forward to a limit or over a span, not to a day
    row("aim over a span", "The developer promised to train 20,000 people within five years.",
        "within five years", "deadline", QDate(2031, 4, 2));
    row("aim of a past day", "She tried to enter the country on March 16.", "March 16", "date",
        QDate(2026, 3, 16));
}

void TestEnglishContext::dates()
{
    QFETCH(QString, text);
    QFETCH(QString, span);
    QFETCH(QString, kind);
    QFETCH(QDate, due);
    const QVector<Suggestion> list = Recognizer::recognize(text, kPublished);
    const Suggestion *hit = nullptr;
    for (const Suggestion &s : list) {
        if (s.text == span)
            hit = &s;
    }
    QVERIFY2(hit, qPrintable(QStringLiteral("found: ") + describe(list)));
    QCOMPARE(kindName(hit->kind), kind);
    QCOMPARE(hit->due, due);
}

void TestEnglishContext::notDates_data()
{
    Test::addPartColumns();
    const auto row = Test::partRow;
    row("a sentence", "He was given 15 years to life in prison.", "15 years");
    row("a season before a hyphen", "Farmers planted spring-flowering bulbs in the park.", "spring");
    row("a life", "In 2015 doctors gave him six months to live.", "six months");
    // the table of Eid al-Fitr holds no year as late: no date is better than a wrong one
    row("beyond a holiday's table", "Traders expect a rush before Idul Fitri 2032.", "Idul Fitri");
    row("have, habitually", "Farmers now have barely a month to clear their fields.", "a month");
    row("fall verb", "Prices fall 5% in most years.", "fall");
    row("set for the fall", "Stocks are set for the fall in rates.", "fall");
    row("a habit's span", "Startups typically have two years to find a buyer.", "two years");
    row("a version's half", "Windows 11 version 24H2 rolls out next month.", "H2");
    row("season as a noun", "The smell of summer filled the hall.", "summer");
    row("an age", "Roles for actors in their mid-50s are rare.", "50s");
    row("a second age", "Most buyers are in their 50s and 60s.", "60s");
    row("a third age", "Staff in their 20s, 30s or early 40s left.", "40s");
    row("ages in words", "Founders in their twenties and thirties dominate.", "thirties");
    row("fall noun", "The fall of the old exchange surprised no one.", "fall");
    row("may modal", "This may or may not be right.", "may");
    row("model year", "Police found the 2021 RAV4 abandoned near the river.", "2021");
    row("model year name", "She drove a 2019 Honda Civic to the plant.", "2019");
    row("house number", "The start-up rents an office at 2134 Caldwell Place.", "2134");
    row("house number avenue", "Protesters gathered outside 1600 Pennsylvania Avenue.", "1600");
    row("a style", "They restored a mid-century house in Palm Springs.", "mid-century");
    row("a style after by", "The lobby is inspired by mid-century architecture.", "mid-century");
    row("a share after a weekday",
        "Farmers had sown 1.2 million hectares by Monday, 18% less than a year earlier.", "18%");
    row("quarter-finals", "England face Switzerland in the quarter-finals on Saturday.", "quarter");
    row("a week-long strike", "Unions began the week-long strike on Monday.", "week");
    row("the weekend of a day", "The finals are played on the weekend of May 16.", "weekend");
    row("a fiscal year ended", "India's GDP grew 6.5% in the fiscal year ended March 31.", "the fiscal year");
    row("a holiday inside a name", "The Sydney Royal Easter Show will charge A$52.", "Easter");
    row("a name, May", "Theresa May met officials in London.", "May");
    row("a week ended", "Jobless claims fell in the week ended March 28.", "the week");
    row("a week ending", "Sales rose 3% in the week ending March 28.", "the week");
    // a span from an event the story names, not from publication
    row("span of an event", "Fans bought 9,000 seats within a day of the draw.", "within a day");
    row("span after an event", "Owners must respond within 14 days after receiving notice.", "14 days");
    row("hours of a standard of service", "Most patients are seen within four hours.", "four hours");
    row("a holiday that names a thing with its own day", "The Christmas market runs until December 23.",
        "Christmas");
    row("march, the verb", "Protesters plan to march this weekend.", "march");
    row("the following day, no date before", "Tickets go on sale the following day.", "following day");
    row("the following day, a date in another sentence", "It closed on Monday. It reopens the following day.",
        "following day");
}

void TestEnglishContext::notDates()
{
    QFETCH(QString, text);
    QFETCH(QString, part);
    const int from = int(text.indexOf(part));
    QVERIFY(from >= 0);
    const int to = from + int(part.size());
    const QVector<Suggestion> list = Recognizer::recognize(text, kPublished);
    for (const Suggestion &s : list) {
        if (s.kind != Suggestion::Kind::Amount)
            QVERIFY2(s.end <= from || s.start >= to, qPrintable(describe(list)));
    }
}

QTEST_GUILESS_MAIN(TestEnglishContext)
#include "tst_englishcontext.moc"
