#pragma once

#include "cleaning/articleblock.h"
#include "cleaning/htmldocument.h"

#include <QUrl>
#include <vector>

namespace Gleaner {

// Finds the article in a parsed page and turns it into blocks. The approach is the one
// of Readability and trafilatura: drop what is never content (scripts, navigation,
// hidden elements, boxes whose class or id says share/related/newsletter/comments...),
// score the containers of paragraphs by text, commas, link density and class/id hints,
// take the best container together with the siblings that look like they belong to
// it, clean that conditionally, and walk it into headings, paragraphs, lists, quotes,
// tables, preformatted text and captions. The document is modified.
class ContentExtractor
{
public:
    // Without class hints only tags, roles and hidden elements decide what is dropped
    // before scoring: the second try when the first finds too little.
    ContentExtractor(HtmlDocument &document, const QString &title, const QUrl &baseUrl,
                     bool useClassHints = true);
    ~ContentExtractor();
    ContentExtractor(const ContentExtractor &) = delete;
    ContentExtractor &operator=(const ContentExtractor &) = delete;

    QVector<ArticleBlock> extract();

    struct Stats; // per-element figures, see contentextractor.cpp

private:
    void prune(xmlNodePtr root);
    void computeStats(xmlNodePtr root);
    Stats *stats(const xmlNode *node) const;
    QVector<xmlNodePtr> selectContent(xmlNodePtr body);
    void cleanConditionally(xmlNodePtr root);
    void removeCounted(xmlNodePtr node, const xmlNode *root);
    static std::vector<xmlNodePtr> elementsUnder(xmlNodePtr root);
    double linkDensity(const xmlNode *node) const;
    double score(const xmlNode *node) const;
    bool holdsLead(xmlNodePtr box) const;
    bool isLead(xmlNodePtr box) const;
    bool sameBox(xmlNodePtr box, xmlNodePtr model, int minLength) const;
    void appendCousins(xmlNodePtr top, xmlNodePtr body, QVector<xmlNodePtr> *content) const;
    void takeWholeDiscussion(xmlNodePtr best, xmlNodePtr body, QVector<xmlNodePtr> *content);
    int weightOf(const xmlNode *node) const;
    void prependLead(xmlNodePtr top, xmlNodePtr body, QVector<xmlNodePtr> *content) const;
    void leadAfterHeadline(xmlNodePtr top, xmlNodePtr body, QVector<xmlNodePtr> *content) const;
    static void dropOrphanHeadings(QVector<ArticleBlock> *blocks);

    HtmlDocument &m_document;
    QString m_title;
    QUrl m_baseUrl;
    bool m_useClassHints = true;
    std::vector<Stats> m_stats;
};

} // namespace Gleaner
