// The command line on a library on a PostgreSQL server, as a desk's scripts use
// it: the same commands as on a file, the CSV naming the database, and
// `gleaner copy` between a file and a server in both directions.
#include "clirunner.h"
#include "csvreader.h"
#include "testengine.h"
#include "testfiles.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using Gleaner::Test::Run;
using Gleaner::Test::runGleaner;

class TestCliServer : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

    Run gleaner(const QStringList &arguments) { return runGleaner(m_dir.path(), arguments); }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        if (!Gleaner::Test::onServer())
            QSKIP("runs only against a PostgreSQL cluster");
        GLEANER_REQUIRE_ENGINE();
    }
    void commandsWorkOnAServerLibrary();
    void copyGoesBothWaysAndNeverOverwrites();
};

void TestCliServer::commandsWorkOnAServerLibrary()
{
    const QString lib = Gleaner::Test::newServerDatabase();
    Run run = gleaner(
        {QStringLiteral("import"), QStringLiteral("--library"), lib, Gleaner::Test::sampleArticlePath()});
    QVERIFY2(run.code == 0, run.err.constData());
    run = gleaner({QStringLiteral("suggest"), QStringLiteral("--library"), lib, QStringLiteral("--article"),
                   QStringLiteral("1"), QStringLiteral("--accept"), QStringLiteral("0")});
    QVERIFY2(run.code == 0, run.err.constData());
    run = gleaner({QStringLiteral("annotate"), QStringLiteral("--library"), lib, QStringLiteral("--article"),
                   QStringLiteral("1"), QStringLiteral("--kind"), QStringLiteral("pillar"),
                   QStringLiteral("--start"), QStringLiteral("0"), QStringLiteral("--end"),
                   QStringLiteral("9"), QStringLiteral("--pillar"), QStringLiteral("AI Infrastructure")});
    QVERIFY2(run.code == 0, run.err.constData());
    run = gleaner({QStringLiteral("export"), QStringLiteral("--library"), lib, QStringLiteral("--csv"),
                   QStringLiteral("-")});
    QVERIFY2(run.code == 0, run.err.constData());
    const QVector<QStringList> rows = Gleaner::Test::parseCsv(run.out);
    QCOMPARE(rows.size(), 3); // the header and two annotations
    const QString database = lib.section(QLatin1Char('/'), 3).section(QLatin1Char('?'), 0, 0);
    QCOMPARE(rows.at(1).at(0), database);
    QVERIFY(rows.at(1).contains(QStringLiteral("AI Infrastructure")) ||
            rows.at(2).contains(QStringLiteral("AI Infrastructure")));
    run = gleaner({QStringLiteral("check"), QStringLiteral("--library"), lib});
    QVERIFY2(run.code == 0, run.err.constData());
    QVERIFY(run.outText().contains(QStringLiteral("annotations: 2")));
    // A bad address says what to write instead.
    run = gleaner(
        {QStringLiteral("list"), QStringLiteral("--library"), QStringLiteral("postgresql://u:pw@host/db")});
    QCOMPARE(run.code, 1);
    QVERIFY2(run.errText().contains(QStringLiteral("~/.pgpass")), run.err.constData());
}

void TestCliServer::copyGoesBothWaysAndNeverOverwrites()
{
    const QString file = m_dir.filePath(QStringLiteral("mine.gleaner"));
    Run run = gleaner(
        {QStringLiteral("import"), QStringLiteral("--library"), file, Gleaner::Test::sampleArticlePath()});
    QVERIFY2(run.code == 0, run.err.constData());
    run = gleaner({QStringLiteral("suggest"), QStringLiteral("--library"), file, QStringLiteral("--article"),
                   QStringLiteral("1"), QStringLiteral("--accept"), QStringLiteral("0"),
                   QStringLiteral("--accept"), QStringLiteral("1")});
    QVERIFY2(run.code == 0, run.err.constData());
    const QString server = Gleaner::Test::newServerDatabase();
    run = gleaner({QStringLiteral("copy"), QStringLiteral("--from"), file, QStringLiteral("--to"), server});
    QVERIFY2(run.code == 0, run.err.constData());
    QVERIFY2(run.outText().contains(QStringLiteral("1 articles and 2 annotations")), run.out.constData());
    QVERIFY2(run.errText().contains(QStringLiteral("copied")), run.err.constData()); // progress
    // Into a library that has content: refused, and the library is as it was.
    run = gleaner({QStringLiteral("copy"), QStringLiteral("--from"), file, QStringLiteral("--to"), server});
    QCOMPARE(run.code, 1);
    QVERIFY2(run.errText().contains(QStringLiteral("never over")), run.err.constData());
    const QString back = m_dir.filePath(QStringLiteral("back.gleaner"));
    run = gleaner({QStringLiteral("copy"), QStringLiteral("--from"), server, QStringLiteral("--to"), back});
    QVERIFY2(run.code == 0, run.err.constData());
    // The same annotations, with the same ids and times, as the first file.
    const Run a = gleaner({QStringLiteral("export"), QStringLiteral("--library"), file,
                           QStringLiteral("--csv"), QStringLiteral("-")});
    const Run b = gleaner({QStringLiteral("export"), QStringLiteral("--library"), back,
                           QStringLiteral("--csv"), QStringLiteral("-")});
    QVector<QStringList> rowsA = Gleaner::Test::parseCsv(a.out);
    QVector<QStringList> rowsB = Gleaner::Test::parseCsv(b.out);
    QCOMPARE(rowsA.size(), 3);
    for (QStringList &row : rowsA)
        row.removeFirst(); // the library's name
    for (QStringList &row : rowsB)
        row.removeFirst();
    QCOMPARE(rowsB, rowsA);
    // An existing file is never written over.
    run = gleaner({QStringLiteral("copy"), QStringLiteral("--from"), server, QStringLiteral("--to"), back});
    QCOMPARE(run.code, 1);
    QVERIFY2(run.errText().contains(QStringLiteral("already exists")), run.err.constData());
}

QTEST_GUILESS_MAIN(TestCliServer)
#include "tst_cliserver.moc"
