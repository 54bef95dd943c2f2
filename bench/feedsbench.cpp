// Feeds at scale against a local HTTP server (in a thread of its own, so that it
// does not take the window's event loop): 500 feeds of 400 items, 200,000 items.
//
//   feeds_bench [--feeds N] [--items N] [--dir DIR]
//
// Measures, with the real FeedRefresher and FeedsView (offscreen):
//   - the first refresh (every item new),
//   - a refresh where nothing changed (every feed answers 304),
//   - a refresh where every feed changed (new and edited items in each),
//   - the longest gap of the event loop during each refresh (a window stalls that long),
//   - opening the unread list (the tree with counts and the first page),
//   - the process's peak memory.
#include "feeditemsmodel.h"
#include "feedsview.h"
#include "library/librarystore.h"
#include "services/feedrefresher.h"
#include "testhttpserver.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QThread>
#include <QTimer>
#include <QTreeView>

#include <sys/resource.h>

#include <atomic>
#include <cstdio>
#include <functional>

using namespace Gleaner;

namespace {

std::atomic_int g_generation{0};

// Feed `feed` as generation `generation` has it: 400 items, newest first; each
// generation adds 20 new items and edits the titles of 20 others.
QByteArray feedBody(int feed, int items, int generation)
{
    QByteArray xml;
    xml.reserve(items * 420);
    xml += "<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel><title>Bench feed " +
           QByteArray::number(feed) + "</title><link>https://bench" + QByteArray::number(feed) +
           ".example/</link>";
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const int first = generation * 20;
    for (int i = first; i < first + items; ++i) {
        const QByteArray n = QByteArray::number(i);
        const bool edited = generation > 0 && i >= first + 20 && i < first + 40;
        xml += "<item><title>Story " + n + " of feed " + QByteArray::number(feed) +
               (edited ? " (updated)" : "") + "</title><link>https://bench" + QByteArray::number(feed) +
               ".example/story/" + n + "</link><guid isPermaLink=\"false\">f" + QByteArray::number(feed) +
               "-" + n + "</guid><pubDate>" +
               now.addSecs(-600 * (first + items - i)).toString(Qt::RFC2822Date).toLatin1() +
               "</pubDate><description>A short summary of story " + n +
               ", which says who invests how much in what and by when.</description></item>";
    }
    return xml + "</channel></rss>";
}

qint64 peakMemoryMb()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss / 1024;
}

struct RefreshRun
{
    double seconds = 0;
    double longestGapMs = 0;
    int failed = 0;
    int added = 0;
};

RefreshRun refreshAll(FeedRefresher *refresher)
{
    RefreshRun run;
    QElapsedTimer clock;
    QElapsedTimer sinceTick;
    QTimer ticker;
    ticker.setInterval(5);
    ticker.setTimerType(Qt::PreciseTimer);
    QObject::connect(&ticker, &QTimer::timeout, [&]() {
        run.longestGapMs = qMax(run.longestGapMs, sinceTick.nsecsElapsed() / 1e6 - 5);
        sinceTick.restart();
    });
    QEventLoop loop;
    QObject::connect(refresher, &FeedRefresher::finished, &loop, [&](int, int failed, int added) {
        run.failed = failed;
        run.added = added;
        loop.quit();
    });
    clock.start();
    sinceTick.start();
    ticker.start();
    refresher->refresh();
    loop.exec();
    run.seconds = clock.nsecsElapsed() / 1e9;
    return run;
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    int feeds = 500;
    int items = 400;
    QString dir = QDir::temp().filePath(QStringLiteral("gleaner-feeds-bench"));
    const QStringList args = app.arguments();
    for (int i = 1; i + 1 < args.size(); i += 2) {
        if (args.at(i) == QLatin1String("--feeds"))
            feeds = args.at(i + 1).toInt();
        else if (args.at(i) == QLatin1String("--items"))
            items = args.at(i + 1).toInt();
        else if (args.at(i) == QLatin1String("--dir"))
            dir = args.at(i + 1);
    }

    // The server, in its own thread.
    QThread serverThread;
    QObject serverContext; // lives in the server's thread; the server is made there
    serverContext.moveToThread(&serverThread);
    serverThread.start();
    TestHttpServer *server = nullptr;
    QUrl base;
    QMetaObject::invokeMethod(
        &serverContext,
        [&]() {
            server = new TestHttpServer;
            server->start();
            base = server->url();
            for (int f = 0; f < feeds; ++f) {
                server->route(QStringLiteral("/feed/%1").arg(f), [f, items](const TestHttpRequest &request) {
                    const int generation = g_generation;
                    const QByteArray etag = "\"g" + QByteArray::number(generation) + "\"";
                    if (request.header("If-None-Match") == etag) {
                        TestHttpResponse notModified;
                        notModified.status = 304;
                        notModified.header("ETag", etag);
                        return notModified;
                    }
                    return TestHttpResponse::page(feedBody(f, items, generation), "application/rss+xml")
                        .header("ETag", etag);
                });
            }
        },
        Qt::BlockingQueuedConnection);

    QDir().mkpath(dir);
    const QString path = QDir(dir).filePath(QStringLiteral("feeds.gleaner"));
    QFile::remove(path);
    QFile::remove(path + QStringLiteral("-wal"));
    QFile::remove(path + QStringLiteral("-shm"));
    LibraryStore store;
    LibraryStore::OpenOptions options;
    options.create = true;
    if (!store.open(path, options)) {
        std::fprintf(stderr, "cannot create %s\n", qPrintable(path));
        return 1;
    }
    store.transaction(QStringLiteral("subscribe"), [&]() {
        for (int f = 0; f < feeds; ++f) {
            Feed feed;
            feed.url = base.resolved(QUrl(QStringLiteral("/feed/%1").arg(f)));
            feed.folder = QStringLiteral("Folder %1").arg(f % 20);
            if (!store.feeds().add(feed))
                return false;
        }
        return true;
    });

    FeedRefresher refresher(&store);
    refresher.setKeepDays(0); // keep every generated item
    std::printf("%d feeds x %d items, library %s\n", feeds, items, qPrintable(path));
    const RefreshRun first = refreshAll(&refresher);
    std::printf(
        "first refresh (all new):     %7.2f s, %d items added, %d failed, longest event-loop gap %6.1f ms\n",
        first.seconds, first.added, first.failed, first.longestGapMs);
    const RefreshRun same = refreshAll(&refresher);
    std::printf("refresh, nothing changed:    %7.2f s (304s), %d failed, longest gap %6.1f ms\n",
                same.seconds, same.failed, same.longestGapMs);
    g_generation = 1;
    const RefreshRun changed = refreshAll(&refresher);
    std::printf("refresh, every feed changed: %7.2f s, %d items added, %d failed, longest gap %6.1f ms\n",
                changed.seconds, changed.added, changed.failed, changed.longestGapMs);
    std::printf("items stored: %d, unread: %d\n", store.feeds().itemCount({}).value_or(-1),
                store.feeds().unreadCount().value_or(-1));

    // The queries behind it, one by one.
    const auto timed = [](const char *what, const std::function<void()> &work) {
        QElapsedTimer t;
        t.start();
        work();
        std::printf("  %-36s %6.1f ms\n", what, t.nsecsElapsed() / 1e6);
    };
    FeedItemFilter unread;
    unread.unreadOnly = true;
    timed("feeds with their counts", [&]() { store.feeds().list(); });
    timed("count of unread items", [&]() { store.feeds().itemCount(unread); });
    timed("first 200 unread items", [&]() { store.feeds().items(unread, 0, 200); });
    timed("count of starred items", [&]() { store.feeds().starredCount(); });

    // Opening the unread list as the window does: the tree with its counts and the first page.
    FeedsView view;
    view.resize(1200, 800);
    QElapsedTimer open;
    open.start();
    view.setStore(&store);
    view.show();
    QCoreApplication::processEvents();
    const double openMs = open.nsecsElapsed() / 1e6;
    std::printf("open the feeds pane on All Unread (tree, counts, first %d of %d rows): %.1f ms\n",
                view.itemsModel()->rowCount(), view.itemsModel()->totalCount(), openMs);
    QElapsedTimer reload;
    reload.start();
    view.libraryChanged();
    std::printf("read the pane again after a change: %.1f ms\n", reload.nsecsElapsed() / 1e6);
    view.setStore(nullptr);
    std::printf("peak memory: %lld MB\n", peakMemoryMb());

    QMetaObject::invokeMethod(
        &serverContext, [&]() { delete server; }, Qt::BlockingQueuedConnection);
    serverThread.quit();
    serverThread.wait();
    return 0;
}
