#pragma once

#include "cleaning/cleanedarticle.h"
#include "cleaning/htmldocument.h"

namespace Gleaner {

// Reads an article's metadata from a parsed page: title, byline, published date, site
// name, description, language and canonical URL, from <meta> tags (Open Graph,
// article:*), JSON-LD, <link rel=canonical>, <time>, the <h1> and the <title>.
// Run it before the page is cleaned (it needs <head> and the JSON-LD scripts).
class MetadataExtractor
{
public:
    // *structuredBody, when given, receives the article's text as the page's JSON-LD
    // gives it (articleBody), or an empty string.
    static void extract(const HtmlDocument &document, const QUrl &baseUrl, CleanedArticle *article,
                        QString *structuredBody = nullptr);

    // "Title | Site", "Title - Site", "Site: Title"... without the site part.
    static QString stripSiteFromTitle(const QString &title, const QString &site);
    // A date written as ISO 8601, "March 5, 2024", "5 March 2024", "2024/03/05" or
    // "2024年3月5日", found anywhere in `text`; invalid when there is none.
    static QDate parseDate(const QString &text);
    // Best-effort BCP 47 language from the script of a text ("ja", "ko", "zh", "en"...).
    static QString guessLanguage(const QString &text);
};

} // namespace Gleaner
