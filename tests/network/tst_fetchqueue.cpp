#include "network/fetchqueue.h"
#include "network/urlfetcher.h"
#include "testhttpserver.h"

#include <QSet>
#include <QSignalSpy>
#include <QTest>

using namespace Gleaner;
using Error = FetchResult::Error;

class TestFetchQueue : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();

    void sixUrlsAtMostFourAtATime();
    void maxConcurrentIsConfigurable();
    void sameUrlTwice();
    void newBatchAfterAllFinished();
    void cancelAll();

private:
    QList<QUrl> slowUrls(int count) const;

    TestHttpServer *m_server = nullptr;
    UrlFetcher *m_fetcher = nullptr;
};

void TestFetchQueue::init()
{
    m_server = new TestHttpServer(this);
    QVERIFY(m_server->start());
    // Slow enough that the queue has to hold the rest back.
    m_server->route("/slow", [](const TestHttpRequest &request) {
        TestHttpResponse response = TestHttpResponse::page("<p>" + request.target + "</p>");
        response.delayMs = 300;
        return response;
    });
    TestHttpResponse silent;
    silent.neverAnswer = true;
    m_server->route("/silent", silent);
    FetchOptions options;
    options.timeoutMs = 5000;
    m_fetcher = new UrlFetcher(options, this);
}

void TestFetchQueue::cleanup()
{
    delete m_fetcher;
    m_fetcher = nullptr;
    delete m_server;
    m_server = nullptr;
}

QList<QUrl> TestFetchQueue::slowUrls(int count) const
{
    QList<QUrl> urls;
    for (int i = 0; i < count; ++i)
        urls.append(m_server->url(QStringLiteral("/slow?item=%1").arg(i)));
    return urls;
}

void TestFetchQueue::sixUrlsAtMostFourAtATime()
{
    FetchQueue queue(m_fetcher);
    QCOMPARE(queue.maxConcurrent(), 4);
    QSignalSpy started(&queue, &FetchQueue::started);
    QSignalSpy progress(&queue, &FetchQueue::progress);
    QSignalSpy itemFinished(&queue, &FetchQueue::itemFinished);
    QSignalSpy allFinished(&queue, &FetchQueue::allFinished);

    QList<QUrl> urls = slowUrls(5);
    urls.insert(2, m_server->url(QStringLiteral("/missing"))); // one failure among them
    queue.enqueue(urls);
    QCOMPARE(started.count(), 4);
    QCOMPARE(queue.totalCount(), 6);
    QVERIFY(queue.isRunning());

    QVERIFY(allFinished.wait(5000));
    QCOMPARE(allFinished.count(), 1);
    QCOMPARE(started.count(), 6);
    QCOMPARE(itemFinished.count(), 6);
    QVERIFY(!queue.isRunning());
    QCOMPARE(m_server->maxInFlight(), 4);
    QCOMPARE(m_server->requests().size(), 6);

    QSet<int> indexes;
    for (const QList<QVariant> &arguments : std::as_const(itemFinished)) {
        const int index = arguments.at(0).toInt();
        const auto result = arguments.at(1).value<FetchResult>();
        indexes.insert(index);
        QCOMPARE(result.requestedUrl, urls.at(index));
        if (index == 2) {
            QCOMPARE(result.error, Error::HttpStatus);
            QCOMPARE(result.httpStatus, 404);
        } else {
            QVERIFY2(result.ok(), qPrintable(result.errorString));
            QCOMPARE(result.body,
                     "<p>/slow?item=" + QByteArray::number(index < 2 ? index : index - 1) + "</p>");
        }
    }
    QCOMPARE(indexes.size(), 6);

    QCOMPARE(progress.first(), (QList<QVariant>{0, 6}));
    QCOMPARE(progress.last(), (QList<QVariant>{6, 6}));
    QCOMPARE(queue.doneCount(), 6);
    const QList<FetchResult> results = queue.results();
    QCOMPARE(results.size(), 6);
    QCOMPARE(results.at(2).error, Error::HttpStatus);
    QVERIFY(results.at(5).ok());
}

void TestFetchQueue::maxConcurrentIsConfigurable()
{
    FetchQueue queue(m_fetcher);
    queue.setMaxConcurrent(2);
    QSignalSpy allFinished(&queue, &FetchQueue::allFinished);
    queue.enqueue(slowUrls(5));
    QVERIFY(allFinished.wait(5000));
    QCOMPARE(m_server->maxInFlight(), 2);
    QCOMPARE(queue.doneCount(), 5);
}

void TestFetchQueue::sameUrlTwice()
{
    FetchQueue queue(m_fetcher);
    QSignalSpy itemFinished(&queue, &FetchQueue::itemFinished);
    QSignalSpy allFinished(&queue, &FetchQueue::allFinished);
    const QUrl url = m_server->url(QStringLiteral("/slow"));
    queue.enqueue(url);
    queue.enqueue(url);
    QVERIFY(allFinished.wait(5000));
    QCOMPARE(itemFinished.count(), 2);
    QCOMPARE(itemFinished.at(0).at(0).toInt() + itemFinished.at(1).at(0).toInt(), 0 + 1);
}

void TestFetchQueue::newBatchAfterAllFinished()
{
    FetchQueue queue(m_fetcher);
    QSignalSpy allFinished(&queue, &FetchQueue::allFinished);
    QSignalSpy progress(&queue, &FetchQueue::progress);
    queue.enqueue(slowUrls(2));
    QVERIFY(allFinished.wait(5000));
    QCOMPARE(queue.totalCount(), 2);

    progress.clear();
    queue.enqueue(slowUrls(1));
    QCOMPARE(progress.first(), (QList<QVariant>{0, 1}));
    QVERIFY(allFinished.wait(5000));
    QCOMPARE(allFinished.count(), 2);
    QCOMPARE(queue.totalCount(), 1);
    QCOMPARE(queue.doneCount(), 1);
}

void TestFetchQueue::cancelAll()
{
    FetchQueue queue(m_fetcher);
    QSignalSpy itemFinished(&queue, &FetchQueue::itemFinished);
    QSignalSpy allFinished(&queue, &FetchQueue::allFinished);
    QSignalSpy received(m_server, &TestHttpServer::requestReceived);
    QList<QUrl> urls;
    for (int i = 0; i < 6; ++i)
        urls.append(m_server->url(QStringLiteral("/silent?item=%1").arg(i)));
    queue.enqueue(urls);
    QTRY_COMPARE(received.count(), 4);

    queue.cancelAll();
    QCOMPARE(itemFinished.count(), 6); // each one reported, at once
    QCOMPARE(allFinished.count(), 1);
    QSet<int> indexes;
    for (const QList<QVariant> &arguments : std::as_const(itemFinished)) {
        indexes.insert(arguments.at(0).toInt());
        QCOMPARE(arguments.at(1).value<FetchResult>().error, Error::Cancelled);
    }
    QCOMPARE(indexes.size(), 6);
    QVERIFY(!queue.isRunning());
    QTRY_COMPARE(m_server->openConnections(), 0);
    QTest::qWait(100);
    QCOMPARE(m_server->requests().size(), 4); // the waiting two were never started
}

QTEST_GUILESS_MAIN(TestFetchQueue)
#include "tst_fetchqueue.moc"
