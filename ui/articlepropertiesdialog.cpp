#include "articlepropertiesdialog.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QUrl>
#include <QVBoxLayout>

namespace Gleaner {

ArticlePropertiesDialog::ArticlePropertiesDialog(const ArticleProperties &p, QWidget *parent)
    : QDialog(parent), m_title(new QLineEdit(p.title, this)), m_hasDate(new QCheckBox(tr("Known"), this)),
      m_published(new QDateEdit(this)), m_url(new QLineEdit(p.url, this)),
      m_site(new QLineEdit(p.site, this)), m_error(new QLabel(this))
{
    setWindowTitle(tr("Article Properties"));
    resize(520, 0);
    m_published->setCalendarPopup(true);
    m_published->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_published->setDate(p.published.isValid() ? p.published : QDate::currentDate());
    m_hasDate->setChecked(p.published.isValid());
    m_published->setEnabled(p.published.isValid());
    connect(m_hasDate, &QCheckBox::toggled, m_published, &QWidget::setEnabled);
    m_error->setWordWrap(true);
    m_error->setTextFormat(Qt::PlainText);
    m_error->hide();
    auto *dateRow = new QHBoxLayout;
    dateRow->addWidget(m_hasDate);
    dateRow->addWidget(m_published, 1);
    auto *form = new QFormLayout;
    form->addRow(tr("&Title:"), m_title);
    // A row holding a layout gets no buddy from QFormLayout: its "&" would show.
    auto *published = new QLabel(tr("&Published:"), this);
    published->setBuddy(m_hasDate);
    form->addRow(published, dateRow);
    form->addRow(tr("&URL:"), m_url);
    form->addRow(tr("&Site:"), m_site);
    auto *hint =
        new QLabel(tr("Deadlines such as “within 18 months” are counted from the published date."), this);
    hint->setWordWrap(true);
    hint->setEnabled(false);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(hint);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
}

ArticleProperties ArticlePropertiesDialog::properties() const
{
    return {m_title->text().trimmed(), m_hasDate->isChecked() ? m_published->date() : QDate(),
            m_url->text().trimmed(), m_site->text().trimmed()};
}

void ArticlePropertiesDialog::accept()
{
    const ArticleProperties p = properties();
    QString problem;
    if (p.title.isEmpty())
        problem = tr("The title cannot be empty.");
    const QUrl url(p.url, QUrl::StrictMode);
    if (!p.url.isEmpty() && (!url.isValid() || url.scheme().isEmpty()))
        problem = tr("“%1” is not a full URL; write it as https://…").arg(p.url);
    if (!problem.isEmpty()) {
        m_error->setText(problem);
        m_error->show();
        return;
    }
    QDialog::accept();
}

} // namespace Gleaner
