#pragma once

#include "cleaning/cleanedarticle.h"
#include "library/article.h"
#include "readingstyle.h"
#include "suggest/suggestion.h"
#include "util/annotation.h"

#include <QHash>
#include <QTextBrowser>

namespace Gleaner {

// The cleaned article: title, byline, date and site, then the body from the
// sanitized HTML, with annotations drawn as highlights. It maps between offsets
// in the article's plain text (what annotations refer to) and positions in the
// displayed document, block by block, through the cleaner's text segments.
class ArticleView : public QTextBrowser
{
    Q_OBJECT
public:
    explicit ArticleView(QWidget *parent = nullptr);

    void showArticle(const Article &article);
    void clearArticle();
    qint64 articleId() const { return m_article.id; }
    const Article &article() const { return m_article; }

    void setHighlights(const QVector<Annotation> &annotations, const QVector<Suggestion> &suggestions,
                       const QHash<qint64, QColor> &pillarColors);
    void setCurrentAnnotation(qint64 id); // emphasized and scrolled into view; 0 for none

    // Offsets are UTF-16 units into Article::text.
    int documentPosition(int textOffset) const;
    int textOffset(int documentPosition) const;
    bool selectedRange(int *start, int *end) const;
    void selectRange(int start, int end);
    bool usesSegmentMap() const { return m_segmentMapped; }

    // Font, size, line length and zoom of the reading column.
    void setReadingStyle(const ReadingStyle &style);
    const ReadingStyle &readingStyle() const { return m_style; }
    // The text offset at the top of the view, and scrolling there (the reading
    // position, kept per article and across font changes).
    int topTextOffset() const;
    void scrollToTextOffset(int offset);
    QSize minimumSizeHint() const override;

    // Find in the article (articleviewfind.cpp): every hit of `text` is marked;
    // findNext() moves to the next (or previous) one and returns its number from 1,
    // 0 when there is none.
    int setFindText(const QString &text);
    int findNext(bool backward = false);
    int findHitCount() const { return int(m_findHits.size()); }
    int currentFindHit() const { return m_currentHit + 1; }
    // The text offsets of the caret, or of the start of the selection.
    int caretOffset() const;
    // The view's width that gives a column of `characters` average characters.
    int widthForCharacters(int characters) const;

    static QColor kindColor(AnnotationKind kind, bool dark);

Q_SIGNALS:
    void annotationClicked(qint64 id);
    void suggestionClicked(int index);
    void pillarKeyPressed(int number); // 1-9 pressed with text selected
    void linkActivated(const QUrl &url);
    void findRequested(); // Ctrl+F while reading

protected:
    bool event(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;
    QVariant loadResource(int type, const QUrl &name) override;

private:
    struct Span
    {
        int start;
        int end;
        int blockPosition;
    };
    void buildDocument();
    void applyHighlights();
    void updateMargins();
    int columnWidth() const;
    void layOutWhole();
    bool isDark() const;
    int spanIndexForOffset(int offset) const;
    QString describe(const Annotation &annotation) const;
    QString describe(const Suggestion &suggestion) const;

    Article m_article;
    QVector<Span> m_spans;
    int m_bodyStart = 0;
    bool m_segmentMapped = false;
    QVector<Annotation> m_annotations;
    QVector<Suggestion> m_suggestions;
    QHash<qint64, QColor> m_pillarColors;
    qint64 m_current = 0;
    ReadingStyle m_style;
    QVector<QPair<int, int>> m_findHits; // document positions
    int m_currentHit = -1;
};

} // namespace Gleaner
