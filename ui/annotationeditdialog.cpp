#include "annotationeditdialog.h"

#include "annotationpanel.h"
#include "services/annotationtext.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace Gleaner {

AnnotationEditDialog::AnnotationEditDialog(const Annotation &annotation, const QVector<Pillar> &pillars,
                                           QWidget *parent)
    : QDialog(parent), m_annotation(annotation), m_pillars(pillars)
{
    setWindowTitle(tr("Edit %1").arg(AnnotationText::kind(annotation.kind)));
    auto *quote = new QLabel(QStringLiteral("“") + annotation.quote.simplified() + QStringLiteral("”"), this);
    quote->setTextFormat(Qt::PlainText); // page text, never markup
    quote->setWordWrap(true);
    auto *form = new QFormLayout;
    auto addRow = [&](const QString &label, QWidget *field) {
        auto *l = new QLabel(label, this);
        l->setBuddy(field);
        form->addRow(l, field);
    };
    if (annotation.kind == AnnotationKind::Amount) {
        m_amount = new QLineEdit(annotation.amount, this);
        m_unit = new QLineEdit(annotation.currency.isEmpty() ? annotation.unit : annotation.currency, this);
        m_unit->setPlaceholderText(tr("USD, EUR, JPY … or a unit such as engineer"));
        m_qualifier = new QComboBox(this);
        m_qualifier->setEditable(true);
        m_qualifier->addItems({QString(), QStringLiteral("up to"), QStringLiteral("about"),
                               QStringLiteral("more than"), QStringLiteral("at least"),
                               QStringLiteral("less than")});
        m_qualifier->setCurrentText(annotation.qualifier);
        addRow(tr("&Amount:"), m_amount);
        addRow(tr("&Currency or unit:"), m_unit);
        addRow(tr("&Qualifier:"), m_qualifier);
    }
    if (annotation.kind == AnnotationKind::Deadline) {
        m_due = new QDateEdit(annotation.due.isValid() ? annotation.due : QDate::currentDate(), this);
        m_due->setCalendarPopup(true);
        m_due->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        m_precision = new QComboBox(this);
        for (DatePrecision p :
             {DatePrecision::Day, DatePrecision::Month, DatePrecision::Quarter, DatePrecision::Year})
            m_precision->addItem(AnnotationText::precision(p), precisionName(p));
        m_precision->setCurrentIndex(qMax(0, m_precision->findData(precisionName(annotation.precision))));
        addRow(tr("&Due:"), m_due);
        addRow(tr("P&recision:"), m_precision);
    }
    m_pillar = new QComboBox(this);
    if (annotation.kind != AnnotationKind::Pillar)
        m_pillar->addItem(tr("(none)"), 0);
    for (const Pillar &p : pillars)
        m_pillar->addItem(p.name, p.id);
    m_pillar->setCurrentIndex(qMax(0, m_pillar->findData(annotation.pillarId)));
    addRow(tr("&Pillar:"), m_pillar);
    m_note = new QPlainTextEdit(annotation.note, this);
    m_note->setTabChangesFocus(true);
    m_note->setPlaceholderText(tr("Ctrl+Enter saves; Enter starts a new line"));
    m_note->installEventFilter(this);
    addRow(tr("&Note:"), m_note);
    m_error = new QLabel(this);
    m_error->setTextFormat(Qt::PlainText);
    m_error->setWordWrap(true);
    m_error->hide();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(quote);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    resize(480, sizeHint().height());
}

bool AnnotationEditDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_note && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) &&
            (key->modifiers() & Qt::ControlModifier)) {
            accept();
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

bool AnnotationEditDialog::result(Annotation *edited, QString *reason) const
{
    Annotation a = m_annotation;
    if (m_amount &&
        !(AnnotationPanel::applyEdit(&a, AnnotationPanel::ValueColumn, m_amount->text(), m_pillars, reason) &&
          AnnotationPanel::applyEdit(&a, AnnotationPanel::UnitColumn, m_unit->text(), m_pillars, reason) &&
          AnnotationPanel::applyEdit(&a, AnnotationPanel::QualifierColumn, m_qualifier->currentText(),
                                     m_pillars, reason)))
        return false;
    if (m_due) {
        a.due = m_due->date();
        precisionFromName(m_precision->currentData().toString(), &a.precision);
    }
    const QString pillar = m_pillar->currentData().toLongLong() > 0 ? m_pillar->currentText() : QString();
    if (!AnnotationPanel::applyEdit(&a, AnnotationPanel::PillarColumn, pillar, m_pillars, reason))
        return false;
    a.note = m_note->toPlainText();
    *edited = a;
    return true;
}

void AnnotationEditDialog::accept()
{
    Annotation a;
    QString reason;
    if (!result(&a, &reason)) {
        m_error->setText(reason);
        m_error->show();
        return;
    }
    QDialog::accept();
}

} // namespace Gleaner
