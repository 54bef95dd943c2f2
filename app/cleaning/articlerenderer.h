#pragma once

#include "cleaning/articleblock.h"
#include "cleaning/cleanedarticle.h"

namespace Gleaner {

// Renders blocks into the article's sanitized HTML, its plain text and the segments
// that tie the two together: segment i is the text of the i-th QTextBlock that
// QTextDocument::setHtml(html) creates. Two things of QTextDocument's own show up as
// empty segments (start == end, role Paragraph): the empty block it puts after every
// table, and the one before a table that opens the document.
class ArticleRenderer
{
public:
    static void render(const QVector<ArticleBlock> &blocks, CleanedArticle *article);
};

} // namespace Gleaner
