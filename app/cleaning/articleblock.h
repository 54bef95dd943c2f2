#pragma once

#include <QString>
#include <QVector>

namespace Gleaner {

// One block of a cleaned article before it is rendered: the common form the HTML and
// the plain-text paths produce. `text` and `html` describe the same inline content
// (white space already collapsed, see InlineText).
struct ArticleBlock
{
    enum class Kind { Heading, Paragraph, ListItem, Quote, Preformatted, Caption, Table };
    struct Cell
    {
        QString text;
        QString html;
        bool header = false;
    };

    Kind kind = Kind::Paragraph;
    int level = 0;        // heading level 2-6, or list nesting depth from 1
    bool ordered = false; // list items: part of a numbered list
    QString text;         // preformatted: the lines joined by '\n'
    QString html;
    QVector<QVector<Cell>> rows; // tables only
};

} // namespace Gleaner
