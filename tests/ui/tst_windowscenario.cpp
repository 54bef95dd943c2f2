// Whole scenarios through the real window in its own process: accept suggestions,
// export from the menu, let another program read the file, edit again, save a
// copy, open the same file from Open Recent, then SIGKILL the window and reopen:
// every annotation the window reported is there and the file is intact. At
// several window sizes and in Japanese.
#include "library/librarystore.h"
#include "testfiles.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace Gleaner;

namespace {
QString externalCount(const QString &library)
{
    QProcess sqlite;
    sqlite.start(QStringLiteral("sqlite3"), {library, QStringLiteral("SELECT count(*) FROM annotations")});
    sqlite.waitForFinished(10000);
    return QString::fromUtf8(sqlite.readAllStandardOutput()).trimmed();
}

// The window, started on a library, answering one line per command.
class Window
{
public:
    Window(const QString &library, const QStringList &extra)
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        m_process.setProcessEnvironment(env);
        m_process.start(QStringLiteral(WINDOW_DRIVER), QStringList{library} + extra);
        m_process.waitForStarted();
    }
    ~Window()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished();
        }
    }
    QByteArray readLine(int timeoutMs = 20000)
    {
        QElapsedTimer timer;
        timer.start();
        while (!m_process.canReadLine() && timer.elapsed() < timeoutMs &&
               m_process.state() == QProcess::Running)
            m_process.waitForReadyRead(100);
        return m_process.readLine().trimmed();
    }
    QByteArray ask(const QByteArray &command)
    {
        m_process.write(command + '\n');
        return readLine();
    }
    void send(const QByteArray &command) { m_process.write(command + '\n'); }
    void killHard()
    {
        ::kill(pid_t(m_process.processId()), SIGKILL);
        m_process.waitForFinished(10000);
    }
    QProcess &process() { return m_process; }

private:
    QProcess m_process;
};

qint64 idOf(const QByteArray &answer)
{
    return answer.startsWith("annotation ") ? answer.mid(11).toLongLong() : 0;
}
} // namespace

class TestWindowScenario : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    int m_counter = 0;
    QString newLibrary()
    {
        const QString lib = m_dir.filePath(QStringLiteral("scenario-%1.gleaner").arg(++m_counter));
        QProcess import;
        import.start(QStringLiteral(GLEANER_BINARY),
                     {QStringLiteral("import"), QStringLiteral("--library"), lib,
                      QStringLiteral("--published"), QStringLiteral("2026-11-20"),
                      Gleaner::Test::sampleArticlePath()});
        const bool finished = import.waitForFinished(30000);
        return finished && import.exitStatus() == QProcess::NormalExit && import.exitCode() == 0 ? lib
                                                                                                 : QString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }
    void exportReadKillReopen_data();
    void exportReadKillReopen();
    void killedWindowLosesNothing();
};

void TestWindowScenario::exportReadKillReopen_data()
{
    QTest::addColumn<QStringList>("window");
    QTest::newRow("1200x800") << QStringList{QStringLiteral("1200"), QStringLiteral("800")};
    QTest::newRow("800x600") << QStringList{QStringLiteral("800"), QStringLiteral("600")};
    QTest::newRow("1440x900, Japanese")
        << QStringList{QStringLiteral("1440"), QStringLiteral("900"), QStringLiteral("ja")};
}

void TestWindowScenario::exportReadKillReopen()
{
    QFETCH(QStringList, window);
    const QString lib = newLibrary();
    QVERIFY(!lib.isEmpty());
    Window w(lib, window);
    QCOMPARE(w.readLine(), QByteArray("ready"));
    QSet<qint64> reported;
    for (const char *kind : {"amount", "deadline"}) {
        const qint64 id = idOf(w.ask(QByteArray("accept ") + kind));
        QVERIFY(id > 0);
        reported.insert(id);
    }
    QCOMPARE(reported.size(), 2); // two annotations, not one reported twice
    QCOMPARE(w.ask("export " + m_dir.filePath(QStringLiteral("out-%1.csv").arg(m_counter)).toUtf8()),
             QByteArray("exported"));
    // Another program reads the library while the window has it open.
    QCOMPARE(externalCount(lib), QString::number(reported.size()));
    QVERIFY2(QFile::exists(lib + QStringLiteral("-wal")), "the window's -wal is still the live one");
    // Edits after that reach the file other programs read.
    const qint64 third = idOf(w.ask("accept amount"));
    QVERIFY(third > 0);
    reported.insert(third);
    QCOMPARE(externalCount(lib), QString::number(reported.size()));
    // Save a copy, and open the same file again from Open Recent.
    const QString copy = m_dir.filePath(QStringLiteral("copy-%1.gleaner").arg(m_counter));
    QCOMPARE(w.ask("saveas " + copy.toUtf8()), QByteArray("saved"));
    // The open library is first in Open Recent: choosing it keeps it open.
    QCOMPARE(w.ask("openrecent"), "opened " + QFile::encodeName(QFileInfo(lib).absoluteFilePath()));
    const qint64 fourth = idOf(w.ask("accept pillar"));
    QVERIFY(fourth > 0);
    reported.insert(fourth);
    QCOMPARE(reported.size(), 4);
    QCOMPARE(externalCount(lib), QString::number(reported.size()));
    w.killHard();

    LibraryStore store;
    QVERIFY2(store.open(lib), qPrintable(store.lastError().message));
    const std::optional<LibraryStore::CheckReport> check = store.check();
    QVERIFY(check && check->ok());
    QSet<qint64> present;
    for (const Annotation &a : store.annotations(1).value_or(QVector<Annotation>()))
        present.insert(a.id);
    QCOMPARE(present, reported);
    LibraryStore saved;
    QVERIFY(saved.open(copy));
    QCOMPARE(saved.annotations(1)->size(), 3);
}

void TestWindowScenario::killedWindowLosesNothing()
{
    const QString lib = newLibrary();
    QSet<qint64> reported;
    QRandomGenerator random(20261201);
    const int rounds = 8;
    for (int round = 0; round < rounds; ++round) {
        Window w(lib, {});
        QCOMPARE(w.readLine(), QByteArray("ready"));
        const int reportedBefore = int(reported.size());
        w.send("notes 100000");
        // Let it commit some, then kill it at a random moment, mid-transaction or not.
        const QByteArray first = w.readLine();
        QVERIFY2(first.startsWith("annotation "), first.constData());
        reported.insert(idOf(first));
        QTest::qWait(int(random.bounded(30, 250)));
        w.killHard();
        const QList<QByteArray> lines = w.process().readAllStandardOutput().split('\n');
        for (const QByteArray &line : lines) {
            if (line.startsWith("annotation "))
                reported.insert(idOf(line));
        }
        LibraryStore store;
        QVERIFY2(store.open(lib), qPrintable(store.lastError().message));
        QVERIFY(store.check()->ok());
        QSet<qint64> present;
        for (const Annotation &a : store.annotations(1).value_or(QVector<Annotation>()))
            present.insert(a.id);
        QVERIFY2(reported.size() > reportedBefore, "every run commits something before it is killed");
        for (qint64 id : std::as_const(reported))
            QVERIFY2(present.contains(id),
                     qPrintable(QStringLiteral("round %1 lost annotation %2").arg(round).arg(id)));
    }
    QVERIFY(reported.size() >= rounds);
    qInfo("%d kills, %d annotations reported committed, none lost", rounds, int(reported.size()));
}

QTEST_GUILESS_MAIN(TestWindowScenario)
#include "tst_windowscenario.moc"
