#include "feeds/feeddiscovery.h"

#include "cleaning/charsetdecoder.h"
#include "cleaning/htmldocument.h"

namespace Gleaner::FeedDiscovery {

namespace {
const char *const kFeedTypes[] = {"application/rss+xml", "application/atom+xml", "application/rdf+xml",
                                  "application/feed+json", "application/json"};
// Paths blogs and news sites use (WordPress, Ghost, Hugo, Jekyll, Blogger, Substack...).
const char *const kCommonPaths[] = {
    "/feed",     "/rss.xml", "/atom.xml", "/feed.xml", "/index.xml", "/rss", "/feeds/posts/default",
    "/feed.json"};
} // namespace

QList<QUrl> linkedFeeds(const QByteArray &html, const QString &charset, const QUrl &pageUrl)
{
    QList<QUrl> feeds;
    const QString text = CharsetDecoder::decode(html, charset).text;
    HtmlDocument document(text.toUtf8());
    if (!document.isValid())
        return feeds;
    QUrl base = pageUrl;
    const xmlNode *root = document.root();
    for (xmlNodePtr node = document.root(); node; node = HtmlDocument::next(node, root)) {
        if (!HtmlDocument::isElement(node))
            continue;
        if (HtmlDocument::hasTag(node, "base") && HtmlDocument::hasAttribute(node, "href")) {
            base = pageUrl.resolved(QUrl(QString::fromUtf8(HtmlDocument::attribute(node, "href")).trimmed()));
            continue;
        }
        if (!HtmlDocument::hasTag(node, "link") && !HtmlDocument::hasTag(node, "a"))
            continue;
        const QList<QByteArray> rels = HtmlDocument::attribute(node, "rel").toLower().split(' ');
        if (!rels.contains("alternate"))
            continue;
        const QByteArray type = HtmlDocument::attribute(node, "type").trimmed().toLower();
        bool isFeed = false;
        for (const char *feedType : kFeedTypes)
            isFeed = isFeed || type == feedType;
        if (!isFeed)
            continue;
        const QUrl url =
            base.resolved(QUrl(QString::fromUtf8(HtmlDocument::attribute(node, "href")).trimmed()));
        if ((url.scheme() == QLatin1String("http") || url.scheme() == QLatin1String("https")) &&
            url.isValid() && !url.host().isEmpty() && !feeds.contains(url))
            feeds.append(url);
    }
    return feeds;
}

QList<QUrl> commonLocations(const QUrl &pageUrl)
{
    QList<QUrl> urls;
    for (const char *path : kCommonPaths) {
        QUrl url = pageUrl.adjusted(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment);
        url.setPath(QString::fromLatin1(path));
        urls.append(url);
    }
    return urls;
}

} // namespace Gleaner::FeedDiscovery
