// Kills a writer with SIGKILL at random moments: the library must stay intact
// and keep every annotation the writer reported as committed.
#include "testlibrary.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <csignal>
#include <functional>

using namespace Gleaner;
using namespace Gleaner::Test;

class TestDurability : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void killedWriterLosesNothing();
    void killedCommitmentWriterLosesNothing();
    void killedFeedRefreshLosesNothing();

private:
    using Check = std::function<void(LibraryStore &store, const QSet<qint64> &reported, int round)>;
    // Runs the child writer on a new library with the sample article `rounds`
    // times, each killed with SIGKILL at a random moment; after each kill the
    // library must pass SQLite's integrity check, and `check` looks at what the
    // child reported as committed so far. Returns every reported id.
    QSet<qint64> killRounds(const QString &mode, int rounds, quint32 seed, const Check &check);
};

QSet<qint64> TestDurability::killRounds(const QString &mode, int rounds, quint32 seed, const Check &check)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("durable.gleaner"));
    qint64 articleId = 0;
    {
        LibraryStore store;
        [&]() {
            QVERIFY(store.open(path, {true, false, 1000}));
        }();
        articleId = store.addArticle(sampleArticle()).value_or(0);
    }
    QSet<qint64> reported;
    QRandomGenerator random(seed);
    QStringList args{path, QString::number(articleId)};
    if (!mode.isEmpty())
        args << mode;
    for (int round = 0; round < rounds && !QTest::currentTestFailed(); ++round) {
        const int reportedBefore = int(reported.size());
        [&]() {
            QProcess child;
            child.start(QStringLiteral(DURABILITY_CHILD), args);
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
            check(store, reported, round);
        }();
    }
    return reported;
}

void TestDurability::killedWriterLosesNothing()
{
    const QSet<qint64> reported =
        killRounds({}, 20, 20261126, [](LibraryStore &store, const QSet<qint64> &committed, int round) {
            const qint64 articleId =
                store.articles({}, ArticleSort::ImportedAt, Qt::AscendingOrder, 0, 1)->first().id;
            QSet<qint64> present;
            for (const Annotation &a : annotationsOf(store, articleId))
                present.insert(a.id);
            for (qint64 id : committed)
                QVERIFY2(present.contains(id),
                         qPrintable(QStringLiteral("round %1 lost annotation %2").arg(round).arg(id)));
            QCOMPARE(store.article(articleId)->annotationCount, present.size());
        });
    QVERIFY(reported.size() >= 20);
}

// The same for commitments, each made with its evidence annotation and
// sometimes a new pillar in one step: what was reported is there whole, and
// nothing is there in part.
void TestDurability::killedCommitmentWriterLosesNothing()
{
    const QSet<qint64> reported = killRounds(
        QStringLiteral("commitments"), 10, 20261201,
        [](LibraryStore &store, const QSet<qint64> &committed, int round) {
            for (qint64 id : committed) {
                const std::optional<Commitment> c = store.commitment(id);
                QVERIFY2(c, qPrintable(QStringLiteral("round %1 lost commitment %2").arg(round).arg(id)));
                QCOMPARE(c->amounts.size(), 1);
                QCOMPARE(c->sources.size(), 1);
                QCOMPARE(c->evidence.size(), 1);
            }
            // Nothing half-made: every commitment has its amount, source and evidence.
            QSqlQuery query(store.database());
            for (const char *orphan : {"SELECT count(*) FROM commitments c WHERE NOT EXISTS (SELECT 1 FROM "
                                       "commitment_amounts a WHERE "
                                       "a.commitment_id = c.id)",
                                       "SELECT count(*) FROM commitments c WHERE NOT EXISTS (SELECT 1 FROM "
                                       "commitment_sources s WHERE "
                                       "s.commitment_id = c.id)",
                                       "SELECT count(*) FROM commitments c WHERE NOT EXISTS (SELECT 1 FROM "
                                       "commitment_evidence e WHERE "
                                       "e.commitment_id = c.id)",
                                       "SELECT count(*) FROM annotations n WHERE NOT EXISTS (SELECT 1 FROM "
                                       "commitment_evidence e WHERE "
                                       "e.annotation_id = n.id)"}) {
                QVERIFY(query.exec(QLatin1String(orphan)) && query.next());
                QVERIFY2(query.value(0).toInt() == 0, orphan);
            }
        });
    QVERIFY(reported.size() >= 10);
}

// The same for feed refreshes, whose commits do not wait for the disk: a killed
// process (unlike a power cut) loses none of them, and the counts kept by the
// triggers always match the items.
void TestDurability::killedFeedRefreshLosesNothing()
{
    const QSet<qint64> reported =
        killRounds(QStringLiteral("feeds"), 8, 20261202,
                   [](LibraryStore &store, const QSet<qint64> &committed, int round) {
                       QSqlQuery query(store.database());
                       QSet<qint64> present;
                       QVERIFY(query.exec(QStringLiteral("SELECT guid FROM feed_items")));
                       while (query.next())
                           present.insert(query.value(0).toString().mid(5).toLongLong());
                       for (qint64 n : committed)
                           QVERIFY2(present.contains(n),
                                    qPrintable(QStringLiteral("round %1 lost item %2").arg(round).arg(n)));
                       QVERIFY(present.size() % 50 == 0); // whole slices only
                       QVERIFY(query.exec(QStringLiteral(
                           "SELECT f.item_count, f.unread_count, count(i.id), "
                           "coalesce(sum(i.is_read = 0), 0) FROM feeds f LEFT JOIN feed_items i "
                           "ON i.feed_id = f.id GROUP BY f.id")));
                       while (query.next()) {
                           QCOMPARE(query.value(0).toInt(), query.value(2).toInt());
                           QCOMPARE(query.value(1).toInt(), query.value(3).toInt());
                       }
                   });
    QVERIFY(reported.size() >= 8 * 50);
}

QTEST_GUILESS_MAIN(TestDurability)
#include "tst_durability.moc"
