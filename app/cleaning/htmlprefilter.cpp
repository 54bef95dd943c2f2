// The pre-parse scan of HtmlDocument: what libxml2 is spared before it parses a
// page (script and style bodies, navigation, drawings, comments, unread attributes),
// following libxml2 2.9's own reading of markup closely enough that the parsed tree
// is the same apart from what was left out (fuzz_prefilter checks it).
#include "cleaning/htmldocument.h"

#include <QHash>
#include <QList>
#include <QVarLengthArray>

#include <algorithm>
#include <cstring>

namespace Gleaner {

namespace {

bool isNameByte(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' ||
           c == '_' || c == ':' || c == '.';
}

bool isAsciiLetter(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

// libxml2's rule for the first character of an end-tag or attribute name (a start tag
// also needs a letter there).
bool isNameStart(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c == ':' || c == '.';
}

// The end of the tag name that starts at `p`, or `p` when no name starts there.
const char *tagNameEnd(const char *p, const char *end)
{
    if (p == end || !isNameStart(*p))
        return p;
    ++p;
    while (p < end && isNameByte(*p))
        ++p;
    return p;
}

// Just past the '>' that ends an end tag whose name ends at `p` (libxml2 skips anything
// up to it), or `end`.
const char *endTagEnd(const char *p, const char *end)
{
    const auto *gt = static_cast<const char *>(std::memchr(p, '>', std::size_t(end - p)));
    return gt ? gt + 1 : end;
}

// Whether `word` (lower case) starts at `p`, ignoring the case of ASCII letters only.
bool startsWithNoCase(const char *p, const char *end, const char *word)
{
    for (; *word; ++p, ++word) {
        if (p == end)
            return false;
        const char c = *p >= 'A' && *p <= 'Z' ? char(*p | 0x20) : *p;
        if (c != *word)
            return false;
    }
    return true;
}

bool isBlank(char c) // libxml2's IS_BLANK_CH
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

// Reads the attributes of a start tag the way libxml2 2.9's htmlParseStartTag does,
// from just after the tag name. Returns the end of the tag (just past its '>' or "/>"),
// or `end` when it never closes, and sets *selfClosed when it ends with "/>" (not when
// '/' ends an unquoted value, as in <a href=/>); calls
// `attribute(spaceStart, name, nameEnd, valueEnd)` for each well-formed attribute.
template <typename Attribute>
const char *scanStartTag(const char *p, const char *end, bool *selfClosed, Attribute attribute)
{
    *selfClosed = false;
    for (;;) {
        const char *spaceStart = p;
        while (p < end && isBlank(*p))
            ++p;
        if (p == end)
            return end;
        if (*p == '>')
            return p + 1;
        if (*p == '/' && p + 1 < end && p[1] == '>') {
            *selfClosed = true;
            return p + 2;
        }
        const char *name = p;
        const char *nameEnd = tagNameEnd(p, end);
        if (nameEnd == name) {
            // Not a name: libxml2 skips it up to white space or the end of the tag.
            while (p < end && !isBlank(*p) && *p != '>' && !(*p == '/' && p + 1 < end && p[1] == '>'))
                ++p;
            continue;
        }
        p = nameEnd;
        const char *valueEnd = nameEnd;
        const char *q = p;
        while (q < end && isBlank(*q))
            ++q;
        if (q < end && *q == '=') {
            ++q;
            while (q < end && isBlank(*q))
                ++q;
            if (q < end && (*q == '"' || *q == '\'')) {
                const auto *quote =
                    static_cast<const char *>(std::memchr(q + 1, *q, std::size_t(end - q - 1)));
                if (!quote)
                    return end; // the value runs to the end of the page
                q = quote + 1;
            } else {
                while (q < end && !isBlank(*q) && *q != '>')
                    ++q;
            }
            p = valueEnd = q;
        }
        attribute(spaceStart, name, nameEnd, valueEnd);
    }
}

// The end of the start tag whose attributes begin at `p`; see scanStartTag.
const char *tagEnd(const char *p, const char *end, bool *selfClosed)
{
    return scanStartTag(p, end, selfClosed, [](const char *, const char *, const char *, const char *) {});
}

// Just past the end of the comment whose "<!--" is at `p`: libxml2 2.9 ends one at "-->"
// or "--!>". nullptr when it never ends.
const char *commentEnd(const char *p, const char *end)
{
    for (const char *q = p + 4; end - q >= 3;) {
        q = static_cast<const char *>(memmem(q, std::size_t(end - q), "--", 2));
        if (!q)
            return nullptr;
        if (end - q >= 3 && q[2] == '>')
            return q + 3;
        if (end - q >= 4 && q[2] == '!' && q[3] == '>')
            return q + 4;
        ++q;
    }
    return nullptr;
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

// Where libxml2 ends a script or style body: at the first "</script" or "</style".
// nullptr when there is none, and *sure false when what follows depends on more than
// this scan knows: a longer end-tag name ("</scriptx>"), or a body that starts with a
// tag, which libxml2 2.9 misreads ("<script></s</script>", "<script><noscript</script>").
const char *rawTextEnd(const char *from, const char *end, bool script, bool *sure)
{
    const char *closeTag = script ? "</script" : "</style";
    const char *close = findNoCase(from, end, closeTag);
    const std::size_t length = std::strlen(closeTag);
    *sure = close && (close + length == end || !isNameByte(close[length])) &&
            !(close != from && end - from >= 2 && from[0] == '<' && (from[1] == '/' || isNameStart(from[1])));
    return close;
}

bool onlyBlanks(const char *from, const char *to)
{
    for (; from < to; ++from) {
        if (!isBlank(*from))
            return false;
    }
    return true;
}

bool isVoidElement(const char *name, const char *nameEnd)
{
    // libxml2 2.9's empty elements (HTML 4): embed, source, track and wbr stay open.
    for (const char *v : {"area", "base", "basefont", "br", "col", "frame", "hr", "img", "input", "isindex",
                          "link", "meta", "param"}) {
        if (std::size_t(nameEnd - name) == std::strlen(v) && startsWithNoCase(name, nameEnd, v))
            return true;
    }
    return false;
}

// How libxml2 2.9 ranks end tags: an end tag does not close past an open element of
// higher rank (it is ignored instead).
int endPriority(const QByteArray &name)
{
    static const std::pair<const char *, int> ranks[] = {
        {"div", 150},   {"td", 160},    {"th", 160},   {"tr", 170},   {"thead", 180}, {"tbody", 180},
        {"tfoot", 180}, {"table", 190}, {"head", 200}, {"body", 200}, {"html", 220}};
    for (const auto &rank : ranks) {
        if (name == rank.first)
            return rank.second;
    }
    return 100;
}

// Whether libxml2 2.9 closes an open `open` element when a `start` tag begins (its
// table of start tags that imply the end of the current element).
bool autoCloses(const QByteArray &start, const QByteArray &open)
{
    static const QHash<QByteArray, QList<QByteArray>> table = [] {
        const QList<QByteArray> headings = {"h1", "h2", "h3", "h4", "h5", "h6"};
        QHash<QByteArray, QList<QByteArray>> t;
        t.insert("form", QList<QByteArray>{"form", "p", "hr"} + headings +
                             QList<QByteArray>{"dl", "ul", "ol", "menu", "dir", "address", "pre", "listing",
                                               "xmp", "head"});
        t.insert("head", {"p"});
        t.insert("title", {"p"});
        t.insert("body", {"head", "style", "link", "title", "p"});
        t.insert("frameset", {"head", "style", "link", "title", "p"});
        t.insert("li", QList<QByteArray>{"p"} + headings +
                           QList<QByteArray>{"dl", "address", "pre", "listing", "xmp", "head", "li"});
        t.insert("hr", {"p", "head"});
        for (const QByteArray &h : headings)
            t.insert(h, {"p", "head"});
        t.insert("dir", {"p", "head"});
        t.insert("address", {"p", "head", "ul"});
        t.insert("pre", {"p", "head", "ul"});
        t.insert("listing", {"p", "head"});
        t.insert("xmp", {"p", "head"});
        t.insert("blockquote", {"p", "head"});
        t.insert("dl", {"p", "dt", "menu", "dir", "address", "pre", "listing", "xmp", "head"});
        t.insert("dt", {"p", "menu", "dir", "address", "pre", "listing", "xmp", "head", "dd"});
        t.insert("dd", {"p", "menu", "dir", "address", "pre", "listing", "xmp", "head", "dt"});
        t.insert("ul", {"p", "head", "ol", "menu", "dir", "address", "pre", "listing", "xmp"});
        t.insert("ol", {"p", "head", "ul"});
        t.insert("menu", {"p", "head", "ul"});
        t.insert("p", QList<QByteArray>{"p", "head"} + headings +
                          QList<QByteArray>{"tt", "i", "b", "u", "s", "strike", "big", "small"});
        t.insert("div", {"p", "head"});
        t.insert("center", {"font", "b", "i", "p", "head"});
        t.insert("a", {"a"});
        t.insert("caption", {"p"});
        t.insert("colgroup", {"caption", "colgroup", "col", "p"});
        t.insert("col", {"caption", "col", "p"});
        t.insert("table",
                 QList<QByteArray>{"p", "head"} + headings + QList<QByteArray>{"pre", "listing", "xmp", "a"});
        t.insert("th", {"th", "td", "p", "span", "font", "a", "b", "i", "u"});
        t.insert("td", {"th", "td", "p", "span", "font", "a", "b", "i", "u"});
        t.insert("tr", {"th", "td", "tr", "caption", "col", "colgroup", "p"});
        t.insert("thead", {"caption", "col", "colgroup"});
        t.insert("tfoot", {"th", "td", "tr", "caption", "col", "colgroup", "thead", "tbody", "p"});
        t.insert("tbody", {"th", "td", "tr", "caption", "col", "colgroup", "thead", "tfoot", "tbody", "p"});
        t.insert("optgroup", {"option"});
        t.insert("option", {"option"});
        t.insert("fieldset", QList<QByteArray>{"legend", "p", "head"} + headings +
                                 QList<QByteArray>{"pre", "listing", "xmp", "a"});
        return t;
    }();
    const auto it = table.constFind(start);
    return it != table.constEnd() && it->contains(open);
}

// Where scanning goes on after "<!" or "<?" at `p` (not a comment): past a processing
// instruction or a doctype, as libxml2 reads them; any other "<!" is text to libxml2.
// nullptr where that depends on more than this scan knows (any quote in a doctype, a
// non-ASCII character after "<?").
const char *declarationEnd(const char *p, const char *end)
{
    const bool doctype = p[1] == '!' && startsWithNoCase(p + 2, end, "doctype");
    if (p[1] == '!' && !doctype)
        return p + 1;
    if (p[1] == '?') { // a processing instruction needs a target name, or only "<?" is skipped
        const uchar c = p + 2 < end ? uchar(p[2]) : 0;
        if (c >= 0x80)
            return nullptr; // whether a non-ASCII letter starts a name: left to libxml2
        if (!isAsciiLetter(char(c)) && c != '_' && c != ':')
            return p + 2;
    }
    const auto *gt = static_cast<const char *>(std::memchr(p + 2, '>', std::size_t(end - p - 2)));
    if (!gt)
        return end;
    if (doctype && std::any_of(p, gt, [](char c) { return c == '"' || c == '\''; }))
        return nullptr; // quoted identifiers: where it ends is libxml2's call
    return gt + 1;
}

// Elements the cleaner always drops whole, and whose content it never reads: inline
// drawings, navigation, asides and templates. (All four are unknown to libxml2 2.9, so
// no start tag closes them implicitly.)
// Returns the lower-case name, or nullptr.
const char *unusedContainer(const char *name, const char *nameEnd)
{
    for (const char *candidate : {"svg", "nav", "aside", "template"}) {
        if (std::size_t(nameEnd - name) == std::strlen(candidate) &&
            startsWithNoCase(name, nameEnd, candidate))
            return candidate;
    }
    return nullptr;
}

// One piece of markup at a '<', as libxml2 2.9 reads it.
struct Markup
{
    enum Kind {
        Comment,     // "<!--" to "-->" or "--!>"
        Declaration, // a processing instruction, or a doctype
        EndTag,
        StartTag, // `after` is just past the tag name; the attributes are the caller's
        Text,     // a '<' (or "</", "<!", "<?") that libxml2 reads as text or skips
        Unsure,   // what follows depends on more than this scan knows
    };
    Kind kind = Text;
    const char *after = nullptr; // where reading goes on
    const char *name = nullptr;  // tags: the name
    const char *nameEnd = nullptr;
    bool doctype = false;
};

Markup readMarkup(const char *p, const char *end)
{
    Markup m;
    if (end - p >= 4 && !std::memcmp(p, "<!--", 4)) {
        m.after = commentEnd(p, end);
        m.kind = m.after ? Markup::Comment : Markup::Unsure; // unclosed: runs to the end
        return m;
    }
    if (p + 1 < end && (p[1] == '!' || p[1] == '?')) {
        m.doctype = p[1] == '!' && startsWithNoCase(p + 2, end, "doctype");
        m.after = declarationEnd(p, end);
        m.kind = !m.after                               ? Markup::Unsure
                 : m.after == p + 1 || m.after == p + 2 ? Markup::Text
                                                        : Markup::Declaration;
        return m;
    }
    const bool closing = p + 1 < end && p[1] == '/';
    m.name = p + (closing ? 2 : 1);
    m.nameEnd = tagNameEnd(m.name, end);
    if (m.nameEnd == m.name || (!closing && !isAsciiLetter(*m.name))) { // libxml2 starts a tag with a letter
        m.after = m.name;
        return m;
    }
    m.kind = closing ? Markup::EndTag : Markup::StartTag;
    m.after = closing ? endTagEnd(m.nameEnd, end) : m.nameEnd;
    return m;
}

// Just past the end tag of the script or style body that starts at `body`; nullptr
// when libxml2's reading of it is not clear (see rawTextEnd), `*close` the end tag.
const char *afterRawText(const char *body, const char *end, bool script, const char **close)
{
    bool sure = false;
    *close = rawTextEnd(body, end, script, &sure);
    if (!*close || !sure)
        return nullptr;
    return endTagEnd(tagNameEnd(*close + 2, end), end);
}

// The end tag that closes the element of `name` whose content starts at `from`, found
// by following libxml2 2.9's tree building inside it: comments, quoted attribute values,
// script and style bodies, elements that start tags close implicitly, and end tags that
// it ignores because an element of higher rank is open. nullptr when there is none, or
// when libxml2 might end the element elsewhere (an end tag for something not opened
// inside it, or a tag that touches html, head or body).
const char *matchingEndTag(const char *from, const char *end, const char *name)
{
    QVarLengthArray<QByteArray, 32> open; // lower-case names of the elements open inside
    const char *q = from;
    while ((q = static_cast<const char *>(std::memchr(q, '<', std::size_t(end - q))))) {
        const Markup m = readMarkup(q, end);
        if (m.kind == Markup::Unsure || m.doctype) // a misplaced doctype: libxml2 reads it its own way
            return nullptr;
        if (m.kind != Markup::StartTag && m.kind != Markup::EndTag) {
            q = m.after;
            continue;
        }
        const QByteArray tag = QByteArray(m.name, m.nameEnd - m.name).toLower();
        if (tag == "html" || tag == "head" || tag == "body" || tag == "frameset")
            return nullptr;
        if (m.kind == Markup::EndTag) {
            if (isVoidElement(m.name, m.nameEnd))
                return nullptr;
            qsizetype i = open.size() - 1;
            while (i >= 0 && open.at(i) != tag)
                --i;
            const bool outer = i < 0;
            if (outer && tag != name)
                return nullptr; // closes something opened outside, or nothing
            const int rank = endPriority(tag);
            bool ignored = false;
            for (qsizetype k = open.size() - 1; k > i; --k)
                ignored = ignored || endPriority(open.at(k)) > rank;
            if (!ignored) {
                if (outer)
                    return q;
                open.resize(i);
            }
            q = m.after;
            continue;
        }
        while (!open.isEmpty() && autoCloses(tag, open.last()))
            open.removeLast();
        bool selfClosed = false;
        const char *tagClose = tagEnd(m.nameEnd, end, &selfClosed);
        if ((tag == "script" || tag == "style") && !selfClosed) {
            const char *close = nullptr;
            q = afterRawText(tagClose, end, tag == "script", &close);
            if (!q)
                return nullptr;
            continue;
        }
        if (!selfClosed && !isVoidElement(m.name, m.nameEnd))
            open.append(tag);
        q = tagClose;
    }
    return nullptr;
}

} // namespace

bool HtmlDocument::isReadAttribute(const char *name, std::size_t length)
{
    // Every attribute any part of the cleaner reads (content scoring, metadata,
    // blocks, links, images); kept as data so a new reader adds its name here.
    static const char *const names[] = {
        "alt",  "aria-hidden", "charset", "class",    "colspan", "content", "datetime", "hidden",
        "href", "http-equiv",  "id",      "itemprop", "lang",    "name",    "property", "pubdate",
        "rel",  "role",        "rowspan", "src",      "style",   "title",   "type",     "xml:lang"};
    for (const char *candidate : names) {
        if (std::strlen(candidate) == length && qstrnicmp(candidate, name, qsizetype(length)) == 0)
            return true;
    }
    return false;
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
    bool containers = true; // whether navigation, asides, drawings and templates are still left out
    const char *p = begin;
    while (p < end) {
        p = static_cast<const char *>(std::memchr(p, '<', std::size_t(end - p)));
        if (!p)
            break;
        const Markup m = readMarkup(p, end);
        if (m.kind == Markup::Unsure)
            break; // leave the rest of the page as it is
        if (m.kind == Markup::Comment) {
            // Only between a tag or white space and the next tag: elsewhere the bytes on
            // either side could join into something new ("<<!---->i" would become a
            // tag), or text could move into another element.
            const char *next = m.after;
            while (next < end && isBlank(*next))
                ++next;
            if ((p == begin || p[-1] == '>' || isBlank(p[-1])) && (next == end || *next == '<'))
                leaveOut(p, m.after);
        }
        // A doctype after the start is misplaced, and libxml2 reads such a one its own
        // way: leave the rest of the page as it is.
        if (m.doctype && (copied != begin || !onlyBlanks(begin, p)))
            break;
        if (m.kind != Markup::StartTag) {
            p = m.after;
            continue;
        }
        const char *name = m.name;
        const char *nameEnd = m.nameEnd;
        const auto length = nameEnd - name;
        const bool script = length == 6 && startsWithNoCase(name, nameEnd, "script");
        const bool style = length == 5 && startsWithNoCase(name, nameEnd, "style");
        const char *container = unusedContainer(name, nameEnd);
        // Attributes the cleaner never reads (data-* state, sometimes kilobytes of it,
        // event handlers, sizes), repeated ones, and those past the first
        // kMaxReadAttributes the cleaner reads. Left out only when white space or the
        // tag's end is on both sides, and the tag closes.
        QVarLengthArray<std::pair<const char *, const char *>, 8> dropped;
        QVarLengthArray<std::pair<const char *, const char *>, 16> seen; // names kept so far
        int kept = 0;
        bool selfClosed = false;
        const char *bodyStart =
            scanStartTag(nameEnd, end, &selfClosed,
                         [&](const char *space, const char *attr, const char *attrEnd, const char *valueEnd) {
                             const char *next = valueEnd;
                             while (next < end && isBlank(*next))
                                 ++next;
                             // libxml2 cuts names at 100 bytes; and "a data-x=1 =b" would give "a" a value.
                             const bool separated =
                                 space < attr && space[-1] != '/' && valueEnd < end &&
                                 (isBlank(*valueEnd) || *valueEnd == '>' ||
                                  (*valueEnd == '/' && valueEnd + 1 < end && valueEnd[1] == '>')) &&
                                 next < end && *next != '=' && attrEnd - attr < 100;
                             const auto length = std::size_t(attrEnd - attr);
                             bool repeated = false;
                             for (const auto &name : seen) {
                                 if (std::size_t(name.second - name.first) == length &&
                                     qstrnicmp(name.first, attr, qsizetype(length)) == 0) {
                                     repeated = true;
                                     break;
                                 }
                             }
                             const bool read = isReadAttribute(attr, length);
                             if (separated && (!read || repeated || kept >= kMaxReadAttributes)) {
                                 // Keep one blank before "/>": "<a href=x data-y/>" must not
                                 // become "<a href=x/>", where '/' joins the value (fuzz_prefilter).
                                 dropped.append({*valueEnd == '/' ? space + 1 : space, valueEnd});
                                 return;
                             }
                             if (!repeated && seen.size() < 4 * kMaxReadAttributes)
                                 seen.append({attr, attrEnd});
                             if (read && !repeated)
                                 ++kept;
                         });
        if (bodyStart == end && end[-1] != '>') // never closed: libxml2 decides what it is
            break;
        for (const auto &range : dropped)
            leaveOut(range.first, range.second);
        if (container && containers && !selfClosed) {
            const char *close = matchingEndTag(bodyStart, end, container);
            if (!close) {
                // libxml2 decides where this one ends. A failed match may have read the
                // rest of the page: no more tries, so a page full of them stays linear.
                containers = false;
                p = bodyStart;
                continue;
            }
            leaveOut(bodyStart, close);
            p = endTagEnd(tagNameEnd(close + 2, end), end);
            continue;
        }
        if ((!script && !style) || selfClosed) { // "<script/>" is empty to libxml2
            p = bodyStart;
            continue;
        }
        const char *close = nullptr;
        const char *after = afterRawText(bodyStart, end, script, &close);
        if (!after) // unclosed (it runs to the end of the page), or unclear
            break;
        // JSON-LD holds the metadata: keep it.
        bool keep = false;
        for (const char *a = nameEnd; script && !keep && a < bodyStart; ++a)
            keep = startsWithNoCase(a, bodyStart, "ld+json");
        if (!keep)
            leaveOut(bodyStart, close);
        p = after;
    }
    if (out.isNull())
        return html;
    out.append(copied, end - copied);
    return out;
}

} // namespace Gleaner
