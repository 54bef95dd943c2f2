#include "inputdialogs.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QInputDialog>
#include <QKeyEvent>
#include <QLabel>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace Gleaner::InputDialogs {

namespace {
QString shown(QString label)
{
    return label.replace(QLatin1Char('&'), QLatin1String("&&"));
}

void plainLabel(QInputDialog &dialog)
{
    if (QLabel *label = dialog.findChild<QLabel *>())
        label->setTextFormat(Qt::PlainText);
}

// Ctrl+Enter in the note accepts its dialog.
class NoteEdit : public QPlainTextEdit
{
public:
    explicit NoteEdit(QDialog *dialog) : QPlainTextEdit(dialog), m_dialog(dialog)
    {
        setTabChangesFocus(true);
    }

protected:
    void keyPressEvent(QKeyEvent *event) override
    {
        if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) &&
            (event->modifiers() & Qt::ControlModifier)) {
            m_dialog->accept();
            return;
        }
        QPlainTextEdit::keyPressEvent(event);
    }

private:
    QDialog *m_dialog;
};
} // namespace

QString askText(QWidget *parent, const QString &title, const QString &label, const QString &value, bool *ok)
{
    QInputDialog dialog(parent);
    dialog.setWindowTitle(title);
    dialog.setLabelText(shown(label));
    dialog.setTextValue(value);
    plainLabel(dialog);
    *ok = dialog.exec() == QDialog::Accepted;
    return dialog.textValue();
}

QString askItem(QWidget *parent, const QString &title, const QString &label, const QStringList &items,
                bool *ok)
{
    QInputDialog dialog(parent);
    dialog.setWindowTitle(title);
    dialog.setLabelText(shown(label));
    dialog.setComboBoxItems(items);
    dialog.setComboBoxEditable(false);
    plainLabel(dialog);
    *ok = dialog.exec() == QDialog::Accepted;
    return dialog.textValue();
}

QString askNote(QWidget *parent, const QString &title, const QString &label, const QString &value, bool *ok)
{
    QDialog dialog(parent);
    dialog.setObjectName(QStringLiteral("noteDialog"));
    dialog.setWindowTitle(title);
    auto *text = new QLabel(label, &dialog);
    text->setTextFormat(Qt::PlainText);
    text->setWordWrap(true);
    auto *edit = new NoteEdit(&dialog);
    edit->setPlainText(value);
    edit->setPlaceholderText(QDialog::tr("Ctrl+Enter saves; Enter starts a new line"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    QObject::connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addWidget(text);
    layout->addWidget(edit);
    layout->addWidget(buttons);
    dialog.resize(460, 260);
    edit->setFocus();
    *ok = dialog.exec() == QDialog::Accepted;
    return edit->toPlainText();
}

} // namespace Gleaner::InputDialogs
