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
        m_amount.emplace(this);
        m_amount->setValues(annotation.amount,
                            annotation.currency.isEmpty() ? annotation.unit : annotation.currency,
                            annotation.qualifier);
        m_amount->addRows(form);
    }
    if (annotation.kind == AnnotationKind::Deadline) {
        m_deadline.emplace(this);
        m_deadline->setValues(annotation.due.isValid() ? annotation.due : QDate::currentDate(),
                              annotation.precision);
        m_deadline->addRows(form);
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
    if (m_amount && !m_amount->apply(&a, reason))
        return false;
    if (m_deadline)
        m_deadline->apply(&a);
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
