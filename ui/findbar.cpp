#include "findbar.h"

#include "articleview.h"

#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QStyle>
#include <QToolButton>

namespace Gleaner {

FindBar::FindBar(ArticleView *view, QWidget *parent)
    : QWidget(parent), m_view(view), m_field(new QLineEdit(this)), m_status(new QLabel(this)),
      m_previous(new QToolButton(this)), m_next(new QToolButton(this))
{
    setObjectName(QStringLiteral("findBar"));
    m_field->setObjectName(QStringLiteral("findField"));
    m_field->setPlaceholderText(tr("Find in the article"));
    m_field->setClearButtonEnabled(true);
    m_field->installEventFilter(this);
    m_previous->setArrowType(Qt::UpArrow);
    m_previous->setToolTip(tr("Previous (Shift+F3)"));
    m_next->setArrowType(Qt::DownArrow);
    m_next->setToolTip(tr("Next (F3)"));
    auto *closeButton = new QToolButton(this);
    closeButton->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    closeButton->setToolTip(tr("Close (Esc)"));
    closeButton->setAutoRaise(true);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 3, 6, 3);
    layout->addWidget(m_field, 1);
    layout->addWidget(m_status);
    layout->addWidget(m_previous);
    layout->addWidget(m_next);
    layout->addWidget(closeButton);
    connect(m_field, &QLineEdit::textChanged, this, &FindBar::search);
    connect(m_previous, &QToolButton::clicked, this, [this]() { next(true); });
    connect(m_next, &QToolButton::clicked, this, [this]() { next(false); });
    connect(closeButton, &QToolButton::clicked, this, &FindBar::close);
    hide();
}

void FindBar::open()
{
    const QString selected = m_view->textCursor().selectedText().simplified();
    show();
    if (!selected.isEmpty() && selected.size() < 80)
        m_field->setText(selected);
    else
        search(); // the article may have changed since the last search
    m_field->setFocus();
    m_field->selectAll();
}

void FindBar::search()
{
    m_view->setFindText(m_field->text());
    if (m_view->findHitCount() > 0)
        m_view->findNext();
    updateStatus();
}

void FindBar::next(bool backward)
{
    if (!isVisible()) {
        open();
        return;
    }
    m_view->findNext(backward);
    updateStatus();
}

void FindBar::articleChanged()
{
    if (!isVisible() || m_field->text().isEmpty())
        return;
    m_view->setFindText(m_field->text());
    updateStatus();
}

void FindBar::close()
{
    m_view->setFindText(QString());
    hide();
    m_view->setFocus();
}

QString FindBar::status() const
{
    return m_status->text();
}

void FindBar::updateStatus()
{
    const int count = m_view->findHitCount();
    if (m_field->text().isEmpty())
        m_status->clear();
    else if (count == 0)
        m_status->setText(tr("Not found"));
    else
        m_status->setText(tr("%1 of %2").arg(m_view->currentFindHit()).arg(count));
    m_previous->setEnabled(count > 0);
    m_next->setEnabled(count > 0);
}

bool FindBar::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_field && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Escape) {
            close();
            return true;
        }
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            next(key->modifiers() & Qt::ShiftModifier);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace Gleaner
