// The Feeds tab driven as a reader drives it, against a local HTTP server:
// subscribing to a site, reading by key (Space, M, S), opening items as articles
// (from the linked page when the feed has only a summary) and tagging them, the
// refresh's progress and Cancel in the status bar, unsubscribing, OPML out and
// in, the command line refreshing the same library meanwhile, and a small window.
#include "articleview.h"
#include "clirunner.h"
#include "feeditemsmodel.h"
#include "feedsview.h"
#include "mainwindow.h"
#include "services/feedrefresher.h"
#include "settings.h"
#include "testengine.h"
#include "testhttpserver.h"
#include "windowtest.h"

#include <QAction>
#include <QInputDialog>
#include <QLabel>
#include <QProgressBar>
#include <QSignalSpy>
#include <QSplitter>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTreeView>

using namespace Gleaner;

namespace {

QByteArray item(const QByteArray &guid, const QByteArray &title, const QByteArray &body, int hoursAgo)
{
    return "<item><guid isPermaLink=\"false\">" + guid + "</guid><title>" + title + "</title><link>/story/" +
           guid + "</link><pubDate>" +
           QDateTime::currentDateTimeUtc().addSecs(-3600 * hoursAgo).toString(Qt::RFC2822Date).toLatin1() +
           "</pubDate><description><![CDATA[" + body + "]]></description></item>";
}

QByteArray longParagraphs(const QByteArray &lead)
{
    QByteArray html = "<p>" + lead + "</p>";
    for (int i = 0; i < 6; ++i)
        html += "<p>Paragraph " + QByteArray::number(i) +
                " of the story goes on about the plan, the people who made it and what the money buys, "
                "so that the feed carries the whole text and not a teaser.</p>";
    return html;
}

} // namespace

class TestFeeds : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    MainWindow *m_window = nullptr;
    TestHttpServer *m_server = nullptr;
    QString m_path;
    QStringList m_nextFiles;
    QByteArray m_feed;
    int m_counter = 0;

    FeedsView *feeds() const { return m_window->feedsView(); }
    LibraryStore *store() const { return m_window->document()->store(); }
    QTreeView *items() const { return feeds()->itemList(); }

    void serve()
    {
        m_feed = "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Harbor Wire</title>"
                 "<link>https://wire.example/</link>" +
                 item("full", "Nordwind commits €4 billion to Finland",
                      longParagraphs("Nordwind Cloud will invest €4 billion in Finland by 2030."), 1) +
                 item("teaser", "Chip plant for Ohio", "<p>A short teaser.</p>", 2) +
                 item("third", "Third story", longParagraphs("The third story."), 3) + "</channel></rss>";
        m_server->route(QStringLiteral("/"),
                        TestHttpResponse::page("<html><head><title>Harbor</title><link rel=\"alternate\" "
                                               "type=\"application/rss+xml\" href=\"/feed.xml\"></head>"
                                               "<body>Home</body></html>"));
        m_server->route(QStringLiteral("/feed.xml"), [this](const TestHttpRequest &) {
            return TestHttpResponse::page(m_feed, "application/rss+xml");
        });
        m_server->route(
            QStringLiteral("/story/teaser"),
            TestHttpResponse::page("<html><head><title>Chip plant for Ohio</title></head><body>"
                                   "<article><h1>Chip plant for Ohio</h1>" +
                                   longParagraphs("Silica Corp will spend $20 billion on a chip plant in "
                                                  "Ohio by 2028.") +
                                   "</article></body></html>"));
    }

    qint64 subscribe()
    {
        QSignalSpy subscribed(feeds(), &FeedsView::subscribed);
        feeds()->subscribe(m_server->url(QStringLiteral("/")), QStringLiteral("News / Tech"));
        if (!subscribed.wait(10000))
            return 0;
        return subscribed.first().value(0).toLongLong();
    }

    // Subscribes to `count` more feeds whose server waits `delayMs` before answering.
    void addSlowFeeds(int count, int delayMs)
    {
        for (int i = 0; i < count; ++i) {
            const QString path = QStringLiteral("/slow%1-%2").arg(delayMs).arg(i);
            TestHttpResponse slow = TestHttpResponse::page(m_feed, "application/rss+xml");
            slow.delayMs = delayMs;
            m_server->route(path, slow);
            Feed feed;
            feed.url = m_server->url(path);
            QVERIFY(store()->feeds().add(feed));
        }
    }

    int rowOf(const QString &titlePart) const
    {
        for (int row = 0; row < feeds()->itemsModel()->rowCount(); ++row) {
            if (feeds()->itemsModel()->itemAt(row)->title.contains(titlePart))
                return row;
        }
        return -1;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        GLEANER_REQUIRE_ENGINE();
    }
    void init()
    {
        m_server = new TestHttpServer;
        QVERIFY(m_server->start());
        serve();
        m_window = new MainWindow;
        m_window->setFileChooser([this](MainWindow::FileRequest, const QString &, const QString &,
                                        const QString &) { return std::exchange(m_nextFiles, {}); });
        m_window->setConfirmer([](const QString &) { return true; });
        m_window->resize(1200, 800);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window));
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window));
        m_path = Gleaner::Test::newLibrary(m_dir, QStringLiteral("feeds-%1.gleaner").arg(++m_counter));
        QVERIFY(m_window->openLibrary(m_path, true));
        m_window->action(QStringLiteral("showFeeds"))->trigger();
    }
    void cleanup()
    {
        delete m_window;
        m_window = nullptr;
        delete m_server;
        m_server = nullptr;
    }

    void subscribeAndReadByKey()
    {
        QCOMPARE(m_window->tabs()->currentWidget(), feeds());
        QVERIFY(feeds()->countLabel()->text().contains(QStringLiteral("No feeds yet")));
        const qint64 feedId = subscribe();
        QVERIFY(feedId > 0);
        // The tree: All Unread with its count, the folder path, the feed with its count.
        QStandardItemModel *tree = feeds()->treeModel();
        QCOMPARE(tree->index(0, 0).data().toString(), QStringLiteral("All Unread (3)"));
        const QModelIndex news = tree->index(2, 0);
        QCOMPARE(news.data().toString(), QStringLiteral("News"));
        const QModelIndex tech = tree->index(0, 0, news);
        QCOMPARE(tech.data().toString(), QStringLiteral("Tech"));
        QCOMPARE(tree->index(0, 0, tech).data().toString(), QStringLiteral("Harbor Wire (3)"));
        QCOMPARE(feeds()->selectedFeedId(), feedId);
        QCOMPARE(items()->model()->rowCount(), 3);
        // Newest first, unread in bold.
        QCOMPARE(feeds()->itemsModel()->itemAt(0)->title,
                 QStringLiteral("Nordwind commits €4 billion to Finland"));
        QVERIFY(items()->model()->index(0, 0).data(Qt::FontRole).value<QFont>().bold());

        // The keys are shortcuts of the list: it must have the focus, in an active window
        // (under load, the window manager of the test display may be slow to give it).
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window));
        items()->setFocus();
        QTRY_VERIFY(items()->hasFocus());
        items()->setCurrentIndex(items()->model()->index(0, 0));
        QTest::keyClick(items(), Qt::Key_S);
        QTRY_VERIFY(store()->feeds().item(feeds()->itemsModel()->itemAt(0)->id)->starred);
        QVERIFY(items()->model()->index(0, 0).data().toString().startsWith(QStringLiteral("★")));
        QTest::keyClick(items(), Qt::Key_M);
        QVERIFY(store()->feeds().item(feeds()->itemsModel()->itemAt(0)->id)->read);
        QTest::keyClick(items(), Qt::Key_M);
        QVERIFY(!store()->feeds().item(feeds()->itemsModel()->itemAt(0)->id)->read);
        QTest::keyClick(items(), Qt::Key_Space); // read, and on to the next
        QVERIFY(store()->feeds().item(feeds()->itemsModel()->itemAt(0)->id)->read);
        QCOMPARE(items()->currentIndex().row(), 1);
        QVERIFY(!items()->model()->index(0, 0).data(Qt::FontRole).value<QFont>().bold());
        // The counts follow when the lists are read again.
        feeds()->libraryChanged();
        QCOMPARE(tree->index(0, 0).data().toString(), QStringLiteral("All Unread (2)"));
        QCOMPARE(tree->index(1, 0).data().toString(), QStringLiteral("Starred (1)"));
        // Starred lists the starred item.
        feeds()->feedTree()->setCurrentIndex(tree->index(1, 0));
        QCOMPARE(items()->model()->rowCount(), 1);
    }

    void openedItemsBecomeArticles()
    {
        QVERIFY(subscribe() > 0);
        // The feed carries the whole text: no page is fetched.
        items()->setFocus();
        items()->setCurrentIndex(items()->model()->index(rowOf(QStringLiteral("Nordwind")), 0));
        QTest::keyClick(items(), Qt::Key_Return);
        QCOMPARE(m_window->tabs()->currentIndex(), 0);
        const Article shown = m_window->articleView()->article();
        QCOMPARE(shown.title, QStringLiteral("Nordwind commits €4 billion to Finland"));
        QVERIFY(
            shown.text.contains(QStringLiteral("Nordwind Cloud will invest €4 billion in Finland by 2030.")));
        QCOMPARE(shown.url, m_server->url(QStringLiteral("/story/full")).toString());
        QCOMPARE(m_server->requestCount(QStringLiteral("/story/full")), 0);
        // It is annotated like any article, and so kept whatever the retention.
        const int at = int(shown.text.indexOf(QStringLiteral("€4 billion")));
        m_window->articleView()->selectRange(at, at + 10);
        QVERIFY(m_window->tagSelectionAsPillar(QStringLiteral("Cloud")));
        QVERIFY(store()->feeds().prune(QDateTime::currentDateTimeUtc().addDays(1)));
        FeedItemFilter all;
        QCOMPARE(store()->feeds().itemCount(all).value_or(-1), 1);
        QCOMPARE(store()->feeds().items(all, 0, 1)->first().articleId, shown.id);

        // Opening it again shows the same article, not a second one.
        m_window->action(QStringLiteral("showFeeds"))->trigger();
        feeds()->selectFeed(0);
        feeds()->feedTree()->setCurrentIndex(feeds()->treeModel()->index(2, 0)); // the folder: every item
        QCOMPARE(items()->model()->rowCount(), 1);
        items()->setCurrentIndex(items()->model()->index(0, 0));
        feeds()->openCurrent();
        QCOMPARE(m_window->currentArticleId(), shown.id);
        QCOMPARE(store()->articleCount().value_or(-1), 1);
    }

    void summaryOnlyItemsFetchTheirPage()
    {
        QVERIFY(subscribe() > 0);
        items()->setCurrentIndex(items()->model()->index(rowOf(QStringLiteral("Ohio")), 0));
        feeds()->openCurrent();
        QCOMPARE(m_server->requestCount(QStringLiteral("/story/teaser")), 1);
        const Article shown = m_window->articleView()->article();
        QVERIFY2(shown.text.contains(QStringLiteral("Silica Corp will spend $20 billion")),
                 qPrintable(shown.text));
        // A page that cannot be fetched: the feed's text, and the reason in the status bar.
        m_window->action(QStringLiteral("showFeeds"))->trigger();
        Feed feed = store()->feeds().list()->first();
        feed.fullText = FullTextMode::FullText;
        QVERIFY(store()->feeds().updateSettings(feed));
        feeds()->libraryChanged();
        items()->setCurrentIndex(items()->model()->index(rowOf(QStringLiteral("Third")), 0));
        feeds()->openCurrent();
        QVERIFY(m_window->articleView()->article().text.contains(QStringLiteral("The third story.")));
        QVERIFY2(m_window->lastMessage().contains(QStringLiteral("could not be fetched")),
                 qPrintable(m_window->lastMessage()));
    }

    void refreshShowsProgressAndCancels()
    {
        QVERIFY(subscribe() > 0);
        addSlowFeeds(5, 1500); // five more that answer slowly
        auto *progress =
            m_window->statusBar()->findChild<QProgressBar *>(QStringLiteral("feedRefreshProgress"));
        auto *cancel = m_window->statusBar()->findChild<QToolButton *>(QStringLiteral("feedRefreshCancel"));
        QVERIFY(progress && cancel);
        QVERIFY(!progress->isVisible());
        m_window->action(QStringLiteral("refreshFeeds"))->trigger();
        QVERIFY(progress->isVisible());
        QVERIFY(cancel->isVisible());
        QCOMPARE(progress->maximum(), 6);
        QVERIFY(QTest::qWaitFor([&]() { return progress->value() >= 1; }, 5000)); // the quick one
        QSignalSpy finished(feeds()->refresher(), &FeedRefresher::finished);
        QTest::mouseClick(cancel, Qt::LeftButton);
        QVERIFY(finished.count() == 1 || finished.wait(3000));
        QVERIFY(!feeds()->isRefreshing());
        QVERIFY(!progress->isVisible());
        QVERIFY(!cancel->isVisible());
    }

    void closingDuringARefresh()
    {
        QVERIFY(subscribe() > 0);
        addSlowFeeds(6, 3000);
        m_window->action(QStringLiteral("refreshFeeds"))->trigger();
        QVERIFY(feeds()->isRefreshing());
        QTest::qWait(100);
        // The window goes while four feeds are being fetched: nothing is left running.
        delete m_window;
        m_window = nullptr;
        QTest::qWait(200);
        // The library is whole and opens again.
        LibraryStore reopened;
        QVERIFY(reopened.open(m_path));
        QCOMPARE(reopened.feeds().list()->size(), 7);
        QCOMPARE(reopened.feeds().itemCount({}).value_or(-1), 3);
    }

    void unsubscribeAndOpml()
    {
        const qint64 id = subscribe();
        QVERIFY(id > 0);
        const QString opml = m_dir.filePath(QStringLiteral("out-%1.opml").arg(m_counter));
        m_nextFiles = {opml};
        m_window->action(QStringLiteral("exportOpml"))->trigger();
        QVERIFY(QFile::exists(opml));
        QVERIFY(feeds()->removeSelectedFeed());
        QVERIFY(store()->feeds().list()->isEmpty());
        QCOMPARE(store()->feeds().itemCount({}).value_or(-1), 0);
        m_nextFiles = {opml};
        m_window->action(QStringLiteral("importOpml"))->trigger();
        const auto back = store()->feeds().list().value();
        QCOMPARE(back.size(), 1);
        QCOMPARE(back.first().folder, QStringLiteral("News / Tech"));
        QCOMPARE(back.first().url, m_server->url(QStringLiteral("/feed.xml")));
        // The imported feed is refreshed at once.
        QVERIFY(QTest::qWaitFor([&]() { return store()->feeds().itemCount({}).value_or(0) == 3; }, 10000));
    }

    void commandLineRefreshAppears()
    {
        QVERIFY(subscribe() > 0);
        m_feed.replace("</channel>",
                       QByteArray(item("late", "Late news from the wire", "<p>Late.</p>", 0) + "</channel>"));
        const Gleaner::Test::Run run =
            Gleaner::Test::runGleaner(m_dir.path(), {QStringLiteral("feed"), QStringLiteral("refresh"),
                                                     QStringLiteral("--library"), m_path});
        QCOMPARE(run.code, 0);
        QVERIFY(run.outText().contains(QStringLiteral("1 new item(s)")));
        // The window sees the other program's change within its watch interval.
        QVERIFY(QTest::qWaitFor([&]() { return rowOf(QStringLiteral("Late news")) >= 0; }, 15000));
        QCOMPARE(feeds()->treeModel()->index(0, 0).data().toString(), QStringLiteral("All Unread (4)"));
    }

    void readOnlyLibraryIsShownNotChanged()
    {
        if (Gleaner::Test::onServer())
            QSKIP("a read-only file; a role that may only read a server library: tst_serverlibrary");
        QVERIFY(subscribe() > 0);
        const QString copy = m_dir.filePath(QStringLiteral("readonly-%1.gleaner").arg(m_counter));
        QVERIFY(store()->saveCopyAs(copy));
        QFile::setPermissions(copy, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther);
        QVERIFY(m_window->openLibrary(copy));
        QVERIFY(store()->isReadOnly());
        for (const char *name : {"subscribeButton", "refreshButton", "markAllReadButton"})
            QVERIFY2(!feeds()->findChild<QWidget *>(QLatin1String(name))->isEnabled(), name);
        for (const char *name : {"subscribeFeed", "refreshFeeds", "importOpml"})
            QVERIFY2(!m_window->action(QLatin1String(name))->isEnabled(), name);
        QCOMPARE(items()->model()->rowCount(), 3); // shown
        items()->setFocus();
        items()->setCurrentIndex(items()->model()->index(0, 0));
        QTest::keyClick(items(), Qt::Key_S);
        QVERIFY(!store()->feeds().items({}, 0, 1)->first().starred); // not changed
        // Back on a writable library, the keys work again.
        QVERIFY(m_window->openLibrary(m_path));
        // The keys are shortcuts of the list: it must have the focus, in an active window
        // (under load, the window manager of the test display may be slow to give it).
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window));
        items()->setFocus();
        QTRY_VERIFY(items()->hasFocus());
        items()->setCurrentIndex(items()->model()->index(0, 0));
        QTest::keyClick(items(), Qt::Key_S);
        QTRY_VERIFY(store()->feeds().item(feeds()->itemsModel()->itemAt(0)->id)->starred);
    }

    void theListFollowsWhatGoes()
    {
        const qint64 id = subscribe();
        QVERIFY(id > 0);
        // In All Unread, opening an item makes it read: the next one takes its place.
        feeds()->selectFeed(0);
        QCOMPARE(items()->model()->rowCount(), 3);
        const qint64 second = feeds()->itemsModel()->itemAt(1)->id;
        items()->setCurrentIndex(items()->model()->index(0, 0));
        feeds()->openCurrent();
        m_window->action(QStringLiteral("showFeeds"))->trigger();
        QCOMPARE(items()->model()->rowCount(), 2);
        QCOMPARE(feeds()->itemsModel()->itemAt(items()->currentIndex().row())->id, second);
        // The feed shown is unsubscribed: the list shows All Unread, not an empty feed.
        feeds()->selectFeed(id);
        QVERIFY(feeds()->removeSelectedFeed());
        QCOMPARE(feeds()->selectedFeedId(), 0);
        QCOMPARE(feeds()->itemsModel()->filter().feedId, 0);
        QVERIFY(feeds()->itemsModel()->filter().unreadOnly);
    }

    void aHiddenTabReadsTheLibraryWhenShown()
    {
        QVERIFY(subscribe() > 0);
        const QString copy = m_dir.filePath(QStringLiteral("hidden-%1.gleaner").arg(m_counter));
        QVERIFY(store()->saveCopyAs(copy));
        m_window->tabs()->setCurrentIndex(0);
        QVERIFY(m_window->openLibrary(copy));          // with the Feeds tab hidden
        QCOMPARE(feeds()->treeModel()->rowCount(), 0); // not read yet
        m_window->action(QStringLiteral("showFeeds"))->trigger();
        QCOMPARE(feeds()->treeModel()->index(0, 0).data().toString(), QStringLiteral("All Unread (3)"));
        QCOMPARE(items()->model()->rowCount(), 3);
    }

    void retentionIsTheUsers()
    {
        Gleaner::Test::whenModal<QInputDialog>([](QInputDialog *dialog) {
            dialog->setIntValue(7);
            dialog->accept();
        });
        m_window->action(QStringLiteral("feedRetention"))->trigger();
        QCOMPARE(feeds()->refresher()->keepDays(), 7);
        QCOMPARE(Settings().feedKeepDays(), 7);
        Settings().setFeedKeepDays(30);
    }

    void smallWindowKeepsTheListsReadable()
    {
        QVERIFY(subscribe() > 0);
        for (const QSize size : {QSize(800, 600), QSize(1024, 700), QSize(1600, 1000)}) {
            QVERIFY(Gleaner::Test::resizeAndSettle(m_window, size));
            QCOMPARE(m_window->size(), size);
            QVERIFY2(items()->width() >= 360, qPrintable(QString::number(items()->width())));
            QVERIFY(feeds()->feedTree()->width() >= 140);
            // The title column takes what the feed and date columns leave.
            QVERIFY(items()->columnWidth(FeedItemsModel::TitleColumn) >= 150);
            const QImage shot = m_window->grab().toImage();
            QVERIFY(!shot.isNull());
        }
    }
};

QTEST_MAIN(TestFeeds)
#include "tst_feeds.moc"
