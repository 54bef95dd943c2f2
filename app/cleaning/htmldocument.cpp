#include "cleaning/htmldocument.h"

#include <QHash>
#include <QList>

#include <algorithm>
#include <cstring>

namespace Gleaner {

HtmlDocument::HtmlDocument(const QByteArray &utf8Page)
{
    // libxml2 2.9 reads script and style bodies one character at a time, and on news
    // pages they are over half of the bytes; navigation, drawings, comments and data
    // attributes add more. Nothing in them is shown or scored (JSON-LD metadata is
    // kept), so they are left out before parsing; the tree is the same apart from them.
    const QByteArray utf8 = withoutUnusedContent(utf8Page);
    // Every start tag begins with '<' and a letter, and most attributes hold a '=';
    // counting them bounds the work (an attribute costs about half an element).
    qsizetype weight = 0;
    for (const char c : utf8) {
        if (c == '=')
            ++weight;
    }
    weight /= 2;
    for (const char *p = utf8.constData(), *end = p + utf8.size();
         (p = static_cast<const char *>(std::memchr(p, '<', std::size_t(end - p)))); ++p) {
        if (p + 1 < end && ((p[1] | 0x20) >= 'a' && (p[1] | 0x20) <= 'z'))
            ++weight;
    }
    if (weight > kMaxElements) {
        m_tooManyElements = true;
        return;
    }
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

// The pre-parse scan drops attributes no reader asks for: every name read here
// must be in its list (isReadAttribute), or the reader silently gets nothing.
#define GLEANER_ASSERT_READ_ATTRIBUTE(name)                                                                  \
    Q_ASSERT_X(HtmlDocument::isReadAttribute(name, std::strlen(name)), "HtmlDocument",                       \
               "an attribute the pre-parse scan drops; add it to isReadAttribute")

QByteArray HtmlDocument::attribute(const xmlNode *node, const char *name)
{
    GLEANER_ASSERT_READ_ATTRIBUTE(name);
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
    GLEANER_ASSERT_READ_ATTRIBUTE(name);
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
    GLEANER_ASSERT_READ_ATTRIBUTE(name);
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
