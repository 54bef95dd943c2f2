#pragma once

#include "library/article.h"
#include "util/annotation.h"
#include "valuefields.h"

#include <QDialog>

#include <optional>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace Gleaner {

// Edits every field of one annotation in one place: its value (amount, currency
// or unit, qualifier; or due date and precision), its pillar and its note. Opened
// by double-click, F2 or Enter on an annotation in the panel. Ctrl+Enter accepts
// from anywhere in it; Enter in the note starts a new line; Tab moves on.
class AnnotationEditDialog : public QDialog
{
    Q_OBJECT
public:
    AnnotationEditDialog(const Annotation &annotation, const QVector<Pillar> &pillars,
                         QWidget *parent = nullptr);
    // The annotation with the edits applied; false with the reason when a field is not acceptable.
    bool result(Annotation *edited, QString *reason) const;

    QLineEdit *amountEdit() const { return m_amount ? m_amount->amount : nullptr; }
    QLineEdit *unitEdit() const { return m_amount ? m_amount->unit : nullptr; }
    QDateEdit *dueEdit() const { return m_deadline ? m_deadline->due : nullptr; }
    QComboBox *precisionBox() const { return m_deadline ? m_deadline->precision : nullptr; }
    QComboBox *pillarBox() const { return m_pillar; }
    QPlainTextEdit *noteEdit() const { return m_note; }

    void accept() override;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    Annotation m_annotation;
    QVector<Pillar> m_pillars;
    std::optional<AmountFields> m_amount;
    std::optional<DeadlineFields> m_deadline;
    QComboBox *m_pillar = nullptr;
    QPlainTextEdit *m_note = nullptr;
    QLabel *m_error = nullptr;
};

} // namespace Gleaner
