#include "network/urlfetcher.h"

#include "network/fetchjob.h"
#include "network/systemproxyfactory.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QNetworkAccessManager>

namespace Gleaner {

namespace {

QString urlText(const QUrl &url)
{
    return url.toDisplayString();
}

bool sameAddress(const QUrl &a, const QUrl &b)
{
    const auto options = QUrl::RemoveFragment | QUrl::NormalizePathSegments;
    return a.adjusted(options) == b.adjusted(options);
}

} // namespace

UrlFetcher::UrlFetcher(QObject *parent) : UrlFetcher(FetchOptions(), parent) {}

UrlFetcher::UrlFetcher(const FetchOptions &options, QObject *parent)
    : QObject(parent), m_manager(new QNetworkAccessManager(this)), m_options(options)
{
    m_manager->setProxyFactory(new SystemProxyFactory); // the manager owns it
    m_manager->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    // Cookies: each request says CookieLoad/SaveControl = Manual, so the manager's jar is
    // never used; a FetchJob keeps the cookies of its own redirect chain and drops them.
}

UrlFetcher::~UrlFetcher()
{
    // Jobs still running abort their replies; do it while the manager is still there.
    qDeleteAll(findChildren<FetchJob *>(QString(), Qt::FindDirectChildrenOnly));
}

FetchJob *UrlFetcher::fetch(const QUrl &url)
{
    return fetch(url, m_options);
}

FetchJob *UrlFetcher::fetch(const QUrl &url, const FetchOptions &options)
{
    auto *job = new FetchJob(m_manager, url, options, this);
    job->start();
    return job;
}

FetchResult UrlFetcher::fetchBlocking(const QUrl &url, const FetchOptions &options)
{
    Q_ASSERT_X(QCoreApplication::instance(), "UrlFetcher::fetchBlocking", "needs a QCoreApplication");
    UrlFetcher fetcher(options);
    FetchJob *job = fetcher.fetch(url);
    QEventLoop loop;
    QObject::connect(job, &FetchJob::finished, &loop, &QEventLoop::quit);
    if (!job->isFinished())
        loop.exec();
    return job->result();
}

FetchResult::Error UrlFetcher::checkRedirect(const QUrl &from, const QUrl &to, int redirectsSoFar,
                                             int maxRedirects, const QList<QUrl> &visited,
                                             QString *errorString)
{
    const auto fail = [errorString](FetchResult::Error error, const QString &message) {
        if (errorString)
            *errorString = message;
        return error;
    };
    if (!to.isValid() || to.isRelative())
        return fail(FetchResult::Error::InvalidUrl,
                    tr("%1 redirected to an address that is not valid (%2). The site may be "
                       "misconfigured; open the link in a browser and import the address it ends at.")
                        .arg(urlText(from), to.toString()));
    const QString scheme = to.scheme().toLower();
    if (scheme != QLatin1String("http") && scheme != QLatin1String("https"))
        return fail(FetchResult::Error::InsecureRedirect,
                    tr("%1 redirected to %2, a %3: address. Gleaner only follows redirects to http "
                       "and https addresses.")
                        .arg(urlText(from), urlText(to), scheme));
    if (to.host().isEmpty())
        return fail(FetchResult::Error::InvalidUrl,
                    tr("%1 redirected to an address without a server name (%2). The site may be "
                       "misconfigured; open the link in a browser and import the address it ends at.")
                        .arg(urlText(from), to.toString()));
    if (from.scheme().toLower() == QLatin1String("https") && scheme == QLatin1String("http"))
        return fail(FetchResult::Error::InsecureRedirect,
                    tr("The secure address %1 redirected to the insecure address %2. Gleaner does not "
                       "follow redirects from https to http, because the page could be altered on the "
                       "way. Import the https address of the final page if the site has one.")
                        .arg(urlText(from), urlText(to)));
    for (const QUrl &seen : visited) {
        if (sameAddress(seen, to))
            return fail(FetchResult::Error::RedirectLoop,
                        tr("%1 redirects in a circle (back to %2), so the page can never be "
                           "downloaded. The site may be misconfigured or may need a browser; open it "
                           "in a browser and save the page as a file to import it.")
                            .arg(urlText(from), urlText(to)));
    }
    if (redirectsSoFar >= maxRedirects)
        return fail(FetchResult::Error::TooManyRedirects,
                    tr("Gave up after %1 redirects: %2 redirects again, to %3. The site may be "
                       "misconfigured; open the link in a browser and import the address it ends at.")
                        .arg(QString::number(maxRedirects), urlText(from), urlText(to)));
    return FetchResult::Error::None;
}

QByteArray UrlFetcher::userAgent()
{
    return QByteArrayLiteral("Gleaner/" GLEANER_VERSION " (+desktop news reader)");
}

QByteArray UrlFetcher::acceptHeader()
{
    return QByteArrayLiteral("text/html,application/xhtml+xml,text/plain;q=0.9,*/*;q=0.5");
}

QByteArray UrlFetcher::feedAcceptHeader()
{
    return QByteArrayLiteral(
        "application/rss+xml,application/atom+xml,application/feed+json,application/rdf+xml,"
        "application/xml;q=0.9,text/xml;q=0.9,application/json;q=0.8,text/html;q=0.7,*/*;q=0.5");
}

} // namespace Gleaner
