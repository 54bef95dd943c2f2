// Where and when a story is set (issue 15): the fiscal year of its country, the seasons of
// its hemisphere, and which year a day without one falls in. Every sentence was written for
// this test; none is copied from an evaluation set.
#include "suggest/recognizer.h"
#include "suggestiontext.h"

#include <QTest>

using namespace Gleaner;
using Gleaner::Test::describe;
using Gleaner::Test::kindName;

class TestStorySetting : public QObject
{
    Q_OBJECT

private slots:
    void dates_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("span");
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QDate>("due");
        auto row = [](const char *name, const char *text, const char *span, const char *kind,
                      const QDate &due) {
            QTest::newRow(name) << QString::fromUtf8(text) << QString::fromUtf8(span)
                                << QString::fromLatin1(kind) << due;
        };
        row("Indian fiscal year", "Delhi will disburse Rs 12,500 crore to chip start-ups this fiscal year.",
            "this fiscal year", "deadline", QDate(2027, 3, 31));
        // Fiscal years by the country: from its currency's sign or code, or a city
        row("Australian dollar sign", "The A$780 million battery is slated for the 2027-28 financial year.",
            "2027-28", "deadline", QDate(2028, 6, 30));
        row("Thai fiscal year", "Bangkok will finish the line by the end of the fiscal year.",
            "by the end of the fiscal year", "deadline", QDate(2026, 9, 30));
        row("Tanzanian fiscal year", "Dodoma will spend 2 trillion shillings in the 2026/27 fiscal year.",
            "2026/27", "deadline", QDate(2027, 6, 30));
        // Seasons south of the equator, by the country the story is set in
        row("southern summer", "Sydney's metro extension will open by the end of summer.",
            "by the end of summer", "deadline", QDate(2027, 2, 28));
        row("northern summer", "Ohio's metro extension will open by the end of summer.",
            "by the end of summer", "deadline", QDate(2026, 8, 31));
        row("southern winter", "Cape Town will finish the dam by winter 2027.", "by winter 2027", "deadline",
            QDate(2027, 8, 31));
    }

    // Published on a Thursday, 2 April 2026.
    void dates()
    {
        QFETCH(QString, text);
        QFETCH(QString, span);
        QFETCH(QString, kind);
        QFETCH(QDate, due);
        const QVector<Suggestion> list = Recognizer::recognize(text, QDate(2026, 4, 2));
        const Suggestion *hit = Test::findByText(list, span);
        QVERIFY2(hit, qPrintable(QStringLiteral("found: ") + describe(list)));
        QCOMPARE(kindName(hit->kind), kind);
        QCOMPARE(hit->due, due);
    }

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
