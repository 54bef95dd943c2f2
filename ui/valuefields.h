#pragma once

#include "util/annotation.h"

#include <QCoreApplication>

class QComboBox;
class QDateEdit;
class QFormLayout;
class QLineEdit;
class QWidget;

namespace Gleaner {

// The fields of an amount: value, currency or unit, qualifier. The tagging and
// the editing dialogs use the same ones, so they read and check alike.
struct AmountFields
{
    Q_DECLARE_TR_FUNCTIONS(Gleaner::AmountFields)

public:
    explicit AmountFields(QWidget *parent);
    void addRows(QFormLayout *form) const;
    void setValues(const QString &amount, const QString &currencyOrUnit, const QString &qualifier);
    // Fills the amount fields of `annotation`; false with the reason if a field is not acceptable.
    bool apply(Annotation *annotation, QString *reason) const;

    QLineEdit *amount;
    QLineEdit *unit;
    QComboBox *qualifier;
};

// The fields of a deadline: due date and precision. The date is kept as chosen:
// one that is not the last day of its period is kept by day, and the window says
// so (AnnotationText::keptByDay).
struct DeadlineFields
{
    Q_DECLARE_TR_FUNCTIONS(Gleaner::DeadlineFields)

public:
    explicit DeadlineFields(QWidget *parent);
    void addRows(QFormLayout *form) const;
    void setValues(const QDate &due, DatePrecision precision);
    void apply(Annotation *annotation) const;

    QDateEdit *due;
    QComboBox *precision;
};

} // namespace Gleaner
