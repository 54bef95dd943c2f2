// Inside the chosen boxes: what the article's boxes hold that is not the article
// (Readability's conditional cleaning), image credits and source lines, headings that
// are labels or links; each box is removed with its figures taken off its ancestors.
#include "cleaning/classhints.h"
#include "cleaning/contentextractor.h"
#include "cleaning/contentstats.h"

#include "cleaning/blockbuilder.h"

#include <QSet>

#include <cstring>

namespace Gleaner {

namespace {
using H = HtmlDocument;
using namespace ClassHints;
} // namespace

void ContentExtractor::removeCounted(xmlNodePtr node, const xmlNode *root)
{
    const Stats *s = stats(node);
    if (s) {
        // Only the boxes up to `root` are judged after this; the walk stays that short.
        const bool link = isLink(node);
        const int p = s->pCount + (H::hasTag(node, "p") ? 1 : 0);
        const int li = s->liCount + (H::hasTag(node, "li") ? 1 : 0);
        const int img = s->imgCount + (H::hasTag(node, "img") ? 1 : 0);
        for (xmlNodePtr a = node->parent; a; a = a->parent) {
            if (Stats *as = stats(a)) {
                as->textLen -= s->textLen;
                as->commas -= s->commas;
                as->linkLen -= link ? s->textLen : s->linkLen;
                as->pCount -= p;
                as->liCount -= li;
                as->imgCount -= img;
            }
            if (a == root)
                break;
        }
    }
    H::remove(node);
}

// The elements under `root`, in document order, down to MaxJudgedDepth levels: deeper
// boxes are never judged one by one (no real page nests that far, and judging each of
// 100,000 nested boxes would take quadratic time).
std::vector<xmlNodePtr> ContentExtractor::elementsUnder(xmlNodePtr root)
{
    constexpr int MaxJudgedDepth = 200;
    std::vector<xmlNodePtr> out;
    xmlNodePtr n = root->children;
    int depth = 1;
    while (n) {
        if (H::isElement(n))
            out.push_back(n);
        if (H::isElement(n) && n->children && depth < MaxJudgedDepth) {
            n = n->children;
            ++depth;
            continue;
        }
        while (n && !n->next) {
            n = n->parent;
            --depth;
            if (n == root)
                n = nullptr;
        }
        if (n)
            n = n->next;
    }
    return out;
}

void ContentExtractor::cleanConditionally(xmlNodePtr root)
{
    // Post-order, so that a box is judged after its own boilerplate children went.
    std::vector<xmlNodePtr> order;
    for (xmlNodePtr n : elementsUnder(root)) {
        if (H::tagIn(H::tag(n), {"form", "fieldset", "table", "ul", "ol", "div", "section", "dl", "figure",
                                 "header", "p"}))
            order.push_back(n);
    }
    const Stats *rootStats = stats(root);
    for (auto it = order.rbegin(); it != order.rend(); ++it) {
        xmlNodePtr n = *it;
        const Stats *s = stats(n);
        if (!s)
            continue;
        const char *tag = H::tag(n);
        const int weight = weightOf(n);
        const double contentScore = s->scored ? s->score : 0;
        bool remove = false;
        const bool isList = !std::strcmp(tag, "ul") || !std::strcmp(tag, "ol");
        const bool isTable = !std::strcmp(tag, "table");
        if (isTable && BlockBuilder::isDataTable(n))
            continue;
        if (!std::strcmp(tag, "p")) {
            // "Read also: <a>…</a>": a short paragraph that is mostly a link.
            if (s->textLen < 200 && linkDensity(n) > 0.7)
                removeCounted(n, root);
            continue;
        }
        // A box of real paragraphs that holds a good part of the article stays whatever
        // its class says ("elementor-widget-wrap", "banners-contenido-nota").
        const bool substantial =
            s->pCount >= 2 && linkDensity(n) < 0.25 && rootStats && s->textLen * 3 >= rootStats->textLen;
        // A list starts with a score below zero; that alone does not make it boilerplate.
        const bool plainList = isList && weight == 0 && s->imgCount == 0;
        if (weight + contentScore < 0 && !substantial && !plainList) {
            remove = true;
        } else if (s->commas < 10) {
            const int p = s->pCount;
            const int img = s->imgCount;
            const int li = s->liCount - 100;
            const int input = s->inputCount;
            const int length = s->textLen;
            const double density = linkDensity(n);
            const double headingDensity = length ? double(s->headingLen) / length : 0;
            auto inFigure = [n, tag]() {
                if (!std::strcmp(tag, "figure"))
                    return true;
                int depth = 0;
                for (xmlNodePtr a = n->parent; a && depth < 64; a = a->parent, ++depth) {
                    if (H::hasTag(a, "figure"))
                        return true;
                }
                return false;
            };
            remove =
                (img > 1 && p * 2 < img && !inFigure()) || (!isList && li > p) || (input > p / 3) ||
                (!isList && headingDensity < 0.9 && length < 25 && (img == 0 || img > 2) && !inFigure()) ||
                (!isList && weight < 25 && density > 0.2) || (weight >= 25 && density > 0.5) ||
                (isList && density > 0.6) || (s->embedCount == 1 && length < 75) || s->embedCount > 1;
        }
        if (remove && !s->keep)
            removeCounted(n, root);
    }
    // Image credits and source lines: by class name, or by what they say.
    std::vector<xmlNodePtr> credits;
    for (xmlNodePtr n : elementsUnder(root)) {
        const Stats *st = stats(n);
        if (!st || st->textLen > 120 || st->blockChildren ||
            !H::tagIn(H::tag(n), {"p", "span", "div", "figcaption", "small", "cite", "em", "i"}))
            continue;
        // Only small boxes are read: a line of text, not a tree of nested inline tags.
        bool shallow = true;
        for (xmlNodePtr c = n->children; c && shallow; c = c->next) {
            for (xmlNodePtr g = H::isElement(c) ? c->children : nullptr; g && shallow; g = g->next)
                shallow = !H::isElement(g);
        }
        if (!shallow)
            continue;
        const QByteArray h = hints(n);
        if (containsAny(h, {"credit", "copyright"}) || isCreditLine(H::text(n)))
            credits.push_back(n);
    }
    for (auto it = credits.rbegin(); it != credits.rend(); ++it)
        removeCounted(*it, root);
    // Headings that are boilerplate labels or mostly links.
    std::vector<xmlNodePtr> headings;
    for (xmlNodePtr n : elementsUnder(root)) {
        if (isHeading(H::tag(n)))
            headings.push_back(n);
    }
    // Innermost first: a heading nested in another one (recovered markup) is gone
    // before its outer heading is judged, so nothing is freed twice.
    for (auto it = headings.rbegin(); it != headings.rend(); ++it) {
        if (weightOf(*it) < 0 || linkDensity(*it) > 0.33)
            removeCounted(*it, root);
    }
}

} // namespace Gleaner
