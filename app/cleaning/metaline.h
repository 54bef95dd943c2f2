#pragma once

#include "cleaning/htmldocument.h"

#include <QDate>
#include <QString>
#include <QStringList>

namespace Gleaner {

// A line a reader sees under a headline that says who wrote the article and when:
// "By Kenji Watanabe | Apr 2, 2026 · 08:30 JST", "Von Anna Schmidt, 2. April 2026",
// "April 2, 2026", "Published: 2 kwietnia 2026, 08:30". Pages write them with class
// names of their own, or as plain paragraphs, so they are read from their text.
// The words are data (resources/data/meta-words.tsv).
namespace MetaLine {

struct Parsed
{
    bool isMeta = false; // the whole line is a byline, a dateline or both
    QString byline;      // the name(s), without "By"
    QDate date;
};

Parsed parse(const QString &line);

// The short lines of text from the page's main heading on (or from the start of
// the body without one), until the text of the article begins.
QStringList linesUnderHeading(xmlNodePtr body);

} // namespace MetaLine

} // namespace Gleaner
