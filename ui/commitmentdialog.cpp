#include "commitmentdialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QRegularExpression>
#include <QSpinBox>
#include <QVBoxLayout>

namespace Gleaner {

CommitmentDialog::CommitmentDialog(const Commitment &commitment, const QVector<Pillar> &pillars,
                                   const QString &title, QWidget *parent, const QStringList &newPillars)
    : QDialog(parent), m_commitment(commitment), m_actor(new QLineEdit(this)),
      m_beneficiary(new QLineEdit(this)), m_amount(this), m_hasDue(new QCheckBox(tr("Due by"), this)),
      m_due(this), m_periodCount(new QSpinBox(this)), m_periodUnit(new QComboBox(this)),
      m_pillars(new QListWidget(this)), m_error(new QLabel(this))
{
    setWindowTitle(title);
    auto *layout = new QVBoxLayout(this);
    for (const CommitmentSource &s : commitment.sources) {
        auto *quote = new QLabel(QStringLiteral("“%1”").arg(s.quote.simplified()), this);
        quote->setWordWrap(true);
        quote->setTextFormat(Qt::PlainText); // page text, never markup
        layout->addWidget(quote);
    }
    auto *form = new QFormLayout;
    m_actor->setText(commitment.actor);
    m_actor->setPlaceholderText(tr("Who commits, e.g. Microsoft"));
    m_beneficiary->setText(commitment.beneficiary);
    m_beneficiary->setPlaceholderText(tr("To whom or where, e.g. Japan"));
    form->addRow(tr("&Actor:"), m_actor);
    form->addRow(tr("&To or where:"), m_beneficiary);
    m_amount.addRows(form);
    const CommitmentAmount first = commitment.amounts.value(0);
    m_amount.setValues(first.amount, first.currency.isEmpty() ? first.unit : first.currency, first.qualifier);
    m_hasDue->setChecked(commitment.due.isValid());
    form->addRow(m_hasDue);
    m_due.addRows(form);
    m_due.setValues(commitment.due.isValid() ? commitment.due : QDate::currentDate(), commitment.precision);
    const auto enableDue = [this](bool on) {
        m_due.due->setEnabled(on);
        m_due.precision->setEnabled(on);
    };
    enableDue(m_hasDue->isChecked());
    connect(m_hasDue, &QCheckBox::toggled, this, enableDue);
    // The period: a number of years, months, weeks or days (ISO 8601 "P4Y").
    m_periodCount->setRange(0, 999);
    m_periodCount->setSpecialValueText(tr("none"));
    m_periodUnit->addItem(tr("years"), QStringLiteral("Y"));
    m_periodUnit->addItem(tr("months"), QStringLiteral("M"));
    m_periodUnit->addItem(tr("weeks"), QStringLiteral("W"));
    m_periodUnit->addItem(tr("days"), QStringLiteral("D"));
    static const QRegularExpression period(QStringLiteral("^P(\\d+)([YMWD])$"));
    if (const QRegularExpressionMatch m = period.match(commitment.period); m.hasMatch()) {
        m_periodCount->setValue(m.captured(1).toInt());
        m_periodUnit->setCurrentIndex(m_periodUnit->findData(m.captured(2)));
    }
    auto *periodRow = new QHBoxLayout;
    periodRow->addWidget(m_periodCount);
    periodRow->addWidget(m_periodUnit, 1);
    form->addRow(tr("&Over:"), periodRow);
    for (const Pillar &p : pillars) {
        auto *item = new QListWidgetItem(p.name, m_pillars);
        item->setData(Qt::UserRole, p.id);
        item->setCheckState(commitment.pillarIds.contains(p.id) ? Qt::Checked : Qt::Unchecked);
    }
    for (const QString &name : newPillars) {
        auto *item = new QListWidgetItem(tr("%1 (new)").arg(name), m_pillars);
        item->setData(Qt::UserRole, 0);
        item->setData(Qt::UserRole + 1, name);
        item->setCheckState(Qt::Checked);
    }
    m_pillars->setMaximumHeight(120);
    form->addRow(tr("&Pillars:"), m_pillars);
    layout->addLayout(form);
    m_error->setWordWrap(true);
    m_error->setTextFormat(Qt::PlainText);
    m_error->setStyleSheet(QStringLiteral("color: palette(highlight);"));
    m_error->hide();
    layout->addWidget(m_error);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    m_actor->setFocus();
}

bool CommitmentDialog::result(Commitment *out, QStringList *newPillars) const
{
    Commitment c = m_commitment;
    c.actor = m_actor->text().simplified();
    c.beneficiary = m_beneficiary->text().simplified();
    if (c.actor.isEmpty()) {
        m_error->setText(tr("Say who commits: a company, a government or a person."));
        m_error->show();
        return false;
    }
    if (!m_amount.amount->text().trimmed().isEmpty()) {
        Annotation probe;
        probe.kind = AnnotationKind::Amount;
        QString reason;
        if (!m_amount.apply(&probe, &reason)) {
            m_error->setText(reason);
            m_error->show();
            return false;
        }
        const CommitmentAmount edited{probe.amount, probe.currency, probe.unit, probe.qualifier};
        if (c.amounts.isEmpty())
            c.amounts << edited;
        else
            c.amounts[0] = edited;
    } else if (!c.amounts.isEmpty()) {
        c.amounts.removeFirst();
    }
    if (m_hasDue->isChecked()) {
        Annotation probe;
        m_due.apply(&probe);
        c.due = probe.due;
        c.precision = probe.precision;
    } else {
        c.due = {};
    }
    c.period =
        m_periodCount->value() > 0
            ? QStringLiteral("P%1%2").arg(m_periodCount->value()).arg(m_periodUnit->currentData().toString())
            : QString();
    c.pillarIds.clear();
    c.pillarNames.clear();
    for (int i = 0; i < m_pillars->count(); ++i) {
        const QListWidgetItem *item = m_pillars->item(i);
        if (item->checkState() != Qt::Checked)
            continue;
        if (const qint64 id = item->data(Qt::UserRole).toLongLong(); id > 0) {
            c.pillarIds << id;
            c.pillarNames << item->text();
        } else if (newPillars) {
            *newPillars << item->data(Qt::UserRole + 1).toString();
        }
    }
    *out = c;
    return true;
}

void CommitmentDialog::accept()
{
    Commitment c;
    if (result(&c))
        QDialog::accept();
}

} // namespace Gleaner
