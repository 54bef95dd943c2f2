#pragma once

#include "library/article.h"
#include "util/annotation.h"

#include <QCoreApplication>
#include <QVector>

namespace Gleaner {

// An article as Markdown for a notes app (Obsidian, Logseq): title, byline, date
// and link, the body with its headings, lists and quotes, every annotated span as
// ==highlight== followed by a footnote that says what it is (amount, deadline,
// pillar) and the note, and a list of the annotations at the end.
class ArticleMarkdown
{
    Q_DECLARE_TR_FUNCTIONS(Gleaner::ArticleMarkdown)
public:
    static QString render(const Article &article, const QVector<Annotation> &annotations,
                          const QLocale &locale = QLocale());
    // Escapes the characters Markdown would read as markup.
    static QString escaped(const QString &text);
};

} // namespace Gleaner
