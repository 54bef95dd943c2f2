#pragma once

#include "cleaning/articleblock.h"

#include <QVector>

namespace Gleaner {

// Pasted text has no heading levels, but it often shows them: a heading whose
// paragraph announces "three interconnected pillars", or whose title lists them
// ("Pillars: Infrastructure, Security, and Talent"), is followed by that many
// headings that belong under it. Those move one level down. The words are data
// (resources/data/outline-words.tsv).
namespace HeadingLevels {

void nestAnnounced(QVector<ArticleBlock> *blocks);

// How many parts a heading or the paragraph under it announces; 0 for none.
int announcedCount(const QString &heading, const QString &paragraph);

} // namespace HeadingLevels

} // namespace Gleaner
