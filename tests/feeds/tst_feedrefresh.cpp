// Subscribing and refreshing against a local HTTP server: discovery, conditional
// GET, servers that limit, redirect, trickle or never stop, retention and cancel.
#include "feeds/feedparser.h"
#include "import/articleimporter.h"
#include "library/librarystore.h"
#include "services/feedarticles.h"
#include "services/feedrefresher.h"
#include "services/feedsubscriber.h"
#include "testengine.h"
#include "testhttpserver.h"

#include <QFile>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Gleaner;

namespace {

QByteArray rss(const QList<QPair<QByteArray, QByteArray>> &items, const QByteArray &title = "Wire")
{
    QByteArray xml = "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>" + title +
                     "</title><link>https://wire.example/</link>";
    for (const auto &[guid, text] : items)
        xml += "<item><guid isPermaLink=\"false\">" + guid + "</guid><title>" + text +
               "</title><link>https://wire.example/" + guid + "</link><pubDate>" +
               QDateTime::currentDateTimeUtc().addSecs(-3600).toString(Qt::RFC2822Date).toLatin1() +
               "</pubDate><description><![CDATA[<p>" + text + " — " + QByteArray(700, 'w') +
               "</p>]]></description></item>";
    return xml + "</channel></rss>";
}

TestHttpResponse feedResponse(const QByteArray &body)
{
    return TestHttpResponse::page(body, "application/rss+xml; charset=utf-8");
}

} // namespace

class TestFeedRefresh : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    int m_serial = 0;

    std::unique_ptr<LibraryStore> newStore()
    {
        auto store = std::make_unique<LibraryStore>();
        LibraryStore::OpenOptions options;
        options.create = true;
        if (!store->open(Gleaner::Test::newLibrary(m_dir, QStringLiteral("lib%1.gleaner").arg(++m_serial)),
                         options))
            qFatal("cannot create a library: %s", qPrintable(store->lastError().message));
        return store;
    }

    qint64 addFeed(LibraryStore *store, const QUrl &url)
    {
        Feed feed;
        feed.url = url;
        return store->feeds().add(feed).value_or(0);
    }

    // The counts the feeds pane shows (kept by triggers) are those of the items.
    bool countsAgree(LibraryStore *store)
    {
        const auto feeds = store->feeds().list();
        if (!feeds)
            return false;
        for (const Feed &feed : *feeds) {
            QSqlQuery count(store->database());
            count.prepare(QStringLiteral(
                "SELECT count(*), coalesce(sum(CASE WHEN is_read = 0 THEN 1 ELSE 0 END), 0) FROM feed_items "
                "WHERE feed_id = ?"));
            count.addBindValue(feed.id);
            if (!count.exec() || !count.next()) {
                qWarning("%s", qPrintable(count.lastError().text()));
                return false;
            }
            if (count.value(0).toInt() != feed.items || count.value(1).toInt() != feed.unread) {
                qWarning("feed %lld: %d/%d counted, %d/%d kept", feed.id, count.value(1).toInt(),
                         count.value(0).toInt(), feed.unread, feed.items);
                return false;
            }
        }
        return true;
    }

    // Refreshes and waits; returns the finished() arguments (feeds, failed, added).
    QList<QVariant> refresh(FeedRefresher *refresher, const QVector<qint64> &ids = {})
    {
        QSignalSpy finished(refresher, &FeedRefresher::finished);
        if (refresher->refresh(ids) == 0)
            return {};
        if (!finished.wait(20000))
            return {};
        return finished.first();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        GLEANER_REQUIRE_ENGINE();
    }

    void subscribeFindsTheFeedASiteNames()
    {
        TestHttpServer server;
        QVERIFY(server.start());
        server.route(
            QStringLiteral("/"),
            TestHttpResponse::page("<html><head><link rel=\"alternate\" type=\"application/rss+xml\" "
                                   "href=\"/news/feed.xml\" title=\"News\"></head><body>Site</body></html>"));
        server.route(QStringLiteral("/news/feed.xml"), feedResponse(rss({{"a", "First"}, {"b", "Second"}})));
        auto store = newStore();
        FeedSubscriber subscriber(store.get());
        const FeedSubscriber::Outcome outcome =
            subscriber.subscribeBlocking(server.url(QStringLiteral("/")), QStringLiteral("Wires"));
        QVERIFY2(outcome.ok, qPrintable(outcome.error));
        QCOMPARE(outcome.feedUrl, server.url(QStringLiteral("/news/feed.xml")));
        QCOMPARE(outcome.title, QStringLiteral("Wire"));
        QCOMPARE(outcome.items, 2);
        const auto feed = store->feeds().get(outcome.feedId);
        QVERIFY(feed);
        QCOMPARE(feed->folder, QStringLiteral("Wires"));
        QCOMPARE(store->feeds().unreadCount().value_or(-1), 2);
        // Again, by the site's address or the feed's: already subscribed, nothing added.
        const FeedSubscriber::Outcome again = subscriber.subscribeBlocking(server.url(QStringLiteral("/")));
        QVERIFY(again.ok && again.alreadySubscribed);
        QCOMPARE(again.feedId, outcome.feedId);
        QVERIFY(subscriber.subscribeBlocking(server.url(QStringLiteral("/news/feed.xml"))).alreadySubscribed);
        QCOMPARE(store->feeds().list()->size(), 1);
    }

    void subscribeTriesTheUsualPlaces()
    {
        TestHttpServer server;
        QVERIFY(server.start());
        server.route(QStringLiteral("/blog/post"),
                     TestHttpResponse::page("<html><body>No link here</body></html>"));
        server.route(QStringLiteral("/rss.xml"), feedResponse(rss({{"a", "Only"}})));
        auto store = newStore();
        FeedSubscriber subscriber(store.get());
        const auto outcome = subscriber.subscribeBlocking(server.url(QStringLiteral("/blog/post")));
        QVERIFY2(outcome.ok, qPrintable(outcome.error));
        QCOMPARE(outcome.feedUrl, server.url(QStringLiteral("/rss.xml")));
        QCOMPARE(server.requestCount(QStringLiteral("/feed")), 1); // tried first, 404
    }

    void subscribeSaysWhenThereIsNoFeed()
    {
        TestHttpServer server;
        QVERIFY(server.start());
        server.route(QStringLiteral("/"), TestHttpResponse::page("<html><body>Nothing</body></html>"));
        auto store = newStore();
        FeedSubscriber subscriber(store.get());
        const auto outcome = subscriber.subscribeBlocking(server.url(QStringLiteral("/")));
        QVERIFY(!outcome.ok);
        QVERIFY2(outcome.error.contains(QStringLiteral("No feed was found")), qPrintable(outcome.error));
        QVERIFY(store->feeds().list()->isEmpty());
        // An address nothing answers at: said at once, no guessing at /feed.
        const auto refused = subscriber.subscribeBlocking(QUrl(QStringLiteral("http://127.0.0.1:1/")));
        QVERIFY(!refused.ok);
        QVERIFY2(refused.error.contains(QStringLiteral("refused")), qPrintable(refused.error));
    }

    void discoveryTriesEachAddressOnce()
    {
        TestHttpServer server;
        QVERIFY(server.start());
        // The user's address is one of the usual places, and a page that names itself.
        server.route(QStringLiteral("/feed"),
                     TestHttpResponse::page("<html><body>An app shell</body></html>"));
        server.route(
            QStringLiteral("/self"),
            TestHttpResponse::page("<html><head><link rel=\"alternate\" type=\"application/rss+xml\" "
                                   "href=\"/self\"></head></html>"));
        auto store = newStore();
        FeedSubscriber subscriber(store.get());
        for (const QString &path : {QStringLiteral("/feed"), QStringLiteral("/self")}) {
            const int before = int(server.requests().size());
            const int asked = server.requestCount(path);
            const auto outcome = subscriber.subscribeBlocking(server.url(path));
            QVERIFY(!outcome.ok);
            QVERIFY2(outcome.error.contains(QStringLiteral("No feed was found")), qPrintable(outcome.error));
            QCOMPARE(server.requestCount(path), asked + 1);
            QVERIFY(server.requests().size() - before <= 9); // the page, then each usual place once
        }
    }

    void pagesFollowTheLastRowNotAnOffset()
    {
        TestHttpServer server;
        QVERIFY(server.start());
        QList<QPair<QByteArray, QByteArray>> items;
        for (int i = 0; i < 450; ++i)
            items.append({"p" + QByteArray::number(i), "Story " + QByteArray::number(i)});
        server.route(QStringLiteral("/feed"), feedResponse(rss(items)));
        auto store = newStore();
        addFeed(store.get(), server.url(QStringLiteral("/feed")));
        FeedRefresher refresher(store.get());
        refresh(&refresher);
        FeedItemFilter unread;
        unread.unreadOnly = true;
        const QVector<FeedItem> first = store->feeds().items(unread, 0, 200).value();
        QVector<qint64> ids;
        for (const FeedItem &item : first)
            ids << item.id;
        QVERIFY(store->feeds().setRead(ids, true)); // read while the list is open
        FeedItemFilter next = unread;
        next.afterSortAt = first.constLast().sortAt;
        next.afterId = first.constLast().id;
        const QVector<FeedItem> second = store->feeds().items(next, 0, 200).value();
        QCOMPARE(second.size(), 200);
        // Nothing skipped: the second page starts right after the first.
        const QVector<FeedItem> all = store->feeds().items({}, 0, 450).value();
        QCOMPARE(second.first().id, all.at(200).id);
    }

    void unchangedFeedCostsA304()
    {
        TestHttpServer server;
        QVERIFY(server.start());
        QByteArray body = rss({{"a", "First"}});
        server.route(QStringLiteral("/feed"), feedResponse(body)
                                                  .header("ETag", "\"v1\"")
                                                  .header("Last-Modified", "Wed, 01 Apr 2026 10:00:00 GMT"));
        auto store = newStore();
        const qint64 id = addFeed(store.get(), server.url(QStringLiteral("/feed")));
        FeedRefresher refresher(store.get());
        QList<QVariant> done = refresh(&refresher);
        QCOMPARE(done.value(2).toInt(), 1);
        QCOMPARE(store->feeds().get(id)->etag, QByteArray("\"v1\""));
        // From now on the server answers 304 to the validators it gave.
        server.route(QStringLiteral("/feed"), [&body](const TestHttpRequest &request) {
            if (request.header("If-None-Match") == "\"v1\"") {
                TestHttpResponse notModified;
                notModified.status = 304;
                notModified.header("ETag", "\"v1\"");
                return notModified;
            }
            return feedResponse(body)
                .header("ETag", "\"v1\"")
                .header("Last-Modified", "Wed, 01 Apr 2026 10:00:00 GMT");
        });
        done = refresh(&refresher);
        QCOMPARE(done.value(1).toInt(), 0); // no failure
        QCOMPARE(done.value(2).toInt(), 0); // nothing new
        const TestHttpRequest last = server.requests().constLast();
        QCOMPARE(last.header("If-None-Match"), QByteArray("\"v1\""));
        QCOMPARE(last.header("If-Modified-Since"), QByteArray("Wed, 01 Apr 2026 10:00:00 GMT"));
        QCOMPARE(store->feeds().get(id)->failures, 0);
        QCOMPARE(store->feeds().itemCount({}).value_or(-1), 1);
    }

    void changedItemKeepsItsIdentityAndArticle()
    {
        TestHttpServer server;
        QVERIFY(server.start());
        QByteArray body = rss({{"a", "Original title"}, {"b", "Other"}});
        server.route(QStringLiteral("/feed"),
                     [&body](const TestHttpRequest &) { return feedResponse(body); });
        auto store = newStore();
        const qint64 feedId = addFeed(store.get(), server.url(QStringLiteral("/feed")));
        FeedRefresher refresher(store.get());
        QCOMPARE(refresh(&refresher).value(2).toInt(), 2);
        FeedItemFilter filter;
        filter.feedId = feedId;
        const auto before = store->feeds().items(filter, 0, 10).value();
        const FeedItem original = before.at(0).guid == QLatin1String("a") ? before.at(0) : before.at(1);
        // The user opens it: it becomes an article, and annotates it.
        ArticleImporter importer(store.get());
        const ImportOutcome opened = importer.import(FeedArticles::fromItem(original), DuplicatePolicy::Skip);
        QCOMPARE(opened.status, ImportOutcome::Status::Imported);
        QVERIFY(store->feeds().linkArticle(original.id, opened.articleId));
        Annotation note;
        note.articleId = opened.articleId;
        note.kind = AnnotationKind::Note;
        note.start = 0;
        note.end = 8;
        note.note = QStringLiteral("mine");
        QVERIFY(store->addAnnotation(note));

        body = rss({{"a", "Corrected title"}, {"b", "Other"}});
        QCOMPARE(refresh(&refresher).value(2).toInt(), 0); // changed, not new
        const FeedItem changed = store->feeds().item(original.id).value();
        QCOMPARE(changed.title, QStringLiteral("Corrected title"));
        QCOMPARE(store->feeds().itemCount(filter).value_or(-1), 2);
        // The article got a new version; the old one keeps the annotation.
        QVERIFY(changed.articleId > 0);
        QVERIFY(changed.articleId != opened.articleId);
        QCOMPARE(store->article(changed.articleId)->previousVersionId, opened.articleId);
        QCOMPARE(store->annotations(opened.articleId)->size(), 1);
        // Read, unread, read all: the kept counts follow.
        QVERIFY(store->feeds().setRead({original.id}, false));
        QVERIFY(store->feeds().setRead({original.id, original.id}, true));
        QVERIFY(countsAgree(store.get()));
        QCOMPARE(store->feeds().unreadCount().value_or(-1), 1);
        QVERIFY(store->feeds().markAllRead(filter));
        QVERIFY(countsAgree(store.get()));
        QCOMPARE(store->feeds().unreadCount().value_or(-1), 0);
    }

    void rateLimitAndBackOff()
    {
        TestHttpServer server;
        QVERIFY(server.start());
        server.route(QStringLiteral("/limited"), TestHttpResponse::error(429).header("Retry-After", "7200"));
        server.route(QStringLiteral("/down"), TestHttpResponse::error(503));
        auto store = newStore();
        const qint64 limited = addFeed(store.get(), server.url(QStringLiteral("/limited")));
        const qint64 down = addFeed(store.get(), server.url(QStringLiteral("/down")));
        FeedRefresher refresher(store.get());
        const QDateTime start = QDateTime::currentDateTimeUtc();
        QCOMPARE(refresh(&refresher).value(1).toInt(), 2);
        const Feed one = store->feeds().get(limited).value();
        QCOMPARE(one.failures, 1);
        QVERIFY2(one.lastError.contains(QStringLiteral("429")), qPrintable(one.lastError));
        QVERIFY(one.nextCheckAt >= start.addSecs(7190));
        QVERIFY(!FeedRefresher::isDue(one, QDateTime::currentDateTimeUtc()));
        // Only the due ones: neither is, so nothing is fetched.
        const int requests = server.requests().size();
        QCOMPARE(refresher.refresh({}, true), 0);
        QCOMPARE(server.requests().size(), requests);
        // Each failure in a row waits longer, up to a day.
        const Feed two = store->feeds().get(down).value();
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QCOMPARE(FeedRefresher::nextCheck(now, 60, 1, {}), now.addSecs(3600));
        QCOMPARE(FeedRefresher::nextCheck(now, 60, 3, {}), now.addSecs(4 * 3600));
        QCOMPARE(FeedRefresher::nextCheck(now, 60, 12, {}), now.addSecs(24 * 3600));
        QVERIFY(two.lastError.contains(QStringLiteral("503")));
        // A refresh the user asks for tries again at once, and success clears the count.
        server.route(QStringLiteral("/down"), feedResponse(rss({{"x", "Back"}})));
        refresh(&refresher, {down});
        QCOMPARE(store->feeds().get(down)->failures, 0);
        QVERIFY(store->feeds().get(down)->lastError.isEmpty());
    }

    void redirectsSlowAndEndlessServers()
    {
        TestHttpServer server;
        QVERIFY(server.start());
        server.route(QStringLiteral("/moved"), TestHttpResponse::redirect("/feed", 301));
        server.route(QStringLiteral("/feed"), feedResponse(rss({{"a", "Moved here"}})));
        TestHttpResponse slow = feedResponse(rss({{"s", "Slow"}}));
        // The slow server waits well past the timeout below; the timeout itself leaves room for
        // a loaded machine (CI runs PostgreSQL tests side by side), where the redirected feed's
        // first byte once took longer than half a second.
        slow.delayMs = 8000;
        server.route(QStringLiteral("/slow"), slow);
        TestHttpResponse endless = feedResponse("<rss version=\"2.0\"><channel><title>");
        endless.autoContentLength = false;
        endless.endless = true;
        // (a chunk each millisecond, 16 MB/s: a zero interval kept this thread, the server's and the
        // refresher's, so busy that the redirect once went unsent for seconds)
        endless.endlessIntervalMs = 1;
        server.route(QStringLiteral("/endless"), endless);
        auto store = newStore();
        const qint64 moved = addFeed(store.get(), server.url(QStringLiteral("/moved")));
        const qint64 slowId = addFeed(store.get(), server.url(QStringLiteral("/slow")));
        const qint64 endlessId = addFeed(store.get(), server.url(QStringLiteral("/endless")));
        FeedRefresher refresher(store.get());
        FetchOptions options;
        options.timeoutMs = 2000;
        options.maxBytes = 256 * 1024;
        refresher.setFetchOptions(options);
        const QList<QVariant> done = refresh(&refresher);
        QString seen; // (what the server was asked, for a failure's message)
        for (const TestHttpRequest &request : server.requests())
            seen += QStringLiteral(" %1#%2").arg(request.path).arg(request.connection);
        QVERIFY2(store->feeds().get(moved)->lastError.isEmpty(),
                 qPrintable(store->feeds().get(moved)->lastError + seen));
        QCOMPARE(store->feeds().get(moved)->failures, 0);
        QCOMPARE(done.value(0).toInt(), 3);
        QCOMPARE(done.value(1).toInt(), 2);
        QCOMPARE(store->feeds().itemCount({}).value_or(-1), 1);
        QVERIFY(store->feeds().get(slowId)->lastError.contains(QStringLiteral("sent nothing")));
        QVERIFY2(store->feeds().get(endlessId)->lastError.contains(QStringLiteral("limit")),
                 qPrintable(store->feeds().get(endlessId)->lastError));
    }

    void gzipAndRetryAfterDates()
    {
        QFile packed(QStringLiteral(GLEANER_FIXTURES "/feeds/atom-xmlbase.xml.gz"));
        QVERIFY(packed.open(QIODevice::ReadOnly));
        TestHttpServer server;
        QVERIFY(server.start());
        server.route(QStringLiteral("/atom"), TestHttpResponse::page(packed.readAll(), "application/atom+xml")
                                                  .header("Content-Encoding", "gzip"));
        auto store = newStore();
        addFeed(store.get(), server.url(QStringLiteral("/atom")));
        FeedRefresher refresher(store.get());
        QCOMPARE(refresh(&refresher).value(2).toInt(), 2);
        QVERIFY(server.requests().constLast().header("Accept-Encoding").contains("gzip"));
        // Retry-After as an HTTP date; one in the past or unreadable leaves the back-off as it is.
        const QDateTime now = QDateTime::fromString(QStringLiteral("2026-04-02T10:00:00Z"), Qt::ISODate);
        QCOMPARE(FeedRefresher::nextCheck(now, 60, 1, QStringLiteral("Thu, 02 Apr 2026 14:00:00 GMT")),
                 now.addSecs(4 * 3600));
        QCOMPARE(FeedRefresher::nextCheck(now, 60, 1, QStringLiteral("Thu, 02 Apr 2026 09:00:00 GMT")),
                 now.addSecs(3600));
        QCOMPARE(FeedRefresher::nextCheck(now, 60, 1, QStringLiteral("soon")), now.addSecs(3600));
        // A week at most, however far the server asks.
        QCOMPARE(FeedRefresher::nextCheck(now, 60, 1, QStringLiteral("Fri, 31 Dec 2099 23:59:59 GMT")),
                 now.addDays(7));
        QCOMPARE(FeedRefresher::nextCheck(now, 60, 1, QStringLiteral("99999999")), now.addDays(7));
    }

    void brokenFeedKeepsItsItemsAndSaysWhy()
    {
        TestHttpServer server;
        QVERIFY(server.start());
        server.route(
            QStringLiteral("/feed"),
            feedResponse("<rss version=\"2.0\"><channel><item><title>Kept</title><guid>k</guid></item>"
                         "<item><title>Broken & </title></item></channel></rss>")
                .header("ETag", "\"broken\""));
        auto store = newStore();
        const qint64 id = addFeed(store.get(), server.url(QStringLiteral("/feed")));
        FeedRefresher refresher(store.get());
        refresh(&refresher);
        QCOMPARE(store->feeds().itemCount({}).value_or(-1), 1);
        QVERIFY(store->feeds().get(id)->lastError.contains(QStringLiteral("not well-formed")));
        // Its validators are not kept: next time it is fetched whole, not answered with a 304.
        QVERIFY(store->feeds().get(id)->etag.isEmpty());
        // A page that is not a feed (the site replaced it) is a failure, and stores nothing.
        server.route(QStringLiteral("/feed"),
                     TestHttpResponse::page("<!DOCTYPE html><html><body>Gone</body></html>"));
        refresh(&refresher);
        QVERIFY(store->feeds().get(id)->lastError.contains(QStringLiteral("no longer sends a feed")));
        QCOMPARE(store->feeds().itemCount({}).value_or(-1), 1);
    }

    void fourFeedsAtATimeAndCancel()
    {
        TestHttpServer server;
        QVERIFY(server.start());
        auto store = newStore();
        for (int i = 0; i < 12; ++i) {
            const QString path = QStringLiteral("/f%1").arg(i);
            TestHttpResponse response = feedResponse(rss({{"i" + QByteArray::number(i), "Item"}}));
            response.delayMs = 400; // (long enough for four to be in flight at once on a busy machine)
            server.route(path, response);
            addFeed(store.get(), server.url(path));
        }
        FeedRefresher refresher(store.get());
        QCOMPARE(refresh(&refresher).value(0).toInt(), 12);
        QCOMPARE(server.maxInFlight(), 4);
        QCOMPARE(store->feeds().itemCount({}).value_or(-1), 12);
        QVERIFY(countsAgree(store.get()));
        // Folder and feed counts, and a feed removed with its items.
        FeedItemFilter one;
        one.feedId = store->feeds().list()->first().id;
        QCOMPARE(store->feeds().itemCount(one).value_or(-1), 1);
        QVERIFY(store->feeds().remove(one.feedId));
        QCOMPARE(store->feeds().itemCount({}).value_or(-1), 11);
        QVERIFY(countsAgree(store.get()));

        // Cancelled after the first feed: finished() comes, the rest is not fetched.
        server.resetCounters();
        const int before = server.requests().size();
        QSignalSpy finished(&refresher, &FeedRefresher::finished);
        connect(&refresher, &FeedRefresher::feedRefreshed, &refresher, &FeedRefresher::cancel);
        QCOMPARE(refresher.refresh(), 11);
        QVERIFY(finished.wait(10000));
        QVERIFY(!refresher.isRunning());
        QVERIFY(server.requests().size() - before <= 4);
        QVERIFY(finished.first().value(0).toInt() < 11);
        QCOMPARE(finished.size(), 1);
    }

    void aLongFeedIsStoredInSlices()
    {
        TestHttpServer server;
        QVERIFY(server.start());
        QList<QPair<QByteArray, QByteArray>> items;
        for (int i = 0; i < 10000; ++i)
            items.append({"item" + QByteArray::number(i), "Story " + QByteArray::number(i)});
        server.route(QStringLiteral("/long"), feedResponse(rss(items)));
        auto store = newStore();
        const qint64 id = addFeed(store.get(), server.url(QStringLiteral("/long")));
        FeedRefresher refresher(store.get());
        // The event loop runs between slices: a timer keeps firing while it stores.
        int ticks = 0;
        QTimer ticker;
        ticker.setInterval(0);
        connect(&ticker, &QTimer::timeout, &ticker, [&ticks]() { ++ticks; });
        QSignalSpy refreshed(&refresher, &FeedRefresher::feedRefreshed);
        ticker.start();
        const QList<QVariant> done = refresh(&refresher);
        QCOMPARE(done.value(2).toInt(), 10000);
        QCOMPARE(refreshed.size(), 1); // one feed, reported once
        QVERIFY2(ticks >= 10000 / FeedRefresher::kEntriesPerTurn, qPrintable(QString::number(ticks)));
        QCOMPARE(store->feeds().list()->first().items, 10000);
        QVERIFY(store->feeds().get(id)->checkedAt.isValid());
        QVERIFY(countsAgree(store.get()));
    }

    void aLongFeedIsSubscribedInSlices()
    {
        TestHttpServer server;
        QVERIFY(server.start());
        QList<QPair<QByteArray, QByteArray>> items;
        for (int i = 0; i < 3000; ++i)
            items.append({"item" + QByteArray::number(i), "Story " + QByteArray::number(i)});
        server.route(QStringLiteral("/long"), feedResponse(rss(items)));
        auto store = newStore();
        FeedSubscriber subscriber(store.get());
        // The first fetch is stored a slice per turn of the event loop, as a refresh is.
        int ticks = 0;
        QTimer ticker;
        ticker.setInterval(0);
        connect(&ticker, &QTimer::timeout, &ticker, [&ticks]() { ++ticks; });
        ticker.start();
        const FeedSubscriber::Outcome outcome =
            subscriber.subscribeBlocking(server.url(QStringLiteral("/long")));
        QVERIFY2(outcome.ok, qPrintable(outcome.error));
        QCOMPARE(outcome.items, 3000);
        QVERIFY2(ticks >= 3000 / FeedRefresher::kEntriesPerTurn, qPrintable(QString::number(ticks)));
        const auto itemsOf = [&store](qint64 id) {
            const std::optional<QVector<Feed>> feeds = store->feeds().list();
            for (const Feed &f : *feeds) {
                if (f.id == id)
                    return f.items; // the kept count; get() does not read it
            }
            return -1;
        };
        QCOMPARE(itemsOf(outcome.feedId), 3000);
        QVERIFY(store->feeds().get(outcome.feedId)->checkedAt.isValid());
        QVERIFY(countsAgree(store.get()));

        // Cancel while it stores: the feed keeps what was stored and is not marked as
        // checked, so its next refresh fetches everything again.
        server.route(QStringLiteral("/other"), feedResponse(rss(items, "Other")));
        FeedSubscriber second(store.get());
        QSignalSpy finished(&second, &FeedSubscriber::finished);
        connect(&second, &FeedSubscriber::statusChanged, &second, [&second](const QString &message) {
            if (message.contains(QLatin1String("left")))
                second.cancel();
        });
        second.subscribe(server.url(QStringLiteral("/other")));
        QVERIFY(finished.wait(20000));
        const auto cancelled = finished.first().first().value<FeedSubscriber::Outcome>();
        QVERIFY(cancelled.ok);
        const int stored = itemsOf(cancelled.feedId);
        QVERIFY2(stored > 0 && stored < 3000, qPrintable(QString::number(stored)));
        QVERIFY(!store->feeds().get(cancelled.feedId)->checkedAt.isValid());
        QVERIFY(countsAgree(store.get()));
    }

    void retention()
    {
        TestHttpServer server;
        QVERIFY(server.start());
        const QDateTime now = QDateTime::currentDateTimeUtc();
        auto item = [](const char *guid, const QDateTime &when) -> QByteArray {
            return "<item><guid>" + QByteArray(guid) + "</guid><title>" + guid + "</title><pubDate>" +
                   when.toString(Qt::RFC2822Date).toLatin1() + "</pubDate></item>";
        };
        const QByteArray body = "<rss version=\"2.0\"><channel><title>Old and new</title>" +
                                item("old", now.addDays(-90)) + item("recent", now.addDays(-2)) +
                                "<item><guid>undated</guid><title>No date</title></item></channel></rss>";
        server.route(QStringLiteral("/feed"), feedResponse(body));
        auto store = newStore();
        const qint64 id = addFeed(store.get(), server.url(QStringLiteral("/feed")));
        FeedRefresher refresher(store.get());
        refresher.setKeepDays(30);
        // Just subscribed: the feed shows what it carries, however old.
        refresh(&refresher);
        QCOMPARE(store->feeds().itemCount({}).value_or(-1), 3);

        // Months later: what nobody opened or starred goes, and does not come back.
        QSqlQuery age(store->database());
        QVERIFY(age.exec(QStringLiteral("UPDATE feeds SET created_at = '2020-01-01T00:00:00.000Z'")));
        QVERIFY(age.exec(
            QStringLiteral("UPDATE feed_items SET seen_at = '2020-01-01T00:00:00.000Z', sort_at = CASE WHEN "
                           "published IS NULL THEN '2020-01-01T00:00:00.000Z' ELSE sort_at END")));
        QVERIFY(age.exec(
            QStringLiteral("INSERT INTO feed_items (feed_id, guid, title, seen_at, sort_at, starred) "
                           "VALUES (%1, 'starred-old', 'S', '2020-01-01T00:00:00.000Z', "
                           "'2020-01-01T00:00:00.000Z', 1)")
                .arg(id)));
        refresh(&refresher);
        FeedItemFilter all;
        const auto left = store->feeds().items(all, 0, 10).value();
        QStringList guids;
        for (const FeedItem &i : left)
            guids << i.guid;
        guids.sort();
        QCOMPARE(guids, (QStringList{QStringLiteral("recent"), QStringLiteral("starred-old")}));
        // The undated item the feed still lists does not come back as new.
        refresh(&refresher);
        QCOMPARE(store->feeds().itemCount(all).value_or(-1), 2);
        // Pruning never takes an item that became an article.
        QVERIFY(store->feeds().prune(now.addDays(1)));
        guids.clear();
        const QVector<FeedItem> kept = store->feeds().items(all, 0, 10).value();
        for (const FeedItem &i : kept)
            guids << i.guid;
        QCOMPARE(guids, QStringList{QStringLiteral("starred-old")});
        QVERIFY(countsAgree(store.get()));
        QCOMPARE(store->feeds().itemCount(all).value_or(-1), 1);
    }
};

QTEST_GUILESS_MAIN(TestFeedRefresh)
#include "tst_feedrefresh.moc"
