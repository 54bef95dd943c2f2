// Tables pasted as text, their long cells wrapped onto a further line: rows are
// joined again, and become a table when their columns can be found. Our own
// cases, one per shape; none comes from a benchmark.
#include "cleaning/articlecleaner.h"
#include "cleaning/texttable.h"

#include <QTest>

using namespace Gleaner;

class TestTextTable : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void wrappedRowsBecomeATable();
    void numberInsideACellGivesWay();
    void rowsStayLinesWhenColumnsAreUnclear();
    void otherShapesAreNotTables_data();
    void otherShapesAreNotTables();
    void pastedArticleHasARealTable();
};

void TestTextTable::wrappedRowsBecomeATable()
{
    const QStringList lines{
        QStringLiteral("Program Area First Step Hoped Outcome"),
        QStringLiteral("by 2030"),
        QStringLiteral("Rail Freight Electrification of the northern corridor Shorter delivery times and"),
        QStringLiteral("lower emissions"),
        QStringLiteral("Port Capacity Dredging and two new berths Room for larger ships"),
        QStringLiteral("Rural Broadband Fibre to every school 9,000 connected classrooms")};
    const std::optional<QStringList> rows = TextTable::joinedRows(lines);
    QVERIFY(rows);
    QCOMPARE(rows->size(), 4);
    const std::optional<QVector<QStringList>> cells = TextTable::cells(*rows);
    QVERIFY(cells);
    const QVector<QStringList> expected{
        {QStringLiteral("Program Area"), QStringLiteral("First Step"),
         QStringLiteral("Hoped Outcome by 2030")},
        {QStringLiteral("Rail Freight"), QStringLiteral("Electrification of the northern corridor"),
         QStringLiteral("Shorter delivery times and lower emissions")},
        {QStringLiteral("Port Capacity"), QStringLiteral("Dredging and two new berths"),
         QStringLiteral("Room for larger ships")},
        {QStringLiteral("Rural Broadband"), QStringLiteral("Fibre to every school"),
         QStringLiteral("9,000 connected classrooms")}};
    QCOMPARE(*cells, expected);
}

void TestTextTable::numberInsideACellGivesWay()
{
    // "up to 3 terawatt hours" would start a fourth cell; the other rows have three.
    const QStringList rows{
        QStringLiteral("Sector Plan Result"),
        QStringLiteral("Grid Storage Batteries holding up to 3 terawatt hours Steadier prices"),
        QStringLiteral("Heat Pumps Subsidies for old houses Lower bills"),
        QStringLiteral("Wind Power New turbines at sea 40,000 jobs")};
    const std::optional<QVector<QStringList>> cells = TextTable::cells(rows);
    QVERIFY(cells);
    QCOMPARE(cells->at(1).value(1), QStringLiteral("Batteries holding up to 3 terawatt hours"));
    QCOMPARE(cells->at(3).value(2), QStringLiteral("40,000 jobs"));
}

void TestTextTable::rowsStayLinesWhenColumnsAreUnclear()
{
    // Five title words cannot make a header of two or three even columns.
    const QStringList lines{
        QStringLiteral("Area What Happens Next Year"),
        QStringLiteral("Rail Freight Electrification of the northern corridor Shorter delivery"),
        QStringLiteral("times"),
        QStringLiteral("Port Capacity Dredging and two new berths Room for larger ships"),
        QStringLiteral("Rural Broadband Fibre to every school Connected classrooms")};
    const std::optional<QStringList> rows = TextTable::joinedRows(lines);
    QVERIFY(rows);
    QCOMPARE(rows->size(), 4); // the wrapped word still joins its row
    QVERIFY(!TextTable::cells(*rows));
}

void TestTextTable::otherShapesAreNotTables_data()
{
    QTest::addColumn<QStringList>("lines");
    QTest::newRow("sentences") << QStringList{
        QStringLiteral("The council met on Tuesday evening to discuss the plan."),
        QStringLiteral("It agreed."),
        QStringLiteral("Work starts in spring, weather permitting, on the first section."),
        QStringLiteral("Residents welcomed it.")};
    QTest::newRow("product list") << QStringList{QStringLiteral("TideWatch Pro"),
                                                 QStringLiteral("Harbour Maps"), QStringLiteral("Knot Guide"),
                                                 QStringLiteral("Sail Log")};
    QTest::newRow("tab separated") << QStringList{
        QStringLiteral("Season\tCrossings"), QStringLiteral("Autumn\t310"), QStringLiteral("Winter\t180"),
        QStringLiteral("Spring\t260")};
    QTest::newRow("three lines") << QStringList{
        QStringLiteral("Rail Freight Electrification of the corridor"), QStringLiteral("and more"),
        QStringLiteral("Port Capacity Dredging")};
}

void TestTextTable::otherShapesAreNotTables()
{
    QFETCH(QStringList, lines);
    QVERIFY(!TextTable::joinedRows(lines));
}

void TestTextTable::pastedArticleHasARealTable()
{
    CleanInput input;
    input.format = CleanInput::Format::Text;
    input.data = "Transport Wire\n\nThe Region Spends on Its Links\n\n"
                 "The regional government set out where the money goes over the next decade, and what it "
                 "expects in return for each part of the plan.\n\n"
                 "Program Area First Step Hoped Outcome\nby 2030\n"
                 "Rail Freight Electrification of the northern corridor Shorter delivery times and\n"
                 "lower emissions\n"
                 "Port Capacity Dredging and two new berths Room for larger ships\n"
                 "Rural Broadband Fibre to every school 9,000 connected classrooms\n\n"
                 "Officials said the first contracts would be signed within the year.\n";
    const CleanResult r = ArticleCleaner::clean(input);
    QVERIFY2(r.ok(), qPrintable(r.error));
    int headers = 0;
    QStringList cells;
    for (const TextSegment &s : r.article.segments) {
        if (s.role == TextSegment::Role::TableHeaderCell)
            ++headers;
        if (s.role == TextSegment::Role::TableCell)
            cells << r.article.text.mid(s.start, s.end - s.start);
    }
    QCOMPARE(headers, 3);
    QCOMPARE(cells.size(), 9);
    QVERIFY(cells.contains(QStringLiteral("Shorter delivery times and lower emissions")));
    QVERIFY(!r.article.text.contains(QStringLiteral("\nlower emissions"))); // not a paragraph of its own
}

QTEST_GUILESS_MAIN(TestTextTable)
#include "tst_texttable.moc"
