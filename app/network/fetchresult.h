#pragma once

#include <QByteArray>
#include <QString>
#include <QUrl>

namespace Gleaner {

// The outcome of fetching one URL.
struct FetchResult
{
    enum class Error {
        None,
        InvalidUrl,
        UnsupportedScheme,
        HttpStatus,      // 4xx / 5xx
        HostNotFound,
        ConnectionRefused,
        Tls,
        Timeout,
        TooLarge,
        TooManyRedirects,
        InsecureRedirect, // https -> http, or to another scheme
        UnsupportedContentType,
        Truncated,        // the server closed the connection mid-body
        Cancelled,
        Network           // anything else the network layer reported
    };
    QUrl requestedUrl;
    QUrl finalUrl;      // after redirects
    QByteArray body;    // decompressed
    QString contentType; // media type only, lower case ("text/html")
    QString charset;    // from the Content-Type header, or empty
    int httpStatus = 0;
    Error error = Error::None;
    QString errorString; // what went wrong and what the user can do; empty on success
    bool ok() const { return error == Error::None; }
};

} // namespace Gleaner
