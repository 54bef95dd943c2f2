#pragma once

#include "import/articleimporter.h"
#include "library/feed.h"

namespace Gleaner {

struct FetchResult;

// What a feed item becomes when it is opened: an article of the library, cleaned
// from the feed's own text, or from the linked page when the feed carries only a
// summary (or the feed is set to always use the page).
namespace FeedArticles {

// Below this much text, the feed's text is a summary.
constexpr int kSummaryCharacters = 600;

// Whether the linked page has to be fetched for this item under `mode`.
bool needsPage(const FeedItem &item, FullTextMode mode);
// The item's own text as an article: its title, link, author and date on top.
ImportSource fromItem(const FeedItem &item);
// The fetched page as an article, with the item's date when the page gives none.
ImportSource fromPage(const FeedItem &item, const FetchResult &page);

} // namespace FeedArticles

} // namespace Gleaner
