#include "services/feedarticles.h"

#include "feeds/feedparser.h"
#include "network/fetchresult.h"

namespace Gleaner::FeedArticles {

bool needsPage(const FeedItem &item, FullTextMode mode)
{
    if (item.url.isEmpty() || mode == FullTextMode::Summary)
        return false;
    if (mode == FullTextMode::FullText)
        return true;
    const QString text = FeedParser::plainText(item.content.isEmpty() ? item.summary : item.content);
    return text.size() < kSummaryCharacters;
}

ImportSource fromItem(const FeedItem &item)
{
    const QString body = item.content.isEmpty() ? item.summary : item.content;
    QString html = QStringLiteral("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>%1</title>")
                       .arg(item.title.toHtmlEscaped());
    if (!item.author.isEmpty())
        html += QStringLiteral("<meta name=\"author\" content=\"%1\">").arg(item.author.toHtmlEscaped());
    html += QStringLiteral("</head><body><article><h1>%1</h1>%2</article></body></html>")
                .arg(item.title.toHtmlEscaped(), body);
    ImportSource source;
    source.data = html.toUtf8();
    source.charset = QStringLiteral("utf-8");
    source.format = CleanInput::Format::Html;
    source.kind = SourceKind::Url;
    source.url = item.url;
    source.title = item.title;
    source.sourceName = item.feedTitle;
    if (item.published.isValid())
        source.published = item.published.toLocalTime().date();
    return source;
}

ImportSource fromPage(const FeedItem &item, const FetchResult &page)
{
    ImportSource source = ArticleImporter::fromFetch(page);
    if (item.published.isValid())
        source.published = item.published.toLocalTime().date();
    return source;
}

} // namespace Gleaner::FeedArticles
