// FeedRepository: the items of the feeds.
#include "library/feedrepository.h"

#include "feeds/feedparser.h"
#include "library/libraryconnection.h"
#include "library/sqldialect.h"
#include "library/sqlvalues.h"

#include <QHash>
#include <QSet>
#include <QSqlQuery>

namespace Gleaner {

namespace {

const QString kItemColumns = QStringLiteral("i.id, i.feed_id, i.guid, i.title, i.url, i.author, i.published, "
                                            "i.sort_at, i.summary, i.content, i.is_read, "
                                            "i.starred, i.article_id, f.title, f.url");

FeedItem itemFrom(const QSqlQuery &query)
{
    FeedItem item;
    item.id = query.value(0).toLongLong();
    item.feedId = query.value(1).toLongLong();
    item.guid = query.value(2).toString();
    item.title = query.value(3).toString();
    item.url = QUrl(query.value(4).toString());
    item.author = query.value(5).toString();
    item.published = Sql::parseTimestamp(query.value(6).toString());
    item.sortAt = Sql::parseTimestamp(query.value(7).toString());
    item.summary = query.value(8).toString();
    item.content = query.value(9).toString();
    item.read = query.value(10).toBool();
    item.starred = query.value(11).toBool();
    item.articleId = query.value(12).toLongLong();
    item.feedTitle = query.value(13).toString();
    if (item.feedTitle.isEmpty())
        item.feedTitle = QUrl(query.value(14).toString()).host();
    return item;
}

QString entryHash(const FeedEntry &entry)
{
    return Sql::sha256Hex(entry.title + u'\x1f' + entry.url.toString() + u'\x1f' + entry.summary + u'\x1f' +
                          entry.content);
}

QVariant timeOrNull(const QDateTime &when)
{
    return when.isValid() ? QVariant(Sql::timestamp(when)) : QVariant(QMetaType(QMetaType::QString));
}

} // namespace

std::optional<FeedStoreResult> FeedRepository::storeEntries(qint64 feedId, const QVector<FeedEntry> &entries,
                                                            const QDateTime &now, const QDateTime &oldest)
{
    FeedStoreResult result;
    const bool ok = m_db.transaction(tr("store the feed's items"), [&]() {
        // What the library holds of this feed: identity -> (id, hash, article).
        struct Held
        {
            qint64 id;
            QString hash;
            qint64 articleId;
        };
        // A feed subscribed to within the retention period shows what it carries,
        // however old; later, an entry older than the period was seen and pruned.
        QDateTime cutoff = oldest;
        QSqlQuery created(m_db.database());
        created.prepare(QStringLiteral("SELECT created_at FROM feeds WHERE id = ?"));
        created.addBindValue(feedId);
        if (!m_db.exec(created, tr("read the feed")))
            return false;
        if (!created.next())
            return m_db.fail(LibraryError::Code::InvalidInput,
                             tr("There is no feed %1 in this library.").arg(feedId));
        if (cutoff.isValid() && Sql::parseTimestamp(created.value(0).toString()) >= cutoff)
            cutoff = QDateTime();
        QHash<QString, Held> held;
        QSqlQuery read(m_db.database());
        read.setForwardOnly(true);
        read.prepare(
            QStringLiteral("SELECT guid, id, content_sha256, article_id FROM feed_items WHERE feed_id = ?"));
        read.addBindValue(feedId);
        if (!m_db.exec(read, tr("read the feed's items")))
            return false;
        while (read.next())
            held.insert(read.value(0).toString(), Held{read.value(1).toLongLong(), read.value(2).toString(),
                                                       read.value(3).toLongLong()});

        // Items retention took stay gone.
        QSet<QString> pruned;
        QSqlQuery gone(m_db.database());
        gone.setForwardOnly(true);
        gone.prepare(QStringLiteral("SELECT guid FROM feed_pruned WHERE feed_id = ?"));
        gone.addBindValue(feedId);
        if (!m_db.exec(gone, tr("read the feed's items")))
            return false;
        while (gone.next())
            pruned.insert(gone.value(0).toString());

        QSqlQuery insert(m_db.database());
        insert.prepare(QStringLiteral(
            "INSERT INTO feed_items (feed_id, guid, title, url, author, published, summary, content, "
            "content_sha256, seen_at, sort_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        QSqlQuery update(m_db.database());
        update.prepare(QStringLiteral("UPDATE feed_items SET title = ?, url = ?, author = ?, "
                                      "published = coalesce(?, published), summary = ?, content = ?, "
                                      "content_sha256 = ? WHERE id = ?"));
        const QString seen = Sql::timestamp(now);
        QSet<QString> done; // a feed that lists one entry twice
        for (const FeedEntry &entry : entries) {
            const QString guid = FeedParser::identity(entry);
            if (done.contains(guid))
                continue;
            done.insert(guid);
            const QString hash = entryHash(entry);
            const auto it = held.constFind(guid);
            if (it == held.cend()) {
                if (pruned.contains(guid))
                    continue;
                if (cutoff.isValid() && entry.published.isValid() && entry.published < cutoff)
                    continue; // older than the library keeps
                insert.addBindValue(feedId);
                insert.addBindValue(guid);
                insert.addBindValue(Sql::notNull(entry.title));
                insert.addBindValue(Sql::notNull(entry.url.toString(QUrl::FullyEncoded)));
                insert.addBindValue(Sql::notNull(entry.author));
                insert.addBindValue(timeOrNull(entry.published));
                insert.addBindValue(Sql::notNull(entry.summary));
                insert.addBindValue(Sql::notNull(entry.content));
                insert.addBindValue(hash);
                insert.addBindValue(seen);
                // A date in the future (a wrong clock) sorts as now.
                insert.addBindValue(entry.published.isValid() && entry.published < now
                                        ? Sql::timestamp(entry.published)
                                        : seen);
                if (!m_db.exec(insert, tr("store the feed's items")))
                    return false;
                ++result.added;
            } else if (it->hash != hash) {
                update.addBindValue(Sql::notNull(entry.title));
                update.addBindValue(Sql::notNull(entry.url.toString(QUrl::FullyEncoded)));
                update.addBindValue(Sql::notNull(entry.author));
                update.addBindValue(timeOrNull(entry.published));
                update.addBindValue(Sql::notNull(entry.summary));
                update.addBindValue(Sql::notNull(entry.content));
                update.addBindValue(hash);
                update.addBindValue(it->id);
                if (!m_db.exec(update, tr("store the feed's items")))
                    return false;
                ++result.changed;
                if (it->articleId > 0)
                    result.changedWithArticle.append(it->id);
            }
        }
        if (result.added > 0 || result.changed > 0)
            m_db.feedsWereChanged();
        return true;
    });
    return ok ? std::optional<FeedStoreResult>(result) : std::nullopt;
}

QString FeedRepository::itemWhere(const FeedItemFilter &filter, QVariantList *values) const
{
    QStringList conditions;
    if (filter.feedId > 0) {
        conditions << QStringLiteral("i.feed_id = ?");
        values->append(filter.feedId);
    } else if (filter.folderSet) {
        conditions << QStringLiteral(
            "i.feed_id IN (SELECT id FROM feeds WHERE folder = ? OR "
            "substr(folder, 1, length(CAST(? AS TEXT)) + 3) = CAST(? AS TEXT) || ' / ')");
        values->append(filter.folder);
        values->append(filter.folder);
        values->append(filter.folder);
    }
    if (filter.unreadOnly)
        conditions << QStringLiteral("i.is_read = 0");
    if (filter.starredOnly)
        conditions << QStringLiteral("i.starred = 1");
    if (filter.afterId > 0) {
        conditions << QStringLiteral("(i.sort_at < ? OR (i.sort_at = ? AND i.id < ?))");
        values->append(Sql::timestamp(filter.afterSortAt));
        values->append(Sql::timestamp(filter.afterSortAt));
        values->append(filter.afterId);
    }
    return conditions.isEmpty() ? QString()
                                : QStringLiteral(" WHERE ") + conditions.join(QLatin1String(" AND "));
}

std::optional<QVector<FeedItem>> FeedRepository::items(const FeedItemFilter &filter, int offset,
                                                       int limit) const
{
    QVariantList values;
    const QString where = itemWhere(filter, &values);
    const QString order = QStringLiteral("i.sort_at DESC, i.id DESC");
    QSqlQuery query(m_db.database());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT %1 FROM feed_items i JOIN feeds f ON f.id = i.feed_id%2 ORDER BY %3 "
                                 "LIMIT ? OFFSET ?")
                      .arg(kItemColumns, where, order));
    for (const QVariant &value : std::as_const(values))
        query.addBindValue(value);
    query.addBindValue(Sql::limitValue(m_db, limit));
    query.addBindValue(qMax(0, offset));
    if (!m_db.exec(query, tr("read the feed items")))
        return std::nullopt;
    QVector<FeedItem> items;
    while (query.next())
        items.append(itemFrom(query));
    return items;
}

std::optional<int> FeedRepository::itemCount(const FeedItemFilter &filter) const
{
    // All items or the unread ones, of one feed, a folder or all: the kept counts.
    if (!filter.starredOnly && filter.afterId == 0) {
        const QString column =
            filter.unreadOnly ? QStringLiteral("unread_count") : QStringLiteral("item_count");
        QSqlQuery sum(m_db.database());
        if (filter.feedId > 0) {
            sum.prepare(QStringLiteral("SELECT coalesce(sum(%1), 0) FROM feeds WHERE id = ?").arg(column));
            sum.addBindValue(filter.feedId);
        } else if (filter.folderSet) {
            sum.prepare(
                QStringLiteral("SELECT coalesce(sum(%1), 0) FROM feeds WHERE folder = ? OR "
                               "substr(folder, 1, length(CAST(? AS TEXT)) + 3) = CAST(? AS TEXT) || ' / '")
                    .arg(column));
            for (int i = 0; i < 3; ++i)
                sum.addBindValue(filter.folder);
        } else {
            sum.prepare(QStringLiteral("SELECT coalesce(sum(%1), 0) FROM feeds").arg(column));
        }
        if (!m_db.exec(sum, tr("count the feed items")) || !sum.next())
            return std::nullopt;
        return sum.value(0).toInt();
    }
    QVariantList values;
    const QString where = itemWhere(filter, &values);
    QSqlQuery query(m_db.database());
    query.prepare(QStringLiteral("SELECT count(*) FROM feed_items i%1").arg(where));
    for (const QVariant &value : std::as_const(values))
        query.addBindValue(value);
    if (!m_db.exec(query, tr("count the feed items")) || !query.next())
        return std::nullopt;
    return query.value(0).toInt();
}

std::optional<FeedItem> FeedRepository::item(qint64 id) const
{
    QSqlQuery query(m_db.database());
    query.prepare(
        QStringLiteral("SELECT %1 FROM feed_items i JOIN feeds f ON f.id = i.feed_id WHERE i.id = ?")
            .arg(kItemColumns));
    query.addBindValue(id);
    if (!m_db.exec(query, tr("read the feed item")))
        return std::nullopt;
    if (!query.next()) {
        m_db.fail(LibraryError::Code::InvalidInput,
                  tr("There is no feed item %1 in this library; it may have been pruned.").arg(id));
        return std::nullopt;
    }
    return itemFrom(query);
}

std::optional<int> FeedRepository::unreadCount() const
{
    FeedItemFilter filter;
    filter.unreadOnly = true;
    return itemCount(filter);
}

std::optional<int> FeedRepository::starredCount() const
{
    FeedItemFilter filter;
    filter.starredOnly = true;
    return itemCount(filter);
}

bool FeedRepository::setRead(const QVector<qint64> &ids, bool read)
{
    return m_db.transaction(tr("mark the items"), [&]() {
        QSqlQuery query(m_db.database());
        query.prepare(QStringLiteral("UPDATE feed_items SET is_read = ? WHERE id = ? AND is_read <> ?"));
        for (const qint64 id : ids) {
            query.addBindValue(read ? 1 : 0);
            query.addBindValue(id);
            query.addBindValue(read ? 1 : 0);
            if (!m_db.exec(query, tr("mark the items")))
                return false;
        }
        m_db.feedsWereChanged();
        return true;
    });
}

bool FeedRepository::setStarred(qint64 id, bool starred)
{
    return m_db.transaction(tr("star the item"), [&]() {
        QSqlQuery query(m_db.database());
        query.prepare(QStringLiteral("UPDATE feed_items SET starred = ? WHERE id = ?"));
        query.addBindValue(starred ? 1 : 0);
        query.addBindValue(id);
        if (!m_db.exec(query, tr("star the item")))
            return false;
        m_db.feedsWereChanged();
        return true;
    });
}

bool FeedRepository::markAllRead(const FeedItemFilter &input)
{
    FeedItemFilter filter = input;
    filter.unreadOnly = true;
    QVariantList values;
    const QString where = itemWhere(filter, &values);
    return m_db.transaction(tr("mark the items read"), [&]() {
        QSqlQuery query(m_db.database());
        query.prepare(QStringLiteral("UPDATE feed_items AS i SET is_read = 1%1").arg(where));
        for (const QVariant &value : std::as_const(values))
            query.addBindValue(value);
        if (!m_db.exec(query, tr("mark the items read")))
            return false;
        m_db.feedsWereChanged();
        return true;
    });
}

bool FeedRepository::linkArticle(qint64 itemId, qint64 articleId)
{
    return m_db.transaction(tr("link the item to its article"), [&]() {
        QSqlQuery query(m_db.database());
        query.prepare(QStringLiteral("UPDATE feed_items SET article_id = ?, is_read = 1 WHERE id = ?"));
        query.addBindValue(Sql::idOrNull(articleId));
        query.addBindValue(itemId);
        if (!m_db.exec(query, tr("link the item to its article")))
            return false;
        m_db.feedsWereChanged();
        return true;
    });
}

std::optional<int> FeedRepository::prune(const QDateTime &before)
{
    int removed = 0;
    const bool ok = m_db.transaction(tr("remove old feed items"), [&]() {
        const QString where =
            QStringLiteral("article_id IS NULL AND starred = 0 AND sort_at < ? AND seen_at < ?");
        QSqlQuery remember(m_db.database());
        remember.prepare(
            QStringLiteral("INSERT INTO feed_pruned (feed_id, guid, pruned_at) "
                           "SELECT feed_id, guid, ? FROM feed_items WHERE ") +
            where +
            QStringLiteral(" ON CONFLICT (feed_id, guid) DO UPDATE SET pruned_at = excluded.pruned_at"));
        remember.addBindValue(Sql::timestamp(QDateTime::currentDateTimeUtc()));
        remember.addBindValue(Sql::timestamp(before));
        remember.addBindValue(Sql::timestamp(before));
        if (!m_db.exec(remember, tr("remove old feed items")))
            return false;
        QSqlQuery query(m_db.database());
        query.prepare(QStringLiteral("DELETE FROM feed_items WHERE ") + where);
        query.addBindValue(Sql::timestamp(before));
        query.addBindValue(Sql::timestamp(before));
        if (!m_db.exec(query, tr("remove old feed items")))
            return false;
        removed = query.numRowsAffected();
        // A year after, a feed no longer lists what was pruned.
        QSqlQuery forget(m_db.database());
        forget.prepare(QStringLiteral("DELETE FROM feed_pruned WHERE pruned_at < ?"));
        forget.addBindValue(Sql::timestamp(before.addDays(-365)));
        if (!m_db.exec(forget, tr("remove old feed items")))
            return false;
        if (removed > 0)
            m_db.feedsWereChanged();
        return true;
    });
    return ok ? std::optional<int>(removed) : std::nullopt;
}

} // namespace Gleaner
