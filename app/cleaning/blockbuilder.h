#pragma once

#include "cleaning/articleblock.h"
#include "cleaning/htmldocument.h"
#include "cleaning/inlinetext.h"

#include <QSet>
#include <QUrl>

namespace Gleaner {

// Walks cleaned DOM subtrees into ArticleBlocks: block elements start blocks, inline
// elements add to the current one (links keep an absolute http(s)/mailto href; bold,
// italic, code, sub and sup keep their markup; everything else becomes plain text).
// Images become their text alternative (a caption block "[alt]", or inline when it is
// an emoji or symbol), unless their figure has a caption, which becomes a caption block.
class BlockBuilder
{
public:
    explicit BlockBuilder(const QUrl &baseUrl, const QString &title = QString());

    void add(xmlNodePtr node);
    QVector<ArticleBlock> takeBlocks();

    // Whether a table holds data (kept as a table) rather than page layout.
    static bool isDataTable(xmlNodePtr table);
    static bool isBlockTag(const char *tag);

private:
    struct Context
    {
        ArticleBlock::Kind kind = ArticleBlock::Kind::Paragraph;
        int level = 0;
        bool ordered = false;
        bool inListItem = false;
        bool inQuote = false;
        bool inCell = false; // inside a data table's cell: everything is inline
    };

    void walk(xmlNodePtr node, const Context &ctx, int depth);
    void walkChildren(xmlNodePtr node, const Context &ctx, int depth);
    void inlineElement(xmlNodePtr node, const Context &ctx, int depth);
    void appendFlatText(xmlNodePtr node);
    void flush(const Context &ctx);
    void addList(xmlNodePtr list, const Context &ctx, int depth);
    void addTable(xmlNodePtr table, int depth);
    void addPre(xmlNodePtr pre);
    QString linkTarget(const QByteArray &href) const;

    QUrl m_baseUrl;
    QString m_title;
    bool m_titleSeen = false;
    QSet<QString> m_seenAlts; // case-folded image descriptions already given
    InlineText m_current;
    QVector<ArticleBlock> m_blocks;
};

} // namespace Gleaner
