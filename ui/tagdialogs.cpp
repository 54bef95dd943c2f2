#include "tagdialogs.h"

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
    auto *label = new QLabel(QStringLiteral("“%1”").arg(quote.simplified()), parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText); // page text, never markup
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
    : QDialog(parent), m_fields(this), m_error(new QLabel(this))
{
    setWindowTitle(tr("Tag as Amount"));
    m_error->setStyleSheet(QStringLiteral("color: palette(highlight);"));
    m_error->setWordWrap(true);
    m_error->hide();
    auto *form = new QFormLayout;
    m_fields.addRows(form);
    layOut(this, quote, form, m_error);
    m_fields.amount->setFocus();
}

void AmountDialog::setValues(const QString &amount, const QString &currencyOrUnit, const QString &qualifier)
{
    m_fields.setValues(amount, currencyOrUnit, qualifier);
}

bool AmountDialog::apply(Annotation *a, QString *reason) const
{
    return m_fields.apply(a, reason);
}

void AmountDialog::accept()
{
    Annotation probe;
    probe.kind = AnnotationKind::Amount;
    QString reason;
    if (!apply(&probe, &reason)) {
        m_error->setText(reason);
        m_error->show();
        m_fields.amount->setFocus();
        return;
    }
    QDialog::accept();
}

DeadlineDialog::DeadlineDialog(const QString &quote, QWidget *parent) : QDialog(parent), m_fields(this)
{
    setWindowTitle(tr("Tag as Deadline"));
    auto *form = new QFormLayout;
    m_fields.addRows(form);
    layOut(this, quote, form, nullptr);
    m_fields.due->setFocus();
}

void DeadlineDialog::setValues(const QDate &due, DatePrecision precision)
{
    m_fields.setValues(due, precision);
}

} // namespace Gleaner
