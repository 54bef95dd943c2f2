// What joins the article's box or leaves the article after it is chosen: a lead
// in a box of its own, sections of the same kind, headings left with nothing under them.
#include "cleaning/classhints.h"
#include "cleaning/contentextractor.h"
#include "cleaning/contentstats.h"

#include <cstring>

namespace Gleaner {

namespace {
using H = HtmlDocument;
using namespace ClassHints;
} // namespace

// Whether a box holds a lead or standfirst: a block of text (not the main heading)
// of 80 characters or more that is not mostly links.
bool ContentExtractor::holdsLead(xmlNodePtr box) const
{
    int seen = 0;
    for (xmlNodePtr d = box->children; d && seen < 200; d = H::next(d, box), ++seen) {
        if (!H::isElement(d) || !H::tagIn(H::tag(d), {"p", "div", "h2", "span"}))
            continue;
        const Stats *st = stats(d);
        if (st && !st->blockChildren && st->textLen >= 80 && linkDensity(d) < 0.2)
            return true;
    }
    return false;
}

// A box that reads like a lead: 80 to 1,500 characters, few links, no boilerplate name.
bool ContentExtractor::isLead(xmlNodePtr box) const
{
    const Stats *st = stats(box);
    if (!H::tagIn(H::tag(box), {"p", "div", "h2"}) || !st || st->textLen < 80 || st->textLen > 1500 ||
        linkDensity(box) >= 0.2 || isBoilerplate(hints(box)) ||
        containsAny(hints(box), {"caption", "credit"}) || H::firstElement(box, "h1") ||
        H::firstElement(box, "li") || H::firstElement(box, "img") || H::firstElement(box, "figure"))
        return false;
    // Prose, not a caption or an address: no web address, ends like a sentence.
    const QString text = H::text(box).trimmed();
    return !text.contains(QLatin1String("http")) && !text.isEmpty() &&
           QStringLiteral(".!?\u3002\"\u201D\u00BB").contains(text.back());
}

// A lead or standfirst in a box of its own just before the article's box, or before
// its parent or grandparent ("field-perex" beside "field-body", "article-deck" above
// the text), or after the headline in the box that holds it.
void ContentExtractor::prependLead(xmlNodePtr top, xmlNodePtr body, QVector<xmlNodePtr> *content) const
{
    QVector<xmlNodePtr> lead;
    xmlNodePtr anchor = top;
    for (int level = 0; level < 3 && anchor && anchor != body; ++level, anchor = anchor->parent) {
        QVector<xmlNodePtr> here;
        bool stop = false;
        for (xmlNodePtr prev = anchor->prev; prev && here.size() < 2; prev = prev->prev) {
            if (!H::isElement(prev))
                continue;
            if (content->contains(prev))
                continue; // a sibling of the article's box that already joined it
            if (xmlNodePtr h1 = H::hasTag(prev, "h1") ? prev : H::firstElement(prev, "h1")) {
                // The box with the headline: its lead comes after the headline.
                QVector<xmlNodePtr> inside;
                for (xmlNodePtr d = H::next(h1, prev, false); d && inside.size() < 2;) {
                    if (H::isElement(d) && isLead(d)) {
                        inside << d;
                        d = H::next(d, prev, false);
                    } else {
                        d = H::next(d, prev);
                    }
                }
                here = inside + here;
                stop = true;
                break;
            }
            if (!isLead(prev))
                break;
            here.prepend(prev);
        }
        lead = here + lead;
        if (stop)
            break;
    }
    *content = lead + *content;
}

// A box of the same tag and class as `model` (the article's box, or its parent),
// with at least `minLength` characters of text that is not links or boilerplate.
bool ContentExtractor::sameBox(xmlNodePtr box, xmlNodePtr model, int minLength) const
{
    if (!H::isElement(box) || box == model || std::strcmp(H::tag(box), H::tag(model)))
        return false;
    const QByteArray cls = H::attribute(model, "class");
    if (cls.isEmpty() || H::attribute(box, "class") != cls)
        return false;
    const Stats *st = stats(box);
    return st && st->textLen >= minLength && linkDensity(box) < 0.3 && !isBoilerplate(hints(box));
}

// The article split over sections of one kind: the siblings of the article box's
// parent that are the same kind of box as that parent, whole, in document order.
void ContentExtractor::appendCousins(xmlNodePtr top, xmlNodePtr body, QVector<xmlNodePtr> *content) const
{
    xmlNodePtr parent = top->parent;
    if (!parent || parent == body || !parent->parent)
        return;
    QVector<xmlNodePtr> before;
    QVector<xmlNodePtr> after;
    bool seen = false;
    for (xmlNodePtr c = parent->parent->children; c; c = c->next) {
        if (c == parent) {
            seen = true;
            continue;
        }
        if (sameBox(c, parent, 200))
            (seen ? after : before) << c;
    }
    *content = before + *content + after;
}

// A heading with nothing under it before the next heading of its level or higher
// ("More articles" over a list the cleaning removed) is a label of boilerplate.
void ContentExtractor::dropOrphanHeadings(QVector<ArticleBlock> *blocks)
{
    for (int k = int(blocks->size()) - 1; k >= 0; --k) {
        const ArticleBlock &b = blocks->at(k);
        if (b.kind != ArticleBlock::Kind::Heading)
            continue;
        const bool orphan =
            k + 1 >= blocks->size() ||
            (blocks->at(k + 1).kind == ArticleBlock::Kind::Heading && blocks->at(k + 1).level <= b.level);
        if (orphan && blocks->size() > 1)
            blocks->remove(k);
    }
}

} // namespace Gleaner
