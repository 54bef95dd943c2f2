// The English date rules as data (resources/data/en-date-rules.tsv): each rule's
// examples with their values, whole expressions built on them, and forms they refuse.
#include "suggest/dateatoms.h"
#include "suggest/recognizer.h"

#include <QSet>

#include <QTest>
#include <algorithm>

using namespace Gleaner;

namespace {

const Suggestion *find(const QVector<Suggestion> &found, const QString &span)
{
    for (const Suggestion &s : found) {
        if (s.text == span)
            return &s;
    }
    return nullptr;
}

} // namespace

class TestEnglishDateRules : public QObject
{
    Q_OBJECT

    QSet<QString> m_covered; // the rules the rows below exercise

private slots:
    void examples_data()
    {
        QTest::addColumn<QString>("rule");
        QTest::addColumn<QString>("sentence");
        QTest::addColumn<QString>("span");
        QTest::addColumn<QDate>("due");
        auto row = [](const char *rule, const char *sentence, const char *span, const QDate &due) {
            QTest::newRow(sentence) << QString::fromLatin1(rule) << QString::fromUtf8(sentence)
                                    << QString::fromUtf8(span) << due;
        };
        row("decade", "Chips of the 1990s were slower.", "the 1990s", QDate(1999, 12, 31));
        row("decade", "Mainframes ruled the 60s.", "the 60s", QDate(1969, 12, 31));
        row("decade", "Monasteries copied books in the 1300s.", "the 1300s", QDate(1399, 12, 31));
        row("decade", "Most of the fleet dates from the 2000s.", "the 2000s", QDate(2009, 12, 31));
        row("decade-apostrophe", "Arcades boomed in the ’80s.", "the ’80s", QDate(1989, 12, 31));
        row("decade-word", "Modems were slow in the nineties.", "the nineties", QDate(1999, 12, 31));
        row("century", "Steam power defined the 19th century.", "the 19th century", QDate(1899, 12, 31));
        row("century", "Grids of the twenty-first century need storage.", "the twenty-first century",
            QDate(2099, 12, 31));
        row("fy", "Revenue will reach $4 billion in FY2028.", "FY2028", QDate(2028, 12, 31));
        row("fy", "The target moved to FY27.", "FY27", QDate(2027, 12, 31));
        row("fiscal-year", "The plant will open in fiscal 2029.", "fiscal 2029", QDate(2029, 12, 31));
        row("fiscal-year", "Cuts are due by financial year 2028.", "by financial year 2028",
            QDate(2028, 12, 31));
        row("fiscal-year", "Margins fell in fiscal 25.", "fiscal 25", QDate(2025, 12, 31));
        row("quarter-year", "Revenue will double by Q3 2027.", "by Q3 2027", QDate(2027, 9, 30));
        row("quarter-year", "The chip ships in H2.", "H2", QDate(2026, 12, 31));
        row("quarter-year", "Margins recover in Q1 of 2028.", "Q1 of 2028", QDate(2028, 3, 31));
        row("quarter-year", "Guidance for Q3 26 was cut.", "Q3 26", QDate(2026, 9, 30));
        row("year-quarter", "Results for 2017-Q1 were restated.", "2017-Q1", QDate(2017, 3, 31));
        row("year-quarter", "Results for 2017q1 were restated.", "2017q1", QDate(2017, 3, 31));
        row("number-quarter", "The deal should close in 1H 2027.", "1H 2027", QDate(2027, 6, 30));
        row("number-quarter", "Guidance for 3Q27 was cut.", "3Q27", QDate(2027, 9, 30));
        row("holiday", "The store opens by Christmas.", "by Christmas", QDate(2026, 12, 25));
        row("holiday", "Cards sold out before Valentine's Day.", "before Valentine's Day",
            QDate(2026, 2, 13));
        row("holiday", "The parade returns on St. Patrick's Day 2027.", "St. Patrick's Day 2027",
            QDate(2027, 3, 17));
        row("holiday", "The line reopens after next Easter.", "next Easter", QDate(2026, 4, 5));
        // national days, a weekday of a month, and days of lunar and lunisolar calendars
        row("holiday", "The ferry terminal opens by Canada Day.", "by Canada Day", QDate(2026, 7, 1));
        row("holiday", "The toll road opens on Presidents Day 2027.", "Presidents Day 2027",
            QDate(2027, 2, 15));
        row("holiday", "The museum reopens before Martin Luther King Jr. Day 2027.",
            "before Martin Luther King Jr. Day 2027", QDate(2027, 1, 17));
        row("holiday", "Markets close for Eid al-Adha.", "Eid al-Adha", QDate(2026, 5, 27));
        row("holiday", "The festival returns for Holi 2027.", "Holi 2027", QDate(2027, 3, 22));
        row("holiday", "Prices fell after last Thanksgiving.", "last Thanksgiving", QDate(2025, 11, 27));
        row("holiday", "Crews work through the Easter weekend.", "through the Easter weekend",
            QDate(2026, 4, 5));
        row("holiday", "Over the Christmas weekends, sales rose.", "the Christmas", QDate(2026, 12, 25));
        row("year-month-day", "The filing is dated 2026-10-09.", "2026-10-09", QDate(2026, 10, 9));
        row("year-month-day", "Shipments start 2027/8/1.", "2027/8/1", QDate(2027, 8, 1));
        row("compact-date", "The log entry 20161016 was kept.", "20161016", QDate(2016, 10, 16));
        row("day-month-year", "The deal closes 10/1/2027.", "10/1/2027", QDate(2027, 10, 1));
        row("day-month-year", "The vote was held on 23.04.2022.", "23.04.2022", QDate(2022, 4, 23));
        row("day-month-year", "The order shipped 23/4/2022.", "23/4/2022", QDate(2022, 4, 23));
        row("day-month-year", "The memo of 3/4/19 was leaked.", "3/4/19", QDate(2019, 3, 4));
    }

    void examples()
    {
        QFETCH(QString, rule);
        QFETCH(QString, sentence);
        QFETCH(QString, span);
        QFETCH(QDate, due);
        const QVector<Suggestion> found = Recognizer::recognize(sentence, QDate(2026, 3, 10));
        const Suggestion *s = find(found, span);
        QVERIFY2(s, qPrintable(span));
        QCOMPARE(s->due, due);
        // The row's rule is one that reads its expression.
        const QVector<RuleSet::Rule> &rules = Dates::DateAtoms::rules().rules();
        const auto named =
            std::find_if(rules.begin(), rules.end(), [&](const RuleSet::Rule &r) { return r.name == rule; });
        QVERIFY2(named != rules.end(), qPrintable(rule));
        QVERIFY2(named->pattern.match(span).hasMatch(), qPrintable(rule));
        m_covered.insert(rule);
    }

    void everyRuleHasAnExample()
    {
        const RuleSet &rules = Dates::DateAtoms::rules();
        QVERIFY(rules.rules().size() >= 6);
        for (const RuleSet::Rule &rule : rules.rules())
            QVERIFY2(m_covered.contains(rule.name), qPrintable(QLatin1String("no example for ") + rule.name));
    }

    // The grammar builds on the atoms: triggers, modifiers, ranges, quarters of a fiscal year.
    void expressionsBuiltOnAtoms_data()
    {
        QTest::addColumn<QString>("sentence");
        QTest::addColumn<QString>("span");
        QTest::addColumn<QDate>("due");
        auto row = [](const char *sentence, const char *span, const QDate &due) {
            QTest::newRow(sentence) << QString::fromUtf8(sentence) << QString::fromUtf8(span) << due;
        };
        row("The network will be rebuilt by the end of the 2020s.", "by the end of the 2020s",
            QDate(2029, 12, 31));
        row("Shipments resume in Q3 fiscal 2027.", "Q3 fiscal 2027", QDate(2027, 9, 30));
        row("Demand peaked in the late 1990s.", "the late 1990s", QDate(1999, 12, 31));
        row("Europa Clipper is to launch in the mid-2020s.", "the mid-2020s", QDate(2026, 12, 31));
        row("Fabs multiplied in the early 2000s.", "the early 2000s", QDate(2002, 12, 31));
        row("Since the beginning of the 21st century, skies have brightened.",
            "the beginning of the 21st century", QDate(2009, 12, 31));
        row("The fund closes in the fiscal year ending March 2027.", "the fiscal year ending March 2027",
            QDate(2027, 3, 31));
    }

    void expressionsBuiltOnAtoms()
    {
        QFETCH(QString, sentence);
        QFETCH(QString, span);
        QFETCH(QDate, due);
        const QVector<Suggestion> found = Recognizer::recognize(sentence, QDate(2026, 3, 10));
        const Suggestion *s = find(found, span);
        QVERIFY2(s, qPrintable(span));
        QCOMPARE(s->due, due);
    }

    // Forms the rules refuse: not a decade, glued to other words, a declined match hiding
    // nothing after it.
    void refused_data()
    {
        QTest::addColumn<QString>("sentence");
        QTest::addColumn<QString>("notSpan");
        QTest::newRow("not a decade")
            << QStringLiteral("Sales of the 1995s model rose.") << QStringLiteral("1995s");
        QTest::newRow("decade word alone")
            << QStringLiteral("Nineties music is back.") << QStringLiteral("Nineties");
        QTest::newRow("no fifth quarter")
            << QStringLiteral("The Q5 2026 plan was odd.") << QStringLiteral("Q5");
        QTest::newRow("no third half") << QStringLiteral("The h3 2026 plan was odd.") << QStringLiteral("h3");
        QTest::newRow("a number and a word")
            << QStringLiteral("They won 2 Hs and 3 Qs.") << QStringLiteral("2 H");
        QTest::newRow("a fifth half first")
            << QStringLiteral("A 5H 2027 plan was odd.") << QStringLiteral("5H");
        QTest::newRow("quarter in a word")
            << QStringLiteral("See FAQ3 2026 for details.") << QStringLiteral("Q3");
        QTest::newRow("may day in lower case")
            << QStringLiteral("It may day by day improve.") << QStringLiteral("day");
        QTest::newRow("holiday inside a word")
            << QStringLiteral("Eastern markets rose.") << QStringLiteral("Eastern");
        QTest::newRow("no such day") << QStringLiteral("Form 2/30/2024 was void.") << QStringLiteral("2/30");
        QTest::newRow("no such month")
            << QStringLiteral("Code 2020-13-45 failed.") << QStringLiteral("2020-13");
        QTest::newRow("short year needs a slash")
            << QStringLiteral("Part 3-4-19 broke.") << QStringLiteral("3-4-19");
        QTest::newRow("glued to a word")
            << QStringLiteral("Serial ABC20161016 sold.") << QStringLiteral("2016");
        QTest::newRow("an hour is no day")
            << QStringLiteral("The lane stays shut from 9pm Thursday until 5am Friday.")
            << QStringLiteral("Thursday until");
        QTest::newRow("an hour with dots is no day")
            << QStringLiteral("The lane stays shut from Aug. 9 to 6 a.m. the next day.")
            << QStringLiteral("to 6");
        QTest::newRow("over as more than") << QStringLiteral("The claims have been stuck for over 12 years.")
                                           << QStringLiteral("over 12 years");
        QTest::newRow("a day each year")
            << QStringLiteral("Registration closes on February 1 each year.") << QStringLiteral("February 1");
        QTest::newRow("a weekday every week")
            << QStringLiteral("The library stays open late every Thursday.") << QStringLiteral("Thursday");
        QTest::newRow("a weekday of every month")
            << QStringLiteral("The board sits on the second Monday of every month.")
            << QStringLiteral("Monday");
        QTest::newRow("every year on a day")
            << QStringLiteral("The regatta runs every year on the first Sunday of August.")
            << QStringLiteral("August");
        QTest::newRow("a day annually")
            << QStringLiteral("Permits lapse on June 30 annually.") << QStringLiteral("June 30");
        QTest::newRow("an age") << QStringLiteral("Roles for women in their mid-50s are rare.")
                                << QStringLiteral("50s");
        QTest::newRow("an age, plain")
            << QStringLiteral("He started coding in his 20s.") << QStringLiteral("20s");
    }

    void refused()
    {
        QFETCH(QString, sentence);
        QFETCH(QString, notSpan);
        for (const Suggestion &s : Recognizer::recognize(sentence, QDate(2026, 3, 10)))
            QVERIFY2(!s.text.contains(notSpan), qPrintable(s.text));
    }

    void aDeclinedCenturyHidesNoOther()
    {
        // "twenty-twentieth" is no ordinal; "twentieth century" inside it still is one.
        const QVector<Suggestion> found = Recognizer::recognize(
            QStringLiteral("It is a twenty-twentieth century idea."), QDate(2026, 3, 10));
        const Suggestion *s = find(found, QStringLiteral("twentieth century"));
        QVERIFY(s);
        QCOMPARE(s->due, QDate(1999, 12, 31));
    }
};

QTEST_GUILESS_MAIN(TestEnglishDateRules)
#include "tst_englishdaterules.moc"
