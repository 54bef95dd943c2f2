#pragma once

#include "library/article.h"
#include "services/proposals.h"
#include "util/annotation.h"

#include <QTreeWidget>

namespace Gleaner {

// The side panel: the article's annotations in sections (Pillars, Amounts,
// Deadlines, Notes) and Gleaner's proposals (Suggestions), each drawn as a card
// that reads top to bottom (AnnotationDelegate). Double-click, F2 or Enter on an
// annotation opens AnnotationEditDialog; Delete removes it. On a suggestion,
// Enter accepts, Delete rejects and K switches the kind.
//
// The columns after the first are hidden: they hold each field's stored value,
// and setting one (setText) edits that field, as the dialog does.
class AnnotationPanel : public QTreeWidget
{
    Q_OBJECT
public:
    enum Column {
        QuoteColumn,
        ValueColumn,
        UnitColumn,
        QualifierColumn,
        PillarColumn,
        NoteColumn,
        ColumnCount
    };
    enum Section {
        PillarSection,
        AmountSection,
        DeadlineSection,
        NoteSection,
        SuggestionSection,
        SectionCount
    };
    enum Role { AnnotationIdRole = Qt::UserRole + 1, ProposalIndexRole };

    explicit AnnotationPanel(QWidget *parent = nullptr);

    void setContent(const QVector<Annotation> &annotations, const QVector<Proposal> &proposals,
                    const QVector<Pillar> &pillars);
    void selectAnnotation(qint64 id);
    // Who the user is in the library: others' annotations say who made them.
    void setOwnAuthor(const QString &author) { m_ownAuthor = author; }
    // Opens the edit dialog for the annotation; emits editRequested when it is accepted.
    void editAnnotation(qint64 id);
    void selectProposal(int index);
    qint64 currentAnnotationId() const;
    int currentProposalIndex() const;
    QTreeWidgetItem *sectionItem(Section section) const { return topLevelItem(section); }
    QTreeWidgetItem *itemForAnnotation(qint64 id) const;
    const QVector<Pillar> &pillars() const { return m_pillars; }

    // Applies an edit of `column` to a copy of `annotation`; false with a reason if the text is not
    // acceptable.
    static bool applyEdit(Annotation *annotation, int column, const QString &text,
                          const QVector<Pillar> &pillars, QString *reason);

Q_SIGNALS:
    void annotationSelected(qint64 id);
    void proposalSelected(int index);
    void editRequested(const Annotation &before, const Annotation &after);
    void editRefused(const QString &reason);
    void deleteRequested(qint64 id);
    void acceptRequested(int proposalIndex);
    void rejectRequested(int proposalIndex);
    void switchKindRequested(int proposalIndex);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    QString m_ownAuthor;
    void onItemChanged(QTreeWidgetItem *item, int column);
    void fillRow(QTreeWidgetItem *item, const Annotation &annotation);

    QVector<Annotation> m_annotations;
    QVector<Pillar> m_pillars;
    bool m_filling = false;
};

} // namespace Gleaner
