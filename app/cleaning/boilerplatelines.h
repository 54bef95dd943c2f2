#pragma once

#include "cleaning/articleblock.h"

#include <QVector>

namespace Gleaner::BoilerplateLines {

// Leaves out the blocks of a chosen article that are lines pages put around articles,
// judged by what they say and where they stand, never by one site's wording:
//   anywhere: "Read also: …" (and the titles under such a label standing alone),
//   "back to the overview", disclaimers (liability, advertising, affiliate links,
//   opinion, rights), calls to rate, share or comment, cut-off teasers ("… read more");
//   after the last real paragraph: calls to install an app or follow the site, a
//   comment section's heading, a contact box, "more information at …", "click here",
//   date lines, and labels ending in ":" with nothing after them.
// Only short blocks are judged, and an article is never emptied. The words are data
// (resources/data/boilerplate-lines.tsv).
void drop(QVector<ArticleBlock> *blocks);

} // namespace Gleaner::BoilerplateLines
