#include "csvreader.h"
#include "export/csvexporter.h"
#include "library/librarystore.h"
#include "testengine.h"

#include <QBuffer>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Gleaner;
using Gleaner::Test::parseCsv;

class TestCsvExporter : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    LibraryStore m_store;
    QString m_library;
    qint64 m_articleId = 0;
    qint64 m_otherArticleId = 0;

private Q_SLOTS:
    void initTestCase();
    void fieldEscaping_data();
    void fieldEscaping();
    void roundTripEveryField();
    void oneArticleOnly();
    void bomForExcel();
    void writeFileIsAtomic();
    void progressCanCancel();
};

void TestCsvExporter::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    GLEANER_REQUIRE_ENGINE();
    m_library = Gleaner::Test::newLibrary(m_dir, QStringLiteral("export.gleaner"));
    QVERIFY(m_store.open(m_library, {true, false, 1000}));
    Article a;
    a.title = QStringLiteral("Title with, comma and \"quotes\"");
    a.url = QStringLiteral("https://example.org/a?x=1,2");
    a.published = QDate(2026, 4, 2);
    a.rawSource = "x";
    a.text = QStringLiteral(
        "=cmd|' /C calc'!A0 is a formula. Line one\nline two. 日本への投資は1兆円。 -5 and +3.");
    m_articleId = *m_store.addArticle(a);
    Article b = a;
    b.title = QStringLiteral("Second");
    b.text = QStringLiteral("Another article entirely.");
    m_otherArticleId = *m_store.addArticle(b);
}

void TestCsvExporter::fieldEscaping_data()
{
    QTest::addColumn<QString>("in");
    QTest::addColumn<QString>("out");
    QTest::newRow("plain") << "plain"
                           << "plain";
    QTest::newRow("comma") << "a,b"
                           << "\"a,b\"";
    QTest::newRow("quote") << "say \"hi\""
                           << "\"say \"\"hi\"\"\"";
    QTest::newRow("newline") << "a\nb"
                             << "\"a\nb\"";
    QTest::newRow("carriage return") << "a\rb"
                                     << "\"a\rb\"";
    QTest::newRow("formula") << "=SUM(A1)"
                             << "'=SUM(A1)";
    QTest::newRow("plus formula") << "+cmd"
                                  << "'+cmd";
    QTest::newRow("at formula") << "@import"
                                << "'@import";
    QTest::newRow("minus formula") << "-2+3"
                                   << "'-2+3";
    QTest::newRow("tab first") << "\tx"
                               << "'\tx";
    QTest::newRow("cr first") << "\rx"
                              << "\"'\rx\"";
    QTest::newRow("negative number stays") << "-12.5"
                                           << "-12.5";
    QTest::newRow("positive number stays") << "+3"
                                           << "+3";
    QTest::newRow("formula with comma") << "=A1,B1"
                                        << "\"'=A1,B1\"";
    QTest::newRow("japanese") << "日本"
                              << "日本";
    QTest::newRow("empty") << ""
                           << "";
}

void TestCsvExporter::fieldEscaping()
{
    QFETCH(QString, in);
    QFETCH(QString, out);
    QCOMPARE(CsvExporter::field(in), out);
}

void TestCsvExporter::roundTripEveryField()
{
    const auto pillar = m_store.addPillar(QStringLiteral("Talent, \"Skills\""));
    Annotation a;
    a.articleId = m_articleId;
    a.kind = AnnotationKind::Note;
    a.start = 0;
    a.end = 20;
    a.note = QStringLiteral("=HYPERLINK(\"http://evil\")\nsecond line, with comma");
    const auto noteId = m_store.addAnnotation(a);
    Annotation amount;
    amount.articleId = m_articleId;
    amount.kind = AnnotationKind::Amount;
    amount.start = m_store.article(m_articleId)->text.indexOf(QStringLiteral("1兆円"));
    amount.end = amount.start + 3;
    amount.amount = QStringLiteral("1000000000000");
    amount.currency = QStringLiteral("JPY");
    amount.qualifier = QStringLiteral("up to");
    amount.pillarId = *pillar;
    const auto amountId = m_store.addAnnotation(amount);
    Annotation deadline;
    deadline.articleId = m_articleId;
    deadline.kind = AnnotationKind::Deadline;
    deadline.start = 42;
    deadline.end = 50;
    deadline.due = QDate(2028, 9, 30); // the end of the quarter
    deadline.precision = DatePrecision::Quarter;
    // Made by a desk member who set a name of their own.
    LibraryConnection::setDisplayName(QStringLiteral("Aiko Tanaka, desk 2"));
    const auto deadlineId = m_store.addAnnotation(deadline);
    LibraryConnection::setDisplayName(QString());
    QVERIFY(noteId && amountId && deadlineId);

    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    CsvExporter exporter;
    QVERIFY(exporter.write(m_store, &buffer, {}));
    QCOMPARE(exporter.rowsWritten(), 3);
    bool crlfOnly = false;
    const QVector<QStringList> rows = parseCsv(buffer.data(), &crlfOnly);
    QVERIFY(crlfOnly);
    QCOMPARE(rows.size(), 4);
    QCOMPARE(rows.at(0), CsvExporter::columns());
    for (const QStringList &row : rows)
        QCOMPARE(row.size(), 22);
    auto column = [&](int row, const char *name) {
        return rows.at(row).at(CsvExporter::columns().indexOf(QLatin1String(name)));
    };
    for (int r = 1; r < rows.size(); ++r) {
        const bool hers = column(r, "annotation_id").toLongLong() == *deadlineId;
        // Hers by the name she set; the others by the login name.
        QCOMPARE(column(r, "created_by"),
                 hers ? QStringLiteral("Aiko Tanaka, desk 2") : m_store.connection()->author());
    }
    // Rows come in text order: note (0), deadline (42), amount.
    // A file by its name, a library on a server by its database.
    QCOMPARE(column(1, "library"),
             Gleaner::Test::onServer()
                 ? m_library.section(QLatin1Char('?'), 0, 0).section(QLatin1Char('/'), -1)
                 : QStringLiteral("export.gleaner"));
    QCOMPARE(column(1, "article_id"), QString::number(m_articleId));
    QCOMPARE(column(1, "article_title"), QStringLiteral("Title with, comma and \"quotes\""));
    QCOMPARE(column(1, "article_url"), QStringLiteral("https://example.org/a?x=1,2"));
    QCOMPARE(column(1, "published"), QStringLiteral("2026-04-02"));
    QCOMPARE(column(1, "annotation_id"), QString::number(*noteId));
    QCOMPARE(column(1, "kind"), QStringLiteral("note"));
    QCOMPARE(column(1, "quote"), QStringLiteral("'=cmd|' /C calc'!A0 i")); // neutralized
    QCOMPARE(column(1, "note"), QStringLiteral("'=HYPERLINK(\"http://evil\")\nsecond line, with comma"));
    QCOMPARE(column(1, "start"), QStringLiteral("0"));
    QCOMPARE(column(1, "end"), QStringLiteral("20"));
    QCOMPARE(column(1, "origin"), QStringLiteral("user"));
    QCOMPARE(column(1, "amount"), QString());
    QCOMPARE(column(2, "kind"), QStringLiteral("deadline"));
    QCOMPARE(column(2, "due"), QStringLiteral("2028-09-30"));
    QCOMPARE(column(2, "precision"), QStringLiteral("quarter"));
    QCOMPARE(column(3, "kind"), QStringLiteral("amount"));
    QCOMPARE(column(3, "quote"), QStringLiteral("1兆円"));
    QCOMPARE(column(3, "pillar"), QStringLiteral("Talent, \"Skills\""));
    QCOMPARE(column(3, "amount"), QStringLiteral("1000000000000"));
    QCOMPARE(column(3, "currency"), QStringLiteral("JPY"));
    QCOMPARE(column(3, "unit"), QString());
    QCOMPARE(column(3, "qualifier"), QStringLiteral("up to"));
    const auto saved = m_store.annotation(*amountId);
    QCOMPARE(column(3, "created_at"), LibraryStore::timestamp(saved->createdAt));
    QCOMPARE(column(3, "updated_at"), LibraryStore::timestamp(saved->updatedAt));
}

void TestCsvExporter::oneArticleOnly()
{
    Annotation a;
    a.articleId = m_otherArticleId;
    a.kind = AnnotationKind::Note;
    a.start = 0;
    a.end = 7;
    QVERIFY(m_store.addAnnotation(a));
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    CsvExporter exporter;
    CsvExporter::Options options;
    options.articleId = m_otherArticleId;
    QVERIFY(exporter.write(m_store, &buffer, options));
    QCOMPARE(exporter.rowsWritten(), 1);
    bool crlf = false;
    const auto rows = parseCsv(buffer.data(), &crlf);
    QCOMPARE(rows.size(), 2);
    QCOMPARE(rows.at(1).at(1), QString::number(m_otherArticleId));
}

void TestCsvExporter::bomForExcel()
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    CsvExporter exporter;
    CsvExporter::Options options;
    options.bom = true;
    QVERIFY(exporter.write(m_store, &buffer, options));
    QVERIFY(buffer.data().startsWith("\xEF\xBB\xBFlibrary,"));
}

void TestCsvExporter::writeFileIsAtomic()
{
    const QString path = m_dir.filePath(QStringLiteral("out.csv"));
    CsvExporter exporter;
    QVERIFY(exporter.writeFile(m_store, path, {}));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.readAll().startsWith("library,article_id,"));
    // A folder that does not exist gives a clear error and no file.
    QVERIFY(!exporter.writeFile(m_store, m_dir.filePath(QStringLiteral("no/such/dir/x.csv")), {}));
    QVERIFY(exporter.error().contains(QStringLiteral("Choose a folder")));
}

void TestCsvExporter::progressCanCancel()
{
    for (int i = 0; i < 1200; ++i) {
        Annotation a;
        a.articleId = m_otherArticleId;
        a.kind = AnnotationKind::Note;
        a.start = i % 20;
        a.end = a.start + 3;
        QVERIFY(m_store.addAnnotation(a));
    }
    const QString path = m_dir.filePath(QStringLiteral("cancelled.csv"));
    CsvExporter exporter;
    int calls = 0;
    QVERIFY(!exporter.writeFile(m_store, path, {}, [&](qint64) { return ++calls < 2; }));
    QVERIFY(exporter.cancelled());
    QVERIFY(!QFile::exists(path)); // nothing half-written is left
    calls = 0;
    QVERIFY(exporter.writeFile(m_store, path, {}, [&](qint64) {
        ++calls;
        return true;
    }));
    QVERIFY(calls >= 2);
    QVERIFY(exporter.rowsWritten() > 1200);
}

QTEST_GUILESS_MAIN(TestCsvExporter)
#include "tst_csvexporter.moc"
