#include "network/fetchjob.h"

#include "network/contenttype.h"
#include "network/urlfetcher.h"

#include <QDateTime>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QNetworkCookie>
#include <QNetworkCookieJar>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimeZone>
#if QT_CONFIG(ssl)
#include <QSslError>
#endif

#include <utility>

namespace Gleaner {

namespace {

QString urlText(const QUrl &url)
{
    return url.toDisplayString();
}

QString sizeText(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

QString durationText(int ms)
{
    if (ms % 1000 != 0 && ms < 10000)
        return FetchJob::tr("%1 ms").arg(ms);
    const int seconds = (ms + 500) / 1000;
    return seconds == 1 ? FetchJob::tr("1 second") : FetchJob::tr("%1 seconds").arg(seconds);
}

bool isRedirectStatus(int status)
{
    return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
}

// "in 120 seconds", "after 21 Oct 2015 09:28 (local time)", or the header as sent.
QString retryAfterText(const QString &value)
{
    bool isNumber = false;
    const qint64 seconds = value.toLongLong(&isNumber);
    if (isNumber && seconds >= 0)
        return seconds == 1 ? FetchJob::tr("in 1 second") : FetchJob::tr("in %1 seconds").arg(seconds);
    QString date = value;
    if (date.endsWith(QLatin1String(" GMT")))
        date = date.chopped(4) + QLatin1String(" +0000");
    const QDateTime when = QDateTime::fromString(date, Qt::RFC2822Date);
    if (when.isValid())
        return FetchJob::tr("after %1").arg(QLocale().toString(when.toLocalTime(), QLocale::ShortFormat));
    return FetchJob::tr("after %1").arg(value);
}

} // namespace

FetchJob::FetchJob(QNetworkAccessManager *manager, const QUrl &url, const FetchOptions &options,
                   QObject *parent)
    : QObject(parent), m_manager(manager), m_options(options), m_cookies(new QNetworkCookieJar(this))
{
    m_result.requestedUrl = url;
    m_result.finalUrl = url;
    m_idleTimer.setSingleShot(true);
    m_totalTimer.setSingleShot(true);
    // A coarse timer may fire up to 5% early; a time limit the user set must not trip before it is reached.
    m_idleTimer.setTimerType(Qt::PreciseTimer);
    m_totalTimer.setTimerType(Qt::PreciseTimer);
    connect(&m_idleTimer, &QTimer::timeout, this, &FetchJob::onIdleTimeout);
    connect(&m_totalTimer, &QTimer::timeout, this, &FetchJob::onTotalTimeout);
}

FetchJob::~FetchJob()
{
    dropReply();
}

void FetchJob::start()
{
    const QUrl &url = m_result.requestedUrl;
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || url.isRelative() ||
        (url.host().isEmpty() && (scheme == QLatin1String("http") || scheme == QLatin1String("https")))) {
        failLater(FetchResult::Error::InvalidUrl,
                  tr("“%1” is not a valid web address. Check it for typos; it should start with "
                     "http:// or https://.")
                      .arg(url.toString()));
        return;
    }
    if (scheme != QLatin1String("http") && scheme != QLatin1String("https")) {
        failLater(FetchResult::Error::UnsupportedScheme,
                  tr("Gleaner downloads only http and https addresses, not %1: addresses (%2). To "
                     "import a file on this computer, use Import File instead.")
                      .arg(scheme, urlText(url)));
        return;
    }
    if (m_options.timeoutMs > 0)
        m_totalTimer.start(qMin<qint64>(qint64(m_options.timeoutMs) * 4, INT_MAX));
    sendRequest(url.adjusted(QUrl::RemoveFragment));
}

void FetchJob::sendRequest(const QUrl &url)
{
    m_result.finalUrl = url;
    m_redirecting = false;
    m_discardBody = false;
    m_discarded = 0;
    m_expectedLength = -1;
    m_body.clear();

    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setAttribute(QNetworkRequest::CookieLoadControlAttribute, QNetworkRequest::Manual);
    request.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    request.setHeader(QNetworkRequest::UserAgentHeader, UrlFetcher::userAgent());
    request.setRawHeader("Accept",
                         m_options.acceptFeeds ? UrlFetcher::feedAcceptHeader() : UrlFetcher::acceptHeader());
    if (!m_options.ifNoneMatch.isEmpty())
        request.setRawHeader("If-None-Match", m_options.ifNoneMatch);
    if (!m_options.ifModifiedSince.isEmpty())
        request.setRawHeader("If-Modified-Since", m_options.ifModifiedSince);
    // No Accept-Encoding here: Qt only decodes bodies when it sets that header itself.
    const QList<QNetworkCookie> cookies = m_cookies->cookiesForUrl(url);
    if (!cookies.isEmpty())
        request.setHeader(QNetworkRequest::CookieHeader, QVariant::fromValue(cookies));
    m_visited.append({url, cookieKey(url)});

    QNetworkReply *reply = m_manager->get(request);
    m_reply = reply;
    connect(reply, &QNetworkReply::metaDataChanged, this, &FetchJob::onMetaDataChanged);
    connect(reply, &QNetworkReply::readyRead, this, &FetchJob::onReadyRead);
    connect(reply, &QNetworkReply::finished, this, &FetchJob::onReplyFinished);
    connect(reply, &QNetworkReply::downloadProgress, this, [this] {
        if (m_options.timeoutMs > 0)
            m_idleTimer.start(m_options.timeoutMs);
    });
#if QT_CONFIG(ssl)
    // Recorded to name the certificate problem; never ignored, so the handshake fails.
    connect(reply, &QNetworkReply::sslErrors, this, [this](const QList<QSslError> &errors) {
        for (const QSslError &error : errors) {
            if (!m_sslErrors.contains(error.errorString()))
                m_sslErrors.append(error.errorString());
        }
    });
#endif
    if (m_options.timeoutMs > 0)
        m_idleTimer.start(m_options.timeoutMs);
}

void FetchJob::onMetaDataChanged()
{
    if (m_options.timeoutMs > 0)
        m_idleTimer.start(m_options.timeoutMs);
    const int status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    m_result.httpStatus = status;
    if (isRedirectStatus(status) && !m_reply->rawHeader("Location").trimmed().isEmpty()) {
        m_redirecting = true;
        return;
    }
    if (status >= 400) {
        // Reported when the reply finishes (aborting here would race with the error Qt
        // raises itself); the error page is read and dropped meanwhile.
        m_discardBody = true;
        return;
    }
    if (status < 200 || status >= 300)
        return; // reported when the reply finishes

    const QByteArray contentType = m_reply->rawHeader("Content-Type");
    if (!contentType.trimmed().isEmpty()) {
        const ContentType type = ContentType::fromHeader(contentType);
        if (type.kind() == ContentType::Kind::Pdf || type.kind() == ContentType::Kind::Image ||
            type.kind() == ContentType::Kind::Other ||
            (type.kind() == ContentType::Kind::Feed && !m_options.acceptFeeds)) {
            // Stop before downloading what cannot be read anyway.
            complete(type.mediaType(), type.charset());
            return;
        }
    }
    // Qt drops Content-Length when it decodes a compressed body (the length would be that
    // of the compressed bytes); a length still present is that of the body we read.
    bool hasLength = false;
    const qint64 length = m_reply->header(QNetworkRequest::ContentLengthHeader).toLongLong(&hasLength);
    if (hasLength && m_reply->rawHeader("Content-Encoding").isEmpty())
        m_expectedLength = length;
    if (hasLength && length > m_options.maxBytes) {
        fail(FetchResult::Error::TooLarge,
             tr("The page at %1 is %2, more than the %3 limit, so it was not downloaded. Allow a "
                "larger size if this page really is an article.")
                 .arg(urlText(m_result.finalUrl), sizeText(length), sizeText(m_options.maxBytes)));
        return;
    }
}

void FetchJob::onReadyRead()
{
    if (m_options.timeoutMs > 0)
        m_idleTimer.start(m_options.timeoutMs);
    if (m_redirecting || m_discardBody) {
        // The body of a redirect or an error page is not wanted, but a huge one still stops.
        m_discarded += m_reply->readAll().size();
        if (m_discarded > m_options.maxBytes)
            reportHttpStatus(m_reply);
        return;
    }
    m_body += m_reply->readAll();
    if (m_body.size() > m_options.maxBytes) {
        fail(FetchResult::Error::TooLarge,
             tr("The page at %1 is larger than the %2 limit; the download was stopped. Allow a "
                "larger size if this page really is an article.")
                 .arg(urlText(m_result.finalUrl), sizeText(m_options.maxBytes)));
        return;
    }
    emit progress(m_body.size(), m_expectedLength);
}

void FetchJob::onReplyFinished()
{
    QNetworkReply *reply = m_reply.data();
    if (!reply || m_finished)
        return;
    if (reply->error() == QNetworkReply::NoError && reply->bytesAvailable() > 0)
        onReadyRead();
    if (m_finished)
        return;
    m_reply = nullptr;
    reply->disconnect(this);
    reply->deleteLater();

    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status >= 400) {
        reportHttpStatus(reply);
        return;
    }
    if (reply->error() != QNetworkReply::NoError) {
        FetchResult::Error error = FetchResult::Error::Network;
        const QString message = networkErrorMessage(reply->error(), reply->errorString(), &error);
        fail(error, message);
        return;
    }
    if (m_redirecting) {
        // Cookies set along the chain are sent further along it (some sites redirect to
        // themselves after setting one) and are forgotten with the job.
        const auto cookies = reply->header(QNetworkRequest::SetCookieHeader).value<QList<QNetworkCookie>>();
        if (!cookies.isEmpty())
            m_cookies->setCookiesFromUrl(cookies, m_result.finalUrl);
        const QByteArray location = reply->rawHeader("Location").trimmed();
        followRedirect(m_result.finalUrl.resolved(QUrl(QString::fromUtf8(location), QUrl::TolerantMode)));
        return;
    }
    if (status == 304 && (!m_options.ifNoneMatch.isEmpty() || !m_options.ifModifiedSince.isEmpty())) {
        // The copy the caller holds is current: a success without a body.
        m_result.notModified = true;
        m_result.etag = reply->rawHeader("ETag").trimmed();
        m_result.lastModified = reply->rawHeader("Last-Modified").trimmed();
        dropReply();
        m_body.clear();
        m_result.body.clear();
        m_result.error = FetchResult::Error::None;
        finish();
        return;
    }
    if (status < 200 || status >= 300) {
        const QString reason =
            QString::fromLatin1(reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toByteArray());
        m_result.httpStatus = status;
        fail(FetchResult::Error::HttpStatus,
             tr("The server at %1 answered %2 %3 for %4 instead of sending the page. Open the link in "
                "a browser to see what the site wants.")
                 .arg(m_result.finalUrl.host())
                 .arg(status)
                 .arg(reason, urlText(m_result.finalUrl)));
        return;
    }
    if (m_expectedLength >= 0 && m_body.size() < m_expectedLength) {
        fail(FetchResult::Error::Truncated,
             tr("The server at %1 closed the connection after sending %2 of %3; the page arrived "
                "incomplete. Try again later.")
                 .arg(m_result.finalUrl.host(), sizeText(m_body.size()), sizeText(m_expectedLength)));
        return;
    }
    m_result.etag = reply->rawHeader("ETag").trimmed();
    m_result.lastModified = reply->rawHeader("Last-Modified").trimmed();
    const QByteArray header = reply->rawHeader("Content-Type");
    const ContentType type =
        header.trimmed().isEmpty() ? ContentType::sniff(m_body) : ContentType::fromHeader(header);
    complete(type.mediaType(), type.charset());
}

void FetchJob::reportHttpStatus(QNetworkReply *reply)
{
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QString reason =
        QString::fromLatin1(reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toByteArray());
    m_result.httpStatus = status;
    m_result.retryAfter = QString::fromLatin1(reply->rawHeader("Retry-After").trimmed());
    fail(FetchResult::Error::HttpStatus, httpStatusMessage(status, reason));
}

void FetchJob::followRedirect(const QUrl &target)
{
    const QUrl from = m_result.finalUrl;
    const QUrl to = target.adjusted(QUrl::RemoveFragment);

    const QString nextCookies = cookieKey(to);
    QList<QUrl> visited;
    for (const auto &[url, cookies] : std::as_const(m_visited)) {
        if (cookies == nextCookies)
            visited.append(url);
    }
    QString message;
    const FetchResult::Error error =
        UrlFetcher::checkRedirect(from, to, m_redirects, m_options.maxRedirects, visited, &message);
    if (error != FetchResult::Error::None) {
        fail(error, message);
        return;
    }
    ++m_redirects;
    sendRequest(to);
}

void FetchJob::onIdleTimeout()
{
    fail(FetchResult::Error::Timeout,
         tr("%1 sent nothing for %2, so the download was stopped. The server may be overloaded or "
            "the network down; try again later, or allow a longer timeout.")
             .arg(m_result.finalUrl.host(), durationText(m_options.timeoutMs)));
}

void FetchJob::onTotalTimeout()
{
    fail(FetchResult::Error::Timeout,
         tr("Downloading %1 took longer than %2, so it was stopped. The server is sending very "
            "slowly; try again later, or allow a longer timeout.")
             .arg(urlText(m_result.finalUrl), durationText(m_options.timeoutMs * 4)));
}

void FetchJob::cancel()
{
    fail(FetchResult::Error::Cancelled,
         tr("The download of %1 was cancelled.").arg(urlText(m_result.requestedUrl)));
}

void FetchJob::fail(FetchResult::Error error, const QString &message)
{
    if (m_finished)
        return;
    dropReply();
    m_result.error = error;
    m_result.errorString = message;
    m_result.body.clear();
    finish();
}

void FetchJob::failLater(FetchResult::Error error, const QString &message)
{
    QMetaObject::invokeMethod(
        this, [this, error, message] { fail(error, message); }, Qt::QueuedConnection);
}

void FetchJob::complete(const QString &contentType, const QString &charset)
{
    m_result.contentType = contentType;
    m_result.charset = charset;
    const QString url = urlText(m_result.finalUrl);
    switch (ContentType::fromHeader(contentType.toLatin1()).kind()) {
    case ContentType::Kind::Html:
    case ContentType::Kind::PlainText:
        break;
    case ContentType::Kind::Pdf:
        fail(FetchResult::Error::UnsupportedContentType,
             tr("%1 is a PDF document. PDF documents are not supported; save the article's text "
                "and import it as a file.")
                 .arg(url));
        return;
    case ContentType::Kind::Image:
        fail(FetchResult::Error::UnsupportedContentType,
             tr("%1 is an image (%2), not an article. Images are not supported; import the address "
                "of the page that shows it.")
                 .arg(url, contentType));
        return;
    case ContentType::Kind::Feed:
        if (m_options.acceptFeeds)
            break;
        [[fallthrough]];
    case ContentType::Kind::Other:
        fail(FetchResult::Error::UnsupportedContentType,
             tr("%1 is of type %2, which Gleaner cannot read; it imports web pages (HTML, XHTML) "
                "and plain text. Check that the address points to the article itself.")
                 .arg(url, contentType.isEmpty() ? tr("unknown") : contentType));
        return;
    }
    dropReply();
    m_result.body = std::exchange(m_body, QByteArray());
    m_result.error = FetchResult::Error::None;
    m_result.errorString.clear();
    finish();
}

void FetchJob::finish()
{
    m_idleTimer.stop();
    m_totalTimer.stop();
    m_finished = true;
    emit finished();
}

void FetchJob::dropReply()
{
    QNetworkReply *reply = m_reply.data();
    m_reply = nullptr;
    if (!reply)
        return;
    reply->disconnect(this);
    if (reply->isRunning())
        reply->abort();
    reply->deleteLater();
}

QString FetchJob::httpStatusMessage(int status, const QString &reason) const
{
    const QString host = m_result.finalUrl.host();
    const QString url = urlText(m_result.finalUrl);
    const QString code = reason.isEmpty() ? QString::number(status) : QString::number(status) + u' ' + reason;
    if (status == 429) {
        QString message = tr("The server at %1 answered %2: it limits how often its pages can be "
                             "downloaded.")
                              .arg(host, code);
        if (!m_result.retryAfter.isEmpty())
            return message + u' ' + tr("It asks to try again %1.").arg(retryAfterText(m_result.retryAfter));
        return message + u' ' + tr("Wait a while and try again.");
    }
    if (status == 404 || status == 410)
        return tr("The server at %1 answered %2 for %3: there is no page at this address. Check the "
                  "address; the article may have moved or been removed.")
            .arg(host, code, url);
    if (status == 401 || status == 403)
        return tr("The server at %1 answered %2 for %3: it refuses to send this page. The article may "
                  "need a login or the site may block downloads; open it in a browser, save the page "
                  "and import it as a file.")
            .arg(host, code, url);
    if (status >= 500) {
        QString message = tr("The server at %1 answered %2 for %3: the problem is on the site's side "
                             "and usually temporary.")
                              .arg(host, code, url);
        if (!m_result.retryAfter.isEmpty())
            return message + u' ' + tr("It asks to try again %1.").arg(retryAfterText(m_result.retryAfter));
        return message + u' ' + tr("Try again later.");
    }
    return tr("The server at %1 answered %2 for %3 and did not send the page. Check the address, or "
              "open it in a browser.")
        .arg(host, code, url);
}

QString FetchJob::networkErrorMessage(int networkError, const QString &qtMessage,
                                      FetchResult::Error *error) const
{
    const QUrl &url = m_result.finalUrl;
    const QString host = url.host();
    switch (QNetworkReply::NetworkError(networkError)) {
    case QNetworkReply::HostNotFoundError:
        *error = FetchResult::Error::HostNotFound;
        return tr("The server %1 could not be found (its name does not resolve). Check the address "
                  "for typos and that this computer is online.")
            .arg(host);
    case QNetworkReply::ConnectionRefusedError:
        *error = FetchResult::Error::ConnectionRefused;
        return tr("The server %1 refused the connection on port %2. The site may be down or the "
                  "address may be wrong; check it, or try again later.")
            .arg(host)
            .arg(url.port(url.scheme() == QLatin1String("https") ? 443 : 80));
    case QNetworkReply::SslHandshakeFailedError: {
        *error = FetchResult::Error::Tls;
        const QString problem = m_sslErrors.isEmpty() ? qtMessage : m_sslErrors.join(QLatin1String("; "));
        return tr("The secure connection to %1 failed: %2. Gleaner does not open pages whose "
                  "certificate cannot be trusted. Check the address and this computer's date and "
                  "time; if they are right, the site's certificate needs fixing by its owners.")
            .arg(host, problem);
    }
    case QNetworkReply::RemoteHostClosedError:
        if (m_result.httpStatus != 0) {
            *error = FetchResult::Error::Truncated;
            if (m_expectedLength >= 0)
                return tr("The server at %1 closed the connection after sending %2 of %3; the page "
                          "arrived incomplete. Try again later.")
                    .arg(host, sizeText(m_body.size()), sizeText(m_expectedLength));
            return tr("The server at %1 closed the connection in the middle of the page; it arrived "
                      "incomplete. Try again later.")
                .arg(host);
        }
        *error = FetchResult::Error::Network;
        return tr("The server at %1 closed the connection without answering. Try again later.").arg(host);
    case QNetworkReply::TimeoutError:
        *error = FetchResult::Error::Timeout;
        return tr("The connection to %1 timed out. The server may be overloaded or the network down; "
                  "try again later.")
            .arg(host);
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyConnectionClosedError:
    case QNetworkReply::ProxyNotFoundError:
    case QNetworkReply::ProxyTimeoutError:
    case QNetworkReply::ProxyAuthenticationRequiredError:
        *error = FetchResult::Error::Network;
        return tr("The proxy server failed while downloading %1: %2. Check the system's proxy "
                  "settings.")
            .arg(urlText(url), qtMessage);
    default:
        *error = FetchResult::Error::Network;
        return tr("Downloading %1 failed: %2. Check the address and the network connection, then try "
                  "again.")
            .arg(urlText(url), qtMessage);
    }
}

QString FetchJob::cookieKey(const QUrl &url) const
{
    QStringList pairs;
    const QList<QNetworkCookie> cookies = m_cookies->cookiesForUrl(url);
    for (const QNetworkCookie &cookie : cookies)
        pairs.append(QString::fromLatin1(cookie.toRawForm(QNetworkCookie::NameAndValueOnly)));
    pairs.sort();
    return pairs.join(u';');
}

} // namespace Gleaner
