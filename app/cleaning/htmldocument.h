#pragma once

#include <QByteArray>
#include <QString>

#include <libxml/HTMLparser.h>

#include <cstring>
#include <initializer_list>

namespace Gleaner {

// A page parsed by libxml2's HTML parser (owns the xmlDoc), with the small helpers the
// cleaning code needs to read it. All tree walks here are iterative, so a document
// nested 100,000 levels deep costs time, not stack.
class HtmlDocument
{
public:
    // How libxml2 is asked to read pages: recover from errors quietly, never touch the
    // network, no depth limit of 256 (a deep page is read, not cut off).
    static constexpr int ParseOptions = HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING |
                                        HTML_PARSE_NONET | HTML_PARSE_COMPACT | HTML_PARSE_IGNORE_ENC |
                                        HTML_PARSE_NODEFDTD | XML_PARSE_HUGE;

    // `utf8` must be UTF-8; any charset declared inside the page is ignored.
    explicit HtmlDocument(const QByteArray &utf8);
    // The page as libxml2 needs to see it for the cleaner: without data-* attributes,
    // without comments that sit between tags, and without the contents of <script>
    // (except JSON-LD), <style>, <svg>, <nav>, <aside> and <template> elements; their
    // start and end tags stay. Where libxml2 might read the markup differently from
    // this quick scan, that element, or the rest of the page, is left as it is.
    // Attributes are bounded too, so no page makes libxml2 2.9 work in quadratic time
    // (it checks each attribute of an element against all before it): an attribute
    // the cleaner never reads, a repeated one, and those past the first
    // kMaxReadAttributes the cleaner reads in one element are left out.
    // fuzz_prefilter checks the parsed trees come out the same as far as the cleaner
    // reads them (TreeDescription).
    static QByteArray withoutUnusedContent(const QByteArray &html);
    static constexpr int kMaxReadAttributes = 64;
    // Whether the cleaner ever reads an attribute of this (lower-case) name.
    static bool isReadAttribute(const char *name, std::size_t length);
    ~HtmlDocument();
    HtmlDocument(const HtmlDocument &) = delete;
    HtmlDocument &operator=(const HtmlDocument &) = delete;

    bool isValid() const { return m_doc != nullptr; }
    // More elements (counting two attributes as one element) than any article page
    // holds: such a page is not parsed, as reading it would take seconds (about 3 µs
    // an element, 1.5 µs an attribute).
    static constexpr qsizetype kMaxElements = 300000;
    bool hasTooManyElements() const { return m_tooManyElements; }
    xmlDocPtr doc() const { return m_doc; }
    xmlNodePtr root() const;
    xmlNodePtr body() const; // <body>, or the root when there is none

    static bool isElement(const xmlNode *node) { return node && node->type == XML_ELEMENT_NODE; }
    static bool isText(const xmlNode *node)
    {
        return node && (node->type == XML_TEXT_NODE || node->type == XML_CDATA_SECTION_NODE);
    }
    // The lower-case tag name ("" for non-elements).
    static const char *tag(const xmlNode *node);
    static bool hasTag(const xmlNode *node, const char *name);
    // Whether `tag` is one of `names` (all lower case). Checks the first letter before
    // comparing, as this runs for every element against lists of a dozen names.
    static bool tagIn(const char *tag, std::initializer_list<const char *> names)
    {
        for (const char *name : names) {
            if (tag[0] == name[0] && std::strcmp(tag, name) == 0)
                return true;
        }
        return false;
    }
    static QByteArray attribute(const xmlNode *node, const char *name);
    // The same without a copy: the stored value, "" for an attribute without one, or
    // nullptr when the element has no such attribute.
    static const char *attributeValue(const xmlNode *node, const char *name);
    // Whether the attribute's value contains `needle` (lower case), ignoring case.
    static bool attributeContains(const xmlNode *node, const char *name, const char *needle);
    static bool hasAttribute(const xmlNode *node, const char *name);
    // Text content with runs of white space collapsed to one space and trimmed.
    static QString text(const xmlNode *node);
    // Raw text content (no collapsing), e.g. for <pre> or <script>.
    static QString rawText(const xmlNode *node);
    static QString collapseWhiteSpace(const QString &text);
    static xmlNodePtr firstElement(xmlNodePtr from, const char *name);
    // Detaches and frees a node and its subtree.
    static void remove(xmlNodePtr node);

    // Pre-order walk helper: the node after `node` inside `root`, descending into
    // children when `descend` is true.
    static xmlNodePtr next(xmlNodePtr node, const xmlNode *root, bool descend = true);

private:
    bool m_tooManyElements = false;
    xmlDocPtr m_doc = nullptr;
};

} // namespace Gleaner
