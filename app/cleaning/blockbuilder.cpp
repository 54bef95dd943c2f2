#include "cleaning/blockbuilder.h"

#include "cleaning/classhints.h"

#include <QHash>
#include <QRegularExpression>

#include <cstring>

namespace Gleaner {

namespace {

using H = HtmlDocument;
using Kind = ArticleBlock::Kind;

constexpr int MaxDepth = 200;

bool isSkipped(const char *tag)
{
    return H::tagIn(tag, {"script", "style",  "input",    "button", "select", "textarea", "noscript", "svg",
                          "iframe", "object", "embed",    "video",  "audio",  "canvas",   "template", "head",
                          "title",  "meta",   "link",     "map",    "area",   "source",   "rp",       "rt",
                          "math",   "option", "datalist", "dialog", "nav",    "form",     "aside"});
}

// An emoji or symbol drawn as an image ("★", "😀"): at most one character.
bool isSymbolOnly(const QString &alt)
{
    if (alt.isEmpty() || alt.size() > 2 || (alt.size() == 2 && !alt.at(0).isHighSurrogate()))
        return false;
    return !alt.at(0).isLetterOrNumber();
}

// An image's text alternative, when it describes something: at least two words, not a
// file name or a slug ("IMG_2953", "hero-image-final"); or a drawn emoji or symbol.
QString altText(const xmlNode *img)
{
    const QString alt = H::collapseWhiteSpace(QString::fromUtf8(H::attribute(img, "alt"))).trimmed();
    static const QRegularExpression fileName(QStringLiteral("\\.(jpe?g|png|gif|webp|avif|svg|bmp)$"),
                                             QRegularExpression::CaseInsensitiveOption);
    if (alt.size() <= 2 || !alt.contains(QLatin1Char(' ')) || alt.contains(QLatin1Char('_')) ||
        fileName.match(alt).hasMatch())
        return isSymbolOnly(alt) ? alt : QString();
    return alt;
}

// Whether the figure around an image (if any) has a caption of its own.
bool hasFigureCaption(const xmlNode *img)
{
    for (const xmlNode *n = img->parent; n && n->type == XML_ELEMENT_NODE; n = n->parent) {
        if (H::hasTag(n, "figure"))
            return H::firstElement(const_cast<xmlNodePtr>(n), "figcaption") != nullptr;
    }
    return false;
}

bool isInlineTag(const char *tag)
{
    return H::tagIn(tag, {"a",    "abbr",  "b",    "bdi",    "bdo",    "cite", "code", "data",   "dfn",
                          "em",   "font",  "i",    "kbd",    "label",  "mark", "q",    "ruby",   "s",
                          "samp", "small", "span", "strike", "strong", "sub",  "sup",  "time",   "tt",
                          "u",    "var",   "big",  "nobr",   "del",    "ins",  "wbr",  "acronym"});
}

// Whether an inline element holds block content (then its markup is not kept, since a
// block boundary inside it would cut it). Very large subtrees count as holding some.
bool hasBlockDescendant(xmlNodePtr node)
{
    int budget = 2000;
    for (xmlNodePtr n = node->children; n; n = H::next(n, node)) {
        if (--budget == 0)
            return true;
        if (H::isElement(n) && (BlockBuilder::isBlockTag(H::tag(n)) || H::hasTag(n, "br")))
            return true;
    }
    return false;
}

} // namespace

BlockBuilder::BlockBuilder(const QUrl &baseUrl, const QString &title)
    : m_baseUrl(baseUrl), m_title(ClassHints::lettersOf(title))
{}

bool BlockBuilder::isBlockTag(const char *tag)
{
    // Called for every element of a page: answer from a table built once.
    enum : char { Unknown = 0, Block = 1, Other = 2 };
    static thread_local QHash<QByteArray, char> cache;
    const QByteArray key = QByteArray::fromRawData(tag, qsizetype(std::strlen(tag)));
    const auto it = cache.constFind(key);
    if (it != cache.constEnd())
        return *it == Block;
    const bool block = *tag && !isInlineTag(tag) && !isSkipped(tag);
    if (cache.size() < 512)
        cache.insert(QByteArray(tag), block ? Block : Other);
    return block;
}

void BlockBuilder::add(xmlNodePtr node)
{
    Context ctx;
    walk(node, ctx, 0);
    flush(ctx);
}

QVector<ArticleBlock> BlockBuilder::takeBlocks()
{
    flush(Context());
    return std::move(m_blocks);
}

void BlockBuilder::flush(const Context &ctx)
{
    if (m_current.isEmpty()) {
        m_current.clear();
        return;
    }
    ArticleBlock b;
    b.kind = ctx.kind;
    if (b.kind == Kind::Paragraph && ctx.inQuote)
        b.kind = Kind::Quote;
    b.level = ctx.level;
    b.ordered = ctx.ordered;
    b.text = m_current.text();
    b.html = m_current.html();
    m_current.clear();
    if (b.kind == Kind::Heading && !m_titleSeen && !m_title.isEmpty() &&
        ClassHints::lettersOf(b.text) == m_title) {
        m_titleSeen = true; // the title is shown apart; not part of the body
        return;
    }
    m_blocks.append(b);
}

void BlockBuilder::appendFlatText(xmlNodePtr node)
{
    if (H::isText(node)) {
        if (node->content)
            m_current.appendText(QString::fromUtf8(reinterpret_cast<const char *>(node->content)));
        return;
    }
    xmlNodePtr n = node->children;
    while (n) {
        if (H::isText(n)) {
            if (n->content)
                m_current.appendText(QString::fromUtf8(reinterpret_cast<const char *>(n->content)));
            n = H::next(n, node);
        } else if (H::isElement(n) && isSkipped(H::tag(n))) {
            n = H::next(n, node, false);
        } else {
            if (H::isElement(n) && !isInlineTag(H::tag(n)))
                m_current.appendSpace();
            n = H::next(n, node);
        }
    }
}

void BlockBuilder::walkChildren(xmlNodePtr node, const Context &ctx, int depth)
{
    for (xmlNodePtr c = node->children; c; c = c->next)
        walk(c, ctx, depth + 1);
}

QString BlockBuilder::linkTarget(const QByteArray &rawHref) const
{
    const QString href = QString::fromUtf8(rawHref).trimmed();
    if (href.isEmpty() || href.startsWith(QLatin1Char('#')))
        return QString();
    QUrl url(href);
    if (!url.isValid())
        return QString();
    if (url.isRelative()) {
        if (!m_baseUrl.isValid() || m_baseUrl.isRelative())
            return QString();
        url = m_baseUrl.resolved(url);
    }
    const QString scheme = url.scheme().toLower();
    if (scheme != QLatin1String("http") && scheme != QLatin1String("https") &&
        scheme != QLatin1String("mailto"))
        return QString();
    return QString::fromUtf8(url.toEncoded());
}

void BlockBuilder::inlineElement(xmlNodePtr node, const Context &ctx, int depth)
{
    const char *tag = H::tag(node);
    if (!std::strcmp(tag, "wbr"))
        return;
    QString open, close;
    if (!hasBlockDescendant(node)) {
        if (!std::strcmp(tag, "a")) {
            const QString target = linkTarget(H::attribute(node, "href"));
            if (!target.isEmpty()) {
                open =
                    QLatin1String("<a href=\"") + InlineText::escapeAttribute(target) + QLatin1String("\">");
                close = QStringLiteral("</a>");
            }
        } else if (H::tagIn(tag, {"b", "strong"})) {
            open = QStringLiteral("<strong>");
            close = QStringLiteral("</strong>");
        } else if (H::tagIn(tag, {"i", "em", "cite", "dfn"})) {
            open = QStringLiteral("<em>");
            close = QStringLiteral("</em>");
        } else if (H::tagIn(tag, {"code", "kbd", "samp", "tt"})) {
            open = QStringLiteral("<code>");
            close = QStringLiteral("</code>");
        } else if (!std::strcmp(tag, "sub") || !std::strcmp(tag, "sup")) {
            open = QLatin1Char('<') + QLatin1String(tag) + QLatin1Char('>');
            close = QLatin1String("</") + QLatin1String(tag) + QLatin1Char('>');
        }
    }
    if (!open.isEmpty())
        m_current.appendMarkup(open);
    walkChildren(node, ctx, depth);
    if (!close.isEmpty())
        m_current.appendMarkup(close);
}

void BlockBuilder::walk(xmlNodePtr node, const Context &ctx, int depth)
{
    if (H::isText(node)) {
        if (node->content)
            m_current.appendText(QString::fromUtf8(reinterpret_cast<const char *>(node->content)));
        return;
    }
    if (!H::isElement(node))
        return;
    const char *tag = H::tag(node);
    if (isSkipped(tag))
        return;
    if (depth > MaxDepth) {
        appendFlatText(node);
        return;
    }
    const bool inlineOnly = ctx.kind == Kind::Heading || ctx.kind == Kind::Caption || ctx.inCell;
    if (!std::strcmp(tag, "img")) {
        // Nothing is fetched: an image becomes its text alternative. A short one inside
        // text (an emoji, a symbol) stays in the text; a description becomes a caption of
        // its own, in brackets, unless the figure has a caption already.
        const QString alt = altText(node);
        if (alt.isEmpty() || hasFigureCaption(node))
            return;
        if (!isSymbolOnly(alt)) { // the same picture shown again, or the headline again: once is enough
            const QString key = alt.toCaseFolded();
            if (m_seenAlts.contains(key) || key == m_title.toCaseFolded().trimmed())
                return;
            m_seenAlts.insert(key);
        }
        if (isSymbolOnly(alt) || inlineOnly || ctx.inListItem || !m_current.isEmpty()) {
            if (isSymbolOnly(alt))
                m_current.appendText(alt);
            return;
        }
        flush(ctx);
        Context c = ctx;
        c.kind = Kind::Caption;
        m_current.appendText(QLatin1Char('[') + alt + QLatin1Char(']'));
        flush(c);
        return;
    }
    if (!std::strcmp(tag, "br") || !std::strcmp(tag, "hr")) {
        if (inlineOnly || ctx.inListItem)
            m_current.appendSpace();
        else
            flush(ctx);
        return;
    }
    if (isInlineTag(tag)) {
        inlineElement(node, ctx, depth);
        return;
    }
    const bool structural = H::tagIn(tag, {"ul", "ol", "table", "pre"});
    if (inlineOnly || (ctx.inListItem && !structural)) {
        m_current.appendSpace();
        walkChildren(node, ctx, depth);
        m_current.appendSpace();
        return;
    }
    flush(ctx);
    if (tag[0] == 'h' && tag[1] >= '1' && tag[1] <= '6' && tag[2] == 0) {
        Context h = ctx;
        h.kind = Kind::Heading;
        h.level = qMax(2, tag[1] - '0');
        walkChildren(node, h, depth);
        flush(h);
    } else if (!std::strcmp(tag, "ul") || !std::strcmp(tag, "ol") || !std::strcmp(tag, "menu")) {
        addList(node, ctx, depth);
    } else if (!std::strcmp(tag, "table")) {
        if (isDataTable(node)) {
            addTable(node, depth);
        } else {
            walkChildren(node, ctx, depth);
            flush(ctx);
        }
    } else if (!std::strcmp(tag, "pre")) {
        addPre(node);
    } else if (!std::strcmp(tag, "blockquote")) {
        Context q = ctx;
        q.inQuote = true;
        walkChildren(node, q, depth);
        flush(q);
    } else if (!std::strcmp(tag, "figcaption")) {
        Context c = ctx;
        c.kind = Kind::Caption;
        walkChildren(node, c, depth);
        flush(c);
    } else if (!std::strcmp(tag, "li")) {
        Context li = ctx;
        li.kind = Kind::ListItem;
        li.level = 1;
        li.inListItem = true;
        walkChildren(node, li, depth);
        flush(li);
    } else {
        walkChildren(node, ctx, depth);
        flush(ctx);
    }
}

void BlockBuilder::addList(xmlNodePtr list, const Context &ctx, int depth)
{
    Context li = ctx;
    li.kind = Kind::ListItem;
    li.level = (ctx.inListItem ? ctx.level : 0) + 1;
    li.ordered = H::hasTag(list, "ol");
    li.inListItem = true;
    for (xmlNodePtr c = list->children; c; c = c->next) {
        if (H::hasTag(c, "li")) {
            walkChildren(c, li, depth + 1);
            flush(li);
        } else {
            walk(c, li, depth + 1);
        }
    }
    flush(li);
}

bool BlockBuilder::isDataTable(xmlNodePtr table)
{
    int rows = 0;
    int cells = 0;
    int maxColumns = 0;
    bool header = false;
    int columns = 0;
    for (xmlNodePtr n = table->children; n; n = H::next(n, table)) {
        if (!H::isElement(n))
            continue;
        const char *tag = H::tag(n);
        if (!std::strcmp(tag, "table"))
            return false; // nested tables: layout
        if (!std::strcmp(tag, "tr")) {
            ++rows;
            columns = 0;
        } else if (!std::strcmp(tag, "td") || !std::strcmp(tag, "th")) {
            ++cells;
            maxColumns = qMax(maxColumns, ++columns);
            if (!std::strcmp(tag, "th"))
                header = true;
            if (H::text(n).size() > 400)
                return false;
            for (xmlNodePtr d = n->children; d; d = H::next(d, n)) {
                if (H::hasTag(d, "table") || H::hasTag(d, "ul") || H::hasTag(d, "ol") ||
                    H::hasTag(d, "pre") || H::hasTag(d, "blockquote"))
                    return false;
            }
        } else if (!std::strcmp(tag, "caption") || !std::strcmp(tag, "thead")) {
            header = true;
        }
    }
    if (cells <= 1 || rows > 5000 || maxColumns > 50)
        return false;
    return header || (rows >= 2 && maxColumns >= 2);
}

void BlockBuilder::addTable(xmlNodePtr table, int depth)
{
    ArticleBlock block;
    block.kind = Kind::Table;
    const InlineText saved = m_current;
    QVector<xmlNodePtr> rows;
    for (xmlNodePtr c = table->children; c; c = c->next) {
        if (H::hasTag(c, "tr")) {
            rows << c;
        } else if (H::hasTag(c, "thead") || H::hasTag(c, "tbody") || H::hasTag(c, "tfoot")) {
            for (xmlNodePtr r = c->children; r; r = r->next) {
                if (H::hasTag(r, "tr"))
                    rows << r;
            }
        }
    }
    Context cellCtx;
    cellCtx.inCell = true;
    for (xmlNodePtr r : rows) {
        QVector<ArticleBlock::Cell> cells;
        bool any = false;
        for (xmlNodePtr c = r->children; c; c = c->next) {
            if (!H::hasTag(c, "td") && !H::hasTag(c, "th"))
                continue;
            m_current.clear();
            walkChildren(c, cellCtx, depth + 1);
            ArticleBlock::Cell cell;
            cell.text = m_current.text();
            cell.html = m_current.html();
            cell.header = H::hasTag(c, "th");
            any = any || !cell.text.isEmpty();
            cells << cell;
        }
        if (any)
            block.rows << cells;
    }
    m_current = saved;
    if (!block.rows.isEmpty())
        m_blocks.append(block);
}

void BlockBuilder::addPre(xmlNodePtr pre)
{
    const QString raw = H::rawText(pre);
    QString text;
    text.reserve(raw.size());
    for (qsizetype i = 0; i < raw.size(); ++i) {
        const QChar ch = raw.at(i);
        const char16_t u = ch.unicode();
        if (u == '\r') {
            if (i + 1 < raw.size() && raw.at(i + 1) == QLatin1Char('\n'))
                continue;
            text += QLatin1Char('\n');
        } else if (u == '\n' || u == '\t') {
            text += ch;
        } else if (u == 0x2028 || u == 0x2029) {
            text += QLatin1Char('\n');
        } else if (u < 0x20 || u == 0x7F || (u >= 0x80 && u < 0xA0) || u == 0xFFFC) {
            continue;
        } else if (ch.isHighSurrogate() && i + 1 < raw.size() && raw.at(i + 1).isLowSurrogate()) {
            text += ch;
            text += raw.at(++i);
        } else if (ch.isSurrogate()) {
            text += QChar(QChar::ReplacementCharacter);
        } else {
            text += ch;
        }
    }
    QStringList lines = text.split(QLatin1Char('\n'));
    while (!lines.isEmpty() && lines.first().trimmed().isEmpty())
        lines.removeFirst();
    while (!lines.isEmpty() && lines.last().trimmed().isEmpty())
        lines.removeLast();
    if (lines.isEmpty())
        return;
    ArticleBlock b;
    b.kind = Kind::Preformatted;
    b.text = lines.join(QLatin1Char('\n'));
    m_blocks.append(b);
}

} // namespace Gleaner
