#include "tagdialogs.h"

#include "annotationpanel.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace Gleaner {

namespace {
QLabel *quoteLabel(const QString &quote, QWidget *parent)
{
    auto *label = new QLabel(QStringLiteral("“%1”").arg(quote.simplified().toHtmlEscaped()), parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::RichText);
    return label;
}

// The quote on top, then the form, an optional error line, and OK / Cancel.
void layOut(QDialog *dialog, const QString &quote, QFormLayout *form, QLabel *error)
{
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, dialog);
    QObject::connect(buttons, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(dialog);
    layout->addWidget(quoteLabel(quote, dialog));
    layout->addLayout(form);
    if (error)
        layout->addWidget(error);
    layout->addWidget(buttons);
}
} // namespace

AmountDialog::AmountDialog(const QString &quote, QWidget *parent)
    : QDialog(parent), m_amount(new QLineEdit(this)), m_unit(new QLineEdit(this)),
      m_qualifier(new QComboBox(this)), m_error(new QLabel(this))
{
    setWindowTitle(tr("Tag as Amount"));
    m_amount->setPlaceholderText(tr("e.g. 10000000000"));
    m_unit->setPlaceholderText(tr("USD, JPY… or a unit such as engineer"));
    m_qualifier->setEditable(true);
    m_qualifier->addItems({QString(), QStringLiteral("up to"), QStringLiteral("more than"),
                           QStringLiteral("about"), QStringLiteral("nearly"), QStringLiteral("at least")});
    m_error->setStyleSheet(QStringLiteral("color: palette(highlight);"));
    m_error->setWordWrap(true);
    m_error->hide();
    auto *form = new QFormLayout;
    form->addRow(tr("&Value:"), m_amount);
    form->addRow(tr("&Currency or unit:"), m_unit);
    form->addRow(tr("&Qualifier:"), m_qualifier);
    layOut(this, quote, form, m_error);
    m_amount->setFocus();
}

void AmountDialog::setValues(const QString &amount, const QString &currencyOrUnit, const QString &qualifier)
{
    m_amount->setText(amount);
    m_amount->selectAll();
    m_unit->setText(currencyOrUnit);
    m_qualifier->setCurrentText(qualifier);
}

bool AmountDialog::apply(Annotation *a, QString *reason) const
{
    return AnnotationPanel::applyEdit(a, AnnotationPanel::ValueColumn, m_amount->text(), {}, reason) &&
           AnnotationPanel::applyEdit(a, AnnotationPanel::UnitColumn, m_unit->text(), {}, reason) &&
           AnnotationPanel::applyEdit(a, AnnotationPanel::QualifierColumn, m_qualifier->currentText(), {},
                                      reason);
}

void AmountDialog::accept()
{
    Annotation probe;
    probe.kind = AnnotationKind::Amount;
    QString reason;
    if (!apply(&probe, &reason)) {
        m_error->setText(reason);
        m_error->show();
        m_amount->setFocus();
        return;
    }
    QDialog::accept();
}

DeadlineDialog::DeadlineDialog(const QString &quote, QWidget *parent)
    : QDialog(parent), m_due(new QDateEdit(this)), m_precision(new QComboBox(this))
{
    setWindowTitle(tr("Tag as Deadline"));
    m_due->setCalendarPopup(true);
    m_due->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_due->setDate(QDate::currentDate());
    m_precision->addItem(tr("Day"), int(DatePrecision::Day));
    m_precision->addItem(tr("Month"), int(DatePrecision::Month));
    m_precision->addItem(tr("Quarter"), int(DatePrecision::Quarter));
    m_precision->addItem(tr("Year"), int(DatePrecision::Year));
    auto *form = new QFormLayout;
    form->addRow(tr("&Due:"), m_due);
    form->addRow(tr("&Precision:"), m_precision);
    layOut(this, quote, form, nullptr);
    m_due->setFocus();
}

void DeadlineDialog::setValues(const QDate &due, DatePrecision precision)
{
    if (due.isValid())
        m_due->setDate(due);
    m_precision->setCurrentIndex(m_precision->findData(int(precision)));
}

void DeadlineDialog::apply(Annotation *a) const
{
    a->precision = DatePrecision(m_precision->currentData().toInt());
    a->due = endOfPeriod(m_due->date(), a->precision);
}

} // namespace Gleaner
