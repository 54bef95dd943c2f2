// What joins the article's box or leaves the article after it is chosen: a lead
// in a box of its own, sections of the same kind, headings left with nothing under them.
#include "cleaning/classhints.h"
#include "cleaning/contentextractor.h"
#include "cleaning/contentstats.h"
#include "cleaning/endmatter.h"

#include <QSet>

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

// The standfirst between the headline and the article's box, however the page nests
// them: a figure, a byline row, a share bar or a column may stand between. From the
// headline (the <h1> that is the title, else the last one before the article), the boxes
// up to the article's box, inside the box two levels around the headline, are read in
// document order: up to two leads join, and a block of other text stops the search.
void ContentExtractor::leadAfterHeadline(xmlNodePtr top, xmlNodePtr body, QVector<xmlNodePtr> *content) const
{
    const QString title = lettersOf(m_title);
    xmlNodePtr headline = nullptr;
    xmlNodePtr lastBefore = nullptr;
    for (xmlNodePtr n = body; n && n != top; n = H::next(n, body)) {
        if (!H::hasTag(n, "h1"))
            continue;
        lastBefore = n;
        // Only a heading no longer than the title is read (nested headings repeat all
        // the text below them).
        const Stats *st = stats(n);
        if (headline || title.isEmpty() || !st || st->textLen > 2 * m_title.size() + 20)
            continue;
        const QString text = lettersOf(H::text(n));
        if (!text.isEmpty() && (title == text || title.startsWith(text)))
            headline = n;
    }
    if (!headline)
        headline = lastBefore;
    if (!headline || !headline->parent || !headline->parent->parent)
        return;
    const xmlNodePtr scope = headline->parent->parent;
    auto within = [](const xmlNode *inner, const xmlNode *outer) {
        for (const xmlNode *a = inner; a; a = a->parent) {
            if (a == outer)
                return true;
        }
        return false;
    };
    if (!within(top, scope) || within(headline, top))
        return;
    for (xmlNodePtr n : *content) {
        if (within(headline, n))
            return; // the headline's box is part of the article already
    }
    QVector<xmlNodePtr> leads;
    bool first = true;
    int visited = 0;
    for (xmlNodePtr d = H::next(headline, scope, false); d && leads.size() < 2 && visited < 2000; ++visited) {
        if (!H::isElement(d)) {
            d = H::next(d, scope);
            continue;
        }
        if (content->contains(d))
            break; // the article, or a lead that joined it already
        bool holdsChosen = false;
        for (xmlNodePtr n : *content)
            holdsChosen = holdsChosen || within(n, d);
        if (holdsChosen) {
            d = H::next(d, scope); // a box around the article or a lead: look inside
            continue;
        }
        const Stats *st = stats(d);
        const QByteArray h = hints(d);
        const bool aside =
            isBoilerplate(h) || isByline(h) || containsAny(h, {"caption", "credit", "photo"}) ||
            H::tagIn(H::tag(d), {"figure", "figcaption", "picture"}) || (st && st->imgCount > 0);
        // The first paragraph under the headline is its lead even without a full stop.
        const bool firstLine = first && st && H::tagIn(H::tag(d), {"p", "h2"}) && st->textLen >= 80 &&
                               st->textLen <= 600 && linkDensity(d) < 0.2;
        if (st && st->textLen > 0 && !aside && !st->blockChildren)
            first = false; // a block of text came, not a box around one
        if (!aside && (firstLine || isLead(d)) && !EndMatter::isCallToAction(H::text(d).simplified())) {
            leads << d;
            d = H::next(d, scope, false);
            continue;
        }
        if (st && !st->blockChildren && st->textLen >= 200 && linkDensity(d) < 0.3 && !aside)
            break; // other text: what follows is not the headline's lead
        d = aside ? H::next(d, scope, false) : H::next(d, scope);
    }
    *content = leads + *content;
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

namespace {

QByteArray firstClass(const xmlNode *node)
{
    const QByteArray cls = H::attribute(node, "class").simplified();
    const int space = cls.indexOf(' ');
    return space < 0 ? cls : cls.left(space);
}

// "p123", "post-4711", "post_12": an id made of a name and a number.
QByteArray idStem(const xmlNode *node)
{
    QByteArray id = H::attribute(node, "id");
    int end = id.size();
    while (end > 0 && id.at(end - 1) >= '0' && id.at(end - 1) <= '9')
        --end;
    return end < id.size() && end > 0 ? id.left(end) : QByteArray();
}

// Boxes of one template: the same tag, and the same first class name (the rest often
// alternates, "post bg1" / "post bg2") or, without a class, ids of one stem.
bool sameTemplate(const xmlNode *a, const xmlNode *b)
{
    if (!H::isElement(a) || !H::isElement(b) || std::strcmp(H::tag(a), H::tag(b)))
        return false;
    const QByteArray ca = firstClass(a);
    if (!ca.isEmpty())
        return ca == firstClass(b);
    const QByteArray stem = idStem(a);
    return !stem.isEmpty() && firstClass(b).isEmpty() && stem == idStem(b);
}

bool endsLikeSentence(const QString &text)
{
    const QString t = text.trimmed();
    if (t.isEmpty() || t.endsWith(QLatin1String("...")) || t.endsWith(QChar(0x2026)))
        return false;
    return QStringLiteral(".!?\u3002\uFF01\uFF1F\"\u201D\u00BB)").contains(t.back());
}

} // namespace

// A discussion whose posts are the content (a forum thread, questions and answers):
// the best-scored box is, or sits a few levels down in, one of three or more sibling
// boxes of one template, and each of those holds a box of the same place and kind with
// text of its own. Then every post's text is content: the ones the chosen boxes hold
// are kept from cleaning (a short reply under a linked "Re: …" title reads like a
// teaser), and the others join in document order. Comments under an article never get
// here: their boxes went with the boilerplate before the article was chosen.
void ContentExtractor::takeWholeDiscussion(xmlNodePtr best, xmlNodePtr body, QVector<xmlNodePtr> *content)
{
    QVector<xmlNodePtr> path; // from just under the post down to the best box
    xmlNodePtr post = best;
    QVector<xmlNodePtr> posts;
    for (int level = 0; level <= 4 && posts.isEmpty(); ++level) {
        if (level > 0) {
            path.prepend(post);
            post = post->parent;
        }
        if (!post || post == body || !H::isElement(post) || !post->parent)
            return;
        // The box in `candidate` at the place of the best box in its post.
        auto counterpart = [&](xmlNodePtr candidate) -> xmlNodePtr {
            xmlNodePtr n = candidate;
            for (xmlNodePtr step : path) {
                xmlNodePtr match = nullptr;
                for (xmlNodePtr c = n->children; c && !match; c = c->next) {
                    if (H::isElement(c) && !std::strcmp(H::tag(c), H::tag(step)) &&
                        H::attribute(c, "class") == H::attribute(step, "class"))
                        match = c;
                }
                if (!match)
                    return nullptr;
                n = match;
            }
            const Stats *st = stats(n);
            return st && st->textLen >= 20 && linkDensity(n) < 0.5 ? n : nullptr;
        };
        // The posts' template is named like posts (post, reply, message…) or numbered:
        // a page grid's columns are no thread.
        if (!containsAny(hints(post), {"post", "reply", "message", "answer", "thread", "topic", "entry",
                                       "msg", "forum"}) &&
            idStem(post).isEmpty())
            continue;
        QVector<xmlNodePtr> found;
        for (xmlNodePtr c = post->parent->children; c; c = c->next) {
            if (c == post)
                found << best;
            else if (sameTemplate(c, post) && !isBoilerplate(hints(c)))
                if (xmlNodePtr text = counterpart(c))
                    found << text;
        }
        // Posts end their sentences; teasers of other pages are cut short ("… Read more").
        int complete = 0;
        for (xmlNodePtr text : found)
            complete += endsLikeSentence(H::text(text)) ? 1 : 0;
        if (found.size() >= 3 && complete * 3 >= found.size() * 2)
            posts = found;
    }
    if (posts.isEmpty())
        return;
    auto within = [body](xmlNodePtr inner, xmlNodePtr outer) {
        for (xmlNodePtr a = inner; a; a = a->parent) {
            if (a == outer)
                return true;
            if (a == body)
                break;
        }
        return false;
    };
    QVector<xmlNodePtr> joining;
    for (xmlNodePtr text : posts) {
        xmlNodePtr holder = nullptr;
        for (xmlNodePtr n : *content) {
            if (within(text, n))
                holder = n;
        }
        if (!holder) {
            bool holdsChosen = false;
            for (xmlNodePtr n : *content)
                holdsChosen = holdsChosen || within(n, text);
            if (!holdsChosen)
                joining << text;
            continue;
        }
        for (xmlNodePtr a = text; a && a != holder; a = a->parent) {
            if (Stats *s = stats(a))
                s->keep = true;
        }
    }
    if (joining.isEmpty())
        return;
    // Everything in document order.
    QSet<xmlNodePtr> all(content->begin(), content->end());
    for (xmlNodePtr n : joining)
        all.insert(n);
    QVector<xmlNodePtr> ordered;
    for (xmlNodePtr n = body; n && ordered.size() < all.size(); n = H::next(n, body)) {
        if (all.contains(n))
            ordered << n;
    }
    *content = ordered;
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
