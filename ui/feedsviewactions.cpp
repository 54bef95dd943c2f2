// FeedsView: subscribing, refreshing, marking, the feeds' settings and OPML files.
#include "feeddialogs.h"
#include "feeditemsmodel.h"
#include "feedsview.h"
#include "library/librarystore.h"
#include "network/fetchoptions.h"
#include "services/feedopml.h"
#include "services/feedrefresher.h"
#include "services/feedsubscriber.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QSaveFile>
#include <QStandardItemModel>
#include <QTreeView>

namespace Gleaner {

namespace {
QStringList folderNames(const LibraryStore *store)
{
    QStringList folders;
    if (const auto feeds = store->feeds().list()) {
        for (const Feed &feed : *feeds) {
            if (!feed.folder.isEmpty() && !folders.contains(feed.folder))
                folders.append(feed.folder);
        }
    }
    folders.sort(Qt::CaseInsensitive);
    return folders;
}
} // namespace

void FeedsView::subscribeDialog()
{
    if (!writable())
        return;
    SubscribeDialog dialog(folderNames(m_store), this);
    if (dialog.exec() == QDialog::Accepted)
        subscribe(dialog.address(), dialog.folder());
}

void FeedsView::subscribe(const QUrl &address, const QString &folder)
{
    if (!writable())
        return;
    auto *subscriber = new FeedSubscriber(m_store, this);
    m_subscribers.append(subscriber);
    subscriber->setKeepDays(m_keepDays);
    subscriber->setFetchOptions(m_fetchOptions);
    auto *progress = new QProgressDialog(this);
    progress->setLabelText(tr("Looking for a feed at %1…").arg(address.toDisplayString()));
    progress->setRange(0, 0);
    progress->setWindowModality(Qt::WindowModal);
    progress->setMinimumDuration(500);
    progress->setValue(0);
    connect(progress, &QProgressDialog::canceled, subscriber, &FeedSubscriber::cancel);
    connect(subscriber, &QObject::destroyed, progress, &QObject::deleteLater);
    connect(subscriber, &FeedSubscriber::statusChanged, progress, &QProgressDialog::setLabelText);
    connect(subscriber, &FeedSubscriber::finished, this,
            [this, subscriber, progress](const FeedSubscriber::Outcome &o) {
                progress->reset();
                progress->deleteLater();
                subscriber->deleteLater();
                if (!o.ok) {
                    Q_EMIT errorOccurred(tr("Could not subscribe: %1").arg(o.error));
                    return;
                }
                libraryChanged();
                selectFeed(o.feedId);
                Q_EMIT statusMessage(
                    o.alreadySubscribed
                        ? tr("Already subscribed to “%1”.").arg(o.title)
                        : tr("Subscribed to “%1”: %n item(s).", nullptr, o.items).arg(o.title));
                Q_EMIT subscribed(o.feedId);
            });
    m_subscribe->setEnabled(false);
    connect(subscriber, &FeedSubscriber::finished, m_subscribe, [this]() { m_subscribe->setEnabled(true); });
    subscriber->subscribe(address, folder);
}

void FeedsView::refreshAll()
{
    if (writable() && m_refresher && m_refresher->refresh() == 0 && !isRefreshing())
        Q_EMIT statusMessage(tr("There are no feeds to refresh. Subscribe to one first."));
}

void FeedsView::refreshSelectedFeed()
{
    const qint64 id = selectedFeedId();
    if (writable() && m_refresher && id > 0)
        m_refresher->refresh({id});
}

void FeedsView::cancelRefresh()
{
    if (m_refresher)
        m_refresher->cancel();
}

void FeedsView::markAllRead()
{
    if (!writable())
        return;
    if (!m_store->feeds().markAllRead(m_model->filter())) {
        Q_EMIT errorOccurred(m_store->lastError().message);
        return;
    }
    libraryChanged();
}

bool FeedsView::importOpml(const QString &path)
{
    if (!writable())
        return false;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        Q_EMIT errorOccurred(tr("Cannot read “%1”: %2").arg(QFileInfo(path).fileName(), file.errorString()));
        return false;
    }
    const FeedOpml::ImportResult result = FeedOpml::import(m_store, file.read(4 * 1024 * 1024));
    if (!result.ok) {
        Q_EMIT errorOccurred(tr("Could not import the subscriptions in “%1”: %2")
                                 .arg(QFileInfo(path).fileName(), result.error));
        return false;
    }
    libraryChanged();
    if (!result.error.isEmpty())
        Q_EMIT errorOccurred(result.summary() + u' ' + result.error);
    else
        Q_EMIT statusMessage(result.summary());
    if (result.added > 0)
        m_refresher->refresh({}, true);
    return true;
}

bool FeedsView::exportOpml(const QString &path)
{
    if (!m_store || !m_store->isOpen())
        return false;
    QByteArray data;
    QString error;
    if (!FeedOpml::exportTo(*m_store, QFileInfo(m_store->path()).completeBaseName(), &data, &error)) {
        Q_EMIT errorOccurred(error);
        return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit()) {
        Q_EMIT errorOccurred(tr("Could not save “%1”: %2. Choose a folder you can write to.")
                                 .arg(QFileInfo(path).fileName(), file.errorString()));
        return false;
    }
    Q_EMIT statusMessage(tr("Saved the subscriptions to “%1”.").arg(QFileInfo(path).fileName()));
    return true;
}

void FeedsView::importOpmlDialog()
{
    const QString filter = tr("OPML files (*.opml *.xml);;All files (*)");
    const QString path =
        m_chooseFile ? m_chooseFile(false, tr("Import Subscriptions"), filter)
                     : QFileDialog::getOpenFileName(this, tr("Import Subscriptions"), QString(), filter);
    if (!path.isEmpty())
        importOpml(path);
}

void FeedsView::exportOpmlDialog()
{
    const QString filter = tr("OPML files (*.opml)");
    const QString path = m_chooseFile
                             ? m_chooseFile(true, tr("Export Subscriptions"), filter)
                             : QFileDialog::getSaveFileName(this, tr("Export Subscriptions"),
                                                            QStringLiteral("subscriptions.opml"), filter);
    if (!path.isEmpty())
        exportOpml(path);
}

void FeedsView::editSelectedFeed()
{
    const qint64 id = selectedFeedId();
    if (!writable() || id == 0)
        return;
    const std::optional<Feed> feed = m_store->feeds().get(id);
    if (!feed) {
        Q_EMIT errorOccurred(m_store->lastError().message);
        return;
    }
    FeedPropertiesDialog dialog(*feed, folderNames(m_store), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (!m_store->feeds().updateSettings(dialog.feed()))
        Q_EMIT errorOccurred(m_store->lastError().message);
    libraryChanged();
}

bool FeedsView::removeSelectedFeed()
{
    const qint64 id = selectedFeedId();
    if (!writable() || id == 0)
        return false;
    const std::optional<Feed> feed = m_store->feeds().get(id);
    if (!feed)
        return false;
    const QString question =
        tr("Unsubscribe from “%1”? Its items go too; the articles made from them stay in "
           "the library with their annotations.")
            .arg(feed->displayTitle());
    const bool yes = m_confirm ? m_confirm(question)
                               : QMessageBox::question(this, tr("Unsubscribe"), question) == QMessageBox::Yes;
    if (!yes)
        return false;
    if (!m_store->feeds().remove(id)) {
        Q_EMIT errorOccurred(m_store->lastError().message);
        return false;
    }
    libraryChanged();
    Q_EMIT statusMessage(tr("Unsubscribed from “%1”.").arg(feed->displayTitle()));
    return true;
}

} // namespace Gleaner
