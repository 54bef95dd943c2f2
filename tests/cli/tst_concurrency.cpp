// Several programs writing one library at once: the command line in parallel
// processes. Multi-step changes are one transaction, so none fails and none
// duplicates what another made.
#include "clirunner.h"
#include "testengine.h"
#include "testfiles.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <vector>

using namespace Gleaner;
using Gleaner::Test::Run;

namespace {
struct Outcome
{
    int failures = 0;
    QStringList errors;
    QList<QByteArray> outputs;
};

// Starts every command at once and waits for all of them.
Outcome runTogether(const QString &folder, const QList<QStringList> &commands)
{
    std::vector<std::unique_ptr<QProcess>> processes;
    for (const QStringList &args : commands) {
        auto process = std::make_unique<QProcess>();
        process->setWorkingDirectory(folder);
        process->start(QStringLiteral(GLEANER_BINARY), args);
        processes.push_back(std::move(process));
    }
    Outcome outcome;
    for (const auto &process : processes) {
        // One still running after a minute has hung: a failure, never a success.
        const bool finished = process->waitForFinished(60000);
        const bool ok = finished && process->exitStatus() == QProcess::NormalExit && process->exitCode() == 0;
        if (!ok) {
            ++outcome.failures;
            outcome.errors << QString::fromUtf8(process->readAllStandardError());
        }
        outcome.outputs << process->readAllStandardOutput();
    }
    return outcome;
}
} // namespace

class TestConcurrency : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    static constexpr int kWriters = 8;
    // More rounds for a longer run: GLEANER_CONCURRENCY_ROUNDS=25 gives 200 writers per case.
    const int kRounds = qMax(5, qEnvironmentVariableIntValue("GLEANER_CONCURRENCY_ROUNDS"));

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        GLEANER_REQUIRE_ENGINE();
    }
    void sameNewPillarFromManyProcesses();
    void sameFileImportedByManyProcesses();
};

void TestConcurrency::sameNewPillarFromManyProcesses()
{
    const QString lib = Gleaner::Test::newLibrary(m_dir, QStringLiteral("pillars.gleaner"));
    QCOMPARE(Gleaner::Test::runGleaner(m_dir.path(), {QStringLiteral("import"), QStringLiteral("--library"),
                                                      lib, Gleaner::Test::sampleArticlePath()})
                 .code,
             0);
    for (int round = 0; round < kRounds; ++round) {
        const QString pillar = QStringLiteral("New Pillar %1").arg(round);
        QList<QStringList> commands;
        for (int w = 0; w < kWriters; ++w)
            commands << QStringList{QStringLiteral("annotate"),
                                    QStringLiteral("--library"),
                                    lib,
                                    QStringLiteral("--article"),
                                    QStringLiteral("1"),
                                    QStringLiteral("--kind"),
                                    QStringLiteral("pillar"),
                                    QStringLiteral("--start"),
                                    QString::number(w * 10),
                                    QStringLiteral("--end"),
                                    QString::number(w * 10 + 5),
                                    QStringLiteral("--pillar"),
                                    pillar};
        const Outcome outcome = runTogether(m_dir.path(), commands);
        QVERIFY2(outcome.failures == 0, qPrintable(outcome.errors.join(QLatin1Char('\n'))));
    }
    const Run show = Gleaner::Test::runGleaner(
        m_dir.path(), {QStringLiteral("show"), QStringLiteral("--library"), lib, QStringLiteral("--article"),
                       QStringLiteral("1"), QStringLiteral("--json")});
    const QJsonArray annotations =
        QJsonDocument::fromJson(show.out).object().value(QStringLiteral("annotations")).toArray();
    QCOMPARE(annotations.size(), kWriters * kRounds);
    QSet<QString> pillars;
    for (const QJsonValue &a : annotations)
        pillars.insert(a.toObject().value(QStringLiteral("pillar")).toString());
    QCOMPARE(pillars.size(), kRounds);
    QCOMPARE(
        Gleaner::Test::runGleaner(m_dir.path(), {QStringLiteral("check"), QStringLiteral("--library"), lib})
            .code,
        0);
}

void TestConcurrency::sameFileImportedByManyProcesses()
{
    const QString lib = Gleaner::Test::newLibrary(m_dir, QStringLiteral("imports.gleaner"));
    // The library exists before the race, as it does for a user's second import.
    QCOMPARE(Gleaner::Test::runGleaner(m_dir.path(), {QStringLiteral("import"), QStringLiteral("--library"),
                                                      lib, Gleaner::Test::sampleArticlePath()})
                 .code,
             0);
    for (int round = 0; round < kRounds; ++round) {
        const QString file = m_dir.filePath(QStringLiteral("story-%1.txt").arg(round));
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QStringLiteral(
                    "Story %1\n\nHarbor Cloud will invest $%1 billion in data centres by 2030, the company "
                    "said on Monday in round %1 of the test.\n")
                    .arg(round + 2)
                    .toUtf8());
        f.close();
        QList<QStringList> commands;
        for (int w = 0; w < kWriters; ++w)
            commands << QStringList{QStringLiteral("import"), QStringLiteral("--library"), lib, file};
        const Outcome outcome = runTogether(m_dir.path(), commands);
        QVERIFY2(outcome.failures == 0, qPrintable(outcome.errors.join(QLatin1Char('\n'))));
        int imported = 0;
        for (const QByteArray &out : outcome.outputs)
            imported += out.isEmpty() ? 0 : 1;
        QCOMPARE(imported, 1); // the others said it is already there
    }
    const Run list =
        Gleaner::Test::runGleaner(m_dir.path(), {QStringLiteral("list"), QStringLiteral("--library"), lib});
    QCOMPARE(list.out.count('\n'), 1 + kRounds);
}

QTEST_GUILESS_MAIN(TestConcurrency)
#include "tst_concurrency.moc"
