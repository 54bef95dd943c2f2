// The verb that governs a date (issue 15, after the second review): present verbs of events
// and schedules move a passed day forward, past verbs after names and plural nouns keep it in
// the past, aims and promises count ahead unless told of the past; plans in "will" and
// "would"; Japanese states of things and rates. (Counted amounts are in tst_countedamounts.)
// Every sentence was written for this test; none is copied from an evaluation set.
#include "daterows.h"

#include <QTest>

using namespace Gleaner;
using Gleaner::Test::describe;
using Gleaner::Test::kindName;

class TestClauseTense : public QObject
{
    Q_OBJECT

private slots:
    // A date's kind and value in its clause; kind "none" means no suggestion has that text.
    void dates_data()
    {
        Test::addDateColumns();
        const auto row = Test::dateRow;
        const QDate december(2026, 12, 9);
        // verbs of events in the present tense: next year's day, when nearer
        row("an expectation with its object",
            "Pinecrest sells bonds backed by loans and expects the deal to settle July 11.",
            QDate(2026, 7, 5), "July 11", "deadline", QDate(2026, 7, 11));
        row("a day set and then put off", "The hearing, originally set for Dec. 15, was postponed.",
            QDate(2026, 1, 3), "Dec. 15", "date", QDate(2025, 12, 15));
        row("a meeting called off", "The meeting scheduled for Dec. 20 was cancelled.", QDate(2026, 1, 5),
            "Dec. 20", "date", QDate(2025, 12, 20));
        row("a summit moved", "The summit, scheduled for March 20, was moved to April 2.", QDate(2026, 1, 5),
            "April 2", "deadline", QDate(2026, 4, 2));
        row("a summit moved: its first day", "The summit, scheduled for March 20, was moved to April 2.",
            QDate(2026, 1, 5), "March 20", "date", QDate(2026, 3, 20));
        row("an election called", "The election scheduled for March 20 was called by the prime minister.",
            QDate(2026, 1, 5), "March 20", "deadline", QDate(2026, 3, 20));
        row("another clause put off",
            "The vote scheduled for March 20 will go ahead, although a hearing was postponed.",
            QDate(2026, 1, 5), "March 20", "deadline", QDate(2026, 3, 20));
        row("returns as a noun", "Fund returns in March were the worst in a decade.", QDate(2026, 9, 12),
            "March", "date", QDate(2026, 3, 31));
        row("a past duty", "Bidders were required to attend a briefing on Jan. 10.", QDate(2026, 2, 15),
            "Jan. 10", "date", QDate(2026, 1, 10));
        row("to march", "Thousands are expected within two weeks to march on the capital.", QDate(2026, 1, 5),
            "within two weeks", "deadline", QDate(2026, 1, 19));
        row("a meeting still on", "The meeting scheduled for March 20 will go ahead.", QDate(2026, 1, 5),
            "March 20", "deadline", QDate(2026, 3, 20));
        row("a span to a named end", "Network Rail will spend £44 billion over the five years to March 2029.",
            QDate(2026, 3, 3), "over the five years", "none", QDate());
        row("the named end of a span",
            "Network Rail will spend £44 billion over the five years to March 2029.", QDate(2026, 3, 3),
            "March 2029", "deadline", QDate(2029, 3, 31));
        row("a duty this year", "Pemex must repay its debt this year.", QDate(2026, 4, 15), "this year",
            "deadline", QDate(2026, 12, 31));
        row("a need this fiscal year", "Pakistan needs to repay $22 billion this fiscal year.",
            QDate(2026, 4, 15), "this fiscal year", "deadline", QDate(2026, 6, 30));
        row("a guess of the past", "Sales must have fallen this year.", QDate(2026, 4, 15), "this year",
            "date", QDate(2026, 12, 31));
        row("a span to act in", "Losing bidders have 30 days to lodge an appeal.", QDate(2026, 1, 21),
            "30 days", "deadline", QDate(2026, 2, 20));
        row("an aim through a season",
            "The group launched an appeal on Monday to feed people through the winter.", QDate(2026, 10, 19),
            "through the winter", "deadline", QDate(2027, 2, 28));
        row("went on through a season", "Farmers continued to sell grain through the winter.",
            QDate(2026, 10, 19), "through the winter", "date", QDate(2026, 2, 28));
        row("a name with a number before a past verb", "Highway 17 reopened on Sunday after the floods.",
            QDate(2026, 11, 10), "Sunday", "date", QDate(2026, 11, 8));
        row("the highest ever recorded", "Rainfall hit 300 mm, the most ever recorded in October.",
            QDate(2026, 10, 20), "October", "date", QDate(2026, 10, 31));
        row("a count and an adjective in -ed", "Nearly 200 qualified applicants will sit the test in June.",
            QDate(2026, 4, 14), "June", "deadline", QDate(2026, 6, 30));
        row("an expectation after a past act",
            "The agency approved the drug in May and expects a ruling by December.", QDate(2026, 7, 23),
            "by December", "deadline", QDate(2026, 12, 31));
        // (found by fuzz_recognizer: "to" as the text's first word has no subject before it)
        row("a text that opens with to", "to finish the line by May 5.", QDate(2026, 4, 14), "by May 5",
            "deadline", QDate(2026, 5, 5));
        row("rises", "The toll on the bridge rises on Jan. 2.", december, "Jan. 2", "deadline",
            QDate(2027, 1, 2));
        row("goes into effect", "The ban goes into effect on Jan. 6.", december, "Jan. 6", "deadline",
            QDate(2027, 1, 6));
        row("plural subject", "Lawmakers convene on Jan. 11 for the budget.", december, "Jan. 11", "deadline",
            QDate(2027, 1, 11));
        row("relative clause", "Fans queued for the tour that stops in Leeds on Jan. 19.", december,
            "Jan. 19", "deadline", QDate(2027, 1, 19));
        row("copula before the date", "The runoff is on Jan. 24.", december, "Jan. 24", "deadline",
            QDate(2027, 1, 24));
        row("copula and schedule", "Comments are due on Feb. 2.", december, "Feb. 2", "deadline",
            QDate(2027, 2, 2));
        // ... but not a copula far from its date, nor one whose clause names an earlier time
        row("from a peak", "The stock is 40% below its peak from March.", december, "March", "date",
            QDate(2026, 3, 31));
        row("since", "Output is the lowest since the floods in April.", december, "April", "date",
            QDate(2026, 4, 30));
        row("a verb of its own", "She is charged with leaking the memo on March 9.", december, "March 9",
            "date", QDate(2026, 3, 9));
        // past verbs after a name or a plural noun, not after "the" or inside a name
        row("past after a name", "Norway approved the field on Feb. 17.", december, "Feb. 17", "date",
            QDate(2026, 2, 17));
        row("past after a plural", "Dockers walked out in March.", QDate(2026, 2, 11), "March", "date",
            QDate(2025, 3, 31));
        row("a name in -ed", "March 14 -- Allied Arena, Fresno", QDate(2026, 2, 11), "March 14", "deadline",
            QDate(2026, 3, 14));
        // aims ahead of a past verb; promises unless told of the past or as an adjective
        row("aim of a past verb", "The lab borrowed $2bn to buy servers by the end of the first quarter.",
            QDate(2026, 10, 20), "by the end of the first quarter", "deadline", QDate(2027, 3, 31));
        row("aim over a span", "The state launched a fund to seed 40 labs over the next three years.",
            QDate(2026, 5, 4), "over the next three years", "deadline", QDate(2029, 5, 4));
        row("through is no aim", "The bank continued to answer calls throughout the week.", QDate(2026, 5, 4),
            "throughout the week", "date", QDate(2026, 5, 10));
        row("had promised", "The builder had promised to hand over the flats by June, but failed.",
            QDate(2026, 3, 2), "by June", "date", QDate(2025, 6, 30));
        row("promised in a past year", "In 2018 the council promised to pave the road within four years.",
            QDate(2026, 3, 2), "within four years", "date", QDate(2022, 3, 2));
        row("a forecast of a limit", "The central bank cut its rate and signalled more cuts by the summer.",
            QDate(2025, 5, 10), "by the summer", "deadline", QDate(2025, 8, 31));
        row("a limit hinted at", "The governor hinted at a pause by December.", QDate(2025, 10, 2),
            "by December", "deadline", QDate(2025, 12, 31));
        // (expected as scheduled is: the next Thursday, a limit ahead)
        row("an event expected, told after a past verb", "Lawmakers said the vote is expected on Thursday.",
            QDate(2025, 9, 17), "Thursday", "deadline", QDate(2025, 9, 18));
        row("a month expected, told after a past verb", "Lawmakers said the vote is expected in October.",
            QDate(2025, 9, 17), "October", "deadline", QDate(2025, 10, 31));
        row("an onset after a comma", "The ministry wants to raise the levy, starting in January.",
            QDate(2024, 2, 27), "January", "deadline", QDate(2025, 1, 31));
        row("an onset after a past clause", "The ministry raised the levy, starting in January.",
            QDate(2024, 2, 27), "January", "date", QDate(2024, 1, 31));
        row("a day listed after one to come", "The company will hold earnings calls on Jan. 30 and April 29.",
            QDate(2024, 11, 29), "April 29", "deadline", QDate(2025, 4, 29));
        row("the last of a list of days", "Meetings will be held on Dec. 10, Jan. 14 and Feb. 11.",
            QDate(2024, 11, 29), "Feb. 11", "deadline", QDate(2025, 2, 11));
        row("a weekday listed after the next one", "Set up a call next Monday or Tuesday.",
            QDate(2018, 8, 29), "Tuesday", "deadline", QDate(2018, 9, 4));
        row("a day listed after one gone by",
            "The fund paid dividends on March 15, June 15, Sept. 15 and Dec. 15.", QDate(2025, 1, 10),
            "Sept. 15", "date", QDate(2024, 9, 15));
        row("a list of days gone by", "The company held calls on Jan. 30 and April 29.", QDate(2024, 11, 29),
            "April 29", "date", QDate(2024, 4, 29));
        row("a past verb before the U.S.", "The vaccine was approved in the U.S. in December.",
            QDate(2025, 3, 4), "December", "date", QDate(2024, 12, 31));
        row("a comma between two modifiers", "He signed a 10-year, $700 million contract in December.",
            QDate(2025, 3, 4), "December", "date", QDate(2024, 12, 31));
        row("a limit told in the present after a past verb", "Officials said the deadline is Friday.",
            QDate(2025, 10, 1), "Friday", "deadline", QDate(2025, 10, 3));
        row("an event told in the present after a past verb", "Officials said the vote is on Friday.",
            QDate(2025, 10, 1), "Friday", "deadline", QDate(2025, 10, 3));
        row("a limit set before its noun", "The union has set a Monday deadline for a response.",
            QDate(2025, 10, 1), "Monday", "deadline", QDate(2025, 10, 6));
        row("a limit that had been set", "The group had set a deadline of Tuesday to respond.",
            QDate(2026, 4, 2), "Tuesday", "date", QDate(2026, 3, 31));
        row("a day that ends the text", "The deadline is Friday", QDate(2024, 1, 15), "Friday", "deadline",
            QDate(2024, 1, 19));
        row("a limit missed before its noun", "The firm missed the Monday deadline.", QDate(2025, 10, 1),
            "Monday", "date", QDate(2025, 9, 29));
        row("a plan that now says otherwise",
            "The company, which had planned to launch in 2024, now says it will launch in 2026.",
            QDate(2024, 1, 15), "2024", "date", QDate(2024, 12, 31));
        row("a day that opens its own clause after a list's joint",
            "Voting closes on Friday, and on Monday the party announced its result.", QDate(2025, 10, 1),
            "Monday", "date", QDate(2025, 9, 29));
        row("an onset after a past verb", "Prices rose, starting in January.", QDate(2025, 3, 4), "January",
            "date", QDate(2025, 1, 31));
        row("a month that names figures after a copula", "Officials said the shortfall is in March figures.",
            QDate(2025, 5, 4), "March", "date", QDate(2025, 3, 31));
        row("a limit that had already been set", "The group had already set a deadline of Tuesday.",
            QDate(2025, 10, 1), "Tuesday", "date", QDate(2025, 9, 30));
        row("a forecast gone by", "The bank predicted a recovery by the summer, which did not happen.",
            QDate(2025, 10, 10), "by the summer", "date", QDate(2025, 8, 31));
        // "this summer" in May is the one about to begin, whatever the tense (a date in a past
        // clause); in October, the one gone by
        row("this season about to begin, in a past clause", "Retailers warned of shortages this summer.",
            QDate(2026, 5, 20), "this summer", "date", QDate(2026, 8, 31));
        row("this season gone by", "Retailers warned of shortages this summer.", QDate(2026, 10, 20),
            "this summer", "date", QDate(2026, 8, 31));
        row("this season under way, in the past", "Heating bills soared this winter.", QDate(2026, 2, 10),
            "this winter", "date", QDate(2026, 2, 28));
        row("a month holding publication, ahead", "The firm will hire 200 people in July 2026.",
            QDate(2026, 7, 10), "July 2026", "deadline", QDate(2026, 7, 31));
        // a day without its year in the week before publication is that one, unless "will" says
        // the next
        row("a limit held days ago", "The company had to respond by July 10.", QDate(2025, 7, 15),
            "by July 10", "date", QDate(2025, 7, 10));
        row("a limit reported days ago", "The company said it would respond by July 10.", QDate(2025, 7, 15),
            "by July 10", "date", QDate(2025, 7, 10));
        row("a fiscal year's end with will", "The group will also cut 1,100 jobs by March 31.",
            QDate(2025, 4, 2), "by March 31", "deadline", QDate(2026, 3, 31));
        // a day moved from and the day moved to are two dates, not a span; a span stays one
        row("the day a vote moved from", "The vote was delayed from Oct. 21 to Nov. 4.", QDate(2024, 10, 15),
            "Oct. 21", "date", QDate(2024, 10, 21));
        row("the day a vote moved to", "The vote was delayed from Oct. 21 to Nov. 4.", QDate(2024, 10, 15),
            "Nov. 4", "deadline", QDate(2024, 11, 4));
        row("a limit pushed back", "The deadline has been pushed back from Feb. 14 to March 14.",
            QDate(2025, 2, 3), "March 14", "deadline", QDate(2025, 3, 14));
        // a plan not held, an earliest time and an open start are no limits; a plan approved is
        row("a plan no longer held", "The company no longer expects to open the plant by 2026.",
            QDate(2025, 2, 3), "by 2026", "date", QDate(2026, 12, 31));
        row("a plan scrapped after its date", "The plan to build the factory by 2027 was scrapped last week.",
            QDate(2026, 9, 9), "by 2027", "date", QDate(2027, 12, 31));
        row("a plan approved after its date", "The plan to build the factory by 2027 was approved last week.",
            QDate(2026, 9, 9), "by 2027", "deadline", QDate(2027, 12, 31));
        row("an earliest time", "The mine will not reopen before 2027.", QDate(2025, 7, 15), "before 2027",
            "date", QDate(2026, 12, 31));
        row("a limit before a year", "The mine will reopen before 2027.", QDate(2025, 7, 15), "before 2027",
            "deadline", QDate(2026, 12, 31));
        row("an open start", "The mine will reopen after 2027.", QDate(2025, 7, 15), "2027", "date",
            QDate(2027, 12, 31));
        row("a negation of another clause", "Taxpayers who did not file must do so before April 15.",
            QDate(2026, 3, 1), "before April 15", "deadline", QDate(2026, 4, 14));
        row("the T of a name is no negation", "AT&T expects to close the deal before the end of 2026.",
            QDate(2026, 3, 1), "before the end of 2026", "deadline", QDate(2026, 12, 31));
        row("a phase-out with no longer", "New petrol cars will no longer be sold in the EU by 2035.",
            QDate(2025, 2, 3), "by 2035", "deadline", QDate(2035, 12, 31));
        row("a limit's first day", "The deadline, originally Feb. 14, has been pushed back a month.",
            QDate(2025, 2, 3), "Feb. 14", "date", QDate(2025, 2, 14));
        row("a closing day after and", "Applications open Monday, Nov. 10, and close Friday, Nov. 28.",
            QDate(2025, 11, 4), "Friday, Nov. 28", "deadline", QDate(2025, 11, 28));
        row("a year moved from", "The opening was delayed from 2026 to 2028.", QDate(2025, 6, 12), "2026",
            "date", QDate(2026, 12, 31));
        row("a plan this season, in a past clause",
            "The company said it aimed to open the plant in June 2025.", QDate(2025, 6, 12), "June 2025",
            "deadline", QDate(2025, 6, 30));
        row("a span of days told twice", "Offices will close from Monday, Dec. 29, to Saturday, Jan. 3.",
            QDate(2025, 11, 4), "from Monday, Dec. 29, to Saturday, Jan. 3", "deadline", QDate(2026, 1, 3));
        row("a span is no move", "The festival runs from Feb. 14 to March 14.", QDate(2025, 2, 3),
            "from Feb. 14 to March 14", "deadline", QDate(2025, 3, 14));
        row("a limit set that passed", "The union set a Monday deadline, which passed without a deal.",
            QDate(2025, 10, 1), "Monday", "date", QDate(2025, 9, 29));
        row("a limit issued last week", "The union issued a Monday deadline last week, and talks collapsed.",
            QDate(2025, 10, 1), "Monday", "date", QDate(2025, 9, 29));
        row("promised as an adjective", "The promised tax cuts arrived in April.", QDate(2026, 3, 2), "April",
            "date", QDate(2025, 4, 30));
        row("before a gerund", "The mayor will sign the bill before leaving for Davos on Jan. 18.", december,
            "Jan. 18", "deadline", QDate(2027, 1, 18));
        // the present year in a plan
        row("will be done", "The new terminal will be finished this year.", QDate(2026, 5, 20), "this year",
            "deadline", QDate(2026, 12, 31));
        row("a measure with an object", "The insurer will expand its call centre this year.",
            QDate(2026, 5, 20), "this year", "deadline", QDate(2026, 12, 31));
        row("a measure alone", "Exports will expand this year.", QDate(2026, 5, 20), "this year", "date",
            QDate(2026, 12, 31));
        row("a forecast verb", "Rents will keep climbing this year.", QDate(2026, 5, 20), "this year", "date",
            QDate(2026, 12, 31));
        row("reported would", "The ministry said it would tender the line this year.", QDate(2026, 5, 20),
            "this year", "deadline", QDate(2026, 12, 31));
        row("conditional would", "The merger would lift earnings this year.", QDate(2026, 5, 20), "this year",
            "date", QDate(2026, 12, 31));
        // (third review) past verbs after noun phrases, verbs whose past is their base form,
        // irregular pasts; present schedules a season away; "from" right before the date
        row("noun phrase subject", "The heat wave peaked in July.", QDate(2026, 1, 8), "July", "date",
            QDate(2025, 7, 31));
        row("base-form past", "The central bank cut rates in November.", QDate(2026, 6, 3), "November",
            "date", QDate(2025, 11, 30));
        row("irregular past", "The panel heard evidence in February and will rule by May.",
            QDate(2026, 3, 20), "February", "date", QDate(2026, 2, 28));
        row("schedule months away", "The revised fare takes effect on Jan. 4.", QDate(2026, 6, 3), "Jan. 4",
            "deadline", QDate(2027, 1, 4));
        row("a headline's measure", "Exports climb 9% in March.", QDate(2026, 11, 20), "March", "date",
            QDate(2026, 3, 31));
        row("from right before the date", "The levy applies from Feb. 2.", QDate(2026, 11, 20), "Feb. 2",
            "deadline", QDate(2027, 2, 2));
        row("an adjective in -ed", "Miners must file revised safety plans within 30 days.", QDate(2026, 4, 2),
            "within 30 days", "deadline", QDate(2026, 5, 2));
        row("a causative participle", "It aims to have both depots fully staffed within 18 months.",
            QDate(2026, 4, 2), "within 18 months", "deadline", QDate(2027, 10, 2));
        row("an aside's participle", "The mayor, elected in November, will take office on Jan. 2.",
            QDate(2026, 11, 20), "November", "date", QDate(2026, 11, 30));
        row("a later participle",
            "Work will begin by the end of winter and about 90 people employed on site.", QDate(2026, 5, 8),
            "by the end of winter", "deadline", QDate(2027, 2, 28));
        row("a limit invited", "The port invited bids by 30 September.", QDate(2026, 6, 10),
            "by 30 September", "deadline", QDate(2026, 9, 30));
        row("a meeting's day", "The bank hinted at a cut at its March 18 meeting.", QDate(2026, 2, 18),
            "March 18", "deadline", QDate(2026, 3, 18));
        // weekdays of schedules; years that anchor a past promise; leap years
        row("present weekday", "The inquiry resumes Monday.", QDate(2026, 3, 8), "Monday", "deadline",
            QDate(2026, 3, 9));
        row("future weekday", "The court will sit again on Thursday.", QDate(2026, 3, 10), "Thursday",
            "deadline", QDate(2026, 3, 12));
        row("a weekday's event", "The owner will pay the fine after Saturday's riot.", QDate(2026, 3, 10),
            "Saturday", "date", QDate(2026, 3, 14));
        row("plan verb and this year", "The city aims to plant 8,000 trees this year.", QDate(2026, 3, 13),
            "this year", "deadline", QDate(2026, 12, 31));
        row("hopes to", "The club hopes to sign a goalkeeper in January.", QDate(2026, 3, 13), "January",
            "deadline", QDate(2027, 1, 31));
        row("a year that anchors a pledge",
            "In 2021, the port pledged to electrify its cranes within 10 years.", QDate(2026, 1, 8),
            "within 10 years", "deadline", QDate(2031, 1, 8));
        row("a year of an aside", "The firm, founded in 2011, raised money to expand within five years.",
            QDate(2026, 6, 10), "within five years", "deadline", QDate(2031, 6, 10));
        row("the middle of the year", "The mine will close by the middle of the year.", QDate(2026, 5, 1),
            "by the middle of the year", "deadline", QDate(2026, 6, 30));
        row("a named day in a leap year", "The union had until Feb. 28 to respond.", QDate(2028, 3, 13),
            "until Feb. 28", "date", QDate(2028, 2, 28));
        row("a month's end in a leap year", "2月に工場を閉鎖した。", QDate(2028, 5, 1), "2月", "date",
            QDate(2028, 2, 29));
        // a time looked back over; days a verb schedules; limits held, ordered or changed to
        row("a superlative's span", "Bus fares rise 6% in April, the steepest increase in five years.",
            QDate(2026, 1, 9), "in five years", "none", QDate());
        row("a scheduled day", "Judge Okafor set the retrial for Oct. 5.", QDate(2026, 4, 24), "Oct. 5",
            "deadline", QDate(2026, 10, 5));
        row("a reported limit held", "The regulator said the bank had until June 12 to respond.",
            QDate(2026, 4, 24), "until June 12", "deadline", QDate(2026, 6, 12));
        row("a span ordered", "The tribunal ordered the fees refunded within 60 days.", QDate(2026, 5, 22),
            "within 60 days", "deadline", QDate(2026, 7, 21));
        row("a day's new figure", "The minimum wage rises to $17.40 an hour on Jan. 1.", QDate(2026, 12, 3),
            "Jan. 1", "deadline", QDate(2027, 1, 1));
        row("a quarter's plan", "The carrier will hire 300 pilots this quarter.", QDate(2026, 4, 16),
            "this quarter", "deadline", QDate(2026, 6, 30));
        row("a quarter's forecast", "Traffic will grow this quarter.", QDate(2026, 4, 16), "this quarter",
            "date", QDate(2026, 6, 30));
        // plans superseded, delayed and promised in a month gone by
        row("a plan superseded", "The levy, originally due in September, was delayed until April.",
            QDate(2026, 1, 8), "September", "date", QDate(2025, 9, 30));
        row("a limit delayed", "The levy, originally due in September, was delayed until April.",
            QDate(2026, 1, 8), "until April", "deadline", QDate(2026, 4, 30));
        row("postponed to a day", "The runoff was postponed to July 5.", QDate(2026, 5, 1), "July 5",
            "deadline", QDate(2026, 7, 5));
        row("a promise of a month gone by", "The mayor promised in January to reopen the pool by March.",
            QDate(2026, 6, 10), "by March", "date", QDate(2026, 3, 31));
        // Japanese: the date of a state is a plan's only when ahead; a rate's time is no date
        row("state in a plan", "同社は10月末時点で会員を80万人に増やす目標だ。", QDate(2026, 6, 10), "10月末",
            "deadline", QDate(2026, 10, 31));
        row("state already passed", "在庫は5月末時点で2カ月分に達しており、同社は年内に増産する。",
            QDate(2026, 6, 10), "5月末", "date", QDate(2026, 5, 31));
        row("state in a past clause", "7月末現在の契約数は40万件だった。", QDate(2026, 6, 10), "7月末",
            "date", QDate(2025, 7, 31));
        row("a rate per day", "新線は1日当たり2万人の利用を見込む。", QDate(2026, 6, 10), "1日", "none",
            QDate());
        // (third review) a clause that qualifies a noun keeps its own time; a noun's time after の
        // is the time of the verb it goes with; limits already passed are dates
        row("past relative clause", "2月に開館した記念館は好調だ。", QDate(2026, 5, 1), "2月", "date",
            QDate(2026, 2, 28));
        row("planned relative clause", "来年2月8日に開かれる「市民駅伝」の募集が始まった。",
            QDate(2026, 11, 20), "来年2月8日", "deadline", QDate(2027, 2, 8));
        row("past going on", "8月に用地を取得しており、新工場は再来年に稼働する。", QDate(2026, 10, 1), "8月",
            "date", QDate(2026, 8, 31));
        row("not a time after a past verb", "市は3月に完成した後に移転する。", QDate(2027, 1, 10), "3月",
            "deadline", QDate(2027, 3, 31));
        row("a noun's time with its verb", "市は9月の定例市議会に条例案を提出する。", QDate(2026, 5, 1),
            "9月", "deadline", QDate(2026, 9, 30));
        row("a topic's time", "令和9年度の予算案では、補助を拡充する。", QDate(2026, 5, 1), "令和9年度",
            "date", QDate(2028, 3, 31));
        row("a past range", "企画展は1月10日から3月1日まで開かれた。", QDate(2026, 4, 2),
            "1月10日から3月1日まで", "date", QDate(2026, 3, 1));
        row("a limit requested", "省は各社に11月末までに報告するよう求めた。", QDate(2026, 9, 1),
            "11月末までに", "deadline", QDate(2026, 11, 30));
        row("a day of the month before", "地裁は12日、原告の請求を退けた。", QDate(2026, 6, 3), "12日",
            "date", QDate(2026, 5, 12));
        row("a span from an event", "決定から14日以内に異議を申し立てられる。", QDate(2026, 6, 3),
            "14日以内に", "none", QDate());
        row("a span from a source", "市は企業などから今後5年で100億円を集める方針だ。", QDate(2026, 6, 3),
            "今後5年で", "deadline", QDate(2031, 6, 3));
        row("a past span is how long it took", "感染者は2週間で3倍に増えた。", QDate(2026, 6, 3), "2週間で",
            "none", QDate());
        row("a span and a half told in the past", "改修工事は2年半で完了した。", QDate(2026, 6, 3), "2年半で",
            "none", QDate());
        row("a span ahead", "改修工事は2年で完了する。", QDate(2026, 6, 3), "2年で", "deadline",
            QDate(2028, 6, 3));
        row("an English span told in the past", "Sales rose 5% in two years.", QDate(2026, 6, 3),
            "in two years", "none", QDate());
        row("an English span ahead", "The plant will open in two years.", QDate(2026, 6, 3), "in two years",
            "deadline", QDate(2028, 6, 3));
        row("a passed range with years", "被告は2019年5月から2022年8月までの間に着服した。",
            QDate(2026, 4, 2), "2019年5月から2022年8月までの間", "date", QDate(2022, 8, 31));
        // Limits set by an order fall after it; one held ("had until") is the nearest
        row("a limit an order sets", "The agency ordered lenders to refund fees by the end of March.",
            QDate(2026, 11, 4), "by the end of March", "deadline", QDate(2027, 3, 31));
        row("a limit just passed", "The court ordered the city to answer by Oct. 30.", QDate(2026, 11, 4),
            "by Oct. 30", "date", QDate(2026, 10, 30));
        row("a limit held", "The union had until July 1 to accept the offer.", QDate(2026, 11, 4),
            "until July 1", "date", QDate(2026, 7, 1));
        // A participle with its agent, or right before a limit, qualifies a noun
        row("a participle with its agent", "The state will feed families struck by floods by the end of May.",
            QDate(2026, 2, 3), "by the end of May", "deadline", QDate(2026, 5, 31));
        row("a participle before a limit", "Buyers will get refunds for tickets bought by Friday.",
            QDate(2026, 4, 2), "by Friday", "deadline", QDate(2026, 4, 3));
        row("a participle of a past day", "The plan, unveiled on Monday, drew protests.", QDate(2026, 4, 2),
            "Monday", "date", QDate(2026, 3, 30));
        // A count of days people have to act
        row("days people have", "Tenants have 45 days to appeal the ruling.", QDate(2026, 4, 2), "45 days",
            "deadline", QDate(2026, 5, 17));
        // Days from one to another at a sentence's end; model years are no span
        row("a level a wage rises to", "The minimum wage rises to 14 euros an hour in January.",
            QDate(2024, 5, 9), "January", "deadline", QDate(2025, 1, 31));
        row("a measure told", "Exports climb 9% to $4 billion in March.", QDate(2024, 6, 25), "March", "date",
            QDate(2024, 3, 31));
        row("days to agree", "The two unions have 60 days to agree on a contract.", QDate(2026, 4, 2),
            "60 days", "deadline", QDate(2026, 6, 1));
        row("days at a sentence's end", "The summit is March 3-4.", QDate(2026, 2, 3), "March 3-4",
            "deadline", QDate(2026, 3, 4));
        row("a day to another at a sentence's end", "The fair runs from May 8 to 10.", QDate(2026, 2, 3),
            "from May 8 to 10", "deadline", QDate(2026, 5, 10));
        row("model years", "The maker will fix 2023-2025 Halden Ridge trucks.", QDate(2026, 2, 3),
            "2023-2025", "none", QDate());
        // A plan given up or missed is no limit; the plan that replaces it is
        row("a plan given up", "The port had hoped to finish the quay by 2028 but dropped the idea.",
            QDate(2026, 2, 3), "by 2028", "date", QDate(2028, 12, 31));
        row("a limit missed", "The county was supposed to reopen the bridge by October but missed it.",
            QDate(2026, 2, 3), "by October", "date", QDate(2025, 10, 31));
        row("the plan that replaces it",
            "The mine was due to reopen in 2026, but it now aims to reopen by 2028.", QDate(2026, 2, 3),
            "by 2028", "deadline", QDate(2028, 12, 31));
        row("a plan still held", "The museum was expected to reopen by 2027, its director said.",
            QDate(2026, 2, 3), "by 2027", "deadline", QDate(2027, 12, 31));
        // A week or days of a month without its year take the month's year from the tense
        row("a week of next January", "Shipments will resume in the first week of January.",
            QDate(2024, 12, 20), "the first week of January", "deadline", QDate(2025, 1, 5));
        row("a week of January gone by", "Sales fell in the first week of January, the firm said.",
            QDate(2024, 12, 20), "the first week of January", "date", QDate(2024, 1, 7));
        row("days of next February", "Bids are due in the first 10 days of February.", QDate(2024, 12, 20),
            "the first 10 days of February", "deadline", QDate(2025, 2, 10));
        row("a plan in an aside, called off", "The strike, set to begin Wednesday, was called off.",
            QDate(2025, 1, 6), "Wednesday", "date", QDate(2025, 1, 8));
        row("a limit in an aside, extended",
            "The ban, initially set to expire on Jan. 31, was extended to June 30.", QDate(2025, 1, 6),
            "Jan. 31", "date", QDate(2025, 1, 31));
        row("the limit it was extended to",
            "The ban, initially set to expire on Jan. 31, was extended to June 30.", QDate(2025, 1, 6),
            "June 30", "deadline", QDate(2025, 6, 30));
        row("a plan in an aside, still held", "The strike, set to begin Wednesday, will hit 40 airports.",
            QDate(2025, 1, 6), "Wednesday", "deadline", QDate(2025, 1, 8));
        // A bare spring or fall that ends its clause is the season; before a noun it is the noun's
        row("a bare season at a clause's end", "The park will reopen in spring.", QDate(2024, 9, 10),
            "spring", "deadline", QDate(2025, 5, 31));
        row("a season before a noun", "Investment in spring wheat rose.", QDate(2024, 9, 10), "spring",
            "none", QDate());
        // The month of a figure is the one measured, gone by
        row("the month of a report", "The December jobs report is due on Friday.", QDate(2025, 1, 6),
            "December", "date", QDate(2024, 12, 31));
        row("a plan in the past perfect",
            "The levy had been due to take effect in 2027 before a court blocked it.", QDate(2026, 7, 15),
            "2027", "date", QDate(2027, 12, 31));
        row("a new plan after one in the past perfect",
            "The line, which had been due to open in 2025, will now open in 2027.", QDate(2026, 7, 15),
            "2027", "deadline", QDate(2027, 12, 31));
        row("the verb last", "The works will last 18 months.", QDate(2026, 2, 3), "last 18 months", "none",
            QDate());
        row("the last months", "Prices fell over the last 18 months.", QDate(2026, 2, 3),
            "over the last 18 months", "date", QDate(2026, 2, 2));
        // Weekdays of a limit: the next one when held now or set, the last when held in the past
        row("until a weekday held now", "The board has until Friday to reply.", QDate(2026, 4, 5),
            "until Friday", "deadline", QDate(2026, 4, 10));
        row("until a weekday held in the past", "The firm had until Friday to reply, but it did not.",
            QDate(2026, 4, 5), "until Friday", "date", QDate(2026, 4, 3));
        row("a deadline of a weekday", "The union set a deadline of Monday.", QDate(2026, 4, 8), "Monday",
            "deadline", QDate(2026, 4, 13));
        // A verb after a modal is no past ("will cut"); this year told in the past is the story's
        row("a base form after a modal", "The insurer will cut 900 jobs by the end of March.",
            QDate(2026, 12, 3), "by the end of March", "deadline", QDate(2027, 3, 31));
        row("this year in the past", "Exports rose 4% in 2026, the ministry said.", QDate(2026, 11, 3),
            "2026", "date", QDate(2026, 12, 31));
        row("this year in a plan", "The chain will open 40 stores in 2026.", QDate(2026, 11, 3), "2026",
            "deadline", QDate(2026, 12, 31));
        row("a gerund after a proposal", "The mayor proposed selling four depots over the next three years.",
            QDate(2026, 2, 3), "over the next three years", "deadline", QDate(2029, 2, 3));
        row("a fiscal year's end with its year",
            "Orbis aims to break even in fiscal 2028, which ends March 31, 2028.", QDate(2026, 2, 3),
            "fiscal 2028, which ends March 31, 2028", "deadline", QDate(2028, 3, 31));
        row("a part of a month in a present schedule", "The subsidy runs until the end of February.",
            QDate(2026, 12, 3), "until the end of February", "deadline", QDate(2027, 2, 28));
        // From the sixth review: limits missed, past orders, reported holders, openings, models
        row("a deadline missed", "Negotiators missed a deadline of Monday.", QDate(2026, 4, 8), "Monday",
            "date", QDate(2026, 4, 6));
        row("a span a past year's order set",
            "In 2023 the court ordered the bank to repay clients within 60 days.", QDate(2026, 4, 8),
            "within 60 days", "date", QDate(2026, 6, 7));
        row("a limit held, reported", "Police warned residents they had until Friday to leave.",
            QDate(2026, 4, 8), "until Friday", "deadline", QDate(2026, 4, 10));
        row("an opening year told in the past", "In 2026, the chain hired 900 staff.", QDate(2026, 6, 10),
            "2026", "date", QDate(2026, 12, 31));
        row("this year so far", "So far in 2026, 40 mills have closed.", QDate(2026, 6, 10), "2026", "date",
            QDate(2026, 12, 31));
        row("model years alone", "The 2025-2027 models are affected.", QDate(2026, 6, 10), "2025-2027",
            "none", QDate());
        row("days to live", "The patient has 30 days to live.", QDate(2026, 6, 10), "30 days", "none",
            QDate());
        row("days to take a leave", "Parents now have 20 days to take leave.", QDate(2026, 6, 10), "20 days",
            "none", QDate());
        row("a plan that had been", "The aim had been to open the line by 2027, but it was dropped.",
            QDate(2026, 6, 10), "by 2027", "date", QDate(2027, 12, 31));
        row("a model's plural is no decade", "Flydubai ordered 30 737-10s.", QDate(2026, 6, 10), "10s",
            "none", QDate());
        row("the mid-decade still is", "The probe launches in the mid-2030s.", QDate(2026, 6, 10),
            "the mid-2030s", "deadline", QDate(2036, 12, 31));
        row("a month farmers have", "Farmers have a month to clear fields.", QDate(2026, 4, 2), "a month",
            "none", QDate());
        // the subject a determiner three words before the verb opens; "won" as the past of "win"
        row("a subject of three words", "A rival product received approval in November.", QDate(2026, 1, 8),
            "November", "date", QDate(2025, 11, 30));
        row("won, the past of win", "The company won the contract in October.", QDate(2026, 1, 8), "October",
            "date", QDate(2025, 10, 31));
        row("won, the currency", "The fund will pay 4.1 trillion won in October.", QDate(2026, 1, 8),
            "October", "deadline", QDate(2026, 10, 31));
        row("the won, the currency", "The won will be pegged until March 31.", QDate(2026, 1, 8),
            "until March 31", "deadline", QDate(2026, 3, 31));
        row("an absolute phrase still", "It will build 12 parks, with the first park delivered in October.",
            QDate(2026, 1, 8), "October", "deadline", QDate(2026, 10, 31));
        row("a day named twice, ahead", "The trial will begin on Monday, June 15.", QDate(2026, 6, 10),
            "Monday, June 15", "deadline", QDate(2026, 6, 15));
        row("a day named twice, gone by", "The trial began on Monday, June 8.", QDate(2026, 6, 10),
            "Monday, June 8", "date", QDate(2026, 6, 8));
        row("before the end of a month", "It plans to sell the unit before the end of March.",
            QDate(2026, 6, 10), "before the end of March", "deadline", QDate(2027, 3, 31));
        row("before a month", "It plans to sell the unit before March.", QDate(2026, 6, 10), "before March",
            "deadline", QDate(2027, 2, 28));
        row("a name before its verb", "Rival Pfizer received approval in November.", QDate(2026, 1, 8),
            "November", "date", QDate(2025, 11, 30));
        row("a name opening the sentence", "Tesla cut prices in October.", QDate(2026, 1, 8), "October",
            "date", QDate(2025, 10, 31));
        row("an object's state after will", "Works will keep the Main Line closed until Jan. 20.",
            QDate(2026, 1, 8), "until Jan. 20", "deadline", QDate(2026, 1, 20));
        row("a pledge's infinitive", "The finance ministry pledged to publish the report in June.",
            QDate(2026, 1, 8), "June", "deadline", QDate(2026, 6, 30));
        row("a threat's infinitive", "The union threatened to strike in March.", QDate(2026, 1, 8), "March",
            "deadline", QDate(2026, 3, 31));
        row("a year opening the sentence, then subject and verb",
            "In 2026, imports dropped 4% to $200 billion.", QDate(2026, 12, 15), "2026", "date",
            QDate(2026, 12, 31));
        // a weekday after "since" is gone by; a schedule word after its copula looks ahead
        row("a weekday since", "The bridge has been closed since Sunday.", QDate(2025, 9, 19), "Sunday",
            "date", QDate(2025, 9, 14));
        row("a weekday opening since", "Since Thursday, 12 flights have been cancelled.", QDate(2025, 9, 16),
            "Thursday", "date", QDate(2025, 9, 11));
        row("a weekday and a day of the month", "The fair opens Thursday, 12 February.", QDate(2026, 1, 5),
            "Thursday, 12 February", "deadline", QDate(2026, 2, 12));
        row("a verdict expected", "A verdict is expected Thursday.", QDate(2025, 9, 15), "Thursday",
            "deadline", QDate(2025, 9, 18));
        row("a passed weekday expected", "The ruling is expected Monday.", QDate(2023, 11, 29), "Monday",
            "deadline", QDate(2023, 12, 4));
        row("a month expected", "A decision is expected in March.", QDate(2023, 11, 29), "March", "deadline",
            QDate(2024, 3, 31));
        row("a weekday was expected", "The ruling was expected Monday.", QDate(2023, 11, 29), "Monday",
            "date", QDate(2023, 11, 27));
        // a present verb after a plural noun governs its date, even after "said"; a compound
        // adjective in -made is no verb; "agreed to" a noun is no aim
        row("a present verb after said", "The ministry said the new fees take effect on March 1.",
            QDate(2025, 1, 20), "March 1", "deadline", QDate(2025, 3, 1));
        row("a base form after a plural noun", "Officials said inspections start in September.",
            QDate(2025, 6, 10), "September", "deadline", QDate(2025, 9, 30));
        row("a participle in a compound adjective", "Canada will tax Chinese-made steel starting Oct. 1.",
            QDate(2024, 8, 20), "Oct. 1", "deadline", QDate(2024, 10, 1));
        row("plans another", "The chain raised prices in March and plans another rise in November.",
            QDate(2024, 4, 11), "November", "deadline", QDate(2024, 11, 30));
        row("agreed to a deal", "The carrier agreed to a $3 billion deal in December.", QDate(2024, 4, 11),
            "December", "date", QDate(2023, 12, 31));
        row("a spelled count before a comma",
            "The club signed him to a five-year, $90 million deal in December.", QDate(2023, 4, 11),
            "December", "date", QDate(2022, 12, 31));
        row("a present verb, then a plan",
            "Ministers end a two-day summit Thursday and are expected to sign the pact.", QDate(2026, 9, 15),
            "Thursday", "deadline", QDate(2026, 9, 17));
        // a target missed, then the new one: the clause's own present verb; a perfect participle
        row("a new limit after a target missed", "The line missed its March target and is now due by August.",
            QDate(2024, 5, 13), "by August", "deadline", QDate(2024, 8, 31));
        row("a new limit expected after an adverb",
            "It was meant to open by March but is now expected by August.", QDate(2024, 5, 13), "by August",
            "deadline", QDate(2024, 8, 31));
        row("a perfect participle", "Having missed its October target, the agency now aims for December.",
            QDate(2025, 11, 20), "October", "date", QDate(2025, 10, 31));
        row("May as a target", "The builder now targets May.", QDate(2025, 3, 20), "May", "deadline",
            QDate(2025, 5, 31));
        row("targets may", "Officials warned the targets may be missed.", QDate(2025, 3, 20), "may", "none",
            QDate());
        row("a noun after a plural noun", "Yields jumped after the jobs report on Friday.",
            QDate(2025, 3, 10), "Friday", "date", QDate(2025, 3, 7));
        row("agreed to a verb", "The union agreed to work weekends until June.", QDate(2025, 5, 10),
            "until June", "deadline", QDate(2025, 6, 30));
        row("a story's setting", "Her debut novel is set in March 1968.", QDate(2025, 3, 20), "March 1968",
            "date", QDate(1968, 3, 31));
        row("a year qualifying the subject", "Imports in 2026 totalled 18 million tonnes.",
            QDate(2026, 12, 19), "2026", "date", QDate(2026, 12, 31));
    }

    void dates() { Test::verifyDateRow(); }
};

QTEST_GUILESS_MAIN(TestClauseTense)
#include "tst_clausetense.moc"
