#include "cleaning/contentextractor.h"
#include "cleaning/contentstats.h"

#include "cleaning/blockbuilder.h"
#include "cleaning/classhints.h"

#include <QDebug>
#include <QSet>
#include <algorithm>
#include <cstdint>
#include <cstring>

namespace Gleaner {

namespace {

using H = HtmlDocument;
using namespace ClassHints;

void *toPrivate(std::size_t index)
{
    return reinterpret_cast<void *>(static_cast<std::uintptr_t>(index + 1));
}

} // namespace

ContentExtractor::ContentExtractor(HtmlDocument &document, const QString &title, const QUrl &baseUrl,
                                   bool useClassHints)
    : m_document(document), m_title(title), m_baseUrl(baseUrl), m_useClassHints(useClassHints)
{}

ContentExtractor::~ContentExtractor()
{
    // Leave no dangling indexes in the document.
    xmlNodePtr root = m_document.root();
    for (xmlNodePtr n = root; n; n = H::next(n, root))
        n->_private = nullptr;
}

ContentExtractor::Stats *ContentExtractor::stats(const xmlNode *node) const
{
    if (!node || !node->_private)
        return nullptr;
    const auto index = reinterpret_cast<std::uintptr_t>(node->_private) - 1;
    if (index >= m_stats.size())
        return nullptr;
    return const_cast<Stats *>(&m_stats[index]);
}

// Class and id hints; on the second try, when class names misled the first, only
// the ones that speak for a box count.
int ContentExtractor::weightOf(const xmlNode *node) const
{
    const int weight = classWeight(node);
    return m_useClassHints ? weight : std::max(0, weight);
}

double ContentExtractor::linkDensity(const xmlNode *node) const
{
    const Stats *s = stats(node);
    if (!s || s->textLen == 0)
        return 0;
    return double(s->linkLen) / s->textLen;
}

double ContentExtractor::score(const xmlNode *node) const
{
    const Stats *s = stats(node);
    return s && s->scored ? s->score : 0;
}

void ContentExtractor::prune(xmlNodePtr root)
{
    const Stats *page = stats(root);
    const int pageText = page ? page->textLen - page->linkLen : 0;
    xmlNodePtr n = root;
    while (n) {
        bool drop = false;
        if (n->type == XML_COMMENT_NODE || n->type == XML_PI_NODE || n->type == XML_DTD_NODE) {
            drop = true;
        } else if (H::isElement(n) && n != root) {
            const char *tag = H::tag(n);
            if (H::tagIn(tag, {"script", "style",    "noscript", "template", "iframe", "object",
                               "embed",  "svg",      "canvas",   "math",     "input",  "button",
                               "select", "textarea", "dialog",   "menu",     "link",   "meta",
                               "video",  "audio",    "source",   "map",      "footer", "head"})) {
                drop = true;
            } else if (H::tagIn(tag, {"nav", "aside"})) {
                // Navigation, unless the page's article ended up inside it (a menu with
                // unclosed boxes swallows the rest of the page; some sites put the article
                // in an <aside>).
                const Stats *st = stats(n);
                drop = !(st && st->pCount >= 3 && (st->textLen - st->linkLen) * 5 > pageText * 2);
            } else {
                const QByteArray role =
                    H::hasAttribute(n, "role") ? H::attribute(n, "role").toLower() : QByteArray();
                const bool hiddenStyle =
                    H::hasAttribute(n, "style") && (H::attributeContains(n, "style", "display:none") ||
                                                    H::attributeContains(n, "style", "display: none") ||
                                                    H::attributeContains(n, "style", "visibility:hidden") ||
                                                    H::attributeContains(n, "style", "visibility: hidden"));
                if (H::tagIn(role.constData(),
                             {"navigation", "menu", "menubar", "complementary", "banner", "contentinfo",
                              "dialog", "alertdialog", "search", "toolbar"}) ||
                    H::hasAttribute(n, "hidden") || H::attribute(n, "aria-hidden") == "true" || hiddenStyle) {
                    drop = true;
                } else if (m_useClassHints &&
                           !H::tagIn(tag, {"body", "html", "article", "main", "a", "table", "tbody", "tr",
                                           "td", "th", "h1", "h2", "h3", "h4", "h5", "h6", "pre", "code"})) {
                    const QByteArray h = hints(n);
                    if (h.size() > 1) {
                        const bool unlikely = isUnlikely(h) && !isMaybeCandidate(h);
                        const bool boiler = isBoilerplate(h);
                        const bool byline = isByline(h);
                        // "entry__header", "td-post-header": a header box, which often holds the lead.
                        QByteArray withoutHeader = h;
                        withoutHeader.replace("header", "");
                        const bool onlyHeader = unlikely && !boiler && !byline && !isUnlikely(withoutHeader);
                        if (onlyHeader && holdsLead(n)) {
                            // keep it
                        } else if (unlikely || boiler || byline) {
                            // Never drop what holds a good part of the page's text.
                            const Stats *st = stats(n);
                            const int length = st ? st->textLen : 0;
                            const int paragraphs = st ? st->pCount : 0;
                            const int own = st ? st->textLen - st->linkLen : 0;
                            const bool substantial = own * 5 > pageText * 2;
                            if (byline && !unlikely && !boiler)
                                drop = length < 200 && paragraphs <= 1;
                            else
                                drop = !substantial;
                        }
                    }
                }
                if (!drop && !std::strcmp(tag, "header")) {
                    // A page or article header: title, byline, date. Keep it only when it
                    // carries real paragraphs (some sites put the lead there).
                    int length = 0, commas = 0;
                    for (xmlNodePtr d = n->children; d; d = H::next(d, n)) {
                        if (H::hasTag(d, "p") && d->children) {
                            for (xmlNodePtr t = d->children; t; t = H::next(t, d)) {
                                if (H::isText(t) && t->content)
                                    measureText(t->content, &length, &commas);
                            }
                        }
                    }
                    drop = length < 150 && !holdsLead(n);
                }
            }
        }
        if (drop && qEnvironmentVariableIsSet("GLEANER_DEBUG") && H::isElement(n))
            qDebug("prune <%s class='%s' id='%s'> %d chars", H::tag(n), H::attribute(n, "class").constData(),
                   H::attribute(n, "id").constData(), int(H::text(n).size()));
        if (drop) {
            xmlNodePtr after = H::next(n, root, false);
            H::remove(n);
            n = after;
        } else {
            n = H::next(n, root);
        }
    }
}

void ContentExtractor::computeStats(xmlNodePtr root)
{
    m_stats.clear();
    xmlNodePtr n = root;
    while (n) {
        if (H::isElement(n)) {
            m_stats.emplace_back();
            n->_private = toPrivate(m_stats.size() - 1);
            if (n->children) {
                n = n->children;
                continue;
            }
        }
        // n has no children to visit: finish it and its ancestors as far as needed.
        while (n) {
            Stats *parent = stats(n->parent);
            if (H::isText(n) && n->content && parent) {
                measureText(n->content, &parent->textLen, &parent->commas);
            } else if (H::isElement(n) && parent) {
                const Stats &s = *stats(n);
                const char *tag = H::tag(n);
                parent->textLen += s.textLen;
                parent->commas += s.commas;
                parent->linkLen += isLink(n) ? s.textLen : s.linkLen;
                parent->headingLen += isHeading(tag) ? s.textLen : s.headingLen;
                parent->pCount += s.pCount + (!std::strcmp(tag, "p") ? 1 : 0);
                parent->liCount += s.liCount + (!std::strcmp(tag, "li") ? 1 : 0);
                parent->imgCount += s.imgCount + (!std::strcmp(tag, "img") ? 1 : 0);
                parent->inputCount +=
                    s.inputCount + (H::tagIn(tag, {"input", "select", "textarea", "button"}) ? 1 : 0);
                parent->embedCount +=
                    s.embedCount + (H::tagIn(tag, {"object", "embed", "iframe", "video"}) ? 1 : 0);
                if (BlockBuilder::isBlockTag(tag) && std::strcmp(tag, "br") && std::strcmp(tag, "hr"))
                    parent->blockChildren = true;
            }
            if (n == root) {
                n = nullptr;
                break;
            }
            if (n->next) {
                n = n->next;
                break;
            }
            n = n->parent;
        }
    }
}

QVector<xmlNodePtr> ContentExtractor::selectContent(xmlNodePtr body)
{
    // Score the containers of every paragraph-like element.
    std::vector<xmlNodePtr> candidates;
    auto initialize = [&](xmlNodePtr node) {
        Stats *s = stats(node);
        if (!s || s->scored)
            return;
        s->scored = true;
        const char *tag = H::tag(node);
        double base = 0;
        if (!std::strcmp(tag, "div") || !std::strcmp(tag, "article") || !std::strcmp(tag, "main"))
            base = 5;
        else if (H::tagIn(tag, {"pre", "td", "blockquote"}))
            base = 3;
        else if (H::tagIn(tag, {"address", "ol", "ul", "dl", "dd", "dt", "li", "form"}))
            base = -3;
        else if (isHeading(tag) || !std::strcmp(tag, "th"))
            base = -5;
        if (!std::strcmp(tag, "article"))
            base += 10;
        s->score = base + weightOf(node);
        candidates.push_back(node);
    };
    auto addParagraph = [&](xmlNodePtr parent, int length, int commas) {
        if (length < 25 || !parent)
            return;
        // Commas count up to about one per 80 characters: a list of names or references
        // separated by commas is not richer prose than the article.
        const double points = 1 + std::min(commas, std::max(2, length / 80)) + std::min(length / 100, 3);
        int level = 0;
        for (xmlNodePtr a = parent; a && a != body->parent && level < 5; a = a->parent, ++level) {
            if (!H::isElement(a))
                break;
            initialize(a);
            const double divider = level == 0 ? 1 : level == 1 ? 2 : level * 3;
            stats(a)->score += points / divider;
            if (a == body)
                break;
        }
    };

    for (xmlNodePtr n = body; n; n = H::next(n, body)) {
        if (!H::isElement(n))
            continue;
        const char *tag = H::tag(n);
        const Stats *s = stats(n);
        if (!s)
            continue;
        const bool paragraphLike =
            H::tagIn(tag, {"p", "pre", "td"}) || (H::tagIn(tag, {"div", "section", "article", "span"}) &&
                                                  !s->blockChildren && std::strcmp(tag, "span"));
        if (paragraphLike) {
            addParagraph(n->parent, s->textLen, s->commas);
        } else if (s->blockChildren &&
                   H::tagIn(tag, {"div", "section", "article", "main", "td", "blockquote"})) {
            // Loose text between block children counts as paragraphs of this element.
            int length = 0, commas = 0;
            for (xmlNodePtr c = n->children; c; c = c->next) {
                if (H::isText(c) && c->content) {
                    measureText(c->content, &length, &commas);
                } else if (H::isElement(c) && !BlockBuilder::isBlockTag(H::tag(c))) {
                    if (H::hasTag(c, "br")) {
                        continue;
                    }
                    length += stats(c) ? stats(c)->textLen : 0;
                    commas += stats(c) ? stats(c)->commas : 0;
                } else {
                    addParagraph(n, length, commas);
                    length = commas = 0;
                }
            }
            addParagraph(n, length, commas);
        }
    }

    xmlNodePtr top = nullptr;
    double topScore = 0;
    std::vector<std::pair<double, xmlNodePtr>> ranked;
    for (xmlNodePtr c : candidates) {
        Stats *s = stats(c);
        s->score *= 1 - linkDensity(c);
        ranked.emplace_back(s->score, c);
    }
    std::sort(ranked.begin(), ranked.end(), [](const auto &a, const auto &b) { return a.first > b.first; });
    if (!ranked.empty()) {
        top = ranked.front().second;
        topScore = ranked.front().first;
    }
    if (!top || topScore <= 0)
        return {body};
    const xmlNodePtr bestBox = top;

    // Several strong candidates inside one ancestor: the article is that ancestor.
    std::vector<xmlNodePtr> alternatives;
    for (std::size_t i = 1; i < ranked.size() && i < 5; ++i) {
        if (ranked[i].first / topScore >= 0.75)
            alternatives.push_back(ranked[i].second);
    }
    if (alternatives.size() >= 3) {
        for (xmlNodePtr parent = top->parent; parent && parent != body; parent = parent->parent) {
            int contained = 0;
            for (xmlNodePtr alt : alternatives) {
                for (xmlNodePtr a = alt; a; a = a->parent) {
                    if (a == parent) {
                        ++contained;
                        break;
                    }
                }
            }
            if (contained >= 3) {
                top = parent;
                initialize(top);
                break;
            }
        }
    }
    // A parent that scores better (and is not much worse than us) holds more of the article.
    {
        double last = score(top);
        const double threshold = last / 3;
        for (xmlNodePtr parent = top->parent; parent && parent != body->parent; parent = parent->parent) {
            const Stats *ps = stats(parent);
            if (!ps || !ps->scored)
                continue;
            if (ps->score < threshold)
                break;
            if (ps->score > last) {
                top = parent;
                break;
            }
            last = ps->score;
            if (parent == body)
                break;
        }
    }
    // Only child: take the parent.
    while (top != body && top->parent && H::isElement(top->parent) && top->parent != body) {
        int elements = 0;
        for (xmlNodePtr c = top->parent->children; c; c = c->next) {
            if (H::isElement(c))
                ++elements;
        }
        if (elements != 1)
            break;
        top = top->parent;
        initialize(top);
    }

    // Siblings that belong to the article.
    QVector<xmlNodePtr> content;
    if (top == body || !top->parent) {
        content << top;
        return content;
    }
    const double best = score(top);
    const double threshold = std::max(10.0, best * 0.2);
    const QByteArray topClass = H::attribute(top, "class");
    bool beforeTop = true;
    for (xmlNodePtr s = top->parent->children; s; s = s->next) {
        if (s == top) {
            content << s;
            beforeTop = false;
            continue;
        }
        if (!H::isElement(s))
            continue;
        double bonus = 0;
        if (!topClass.isEmpty() && H::attribute(s, "class") == topClass)
            bonus = best * 0.2;
        bool append = false;
        const Stats *st = stats(s);
        if (st && st->scored && st->score + bonus >= threshold) {
            append = true;
        } else if (st &&
                   (H::hasTag(s, "p") || (H::tagIn(H::tag(s), {"div", "section"}) && !st->blockChildren))) {
            const double density = linkDensity(s);
            const int length = st->textLen;
            if (length > 80 && density < 0.25) {
                append = true;
            } else if (length < 80 && length > 0 && density == 0) {
                const QString text = H::text(s);
                append = text.contains(QLatin1String(". ")) || text.endsWith(QLatin1Char('.'));
            }
        }
        if (!append && beforeTop && isLead(s))
            append = true;
        if (!append && sameBox(s, top, 100))
            append = true; // the article split over boxes of one kind
        if (append)
            content << s;
    }
    appendCousins(top, body, &content);
    prependLead(top, body, &content);
    leadAfterHeadline(top, body, &content);
    takeWholeDiscussion(bestBox, body, &content);
    return content;
}

QVector<ArticleBlock> ContentExtractor::extract()
{
    xmlNodePtr root = m_document.root();
    if (!root)
        return {};
    xmlNodePtr body = m_document.body();
    computeStats(body);
    prune(body);
    computeStats(body);
    QVector<xmlNodePtr> content = selectContent(body);
    // Each box once: one inside another chosen box goes with it (cleaning the outer box
    // may free the inner one).
    const QSet<xmlNodePtr> chosen(content.begin(), content.end());
    content.erase(std::remove_if(content.begin(), content.end(),
                                 [&chosen](xmlNodePtr n) {
                                     for (xmlNodePtr a = n->parent; a; a = a->parent) {
                                         if (chosen.contains(a))
                                             return true;
                                     }
                                     return false;
                                 }),
                  content.end());
    BlockBuilder builder(m_baseUrl, m_title);
    for (xmlNodePtr node : content) {
        cleanConditionally(node);
        builder.add(node);
    }
    QVector<ArticleBlock> blocks = builder.takeBlocks();
    dropOrphanHeadings(&blocks);
    return blocks;
}

} // namespace Gleaner
