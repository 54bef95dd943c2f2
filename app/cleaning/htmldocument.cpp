#include "cleaning/htmldocument.h"

#include <array>
#include <cstring>

namespace Gleaner {

namespace {

bool isNameByte(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' ||
           c == '_' || c == ':' || c == '.';
}

bool startsWithNoCase(const char *p, const char *end, const char *word)
{
    for (; *word; ++p, ++word) {
        if (p == end || (*p | 0x20) != *word)
            return false;
    }
    return true;
}

// The end of the tag that starts at `p` (just past its '>'), honouring quoted attribute
// values, or `end` when the tag never closes. A quote opens a value only after '='.
const char *tagEnd(const char *p, const char *end)
{
    static const auto stops = [] {
        std::array<bool, 256> t{};
        t[uchar('>')] = t[uchar('"')] = t[uchar('\'')] = true;
        return t;
    }();
    const char *tagStart = p;
    while (p < end) {
        while (p < end && !stops[uchar(*p)])
            ++p;
        if (p == end)
            return end;
        if (*p == '>')
            return p + 1;
        const char *before = p - 1;
        while (before >= tagStart &&
               (*before == ' ' || *before == '\t' || *before == '\n' || *before == '\r'))
            --before;
        if (before >= tagStart && *before == '=') {
            const char *close = static_cast<const char *>(std::memchr(p + 1, *p, std::size_t(end - p - 1)));
            if (!close)
                return end;
            p = close;
        }
        ++p;
    }
    return end;
}

const char *findNoCase(const char *from, const char *end, const char *needle)
{
    const std::size_t n = std::strlen(needle);
    for (const char *p = from; p + n <= end;) {
        p = static_cast<const char *>(std::memchr(p, '<', std::size_t(end - p)));
        if (!p)
            return nullptr;
        if (startsWithNoCase(p, end, needle))
            return p;
        ++p;
    }
    return nullptr;
}

} // namespace

bool isSpaceByte(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
}

// Calls `leaveOut(from, to)` for each data-* attribute (with the white space before it)
// in the start tag between `attributes` and its closing '>' at `close`. Scripts keep
// their state there, sometimes kilobytes of it; the cleaner never reads them. Anything
// unusual (an unclosed quote) stops the scan and keeps the rest as it is.
// Elements the cleaner always drops whole, and whose content it never reads: inline
// drawings, navigation, asides, templates, noscript fallbacks and drop-down lists.
// Returns the lower-case name, or nullptr.
const char *unusedContainer(const char *name, const char *nameEnd)
{
    for (const char *candidate : {"svg", "nav", "aside", "template", "noscript", "select"}) {
        if (std::size_t(nameEnd - name) == std::strlen(candidate) &&
            startsWithNoCase(name, nameEnd, candidate))
            return candidate;
    }
    return nullptr;
}

// The end tag that closes the element of `name` whose content starts at `from`, counting
// nested elements of the same name and skipping comments, quoted attribute values,
// scripts and styles the way libxml2 reads them; nullptr when there is none.
const char *matchingEndTag(const char *from, const char *end, const char *name)
{
    const std::size_t length = std::strlen(name);
    int depth = 1;
    const char *q = from;
    while ((q = static_cast<const char *>(std::memchr(q, '<', std::size_t(end - q))))) {
        if (end - q >= 4 && !std::memcmp(q, "<!--", 4)) {
            const auto *close = static_cast<const char *>(memmem(q + 4, std::size_t(end - q - 4), "-->", 3));
            if (!close)
                return nullptr;
            q = close + 3;
            continue;
        }
        if (q + 1 < end && (q[1] == '!' || q[1] == '?')) {
            q = tagEnd(q + 2, end);
            continue;
        }
        const bool closing = q + 1 < end && q[1] == '/';
        const char *n = q + (closing ? 2 : 1);
        const char *e = n;
        while (e < end && isNameByte(*e))
            ++e;
        const bool same = std::size_t(e - n) == length && startsWithNoCase(n, e, name);
        if (closing) {
            if (same && --depth == 0)
                return q;
            q = e;
            continue;
        }
        if (e == n) { // a '<' that starts no tag
            q = e;
            continue;
        }
        const char *tagClose = tagEnd(e, end); // skips quoted attribute values
        if ((e - n == 6 && startsWithNoCase(n, e, "script")) ||
            (e - n == 5 && startsWithNoCase(n, e, "style"))) {
            const char *rawEnd = findNoCase(tagClose, end, e - n == 6 ? "</script" : "</style");
            if (!rawEnd)
                return nullptr;
            q = rawEnd + 2;
            continue;
        }
        if (same && tagClose[-2] != '/')
            ++depth;
        q = tagClose;
    }
    return nullptr;
}

template <typename LeaveOut>
void leaveOutDataAttributes(const char *attributes, const char *close, LeaveOut leaveOut)
{
    const char *a = attributes;
    while (a < close) {
        const char *spaceStart = a;
        while (a < close && isSpaceByte(*a))
            ++a;
        if (a == close)
            return;
        const char *name = a;
        while (a < close && !isSpaceByte(*a) && *a != '=' && *a != '/')
            ++a;
        if (a == name) { // a stray '/' or '='
            ++a;
            continue;
        }
        const char *nameEnd = a;
        const char *attributeEnd = nameEnd;
        const char *b = nameEnd;
        while (b < close && isSpaceByte(*b))
            ++b;
        if (b < close && *b == '=') {
            ++b;
            while (b < close && isSpaceByte(*b))
                ++b;
            if (b < close && (*b == '"' || *b == '\'')) {
                const auto *quote =
                    static_cast<const char *>(std::memchr(b + 1, *b, std::size_t(close - b - 1)));
                if (!quote)
                    return;
                b = quote + 1;
            } else {
                while (b < close && !isSpaceByte(*b))
                    ++b;
            }
            attributeEnd = b;
            a = b;
        }
        const bool separated = spaceStart < name && (a == close || isSpaceByte(*a) || *a == '/');
        if (separated && nameEnd - name >= 5 && startsWithNoCase(name, nameEnd, "data-"))
            leaveOut(spaceStart, attributeEnd);
    }
}

QByteArray HtmlDocument::withoutUnusedContent(const QByteArray &html)
{
    const char *begin = html.constData();
    const char *end = begin + html.size();
    QByteArray out;
    const char *copied = begin; // everything before this is in `out` already
    auto leaveOut = [&](const char *from, const char *to) {
        if (to <= from)
            return;
        if (out.isNull())
            out.reserve(html.size());
        out.append(copied, from - copied);
        copied = to;
    };
    const char *p = begin;
    while (p < end) {
        p = static_cast<const char *>(std::memchr(p, '<', std::size_t(end - p)));
        if (!p)
            break;
        if (p + 4 <= end && !std::memcmp(p, "<!--", 4)) {
            const char *close = static_cast<const char *>(memmem(p + 4, std::size_t(end - p - 4), "-->", 3));
            if (!close) // an unclosed comment runs to the end, as libxml2 reads it
                break;
            leaveOut(p, close + 3);
            p = close + 3;
            continue;
        }
        if (p + 1 < end && (p[1] == '!' || p[1] == '?')) { // doctype, CDATA or processing instruction
            p = tagEnd(p + 2, end);
            continue;
        }
        const char *name = p + 1;
        const char *nameEnd = name;
        while (nameEnd < end && isNameByte(*nameEnd))
            ++nameEnd;
        const auto length = nameEnd - name;
        if (length == 0) {
            ++p;
            continue;
        }
        const bool script = length == 6 && startsWithNoCase(name, nameEnd, "script");
        const bool style = length == 5 && startsWithNoCase(name, nameEnd, "style");
        const char *container = unusedContainer(name, nameEnd);
        const char *bodyStart = tagEnd(nameEnd, end);
        if (bodyStart == end && end[-1] != '>') // never closed: libxml2 decides what it is
            break;
        leaveOutDataAttributes(nameEnd, bodyStart - 1, leaveOut);
        if (container && bodyStart[-2] != '/') {
            const char *close = matchingEndTag(bodyStart, end, container);
            if (!close) { // never closed: libxml2 decides where it ends
                p = bodyStart;
                continue;
            }
            leaveOut(bodyStart, close);
            p = close + 2;
            continue;
        }
        if (!script && !style) {
            p = bodyStart;
            continue;
        }
        const char *close = findNoCase(bodyStart, end, script ? "</script" : "</style");
        if (!close) // an unclosed script runs to the end of the page, as libxml2 reads it
            break;
        // JSON-LD holds the metadata: keep it.
        bool keep = false;
        for (const char *a = nameEnd; script && !keep && a < bodyStart; ++a)
            keep = startsWithNoCase(a, bodyStart, "ld+json");
        if (!keep)
            leaveOut(bodyStart, close);
        p = close + 2;
    }
    if (out.isNull())
        return html;
    out.append(copied, end - copied);
    return out;
}

HtmlDocument::HtmlDocument(const QByteArray &utf8Page)
{
    // libxml2 2.9 reads script and style bodies one character at a time, and on news
    // pages they are over half of the bytes; inline SVG drawings and comments add more.
    // Nothing in them is shown or scored (except JSON-LD metadata, which is kept), so
    // they are left out before parsing; the tree is the same apart from those nodes.
    const QByteArray utf8 = withoutUnusedContent(utf8Page);
    htmlParserCtxtPtr ctxt = htmlNewParserCtxt();
    if (!ctxt)
        return;
    m_doc = htmlCtxtReadMemory(ctxt, utf8.constData(), int(qMin<qsizetype>(utf8.size(), INT_MAX)), nullptr,
                               "UTF-8", ParseOptions);
    htmlFreeParserCtxt(ctxt);
}

HtmlDocument::~HtmlDocument()
{
    if (m_doc)
        xmlFreeDoc(m_doc);
}

xmlNodePtr HtmlDocument::root() const
{
    return m_doc ? xmlDocGetRootElement(m_doc) : nullptr;
}

xmlNodePtr HtmlDocument::body() const
{
    xmlNodePtr r = root();
    if (!r)
        return nullptr;
    for (xmlNodePtr c = r->children; c; c = c->next) {
        if (hasTag(c, "body"))
            return c;
    }
    return r;
}

const char *HtmlDocument::tag(const xmlNode *node)
{
    if (!isElement(node) || !node->name)
        return "";
    return reinterpret_cast<const char *>(node->name);
}

bool HtmlDocument::hasTag(const xmlNode *node, const char *name)
{
    return isElement(node) && node->name &&
           std::strcmp(reinterpret_cast<const char *>(node->name), name) == 0;
}

QByteArray HtmlDocument::attribute(const xmlNode *node, const char *name)
{
    if (!isElement(node))
        return QByteArray();
    for (const xmlAttr *a = node->properties; a; a = a->next) {
        if (a->name && qstricmp(reinterpret_cast<const char *>(a->name), name) == 0) {
            QByteArray value;
            for (const xmlNode *c = a->children; c; c = c->next) {
                if (c->content)
                    value += reinterpret_cast<const char *>(c->content);
            }
            return value;
        }
    }
    return QByteArray();
}

const char *HtmlDocument::attributeValue(const xmlNode *node, const char *name)
{
    if (!isElement(node))
        return nullptr;
    for (const xmlAttr *a = node->properties; a; a = a->next) {
        if (!a->name || qstricmp(reinterpret_cast<const char *>(a->name), name) != 0)
            continue;
        const xmlNode *c = a->children;
        if (!c || !c->content)
            return "";
        if (!c->next) // libxml2's HTML parser stores a value as one text node
            return reinterpret_cast<const char *>(c->content);
        return nullptr; // pieces (built by hand, not parsed): use attribute()
    }
    return nullptr;
}

bool HtmlDocument::attributeContains(const xmlNode *node, const char *name, const char *needle)
{
    const char *value = attributeValue(node, name);
    if (value)
        return strcasestr(value, needle) != nullptr;
    return hasAttribute(node, name) && attribute(node, name).toLower().contains(needle);
}

bool HtmlDocument::hasAttribute(const xmlNode *node, const char *name)
{
    if (!isElement(node))
        return false;
    for (const xmlAttr *a = node->properties; a; a = a->next) {
        if (a->name && qstricmp(reinterpret_cast<const char *>(a->name), name) == 0)
            return true;
    }
    return false;
}

xmlNodePtr HtmlDocument::next(xmlNodePtr node, const xmlNode *root, bool descend)
{
    if (descend && node->children && node->type == XML_ELEMENT_NODE)
        return node->children;
    while (node && node != root) {
        if (node->next)
            return node->next;
        node = node->parent;
    }
    return nullptr;
}

QString HtmlDocument::rawText(const xmlNode *node)
{
    if (!node)
        return QString();
    if (isText(node))
        return node->content ? QString::fromUtf8(reinterpret_cast<const char *>(node->content)) : QString();
    QByteArray bytes;
    auto *root = const_cast<xmlNodePtr>(node);
    for (xmlNodePtr n = root->children ? root->children : nullptr; n; n = next(n, root)) {
        if (isText(n) && n->content)
            bytes += reinterpret_cast<const char *>(n->content);
    }
    return QString::fromUtf8(bytes);
}

QString HtmlDocument::collapseWhiteSpace(const QString &text)
{
    QString out;
    out.reserve(text.size());
    bool space = false;
    for (const QChar ch : text) {
        if (ch.isSpace() || ch.unicode() < 0x20) {
            space = !out.isEmpty();
            continue;
        }
        if (space)
            out += QLatin1Char(' ');
        space = false;
        out += ch;
    }
    return out;
}

QString HtmlDocument::text(const xmlNode *node)
{
    return collapseWhiteSpace(rawText(node));
}

xmlNodePtr HtmlDocument::firstElement(xmlNodePtr from, const char *name)
{
    for (xmlNodePtr n = from; n; n = next(n, from)) {
        if (hasTag(n, name))
            return n;
    }
    return nullptr;
}

void HtmlDocument::remove(xmlNodePtr node)
{
    if (!node)
        return;
    xmlUnlinkNode(node);
    xmlFreeNode(node);
}

} // namespace Gleaner
