#pragma once

#include "util/annotation.h"
#include "valuefields.h"

#include <QDialog>

class QLabel;

namespace Gleaner {

// Asks for an amount's value, currency or unit, and qualifier, pre-filled from
// the selection ("$10 billion" → 10000000000 USD). Enter accepts.
class AmountDialog : public QDialog
{
    Q_OBJECT
public:
    AmountDialog(const QString &quote, QWidget *parent = nullptr);
    void setValues(const QString &amount, const QString &currencyOrUnit, const QString &qualifier);
    // Fills the amount fields of `annotation`; false with a reason shown if invalid.
    bool apply(Annotation *annotation, QString *reason) const;
    QLineEdit *amountEdit() const { return m_fields.amount; }

    void accept() override;

private:
    AmountFields m_fields;
    QLabel *m_error;
};

// Asks for a deadline's due date and precision, pre-filled from the selection
// resolved against the article's date ("by 2029" → 2029-12-31, year).
class DeadlineDialog : public QDialog
{
    Q_OBJECT
public:
    DeadlineDialog(const QString &quote, QWidget *parent = nullptr);
    void setValues(const QDate &due, DatePrecision precision);
    // The date and precision as chosen (see DeadlineFields).
    void apply(Annotation *annotation) const { m_fields.apply(annotation); }

private:
    DeadlineFields m_fields;
};

} // namespace Gleaner
