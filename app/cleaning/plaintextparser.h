#pragma once

#include "cleaning/articleblock.h"
#include "cleaning/cleanedarticle.h"

namespace Gleaner {

// Reads plain text as a browser copy gives it: the site name and the title at the top,
// a byline or date line after them, paragraphs separated by blank lines, section
// headings (short lines without final punctuation between paragraphs), bulleted or
// numbered runs as lists, tab-separated lines as tables. A promotion block at the end
// (a label such as "Featured" or "Related" over a long run of short lines) is dropped,
// and a teaser after it (the headline in other words and a one-sentence summary)
// becomes the description.
class PlainTextParser
{
public:
    static QVector<ArticleBlock> parse(const QString &text, CleanedArticle *article);
};

} // namespace Gleaner
