#pragma once

#include <QByteArray>
#include <QMetaType>
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
        HttpStatus, // 4xx / 5xx, or a status Gleaner cannot use
        HostNotFound,
        ConnectionRefused,
        Tls,
        Timeout,
        TooLarge,
        TooManyRedirects,
        RedirectLoop,
        InsecureRedirect, // https -> http, or to another scheme
        UnsupportedContentType,
        Truncated, // the server closed the connection mid-body
        Cancelled,
        Network // anything else the network layer reported
    };
    QUrl requestedUrl;
    QUrl finalUrl;       // after redirects (set on failures too: the last URL requested)
    QByteArray body;     // decompressed; empty on failure
    QString contentType; // media type only, lower case ("text/html"); sniffed when the header is missing
    QString charset;     // from the Content-Type header, lower case ("shift_jis"), or empty
    QString retryAfter;  // the Retry-After header of a 429 or 503 answer, as sent, or empty
    QByteArray etag;     // the validators of a successful answer, for the next conditional GET
    QByteArray lastModified;
    bool notModified = false; // 304 to a conditional GET: body empty, the held copy is current
    int httpStatus = 0;
    Error error = Error::None;
    QString errorString; // what went wrong and what the user can do; empty on success
    bool ok() const { return error == Error::None; }
};

} // namespace Gleaner

Q_DECLARE_METATYPE(Gleaner::FetchResult)
