#include "feeddialogs.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QUrl>
#include <QVBoxLayout>

namespace Gleaner {

namespace {
QComboBox *folderCombo(const QStringList &folders, const QString &current, QWidget *parent)
{
    auto *combo = new QComboBox(parent);
    combo->setObjectName(QStringLiteral("folderField"));
    combo->setEditable(true);
    combo->addItem(QString());
    combo->addItems(folders);
    combo->setCurrentText(current);
    combo->setToolTip(QCoreApplication::translate(
        "Gleaner::SubscribeDialog", "A folder of the feeds pane; “Outer / Inner” nests one in another."));
    return combo;
}
} // namespace

SubscribeDialog::SubscribeDialog(const QStringList &folders, QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("Subscribe to a Feed"));
    auto *form = new QFormLayout;
    m_address = new QLineEdit(this);
    m_address->setObjectName(QStringLiteral("addressField"));
    m_address->setPlaceholderText(QStringLiteral("https://"));
    m_address->setMinimumWidth(m_address->fontMetrics().averageCharWidth() * 48);
    m_folder = folderCombo(folders, QString(), this);
    form->addRow(tr("&Address:"), m_address);
    form->addRow(tr("&Folder:"), m_folder);
    auto *hint =
        new QLabel(tr("The address of a feed (RSS, Atom or JSON Feed), or of a site: Gleaner finds the "
                      "feed the site names."),
                   this);
    hint->setWordWrap(true);
    auto *box = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    box->button(QDialogButtonBox::Ok)->setText(tr("&Subscribe"));
    box->button(QDialogButtonBox::Ok)->setEnabled(false);
    connect(m_address, &QLineEdit::textChanged, this,
            [this, box]() { box->button(QDialogButtonBox::Ok)->setEnabled(address().isValid()); });
    connect(box, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(box, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(hint);
    layout->addWidget(box);
}

QUrl SubscribeDialog::address() const
{
    const QString text = m_address->text().trimmed();
    if (text.isEmpty())
        return {};
    const QUrl url = QUrl::fromUserInput(text);
    return url.isValid() && !url.host().isEmpty() &&
                   (url.scheme() == QLatin1String("http") || url.scheme() == QLatin1String("https"))
               ? url
               : QUrl();
}

QString SubscribeDialog::folder() const
{
    return m_folder->currentText().simplified();
}

FeedPropertiesDialog::FeedPropertiesDialog(const Feed &feed, const QStringList &folders, QWidget *parent)
    : QDialog(parent), m_feed(feed)
{
    setWindowTitle(tr("Feed Properties"));
    auto *form = new QFormLayout;
    m_title = new QLineEdit(feed.title, this);
    m_title->setObjectName(QStringLiteral("titleField"));
    m_title->setPlaceholderText(feed.displayTitle());
    m_folder = folderCombo(folders, feed.folder, this);
    m_fullText = new QComboBox(this);
    m_fullText->setObjectName(QStringLiteral("fullTextField"));
    m_fullText->addItem(tr("The page’s text when the feed gives only a summary"),
                        int(FullTextMode::Automatic));
    m_fullText->addItem(tr("The feed’s text only"), int(FullTextMode::Summary));
    m_fullText->addItem(tr("Always the page’s text"), int(FullTextMode::FullText));
    m_fullText->setCurrentIndex(m_fullText->findData(int(feed.fullText)));
    m_minutes = new QSpinBox(this);
    m_minutes->setObjectName(QStringLiteral("refreshMinutesField"));
    m_minutes->setRange(5, 7 * 24 * 60);
    m_minutes->setSingleStep(15);
    m_minutes->setSuffix(tr(" min"));
    m_minutes->setValue(feed.refreshMinutes);
    auto *address = new QLabel(feed.url.toDisplayString(), this);
    address->setTextFormat(Qt::PlainText);
    address->setTextInteractionFlags(Qt::TextSelectableByMouse);
    form->addRow(tr("Address:"), address);
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("&Folder:"), m_folder);
    form->addRow(tr("Opened items show:"), m_fullText);
    form->addRow(tr("&Refresh every:"), m_minutes);
    if (!feed.lastError.isEmpty() && feed.failures > 0) {
        auto *error = new QLabel(
            tr("The last %n refresh(es) failed: %1", nullptr, feed.failures).arg(feed.lastError), this);
        error->setTextFormat(Qt::PlainText);
        error->setWordWrap(true);
        form->addRow(tr("Problem:"), error);
    }
    auto *box = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(box, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(box, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(box);
}

Feed FeedPropertiesDialog::feed() const
{
    Feed feed = m_feed;
    feed.title = m_title->text().simplified();
    feed.folder = m_folder->currentText().simplified();
    feed.fullText = FullTextMode(m_fullText->currentData().toInt());
    feed.refreshMinutes = m_minutes->value();
    return feed;
}

} // namespace Gleaner
