#pragma once

#include "feeds/feeddata.h"
#include "library/feed.h"

#include <QCoreApplication>
#include <QVector>

#include <optional>

namespace Gleaner {

class LibraryConnection;

// The subscriptions of a library and their items (feedrepository.cpp for the
// feeds, feeditems.cpp for the items).
class FeedRepository
{
    Q_DECLARE_TR_FUNCTIONS(Gleaner::FeedRepository)
public:
    explicit FeedRepository(LibraryConnection &db) : m_db(db) {}

    // Feeds
    std::optional<qint64> add(const Feed &feed);
    std::optional<qint64> findByUrl(const QUrl &url) const; // 0 when not subscribed
    bool remove(qint64 id);
    // Title, folder, full-text mode and refresh interval as the user set them.
    bool updateSettings(const Feed &feed);
    std::optional<Feed> get(qint64 id) const;
    // Every feed, by folder and title, with its unread and item counts.
    std::optional<QVector<Feed>> list() const;
    // After a fetch: the validators and the site's title and address when the feed
    // had none stored; `error` empty on success. A failure counts one more in a row.
    bool recordCheck(qint64 id, const QDateTime &when, const QString &error, const QDateTime &nextCheck,
                     const QByteArray &etag = {}, const QByteArray &lastModified = {});
    bool setFeedInfo(qint64 id, const QString &title, const QUrl &siteUrl);

    // Items
    // Adds the entries the library does not hold yet, updates those that changed
    // (same identity, other text), and leaves the rest; entries published before
    // `oldest` are not added (retention) once the feed is older than that: they
    // were seen and pruned. One transaction.
    std::optional<FeedStoreResult> storeEntries(qint64 feedId, const QVector<FeedEntry> &entries,
                                                const QDateTime &now, const QDateTime &oldest);
    std::optional<QVector<FeedItem>> items(const FeedItemFilter &filter, int offset, int limit) const;
    std::optional<int> itemCount(const FeedItemFilter &filter) const;
    std::optional<FeedItem> item(qint64 id) const;
    std::optional<int> unreadCount() const;
    std::optional<int> starredCount() const;
    bool setRead(const QVector<qint64> &ids, bool read);
    bool setStarred(qint64 id, bool starred);
    bool markAllRead(const FeedItemFilter &filter);
    bool linkArticle(qint64 itemId, qint64 articleId);
    // Deletes items first seen or published before `before` that the user did not
    // open (no article), star or annotate; returns how many went.
    std::optional<int> prune(const QDateTime &before);

private:
    QString itemWhere(const FeedItemFilter &filter, QVariantList *values) const;

    LibraryConnection &m_db;
};

} // namespace Gleaner
