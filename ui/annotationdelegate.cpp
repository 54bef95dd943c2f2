#include "annotationdelegate.h"

#include <QApplication>
#include <QIcon>
#include <QPainter>
#include <QTextLayout>
#include <QTreeView>

#include <cmath>

namespace Gleaner {

namespace {
constexpr int kPadding = 6;
constexpr int kAccentWidth = 4;
constexpr int kMaxQuoteLines = 4;

// Lays `text` out in `width`, returning its height; draws it at `origin` when a
// painter is given. At most `maxLines` lines, the last one elided.
qreal layOut(const QString &text, const QFont &font, qreal width, int maxLines, QPainter *painter = nullptr,
             QPointF origin = {}, const QColor &color = {})
{
    if (text.isEmpty())
        return 0;
    QTextLayout layout(text, font);
    QTextOption option;
    option.setWrapMode(QTextOption::WordWrap);
    layout.setTextOption(option);
    layout.beginLayout();
    qreal height = 0;
    const QFontMetricsF metrics(font);
    QVector<QTextLine> lines;
    for (;;) {
        QTextLine line = layout.createLine();
        if (!line.isValid())
            break;
        line.setLineWidth(width);
        line.setPosition(QPointF(0, height));
        height += line.height();
        lines << line;
        if (lines.size() == maxLines)
            break;
    }
    layout.endLayout();
    if (painter) {
        painter->save();
        painter->setPen(color);
        painter->setFont(font);
        for (int i = 0; i < lines.size(); ++i) {
            const QTextLine &line = lines.at(i);
            const bool last = i == lines.size() - 1 && line.textStart() + line.textLength() < text.size();
            if (last) {
                const QString rest = text.mid(line.textStart());
                painter->drawText(origin + line.position() + QPointF(0, metrics.ascent()),
                                  metrics.elidedText(rest.simplified(), Qt::ElideRight, width));
            } else {
                line.draw(painter, origin);
            }
        }
        painter->restore();
    }
    return height;
}
} // namespace

AnnotationDelegate::AnnotationDelegate(QTreeView *view) : QStyledItemDelegate(view), m_view(view) {}

int AnnotationDelegate::textWidth(const QModelIndex &index) const
{
    int depth = 0;
    for (QModelIndex p = index.parent(); p.isValid(); p = p.parent())
        ++depth;
    const int indent =
        m_view->rootIsDecorated() ? m_view->indentation() * (depth + 1) : m_view->indentation() * depth;
    return qMax(80, m_view->viewport()->width() - indent - 2 * kPadding - kAccentWidth - 4);
}

QVector<AnnotationDelegate::Line> AnnotationDelegate::lines(const QStyleOptionViewItem &option,
                                                            const QModelIndex &index) const
{
    const QPalette &palette = option.palette;
    const bool selected = option.state & QStyle::State_Selected;
    const QColor text = palette.color(selected ? QPalette::HighlightedText : QPalette::Text);
    QColor muted = selected ? text : palette.color(QPalette::PlaceholderText);
    QFont quoteFont = option.font;
    quoteFont.setItalic(index.data(SuggestionRole).toBool());
    QFont strong = option.font;
    strong.setWeight(QFont::DemiBold);
    QFont small = option.font;
    small.setPointSizeF(option.font.pointSizeF() * 0.92);
    QVector<Line> result;
    const QString quote = index.data(Qt::DisplayRole).toString();
    result << Line{QStringLiteral("“") + quote + QStringLiteral("”"), quoteFont, text};
    QString value = index.data(ValueTextRole).toString();
    const QString kind = index.data(KindTextRole).toString();
    if (!kind.isEmpty())
        value = value.isEmpty() ? kind : kind + QStringLiteral(" · ") + value;
    if (!value.isEmpty())
        result << Line{value, strong, text};
    if (const QString detail = index.data(DetailTextRole).toString(); !detail.isEmpty())
        result << Line{detail, small, muted};
    if (const QString note = index.data(NoteTextRole).toString(); !note.isEmpty())
        result << Line{note, option.font, text};
    if (const QString hint = index.data(HintTextRole).toString(); !hint.isEmpty())
        result << Line{hint, small, muted};
    return result;
}

QSize AnnotationDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    if (!index.parent().isValid()) // a section heading
        return QStyledItemDelegate::sizeHint(option, index) + QSize(0, 6);
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const int width = textWidth(index);
    qreal height = 2 * kPadding;
    const QVector<Line> content = lines(opt, index);
    for (int i = 0; i < content.size(); ++i)
        height +=
            layOut(content.at(i).text, content.at(i).font, width, i == 0 ? kMaxQuoteLines : 6) + (i ? 2 : 0);
    return QSize(width, int(std::ceil(height)));
}

void AnnotationDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                               const QModelIndex &index) const
{
    if (!index.parent().isValid()) {
        QStyleOptionViewItem opt = option;
        opt.font.setBold(true);
        QStyledItemDelegate::paint(painter, opt, index);
        return;
    }
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    // The background (selection, hover, focus) the style draws for any item.
    opt.text.clear();
    opt.icon = QIcon();
    QStyle *style = opt.widget ? opt.widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);
    const QRect r = option.rect;
    const QColor accent = index.data(AccentRole).value<QColor>();
    if (accent.isValid())
        painter->fillRect(QRect(r.left() + 1, r.top() + 3, kAccentWidth, r.height() - 6), accent);
    const int width = textWidth(index);
    qreal y = r.top() + kPadding;
    const QVector<Line> content = lines(opt, index);
    for (int i = 0; i < content.size(); ++i) {
        const Line &line = content.at(i);
        y += (i ? 2 : 0);
        y += layOut(line.text, line.font, width, i == 0 ? kMaxQuoteLines : 6, painter,
                    QPointF(r.left() + kAccentWidth + kPadding + 2, y), line.color);
    }
}

} // namespace Gleaner
