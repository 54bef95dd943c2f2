#include "services/feedrefresher.h"

#include "feeds/feeddates.h"
#include "feeds/feedparser.h"
#include "import/articleimporter.h"
#include "library/librarystore.h"
#include "network/fetchjob.h"
#include "network/urlfetcher.h"
#include "services/feedarticles.h"

#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>

namespace Gleaner {

namespace {
constexpr qint64 kMaxBackoffSeconds = 24 * 3600;
} // namespace

FeedRefresher::FeedRefresher(LibraryStore *store, QObject *parent)
    : QObject(parent), m_store(store), m_fetcher(new UrlFetcher(this))
{
    setFetchOptions(FetchOptions());
    m_storeTimer.setInterval(0);
    connect(&m_storeTimer, &QTimer::timeout, this, &FeedRefresher::storeNext);
}

FeedRefresher::~FeedRefresher()
{
    m_checkpoint.waitForFinished();
    if (m_inBatch && m_store->isOpen())
        m_store->setAutoCheckpoint(true);
}

void FeedRefresher::setFetchOptions(const FetchOptions &options)
{
    m_options = options;
    m_options.acceptFeeds = true;
}

QDateTime FeedRefresher::nextCheck(const QDateTime &now, int refreshMinutes, int failures,
                                   const QString &retryAfter)
{
    qint64 wait = qint64(qMax(5, refreshMinutes)) * 60;
    for (int i = 1; i < failures && wait < kMaxBackoffSeconds; ++i)
        wait *= 2;
    wait = qMin(wait, qMax<qint64>(kMaxBackoffSeconds, qint64(refreshMinutes) * 60));
    QDateTime next = now.addSecs(wait);
    if (!retryAfter.isEmpty()) {
        bool isNumber = false;
        const qint64 seconds = retryAfter.toLongLong(&isNumber);
        QDateTime asked;
        if (isNumber && seconds >= 0) {
            asked = now.addSecs(qMin<qint64>(seconds, 8 * 24 * 3600));
        } else {
            asked = FeedDates::parse(retryAfter); // an HTTP date, read as leniently as feeds' dates
        }
        // A week at most, whatever the server asks.
        if (asked.isValid() && asked > next)
            next = qMin(asked.toUTC(), now.addDays(7));
    }
    return next;
}

bool FeedRefresher::isDue(const Feed &feed, const QDateTime &now)
{
    if (feed.nextCheckAt.isValid() && feed.nextCheckAt > now)
        return false;
    return !feed.checkedAt.isValid() || feed.checkedAt.addSecs(qint64(feed.refreshMinutes) * 60) <= now ||
           (feed.failures > 0 && feed.nextCheckAt.isValid());
}

int FeedRefresher::refresh(const QVector<qint64> &feedIds, bool dueOnly)
{
    const std::optional<QVector<Feed>> feeds = m_store->feeds().list();
    if (!feeds)
        return 0;
    if (!isRunning()) {
        m_done = m_total = m_failed = m_added = 0;
        m_stored = 0;
        m_cancelled = false;
        ++m_batch; // answers still on their way from a cancelled batch are dropped
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    int queued = 0;
    for (const Feed &feed : *feeds) {
        if (!feedIds.isEmpty() && !feedIds.contains(feed.id))
            continue;
        if (dueOnly && !isDue(feed, now))
            continue;
        if (m_waiting.contains(feed.id) || m_running.contains(feed.id))
            continue;
        m_waiting.append(feed.id);
        ++queued;
    }
    m_total += queued;
    if (queued > 0 && !m_inBatch) {
        m_inBatch = true;
        m_store->setAutoCheckpoint(false); // a worker thread checkpoints (see checkpointSoon)
    }
    if (queued > 0) {
        emit progress(m_done, m_total);
        startMore();
    }
    return queued;
}

void FeedRefresher::startMore()
{
    while (!m_cancelled && m_running.size() < m_maxConcurrent && !m_waiting.isEmpty()) {
        const qint64 id = m_waiting.takeFirst();
        const std::optional<Feed> feed = m_store->feeds().get(id);
        if (!feed) { // removed meanwhile
            feedDone(id, m_store->lastError().message, 0);
            continue;
        }
        FetchOptions options = m_options;
        options.ifNoneMatch = feed->etag;
        options.ifModifiedSince = feed->lastModified;
        m_running.append(id);
        FetchJob *job = m_fetcher->fetch(feed->url, options);
        connect(job, &FetchJob::finished, this, [this, id, job]() {
            const FetchResult result = job->result();
            job->deleteLater();
            onFetched(id, result);
        });
    }
}

void FeedRefresher::onFetched(qint64 feedId, const FetchResult &result)
{
    if (result.error == FetchResult::Error::Cancelled || m_cancelled) {
        m_running.removeOne(feedId);
        feedDone(feedId, result.errorString, -1);
        return;
    }
    if (!result.ok() || result.notModified) {
        enqueue({feedId, result, {}});
        return;
    }
    // Parsing a large feed takes a while: a worker thread does it.
    auto *watcher = new QFutureWatcher<ParsedFeed>(this);
    const int batch = m_batch;
    connect(watcher, &QFutureWatcher<ParsedFeed>::finished, this, [this, watcher, feedId, result, batch]() {
        ParsedFeed parsed = watcher->result();
        watcher->deleteLater();
        if (batch == m_batch && m_inBatch)
            enqueue({feedId, result, std::move(parsed)});
    });
    watcher->setFuture(QtConcurrent::run(&FeedParser::parse, result.body, result.finalUrl, result.charset));
}

void FeedRefresher::enqueue(Fetched fetched)
{
    m_fetched.append(std::move(fetched));
    if (!m_storeTimer.isActive())
        m_storeTimer.start();
}

void FeedRefresher::storeNext()
{
    // One feed per turn of the event loop: answers that arrive together do not
    // hold the window for the time of all their transactions.
    if (m_fetched.isEmpty()) {
        m_storeTimer.stop();
        return;
    }
    const Fetched next = m_fetched.takeFirst();
    if (m_fetched.isEmpty())
        m_storeTimer.stop();
    const FetchResult &result = next.result;
    if (m_cancelled) { // parsed after Cancel: not stored
        m_running.removeOne(next.feedId);
        feedDone(next.feedId, tr("Cancelled."), -1);
    } else if (!result.ok()) {
        fail(next.feedId, result.errorString, result.retryAfter);
    } else if (result.notModified) {
        const std::optional<Feed> feed = m_store->feeds().get(next.feedId);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        if (feed)
            m_store->relaxedTransaction(tr("record the feed's refresh"), [&]() {
                return m_store->feeds().recordCheck(next.feedId, now, QString(), QDateTime(),
                                                    result.etag.isEmpty() ? feed->etag : result.etag,
                                                    result.lastModified.isEmpty() ? feed->lastModified
                                                                                  : result.lastModified);
            });
        m_running.removeOne(next.feedId);
        feedDone(next.feedId, QString(), 0);
    } else {
        store(next.feedId, next.parsed, result);
    }
}

void FeedRefresher::store(qint64 feedId, const ParsedFeed &parsed, const FetchResult &result)
{
    if (!parsed.isFeed()) {
        fail(feedId,
             tr("%1 no longer sends a feed: %2 Check the address in the feed's Properties, or unsubscribe.")
                 .arg(result.finalUrl.toDisplayString(), parsed.error),
             {});
        return;
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QDateTime oldest = m_keepDays > 0 ? now.addDays(-m_keepDays) : QDateTime();
    // A long feed is stored a slice per turn of the event loop; the feed's state
    // goes with the last slice.
    const bool last = parsed.entries.size() <= kEntriesPerTurn;
    const QVector<FeedEntry> slice = last ? parsed.entries : parsed.entries.mid(0, kEntriesPerTurn);
    std::optional<FeedStoreResult> stored;
    // Fetched again if a power cut loses it: committed without waiting for the disk.
    const bool ok = m_store->relaxedTransaction(tr("store the feed"), [&]() {
        FeedRepository feeds = m_store->feeds();
        stored = feeds.storeEntries(feedId, slice, now, oldest);
        if (!stored)
            return false;
        // A feed that broke off keeps what it gave, and says why in the pane.
        // A document that broke off is fetched whole next time, not answered with a 304.
        const bool whole = parsed.error.isEmpty();
        return !last ||
               (feeds.setFeedInfo(feedId, parsed.title, parsed.siteUrl) &&
                feeds.recordCheck(feedId, now, QString(), QDateTime(), whole ? result.etag : QByteArray(),
                                  whole ? result.lastModified : QByteArray()));
    });
    if (!ok) {
        m_running.removeOne(feedId);
        m_addedSoFar.remove(feedId);
        feedDone(feedId, m_store->lastError().message, -1);
        return;
    }
    m_addedSoFar[feedId] += stored->added;
    if (!stored->changedWithArticle.isEmpty())
        refreshArticles(stored->changedWithArticle);
    if (!last) {
        Fetched rest{feedId, result, parsed};
        rest.parsed.entries = parsed.entries.mid(kEntriesPerTurn);
        m_fetched.prepend(std::move(rest));
        if (!m_storeTimer.isActive())
            m_storeTimer.start();
        return;
    }
    m_running.removeOne(feedId);
    if (++m_stored % 50 == 0)
        checkpointSoon();
    if (!parsed.error.isEmpty())
        m_store->feeds().recordCheck(feedId, now, parsed.error, QDateTime());
    feedDone(feedId, parsed.error, m_addedSoFar.take(feedId));
}

void FeedRefresher::fail(qint64 feedId, const QString &error, const QString &retryAfter)
{
    const std::optional<Feed> feed = m_store->feeds().get(feedId);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (feed)
        m_store->feeds().recordCheck(feedId, now, error,
                                     nextCheck(now, feed->refreshMinutes, feed->failures + 1, retryAfter));
    m_running.removeOne(feedId);
    feedDone(feedId, error, -1);
}

void FeedRefresher::feedDone(qint64 feedId, const QString &error, int added)
{
    ++m_done;
    if (added < 0)
        ++m_failed;
    else
        m_added += added;
    emit feedRefreshed(feedId, error, qMax(0, added));
    emit progress(m_done, m_total);
    startMore();
    if (m_running.isEmpty() && (m_waiting.isEmpty() || m_cancelled))
        endBatch();
}

void FeedRefresher::endBatch()
{
    if (!m_inBatch)
        return;
    m_inBatch = false;
    m_waiting.clear();
    m_total = m_done;
    if (!m_cancelled && m_keepDays > 0)
        m_store->feeds().prune(QDateTime::currentDateTimeUtc().addDays(-m_keepDays));
    m_store->setAutoCheckpoint(true);
    checkpointSoon();
    emit finished(m_done, m_failed, m_added);
}

void FeedRefresher::refreshArticles(const QVector<qint64> &itemIds)
{
    // An item that changed after it became an article: its new text is a new version
    // of the article, which keeps the old one and its annotations.
    ArticleImporter importer(m_store);
    for (const qint64 id : itemIds) {
        const std::optional<FeedItem> item = m_store->feeds().item(id);
        const std::optional<Feed> feed = item ? m_store->feeds().get(item->feedId) : std::nullopt;
        // An article made from the linked page is not replaced by the feed's summary.
        if (!item || !feed || FeedArticles::needsPage(*item, feed->fullText))
            continue;
        Article article;
        QString error;
        if (!ArticleImporter::prepare(FeedArticles::fromItem(*item), &article, &error))
            continue;
        const ImportOutcome outcome = importer.add(article, DuplicatePolicy::NewVersion);
        if (outcome.status == ImportOutcome::Status::Imported)
            m_store->feeds().linkArticle(id, outcome.articleId);
    }
}

void FeedRefresher::checkpointSoon()
{
    if (m_checkpoint.isRunning() || !m_store->isOpen())
        return;
    m_checkpoint = QtConcurrent::run(&LibraryConnection::checkpoint, m_store->path());
}

void FeedRefresher::cancel()
{
    if (!m_inBatch)
        return;
    m_cancelled = true;
    m_waiting.clear();
    // Answers fetched but not stored yet are dropped; what was stored stays.
    for (const Fetched &dropped : std::exchange(m_fetched, {})) {
        m_running.removeOne(dropped.feedId);
        m_addedSoFar.remove(dropped.feedId);
        ++m_done;
        ++m_failed;
    }
    m_storeTimer.stop();
    // The fetches abort and report Cancelled; parsing in progress is dropped when it ends.
    const auto jobs = m_fetcher->findChildren<FetchJob *>(QString(), Qt::FindDirectChildrenOnly);
    for (FetchJob *job : jobs)
        job->cancel();
    // Feeds still being parsed end with the batch, now; their results are dropped.
    m_done += int(m_running.size());
    m_failed += int(m_running.size());
    m_running.clear();
    endBatch();
}

} // namespace Gleaner
