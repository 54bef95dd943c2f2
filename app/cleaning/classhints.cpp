#include "cleaning/classhints.h"

#include "util/datatable.h"

#include <QByteArrayList>
#include <QSet>
#include <QStringList>

#include <cstring>

namespace Gleaner::ClassHints {

using H = HtmlDocument;

bool isHeading(const char *tag)
{
    return tag[0] == 'h' && tag[1] >= '1' && tag[1] <= '6' && tag[2] == 0;
}

// Class and id, lower case, for the hint patterns.
QByteArray hints(const xmlNode *node)
{
    QByteArray s = withoutHelperNames(H::attribute(node, "class").toLower());
    s += ' ';
    s += H::attribute(node, "id").toLower();
    return s;
}

QByteArray withoutHelperNames(const QByteArray &classes)
{
    // "hidden-xs", "d-none-md", "field--label-hidden", "ssr-hide": a layout framework
    // hides the box on some screens, or a CMS hides a field's label; the box itself is shown.
    static const char *const sizes[] = {"xs",     "sm",     "md",      "lg",    "xl",    "xxl",
                                        "mobile", "tablet", "desktop", "phone", "small", "medium",
                                        "large",  "s",      "m",       "l"};
    if (!containsAny(classes, {"hidden", "hide"}))
        return classes;
    QByteArray out;
    for (const QByteArray &token : classes.split(' ')) {
        bool helper = token.endsWith("label-hidden") || token.contains("ssr-hide");
        for (const char *size : sizes) {
            if (helper)
                break;
            const QByteArray tail = QByteArray("-").append(size);
            const QByteArray inner = QByteArray(tail).append('-');
            helper = (token.contains("hidden-") || token.contains("hide-")) &&
                     (token.endsWith(tail) || token.contains(inner));
        }
        if (!helper)
            out += token + ' ';
    }
    return out.trimmed();
}

bool containsAny(const QByteArray &s, std::initializer_list<std::string_view> words)
{
    // strstr on the NUL-terminated bytes: far quicker than QByteArray::contains for
    // the short class and id strings this sees, tens of thousands of times per page.
    // Most elements have no class or id, or a short one: a word longer than the hints
    // cannot be in them, and its length is cheaper to know than a search.
    const char *haystack = s.constData();
    const auto length = std::size_t(s.size());
    if (length == 0)
        return false;
    for (const std::string_view w : words) {
        if (w.size() <= length && std::strstr(haystack, w.data()))
            return true;
    }
    return false;
}

// Whether one of the words (runs of a-z and 0-9) in `s` is one of `words`.
bool hasWord(const QByteArray &s, std::initializer_list<std::string_view> words)
{
    const char *p = s.constData();
    const char *end = p + s.size();
    while (p < end) {
        while (p < end && !((*p >= 'a' && *p <= 'z') || (*p >= '0' && *p <= '9')))
            ++p;
        const char *start = p;
        while (p < end && ((*p >= 'a' && *p <= 'z') || (*p >= '0' && *p <= '9')))
            ++p;
        const auto length = std::size_t(p - start);
        if (length == 0)
            break;
        for (const std::string_view w : words) {
            if (w.size() == length && w[0] == *start && std::memcmp(w.data(), start, length) == 0)
                return true;
        }
    }
    return false;
}

// Readability's hint patterns.
bool isUnlikely(const QByteArray &h)
{
    return containsAny(h, {"-ad-",         "ai2html",    "banner",  "breadcrumb", "combx",  "comment",
                           "community",    "cover-wrap", "disqus",  "extra",      "footer", "gdpr",
                           "header",       "legends",    "menu",    "related",    "remark", "replies",
                           "rss",          "shoutbox",   "sidebar", "skyscraper", "social", "sponsor",
                           "supplemental", "ad-break",   "agegate", "pagination", "pager",  "popup",
                           "yom-remote"});
}

bool isMaybeCandidate(const QByteArray &h)
{
    return containsAny(h, {"and", "article", "body", "column", "content", "main", "shadow"});
}

// Boxes that are boilerplate whatever else their class says.
bool isBoilerplate(const QByteArray &h)
{
    if (containsAny(h, {"share",           "social",       "newsletter",
                        "subscri",         "cookie",       "consent",
                        "related",         "recommend",    "outbrain",
                        "taboola",         "sidebar",      "breadcrumb",
                        "advert",          "promo",        "sponsor",
                        "author-bio",      "authorbio",    "author-box",
                        "authorbox",       "about-author", "about-the-author",
                        "tag-list",        "taglist",      "most-popular",
                        "mostpopular",     "most-read",    "mostread",
                        "trending",        "popup",        "modal",
                        "signup",          "sign-up",      "read-more",
                        "readmore",        "more-stories", "also-read",
                        "toolbar",         "comment",      "disqus",
                        "paywall",         "recirc",       "next-article",
                        "prev-next",       "skip-link",    "skiplink",
                        "visually-hidden", "sr-only",      "screen-reader",
                        "print-only",      "hidden-print", "tags",
                        "topics",          "keywords",     "follow-us",
                        "jump-link"}))
        return true;
    return hasWord(h, {"ad", "ads", "adv", "advertisement", "advertising", "dfp", "nav", "navbar",
                       "navigation", "hidden", "hide", "banner", "masthead", "menu", "footer", "byline",
                       "dateline", "timestamp", "pubdate"});
}

bool isByline(const QByteArray &h)
{
    if (containsAny(h, {"byline",        "author",      "dateline",     "writtenby",    "p-author",
                        "timestamp",     "pubdate",     "publish-date", "post-date",    "entry-date",
                        "article-date",  "posted-on",   "post-meta",    "entry-meta",   "article-meta",
                        "article__meta", "meta-data",   "postprofile",  "post-profile", "userinfo",
                        "user-info",     "userdetails", "user-details", "postauthor"}))
        return true;
    return hasWord(h, {"date", "time", "meta", "published", "updated", "credit", "credits"});
}

int classWeight(const xmlNode *node)
{
    int weight = 0;
    for (const char *attr : {"class", "id"}) {
        QByteArray v = H::attribute(node, attr).toLower();
        if (attr[0] == 'c')
            v = withoutHelperNames(v);
        if (v.isEmpty())
            continue;
        if (containsAny(v, {"-ad-",     "hidden",     "banner",  "combx",    "comment", "com-",
                            "contact",  "footer",     "gdpr",    "masthead", "media",   "meta",
                            "outbrain", "promo",      "related", "scroll",   "share",   "shoutbox",
                            "sidebar",  "skyscraper", "sponsor", "shopping", "tags",    "widget"}))
            weight -= 25;
        if (containsAny(v, {"article", "body", "content", "entry", "hentry", "h-entry", "main", "page",
                            "pagination", "post", "text", "blog", "story"}))
            weight += 25;
    }
    return weight;
}

// Text length in characters, white-space runs counted once, East Asian characters
// (3-byte UTF-8 sequences from U+3000 up) counted twice; commas of all scripts.
void measureText(const xmlChar *s, int *length, int *commas)
{
    int len = 0;
    int c = 0;
    bool space = true;
    for (const xmlChar *p = s; *p; ++p) {
        const unsigned char b = *p;
        if (b == ' ' || b == '\n' || b == '\t' || b == '\r' || b == '\f') {
            if (!space)
                ++len;
            space = true;
            continue;
        }
        space = false;
        if ((b & 0xC0) == 0x80)
            continue;
        if (b == ',') {
            ++c;
        } else if (b >= 0xE3 && b <= 0xED) {
            len += 1;
            if ((b == 0xE3 && p[1] == 0x80 && p[2] == 0x81) || (b == 0xEF && p[1] == 0xBC && p[2] == 0x8C))
                ++c;
        } else if (b == 0xEF && p[1] == 0xBC && p[2] == 0x8C) {
            ++c;
        }
        ++len;
    }
    *length += len;
    *commas += c;
}

bool isCreditLine(const QString &text)
{
    static const QSet<QString> leads = [] {
        QSet<QString> r;
        for (const QStringList &f : DataTable::rows(QStringLiteral(":/data/cleaning-words.tsv"))) {
            if (f.size() >= 2 && f.at(0) == QLatin1String("credit"))
                r.insert(f.at(1));
        }
        return r;
    }();
    const QString t = text.trimmed();
    if (t.isEmpty() || t.size() > 120)
        return false;
    if (t.startsWith(QChar(0xA9))) // ©
        return true;
    int end = 0;
    while (end < t.size() && (t.at(end).isLetter() || t.at(end) == QLatin1Char('\'')))
        ++end;
    int colon = end;
    while (colon < t.size() && t.at(colon).isSpace())
        ++colon;
    return end > 0 && colon < t.size() &&
           (t.at(colon) == QLatin1Char(':') || t.at(colon) == QLatin1Char('|')) &&
           leads.contains(t.left(end).toLower());
}

bool isLink(const xmlNode *node)
{
    return H::hasTag(node, "a") && (H::hasAttribute(node, "href") || !H::hasAttribute(node, "name"));
}

QString lettersOf(const QString &text)
{
    QString out;
    for (const QChar c : text) {
        if (c.isLetterOrNumber())
            out += c.toLower();
    }
    return out;
}

} // namespace Gleaner::ClassHints
