// FeedRepository: the subscriptions.
#include "library/feedrepository.h"

#include "library/libraryconnection.h"
#include "library/sqldialect.h"
#include "library/sqlvalues.h"

#include <QSqlQuery>

namespace Gleaner {

namespace {

const char *const kModes[] = {"auto", "summary", "full"};

QString modeName(FullTextMode mode)
{
    return QString::fromLatin1(kModes[int(mode)]);
}

FullTextMode modeFromName(const QString &name)
{
    for (int i = 0; i < 3; ++i) {
        if (name == QLatin1String(kModes[i]))
            return FullTextMode(i);
    }
    return FullTextMode::Automatic;
}

QVariant timeOrNull(const QDateTime &when)
{
    return when.isValid() ? QVariant(Sql::timestamp(when)) : QVariant(QMetaType(QMetaType::QString));
}

const QString kFeedColumns = QStringLiteral(
    "f.id, f.url, f.site_url, f.title, f.folder, f.full_text, f.refresh_minutes, f.etag, f.last_modified, "
    "f.checked_at, f.next_check_at, f.failures, f.last_error");

Feed feedFrom(const QSqlQuery &query)
{
    Feed feed;
    feed.id = query.value(0).toLongLong();
    feed.url = QUrl(query.value(1).toString());
    feed.siteUrl = QUrl(query.value(2).toString());
    feed.title = query.value(3).toString();
    feed.folder = query.value(4).toString();
    feed.fullText = modeFromName(query.value(5).toString());
    feed.refreshMinutes = query.value(6).toInt();
    feed.etag = query.value(7).toString().toLatin1();
    feed.lastModified = query.value(8).toString().toLatin1();
    feed.checkedAt = Sql::parseTimestamp(query.value(9).toString());
    feed.nextCheckAt = Sql::parseTimestamp(query.value(10).toString());
    feed.failures = query.value(11).toInt();
    feed.lastError = query.value(12).toString();
    return feed;
}

} // namespace

std::optional<qint64> FeedRepository::add(const Feed &feed)
{
    const QString url = feed.url.toString(QUrl::FullyEncoded);
    if (!feed.url.isValid() || feed.url.host().isEmpty() ||
        (feed.url.scheme() != QLatin1String("http") && feed.url.scheme() != QLatin1String("https"))) {
        m_db.fail(
            LibraryError::Code::InvalidInput,
            tr("“%1” is not a feed address. Give the http:// or https:// address of a feed or of a site.")
                .arg(feed.url.toString()));
        return std::nullopt;
    }
    qint64 id = 0;
    const bool ok = m_db.transaction(tr("subscribe to the feed"), [&]() {
        QSqlQuery query(m_db.database());
        query.prepare(
            QStringLiteral("INSERT INTO feeds (url, site_url, title, folder, full_text, refresh_minutes, "
                           "created_at) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id"));
        query.addBindValue(url);
        query.addBindValue(Sql::notNull(feed.siteUrl.toString(QUrl::FullyEncoded)));
        query.addBindValue(Sql::notNull(feed.title.simplified()));
        query.addBindValue(Sql::notNull(feed.folder.simplified()));
        query.addBindValue(modeName(feed.fullText));
        query.addBindValue(qMax(5, feed.refreshMinutes));
        query.addBindValue(Sql::timestamp(QDateTime::currentDateTimeUtc()));
        if (!m_db.exec(query, tr("subscribe to the feed")))
            return false;
        if (!query.next())
            return m_db.failQuery(query, tr("subscribe to the feed"));
        id = query.value(0).toLongLong();
        m_db.feedsWereChanged();
        return true;
    });
    return ok ? std::optional<qint64>(id) : std::nullopt;
}

std::optional<qint64> FeedRepository::findByUrl(const QUrl &url) const
{
    QSqlQuery query(m_db.database());
    query.prepare(QStringLiteral("SELECT id FROM feeds WHERE url = ?"));
    query.addBindValue(url.toString(QUrl::FullyEncoded));
    if (!m_db.exec(query, tr("look for the feed")))
        return std::nullopt;
    return query.next() ? query.value(0).toLongLong() : 0;
}

bool FeedRepository::remove(qint64 id)
{
    return m_db.transaction(tr("unsubscribe from the feed"), [&]() {
        QSqlQuery query(m_db.database());
        query.prepare(QStringLiteral("DELETE FROM feeds WHERE id = ?"));
        query.addBindValue(id);
        if (!m_db.exec(query, tr("unsubscribe from the feed")))
            return false;
        if (query.numRowsAffected() == 0)
            return m_db.fail(
                LibraryError::Code::InvalidInput,
                tr("There is no feed %1 in this library. `gleaner feed list` shows the feeds.").arg(id));
        m_db.feedsWereChanged();
        return true;
    });
}

bool FeedRepository::updateSettings(const Feed &feed)
{
    return m_db.transaction(tr("change the feed's settings"), [&]() {
        QSqlQuery query(m_db.database());
        query.prepare(
            QStringLiteral("UPDATE feeds SET title = ?, folder = ?, full_text = ?, refresh_minutes = ? "
                           "WHERE id = ?"));
        query.addBindValue(Sql::notNull(feed.title.simplified()));
        query.addBindValue(Sql::notNull(feed.folder.simplified()));
        query.addBindValue(modeName(feed.fullText));
        query.addBindValue(qMax(5, feed.refreshMinutes));
        query.addBindValue(feed.id);
        if (!m_db.exec(query, tr("change the feed's settings")))
            return false;
        m_db.feedsWereChanged();
        return true;
    });
}

std::optional<Feed> FeedRepository::get(qint64 id) const
{
    QSqlQuery query(m_db.database());
    query.prepare(QStringLiteral("SELECT %1 FROM feeds f WHERE f.id = ?").arg(kFeedColumns));
    query.addBindValue(id);
    if (!m_db.exec(query, tr("read the feed")))
        return std::nullopt;
    if (!query.next()) {
        m_db.fail(LibraryError::Code::InvalidInput,
                  tr("There is no feed %1 in this library. `gleaner feed list` shows the feeds.").arg(id));
        return std::nullopt;
    }
    return feedFrom(query);
}

std::optional<QVector<Feed>> FeedRepository::list() const
{
    QSqlQuery query(m_db.database());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT %1, f.unread_count, f.item_count FROM feeds f "
                                   "ORDER BY %2, %3, f.id")
                        .arg(kFeedColumns, Sql::ignoringCase(m_db, QStringLiteral("f.folder")),
                             Sql::ignoringCase(m_db, QStringLiteral("f.title"))))) {
        m_db.failQuery(query, tr("read the feeds"));
        return std::nullopt;
    }
    QVector<Feed> feeds;
    while (query.next()) {
        Feed feed = feedFrom(query);
        feed.unread = query.value(13).toInt();
        feed.items = query.value(14).toInt();
        feeds.append(feed);
    }
    return feeds;
}

bool FeedRepository::recordCheck(qint64 id, const QDateTime &when, const QString &error,
                                 const QDateTime &nextCheck, const QByteArray &etag,
                                 const QByteArray &lastModified)
{
    return m_db.transaction(tr("record the feed's refresh"), [&]() {
        QSqlQuery query(m_db.database());
        if (error.isEmpty()) {
            query.prepare(QStringLiteral("UPDATE feeds SET checked_at = ?, next_check_at = ?, failures = 0, "
                                         "last_error = '', etag = ?, last_modified = ? WHERE id = ?"));
            query.addBindValue(Sql::timestamp(when));
            query.addBindValue(timeOrNull(nextCheck));
            query.addBindValue(Sql::notNull(QString::fromLatin1(etag)));
            query.addBindValue(Sql::notNull(QString::fromLatin1(lastModified)));
        } else {
            query.prepare(QStringLiteral("UPDATE feeds SET checked_at = ?, next_check_at = ?, "
                                         "failures = failures + 1, last_error = ? WHERE id = ?"));
            query.addBindValue(Sql::timestamp(when));
            query.addBindValue(timeOrNull(nextCheck));
            query.addBindValue(Sql::notNull(error));
        }
        query.addBindValue(id);
        if (!m_db.exec(query, tr("record the feed's refresh")))
            return false;
        m_db.feedsWereChanged();
        return true;
    });
}

bool FeedRepository::setFeedInfo(qint64 id, const QString &title, const QUrl &siteUrl)
{
    return m_db.transaction(tr("record the feed's title"), [&]() {
        QSqlQuery query(m_db.database());
        query.prepare(
            QStringLiteral("UPDATE feeds SET title = CASE WHEN title = '' THEN ? ELSE title END, "
                           "site_url = CASE WHEN site_url = '' THEN ? ELSE site_url END WHERE id = ?"));
        query.addBindValue(Sql::notNull(title.simplified()));
        query.addBindValue(Sql::notNull(siteUrl.toString(QUrl::FullyEncoded)));
        query.addBindValue(id);
        return m_db.exec(query, tr("record the feed's title"));
    });
}

} // namespace Gleaner
