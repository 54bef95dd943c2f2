#pragma once

#include "network/fetchoptions.h"
#include "network/fetchresult.h"

#include <QList>
#include <QObject>
#include <QUrl>

class QNetworkAccessManager;

namespace Gleaner {

class FetchJob;

// Fetches web pages the way a careful browser does: http and https only, redirects
// followed by hand (at most FetchOptions::maxRedirects, never from https to http, never
// to another scheme, loops detected), a transfer timeout and a size cap enforced while
// downloading, gzip/deflate decoded by Qt, the system proxy, TLS errors never ignored,
// and no cookies kept from one fetch to the next.
//
// The network work runs in Qt's own network thread; the fetcher and its jobs live in the
// caller's thread and report through signals, so a GUI stays responsive.
class UrlFetcher : public QObject
{
    Q_OBJECT
public:
    explicit UrlFetcher(QObject *parent = nullptr);
    explicit UrlFetcher(const FetchOptions &options, QObject *parent = nullptr);
    ~UrlFetcher() override; // deletes its jobs; running ones are aborted without finished()

    FetchOptions options() const { return m_options; }
    void setOptions(const FetchOptions &options) { m_options = options; } // for fetches started later

    // Starts fetching url and returns at once. The job is a child of the fetcher: delete it
    // (deleteLater() from a slot) once finished() has been emitted, or leave it to the
    // fetcher. finished() is always emitted later, never from within fetch(), even for an
    // address that is rejected without any network traffic.
    FetchJob *fetch(const QUrl &url);
    // The same with options for this fetch only (a feed's validators).
    FetchJob *fetch(const QUrl &url, const FetchOptions &options);

    // For the command line: fetches url with a local event loop and returns the result.
    // Needs a QCoreApplication; other events of the thread are processed meanwhile.
    static FetchResult fetchBlocking(const QUrl &url, const FetchOptions &options = FetchOptions());

    // The redirect rules, on their own so they can be tested without a server.
    // `from` redirects to `to` (already resolved against `from`) after redirectsSoFar
    // redirects; `visited` holds the addresses already requested in this chain (with the
    // same cookies). Returns Error::None when the redirect may be followed, else the error
    // (InvalidUrl, InsecureRedirect, RedirectLoop, TooManyRedirects) and, if errorString
    // is given, a message for the user.
    static FetchResult::Error checkRedirect(const QUrl &from, const QUrl &to, int redirectsSoFar,
                                            int maxRedirects, const QList<QUrl> &visited,
                                            QString *errorString = nullptr);

    // "Gleaner/<version> (+desktop news reader)"
    static QByteArray userAgent();
    static QByteArray acceptHeader();
    static QByteArray feedAcceptHeader();

private:
    QNetworkAccessManager *m_manager = nullptr;
    FetchOptions m_options;
};

} // namespace Gleaner
