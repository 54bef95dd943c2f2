#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QUrl>
#include <QVector>

namespace Gleaner {

// One entry of a feed as the feed describes it: links already resolved against the
// feed's base, the date in UTC (invalid when the feed gives none it can be read as).
struct FeedEntry
{
    QString guid; // as the feed names it; empty when it names none (see FeedParser::identity)
    QString title;
    QUrl url;
    QString author;
    QDateTime published;
    QString summary; // HTML
    QString content; // HTML of the full text, when the feed carries it
    QUrl imageUrl;
};

// A parsed feed document: what was read, and what could not be.
struct ParsedFeed
{
    enum class Format { Unknown, Rss2, Rdf, Atom, JsonFeed };
    Format format = Format::Unknown;
    QString title;
    QUrl siteUrl;
    QVector<FeedEntry> entries;
    // Set when the document is not a feed or broke off: the entries read before
    // the problem are kept.
    QString error;
    bool isFeed() const { return format != Format::Unknown; }
};

// One subscription in an OPML file.
struct OpmlFeed
{
    QUrl url;
    QString title;
    QUrl siteUrl;
    QString folder; // '' for none; nested folders joined by " / "
};

} // namespace Gleaner
