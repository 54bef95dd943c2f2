#pragma once

#include <QStyledItemDelegate>

class QTreeView;

namespace Gleaner {

// Draws each annotation of the panel as a small card that reads top to bottom:
// the quote, then its value as a person reads it ("USD 10,000,000,000",
// "end of 2029"), the pillar it belongs to, and the note under it, all wrapped to
// the panel's width. Suggestions read the same, in italics, with the keys that
// act on them. Section rows ("Amounts (3)") are drawn as headings.
class AnnotationDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    enum Role {
        KindTextRole = Qt::UserRole + 20, // "Amount", "Amount suggestion"
        ValueTextRole,                    // the formatted value line
        DetailTextRole,                   // "Pillar: AI Infrastructure"
        NoteTextRole,                     // the note
        HintTextRole,                     // the keys that act on a suggestion
        AccentRole,                       // QColor of the bar on the left
        SuggestionRole,                   // bool
    };

    explicit AnnotationDelegate(QTreeView *view);
    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    struct Line
    {
        QString text;
        QFont font;
        QColor color;
    };
    QVector<Line> lines(const QStyleOptionViewItem &option, const QModelIndex &index) const;
    int textWidth(const QModelIndex &index) const;
    QTreeView *m_view;
};

} // namespace Gleaner
