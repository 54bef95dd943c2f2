// Where and when a story is set (issue 15): the fiscal year of its country, the seasons of
// its hemisphere, and which year a day without one falls in. Every sentence was written for
// this test; none is copied from an evaluation set.
#include "daterows.h"

#include <QTest>

using namespace Gleaner;
using Gleaner::Test::describe;
using Gleaner::Test::kindName;

class TestStorySetting : public QObject
{
    Q_OBJECT

private slots:
    // Fiscal years and seasons by the story's country; the time of a clause whose verb is
    // not always known here: a day or month without its year, and spans after verbs that set
    // an aim or not.
    void clauses_data()
    {
        Test::addDateColumns();
        const auto row = Test::dateRow;
        const QDate kApril(2026, 4, 2); // a Thursday
        row("Indian fiscal year", "Delhi will disburse Rs 12,500 crore to chip start-ups this fiscal year.",
            kApril, "this fiscal year", "deadline", QDate(2027, 3, 31));
        // Fiscal years by the country: from its currency's sign or code, or a city
        row("Australian dollar sign", "The A$780 million battery is slated for the 2027-28 financial year.",
            kApril, "2027-28", "deadline", QDate(2028, 6, 30));
        row("a fiscal year's end the story gives",
            "Harlow Foods will open 12 depots in fiscal 2027, which ends in May.", kApril,
            "fiscal 2027, which ends in May", "deadline", QDate(2027, 5, 31));
        row("a financial year without a place",
            "The board will sell the bonds by the end of the financial year.", QDate(2026, 11, 2),
            "by the end of the financial year", "deadline", QDate(2027, 3, 31));
        row("Thai fiscal year", "Bangkok will finish the line by the end of the fiscal year.", kApril,
            "by the end of the fiscal year", "deadline", QDate(2026, 9, 30));
        row("Tanzanian fiscal year", "Dodoma will spend 2 trillion shillings in the 2026/27 fiscal year.",
            kApril, "2026/27", "deadline", QDate(2027, 6, 30));
        row("US federal fiscal year", "NASA must launch the probe by the end of fiscal 2028.", kApril,
            "by the end of fiscal 2028", "deadline", QDate(2028, 9, 30));
        row("a country in capitals with dots",
            "The U.K. regulator expects the levy to break even by fiscal 2028.", kApril, "by fiscal 2028",
            "deadline", QDate(2028, 3, 31));
        row("a half of a split year", "Pune will tender the ring road in the second half of 2026-27.", kApril,
            "the second half of 2026-27", "deadline", QDate(2027, 3, 31));
        row("the end of a split year", "Pune will finish the metro by the end of 2027-28.", kApril,
            "by the end of 2027-28", "deadline", QDate(2028, 3, 31));
        row("a quarter of a split year", "Perth will award the contract in the first quarter of 2027-28.",
            kApril, "the first quarter of 2027-28", "deadline", QDate(2027, 9, 30));
        row("a place of the same sentence",
            "Tata said profit rose in Mumbai. By fiscal 2028, the Osaka maker "
            "will double output.",
            kApril, "By fiscal 2028", "deadline", QDate(2029, 3, 31));
        row("court days", "The county must answer the claim within 15 court days.", kApril,
            "within 15 court days", "deadline", QDate(2026, 4, 23));
        // Seasons south of the equator, by the country the story is set in
        row("southern summer", "Sydney's metro extension will open by the end of summer.", kApril,
            "by the end of summer", "deadline", QDate(2027, 2, 28));
        row("northern summer", "Ohio's metro extension will open by the end of summer.", kApril,
            "by the end of summer", "deadline", QDate(2026, 8, 31));
        row("southern winter", "Cape Town will finish the dam by winter 2027.", kApril, "by winter 2027",
            "deadline", QDate(2027, 8, 31));
        // past verbs not known here: the day stays this year's, or goes back when that is nearer
        row("unknown past verb", "Moldova's parliament ratified the pact on Feb. 20.", QDate(2026, 10, 15),
            "Feb. 20", "date", QDate(2026, 2, 20));
        row("nearer last year", "The regulator cleared the merger on Dec. 22.", QDate(2026, 1, 7), "Dec. 22",
            "date", QDate(2025, 12, 22));
        row("since", "Shares have fallen 30% since Feb. 3.", QDate(2026, 10, 15), "Feb. 3", "date",
            QDate(2026, 2, 3));
        row("since a month", "Reserves have grown since December.", QDate(2026, 5, 8), "December", "date",
            QDate(2025, 12, 31));
        // present tense, a limit, a start: forward
        row("start next year", "Work is to begin in January.", QDate(2026, 10, 29), "January", "deadline",
            QDate(2027, 1, 31));
        row("limit by a month", "First steam is expected by December.", QDate(2026, 2, 28), "by December",
            "deadline", QDate(2026, 12, 31));
        row("limit verb before a weekday", "The tender offer expires Friday.", QDate(2026, 10, 27), "Friday",
            "deadline", QDate(2026, 10, 30));
        row("decimal before the day", "The wage will rise to 281.40 pesos on January 1.", QDate(2026, 12, 5),
            "January 1", "deadline", QDate(2027, 1, 1));
        // aims of commitments only; a gerund after "after" keeps its own time
        row("no aim", "He rose to fame within a year.", QDate(2026, 10, 20), "within a year", "date",
            QDate(2027, 10, 20));
        row("gerund after after", "The maker would cut jobs after booking a loss in the third quarter.",
            QDate(2025, 11, 12), "the third quarter", "date", QDate(2025, 9, 30));
        // the present year: a plan, not a forecast or a negation
        row("negated plan", "The plant will not open this year.", QDate(2026, 5, 20), "this year", "date",
            QDate(2026, 12, 31));
        row("forecast", "The economy will grow 3% this year.", QDate(2026, 5, 20), "this year", "date",
            QDate(2026, 12, 31));
        row("Korean harvest festival", "Workers were promised a wage deal before Chuseok.",
            QDate(2025, 9, 24), "before Chuseok", "deadline", QDate(2025, 10, 5));
        row("Egyptian pound sign", "Egypt will spend E£20 billion this fiscal year.", QDate(2026, 5, 20),
            "this fiscal year", "deadline", QDate(2026, 6, 30));
        row("a place in lower case", "The diner brings back its green chile menu by the end of summer.",
            QDate(2026, 5, 20), "by the end of summer", "deadline", QDate(2026, 8, 31));
    }

    void clauses() { Test::verifyDateRow(); }

    // A day without its year in a clause without tense: this year's unless it has passed and
    // next year's is nearer publication.
    void daysWithoutTense()
    {
        const auto due = [](const char *text, const QDate &published, const char *span) {
            for (const Suggestion &s : Recognizer::recognize(QString::fromUtf8(text), published))
                if (s.text == QLatin1String(span))
                    return std::make_pair(kindName(s.kind), s.due);
            return std::make_pair(QString(), QDate());
        };
        QCOMPARE(due("Bids for the terminal are due on Jan. 15.", QDate(2026, 10, 21), "Jan. 15"),
                 std::make_pair(QStringLiteral("deadline"), QDate(2027, 1, 15)));
        QCOMPARE(due("The portal, launched at 9 a.m. on July 1, logged 2 million visits.", QDate(2026, 7, 16),
                     "July 1"),
                 std::make_pair(QStringLiteral("date"), QDate(2026, 7, 1)));
        QCOMPARE(
            due("The agency set a decision date of Nov. 14 for the drug.", QDate(2026, 3, 12), "Nov. 14"),
            std::make_pair(QStringLiteral("deadline"), QDate(2026, 11, 14)));
    }
};

QTEST_GUILESS_MAIN(TestStorySetting)
#include "tst_storysetting.moc"
