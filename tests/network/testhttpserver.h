#pragma once

#include "testhttprequest.h"
#include "testhttpresponse.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QTcpServer>
#include <QUrl>
#if QT_CONFIG(ssl)
#include <QSslCertificate>
#include <QSslKey>
#endif

#include <functional>

namespace Gleaner {

// A small HTTP/1.1 server for tests, in the test's own thread: listens on 127.0.0.1 on a
// free port, answers GET requests from handlers registered by path, one request per
// connection, and records what it saw (requests, peak concurrency). With setTls() it
// speaks https instead.
//
//     TestHttpServer server;
//     QVERIFY(server.start());
//     server.route("/page", TestHttpResponse::page("<p>Hi</p>"));
//     fetcher.fetch(server.url("/page"));
//
// Paths without a route get a 404.
class TestHttpServer : public QTcpServer
{
    Q_OBJECT
public:
    using Handler = std::function<TestHttpResponse(const TestHttpRequest &)>;

    explicit TestHttpServer(QObject *parent = nullptr);
    ~TestHttpServer() override;

#if QT_CONFIG(ssl)
    // Serve https with this certificate (call before start()).
    void setTls(const QSslCertificate &certificate, const QSslKey &key);
#endif
    bool start(); // listens on 127.0.0.1, port chosen by the system
    QUrl url(const QString &pathAndQuery = QString()) const; // http(s)://127.0.0.1:<port><path>

    void route(const QString &path, const Handler &handler);
    void route(const QString &path, const TestHttpResponse &response);

    QList<TestHttpRequest> requests() const
    {
        return m_requests;
    }
    int requestCount(const QString &path) const;
    int inFlight() const
    {
        return m_inFlight;
    } // requests being answered now
    int maxInFlight() const
    {
        return m_maxInFlight;
    } // peak of inFlight() since start/reset
    int openConnections() const
    {
        return m_openConnections;
    }
    void resetCounters();

signals:
    void requestReceived(const Gleaner::TestHttpRequest &request);

protected:
    void incomingConnection(qintptr socketDescriptor) override;

private:
    friend class TestHttpConnection;
    TestHttpResponse respond(const TestHttpRequest &request);
    void requestStarted(const TestHttpRequest &request);
    void requestEnded()
    {
        --m_inFlight;
    }

    QHash<QString, Handler> m_routes;
    QList<TestHttpRequest> m_requests;
    int m_inFlight = 0;
    int m_maxInFlight = 0;
    int m_openConnections = 0;
    int m_connectionCount = 0;
    bool m_tls = false;
#if QT_CONFIG(ssl)
    QSslCertificate m_certificate;
    QSslKey m_key;
#endif
};

} // namespace Gleaner
