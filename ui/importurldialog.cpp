#include "importurldialog.h"

#include "network/fetchqueue.h"
#include "network/urlfetcher.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QStyle>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Gleaner {

ImportUrlDialog::ImportUrlDialog(const QList<QUrl> &urls, const FetchOptions &options, QWidget *parent)
    : QDialog(parent), m_urls(urls), m_fetcher(new UrlFetcher(options, this)),
      m_queue(new FetchQueue(m_fetcher, this)), m_items(new QTreeWidget(this)),
      m_progress(new QProgressBar(this)), m_summary(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Import URL"));
    resize(640, 320);
    m_items->setColumnCount(2);
    m_items->setHeaderLabels({tr("Address"), tr("Result")});
    m_items->setRootIsDecorated(false);
    m_items->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_items->header()->setSectionResizeMode(1, QHeaderView::Stretch);
    for (const QUrl &url : urls)
        new QTreeWidgetItem(m_items, {url.toDisplayString(), tr("Waiting")});
    m_progress->setRange(0, int(urls.size()));
    m_progress->setValue(0);
    m_summary->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_items, 1);
    layout->addWidget(m_progress);
    layout->addWidget(m_summary);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ImportUrlDialog::reject);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_queue, &FetchQueue::started, this, [this](int index, const QUrl &) {
        if (QTreeWidgetItem *item = m_items->topLevelItem(index))
            item->setText(1, tr("Fetching…"));
    });
    connect(m_queue, &FetchQueue::itemFinished, this, &ImportUrlDialog::onItemFinished);
    connect(m_queue, &FetchQueue::progress, m_progress,
            [this](int done, int) { m_progress->setValue(done); });
    connect(m_queue, &FetchQueue::allFinished, this, &ImportUrlDialog::onAllFinished);
}

ImportUrlDialog::~ImportUrlDialog()
{
    m_queue->cancelAll();
}

void ImportUrlDialog::showEvent(QShowEvent *event)
{
    QDialog::showEvent(event);
    if (!m_started) {
        m_started = true;
        m_queue->enqueue(m_urls);
    }
}

bool ImportUrlDialog::isRunning() const
{
    return m_queue->isRunning();
}

void ImportUrlDialog::cancel()
{
    m_queue->cancelAll();
}

void ImportUrlDialog::reject()
{
    if (m_queue->isRunning()) {
        cancel(); // the first Cancel stops the fetches; the dialog stays to show what happened
        return;
    }
    QDialog::reject();
}

void ImportUrlDialog::setItemResult(int index, bool ok, const QString &text)
{
    QTreeWidgetItem *item = m_items->topLevelItem(index);
    if (!item)
        return;
    item->setText(1, text);
    item->setToolTip(1, text);
    item->setIcon(1, style()->standardIcon(ok ? QStyle::SP_DialogApplyButton : QStyle::SP_MessageBoxWarning));
    ok ? ++m_succeeded : ++m_failed;
}

void ImportUrlDialog::onItemFinished(int index, const FetchResult &result)
{
    if (!result.ok()) {
        setItemResult(index, false, result.errorString);
        return;
    }
    if (QTreeWidgetItem *item = m_items->topLevelItem(index))
        item->setText(1, tr("Cleaning…"));
    Q_EMIT pageFetched(index, result);
}

void ImportUrlDialog::onAllFinished()
{
    m_done = true;
    m_summary->setText(tr("%1 imported, %2 failed.").arg(m_succeeded).arg(m_failed));
    m_buttons->setStandardButtons(QDialogButtonBox::Close);
    connect(m_buttons->button(QDialogButtonBox::Close), &QPushButton::clicked, this, &QDialog::accept);
    Q_EMIT allDone();
}

} // namespace Gleaner
