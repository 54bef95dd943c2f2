#pragma once
// A way to compare two parses of a page, used by tst_htmldocument and fuzz_prefilter:
// does leaving unused content out before parsing (HtmlDocument::withoutUnusedContent)
// change anything the cleaner reads?
#include "cleaning/htmldocument.h"

#include <QByteArray>

namespace Gleaner::TreeDescription {

// Element names with the attributes the cleaner reads (the first
// HtmlDocument::kMaxReadAttributes of them), and text, in document order. Comments,
// other attributes and the contents of script (except JSON-LD), style, svg, nav,
// aside and template elements are left out, as the cleaner never reads them.
inline void describe(const xmlNode *node, QByteArray *out)
{
    for (const xmlNode *n = node; n; n = n->next) {
        if (n->type == XML_ELEMENT_NODE) {
            const QByteArray name = reinterpret_cast<const char *>(n->name);
            *out += '<' + name;
            int read = 0;
            for (const xmlAttr *a = n->properties; a && read < HtmlDocument::kMaxReadAttributes;
                 a = a->next) {
                const char *attributeName = reinterpret_cast<const char *>(a->name);
                if (!HtmlDocument::isReadAttribute(attributeName, std::strlen(attributeName)))
                    continue;
                ++read;
                *out += ' ' + QByteArray(reinterpret_cast<const char *>(a->name)) + "=\"" +
                        HtmlDocument::attribute(n, reinterpret_cast<const char *>(a->name)) + '"';
            }
            *out += '>';
            const bool jsonLd = name == "script" && HtmlDocument::attribute(n, "type").contains("ld+json");
            const bool opaque = (name == "script" && !jsonLd) || name == "style" || name == "svg" ||
                                name == "nav" || name == "aside" || name == "template";
            if (!opaque)
                describe(n->children, out);
            *out += "</" + name + '>';
        } else if (n->type == XML_TEXT_NODE || n->type == XML_CDATA_SECTION_NODE) {
            *out += reinterpret_cast<const char *>(n->content);
        }
    }
}

// The page parsed as it is.
inline QByteArray describeUnfiltered(const QByteArray &html)
{
    htmlDocPtr doc =
        htmlReadMemory(html.constData(), int(html.size()), nullptr, "UTF-8", HtmlDocument::ParseOptions);
    QByteArray out;
    if (doc)
        describe(xmlDocGetRootElement(doc), &out);
    xmlFreeDoc(doc);
    return out;
}

// The page parsed the way the cleaner parses it.
inline QByteArray describeFiltered(const QByteArray &html)
{
    HtmlDocument document(html);
    QByteArray out;
    describe(document.root(), &out);
    return out;
}

} // namespace Gleaner::TreeDescription
