#include "network/fetchjob.h"
#include "network/urlfetcher.h"
#include "testhttpserver.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>
#if QT_CONFIG(ssl)
#include <QSslConfiguration>
#include <QSslSocket>
#endif

using namespace Gleaner;
using Error = FetchResult::Error;

namespace {

// A self-signed certificate for 127.0.0.1 (and localhost), valid 2000-2999, and its key.
// Only used by the tests' https server.
const char testCertificatePem[] = R"(-----BEGIN CERTIFICATE-----
MIIBijCCATGgAwIBAgIUcfCVaZQ+0zscOTJBgRbdBaRWN3QwCgYIKoZIzj0EAwIw
LDESMBAGA1UEAwwJMTI3LjAuMC4xMRYwFAYDVQQKDA1HbGVhbmVyIHRlc3RzMCAX
DTAwMDEwMTAwMDAwMFoYDzI5OTkxMjMxMDAwMDAwWjAsMRIwEAYDVQQDDAkxMjcu
MC4wLjExFjAUBgNVBAoMDUdsZWFuZXIgdGVzdHMwWTATBgcqhkjOPQIBBggqhkjO
PQMBBwNCAATD/OPsVJBSuYZec+OSazxVXT6ty9r2wXKvAvO9reWlNacd9IkjuKa4
Y/SKWpf5Tx5vMTyd4PstesUUAXkJGH4doy8wLTAaBgNVHREEEzARhwR/AAABggls
b2NhbGhvc3QwDwYDVR0TAQH/BAUwAwEB/zAKBggqhkjOPQQDAgNHADBEAiBcRRJj
toiA0EVlCoji9YcRB4eOL5PZVaK9KW4mi8lh4gIgI/+gR911nhFWkXDVVWFpf4DS
kU2pviWiflfWxAEBvPY=
-----END CERTIFICATE-----
)";
const char testKeyPem[] = R"(-----BEGIN EC PRIVATE KEY-----
MHcCAQEEIAZHOY7LGNztstQtMTlOSZy1twztov1PGfB3ypzCFSdQoAoGCCqGSM49
AwEHoUQDQgAEw/zj7FSQUrmGXnPjkms8VV0+rcva9sFyrwLzva3lpTWnHfSJI7im
uGP0ilqX+U8ebzE8neD7LXrFFAF5CRh+HQ==
-----END EC PRIVATE KEY-----
)";

quint32 crc32(const QByteArray &data)
{
    quint32 crc = 0xffffffffu;
    for (const char c : data) {
        crc ^= quint8(c);
        for (int bit = 0; bit < 8; ++bit)
            crc = (crc >> 1) ^ (0xedb88320u & (0u - (crc & 1u)));
    }
    return ~crc;
}

void appendLittleEndian32(QByteArray &out, quint32 value)
{
    for (int i = 0; i < 4; ++i)
        out += char((value >> (8 * i)) & 0xff);
}

// gzip (RFC 1952) by hand: qCompress() gives a 4-byte length, a zlib stream (2-byte
// header, raw deflate, 4-byte Adler-32); gzip wants its own header, the raw deflate,
// CRC-32 and the input size.
QByteArray gzip(const QByteArray &data)
{
    const QByteArray zlib = qCompress(data, 9);
    QByteArray out("\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\xff", 10);
    out += zlib.mid(4 + 2, zlib.size() - 4 - 2 - 4);
    appendLittleEndian32(out, crc32(data));
    appendLittleEndian32(out, quint32(data.size()));
    return out;
}

FetchOptions quickOptions()
{
    FetchOptions options;
    options.timeoutMs = 5000;
    return options;
}

struct Outcome
{
    FetchResult result;
    int finishedCount = 0;
    QList<QList<QVariant>> progress;
    qint64 elapsedMs = 0;
};

// Fetches url with a fresh fetcher and waits (at most waitMs) for the job to finish.
Outcome fetch(const QUrl &url, const FetchOptions &options = quickOptions(), int waitMs = 10000)
{
    UrlFetcher fetcher(options);
    QElapsedTimer timer;
    timer.start();
    FetchJob *job = fetcher.fetch(url);
    QSignalSpy finished(job, &FetchJob::finished);
    QSignalSpy progress(job, &FetchJob::progress);
    if (finished.isEmpty())
        finished.wait(waitMs);
    Outcome outcome;
    outcome.elapsedMs = timer.elapsed();
    QTest::qWait(20); // a second finished() would show up here
    outcome.result = job->result();
    outcome.finishedCount = int(finished.count());
    outcome.progress = progress;
    return outcome;
}

} // namespace

class TestUrlFetcher : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();

    void normalPage();
    void plainText();
    void sniffedType_data();
    void sniffedType();
    void fetchBlocking();
    void invalidAddress_data();
    void invalidAddress();

    void redirectChain();
    void redirectLimit();
    void redirectLoop();
    void redirectToOtherScheme_data();
    void redirectToOtherScheme();
    void cookiesOnlyWithinOneFetch();
    void checkRedirect_data();
    void checkRedirect();

    void httpError_data();
    void httpError();
    void tooManyRequests_data();
    void tooManyRequests();

    void timeoutNoAnswer();
    void timeoutTrickle();
    void sizeCapEndlessBody();
    void sizeCapContentLength();
    void gzipBody();
    void shiftJisCharsetFromHeader();
    void unsupportedContentType_data();
    void unsupportedContentType();
    void closeMidBody();
    void connectionRefused();
    void hostNotFound();
    void cancel();
    void deleteWhileRunning();

    void tlsUntrustedCertificate();
    void tlsTrustedAndDowngrade();

private:
    TestHttpServer *m_server = nullptr;
};

void TestUrlFetcher::init()
{
    m_server = new TestHttpServer(this);
    QVERIFY(m_server->start());
}

void TestUrlFetcher::cleanup()
{
    delete m_server;
    m_server = nullptr;
}

void TestUrlFetcher::normalPage()
{
    const QByteArray body = "<!DOCTYPE html><title>Hello</title><p>" + QByteArray(100000, 'a') + "</p>";
    m_server->route("/article", TestHttpResponse::page(body, "text/html; charset=UTF-8"));

    const Outcome outcome = fetch(m_server->url(QStringLiteral("/article?id=7#comments")));
    const FetchResult &result = outcome.result;
    QCOMPARE(outcome.finishedCount, 1);
    QVERIFY2(result.ok(), qPrintable(result.errorString));
    QVERIFY(result.errorString.isEmpty());
    QCOMPARE(result.body, body);
    QCOMPARE(result.contentType, QStringLiteral("text/html"));
    QCOMPARE(result.charset, QStringLiteral("utf-8"));
    QCOMPARE(result.httpStatus, 200);
    QCOMPARE(result.requestedUrl, m_server->url(QStringLiteral("/article?id=7#comments")));
    QCOMPARE(result.finalUrl, m_server->url(QStringLiteral("/article?id=7")));

    QVERIFY(!outcome.progress.isEmpty());
    QCOMPARE(outcome.progress.last().at(0).toLongLong(), qint64(body.size()));
    QCOMPARE(outcome.progress.last().at(1).toLongLong(), qint64(body.size()));

    QCOMPARE(m_server->requests().size(), 1);
    const TestHttpRequest request = m_server->requests().first();
    QCOMPARE(request.target, QByteArray("/article?id=7"));
    QCOMPARE(request.header("User-Agent"), QByteArray("Gleaner/" GLEANER_VERSION " (+desktop news reader)"));
    QCOMPARE(request.header("Accept"), UrlFetcher::acceptHeader());
    QVERIFY(request.header("Accept-Encoding").contains("gzip"));
    QVERIFY(request.header("Cookie").isEmpty());
}

void TestUrlFetcher::plainText()
{
    m_server->route("/notes.txt", TestHttpResponse::page("Plain words.\n", "text/plain; charset=iso-8859-1"));
    const FetchResult result = fetch(m_server->url(QStringLiteral("/notes.txt"))).result;
    QVERIFY2(result.ok(), qPrintable(result.errorString));
    QCOMPARE(result.contentType, QStringLiteral("text/plain"));
    QCOMPARE(result.charset, QStringLiteral("iso-8859-1"));
    QCOMPARE(result.body, QByteArray("Plain words.\n"));
}

void TestUrlFetcher::sniffedType_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("contentType");
    QTest::newRow("html") << QByteArray("\n<!doctype html><p>Hi</p>") << QStringLiteral("text/html");
    QTest::newRow("text") << QByteArray("Hi there.") << QStringLiteral("text/plain");
}

void TestUrlFetcher::sniffedType()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, contentType);
    m_server->route("/untyped", TestHttpResponse::page(body, QByteArray()));
    const FetchResult result = fetch(m_server->url(QStringLiteral("/untyped"))).result;
    QVERIFY2(result.ok(), qPrintable(result.errorString));
    QCOMPARE(result.contentType, contentType);
    QVERIFY(result.charset.isEmpty());
    QCOMPARE(result.body, body);
}

void TestUrlFetcher::fetchBlocking()
{
    m_server->route("/page", TestHttpResponse::page("<p>Blocking</p>"));
    const FetchResult result =
        UrlFetcher::fetchBlocking(m_server->url(QStringLiteral("/page")), quickOptions());
    QVERIFY2(result.ok(), qPrintable(result.errorString));
    QCOMPARE(result.body, QByteArray("<p>Blocking</p>"));

    const FetchResult missing = UrlFetcher::fetchBlocking(m_server->url(QStringLiteral("/missing")));
    QCOMPARE(missing.error, Error::HttpStatus);
    QCOMPARE(missing.httpStatus, 404);

    const FetchResult invalid = UrlFetcher::fetchBlocking(QUrl(QStringLiteral("ftp://example.org/")));
    QCOMPARE(invalid.error, Error::UnsupportedScheme);
}

void TestUrlFetcher::invalidAddress_data()
{
    QTest::addColumn<QUrl>("url");
    QTest::addColumn<Error>("error");
    QTest::newRow("empty") << QUrl() << Error::InvalidUrl;
    QTest::newRow("no scheme") << QUrl(QStringLiteral("example.org/article")) << Error::InvalidUrl;
    QTest::newRow("no host") << QUrl(QStringLiteral("http:///article")) << Error::InvalidUrl;
    QTest::newRow("ftp") << QUrl(QStringLiteral("ftp://example.org/a.txt")) << Error::UnsupportedScheme;
    QTest::newRow("file") << QUrl(QStringLiteral("file:///etc/passwd")) << Error::UnsupportedScheme;
}

void TestUrlFetcher::invalidAddress()
{
    QFETCH(QUrl, url);
    QFETCH(Error, error);
    UrlFetcher fetcher;
    FetchJob *job = fetcher.fetch(url);
    QSignalSpy finished(job, &FetchJob::finished);
    QVERIFY(!job->isFinished()); // reported later, never from within fetch()
    QVERIFY(finished.wait(2000));
    QCOMPARE(finished.count(), 1);
    QCOMPARE(job->result().error, error);
    QVERIFY(!job->result().errorString.isEmpty());
}

void TestUrlFetcher::redirectChain()
{
    const QByteArray port = QByteArray::number(m_server->serverPort());
    m_server->route("/start", TestHttpResponse::redirect("http://127.0.0.1:" + port + "/two", 301));
    m_server->route("/two", TestHttpResponse::redirect("three", 302)); // relative
    m_server->route("/three", TestHttpResponse::redirect("//127.0.0.1:" + port + "/four", 303));
    m_server->route("/four", TestHttpResponse::redirect("/final", 307));
    m_server->route("/final", TestHttpResponse::page("<p>Arrived</p>"));

    const FetchResult result = fetch(m_server->url(QStringLiteral("/start"))).result;
    QVERIFY2(result.ok(), qPrintable(result.errorString));
    QCOMPARE(result.requestedUrl, m_server->url(QStringLiteral("/start")));
    QCOMPARE(result.finalUrl, m_server->url(QStringLiteral("/final")));
    QCOMPARE(result.body, QByteArray("<p>Arrived</p>"));
    QCOMPARE(m_server->requests().size(), 5);
    for (const TestHttpRequest &request : m_server->requests())
        QCOMPARE(request.method, QByteArray("GET"));
}

void TestUrlFetcher::redirectLimit()
{
    // /hop?n=K redirects to /hop?n=K+1 until n=end.
    m_server->route("/hop", [](const TestHttpRequest &request) {
        const int n = request.target.mid(request.target.indexOf("n=") + 2).toInt();
        if (n >= 3)
            return TestHttpResponse::page("<p>Done</p>");
        return TestHttpResponse::redirect("/hop?n=" + QByteArray::number(n + 1));
    });
    FetchOptions options = quickOptions();
    options.maxRedirects = 3;
    const FetchResult atLimit = fetch(m_server->url(QStringLiteral("/hop?n=0")), options).result;
    QVERIFY2(atLimit.ok(), qPrintable(atLimit.errorString));
    QCOMPARE(m_server->requestCount(QStringLiteral("/hop")), 4);

    m_server->resetCounters();
    options.maxRedirects = 2;
    const FetchResult overLimit = fetch(m_server->url(QStringLiteral("/hop?n=0")), options).result;
    QCOMPARE(overLimit.error, Error::TooManyRedirects);
    QVERIFY2(overLimit.errorString.contains(QLatin1String("2 redirects")), qPrintable(overLimit.errorString));
    QCOMPARE(m_server->requestCount(QStringLiteral("/hop")), 3);
}

void TestUrlFetcher::redirectLoop()
{
    m_server->route("/a", TestHttpResponse::redirect("/b"));
    m_server->route("/b", TestHttpResponse::redirect("/c", 301));
    m_server->route("/c", TestHttpResponse::redirect("/a#top", 308));
    const FetchResult result = fetch(m_server->url(QStringLiteral("/a"))).result;
    QCOMPARE(result.error, Error::RedirectLoop);
    QVERIFY2(result.errorString.contains(QLatin1String("circle")), qPrintable(result.errorString));
    QCOMPARE(m_server->requests().size(), 3); // noticed before asking for /a again
}

void TestUrlFetcher::redirectToOtherScheme_data()
{
    QTest::addColumn<QByteArray>("location");
    QTest::newRow("ftp") << QByteArray("ftp://127.0.0.1/article.txt");
    QTest::newRow("file") << QByteArray("file:///etc/passwd");
    QTest::newRow("data") << QByteArray("data:text/html,<p>hi</p>");
    QTest::newRow("javascript") << QByteArray("javascript:alert(1)");
}

void TestUrlFetcher::redirectToOtherScheme()
{
    QFETCH(QByteArray, location);
    m_server->route("/away", TestHttpResponse::redirect(location));
    const FetchResult result = fetch(m_server->url(QStringLiteral("/away"))).result;
    QCOMPARE(result.error, Error::InsecureRedirect);
    const QString scheme = QString::fromLatin1(location.left(location.indexOf(':')));
    QVERIFY2(result.errorString.contains(scheme + u':'), qPrintable(result.errorString));
    QVERIFY(result.body.isEmpty());
}

void TestUrlFetcher::cookiesOnlyWithinOneFetch()
{
    // A site that sets a cookie and redirects to itself: not a loop, the cookie is sent
    // along the chain; the next fetch starts without it.
    m_server->route("/consent", [](const TestHttpRequest &request) {
        if (request.header("Cookie").contains("consent=yes"))
            return TestHttpResponse::page("<p>Welcome</p>");
        return TestHttpResponse::redirect("/consent").header("Set-Cookie", "consent=yes; Path=/");
    });
    UrlFetcher fetcher(quickOptions());
    for (int round = 0; round < 2; ++round) {
        FetchJob *job = fetcher.fetch(m_server->url(QStringLiteral("/consent")));
        QSignalSpy finished(job, &FetchJob::finished);
        QVERIFY(finished.wait(5000));
        QVERIFY2(job->result().ok(), qPrintable(job->result().errorString));
        QCOMPARE(job->result().body, QByteArray("<p>Welcome</p>"));
    }
    const QList<TestHttpRequest> requests = m_server->requests();
    QCOMPARE(requests.size(), 4);
    QVERIFY(requests.at(0).header("Cookie").isEmpty());
    QCOMPARE(requests.at(1).header("Cookie"), QByteArray("consent=yes"));
    QVERIFY(requests.at(2).header("Cookie").isEmpty()); // not kept between fetches
    QCOMPARE(requests.at(3).header("Cookie"), QByteArray("consent=yes"));
}

void TestUrlFetcher::checkRedirect_data()
{
    QTest::addColumn<QUrl>("from");
    QTest::addColumn<QUrl>("to");
    QTest::addColumn<int>("redirectsSoFar");
    QTest::addColumn<QList<QUrl>>("visited");
    QTest::addColumn<Error>("error");

    const auto u = [](const char *text) {
        return QUrl(QString::fromLatin1(text));
    };
    const QList<QUrl> none;
    QTest::newRow("http to https") << u("http://a.example/x") << u("https://a.example/x") << 0 << none
                                   << Error::None;
    QTest::newRow("https to https") << u("https://a.example/x") << u("https://b.example/y") << 0 << none
                                    << Error::None;
    QTest::newRow("http to http") << u("http://a.example/x") << u("http://a.example/y") << 0 << none
                                  << Error::None;
    QTest::newRow("https to http") << u("https://a.example/x") << u("http://a.example/x") << 0 << none
                                   << Error::InsecureRedirect;
    QTest::newRow("HTTPS to HTTP") << u("HTTPS://a.example/x") << u("HTTP://a.example/x") << 0 << none
                                   << Error::InsecureRedirect;
    QTest::newRow("https to ftp") << u("https://a.example/x") << u("ftp://a.example/x") << 0 << none
                                  << Error::InsecureRedirect;
    QTest::newRow("http to file") << u("http://a.example/x") << u("file:///etc/passwd") << 0 << none
                                  << Error::InsecureRedirect;
    QTest::newRow("loop") << u("http://a.example/b") << u("http://a.example/a") << 1
                          << QList<QUrl>{u("http://a.example/a"), u("http://a.example/b")}
                          << Error::RedirectLoop;
    QTest::newRow("loop despite fragment") << u("http://a.example/b") << u("http://a.example/a#x") << 1
                                           << QList<QUrl>{u("http://a.example/a")} << Error::RedirectLoop;
    QTest::newRow("other query is no loop") << u("http://a.example/a") << u("http://a.example/a?page=2") << 1
                                            << QList<QUrl>{u("http://a.example/a")} << Error::None;
    QTest::newRow("trailing slash is no loop") << u("http://a.example/a") << u("http://a.example/a/") << 1
                                               << QList<QUrl>{u("http://a.example/a")} << Error::None;
    QTest::newRow("tenth redirect") << u("http://a.example/9") << u("http://a.example/10") << 9 << none
                                    << Error::None;
    QTest::newRow("eleventh redirect")
        << u("http://a.example/10") << u("http://a.example/11") << 10 << none << Error::TooManyRedirects;
    QTest::newRow("invalid target") << u("http://a.example/x") << QUrl(QStringLiteral("http://[::1")) << 0
                                    << none << Error::InvalidUrl;
    QTest::newRow("no host") << u("http://a.example/x") << u("http:///x") << 0 << none << Error::InvalidUrl;
}

void TestUrlFetcher::checkRedirect()
{
    QFETCH(QUrl, from);
    QFETCH(QUrl, to);
    QFETCH(int, redirectsSoFar);
    QFETCH(QList<QUrl>, visited);
    QFETCH(Error, error);
    QString message = QStringLiteral("untouched");
    QCOMPARE(UrlFetcher::checkRedirect(from, to, redirectsSoFar, 10, visited, &message), error);
    if (error == Error::None)
        QCOMPARE(message, QStringLiteral("untouched"));
    else
        QVERIFY(message.size() > 20);
    QCOMPARE(UrlFetcher::checkRedirect(from, to, redirectsSoFar, 10, visited), error); // no message wanted
}

void TestUrlFetcher::httpError_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("reason");
    QTest::newRow("403") << 403 << QStringLiteral("Forbidden");
    QTest::newRow("404") << 404 << QStringLiteral("Not Found");
    QTest::newRow("410") << 410 << QStringLiteral("Gone");
    QTest::newRow("500") << 500 << QStringLiteral("Internal Server Error");
    QTest::newRow("503") << 503 << QStringLiteral("Service Unavailable");
}

void TestUrlFetcher::httpError()
{
    QFETCH(int, status);
    QFETCH(QString, reason);
    m_server->route("/error", TestHttpResponse::error(status));
    const Outcome outcome = fetch(m_server->url(QStringLiteral("/error")));
    QCOMPARE(outcome.finishedCount, 1);
    const FetchResult &result = outcome.result;
    QCOMPARE(result.error, Error::HttpStatus);
    QCOMPARE(result.httpStatus, status);
    QVERIFY(result.body.isEmpty());
    QVERIFY2(result.errorString.contains(QString::number(status) + u' ' + reason),
             qPrintable(result.errorString));
    QVERIFY2(result.errorString.contains(QLatin1String("127.0.0.1")), qPrintable(result.errorString));
}

void TestUrlFetcher::tooManyRequests_data()
{
    QTest::addColumn<QByteArray>("retryAfter");
    QTest::addColumn<QString>("expected");
    QTest::newRow("seconds") << QByteArray("120") << QStringLiteral("try again in 120 seconds");
    QTest::newRow("one second") << QByteArray("1") << QStringLiteral("try again in 1 second.");
    QTest::newRow("date") << QByteArray("Wed, 21 Oct 2037 07:28:00 GMT")
                          << QStringLiteral("try again after ");
    QTest::newRow("junk") << QByteArray("soon-ish") << QStringLiteral("try again after soon-ish");
    QTest::newRow("none") << QByteArray() << QStringLiteral("Wait a while");
}

void TestUrlFetcher::tooManyRequests()
{
    QFETCH(QByteArray, retryAfter);
    QFETCH(QString, expected);
    TestHttpResponse response = TestHttpResponse::error(429);
    if (!retryAfter.isEmpty())
        response.header("Retry-After", retryAfter);
    m_server->route("/busy", response);
    const FetchResult result = fetch(m_server->url(QStringLiteral("/busy"))).result;
    QCOMPARE(result.error, Error::HttpStatus);
    QCOMPARE(result.httpStatus, 429);
    QCOMPARE(result.retryAfter, QString::fromLatin1(retryAfter));
    QVERIFY2(result.errorString.contains(QLatin1String("429 Too Many Requests")),
             qPrintable(result.errorString));
    QVERIFY2(result.errorString.contains(expected), qPrintable(result.errorString));
}

void TestUrlFetcher::timeoutNoAnswer()
{
    TestHttpResponse silent;
    silent.neverAnswer = true;
    m_server->route("/silent", silent);
    FetchOptions options;
    options.timeoutMs = 300;
    const Outcome outcome = fetch(m_server->url(QStringLiteral("/silent")), options);
    QCOMPARE(outcome.finishedCount, 1);
    QCOMPARE(outcome.result.error, Error::Timeout);
    QVERIFY2(outcome.result.errorString.contains(QLatin1String("sent nothing for 300 ms")),
             qPrintable(outcome.result.errorString));
    QVERIFY2(outcome.elapsedMs >= 250 && outcome.elapsedMs < 5000,
             qPrintable(QString::number(outcome.elapsedMs)));
    QTRY_COMPARE(m_server->openConnections(), 0); // the connection was dropped
}

void TestUrlFetcher::timeoutTrickle()
{
    // A byte every 50 ms never trips the no-progress timeout; the overall cap (4 x 1000 ms) stops it.
    // (1 s of no progress: a test thread held up for half a second on a busy machine is not a
    // server that sent nothing)
    TestHttpResponse trickle = TestHttpResponse::page("<p>");
    trickle.endless = true;
    trickle.endlessChunkBytes = 1;
    trickle.endlessIntervalMs = 50;
    m_server->route("/trickle", trickle);
    FetchOptions options;
    options.timeoutMs = 1000;
    const Outcome outcome = fetch(m_server->url(QStringLiteral("/trickle")), options);
    QCOMPARE(outcome.result.error, Error::Timeout);
    QVERIFY2(outcome.result.errorString.contains(QLatin1String("took longer than")),
             qPrintable(outcome.result.errorString));
    QVERIFY2(outcome.elapsedMs >= 3900 && outcome.elapsedMs < 8000,
             qPrintable(QString::number(outcome.elapsedMs)));
    QVERIFY(!outcome.progress.isEmpty());
}

void TestUrlFetcher::sizeCapEndlessBody()
{
    TestHttpResponse endless = TestHttpResponse::page("<html><body>");
    endless.endless = true;
    m_server->route("/endless", endless);
    FetchOptions options = quickOptions();
    options.maxBytes = 64 * 1024;
    const Outcome outcome = fetch(m_server->url(QStringLiteral("/endless")), options);
    QCOMPARE(outcome.finishedCount, 1);
    QCOMPARE(outcome.result.error, Error::TooLarge);
    QVERIFY(outcome.result.body.isEmpty());
    QVERIFY2(outcome.result.errorString.contains(QLatin1String("64.0 kB")),
             qPrintable(outcome.result.errorString));
    QVERIFY(outcome.elapsedMs < 10000); // (without the cap: the 20 s overall limit)
    QTRY_COMPARE(m_server->openConnections(), 0);
}

void TestUrlFetcher::sizeCapContentLength()
{
    // Refused from the announced length alone, without waiting for the body.
    TestHttpResponse huge = TestHttpResponse::page("<p>");
    huge.header("Content-Length", QByteArray::number(10 * 1024 * 1024));
    huge.hangAfterBody = true;
    m_server->route("/huge", huge);
    FetchOptions options = quickOptions();
    options.maxBytes = 1024 * 1024;
    const Outcome outcome = fetch(m_server->url(QStringLiteral("/huge")), options);
    QCOMPARE(outcome.result.error, Error::TooLarge);
    QVERIFY2(outcome.result.errorString.contains(QLatin1String("10.0 MB")),
             qPrintable(outcome.result.errorString));
    QVERIFY(outcome.elapsedMs < 4500); // (not refused: a 5 s timeout)
}

void TestUrlFetcher::gzipBody()
{
    QByteArray html = "<!DOCTYPE html><title>Compressed</title>";
    for (int i = 0; i < 500; ++i)
        html += "<p>Paragraph " + QByteArray::number(i) + " of a long article.</p>\n";
    const QByteArray compressed = gzip(html);
    QVERIFY(compressed.size() < html.size() / 4);
    m_server->route("/gzip", [compressed](const TestHttpRequest &request) {
        if (!request.header("Accept-Encoding").contains("gzip"))
            return TestHttpResponse::error(406);
        return TestHttpResponse::page(compressed).header("Content-Encoding", "gzip");
    });
    const FetchResult result = fetch(m_server->url(QStringLiteral("/gzip"))).result;
    QVERIFY2(result.ok(), qPrintable(result.errorString));
    QCOMPARE(result.body.size(), html.size());
    QCOMPARE(result.body, html);
}

void TestUrlFetcher::shiftJisCharsetFromHeader()
{
    // "日本語のニュース" in Shift_JIS; the page itself names no charset.
    const QByteArray words("\x93\xfa\x96\x7b\x8c\xea\x82\xcc\x83\x6a\x83\x85\x81\x5b\x83\x58");
    const QByteArray html =
        "<html><head><title>" + words + "</title></head><body><p>" + words + "</p></body></html>";
    m_server->route("/sjis", TestHttpResponse::page(html, "text/html; charset=Shift_JIS"));
    const FetchResult result = fetch(m_server->url(QStringLiteral("/sjis"))).result;
    QVERIFY2(result.ok(), qPrintable(result.errorString));
    QCOMPARE(result.charset.compare(QLatin1String("shift_jis"), Qt::CaseInsensitive), 0);
    QCOMPARE(result.body, html);
}

void TestUrlFetcher::unsupportedContentType_data()
{
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("expected");
    QTest::newRow("pdf") << QByteArray("application/pdf") << QByteArray("%PDF-1.7")
                         << QStringLiteral("PDF documents are not supported");
    QTest::newRow("sniffed pdf") << QByteArray() << QByteArray("%PDF-1.4\n%...")
                                 << QStringLiteral("PDF documents are not supported");
    QTest::newRow("png") << QByteArray("image/png") << QByteArray("\x89PNG\r\n\x1a\n", 8)
                         << QStringLiteral("is an image (image/png)");
    QTest::newRow("octet-stream") << QByteArray("application/octet-stream") << QByteArray("\x01\x02", 2)
                                  << QStringLiteral("of type application/octet-stream");
    QTest::newRow("json") << QByteArray("application/json; charset=utf-8") << QByteArray("{}")
                          << QStringLiteral("of type application/json");
}

void TestUrlFetcher::unsupportedContentType()
{
    QFETCH(QByteArray, contentType);
    QFETCH(QByteArray, body);
    QFETCH(QString, expected);
    m_server->route("/file", TestHttpResponse::page(body, contentType));
    const Outcome outcome = fetch(m_server->url(QStringLiteral("/file")));
    QCOMPARE(outcome.finishedCount, 1);
    QCOMPARE(outcome.result.error, Error::UnsupportedContentType);
    QVERIFY2(outcome.result.errorString.contains(expected), qPrintable(outcome.result.errorString));
    QVERIFY(outcome.result.body.isEmpty());
}

void TestUrlFetcher::closeMidBody()
{
    TestHttpResponse cut = TestHttpResponse::page("<html><body>" + QByteArray(10000, 'a'));
    cut.closeAfterBodyBytes = 1000;
    m_server->route("/cut", cut);
    const Outcome outcome = fetch(m_server->url(QStringLiteral("/cut")));
    QCOMPARE(outcome.finishedCount, 1);
    QCOMPARE(outcome.result.error, Error::Truncated);
    QVERIFY2(outcome.result.errorString.contains(QLatin1String("incomplete")),
             qPrintable(outcome.result.errorString));
    QVERIFY(outcome.result.body.isEmpty());
}

void TestUrlFetcher::connectionRefused()
{
    QTcpServer closed;
    QVERIFY(closed.listen(QHostAddress::LocalHost, 0));
    const quint16 port = closed.serverPort();
    closed.close();
    QUrl url(QStringLiteral("http://127.0.0.1/article"));
    url.setPort(port);
    const Outcome outcome = fetch(url);
    QCOMPARE(outcome.finishedCount, 1);
    QCOMPARE(outcome.result.error, Error::ConnectionRefused);
    QVERIFY2(outcome.result.errorString.contains(QString::number(port)),
             qPrintable(outcome.result.errorString));
}

void TestUrlFetcher::hostNotFound()
{
    // .invalid never resolves (RFC 6761); resolvers answer without asking the network.
    const Outcome outcome = fetch(QUrl(QStringLiteral("http://gleaner-test.invalid/article")));
    if (outcome.result.error == Error::Timeout)
        QSKIP("The resolver here does not answer for .invalid names in time; cannot test DNS failure.");
    QCOMPARE(outcome.finishedCount, 1);
    QCOMPARE(outcome.result.error, Error::HostNotFound);
    QVERIFY2(outcome.result.errorString.contains(QLatin1String("gleaner-test.invalid")),
             qPrintable(outcome.result.errorString));
}

void TestUrlFetcher::cancel()
{
    TestHttpResponse silent;
    silent.neverAnswer = true;
    m_server->route("/silent", silent);
    UrlFetcher fetcher(quickOptions());
    FetchJob *job = fetcher.fetch(m_server->url(QStringLiteral("/silent")));
    QSignalSpy finished(job, &FetchJob::finished);
    QSignalSpy received(m_server, &TestHttpServer::requestReceived);
    QVERIFY(received.wait(3000));
    QVERIFY(!job->isFinished());

    job->cancel();
    QCOMPARE(finished.count(), 1); // at once
    QVERIFY(job->isFinished());
    QCOMPARE(job->result().error, Error::Cancelled);
    QVERIFY(job->result().errorString.contains(QLatin1String("cancelled")));
    job->cancel(); // no effect once finished
    QTest::qWait(50);
    QCOMPARE(finished.count(), 1);
    QTRY_COMPARE(m_server->openConnections(), 0);
}

void TestUrlFetcher::deleteWhileRunning()
{
    TestHttpResponse silent;
    silent.neverAnswer = true;
    m_server->route("/silent", silent);
    QSignalSpy received(m_server, &TestHttpServer::requestReceived);
    auto *fetcher = new UrlFetcher(quickOptions());
    FetchJob *first = fetcher->fetch(m_server->url(QStringLiteral("/silent?1")));
    FetchJob *second = fetcher->fetch(m_server->url(QStringLiteral("/silent?2")));
    QSignalSpy firstFinished(first, &FetchJob::finished);
    QSignalSpy secondFinished(second, &FetchJob::finished);
    QTRY_COMPARE(received.count(), 2);

    delete first; // aborts its request
    QTRY_COMPARE(m_server->openConnections(), 1);
    delete fetcher; // takes the running second job with it
    QTRY_COMPARE(m_server->openConnections(), 0);
    QCOMPARE(firstFinished.count(), 0);
    QCOMPARE(secondFinished.count(), 0);
}

void TestUrlFetcher::tlsUntrustedCertificate()
{
#if QT_CONFIG(ssl)
    if (!QSslSocket::supportsSsl())
        QSKIP("No TLS backend available");
    TestHttpServer https;
    https.setTls(QSslCertificate(QByteArray(testCertificatePem)), QSslKey(QByteArray(testKeyPem), QSsl::Ec));
    QVERIFY(https.start());
    https.route("/page", TestHttpResponse::page("<p>secret</p>"));
    const Outcome outcome = fetch(https.url(QStringLiteral("/page")));
    QCOMPARE(outcome.finishedCount, 1);
    QCOMPARE(outcome.result.error, Error::Tls);
    QVERIFY2(outcome.result.errorString.contains(QLatin1String("self-signed"), Qt::CaseInsensitive),
             qPrintable(outcome.result.errorString));
    QVERIFY(outcome.result.body.isEmpty());
    QCOMPARE(https.requests().size(), 0);
#else
    QSKIP("Qt built without TLS");
#endif
}

void TestUrlFetcher::tlsTrustedAndDowngrade()
{
#if QT_CONFIG(ssl)
    if (!QSslSocket::supportsSsl())
        QSKIP("No TLS backend available");
    const QSslCertificate certificate{QByteArray(testCertificatePem)};
    QVERIFY(!certificate.isNull());
    TestHttpServer https;
    https.setTls(certificate, QSslKey(QByteArray(testKeyPem), QSsl::Ec));
    QVERIFY(https.start());

    // Trust the test certificate for this test only.
    const QSslConfiguration saved = QSslConfiguration::defaultConfiguration();
    QSslConfiguration trusting = saved;
    trusting.addCaCertificate(certificate);
    QSslConfiguration::setDefaultConfiguration(trusting);
    const auto restore = qScopeGuard([saved] { QSslConfiguration::setDefaultConfiguration(saved); });

    https.route("/page", TestHttpResponse::page("<p>secure</p>"));
    https.route("/upgrade-ok", TestHttpResponse::redirect("/page"));
    https.route("/downgrade", TestHttpResponse::redirect(m_server->url(QStringLiteral("/page")).toEncoded()));
    m_server->route("/page", TestHttpResponse::page("<p>plain</p>"));
    m_server->route("/to-https", TestHttpResponse::redirect(https.url(QStringLiteral("/page")).toEncoded()));

    const FetchResult secure = fetch(https.url(QStringLiteral("/upgrade-ok"))).result;
    QVERIFY2(secure.ok(), qPrintable(secure.errorString));
    QCOMPARE(secure.body, QByteArray("<p>secure</p>"));

    const FetchResult upgraded = fetch(m_server->url(QStringLiteral("/to-https"))).result;
    QVERIFY2(upgraded.ok(), qPrintable(upgraded.errorString));
    QCOMPARE(upgraded.finalUrl, https.url(QStringLiteral("/page")));

    const FetchResult downgraded = fetch(https.url(QStringLiteral("/downgrade"))).result;
    QCOMPARE(downgraded.error, Error::InsecureRedirect);
    QVERIFY2(downgraded.errorString.contains(QLatin1String("from https to http")),
             qPrintable(downgraded.errorString));
    QCOMPARE(m_server->requestCount(QStringLiteral("/page")), 0); // the http page was never asked for
#else
    QSKIP("Qt built without TLS");
#endif
}

QTEST_GUILESS_MAIN(TestUrlFetcher)
#include "tst_urlfetcher.moc"
