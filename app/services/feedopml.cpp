#include "services/feedopml.h"

#include "feeds/opml.h"
#include "library/librarystore.h"

namespace Gleaner {

QString FeedOpml::ImportResult::summary() const
{
    return tr("%n feed(s) subscribed", nullptr, added) + QStringLiteral(", ") +
           tr("%n already subscribed", nullptr, known) + QLatin1Char('.');
}

FeedOpml::ImportResult FeedOpml::import(LibraryStore *store, const QByteArray &data)
{
    ImportResult result;
    const Opml::ReadResult read = Opml::read(data);
    if (read.feeds.isEmpty()) {
        result.error = read.error.isEmpty() ? tr("The file lists no feeds.") : read.error;
        return result;
    }
    result.ok = store->transaction(tr("import the subscriptions"), [&]() {
        FeedRepository feeds = store->feeds();
        for (const OpmlFeed &entry : read.feeds) {
            const QString scheme = entry.url.scheme();
            if (!entry.url.isValid() || entry.url.host().isEmpty() ||
                (scheme != QLatin1String("http") && scheme != QLatin1String("https"))) {
                result.skipped << entry.url.toString(); // feed:, itpc:, relative: not a web address
                continue;
            }
            const auto existing = feeds.findByUrl(entry.url);
            if (!existing)
                return false;
            if (*existing > 0) {
                ++result.known;
                continue;
            }
            Feed feed;
            feed.url = entry.url;
            feed.title = entry.title;
            feed.siteUrl = entry.siteUrl;
            feed.folder = entry.folder;
            if (!feeds.add(feed))
                return false;
            ++result.added;
        }
        return true;
    });
    if (!result.ok) {
        result.added = result.known = 0;
        result.skipped.clear();
        result.error = store->lastError().message;
    } else {
        result.error = read.error; // what the file held past a break, if anything
        if (!result.skipped.isEmpty())
            result.error =
                (result.error.isEmpty() ? QString() : result.error + u' ') +
                tr("Not web addresses, so left out: %1.").arg(result.skipped.join(QLatin1String(", ")));
    }
    return result;
}

bool FeedOpml::exportTo(const LibraryStore &store, const QString &title, QByteArray *data, QString *error)
{
    const auto feeds = store.feeds().list();
    if (!feeds) {
        *error = store.lastError().message;
        return false;
    }
    QVector<OpmlFeed> entries;
    for (const Feed &feed : *feeds)
        entries.append(OpmlFeed{feed.url, feed.displayTitle(), feed.siteUrl, feed.folder});
    *data = Opml::write(entries, title);
    return true;
}

} // namespace Gleaner
