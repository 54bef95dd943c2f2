// MainWindow: the Feeds tab, and opening a feed item as an article.
#include "backgroundtask.h"
#include "feedsview.h"
#include "mainwindow.h"
#include "network/fetchjob.h"
#include "network/urlfetcher.h"
#include "services/feedarticles.h"
#include "settings.h"

#include <QAction>
#include <QEventLoop>
#include <QInputDialog>
#include <QProgressBar>
#include <QProgressDialog>
#include <QStatusBar>
#include <QTabWidget>
#include <QToolButton>

namespace Gleaner {

void MainWindow::setupFeeds()
{
    m_feedsView = new FeedsView(this);
    m_feedsView->setObjectName(QStringLiteral("feedsView"));
    m_feedsView->setKeepDays(m_settings->feedKeepDays());
    FetchOptions options;
    options.timeoutMs = m_settings->fetchTimeoutSeconds() * 1000;
    options.maxBytes = m_settings->fetchMaxBytes();
    m_feedsView->setFetchOptions(options);
    m_tabs->addTab(m_feedsView, tr("Feeds"));
    m_feedsView->setFileChooser([this](bool save, const QString &caption, const QString &filter) {
        return save ? chooseFiles(FileRequest::SaveReplacing, caption,
                                  besideLibrary(QStringLiteral("subscriptions.opml")), filter)
                          .value(0)
                    : chooseFiles(FileRequest::Open, caption, QString(), filter).value(0);
    });
    m_feedsView->setConfirmer([this](const QString &question) { return confirm(question); });
    connect(m_feedsView, &FeedsView::openRequested, this, &MainWindow::openFeedItem);
    connect(m_feedsView, &FeedsView::errorOccurred, this, &MainWindow::showError);
    connect(m_feedsView, &FeedsView::statusMessage, this, &MainWindow::showStatus);

    // A refresh in the background shows in the status bar, with its Cancel.
    auto *progress = new QProgressBar(this);
    progress->setObjectName(QStringLiteral("feedRefreshProgress"));
    progress->setMaximumWidth(160);
    progress->setFormat(tr("Feeds %v/%m"));
    auto *cancel = new QToolButton(this);
    cancel->setObjectName(QStringLiteral("feedRefreshCancel"));
    cancel->setText(tr("Cancel"));
    cancel->setToolTip(tr("Stop refreshing the feeds"));
    connect(cancel, &QToolButton::clicked, m_feedsView, &FeedsView::cancelRefresh);
    statusBar()->addPermanentWidget(progress);
    statusBar()->addPermanentWidget(cancel);
    progress->hide();
    cancel->hide();
    connect(m_feedsView, &FeedsView::refreshProgress, this, [progress, cancel](int done, int total) {
        progress->setVisible(total > 0);
        cancel->setVisible(total > 0);
        progress->setRange(0, qMax(1, total));
        progress->setValue(done);
    });

    const auto make = [this](const char *name, const QString &text, const QKeySequence &key) {
        return addWindowAction(name, text, key);
    };
    connect(make("showFeeds", tr("F&eeds"), QKeySequence(tr("Ctrl+3"))), &QAction::triggered, this,
            [this]() { m_tabs->setCurrentIndex(m_tabs->indexOf(m_feedsView)); });
    connect(make("subscribeFeed", tr("&Subscribe to Feed…"), QKeySequence()), &QAction::triggered, this,
            [this]() {
                m_tabs->setCurrentIndex(m_tabs->indexOf(m_feedsView));
                m_feedsView->subscribeDialog();
            });
    connect(make("refreshFeeds", tr("&Refresh All Feeds"), QKeySequence(tr("Ctrl+Shift+R"))),
            &QAction::triggered, m_feedsView, &FeedsView::refreshAll);
    connect(make("importOpml", tr("&Import Subscriptions…"), QKeySequence()), &QAction::triggered,
            m_feedsView, &FeedsView::importOpmlDialog);
    connect(make("exportOpml", tr("&Export Subscriptions…"), QKeySequence()), &QAction::triggered,
            m_feedsView, &FeedsView::exportOpmlDialog);
    connect(make("feedRetention", tr("&Keep Unopened Items…"), QKeySequence()), &QAction::triggered, this,
            [this]() {
                bool ok = false;
                const int days = QInputDialog::getInt(this, tr("Keep Unopened Items"),
                                                      tr("Feed items older than this many days are removed "
                                                         "after a refresh, unless you opened or starred "
                                                         "them (0 keeps every item):"),
                                                      m_settings->feedKeepDays(), 0, 3650, 1, &ok);
                if (!ok)
                    return;
                m_settings->setFeedKeepDays(days);
                m_feedsView->setKeepDays(days);
            });
}

FetchResult MainWindow::fetchPage(const QUrl &url, bool *cancelled)
{
    FetchOptions options;
    options.timeoutMs = m_settings->fetchTimeoutSeconds() * 1000;
    options.maxBytes = m_settings->fetchMaxBytes();
    UrlFetcher fetcher(options);
    FetchJob *job = fetcher.fetch(url);
    QProgressDialog progress(this);
    progress.setLabelText(tr("Fetching the full text from %1…").arg(url.host()));
    progress.setRange(0, 0);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(500);
    progress.setValue(0);
    connect(&progress, &QProgressDialog::canceled, job, &FetchJob::cancel);
    QEventLoop loop;
    connect(job, &FetchJob::finished, &loop, &QEventLoop::quit);
    if (!job->isFinished())
        loop.exec();
    progress.reset();
    *cancelled = job->result().error == FetchResult::Error::Cancelled;
    return job->result();
}

void MainWindow::openFeedItem(qint64 itemId)
{
    LibraryStore *store = m_document->store();
    const std::optional<FeedItem> item = store->feeds().item(itemId);
    if (!item) {
        showError(store->lastError().message);
        return;
    }
    if (item->articleId > 0 && store->article(item->articleId)) {
        if (!item->read && !store->isReadOnly())
            store->feeds().setRead({itemId}, true);
        m_feedsView->itemOpened(itemId, item->articleId);
        m_tabs->setCurrentIndex(0);
        showArticle(item->articleId);
        return;
    }
    if (store->isReadOnly()) {
        showError(
            tr("This library is read-only, so the item cannot become an article of it. Open a copy you can "
               "write to."));
        return;
    }
    // The page when the feed gives only a summary (or the feed is set so), else the feed's text.
    ImportSource source = FeedArticles::fromItem(*item);
    const std::optional<Feed> feed = store->feeds().get(item->feedId);
    if (feed && FeedArticles::needsPage(*item, feed->fullText)) {
        bool cancelled = false;
        const FetchResult page = fetchPage(item->url, &cancelled);
        if (cancelled)
            return;
        if (page.ok())
            source = FeedArticles::fromPage(*item, page);
        else
            showStatus(tr("The full text could not be fetched (%1); the feed’s text is shown.")
                           .arg(page.errorString));
    }
    struct Prepared
    {
        bool ok = false;
        Article article;
        QString error;
    };
    const ImportSource fallback = FeedArticles::fromItem(*item);
    const Prepared prepared = runInBackground<Prepared>(
        this, tr("Cleaning the article…"), [source, fallback](std::atomic_bool *, std::atomic_int *) {
            Prepared p;
            p.ok = ArticleImporter::prepare(source, &p.article, &p.error);
            if (!p.ok) // a page the cleaner finds nothing in: the feed's own text
                p.ok = ArticleImporter::prepare(fallback, &p.article, &p.error);
            return p;
        });
    if (!prepared.ok) {
        showError(tr("“%1” could not be opened: %2").arg(item->title, prepared.error));
        return;
    }
    ArticleImporter importer(store);
    const ImportOutcome outcome = importer.add(prepared.article, DuplicatePolicy::Skip);
    const qint64 articleId = outcome.status == ImportOutcome::Status::Imported    ? outcome.articleId
                             : outcome.status == ImportOutcome::Status::Duplicate ? outcome.duplicateOf
                                                                                  : 0;
    if (articleId == 0) {
        showError(tr("“%1” could not be opened: %2").arg(item->title, outcome.error));
        return;
    }
    if (!store->feeds().linkArticle(itemId, articleId))
        showError(store->lastError().message);
    m_feedsView->itemOpened(itemId, articleId);
    m_tabs->setCurrentIndex(0);
    showArticle(articleId);
}

} // namespace Gleaner
