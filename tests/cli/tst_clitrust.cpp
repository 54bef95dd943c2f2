#include "testfiles.h"
// The command line where users break things: outputs that are the library, a
// read-only copy, a damaged file, a full disk, a closed pipe, odd offsets and
// numbers. Each case once made gleaner lose or hide data, or exit 0 on failure.
#include "clirunner.h"
#include "damage.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>
#include <unistd.h>

using namespace Gleaner;
using Gleaner::Test::Run;

namespace {

void writeFile(const QString &path, const QByteArray &data)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(data);
}
} // namespace

class TestCliTrust : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    int m_counter = 0;
    Run gleaner(const QStringList &args, const QByteArray &input = {})
    {
        return Gleaner::Test::runGleaner(m_dir.path(), args, input);
    }
    QString path(const QString &name) const { return m_dir.filePath(name); }
    // A new library holding the sample article; returns its path.
    QString libraryWithSample()
    {
        const QString lib = path(QStringLiteral("trust-%1.gleaner").arg(++m_counter));
        const Run run = gleaner(
            {QStringLiteral("import"), QStringLiteral("--library"), lib, Gleaner::Test::sampleArticlePath()});
        return run.code == 0 ? lib : QString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }
    void exportNeverReplacesALibrary();
    void cleanNeverReplacesItsInputs();
    void readOnlyCopyIsAllOrARefusal();
    void damagedLibraryFailsLoudly();
    void failedWritesExitOne_data();
    void failedWritesExitOne();
    void closedPipeExitsOne();
    void offsetsInsideACharacterAreRefused();
    void annotatePillarCreatesIt();
    void dueDateKeepsItsDay();
    void numbersAreChecked_data();
    void numbersAreChecked();
    void deleteAsksAndDeletes();
    void readCommandsLeaveNoCompanionFiles();
    void oddLibraryPaths_data();
    void oddLibraryPaths();
    void urlCredentialsAreDropped();
    void oddImportSources();
    void suggestionsAreTheWindows();
    void changesToAReadOnlyLibraryAreRefusedAtOnce();
};

void TestCliTrust::exportNeverReplacesALibrary()
{
    const QString lib = libraryWithSample();
    QVERIFY(!lib.isEmpty());
    QVERIFY(QFile::link(lib, path(QStringLiteral("alias.gleaner"))));
    const QByteArray before = Gleaner::Test::fileHash(lib);
    const QStringList outputs{lib, path(QStringLiteral("alias.gleaner")),
                              QString(lib + QStringLiteral("-wal")), QString(lib + QStringLiteral("-shm")),
                              QString(QStringLiteral("./") + QFileInfo(lib).fileName())};
    for (const QString &out : outputs) {
        const Run run = gleaner(
            {QStringLiteral("export"), QStringLiteral("--library"), lib, QStringLiteral("--csv"), out});
        QCOMPARE(run.code, 1);
        QVERIFY2(run.errText().contains(QStringLiteral("would destroy the library")),
                 qPrintable(run.errText()));
        QCOMPARE(Gleaner::Test::fileHash(lib), before);
    }
    QVERIFY(!QFile::exists(lib + QStringLiteral("-wal")));
    // Another library (or any SQLite database) is not overwritten either.
    const QString other = libraryWithSample();
    const QByteArray otherBefore = Gleaner::Test::fileHash(other);
    const Run run =
        gleaner({QStringLiteral("export"), QStringLiteral("--library"), lib, QStringLiteral("--csv"), other});
    QCOMPARE(run.code, 1);
    QVERIFY(run.errText().contains(QStringLiteral("SQLite database")));
    QCOMPARE(Gleaner::Test::fileHash(other), otherBefore);
    QCOMPARE(gleaner({QStringLiteral("check"), QStringLiteral("--library"), lib}).code, 0);
}

void TestCliTrust::cleanNeverReplacesItsInputs()
{
    const QString folder = path(QStringLiteral("notes"));
    QVERIFY(QDir().mkpath(folder));
    const QByteArray notes =
        "Harbor Cloud will invest $4 billion in Kenya by 2029, the company said on Monday.\n";
    writeFile(folder + QStringLiteral("/notes.txt"), notes);
    writeFile(folder + QStringLiteral("/notes.html"),
              "<html><body><p>A different page about a $2 billion plan, written as HTML.</p></body></html>");
    Run run = Gleaner::Test::runGleaner(folder, {QStringLiteral("clean"), QStringLiteral("--out-dir"),
                                                 QStringLiteral("."), QStringLiteral("notes.txt")});
    QCOMPARE(run.code, 1);
    QVERIFY2(run.errText().contains(QStringLiteral("input")), qPrintable(run.errText()));
    QFile kept(folder + QStringLiteral("/notes.txt"));
    QVERIFY(kept.open(QIODevice::ReadOnly));
    QCOMPARE(kept.readAll(), notes);
    // Two inputs with one name: each gets its own output.
    const QString out = path(QStringLiteral("cleaned"));
    run = gleaner({QStringLiteral("clean"), QStringLiteral("--out-dir"), out,
                   folder + QStringLiteral("/notes.txt"), folder + QStringLiteral("/notes.html")});
    QCOMPARE(run.code, 0);
    QStringList written = QDir(out).entryList(QDir::Files);
    written.sort();
    QCOMPARE(written, (QStringList{QStringLiteral("notes.html.txt"), QStringLiteral("notes.txt")}));
    QFile first(out + QStringLiteral("/notes.txt"));
    QVERIFY(first.open(QIODevice::ReadOnly));
    QVERIFY(first.readAll().contains("$4 billion"));
}

void TestCliTrust::readOnlyCopyIsAllOrARefusal()
{
    const QString lib = libraryWithSample();
    const QString text = QJsonDocument::fromJson(gleaner({QStringLiteral("show"), QStringLiteral("--library"),
                                                          lib, QStringLiteral("--article"),
                                                          QStringLiteral("1"), QStringLiteral("--json")})
                                                     .out)
                             .object()
                             .value(QStringLiteral("text"))
                             .toString();
    QVERIFY(!text.isEmpty());
    // Rows committed while another program keeps the library open are in its -wal;
    // a copy of the file with its -wal, in a folder that is then made read-only.
    const QString shelf = path(QStringLiteral("shelf"));
    QVERIFY(QDir().mkpath(shelf));
    const QString script =
        QStringLiteral("PRAGMA wal_autocheckpoint=0;"
                       "INSERT INTO annotations (article_id, kind, start_offset, end_offset, quote, origin, "
                       "created_at, updated_at) VALUES (1, 'note', 0, 5, '%1', 'user', 'x', 'x');"
                       ".shell cp %2 %2-wal %3")
            .arg(text.left(5), lib, shelf);
    QProcess sqlite;
    sqlite.start(QStringLiteral("sqlite3"), {lib});
    QVERIFY(sqlite.waitForStarted());
    sqlite.write(script.toUtf8().replace(';', ";\n") + "\n");
    sqlite.closeWriteChannel();
    QVERIFY(sqlite.waitForFinished(10000));
    const QString copy = shelf + QLatin1Char('/') + QFileInfo(lib).fileName();
    QVERIFY(QFileInfo(copy + QStringLiteral("-wal")).size() > 0);
    QVERIFY(!QFile::exists(copy + QStringLiteral("-shm")));
    ::chmod(QFile::encodeName(shelf).constData(), 0555);
    for (const QStringList &args :
         {QStringList{QStringLiteral("list")}, QStringList{QStringLiteral("check")},
          QStringList{QStringLiteral("show"), QStringLiteral("--article"), QStringLiteral("1")},
          QStringList{QStringLiteral("export"), QStringLiteral("--csv"), QStringLiteral("-")}}) {
        const Run run = gleaner(QStringList{args.first(), QStringLiteral("--library"), copy} + args.mid(1));
        // Either the present (one annotation) or a refusal that names the -wal: never the past.
        if (run.code == 0) {
            QVERIFY2(run.outText().contains(QStringLiteral("1 annotation")) ||
                         run.outText().contains(QStringLiteral("annotations: 1")) ||
                         run.outText().contains(QStringLiteral("Annotations: 1")) || run.out.count('\n') == 2,
                     qPrintable(run.outText()));
        } else {
            QCOMPARE(run.code, 1);
            QVERIFY2(run.errText().contains(QStringLiteral("-wal")), qPrintable(run.errText()));
        }
    }
    ::chmod(QFile::encodeName(shelf).constData(), 0755);
}

void TestCliTrust::damagedLibraryFailsLoudly()
{
    const QString lib = libraryWithSample();
    for (int i = 0; i < 300; ++i) {
        const Run run = gleaner(
            {QStringLiteral("annotate"), QStringLiteral("--library"), lib, QStringLiteral("--article"),
             QStringLiteral("1"), QStringLiteral("--kind"), QStringLiteral("note"), QStringLiteral("--start"),
             QString::number(i % 50), QStringLiteral("--end"), QString::number(i % 50 + 3),
             QStringLiteral("--note"), QStringLiteral("a long note number %1 ").arg(i).repeated(6)});
        QCOMPARE(run.code, 0);
        if (i == 20)
            break; // enough for two pages of the table when the notes are long
    }
    QVERIFY(Gleaner::Test::damageLeafPage(lib, "annotations", 0) > 0);
    Run run = gleaner({QStringLiteral("show"), QStringLiteral("--library"), lib, QStringLiteral("--article"),
                       QStringLiteral("1")});
    QCOMPARE(run.code, 1);
    QVERIFY(!run.outText().contains(QStringLiteral("Annotations: 0")));
    QVERIFY2(run.errText().contains(QStringLiteral("damaged")), qPrintable(run.errText()));
    run = gleaner({QStringLiteral("export"), QStringLiteral("--library"), lib, QStringLiteral("--csv"),
                   QStringLiteral("-")});
    QCOMPARE(run.code, 1);
    run = gleaner({QStringLiteral("check"), QStringLiteral("--library"), lib});
    QCOMPARE(run.code, 1);
}

void TestCliTrust::failedWritesExitOne_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::newRow("list") << QStringList{QStringLiteral("list")};
    QTest::newRow("list --json") << QStringList{QStringLiteral("list"), QStringLiteral("--json")};
    QTest::newRow("show") << QStringList{QStringLiteral("show"), QStringLiteral("--article"),
                                         QStringLiteral("1")};
    QTest::newRow("check") << QStringList{QStringLiteral("check")};
    QTest::newRow("export to -") << QStringList{QStringLiteral("export"), QStringLiteral("--csv"),
                                                QStringLiteral("-")};
    QTest::newRow("export to /dev/full")
        << QStringList{QStringLiteral("export"), QStringLiteral("--csv"), QStringLiteral("/dev/full")};
}

void TestCliTrust::failedWritesExitOne()
{
    QFETCH(QStringList, args);
    static const QString lib = libraryWithSample();
    QProcess process;
    process.setStandardOutputFile(QStringLiteral("/dev/full"));
    process.start(QStringLiteral(GLEANER_BINARY),
                  QStringList{args.first(), QStringLiteral("--library"), lib} + args.mid(1));
    QVERIFY(process.waitForFinished(30000));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 1);
    QVERIFY2(process.readAllStandardError().contains("No space left"), "says why");
}

void TestCliTrust::closedPipeExitsOne()
{
    const QString lib = libraryWithSample();
    for (const bool ignored : {true, false}) {
        int fds[2];
        QCOMPARE(::pipe(fds), 0);
        ::close(fds[0]); // nobody will read
        // With SIGPIPE ignored (as a shell may leave it), the write fails with EPIPE:
        // an error, not a success. With the default, the signal ends gleaner.
        QProcess process;
        process.setStandardOutputFile(QStringLiteral("/dev/fd/%1").arg(fds[1]));
        process.start(QStringLiteral("sh"), {QStringLiteral("-c"),
                                             QString(ignored ? QStringLiteral("trap '' PIPE; ") : QString()) +
                                                 QStringLiteral("exec \"$0\" list --library \"$1\""),
                                             QStringLiteral(GLEANER_BINARY), lib});
        QVERIFY(process.waitForFinished(30000));
        ::close(fds[1]);
        if (ignored) {
            QCOMPARE(process.exitStatus(), QProcess::NormalExit);
            QCOMPARE(process.exitCode(), 1);
            QVERIFY(process.readAllStandardError().contains("Broken pipe"));
        } else {
            QVERIFY(process.exitStatus() == QProcess::CrashExit || process.exitCode() != 0);
        }
    }
}

void TestCliTrust::offsetsInsideACharacterAreRefused()
{
    const QString lib = path(QStringLiteral("emoji.gleaner"));
    const QString file = path(QStringLiteral("emoji.txt"));
    writeFile(file,
              "Rocket Labs 🚀 will invest $3 billion in launch sites by 2030, the company said on Friday.\n");
    Run run = gleaner({QStringLiteral("import"), QStringLiteral("--library"), lib, file});
    QCOMPARE(run.code, 0);
    const QString text = QJsonDocument::fromJson(gleaner({QStringLiteral("show"), QStringLiteral("--library"),
                                                          lib, QStringLiteral("--article"),
                                                          QStringLiteral("1"), QStringLiteral("--json")})
                                                     .out)
                             .object()
                             .value(QStringLiteral("text"))
                             .toString();
    const int rocket = int(text.indexOf(QStringLiteral("🚀")));
    QVERIFY(rocket > 0);
    run = gleaner({QStringLiteral("annotate"), QStringLiteral("--library"), lib, QStringLiteral("--article"),
                   QStringLiteral("1"), QStringLiteral("--kind"), QStringLiteral("note"),
                   QStringLiteral("--start"), QString::number(rocket + 1), QStringLiteral("--end"),
                   QString::number(rocket + 5)});
    QCOMPARE(run.code, 1);
    QVERIFY(run.errText().contains(QStringLiteral("two UTF-16 units")));
    // The CSV stays valid UTF-8.
    run = gleaner({QStringLiteral("export"), QStringLiteral("--library"), lib, QStringLiteral("--csv"),
                   QStringLiteral("-")});
    QCOMPARE(run.code, 0);
    QVERIFY(QString::fromUtf8(run.out).toUtf8() == run.out);
}

void TestCliTrust::annotatePillarCreatesIt()
{
    const QString lib = libraryWithSample();
    const Run run =
        gleaner({QStringLiteral("annotate"), QStringLiteral("--library"), lib, QStringLiteral("--article"),
                 QStringLiteral("1"), QStringLiteral("--kind"), QStringLiteral("pillar"),
                 QStringLiteral("--start"), QStringLiteral("0"), QStringLiteral("--end"), QStringLiteral("9"),
                 QStringLiteral("--pillar"), QStringLiteral("AI Infrastructure")});
    QCOMPARE(run.code, 0);
    const QJsonArray annotations =
        QJsonDocument::fromJson(
            gleaner({QStringLiteral("show"), QStringLiteral("--library"), lib, QStringLiteral("--article"),
                     QStringLiteral("1"), QStringLiteral("--json")})
                .out)
            .object()
            .value(QStringLiteral("annotations"))
            .toArray();
    QCOMPARE(annotations.size(), 1);
    QCOMPARE(annotations.at(0).toObject().value(QStringLiteral("pillar")).toString(),
             QStringLiteral("AI Infrastructure"));
    // The same tag again is said to be there already, and not added.
    const Run again =
        gleaner({QStringLiteral("annotate"), QStringLiteral("--library"), lib, QStringLiteral("--article"),
                 QStringLiteral("1"), QStringLiteral("--kind"), QStringLiteral("pillar"),
                 QStringLiteral("--start"), QStringLiteral("0"), QStringLiteral("--end"), QStringLiteral("9"),
                 QStringLiteral("--pillar"), QStringLiteral("ai infrastructure")});
    QCOMPARE(again.code, 1);
    QVERIFY(again.errText().contains(QStringLiteral("already tagged")));
}

void TestCliTrust::dueDateKeepsItsDay()
{
    const QString lib = libraryWithSample();
    const Run run = gleaner(
        {QStringLiteral("annotate"), QStringLiteral("--library"), lib, QStringLiteral("--article"),
         QStringLiteral("1"), QStringLiteral("--kind"), QStringLiteral("deadline"), QStringLiteral("--start"),
         QStringLiteral("0"), QStringLiteral("--end"), QStringLiteral("9"), QStringLiteral("--due"),
         QStringLiteral("2029-06-15"), QStringLiteral("--precision"), QStringLiteral("year")});
    QCOMPARE(run.code, 0);
    QVERIFY(run.errText().contains(QStringLiteral("kept by day")));
    const QJsonObject a =
        QJsonDocument::fromJson(
            gleaner({QStringLiteral("show"), QStringLiteral("--library"), lib, QStringLiteral("--article"),
                     QStringLiteral("1"), QStringLiteral("--json")})
                .out)
            .object()
            .value(QStringLiteral("annotations"))
            .toArray()
            .at(0)
            .toObject();
    QCOMPARE(a.value(QStringLiteral("due")).toString(), QStringLiteral("2029-06-15"));
    QCOMPARE(a.value(QStringLiteral("precision")).toString(), QStringLiteral("day"));
}

void TestCliTrust::numbersAreChecked_data()
{
    QTest::addColumn<QStringList>("args");
    const QStringList import{QStringLiteral("import"), QStringLiteral("--library"),
                             QStringLiteral("n.gleaner")};
    const QString url = QStringLiteral("http://127.0.0.1:9/none");
    for (const char *t : {"nan", "inf", "-1", "0", "0.0004", "1e9", "soon"})
        QTest::newRow(qPrintable(QStringLiteral("--timeout %1").arg(QLatin1String(t))))
            << (import + QStringList{QStringLiteral("--timeout"), QLatin1String(t), url});
    for (const char *m : {"0", "-5", "12kb"})
        QTest::newRow(qPrintable(QStringLiteral("--max-size %1").arg(QLatin1String(m))))
            << (import + QStringList{QStringLiteral("--max-size"), QLatin1String(m), url});
    QTest::newRow("--article 0") << QStringList{QStringLiteral("delete"),    QStringLiteral("--library"),
                                                QStringLiteral("n.gleaner"), QStringLiteral("--article"),
                                                QStringLiteral("0"),         QStringLiteral("--yes")};
    QTest::newRow("--start -1") << QStringList{
        QStringLiteral("annotate"),  QStringLiteral("--library"), QStringLiteral("n.gleaner"),
        QStringLiteral("--article"), QStringLiteral("1"),         QStringLiteral("--kind"),
        QStringLiteral("note"),      QStringLiteral("--start"),   QStringLiteral("-1"),
        QStringLiteral("--end"),     QStringLiteral("4")};
}

void TestCliTrust::numbersAreChecked()
{
    QFETCH(QStringList, args);
    const Run run = gleaner(args);
    QCOMPARE(run.code, 2);
    QVERIFY2(run.errText().startsWith(QStringLiteral("gleaner: --")), qPrintable(run.errText()));
    QVERIFY(!QFile::exists(path(QStringLiteral("n.gleaner"))));
}

void TestCliTrust::deleteAsksAndDeletes()
{
    const QString lib = libraryWithSample();
    // Standard input is not a terminal here: without --yes nothing is deleted.
    Run run = gleaner({QStringLiteral("delete"), QStringLiteral("--library"), lib,
                       QStringLiteral("--article"), QStringLiteral("1")});
    QCOMPARE(run.code, 2);
    QVERIFY(run.errText().contains(QStringLiteral("--yes")));
    QCOMPARE(gleaner({QStringLiteral("list"), QStringLiteral("--library"), lib}).out.count('\n'), 1);
    run = gleaner({QStringLiteral("delete"), QStringLiteral("--library"), lib, QStringLiteral("--article"),
                   QStringLiteral("1"), QStringLiteral("--yes")});
    QCOMPARE(run.code, 0);
    QVERIFY(run.outText().contains(QStringLiteral("Deleted article 1")));
    QCOMPARE(gleaner({QStringLiteral("list"), QStringLiteral("--library"), lib}).out.count('\n'), 0);
    run = gleaner({QStringLiteral("delete"), QStringLiteral("--library"), lib, QStringLiteral("--article"),
                   QStringLiteral("1"), QStringLiteral("--yes")});
    QCOMPARE(run.code, 1);
    QVERIFY(run.errText().contains(QStringLiteral("no article 1")));
    QCOMPARE(gleaner({QStringLiteral("check"), QStringLiteral("--library"), lib}).code, 0);
}

void TestCliTrust::readCommandsLeaveNoCompanionFiles()
{
    const QString lib = libraryWithSample();
    for (const QStringList &args :
         {QStringList{QStringLiteral("list")}, QStringList{QStringLiteral("check")},
          QStringList{QStringLiteral("show"), QStringLiteral("--article"), QStringLiteral("1")},
          QStringList{QStringLiteral("export"), QStringLiteral("--csv"), path(QStringLiteral("tidy.csv"))}}) {
        QCOMPARE(gleaner(QStringList{args.first(), QStringLiteral("--library"), lib} + args.mid(1)).code, 0);
        QVERIFY2(!QFile::exists(lib + QStringLiteral("-wal")) && !QFile::exists(lib + QStringLiteral("-shm")),
                 qPrintable(args.first()));
    }
}

void TestCliTrust::oddLibraryPaths_data()
{
    QTest::addColumn<QString>("library");
    QTest::addColumn<QString>("says");
    QTest::newRow("device") << "/dev/null"
                            << "device";
    QTest::newRow("named pipe") << "pipe.gleaner"
                                << "named pipe";
    QTest::newRow("link loop") << "loop.gleaner"
                               << "loop";
}

void TestCliTrust::oddLibraryPaths()
{
    QFETCH(QString, library);
    QFETCH(QString, says);
    const QString target = library.startsWith(QLatin1Char('/')) ? library : path(library);
    if (library == QLatin1String("pipe.gleaner") && !QFile::exists(target))
        QCOMPARE(::mkfifo(QFile::encodeName(target).constData(), 0644), 0);
    if (library == QLatin1String("loop.gleaner") && !QFileInfo(target).isSymLink())
        QVERIFY(QFile::link(target, target));
    for (const QString &command : {QStringLiteral("list"), QStringLiteral("import")}) {
        QStringList args{command, QStringLiteral("--library"), target};
        if (command == QLatin1String("import"))
            args << Gleaner::Test::sampleArticlePath();
        const Run run = gleaner(args); // a pipe must not make it wait
        QCOMPARE(run.code, 1);
        QVERIFY2(run.errText().contains(says), qPrintable(run.errText()));
    }
}

void TestCliTrust::urlCredentialsAreDropped()
{
    const QString lib = path(QStringLiteral("secret.gleaner"));
    Run run = gleaner({QStringLiteral("import"), QStringLiteral("--library"), lib, QStringLiteral("--url"),
                       QStringLiteral("https://reader:hunter2@news.example/a"),
                       Gleaner::Test::sampleArticlePath()});
    QCOMPARE(run.code, 0);
    run = gleaner({QStringLiteral("show"), QStringLiteral("--library"), lib, QStringLiteral("--article"),
                   QStringLiteral("1"), QStringLiteral("--json")});
    QCOMPARE(QJsonDocument::fromJson(run.out).object().value(QStringLiteral("url")).toString(),
             QStringLiteral("https://news.example/a"));
    QVERIFY(!Gleaner::Test::fileHash(lib).isEmpty());
    QFile raw(lib);
    QVERIFY(raw.open(QIODevice::ReadOnly));
    QVERIFY(!raw.readAll().contains("hunter2"));
}

void TestCliTrust::oddImportSources()
{
    const QString lib = libraryWithSample();
    const QByteArray before = Gleaner::Test::fileHash(lib);
    // The library itself is no article: it is not read (nor its descriptor closed) as one.
    Run run = gleaner({QStringLiteral("import"), QStringLiteral("--library"), lib, lib});
    QCOMPARE(run.code, 1);
    QVERIFY2(run.errText().contains(QStringLiteral("open library")), qPrintable(run.errText()));
    QCOMPARE(Gleaner::Test::fileHash(lib), before);
    // An endless device ends at the size cap instead of filling memory.
    run = gleaner({QStringLiteral("import"), QStringLiteral("--library"), lib, QStringLiteral("/dev/zero")});
    QCOMPARE(run.code, 1);
    QVERIFY2(run.errText().contains(QStringLiteral("too large")) ||
                 run.errText().contains(QStringLiteral("not a web page")),
             qPrintable(run.errText()));
    run = gleaner({QStringLiteral("import"), QStringLiteral("--library"), lib, m_dir.path()});
    QCOMPARE(run.code, 1);
    QVERIFY(run.errText().contains(QStringLiteral("folder")));
    QVERIFY2(!run.errText().contains(QStringLiteral("Gleaner library")),
             qPrintable(run.errText())); // an article
    // A file over the size cap is refused whole, never read in part: suggest
    // (which does not clean) says so too, instead of finding nothing at its end.
    const QString big = path(QStringLiteral("big.txt"));
    {
        QFile file(big);
        QVERIFY(file.open(QIODevice::WriteOnly));
        const QByteArray line = QByteArray("The plan costs nothing here. ").repeated(64) + '\n';
        while (file.size() < 17 * 1024 * 1024)
            file.write(line);
        file.write("The company will invest $10 billion by 2029.\n");
    }
    for (const QString &command : {QStringLiteral("suggest"), QStringLiteral("import")}) {
        QStringList args{command};
        if (command == QLatin1String("import"))
            args << QStringLiteral("--library") << lib;
        run = gleaner(args << big);
        QCOMPARE(run.code, 1);
        QVERIFY2(run.errText().contains(QStringLiteral("too large")), qPrintable(run.errText()));
    }
}

// The command line offers and accepts what the window's panel does: one service.
void TestCliTrust::suggestionsAreTheWindows()
{
    const QString lib = libraryWithSample();
    Run run = gleaner({QStringLiteral("suggest"), QStringLiteral("--library"), lib,
                       QStringLiteral("--article"), QStringLiteral("1")});
    QCOMPARE(run.code, 0);
    QList<QJsonObject> proposals;
    for (const QByteArray &line : run.out.split('\n')) {
        if (!line.isEmpty())
            proposals << QJsonDocument::fromJson(line).object();
    }
    int amount = -1;
    int pillar = -1;
    for (int i = 0; i < proposals.size(); ++i) {
        if (amount < 0 && proposals.at(i).value(QStringLiteral("kind")) == QLatin1String("amount"))
            amount = i;
        if (pillar < 0 && proposals.at(i).value(QStringLiteral("kind")) == QLatin1String("pillar"))
            pillar = i;
    }
    QVERIFY(amount >= 0 && pillar >= 0);
    QCOMPARE(proposals.at(pillar).value(QStringLiteral("pillar")).toString(), QStringLiteral("Compute"));
    run = gleaner({QStringLiteral("suggest"), QStringLiteral("--library"), lib, QStringLiteral("--article"),
                   QStringLiteral("1"), QStringLiteral("--accept"), QString::number(amount),
                   QStringLiteral("--accept"), QString::number(pillar)});
    QCOMPARE(run.code, 0);
    QCOMPARE(run.out.count('\n'), 2);
    const QJsonArray annotations =
        QJsonDocument::fromJson(
            gleaner({QStringLiteral("show"), QStringLiteral("--library"), lib, QStringLiteral("--article"),
                     QStringLiteral("1"), QStringLiteral("--json")})
                .out)
            .object()
            .value(QStringLiteral("annotations"))
            .toArray();
    QCOMPARE(annotations.size(), 2);
    for (const QJsonValue &a : annotations)
        QCOMPARE(a.toObject().value(QStringLiteral("origin")).toString(), QStringLiteral("suggestion"));
    // Accepted ones are no longer proposed.
    run = gleaner({QStringLiteral("suggest"), QStringLiteral("--library"), lib, QStringLiteral("--article"),
                   QStringLiteral("1")});
    QCOMPARE(run.out.count('\n'), proposals.size() - 2);
    // Options of another form are refused, not silently dropped.
    for (const QStringList &args :
         {QStringList{QStringLiteral("suggest"), QStringLiteral("--accept"), QStringLiteral("0")},
          QStringList{QStringLiteral("suggest"), QStringLiteral("--library"), lib,
                      QStringLiteral("--article"), QStringLiteral("1"), QStringLiteral("--published"),
                      QStringLiteral("2026-01-01")}}) {
        run = gleaner(args);
        QCOMPARE(run.code, 2);
        QCOMPARE(run.out.size(), 0);
    }
}

// A command that changes the library says at once that it cannot, before it
// fetches or cleans anything, and its advice is for the command line too.
void TestCliTrust::changesToAReadOnlyLibraryAreRefusedAtOnce()
{
    const QString lib = libraryWithSample();
    QVERIFY(QFile::setPermissions(lib, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther));
    const QByteArray before = Gleaner::Test::fileHash(lib);
    // An address nothing answers: refused before any fetch is tried.
    Run run = gleaner({QStringLiteral("import"), QStringLiteral("--library"), lib,
                       QStringLiteral("http://127.0.0.1:9/never-fetched")});
    QCOMPARE(run.code, 1);
    QVERIFY2(run.errText().contains(QStringLiteral("read-only")), qPrintable(run.errText()));
    QVERIFY2(!run.errText().contains(QStringLiteral("127.0.0.1")), qPrintable(run.errText()));
    run = gleaner({QStringLiteral("annotate"), QStringLiteral("--library"), lib, QStringLiteral("--article"),
                   QStringLiteral("1"), QStringLiteral("--kind"), QStringLiteral("note"),
                   QStringLiteral("--start"), QStringLiteral("0"), QStringLiteral("--end"),
                   QStringLiteral("5"), QStringLiteral("--note"), QStringLiteral("x")});
    QCOMPARE(run.code, 1);
    QVERIFY2(run.errText().contains(QStringLiteral("copy the file")), qPrintable(run.errText()));
    QCOMPARE(Gleaner::Test::fileHash(lib), before);
    QFile::setPermissions(lib, QFile::ReadOwner | QFile::WriteOwner);
}

QTEST_GUILESS_MAIN(TestCliTrust)
#include "tst_clitrust.moc"
