#pragma once

#include "feeds/feeddata.h"
#include "network/fetchoptions.h"
#include "network/fetchresult.h"

#include <QDateTime>
#include <QFuture>
#include <QHash>
#include <QObject>
#include <QTimer>
#include <QVector>

namespace Gleaner {

class LibraryStore;
class UrlFetcher;
struct Feed;

// Refreshes subscriptions in the background: a few feeds at a time over the
// network (conditional GET, so an unchanged feed costs one 304), each document
// parsed on a worker thread, its new and changed items stored in one transaction
// with the feed's state. A feed that fails is tried again later, each time after
// a longer wait (and never before a Retry-After the server sent); its last error
// is kept for the feeds pane. The window and `gleaner feed refresh` both use it.
class FeedRefresher : public QObject
{
    Q_OBJECT
public:
    // The store must outlive the refresher and stay in its thread.
    explicit FeedRefresher(LibraryStore *store, QObject *parent = nullptr);
    ~FeedRefresher() override;

    // Entries stored per turn of the event loop (a transaction of about 10 ms).
    static constexpr int kEntriesPerTurn = 250;

    void setMaxConcurrent(int count) { m_maxConcurrent = qMax(1, count); } // default 4
    void setFetchOptions(const FetchOptions &options);
    // Items older than this many days are not stored, and those nobody needs are
    // pruned after each refresh (0: keep everything).
    void setKeepDays(int days) { m_keepDays = qMax(0, days); }
    int keepDays() const { return m_keepDays; }

    // Queues feeds (all when `feedIds` is empty) and starts; with dueOnly, only
    // those whose interval has passed and whose back-off is over. Feeds already
    // queued are not queued twice. Returns how many were queued.
    int refresh(const QVector<qint64> &feedIds = {}, bool dueOnly = false);
    bool isRunning() const { return m_inBatch; }
    int doneCount() const { return m_done; }
    int totalCount() const { return m_total; }

    // When a feed that failed `failures` times in a row is tried next.
    static QDateTime nextCheck(const QDateTime &now, int refreshMinutes, int failures,
                               const QString &retryAfter);
    // A feed is due when its interval has passed since the last check and no back-off holds it.
    static bool isDue(const Feed &feed, const QDateTime &now);

public slots:
    // Stops the fetches; what was stored stays. finished() follows.
    void cancel();

signals:
    void progress(int done, int total);
    // One feed done: `error` empty on success; `added` new items.
    void feedRefreshed(qint64 feedId, const QString &error, int added);
    // The batch is over (done, cancelled, or every feed failed).
    void finished(int feeds, int failed, int added);

private:
    struct Fetched
    {
        qint64 feedId = 0;
        FetchResult result;
        ParsedFeed parsed; // when the answer was a feed document
    };
    void enqueue(Fetched fetched);
    void storeNext();
    void startMore();
    void onFetched(qint64 feedId, const FetchResult &result);
    void store(qint64 feedId, const ParsedFeed &parsed, const FetchResult &result);
    void fail(qint64 feedId, const QString &error, const QString &retryAfter);
    void feedDone(qint64 feedId, const QString &error, int added);
    void refreshArticles(const QVector<qint64> &itemIds);
    void checkpointSoon();
    void endBatch(); // emits finished() once per batch

    LibraryStore *m_store;
    UrlFetcher *m_fetcher;
    FetchOptions m_options;
    int m_maxConcurrent = 4;
    int m_keepDays = 30;
    QVector<qint64> m_waiting;
    QVector<qint64> m_running;
    int m_done = 0;
    int m_total = 0;
    int m_failed = 0;
    int m_added = 0;
    QVector<Fetched> m_fetched; // answered, waiting for their turn to be stored
    QTimer m_storeTimer;
    bool m_cancelled = false;
    bool m_inBatch = false;
    int m_batch = 0; // serial number of the current batch
    int m_stored = 0;
    QHash<qint64, int> m_addedSoFar; // new items of feeds stored in slices
    QFuture<bool> m_checkpoint;
};

} // namespace Gleaner
