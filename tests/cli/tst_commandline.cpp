#include "testfiles.h"
// The command line, run as a user runs it: the real gleaner binary in a child process.
#include "clirunner.h"
#include "testhttpserver.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Gleaner;
using Gleaner::Test::Run;

namespace {} // namespace

class TestCommandLine : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_library;

    // Runs gleaner with `args` in the test's folder.
    Run gleaner(const QStringList &args, const QByteArray &input = {}, int timeoutMs = 30000)
    {
        return Gleaner::Test::runGleaner(m_dir.path(), args, input, timeoutMs);
    }
    QString fixture(const QString &name) const { return QStringLiteral(GLEANER_FIXTURES "/cli/") + name; }
    QString sample() const { return Gleaner::Test::sampleArticlePath(); }
    qint64 importSample();

private Q_SLOTS:
    void initTestCase();
    void versionAndHelp();
    void commandHelp_data();
    void commandHelp();
    void badUsageExitsTwo_data();
    void badUsageExitsTwo();
    void importCreatesLibrary();
    void importDuplicateAndNewVersion();
    void importFromStandardInput();
    void importHtmlWithOverrides();
    void importMissingFileFails();
    void importFromUrl();
    void importUrlErrors();
    void annotateAndShow();
    void annotateRejectsBadValues_data();
    void annotateRejectsBadValues();
    void listJson();
    void exportCsv();
    void checkReportsAndFails();
    void badLibrariesExitOneUntouched();
    void cleanFormats();
    void cleanOutDir();
    void suggestLinesAndBatch();
    void everyCommandIsDocumented();
};

void TestCommandLine::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    m_library = m_dir.filePath(QStringLiteral("cli.gleaner"));
}

qint64 TestCommandLine::importSample()
{
    const QString lib =
        m_dir.filePath(QStringLiteral("sample-%1.gleaner").arg(QRandomGenerator::global()->generate()));
    const Run run = gleaner({QStringLiteral("import"), QStringLiteral("--library"), lib,
                             QStringLiteral("--published"), QStringLiteral("2026-11-20"), sample()});
    m_library = lib;
    return run.code == 0 ? run.outText().section(QLatin1Char('\t'), 0, 0).toLongLong() : 0;
}

void TestCommandLine::versionAndHelp()
{
    Run run = gleaner({QStringLiteral("--version")});
    QCOMPARE(run.code, 0);
    QVERIFY(run.outText().startsWith(QStringLiteral("gleaner " GLEANER_VERSION)));
    run = gleaner({QStringLiteral("--help")});
    QCOMPARE(run.code, 0);
    for (const char *command : {"import", "annotate", "list", "show", "export", "check", "clean", "suggest"})
        QVERIFY2(run.outText().contains(QLatin1String(command)), command);
}

void TestCommandLine::commandHelp_data()
{
    QTest::addColumn<QString>("command");
    QTest::addColumn<QString>("option");
    QTest::newRow("import") << "import"
                            << "--new-version";
    QTest::newRow("annotate") << "annotate"
                              << "--precision";
    QTest::newRow("list") << "list"
                          << "--json";
    QTest::newRow("show") << "show"
                          << "--article";
    QTest::newRow("export") << "export"
                            << "--bom";
    QTest::newRow("check") << "check"
                           << "--library";
    QTest::newRow("clean") << "clean"
                           << "--out-dir";
    QTest::newRow("suggest") << "suggest"
                             << "--batch";
}

void TestCommandLine::commandHelp()
{
    QFETCH(QString, command);
    QFETCH(QString, option);
    const Run run = gleaner({command, QStringLiteral("--help")});
    QCOMPARE(run.code, 0);
    QVERIFY(run.outText().startsWith(QStringLiteral("Usage: gleaner ") + command));
    QVERIFY(run.outText().contains(option));
}

void TestCommandLine::badUsageExitsTwo_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::newRow("unknown command") << QStringList{"frobnicate"};
    QTest::newRow("unknown option") << QStringList{"list", "--library", "x.gleaner", "--colour"};
    QTest::newRow("import without library") << QStringList{"import", "a.txt"};
    QTest::newRow("import without source") << QStringList{"import", "--library", "x.gleaner"};
    QTest::newRow("import bad date") << QStringList{"import",      "--library", "x.gleaner",
                                                    "--published", "May 3",     "a.txt"};
    QTest::newRow("annotate missing kind")
        << QStringList{"annotate", "--library", "x.gleaner", "--article", "1", "--start", "0", "--end", "3"};
    QTest::newRow("annotate bad kind")
        << QStringList{"annotate", "--library", "x.gleaner", "--article", "1", "--kind",
                       "colour",   "--start",   "0",         "--end",     "3"};
    QTest::newRow("annotate currency and unit") << QStringList{
        "annotate", "--library", "x.gleaner", "--article",  "1",   "--kind", "amount", "--start",
        "0",        "--end",     "3",         "--currency", "USD", "--unit", "gpu"};
    QTest::newRow("show without article") << QStringList{"show", "--library", "x.gleaner"};
    QTest::newRow("export without csv") << QStringList{"export", "--library", "x.gleaner"};
    QTest::newRow("clean bad format") << QStringList{"clean", "--format", "pdf", "a.html"};
    QTest::newRow("suggest bad date") << QStringList{"suggest", "--published", "soon", "a.txt"};
}

void TestCommandLine::badUsageExitsTwo()
{
    QFETCH(QStringList, args);
    const Run run = gleaner(args);
    QCOMPARE(run.code, 2);
    QVERIFY(run.errText().startsWith(QStringLiteral("gleaner: ")));
    QVERIFY(run.out.isEmpty());
    QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("x.gleaner"))));
}

void TestCommandLine::importCreatesLibrary()
{
    const qint64 id = importSample();
    QVERIFY(id > 0);
    QVERIFY(QFile::exists(m_library));
    const Run show = gleaner({QStringLiteral("show"), QStringLiteral("--library"), m_library,
                              QStringLiteral("--article"), QString::number(id), QStringLiteral("--json")});
    QCOMPARE(show.code, 0);
    const QJsonObject o = QJsonDocument::fromJson(show.out).object();
    QCOMPARE(o.value(QStringLiteral("site")).toString(), QStringLiteral("Circuit Ledger"));
    QCOMPARE(o.value(QStringLiteral("published")).toString(), QStringLiteral("2026-11-20"));
    const QString text = o.value(QStringLiteral("text")).toString();
    QVERIFY(text.startsWith(QStringLiteral("Northwind Cloud will spend $6.5 billion")));
    QVERIFY(text.contains(QStringLiteral("Building Out AI Infrastructure")));
    QVERIFY(!text.contains(QStringLiteral("SlideSmith"))); // the promotion block is gone
    QVERIFY(!text.contains(QStringLiteral("Featured")));
}

void TestCommandLine::importDuplicateAndNewVersion()
{
    const qint64 first = importSample();
    Run again = gleaner({QStringLiteral("import"), QStringLiteral("--library"), m_library, sample()});
    QCOMPARE(again.code, 0);
    QVERIFY(again.out.isEmpty());
    QVERIFY(again.errText().contains(QStringLiteral("already in the library as article %1").arg(first)));
    Run version = gleaner({QStringLiteral("import"), QStringLiteral("--library"), m_library,
                           QStringLiteral("--new-version"), sample()});
    QCOMPARE(version.code, 0);
    QVERIFY(version.outText().section(QLatin1Char('\t'), 0, 0).toLongLong() > first);
    const Run list = gleaner({QStringLiteral("list"), QStringLiteral("--library"), m_library});
    QCOMPARE(list.outText().count(QLatin1Char('\n')), 2);
}

void TestCommandLine::importFromStandardInput()
{
    const QString lib = m_dir.filePath(QStringLiteral("stdin.gleaner"));
    const Run run =
        gleaner({QStringLiteral("import"), QStringLiteral("--library"), lib, QStringLiteral("--title"),
                 QStringLiteral("Pasted note"), QStringLiteral("-")},
                "Quantum Forge will hire 300 engineers in Osaka by 2027.\n\nThe plan was announced today.\n");
    QCOMPARE(run.code, 0);
    QVERIFY(run.outText().endsWith(QStringLiteral("\tPasted note\n")));
}

void TestCommandLine::importHtmlWithOverrides()
{
    const QString lib = m_dir.filePath(QStringLiteral("html.gleaner"));
    const Run run = gleaner(
        {QStringLiteral("import"), QStringLiteral("--library"), lib, fixture(QStringLiteral("harbor.html"))});
    QCOMPARE(run.code, 0);
    QVERIFY(run.outText().contains(QStringLiteral("Harbor Grid to Spend $3 Billion on Kenyan Data Centers")));
    const Run show = gleaner({QStringLiteral("show"), QStringLiteral("--library"), lib,
                              QStringLiteral("--article"), QStringLiteral("1"), QStringLiteral("--json")});
    const QJsonObject o = QJsonDocument::fromJson(show.out).object();
    QCOMPARE(o.value(QStringLiteral("published")).toString(), QStringLiteral("2026-05-14"));
    QCOMPARE(o.value(QStringLiteral("url")).toString(),
             QStringLiteral("https://testwire.example/harbor-grid-kenya"));
    QVERIFY(!o.value(QStringLiteral("text")).toString().contains(QStringLiteral("Other story one")));
    // --title and --published win over what the page says.
    const QString lib2 = m_dir.filePath(QStringLiteral("html2.gleaner"));
    const Run over =
        gleaner({QStringLiteral("import"), QStringLiteral("--library"), lib2, QStringLiteral("--title"),
                 QStringLiteral("My title"), QStringLiteral("--published"), QStringLiteral("2025-01-02"),
                 fixture(QStringLiteral("harbor-copy.html.gz"))});
    QCOMPARE(over.code, 0);
    const QJsonObject o2 =
        QJsonDocument::fromJson(
            gleaner({QStringLiteral("show"), QStringLiteral("--library"), lib2, QStringLiteral("--article"),
                     QStringLiteral("1"), QStringLiteral("--json")})
                .out)
            .object();
    QCOMPARE(o2.value(QStringLiteral("title")).toString(), QStringLiteral("My title"));
    QCOMPARE(o2.value(QStringLiteral("published")).toString(), QStringLiteral("2025-01-02"));
}

void TestCommandLine::importMissingFileFails()
{
    const QString lib = m_dir.filePath(QStringLiteral("missing.gleaner"));
    const Run run = gleaner({QStringLiteral("import"), QStringLiteral("--library"), lib,
                             m_dir.filePath(QStringLiteral("nope.txt"))});
    QCOMPARE(run.code, 1);
    QVERIFY(run.errText().startsWith(QStringLiteral("gleaner: ")));
    QVERIFY(run.errText().contains(QStringLiteral("no such file")));
}

void TestCommandLine::importFromUrl()
{
    TestHttpServer server;
    QVERIFY(server.start());
    QFile page(fixture(QStringLiteral("harbor.html")));
    QVERIFY(page.open(QIODevice::ReadOnly));
    TestHttpResponse ok;
    ok.header("Content-Type", "text/html; charset=utf-8");
    ok.body = page.readAll();
    server.route(QStringLiteral("/story"), ok);
    TestHttpResponse redirect;
    redirect.status = 301;
    redirect.header("Location", "/story");
    server.route(QStringLiteral("/old"), redirect);
    const QString lib = m_dir.filePath(QStringLiteral("url.gleaner"));
    const Run run = gleaner({QStringLiteral("import"), QStringLiteral("--library"), lib,
                             server.url(QStringLiteral("/old")).toString()});
    QCOMPARE(run.code, 0);
    QVERIFY(run.outText().contains(QStringLiteral("Harbor Grid")));
}

void TestCommandLine::importUrlErrors()
{
    TestHttpServer server;
    QVERIFY(server.start());
    TestHttpResponse missing;
    missing.status = 404;
    server.route(QStringLiteral("/gone"), missing);
    TestHttpResponse slow;
    slow.header("Content-Type", "text/html");
    slow.body = "<p>late</p>";
    slow.delayMs = 5000;
    server.route(QStringLiteral("/slow"), slow);
    TestHttpResponse big;
    big.header("Content-Type", "text/html");
    big.body = QByteArray(200000, 'x');
    server.route(QStringLiteral("/big"), big);
    const QString lib = m_dir.filePath(QStringLiteral("urlerr.gleaner"));
    Run run = gleaner({QStringLiteral("import"), QStringLiteral("--library"), lib,
                       server.url(QStringLiteral("/gone")).toString()});
    QCOMPARE(run.code, 1);
    QVERIFY(run.errText().contains(QStringLiteral("404")));
    run = gleaner({QStringLiteral("import"), QStringLiteral("--library"), lib, QStringLiteral("--timeout"),
                   QStringLiteral("0.5"), server.url(QStringLiteral("/slow")).toString()});
    QCOMPARE(run.code, 1);
    QVERIFY(run.errText().contains(QStringLiteral("time"), Qt::CaseInsensitive));
    run = gleaner({QStringLiteral("import"), QStringLiteral("--library"), lib, QStringLiteral("--max-size"),
                   QStringLiteral("1000"), server.url(QStringLiteral("/big")).toString()});
    QCOMPARE(run.code, 1);
    QVERIFY(run.errText().startsWith(QStringLiteral("gleaner: ")));
}

void TestCommandLine::annotateAndShow()
{
    const qint64 id = importSample();
    const QString text = QJsonDocument::fromJson(gleaner({QStringLiteral("show"), QStringLiteral("--library"),
                                                          m_library, QStringLiteral("--article"),
                                                          QString::number(id), QStringLiteral("--json")})
                                                     .out)
                             .object()
                             .value(QStringLiteral("text"))
                             .toString();
    const int start = text.indexOf(QStringLiteral("$6.5 billion"));
    QVERIFY(start >= 0);
    Run run = gleaner({QStringLiteral("annotate"), QStringLiteral("--library"), m_library,
                       QStringLiteral("--article"), QString::number(id), QStringLiteral("--kind"),
                       QStringLiteral("amount"), QStringLiteral("--start"), QString::number(start),
                       QStringLiteral("--end"), QString::number(start + 12), QStringLiteral("--amount"),
                       QStringLiteral("6500000000"), QStringLiteral("--currency"), QStringLiteral("USD"),
                       QStringLiteral("--pillar"), QStringLiteral("AI Infrastructure"),
                       QStringLiteral("--note"), QStringLiteral("headline figure")});
    QCOMPARE(run.code, 0);
    const qint64 annotationId = run.outText().trimmed().toLongLong();
    QVERIFY(annotationId > 0);
    const int by = text.indexOf(QStringLiteral("by the end of 2027"));
    run = gleaner({QStringLiteral("annotate"), QStringLiteral("--library"), m_library,
                   QStringLiteral("--article"), QString::number(id), QStringLiteral("--kind"),
                   QStringLiteral("deadline"), QStringLiteral("--start"), QString::number(by),
                   QStringLiteral("--end"), QString::number(by + 18), QStringLiteral("--due"),
                   QStringLiteral("2027-12-31"), QStringLiteral("--precision"), QStringLiteral("year")});
    QCOMPARE(run.code, 0);
    const QJsonObject o =
        QJsonDocument::fromJson(
            gleaner({QStringLiteral("show"), QStringLiteral("--library"), m_library,
                     QStringLiteral("--article"), QString::number(id), QStringLiteral("--json")})
                .out)
            .object();
    for (const char *key :
         {"id", "title", "byline", "url", "site", "published", "description", "text", "annotations"})
        QVERIFY2(o.contains(QLatin1String(key)), key);
    const QJsonArray annotations = o.value(QStringLiteral("annotations")).toArray();
    QCOMPARE(annotations.size(), 2);
    const QJsonObject amount = annotations.at(0).toObject();
    for (const char *key : {"id", "kind", "start", "end", "quote", "pillar", "amount", "currency", "unit",
                            "qualifier", "due", "precision", "note", "origin"})
        QVERIFY2(amount.contains(QLatin1String(key)), key);
    QCOMPARE(amount.value(QStringLiteral("id")).toInteger(), annotationId);
    QCOMPARE(amount.value(QStringLiteral("quote")).toString(), QStringLiteral("$6.5 billion"));
    QCOMPARE(amount.value(QStringLiteral("amount")).toString(), QStringLiteral("6500000000"));
    QCOMPARE(amount.value(QStringLiteral("currency")).toString(), QStringLiteral("USD"));
    QVERIFY(amount.value(QStringLiteral("unit")).isNull());
    QCOMPARE(amount.value(QStringLiteral("pillar")).toString(), QStringLiteral("AI Infrastructure"));
    QCOMPARE(amount.value(QStringLiteral("origin")).toString(), QStringLiteral("user"));
    const QJsonObject deadline = annotations.at(1).toObject();
    QCOMPARE(deadline.value(QStringLiteral("due")).toString(), QStringLiteral("2027-12-31"));
    QCOMPARE(deadline.value(QStringLiteral("precision")).toString(), QStringLiteral("year"));
    // Plain text form lists the annotation too.
    run = gleaner({QStringLiteral("show"), QStringLiteral("--library"), m_library,
                   QStringLiteral("--article"), QString::number(id)});
    QVERIFY(run.outText().contains(QStringLiteral("“$6.5 billion”")));
}

void TestCommandLine::annotateRejectsBadValues_data()
{
    QTest::addColumn<QStringList>("extra");
    QTest::addColumn<QString>("message");
    QTest::newRow("offsets past the end")
        << QStringList{"--kind", "note", "--start", "0", "--end", "999999"} << "not inside the article";
    QTest::newRow("start after end") << QStringList{"--kind", "note", "--start", "9", "--end", "3"}
                                     << "not inside the article";
    QTest::newRow("amount not decimal") << QStringList{"--kind", "amount",   "--start", "0",          "--end",
                                                       "4",      "--amount", "6.5bn",   "--currency", "USD"}
                                        << "not a decimal";
    QTest::newRow("unknown currency")
        << QStringList{"--kind", "amount", "--start", "0", "--end", "4", "--amount", "5", "--currency", "XYZ"}
        << "ISO 4217";
    QTest::newRow("invalid date") << QStringList{"--kind", "deadline", "--start", "0",
                                                 "--end",  "4",        "--due",   "2027-02-30"}
                                  << "YYYY-MM-DD";
    QTest::newRow("no such article") << QStringList{"--kind", "note", "--start",   "0",
                                                    "--end",  "4",    "--article", "999"}
                                     << "no article 999";
}

void TestCommandLine::annotateRejectsBadValues()
{
    QFETCH(QStringList, extra);
    QFETCH(QString, message);
    const QString lib = m_dir.filePath(QStringLiteral("reject.gleaner"));
    if (!QFile::exists(lib))
        QCOMPARE(gleaner({QStringLiteral("import"), QStringLiteral("--library"), lib, sample()}).code, 0);
    QStringList args{QStringLiteral("annotate"), QStringLiteral("--library"), lib};
    if (!extra.contains(QStringLiteral("--article")))
        args << QStringLiteral("--article") << QStringLiteral("1");
    args << extra;
    const QByteArray before = Gleaner::Test::fileHash(lib);
    const Run run = gleaner(args);
    QCOMPARE(run.code, 1);
    QVERIFY2(run.errText().contains(message), qPrintable(run.errText()));
    QVERIFY(run.out.isEmpty());
    const Run show = gleaner({QStringLiteral("show"), QStringLiteral("--library"), lib,
                              QStringLiteral("--article"), QStringLiteral("1"), QStringLiteral("--json")});
    QCOMPARE(QJsonDocument::fromJson(show.out).object().value(QStringLiteral("annotations")).toArray().size(),
             0);
    Q_UNUSED(before);
}

void TestCommandLine::listJson()
{
    importSample();
    const Run run =
        gleaner({QStringLiteral("list"), QStringLiteral("--library"), m_library, QStringLiteral("--json")});
    QCOMPARE(run.code, 0);
    const QList<QByteArray> lines = run.out.trimmed().split('\n');
    QCOMPARE(lines.size(), 1);
    const QJsonObject o = QJsonDocument::fromJson(lines.first()).object();
    QCOMPARE(o.value(QStringLiteral("annotations")).toInt(), 0);
    QVERIFY(o.value(QStringLiteral("title")).toString().contains(QStringLiteral("Northwind")));
}

void TestCommandLine::exportCsv()
{
    const qint64 id = importSample();
    QCOMPARE(gleaner({QStringLiteral("annotate"), QStringLiteral("--library"), m_library,
                      QStringLiteral("--article"), QString::number(id), QStringLiteral("--kind"),
                      QStringLiteral("note"), QStringLiteral("--start"), QStringLiteral("0"),
                      QStringLiteral("--end"), QStringLiteral("9"), QStringLiteral("--note"),
                      QStringLiteral("=1+1, said \"who\"")})
                 .code,
             0);
    Run run = gleaner({QStringLiteral("export"), QStringLiteral("--library"), m_library,
                       QStringLiteral("--csv"), QStringLiteral("-")});
    QCOMPARE(run.code, 0);
    QVERIFY(run.out.startsWith(
        "library,article_id,article_title,article_url,published,annotation_id,kind,quote,"));
    QVERIFY(run.out.contains("\r\n"));
    QVERIFY(run.out.contains("\"'=1+1, said \"\"who\"\"\""));
    const QString file = m_dir.filePath(QStringLiteral("out.csv"));
    run = gleaner({QStringLiteral("export"), QStringLiteral("--library"), m_library, QStringLiteral("--csv"),
                   file, QStringLiteral("--bom"), QStringLiteral("--article"), QString::number(id)});
    QCOMPARE(run.code, 0);
    QFile f(file);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QVERIFY(f.readAll().startsWith("\xEF\xBB\xBFlibrary,"));
    run = gleaner({QStringLiteral("export"), QStringLiteral("--library"), m_library, QStringLiteral("--csv"),
                   file, QStringLiteral("--article"), QStringLiteral("4242")});
    QCOMPARE(run.code, 1);
}

void TestCommandLine::checkReportsAndFails()
{
    importSample();
    Run run = gleaner({QStringLiteral("check"), QStringLiteral("--library"), m_library});
    QCOMPARE(run.code, 0);
    QVERIFY(run.outText().contains(QStringLiteral("integrity: ok")));
    // The schema version is the number of the last migration the sources hold.
    const QStringList migrations =
        QDir(QStringLiteral(GLEANER_SOURCE_DIR "/resources/sql/sqlite"))
            .entryList({QStringLiteral("[0-9][0-9][0-9]_*.sql")}, QDir::Files, QDir::Name);
    QVERIFY(!migrations.isEmpty());
    const int version = migrations.last().left(3).toInt();
    QVERIFY2(run.outText().contains(QStringLiteral("schema version: %1").arg(version)),
             qPrintable(run.outText()));
    QVERIFY(run.outText().contains(QStringLiteral("articles: 1")));
}

void TestCommandLine::badLibrariesExitOneUntouched()
{
    const QString text = m_dir.filePath(QStringLiteral("notes.gleaner"));
    QFile f(text);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("just some notes\n");
    f.close();
    for (const QString &command :
         {QStringLiteral("check"), QStringLiteral("list"), QStringLiteral("import")}) {
        const QByteArray before = Gleaner::Test::fileHash(text);
        QStringList args{command, QStringLiteral("--library"), text};
        if (command == QLatin1String("import"))
            args << sample();
        const Run run = gleaner(args);
        QCOMPARE(run.code, 1);
        QVERIFY(run.errText().startsWith(QStringLiteral("gleaner: ")));
        QVERIFY(run.errText().contains(QStringLiteral("not a Gleaner library")));
        QCOMPARE(Gleaner::Test::fileHash(text), before);
    }
    const Run missing = gleaner({QStringLiteral("list"), QStringLiteral("--library"),
                                 m_dir.filePath(QStringLiteral("absent.gleaner"))});
    QCOMPARE(missing.code, 1);
    QVERIFY(missing.errText().contains(QStringLiteral("does not exist")));
    QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("absent.gleaner"))));
}

void TestCommandLine::cleanFormats()
{
    Run run = gleaner({QStringLiteral("clean"), fixture(QStringLiteral("harbor.html"))});
    QCOMPARE(run.code, 0);
    QVERIFY(run.outText().startsWith(QStringLiteral("Harbor Grid said on Wednesday")));
    QVERIFY(!run.outText().contains(QStringLiteral("Copyright")));
    run = gleaner({QStringLiteral("clean"), QStringLiteral("--format"), QStringLiteral("json"),
                   fixture(QStringLiteral("harbor.html"))});
    QCOMPARE(run.code, 0);
    const QJsonObject o = QJsonDocument::fromJson(run.out).object();
    for (const char *key :
         {"title", "byline", "published", "site", "description", "language", "url", "text", "html"})
        QVERIFY2(o.contains(QLatin1String(key)), key);
    QCOMPARE(o.value(QStringLiteral("title")).toString(),
             QStringLiteral("Harbor Grid to Spend $3 Billion on Kenyan Data Centers"));
    QCOMPARE(o.value(QStringLiteral("published")).toString(), QStringLiteral("2026-05-14"));
    QCOMPARE(o.value(QStringLiteral("site")).toString(), QStringLiteral("Test Wire"));
    run = gleaner(
        {QStringLiteral("clean"), QStringLiteral("--format"), QStringLiteral("html"), QStringLiteral("-")},
        "<p>Hello <script>alert(1)</script><b onclick=\"x()\">world</b></p>");
    QCOMPARE(run.code, 0);
    QVERIFY(run.outText().contains(QStringLiteral("world")));
    QVERIFY(!run.outText().contains(QStringLiteral("script")));
    QVERIFY(!run.outText().contains(QStringLiteral("onclick")));
    run = gleaner({QStringLiteral("clean"), m_dir.filePath(QStringLiteral("none.html"))});
    QCOMPARE(run.code, 1);
}

void TestCommandLine::cleanOutDir()
{
    const QString out = m_dir.filePath(QStringLiteral("cleaned"));
    Run run =
        gleaner({QStringLiteral("clean"), QStringLiteral("--out-dir"), out,
                 fixture(QStringLiteral("harbor.html")), fixture(QStringLiteral("harbor-copy.html.gz"))});
    QCOMPARE(run.code, 0);
    QFile a(out + QStringLiteral("/harbor.txt"));
    QFile b(out + QStringLiteral("/harbor-copy.txt"));
    QVERIFY(a.open(QIODevice::ReadOnly));
    QVERIFY(b.open(QIODevice::ReadOnly));
    QCOMPARE(a.readAll(), b.readAll()); // the .gz copy cleans to the same text
    run = gleaner({QStringLiteral("clean"), QStringLiteral("--out-dir"), out, QStringLiteral("--format"),
                   QStringLiteral("json"), fixture(QStringLiteral("harbor.html"))});
    QCOMPARE(run.code, 0);
    QVERIFY(QFile::exists(out + QStringLiteral("/harbor.json")));
}

void TestCommandLine::suggestLinesAndBatch()
{
    Run run = gleaner({QStringLiteral("suggest"), QStringLiteral("--published"), QStringLiteral("2026-01-15"),
                       QStringLiteral("-")},
                      "Orbit Labs will invest $2 billion in Chile by 2029.");
    QCOMPARE(run.code, 0);
    const QList<QByteArray> lines = run.out.trimmed().split('\n');
    QVERIFY(lines.size() >= 2);
    bool amount = false;
    bool deadline = false;
    for (const QByteArray &line : lines) {
        const QJsonObject o = QJsonDocument::fromJson(line).object();
        if (o.value(QStringLiteral("kind")) == QStringLiteral("amount")) {
            amount = o.value(QStringLiteral("amount")) == QStringLiteral("2000000000") &&
                     o.value(QStringLiteral("currency")) == QStringLiteral("USD") &&
                     o.value(QStringLiteral("text")) == QStringLiteral("$2 billion");
        }
        if (o.value(QStringLiteral("kind")) == QStringLiteral("deadline"))
            deadline = o.value(QStringLiteral("due")) == QStringLiteral("2029-12-31") &&
                       o.value(QStringLiteral("precision")) == QStringLiteral("year");
    }
    QVERIFY(amount);
    QVERIFY(deadline);
    const QString batch = m_dir.filePath(QStringLiteral("in.jsonl"));
    QFile f(batch);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("{\"id\":\"a\",\"text\":\"Up to \\u20ac5 billion by Q3 2027.\",\"published\":\"2026-02-01\"}\n"
            "{\"id\":\"b\",\"text\":\"Nothing here.\",\"published\":\"2026-02-01\"}\n");
    f.close();
    run = gleaner({QStringLiteral("suggest"), QStringLiteral("--batch"), batch});
    QCOMPARE(run.code, 0);
    const QList<QByteArray> out = run.out.trimmed().split('\n');
    QCOMPARE(out.size(), 2);
    const QJsonObject first = QJsonDocument::fromJson(out.at(0)).object();
    QCOMPARE(first.value(QStringLiteral("id")).toString(), QStringLiteral("a"));
    QVERIFY(first.value(QStringLiteral("suggestions")).toArray().size() >= 2);
    QCOMPARE(
        QJsonDocument::fromJson(out.at(1)).object().value(QStringLiteral("suggestions")).toArray().size(), 0);
}

// A command a user finds in --help is also in the manual page and the README.
void TestCommandLine::everyCommandIsDocumented()
{
    const Run help = gleaner({QStringLiteral("--help")});
    QCOMPARE(help.code, 0);
    const QString commands =
        help.outText().section(QStringLiteral("Commands:"), 1).section(QStringLiteral("\n\n"), 0, 0);
    QStringList names;
    for (const QString &line : commands.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
        names << line.trimmed().section(QLatin1Char(' '), 0, 0);
    QVERIFY(names.size() >= 9);
    QFile man(QStringLiteral(GLEANER_SOURCE_DIR "/packaging/gleaner.1"));
    QFile readme(QStringLiteral(GLEANER_SOURCE_DIR "/README.md"));
    QVERIFY(man.open(QIODevice::ReadOnly) && readme.open(QIODevice::ReadOnly));
    const QString manText = QString::fromUtf8(man.readAll());
    const QString readmeText = QString::fromUtf8(readme.readAll());
    for (const QString &name : std::as_const(names)) {
        QVERIFY2(manText.contains(QStringLiteral(".SS ") + name + QLatin1Char('\n')), qPrintable(name));
        QVERIFY2(readmeText.contains(QStringLiteral("gleaner ") + name + QLatin1Char(' ')), qPrintable(name));
    }
}

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
