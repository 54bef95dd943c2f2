// libFuzzer target for the feed readers: RSS, RDF, Atom and JSON Feed documents,
// OPML lists and feed discovery in web pages, on the same bytes. The first byte
// picks a caller charset so that the charset path of the XML reader runs too.
#include "feeds/feeddiscovery.h"
#include "feeds/feedparser.h"
#include "feeds/opml.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>

using namespace Gleaner;

static bool isWebLink(const QUrl &url)
{
    return url.isEmpty() ||
           ((url.scheme() == QLatin1String("http") || url.scheme() == QLatin1String("https")) &&
            url.isValid() && !url.host().isEmpty());
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1 || size > 1024 * 1024)
        return 0;
    static const char *const charsets[] = {"", "utf-8", "windows-1252", "shift_jis", "iso-8859-2", "bogus"};
    const QString charset = QString::fromLatin1(charsets[data[0] % 6]);
    const QByteArray bytes(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    const QUrl base(QStringLiteral("https://example.org/feed/"));
    const ParsedFeed feed = FeedParser::parse(bytes, base, charset);
    if (feed.entries.size() > FeedParser::kMaxEntries)
        std::abort();
    for (const FeedEntry &entry : feed.entries) {
        // Links are resolved web addresses or nothing; every entry has an identity.
        if (!isWebLink(entry.url) || !isWebLink(entry.imageUrl) || FeedParser::identity(entry).isEmpty())
            std::abort();
        if (entry.published.isValid() && entry.published.timeSpec() != Qt::UTC)
            std::abort();
    }
    if (!feed.isFeed() && feed.error.isEmpty() && !bytes.isEmpty())
        std::abort(); // what is not a feed says why
    const Opml::ReadResult opml = Opml::read(bytes);
    (void)Opml::read(Opml::write(opml.feeds, QStringLiteral("t")));
    for (const QUrl &url : FeedDiscovery::linkedFeeds(bytes, charset, base)) {
        if (!isWebLink(url) || url.isEmpty())
            std::abort();
    }
    return 0;
}
