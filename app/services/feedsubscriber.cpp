#include "services/feedsubscriber.h"

#include "feeds/feeddiscovery.h"
#include "feeds/feedparser.h"
#include "library/librarystore.h"
#include "network/contenttype.h"
#include "network/fetchjob.h"
#include "network/urlfetcher.h"
#include "services/feedrefresher.h"

#include <QEventLoop>
#include <QFutureWatcher>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

namespace Gleaner {

FeedSubscriber::FeedSubscriber(LibraryStore *store, QObject *parent)
    : QObject(parent), m_store(store), m_fetcher(new UrlFetcher(this))
{
    qRegisterMetaType<Gleaner::FeedSubscriber::Outcome>();
    setFetchOptions(FetchOptions());
}

FeedSubscriber::~FeedSubscriber() = default;

void FeedSubscriber::setFetchOptions(const FetchOptions &options)
{
    m_options = options;
    m_options.acceptFeeds = true;
}

void FeedSubscriber::subscribe(const QUrl &address, const QString &folder)
{
    m_address = address;
    m_folder = folder;
    m_candidates = {address};
    m_firstError.clear();
    m_tried.clear();
    m_discovering = false;
    m_cancelled = false;
    m_running = true;
    const std::optional<qint64> existing = m_store->feeds().findByUrl(address);
    if (existing && *existing > 0) {
        Outcome outcome;
        outcome.ok = true;
        outcome.alreadySubscribed = true;
        outcome.feedId = *existing;
        outcome.feedUrl = address;
        if (const auto feed = m_store->feeds().get(*existing))
            outcome.title = feed->displayTitle();
        QTimer::singleShot(0, this, [this, outcome]() { finish(outcome); });
        return;
    }
    fetchNext();
}

FeedSubscriber::Outcome FeedSubscriber::subscribeBlocking(const QUrl &address, const QString &folder)
{
    Outcome result;
    QEventLoop loop;
    const auto connection = connect(this, &FeedSubscriber::finished, &loop, [&](const Outcome &outcome) {
        result = outcome;
        loop.quit();
    });
    subscribe(address, folder);
    loop.exec();
    disconnect(connection);
    return result;
}

void FeedSubscriber::fetchNext()
{
    if (m_candidates.isEmpty()) {
        Outcome outcome;
        outcome.error = m_firstError.isEmpty()
                            ? tr("No feed was found at %1: the page names none, and none is at the usual "
                                 "places (/feed, /rss.xml, /atom.xml). Look on the site for an RSS or "
                                 "Atom link and give that address.")
                                  .arg(m_address.toDisplayString())
                            : m_firstError;
        finish(outcome);
        return;
    }
    const QUrl url = m_candidates.takeFirst();
    // Each address once: a page that names itself, or the user's own address among
    // the usual places, is not fetched again.
    const QUrl key = url.adjusted(QUrl::RemoveFragment | QUrl::NormalizePathSegments);
    if (m_tried.contains(key)) {
        fetchNext();
        return;
    }
    m_tried.append(key);
    emit statusChanged(tr("Looking for a feed at %1…").arg(url.toDisplayString()));
    m_job = m_fetcher->fetch(url, m_options);
    connect(m_job, &FetchJob::finished, this, [this, job = m_job.data()]() {
        const FetchResult result = job->result();
        job->deleteLater();
        onFetched(result);
    });
}

void FeedSubscriber::onFetched(const FetchResult &result)
{
    if (result.error == FetchResult::Error::Cancelled) {
        Outcome outcome;
        outcome.error = result.errorString;
        finish(outcome);
        return;
    }
    // The first answer is the user's address; after it, only candidates are tried.
    const bool first = !m_discovering;
    m_discovering = true;
    if (!result.ok()) {
        if (first) {
            m_firstError = result.errorString;
            // A site that cannot be reached will not have its feed at /feed either.
            if (result.error != FetchResult::Error::HttpStatus)
                m_candidates.clear();
        }
        fetchNext();
        return;
    }
    // Reading the document (a feed of megabytes, or a web page) is a worker thread's job.
    struct Read
    {
        ParsedFeed parsed;
        QList<QUrl> linked; // the feeds a web page names
    };
    const bool page =
        first && ContentType::fromHeader(result.contentType.toLatin1()).kind() == ContentType::Kind::Html;
    auto *watcher = new QFutureWatcher<Read>(this);
    connect(watcher, &QFutureWatcher<Read>::finished, this, [this, watcher, result, first, page]() {
        const Read read = watcher->result();
        watcher->deleteLater();
        if (m_cancelled) {
            Outcome outcome;
            outcome.error = tr("Subscribing to %1 was cancelled.").arg(m_address.toDisplayString());
            finish(outcome);
            return;
        }
        if (read.parsed.isFeed()) {
            accept(result.requestedUrl, read.parsed, result);
            return;
        }
        if (page) // a web page: the feeds it names, then the usual places on its site
            m_candidates =
                read.linked.isEmpty() ? FeedDiscovery::commonLocations(result.finalUrl) : read.linked;
        else if (first)
            m_firstError = tr("%1 is not a feed: %2").arg(m_address.toDisplayString(), read.parsed.error);
        fetchNext();
    });
    watcher->setFuture(QtConcurrent::run([result, page]() {
        Read read;
        read.parsed = FeedParser::parse(result.body, result.finalUrl, result.charset);
        if (!read.parsed.isFeed() && page)
            read.linked = FeedDiscovery::linkedFeeds(result.body, result.charset, result.finalUrl);
        return read;
    }));
}

void FeedSubscriber::accept(const QUrl &feedUrl, const ParsedFeed &parsed, const FetchResult &result)
{
    Outcome outcome;
    outcome.feedUrl = feedUrl;
    outcome.title = parsed.title.isEmpty() ? feedUrl.host() : parsed.title;
    const std::optional<qint64> existing = m_store->feeds().findByUrl(feedUrl);
    if (existing && *existing > 0) {
        outcome.ok = true;
        outcome.alreadySubscribed = true;
        outcome.feedId = *existing;
        finish(outcome);
        return;
    }
    // The feed and its first slice of items in one transaction; a long feed's other
    // items one slice per turn of the event loop, so the window stays responsive.
    m_pending = Pending();
    m_pending.now = QDateTime::currentDateTimeUtc();
    m_pending.parseError = parsed.error;
    m_pending.etag = result.etag;
    m_pending.lastModified = result.lastModified;
    m_pending.entries = parsed.entries;
    m_pending.outcome = outcome;
    Feed feed;
    feed.url = feedUrl;
    feed.siteUrl = parsed.siteUrl;
    feed.title = parsed.title;
    feed.folder = m_folder;
    const bool ok = m_store->transaction(tr("subscribe to the feed"), [&]() {
        const std::optional<qint64> id = m_store->feeds().add(feed);
        if (id)
            m_pending.outcome.feedId = *id;
        return id.has_value();
    });
    if (!ok) {
        m_pending.outcome.error = m_store->lastError().message;
        finish(m_pending.outcome);
        return;
    }
    storeNextSlice();
}

void FeedSubscriber::storeNextSlice()
{
    if (m_cancelled) {
        // The feed stays with what was stored; without its validators, the next refresh
        // fetches the whole feed again.
        m_pending.outcome.ok = true;
        finish(m_pending.outcome);
        return;
    }
    const bool last = m_pending.entries.size() <= FeedRefresher::kEntriesPerTurn;
    const QVector<FeedEntry> slice =
        last ? m_pending.entries : m_pending.entries.mid(0, FeedRefresher::kEntriesPerTurn);
    const qint64 id = m_pending.outcome.feedId;
    const QDateTime now = m_pending.now;
    const bool ok = m_store->transaction(tr("subscribe to the feed"), [&]() {
        FeedRepository feeds = m_store->feeds();
        const auto stored =
            feeds.storeEntries(id, slice, now, m_keepDays > 0 ? now.addDays(-m_keepDays) : QDateTime());
        if (!stored)
            return false;
        m_pending.outcome.items += stored->added;
        return !last || feeds.recordCheck(id, now, m_pending.parseError, QDateTime(), m_pending.etag,
                                          m_pending.lastModified);
    });
    if (!ok) {
        m_pending.outcome.error = m_store->lastError().message;
        finish(m_pending.outcome);
        return;
    }
    if (last) {
        m_pending.outcome.ok = true;
        finish(m_pending.outcome);
        return;
    }
    m_pending.entries.remove(0, FeedRefresher::kEntriesPerTurn);
    emit statusChanged(tr("Storing the feed's items: %Ln left…", nullptr, int(m_pending.entries.size())));
    QTimer::singleShot(0, this, &FeedSubscriber::storeNextSlice);
}

void FeedSubscriber::cancel()
{
    m_cancelled = true; // a document being read is dropped when it is read
    m_candidates.clear();
    if (m_job)
        m_job->cancel();
}

void FeedSubscriber::finish(const Outcome &outcome)
{
    m_running = false;
    emit finished(outcome);
}

} // namespace Gleaner
