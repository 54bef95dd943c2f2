#include "articleview.h"

#include "plaintext.h"

#include "import/articleimporter.h"
#include "services/annotationtext.h"

#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QDesktopServices>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QLocale>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFrame>
#include <QToolTip>

#include <algorithm>
#include <cmath>

namespace Gleaner {

namespace {
// Characters a reading column keeps at least: narrower, a window's side panels give way.
constexpr int kMinimumColumnCharacters = 45;
constexpr int kDocumentMargin = 16;
} // namespace

ArticleView::ArticleView(QWidget *parent) : QTextBrowser(parent)
{
    setOpenLinks(false);
    setOpenExternalLinks(false);
    setReadOnly(true);
    setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard |
                            Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    setFrameShape(QFrame::NoFrame);
    setContextMenuPolicy(Qt::DefaultContextMenu);
    // Words are never broken inside; a word wider than the column runs past it.
    setWordWrapMode(QTextOption::WordWrap);
    // A scroll bar that came and went would change the column's width after the
    // article is laid out, and the scroll range with it.
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOn);
    connect(this, &QTextBrowser::anchorClicked, this, [this](const QUrl &url) {
        // Links open in the system browser, and only on a click.
        const QString scheme = url.scheme().toLower();
        if (scheme == QLatin1String("http") || scheme == QLatin1String("https") ||
            scheme == QLatin1String("mailto")) {
            Q_EMIT linkActivated(url);
            QDesktopServices::openUrl(url);
        }
    });
    setReadingStyle(ReadingStyle{});
    setPlaceholderText(
        tr("Choose an article on the left, or import one with File ▸ Import File… or Paste Article."));
}

QVariant ArticleView::loadResource(int, const QUrl &)
{
    return {}; // nothing is fetched when an article is shown
}

bool ArticleView::isDark() const
{
    return ReadingStyle::isDark(palette());
}

QColor ArticleView::kindColor(AnnotationKind kind, bool dark)
{
    switch (kind) {
    case AnnotationKind::Pillar:
        return dark ? QColor(0x7a, 0xa2, 0xf7) : QColor(0x3b, 0x6e, 0xd8);
    case AnnotationKind::Amount:
        return dark ? QColor(0x9e, 0xce, 0x6a) : QColor(0x2e, 0x9d, 0x4a);
    case AnnotationKind::Deadline:
        return dark ? QColor(0xff, 0x9e, 0x64) : QColor(0xe0, 0x7b, 0x00);
    case AnnotationKind::Note:
        return dark ? QColor(0xbb, 0x9a, 0xf7) : QColor(0x8e, 0x5b, 0xd0);
    }
    return Qt::yellow;
}

void ArticleView::clearArticle()
{
    m_findHits.clear();
    m_currentHit = -1;
    m_article = Article{};
    m_spans.clear();
    m_annotations.clear();
    m_suggestions.clear();
    m_current = 0;
    clear();
}

void ArticleView::showArticle(const Article &article)
{
    m_findHits.clear();
    m_currentHit = -1;
    m_article = article;
    m_annotations.clear();
    m_suggestions.clear();
    m_current = 0;
    buildDocument();
    verticalScrollBar()->setValue(0);
}

void ArticleView::changeEvent(QEvent *event)
{
    QTextBrowser::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && m_article.id > 0) {
        buildDocument();
        applyHighlights();
    }
}

void ArticleView::buildDocument()
{
    QTextDocument *doc = document();
    const QPalette pal = palette();
    const QString rule = pal.color(QPalette::Mid).name();
    // Secondary text: between the text and the page colour, readable on light and dark alike.
    const QColor text = pal.color(QPalette::Text);
    const QColor base = pal.color(QPalette::Base);
    const QString muted =
        QColor((text.red() * 3 + base.red() * 2) / 5, (text.green() * 3 + base.green() * 2) / 5,
               (text.blue() * 3 + base.blue() * 2) / 5)
            .name();
    doc->setDefaultStyleSheet(
        QStringLiteral("h1 { font-size: x-large; } h2 { font-size: large; } h3 { font-size: medium; }"
                       "p { margin-top: 0px; margin-bottom: 10px; }"
                       "table { border-collapse: collapse; margin-top: 6px; margin-bottom: 12px; }"
                       "td, th { border: 1px solid %1; padding: 4px; }"
                       "blockquote { margin-left: 18px; color: %2; }"
                       "pre { font-family: monospace; }")
            .arg(rule, muted));
    doc->setDocumentMargin(kDocumentMargin);

    // The header (title, then byline, date and site) and the body go into the
    // document in one piece: blocks inserted afterwards were left without a layout
    // by Qt's lazy layout, and the end of long articles was not drawn.
    QStringList meta;
    if (!m_article.byline.isEmpty())
        meta << m_article.byline;
    if (m_article.published.isValid())
        meta << AnnotationText::date(m_article.published);
    if (!m_article.site.isEmpty())
        meta << m_article.site;
    const QString header =
        QStringLiteral("<p style=\"margin-top:0px; margin-bottom:6px;\"><span style=\"font-size:%1pt; "
                       "font-weight:700;\">%2</span></p><p style=\"margin-top:0px; margin-bottom:18px; "
                       "color:%3;\">%4</p>")
            .arg(doc->defaultFont().pointSizeF() * 1.6, 0, 'f', 1)
            .arg(m_article.title.isEmpty() ? QStringLiteral("&nbsp;") : m_article.title.toHtmlEscaped(),
                 muted,
                 meta.isEmpty() ? QStringLiteral("&nbsp;")
                                : meta.join(QStringLiteral("  ·  ")).toHtmlEscaped());
    m_spans.clear();
    m_segmentMapped = false;
    const QVector<TextSegment> segments = ArticleImporter::segmentsFromJson(m_article.segmentsJson);
    if (!segments.isEmpty() && !m_article.html.isEmpty()) {
        doc->setHtml(header + m_article.html);
        // Each segment is one block of the body, in order; trust the map only if every block matches.
        QTextBlock block = doc->begin().next().next();
        m_bodyStart = block.isValid() ? block.position() : 0;
        bool matches = block.isValid();
        for (const TextSegment &s : segments) {
            if (!block.isValid() || block.text() != m_article.text.mid(s.start, s.end - s.start)) {
                matches = false;
                break;
            }
            m_spans.push_back({s.start, s.end, block.position()});
            block = block.next();
        }
        m_segmentMapped = matches;
    }
    if (!m_segmentMapped) {
        // Without a usable map, show the plain text itself: positions are offsets
        // after the header (a line break is one block separator, as in the text).
        m_spans.clear();
        doc->setHtml(header + QStringLiteral("<p style=\"white-space:pre-wrap;\">") +
                     m_article.text.toHtmlEscaped() + QStringLiteral("</p>"));
        m_bodyStart = doc->begin().next().next().position();
    }
    updateMargins();
    layOutWhole();
}

int ArticleView::spanIndexForOffset(int offset) const
{
    auto it = std::upper_bound(m_spans.cbegin(), m_spans.cend(), offset,
                               [](int value, const Span &span) { return value < span.start; });
    return int(it - m_spans.cbegin()) - 1;
}

int ArticleView::documentPosition(int textOffset) const
{
    if (!m_segmentMapped)
        return m_bodyStart + qBound(0, textOffset, int(m_article.text.size()));
    if (m_spans.isEmpty())
        return m_bodyStart;
    const int i = spanIndexForOffset(textOffset);
    if (i < 0)
        return m_spans.first().blockPosition;
    const Span &span = m_spans.at(i);
    return span.blockPosition + qMin(textOffset, span.end) - span.start;
}

int ArticleView::textOffset(int position) const
{
    if (!m_segmentMapped)
        return qBound(0, position - m_bodyStart, int(m_article.text.size()));
    if (m_spans.isEmpty() || position < m_spans.first().blockPosition)
        return 0;
    auto it = std::upper_bound(m_spans.cbegin(), m_spans.cend(), position,
                               [](int value, const Span &span) { return value < span.blockPosition; });
    const Span &span = *(it - 1);
    return span.start + qMin(position - span.blockPosition, span.end - span.start);
}

bool ArticleView::selectedRange(int *start, int *end) const
{
    const QTextCursor cursor = textCursor();
    if (!cursor.hasSelection() || m_article.id <= 0)
        return false;
    *start = textOffset(cursor.selectionStart());
    *end = textOffset(cursor.selectionEnd());
    // Leave out white space at either end of a sloppy selection.
    while (*start < *end && m_article.text.at(*start).isSpace())
        ++*start;
    while (*end > *start && m_article.text.at(*end - 1).isSpace())
        --*end;
    return *end > *start;
}

void ArticleView::selectRange(int start, int end)
{
    QTextCursor cursor(document());
    cursor.setPosition(documentPosition(start));
    cursor.setPosition(documentPosition(end), QTextCursor::KeepAnchor);
    setTextCursor(cursor);
}

void ArticleView::setHighlights(const QVector<Annotation> &annotations,
                                const QVector<Suggestion> &suggestions,
                                const QHash<qint64, QColor> &pillarColors)
{
    m_annotations = annotations;
    m_suggestions = suggestions;
    m_pillarColors = pillarColors;
    applyHighlights();
}

void ArticleView::setCurrentAnnotation(qint64 id)
{
    m_current = id;
    applyHighlights();
    for (const Annotation &a : std::as_const(m_annotations)) {
        if (a.id == id) {
            QTextCursor cursor(document());
            cursor.setPosition(documentPosition(a.start));
            setTextCursor(cursor);
            ensureCursorVisible();
            break;
        }
    }
}

void ArticleView::applyHighlights()
{
    QList<QTextEdit::ExtraSelection> selections;
    const bool dark = isDark();
    // Suggestions first (under), then annotations, so overlaps stay readable: the
    // translucent fills blend instead of hiding each other.
    for (const Suggestion &s : std::as_const(m_suggestions)) {
        QTextEdit::ExtraSelection sel;
        sel.cursor = QTextCursor(document());
        sel.cursor.setPosition(documentPosition(s.start));
        sel.cursor.setPosition(documentPosition(s.end), QTextCursor::KeepAnchor);
        const AnnotationKind kind =
            s.kind == Suggestion::Kind::Amount ? AnnotationKind::Amount : AnnotationKind::Deadline;
        sel.format.setUnderlineStyle(QTextCharFormat::DashUnderline);
        sel.format.setUnderlineColor(kindColor(kind, dark));
        selections << sel;
    }
    for (const Annotation &a : std::as_const(m_annotations)) {
        QTextEdit::ExtraSelection sel;
        sel.cursor = QTextCursor(document());
        sel.cursor.setPosition(documentPosition(a.start));
        sel.cursor.setPosition(documentPosition(a.end), QTextCursor::KeepAnchor);
        QColor color = kindColor(a.kind, dark);
        if (a.pillarId > 0 && m_pillarColors.value(a.pillarId).isValid())
            color = m_pillarColors.value(a.pillarId);
        color.setAlphaF(a.id == m_current ? 0.55 : (dark ? 0.30 : 0.22));
        sel.format.setBackground(color);
        if (a.id == m_current) {
            sel.format.setUnderlineStyle(QTextCharFormat::SingleUnderline);
            sel.format.setUnderlineColor(kindColor(a.kind, dark));
        }
        selections << sel;
    }
    // Find hits over everything: a soft yellow, the current one stronger.
    for (int i = 0; i < m_findHits.size(); ++i) {
        QTextEdit::ExtraSelection sel;
        sel.cursor = QTextCursor(document());
        sel.cursor.setPosition(m_findHits.at(i).first);
        sel.cursor.setPosition(m_findHits.at(i).second, QTextCursor::KeepAnchor);
        QColor find = dark ? QColor(0xd8, 0xb4, 0x3c) : QColor(0xff, 0xd5, 0x4f);
        find.setAlphaF(i == m_currentHit ? 0.85 : 0.4);
        sel.format.setBackground(find);
        if (i == m_currentHit)
            sel.format.setForeground(dark ? QColor(0x1f, 0x1f, 0x22) : palette().color(QPalette::Text));
        selections << sel;
    }
    setExtraSelections(selections);
}

QString ArticleView::describe(const Annotation &a) const
{
    QStringList lines{AnnotationText::summary(a)};
    if (const QString pillar = AnnotationText::pillarOf(a); !pillar.isEmpty())
        lines << pillar;
    if (!a.note.isEmpty())
        lines << a.note;
    return lines.join(QLatin1Char('\n'));
}

QString ArticleView::describe(const Suggestion &s) const
{
    return s.kind == Suggestion::Kind::Amount ? tr("Suggested amount: %1").arg(AnnotationText::value(s))
                                              : tr("Suggested deadline: %1").arg(AnnotationText::value(s));
}

bool ArticleView::event(QEvent *event)
{
    // Ctrl+F while reading finds in the article; elsewhere it finds articles.
    if (event->type() == QEvent::ShortcutOverride) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->matches(QKeySequence::Find) && m_article.id > 0) {
            event->accept();
            return true;
        }
    }
    if (event->type() == QEvent::ToolTip && m_article.id > 0) {
        auto *help = static_cast<QHelpEvent *>(event);
        const QTextCursor cursor = cursorForPosition(viewport()->mapFromGlobal(help->globalPos()));
        const int offset = textOffset(cursor.position());
        QStringList tips;
        for (const Annotation &a : std::as_const(m_annotations)) {
            if (offset >= a.start && offset < a.end)
                tips << describe(a);
        }
        for (const Suggestion &s : std::as_const(m_suggestions)) {
            if (offset >= s.start && offset < s.end)
                tips << describe(s);
        }
        if (tips.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), PlainText::toolTip(tips.join(QStringLiteral("\n\n"))),
                               this);
        return true;
    }
    return QTextBrowser::event(event);
}

void ArticleView::keyPressEvent(QKeyEvent *event)
{
    if (event->matches(QKeySequence::Find) && m_article.id > 0) {
        Q_EMIT findRequested();
        event->accept();
        return;
    }
    if (event->modifiers() == Qt::NoModifier && event->key() >= Qt::Key_1 && event->key() <= Qt::Key_9 &&
        textCursor().hasSelection()) {
        Q_EMIT pillarKeyPressed(event->key() - Qt::Key_0);
        event->accept();
        return;
    }
    QTextBrowser::keyPressEvent(event);
}

void ArticleView::mouseReleaseEvent(QMouseEvent *event)
{
    QTextBrowser::mouseReleaseEvent(event);
    if (textCursor().hasSelection() || m_article.id <= 0 || !anchorAt(event->position().toPoint()).isEmpty())
        return;
    const int offset = textOffset(cursorForPosition(event->position().toPoint()).position());
    // The innermost (shortest) annotation under the click wins.
    qint64 best = 0;
    int bestLength = INT_MAX;
    for (const Annotation &a : std::as_const(m_annotations)) {
        if (offset >= a.start && offset < a.end && a.end - a.start < bestLength) {
            best = a.id;
            bestLength = a.end - a.start;
        }
    }
    if (best > 0) {
        Q_EMIT annotationClicked(best);
        return;
    }
    for (int i = 0; i < m_suggestions.size(); ++i) {
        if (offset >= m_suggestions.at(i).start && offset < m_suggestions.at(i).end) {
            Q_EMIT suggestionClicked(i);
            return;
        }
    }
}

int ArticleView::topTextOffset() const
{
    if (m_article.id <= 0)
        return 0;
    const QTextCursor top = cursorForPosition(QPoint(viewport()->width() / 2, 1));
    return textOffset(top.position());
}

void ArticleView::scrollToTextOffset(int offset)
{
    if (m_article.id <= 0)
        return;
    QTextCursor cursor(document());
    cursor.setPosition(documentPosition(offset));
    // The block that holds the offset goes to the top of the view.
    const QRectF block = document()->documentLayout()->blockBoundingRect(cursor.block());
    verticalScrollBar()->setValue(int(block.top()));
}

void ArticleView::resizeEvent(QResizeEvent *event)
{
    QTextBrowser::resizeEvent(event);
    updateMargins();
}

int ArticleView::columnWidth() const
{
    const QFontMetricsF metrics(document()->defaultFont());
    return int(metrics.averageCharWidth() * m_style.lineWidth) + 2 * kDocumentMargin;
}

void ArticleView::updateMargins()
{
    // Lines keep a comfortable reading length on wide windows: the document's own
    // frame gets the side margins, so its layout and the scroll range always agree
    // (viewport margins left the range of the previous width, and the end of long
    // articles out of reach).
    const int side = qMax(kDocumentMargin, (viewport()->width() - columnWidth()) / 2 + kDocumentMargin);
    QTextFrame *root = document()->rootFrame();
    QTextFrameFormat format = root->frameFormat();
    if (int(format.leftMargin()) == side && int(format.rightMargin()) == side)
        return;
    format.setLeftMargin(side);
    format.setRightMargin(side);
    root->setFrameFormat(format);
    layOutWhole();
}

void ArticleView::layOutWhole()
{
    // Lay the document out to its last block now, so the scroll range is the whole
    // article at once: Ctrl+End and the wheel reach the end right after it appears.
    const bool atEnd =
        verticalScrollBar()->value() > 0 && verticalScrollBar()->value() == verticalScrollBar()->maximum();
    document()->documentLayout()->blockBoundingRect(document()->lastBlock());
    if (atEnd)
        verticalScrollBar()->setValue(verticalScrollBar()->maximum());
}

QSize ArticleView::minimumSizeHint() const
{
    // A readable column of kMinimumColumnCharacters at the least, at 100% zoom: a
    // reader who zooms in trades characters per line for size, and the window
    // can still be as narrow as a laptop's screen.
    const QFontMetricsF metrics(document()->defaultFont());
    const int text =
        int(std::ceil(metrics.averageCharWidth() * (kMinimumColumnCharacters + 1) / qMax(1.0, m_style.zoom)));
    return QSize(text + 2 * kDocumentMargin + verticalScrollBar()->sizeHint().width() + 2 * frameWidth(),
                 QTextBrowser::minimumSizeHint().height());
}

int ArticleView::widthForCharacters(int characters) const
{
    const QFontMetricsF metrics(document()->defaultFont());
    return int(std::ceil(metrics.averageCharWidth() * (characters + 1))) + 2 * kDocumentMargin +
           verticalScrollBar()->sizeHint().width() + 2 * frameWidth();
}

void ArticleView::setReadingStyle(const ReadingStyle &style)
{
    m_style = style;
    QFont font = style.family.isEmpty() ? QApplication::font() : QFont(style.family);
    const qreal base =
        style.pointSize > 0 ? style.pointSize : qMax(11.0, QApplication::font().pointSizeF() * 1.15);
    font.setPointSizeF(qBound(6.0, base * style.zoom, 72.0));
    document()->setDefaultFont(font);
    if (m_article.id > 0) {
        const int top = topTextOffset();
        buildDocument();
        applyHighlights();
        scrollToTextOffset(top);
    } else {
        updateMargins();
    }
    updateGeometry();
}

} // namespace Gleaner
