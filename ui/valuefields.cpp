#include "valuefields.h"

#include "annotationpanel.h"
#include "services/annotationtext.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QLineEdit>

namespace Gleaner {

AmountFields::AmountFields(QWidget *parent)
    : amount(new QLineEdit(parent)), unit(new QLineEdit(parent)), qualifier(new QComboBox(parent))
{
    amount->setPlaceholderText(tr("e.g. 10000000000"));
    unit->setPlaceholderText(tr("USD, EUR, JPY… or a unit such as engineer"));
    qualifier->setEditable(true);
    // The qualifiers the recognizers write; any other may be typed.
    qualifier->addItems({QString(), QStringLiteral("up to"), QStringLiteral("about"),
                         QStringLiteral("nearly"), QStringLiteral("more than"), QStringLiteral("at least"),
                         QStringLiteral("less than")});
}

void AmountFields::addRows(QFormLayout *form) const
{
    form->addRow(tr("&Amount:"), amount);
    form->addRow(tr("&Currency or unit:"), unit);
    form->addRow(tr("&Qualifier:"), qualifier);
}

void AmountFields::setValues(const QString &value, const QString &currencyOrUnit,
                             const QString &qualifierText)
{
    amount->setText(value);
    amount->selectAll();
    unit->setText(currencyOrUnit);
    qualifier->setCurrentText(qualifierText);
}

bool AmountFields::apply(Annotation *a, QString *reason) const
{
    return AnnotationPanel::applyEdit(a, AnnotationPanel::ValueColumn, amount->text(), {}, reason) &&
           AnnotationPanel::applyEdit(a, AnnotationPanel::UnitColumn, unit->text(), {}, reason) &&
           AnnotationPanel::applyEdit(a, AnnotationPanel::QualifierColumn, qualifier->currentText(), {},
                                      reason);
}

DeadlineFields::DeadlineFields(QWidget *parent) : due(new QDateEdit(parent)), precision(new QComboBox(parent))
{
    due->setCalendarPopup(true);
    due->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    due->setDate(QDate::currentDate());
    for (DatePrecision p :
         {DatePrecision::Day, DatePrecision::Month, DatePrecision::Quarter, DatePrecision::Year})
        precision->addItem(AnnotationText::precision(p), int(p));
}

void DeadlineFields::addRows(QFormLayout *form) const
{
    form->addRow(tr("&Due:"), due);
    form->addRow(tr("P&recision:"), precision);
}

void DeadlineFields::setValues(const QDate &date, DatePrecision p)
{
    if (date.isValid())
        due->setDate(date);
    precision->setCurrentIndex(qMax(0, precision->findData(int(p))));
}

void DeadlineFields::apply(Annotation *a) const
{
    a->due = due->date();
    a->precision = DatePrecision(precision->currentData().toInt());
}

} // namespace Gleaner
