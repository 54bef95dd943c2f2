// Kills a writer with SIGKILL at random moments: the library must stay intact
// and keep every annotation the writer reported as committed.
#include "testlibrary.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <csignal>

using namespace Gleaner;
using namespace Gleaner::Test;

class TestDurability : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void killedWriterLosesNothing();
    void killedCommitmentWriterLosesNothing();
};

void TestDurability::killedWriterLosesNothing()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("durable.gleaner"));
    qint64 articleId = 0;
    {
        LibraryStore store;
        QVERIFY(store.open(path, {true, false, 1000}));
        articleId = *store.addArticle(sampleArticle());
    }
    QSet<qint64> reported;
    QRandomGenerator random(20261126);
    const int rounds = 20;
    for (int round = 0; round < rounds; ++round) {
        const int reportedBefore = int(reported.size());
        QProcess child;
        child.start(QStringLiteral(DURABILITY_CHILD), {path, QString::number(articleId)});
        QVERIFY(child.waitForStarted());
        // Let it commit a few, then kill it at a random moment.
        QVERIFY(child.waitForReadyRead(10000));
        QTest::qWait(int(random.bounded(20, 200)));
        ::kill(pid_t(child.processId()), SIGKILL);
        QVERIFY(child.waitForFinished(10000));
        QCOMPARE(child.exitStatus(), QProcess::CrashExit);
        QList<QByteArray> lines = child.readAllStandardOutput().split('\n');
        lines.removeLast(); // empty, or a line cut short by the kill
        for (const QByteArray &line : std::as_const(lines))
            reported.insert(line.toLongLong());
        QVERIFY2(reported.size() > reportedBefore, "every run commits something before it is killed");

        LibraryStore store;
        QVERIFY2(store.open(path, {false, false, 1000}), qPrintable(store.lastError().message));
        QSqlQuery query(store.database());
        QVERIFY(query.exec(QStringLiteral("PRAGMA integrity_check")) && query.next());
        QCOMPARE(query.value(0).toString(), QStringLiteral("ok"));
        QSet<qint64> present;
        for (const Annotation &a : annotationsOf(store, articleId))
            present.insert(a.id);
        for (qint64 id : std::as_const(reported))
            QVERIFY2(present.contains(id),
                     qPrintable(QStringLiteral("round %1 lost annotation %2").arg(round).arg(id)));
        QCOMPARE(store.article(articleId)->annotationCount, present.size());
    }
    QVERIFY(reported.size() >= rounds);
}

// The same for commitments, each made with its evidence annotation and
// sometimes a new pillar in one step: what was reported is there whole, and
// nothing is there in part.
void TestDurability::killedCommitmentWriterLosesNothing()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("commitments.gleaner"));
    qint64 articleId = 0;
    {
        LibraryStore store;
        QVERIFY(store.open(path, {true, false, 1000}));
        articleId = *store.addArticle(sampleArticle());
    }
    QSet<qint64> reported;
    QRandomGenerator random(20261201);
    const int rounds = 10;
    for (int round = 0; round < rounds; ++round) {
        const int reportedBefore = int(reported.size());
        QProcess child;
        child.start(QStringLiteral(DURABILITY_CHILD),
                    {path, QString::number(articleId), QStringLiteral("commitments")});
        QVERIFY(child.waitForStarted());
        QVERIFY(child.waitForReadyRead(10000));
        QTest::qWait(int(random.bounded(20, 200)));
        ::kill(pid_t(child.processId()), SIGKILL);
        QVERIFY(child.waitForFinished(10000));
        QCOMPARE(child.exitStatus(), QProcess::CrashExit);
        QList<QByteArray> lines = child.readAllStandardOutput().split('\n');
        lines.removeLast();
        for (const QByteArray &line : std::as_const(lines))
            reported.insert(line.toLongLong());
        QVERIFY2(reported.size() > reportedBefore, "every run commits something before it is killed");

        LibraryStore store;
        QVERIFY2(store.open(path, {false, false, 1000}), qPrintable(store.lastError().message));
        QSqlQuery query(store.database());
        QVERIFY(query.exec(QStringLiteral("PRAGMA integrity_check")) && query.next());
        QCOMPARE(query.value(0).toString(), QStringLiteral("ok"));
        for (qint64 id : std::as_const(reported)) {
            const std::optional<Commitment> c = store.commitment(id);
            QVERIFY2(c, qPrintable(QStringLiteral("round %1 lost commitment %2").arg(round).arg(id)));
            QCOMPARE(c->amounts.size(), 1);
            QCOMPARE(c->sources.size(), 1);
            QCOMPARE(c->evidence.size(), 1);
        }
        // Nothing half-made: every commitment has its amount, source and evidence.
        for (
            const char *orphan :
            {"SELECT count(*) FROM commitments c WHERE NOT EXISTS (SELECT 1 FROM commitment_amounts a WHERE "
             "a.commitment_id = c.id)",
             "SELECT count(*) FROM commitments c WHERE NOT EXISTS (SELECT 1 FROM commitment_sources s WHERE "
             "s.commitment_id = c.id)",
             "SELECT count(*) FROM commitments c WHERE NOT EXISTS (SELECT 1 FROM commitment_evidence e WHERE "
             "e.commitment_id = c.id)",
             "SELECT count(*) FROM annotations n WHERE NOT EXISTS (SELECT 1 FROM commitment_evidence e WHERE "
             "e.annotation_id = n.id)"}) {
            QVERIFY(query.exec(QLatin1String(orphan)) && query.next());
            QVERIFY2(query.value(0).toInt() == 0, orphan);
        }
    }
    QVERIFY(reported.size() >= rounds);
}

QTEST_GUILESS_MAIN(TestDurability)
#include "tst_durability.moc"
