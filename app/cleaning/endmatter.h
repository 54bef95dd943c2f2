#pragma once

#include "cleaning/articleblock.h"

#include <QVector>

namespace Gleaner {

// What pages append to an article that is not part of it: calls to follow the site
// on a network, to subscribe or to join ("Follow us on Instagram", "Subscribe to our
// newsletter", "Hazte miembro"). Only short blocks among the last few are judged.
// The words are data (resources/data/cleaning-words.tsv).
namespace EndMatter {

void dropCallsToAction(QVector<ArticleBlock> *blocks);

// Whether a short text asks the reader to follow, subscribe or join.
bool isCallToAction(const QString &text);

} // namespace EndMatter

} // namespace Gleaner
