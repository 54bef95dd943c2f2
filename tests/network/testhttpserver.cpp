#include "testhttpserver.h"

#include <QTcpSocket>
#include <QTimer>
#if QT_CONFIG(ssl)
#include <QSslSocket>
#endif

namespace Gleaner {

namespace {

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 204:
        return "No Content";
    case 301:
        return "Moved Permanently";
    case 302:
        return "Found";
    case 303:
        return "See Other";
    case 307:
        return "Temporary Redirect";
    case 308:
        return "Permanent Redirect";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 410:
        return "Gone";
    case 429:
        return "Too Many Requests";
    case 500:
        return "Internal Server Error";
    case 502:
        return "Bad Gateway";
    case 503:
        return "Service Unavailable";
    default:
        return "Status";
    }
}

} // namespace

// One connection: reads one request, sends the response as its TestHttpResponse says.
// Private to the server (it is its implementation, not part of the test API).
class TestHttpConnection : public QObject
{
public:
    TestHttpConnection(TestHttpServer *server, QTcpSocket *socket, int serial)
        : QObject(server), m_server(server), m_socket(socket), m_serial(serial)
    {
        socket->setParent(this);
        m_timer.setSingleShot(true);
        connect(socket, &QTcpSocket::readyRead, this, &TestHttpConnection::onReadyRead);
        connect(socket, &QTcpSocket::disconnected, this, &TestHttpConnection::onDisconnected);
        connect(socket, &QAbstractSocket::errorOccurred, this, [this] {
            if (m_socket->state() == QAbstractSocket::UnconnectedState)
                onDisconnected();
        });
    }

private:
    void onReadyRead()
    {
        if (m_answering) {
            m_socket->readAll(); // one request per connection
            return;
        }
        m_buffer += m_socket->readAll();
        const qsizetype end = m_buffer.indexOf("\r\n\r\n");
        if (end < 0)
            return;
        TestHttpRequest request;
        request.connection = m_serial;
        const QList<QByteArray> lines = m_buffer.left(end).split('\n');
        const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
        request.method = requestLine.value(0);
        request.target = requestLine.value(1);
        const QByteArray path = request.target.left(
            request.target.indexOf('?') >= 0 ? request.target.indexOf('?') : request.target.size());
        request.path = QUrl::fromPercentEncoding(path);
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QByteArray line = lines.at(i).trimmed();
            const qsizetype colon = line.indexOf(':');
            if (colon > 0)
                request.headers.insert(line.left(colon).trimmed().toLower(), line.mid(colon + 1).trimmed());
        }
        m_answering = true;
        m_inFlight = true;
        m_server->requestStarted(request);
        m_response = m_server->respond(request);
        if (m_response.neverAnswer)
            return;
        if (m_response.delayMs > 0) {
            connect(&m_timer, &QTimer::timeout, this, &TestHttpConnection::sendResponse);
            m_timer.start(m_response.delayMs);
        } else {
            sendResponse();
        }
    }

    void sendResponse()
    {
        const TestHttpResponse &r = m_response;
        QByteArray head = "HTTP/1.1 " + QByteArray::number(r.status) + ' ' +
                          (r.reason.isEmpty() ? reasonPhrase(r.status) : r.reason) + "\r\n";
        for (const auto &[name, value] : r.headers)
            head += name + ": " + value + "\r\n";
        if (r.autoContentLength && !r.endless && r.headerValue("Content-Length").isEmpty())
            head += "Content-Length: " + QByteArray::number(r.body.size()) + "\r\n";
        head += "Connection: close\r\n\r\n";
        m_socket->write(head);
        if (r.closeAfterBodyBytes >= 0) {
            m_socket->write(r.body.left(r.closeAfterBodyBytes));
            m_socket->disconnectFromHost();
            return;
        }
        m_socket->write(r.body);
        if (r.endless) {
            m_timer.disconnect(this);
            m_timer.setSingleShot(false);
            connect(&m_timer, &QTimer::timeout, this, &TestHttpConnection::pumpFiller);
            m_timer.start(r.endlessIntervalMs);
            return;
        }
        if (r.hangAfterBody)
            return;
        m_socket->disconnectFromHost();
    }

    void pumpFiller()
    {
        if (m_socket->state() != QAbstractSocket::ConnectedState) {
            m_timer.stop();
            return;
        }
        if (m_socket->bytesToWrite() < 256 * 1024)
            m_socket->write(QByteArray(m_response.endlessChunkBytes, 'x'));
    }

    void onDisconnected()
    {
        if (m_closed)
            return;
        m_closed = true;
        m_timer.stop();
        if (m_inFlight) {
            m_inFlight = false;
            m_server->requestEnded();
        }
        --m_server->m_openConnections;
        deleteLater();
    }

    TestHttpServer *m_server = nullptr;
    QTcpSocket *m_socket = nullptr;
    int m_serial = 0;
    QByteArray m_buffer;
    TestHttpResponse m_response;
    QTimer m_timer;
    bool m_answering = false;
    bool m_inFlight = false;
    bool m_closed = false;
};

TestHttpServer::TestHttpServer(QObject *parent) : QTcpServer(parent) {}

TestHttpServer::~TestHttpServer() = default;

#if QT_CONFIG(ssl)
void TestHttpServer::setTls(const QSslCertificate &certificate, const QSslKey &key)
{
    m_tls = true;
    m_certificate = certificate;
    m_key = key;
}
#endif

bool TestHttpServer::start()
{
    return listen(QHostAddress::LocalHost, 0);
}

QUrl TestHttpServer::url(const QString &pathAndQuery) const
{
    return QUrl((m_tls ? QLatin1String("https") : QLatin1String("http")) + QLatin1String("://127.0.0.1:") +
                QString::number(serverPort()) + pathAndQuery);
}

void TestHttpServer::route(const QString &path, const Handler &handler)
{
    m_routes.insert(path, handler);
}

void TestHttpServer::route(const QString &path, const TestHttpResponse &response)
{
    m_routes.insert(path, [response](const TestHttpRequest &) { return response; });
}

int TestHttpServer::requestCount(const QString &path) const
{
    int count = 0;
    for (const TestHttpRequest &request : m_requests)
        count += request.path == path ? 1 : 0;
    return count;
}

void TestHttpServer::resetCounters()
{
    m_requests.clear();
    m_maxInFlight = m_inFlight;
}

void TestHttpServer::incomingConnection(qintptr socketDescriptor)
{
    QTcpSocket *socket = nullptr;
#if QT_CONFIG(ssl)
    if (m_tls) {
        auto *sslSocket = new QSslSocket;
        if (!sslSocket->setSocketDescriptor(socketDescriptor)) {
            delete sslSocket;
            return;
        }
        sslSocket->setLocalCertificate(m_certificate);
        sslSocket->setPrivateKey(m_key);
        sslSocket->setPeerVerifyMode(QSslSocket::VerifyNone);
        sslSocket->startServerEncryption();
        socket = sslSocket;
    }
#endif
    if (!socket) {
        socket = new QTcpSocket;
        if (!socket->setSocketDescriptor(socketDescriptor)) {
            delete socket;
            return;
        }
    }
    ++m_openConnections;
    new TestHttpConnection(this, socket, ++m_connectionCount);
}

TestHttpResponse TestHttpServer::respond(const TestHttpRequest &request)
{
    const auto route = m_routes.constFind(request.path);
    if (route == m_routes.constEnd())
        return TestHttpResponse::error(404, "<h1>No route for this path</h1>");
    return (*route)(request);
}

void TestHttpServer::requestStarted(const TestHttpRequest &request)
{
    m_requests.append(request);
    ++m_inFlight;
    m_maxInFlight = qMax(m_maxInFlight, m_inFlight);
    emit requestReceived(request);
}

} // namespace Gleaner
