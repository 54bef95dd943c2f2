#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>

namespace Gleaner {

// What TestHttpServer sends for a request, and how: the normal case is a status line,
// the headers and the body, then the connection is closed ("Connection: close" is always
// sent). The behaviour fields make a misbehaving server.
struct TestHttpResponse
{
    int status = 200;
    QByteArray reason; // empty: the usual phrase for status
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    // Send "Content-Length: body.size()" unless a Content-Length header is given, or the
    // body is endless.
    bool autoContentLength = true;

    int delayMs = 0;                 // wait this long before sending anything
    bool neverAnswer = false;        // read the request and send nothing, ever
    qint64 closeAfterBodyBytes = -1; // send only this many bytes of the body, then close
    bool hangAfterBody = false; // send headers and body, then send nothing more and keep the connection open
    bool endless = false;       // after the body, send filler ('x') until the client goes away
    int endlessChunkBytes = 16 * 1024;
    int endlessIntervalMs = 0; // pause between filler chunks (a trickle when > 0)

    TestHttpResponse &header(const QByteArray &name, const QByteArray &value)
    {
        headers.append({name, value});
        return *this;
    }
    QByteArray headerValue(const QByteArray &name) const
    {
        for (const auto &[key, value] : headers) {
            if (key.compare(name, Qt::CaseInsensitive) == 0)
                return value;
        }
        return {};
    }

    static TestHttpResponse page(const QByteArray &body,
                                 const QByteArray &contentType = "text/html; charset=utf-8")
    {
        TestHttpResponse response;
        response.body = body;
        if (!contentType.isEmpty())
            response.header("Content-Type", contentType);
        return response;
    }
    static TestHttpResponse redirect(const QByteArray &location, int status = 302)
    {
        TestHttpResponse response;
        response.status = status;
        response.header("Location", location);
        response.header("Content-Type", "text/html");
        response.body = "<a href=\"" + location + "\">moved</a>";
        return response;
    }
    static TestHttpResponse error(int status, const QByteArray &body = "<h1>error</h1>")
    {
        TestHttpResponse response = page(body);
        response.status = status;
        return response;
    }
};

} // namespace Gleaner
