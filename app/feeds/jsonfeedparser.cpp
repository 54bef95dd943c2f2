// FeedParser: JSON Feed 1.0 and 1.1 (https://www.jsonfeed.org/version/1.1/).
#include "feeds/feeddates.h"
#include "feeds/feedparser.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Gleaner {

namespace {

QUrl webLink(const QUrl &base, const QJsonValue &value)
{
    const QString text = value.toString().trimmed();
    if (text.isEmpty())
        return {};
    const QUrl url = base.resolved(QUrl(text));
    const bool web = url.scheme() == QLatin1String("http") || url.scheme() == QLatin1String("https");
    return web && url.isValid() && !url.host().isEmpty() ? url : QUrl();
}

QString authorOf(const QJsonObject &object)
{
    const QJsonArray authors = object.value(QLatin1String("authors")).toArray();
    if (!authors.isEmpty())
        return authors.first().toObject().value(QLatin1String("name")).toString().simplified();
    return object.value(QLatin1String("author"))
        .toObject()
        .value(QLatin1String("name"))
        .toString()
        .simplified();
}

} // namespace

ParsedFeed FeedParser::parseJson(const QByteArray &body, const QUrl &feedUrl)
{
    ParsedFeed feed;
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError) {
        feed.error = tr("The feed is not valid JSON (%1 at byte %2).")
                         .arg(error.errorString(), QString::number(error.offset));
        return feed;
    }
    const QJsonObject root = document.object();
    if (!root.value(QLatin1String("version"))
             .toString()
             .startsWith(QLatin1String("https://jsonfeed.org/version/"))) {
        feed.error = tr("This JSON document is not a JSON Feed (it has no \"version\" naming jsonfeed.org).");
        return feed;
    }
    feed.format = ParsedFeed::Format::JsonFeed;
    feed.title = plainText(root.value(QLatin1String("title")).toString());
    feed.siteUrl = webLink(feedUrl, root.value(QLatin1String("home_page_url")));
    const QString feedAuthor = authorOf(root);
    const QJsonArray items = root.value(QLatin1String("items")).toArray();
    for (const QJsonValue &value : items) {
        if (feed.entries.size() >= kMaxEntries) {
            feed.error = tr("The feed holds more than %1 entries; the first %1 were read.").arg(kMaxEntries);
            break;
        }
        const QJsonObject item = value.toObject();
        FeedEntry entry;
        const QJsonValue id = item.value(QLatin1String("id"));
        entry.guid = id.isDouble() ? QString::number(id.toDouble(), 'g', 17) : id.toString();
        entry.title = plainText(item.value(QLatin1String("title")).toString());
        entry.url = webLink(feedUrl, item.value(QLatin1String("url")));
        if (entry.url.isEmpty())
            entry.url = webLink(feedUrl, item.value(QLatin1String("external_url")));
        entry.author = authorOf(item);
        if (entry.author.isEmpty())
            entry.author = feedAuthor;
        entry.summary = item.value(QLatin1String("summary")).toString().toHtmlEscaped();
        entry.content = item.value(QLatin1String("content_html")).toString();
        if (entry.content.isEmpty()) {
            const QString text = item.value(QLatin1String("content_text")).toString();
            if (!text.isEmpty())
                entry.content =
                    QStringLiteral("<p>") +
                    text.toHtmlEscaped().replace(QLatin1String("\n\n"), QLatin1String("</p><p>")) +
                    QStringLiteral("</p>");
        }
        entry.published = FeedDates::parse(item.value(QLatin1String("date_published")).toString());
        if (!entry.published.isValid())
            entry.published = FeedDates::parse(item.value(QLatin1String("date_modified")).toString());
        entry.imageUrl = webLink(feedUrl, item.value(QLatin1String("image")));
        feed.entries.append(entry);
    }
    return feed;
}

} // namespace Gleaner
