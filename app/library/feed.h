#pragma once

#include <QDateTime>
#include <QString>
#include <QUrl>

namespace Gleaner {

// How an item's text is found when it is opened: the feed's own text, the linked
// page's, or the page's when the feed carries only a summary.
enum class FullTextMode { Automatic, Summary, FullText };

// A subscription, with what its last refresh left.
struct Feed
{
    qint64 id = 0;
    QUrl url;
    QUrl siteUrl;
    QString title;
    QString folder; // '' for none
    FullTextMode fullText = FullTextMode::Automatic;
    int refreshMinutes = 60;
    QByteArray etag;
    QByteArray lastModified;
    QDateTime checkedAt;
    QDateTime nextCheckAt; // not before: Retry-After, or the back-off after failures
    int failures = 0;
    QString lastError;
    int unread = 0; // filled by lists
    int items = 0;
    QString displayTitle() const { return title.isEmpty() ? url.host() : title; }
};

struct FeedItem
{
    qint64 id = 0;
    qint64 feedId = 0;
    QString guid;
    QString title;
    QUrl url;
    QString author;
    QDateTime published; // invalid when the feed did not say
    QDateTime sortAt;    // published, else first seen
    QString summary;     // HTML
    QString content;     // HTML
    bool read = false;
    bool starred = false;
    qint64 articleId = 0;
    QString feedTitle; // filled by lists
};

// Which items a list shows.
struct FeedItemFilter
{
    qint64 feedId = 0; // 0: every feed (of the folder, when one is set)
    QString folder;    // with folderSet: the feeds of this folder and those inside it
    bool folderSet = false;
    bool unreadOnly = false;
    bool starredOnly = false;
    // Paging: only the rows after this one in the list's order (newest first), so
    // that a page does not shift when rows before it leave the filter (read ones
    // in All Unread). Unset: from the start.
    QDateTime afterSortAt;
    qint64 afterId = 0;
};

// The outcome of storing one refresh of a feed.
struct FeedStoreResult
{
    int added = 0;
    int changed = 0;
    // Items that changed and had become articles: their article is imported again
    // as a new version (FeedService does it).
    QVector<qint64> changedWithArticle;
};

} // namespace Gleaner
