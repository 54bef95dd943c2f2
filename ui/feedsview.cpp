#include "feedsview.h"

#include "feeditemsmodel.h"
#include "library/librarystore.h"
#include "plaintext.h"
#include "services/feedrefresher.h"
#include "services/feedsubscriber.h"

#include <QAction>
#include <QDesktopServices>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollBar>
#include <QSplitter>
#include <QStandardItemModel>
#include <QStyle>
#include <QTextBrowser>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>

namespace Gleaner {

namespace {
// The selected item as the feed gives it. Nothing is fetched for it: a feed's
// images and file: links stay unloaded (the article, once opened, is cleaned).
class ItemPreview : public QTextBrowser
{
public:
    using QTextBrowser::QTextBrowser;
    QVariant loadResource(int, const QUrl &) override { return {}; }
};

constexpr int KindRole = Qt::UserRole + 1;
constexpr int FeedIdRole = Qt::UserRole + 2;
constexpr int FolderRole = Qt::UserRole + 3;
const QString kFolderSeparator = QStringLiteral(" / ");
} // namespace

FeedsView::FeedsView(QWidget *parent)
    : QWidget(parent), m_treeModel(new QStandardItemModel(this)), m_model(new FeedItemsModel(this)),
      m_timer(new QTimer(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    auto *buttons = new QHBoxLayout;
    m_subscribe = new QPushButton(tr("&Subscribe…"), this);
    m_subscribe->setObjectName(QStringLiteral("subscribeButton"));
    m_refresh = new QPushButton(tr("&Refresh All"), this);
    m_refresh->setObjectName(QStringLiteral("refreshButton"));
    m_markAll = new QPushButton(tr("Mark All &Read"), this);
    m_markAll->setObjectName(QStringLiteral("markAllReadButton"));
    auto *more = new QPushButton(tr("&OPML"), this);
    more->setObjectName(QStringLiteral("opmlButton"));
    auto *opmlMenu = new QMenu(more);
    opmlMenu->addAction(tr("&Import Subscriptions…"), this, &FeedsView::importOpmlDialog);
    opmlMenu->addAction(tr("&Export Subscriptions…"), this, &FeedsView::exportOpmlDialog);
    more->setMenu(opmlMenu);
    buttons->addWidget(m_subscribe);
    buttons->addWidget(m_refresh);
    buttons->addWidget(m_markAll);
    buttons->addWidget(more);
    buttons->addStretch(1);
    connect(m_subscribe, &QPushButton::clicked, this, &FeedsView::subscribeDialog);
    connect(m_refresh, &QPushButton::clicked, this, &FeedsView::refreshAll);
    connect(m_markAll, &QPushButton::clicked, this, &FeedsView::markAllRead);

    m_tree = new QTreeView(this);
    m_tree->setObjectName(QStringLiteral("feedTree"));
    m_tree->setModel(m_treeModel);
    m_tree->setHeaderHidden(true);
    m_tree->setUniformRowHeights(true);
    m_tree->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tree->setContextMenuPolicy(Qt::CustomContextMenu);
    m_tree->setMinimumWidth(140);
    connect(m_tree, &QWidget::customContextMenuRequested, this, &FeedsView::showTreeMenu);

    m_items = new QTreeView(this);
    m_items->setObjectName(QStringLiteral("feedItems"));
    m_items->setModel(m_model);
    m_items->setRootIsDecorated(false);
    m_items->setUniformRowHeights(true);
    m_items->setAlternatingRowColors(true);
    m_items->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_items->setSelectionMode(QAbstractItemView::SingleSelection);
    m_items->setContextMenuPolicy(Qt::CustomContextMenu);
    m_items->header()->setStretchLastSection(false);
    m_items->header()->setSectionResizeMode(FeedItemsModel::TitleColumn, QHeaderView::Stretch);
    m_items->header()->resizeSection(FeedItemsModel::FeedColumn,
                                     m_items->fontMetrics().horizontalAdvance(QLatin1Char('x')) * 16);
    m_items->header()->resizeSection(FeedItemsModel::DateColumn,
                                     m_items->fontMetrics().horizontalAdvance(QStringLiteral("0000/00/00")) +
                                         24);
    connect(m_items, &QWidget::customContextMenuRequested, this, &FeedsView::showItemMenu);
    connect(m_items, &QAbstractItemView::activated, this, [this](const QModelIndex &) { openCurrent(); });
    const auto loadMoreNearEnd = [this]() {
        const QScrollBar *bar = m_items->verticalScrollBar();
        if (m_model->hasMore() && bar->maximum() > 0 && bar->value() >= bar->maximum() - bar->pageStep())
            m_model->loadMore();
    };
    connect(m_items->verticalScrollBar(), &QScrollBar::valueChanged, this, loadMoreNearEnd);
    connect(m_items->verticalScrollBar(), &QScrollBar::rangeChanged, this, loadMoreNearEnd);
    connect(m_model, &FeedItemsModel::readFailed, this, &FeedsView::errorOccurred);

    // The reader's keys, in the items list only (Space, M and S are typed in fields elsewhere).
    const auto key = [this](const char *name, const QString &text, const QKeySequence &shortcut, auto slot) {
        auto *action = new QAction(text, m_items);
        action->setObjectName(QLatin1String(name));
        action->setShortcut(shortcut);
        action->setShortcutContext(Qt::WidgetShortcut);
        connect(action, &QAction::triggered, this, slot);
        m_items->addAction(action);
        return action;
    };
    key("nextFeedItem", tr("Mark Read and Go to &Next"), QKeySequence(Qt::Key_Space), &FeedsView::nextItem);
    key("toggleFeedItemRead", tr("Mark &Read or Unread"), QKeySequence(Qt::Key_M),
        &FeedsView::toggleReadCurrent);
    key("toggleFeedItemStar", tr("&Star or Unstar"), QKeySequence(Qt::Key_S), &FeedsView::toggleStarCurrent);

    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("feedCount"));
    m_count->setTextFormat(Qt::PlainText);
    m_count->setWordWrap(true);

    m_preview = new ItemPreview(this);
    m_preview->setObjectName(QStringLiteral("feedItemPreview"));
    m_preview->setOpenLinks(false);
    m_preview->setOpenExternalLinks(false);
    connect(m_preview, &QTextBrowser::anchorClicked, this, [](const QUrl &url) {
        if (url.scheme() == QLatin1String("http") || url.scheme() == QLatin1String("https"))
            QDesktopServices::openUrl(url);
    });
    connect(m_items->selectionModel(), &QItemSelectionModel::currentChanged, this, &FeedsView::showPreview);
    connect(m_model, &QAbstractItemModel::modelReset, this, &FeedsView::showPreview);

    auto *itemsAndPreview = new QSplitter(Qt::Vertical, this);
    itemsAndPreview->setObjectName(QStringLiteral("feedItemsSplitter"));
    itemsAndPreview->addWidget(m_items);
    itemsAndPreview->addWidget(m_preview);
    itemsAndPreview->setChildrenCollapsible(false);
    itemsAndPreview->setStretchFactor(0, 1);
    itemsAndPreview->setStretchFactor(1, 1);
    m_items->setMinimumHeight(120);
    m_preview->setMinimumHeight(100);

    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(itemsAndPreview, 1);
    rightLayout->addWidget(m_count);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("feedsSplitter"));
    splitter->addWidget(m_tree);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);
    splitter->setSizes({240, 700});
    layout->addLayout(buttons);
    layout->addWidget(splitter, 1);

    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this, [this]() {
        if (!m_reloading)
            applySelection();
    });
    // Feeds whose interval has passed are refreshed every minute.
    m_timer->setInterval(60 * 1000);
    connect(m_timer, &QTimer::timeout, this, &FeedsView::refreshDue);
    m_timer->start();
}

FeedsView::~FeedsView() = default;

void FeedsView::setStore(LibraryStore *store)
{
    if (m_refresher) {
        m_refresher->cancel();
        delete m_refresher;
        m_refresher = nullptr;
        Q_EMIT refreshProgress(0, 0);
    }
    // A subscription on its way is for the library that goes.
    for (const QPointer<FeedSubscriber> &subscriber : std::exchange(m_subscribers, {})) {
        if (subscriber) {
            subscriber->disconnect(this);
            subscriber->cancel();
            subscriber->deleteLater();
        }
    }
    m_store = store;
    if (store) {
        m_refresher = new FeedRefresher(store, this);
        m_refresher->setKeepDays(m_keepDays);
        m_refresher->setFetchOptions(m_fetchOptions);
        connect(m_refresher, &FeedRefresher::progress, this, &FeedsView::refreshProgress);
        connect(m_refresher, &FeedRefresher::finished, this, [this](int feeds, int failed, int added) {
            Q_EMIT refreshProgress(0, 0);
            Q_EMIT statusMessage(failed > 0
                                     ? tr("Feeds refreshed: %n new item(s); %1 of %2 feeds failed (see the "
                                          "Feeds tab).",
                                          nullptr, added)
                                           .arg(failed)
                                           .arg(feeds)
                                     : tr("Feeds refreshed: %n new item(s).", nullptr, added));
            libraryChanged();
        });
        connect(store, &LibraryStore::feedsChanged, this, [this]() {
            // During a refresh the lists are read again when it ends, not per feed.
            if (!isRefreshing())
                libraryChanged();
        });
        // On opening: the feeds whose time has come, once the window is up.
        QTimer::singleShot(1500, m_refresher, [this]() { refreshDue(); });
    }
    // A read-only library is shown, not changed.
    for (QWidget *button : {static_cast<QWidget *>(m_subscribe), static_cast<QWidget *>(m_refresh),
                            static_cast<QWidget *>(m_markAll)})
        button->setEnabled(writable());
    for (QAction *action : m_items->actions())
        action->setEnabled(writable());
    m_model->setStore(store, false); // read once, by applySelection()
    m_treeModel->clear();
    // A hidden tab reads the library when it is first shown, not as the window opens.
    if (isVisible())
        showFirstPage();
    else
        m_stale = true;
}

void FeedsView::showFirstPage()
{
    m_stale = false;
    reloadTree();
    applySelection();
}

void FeedsView::setFetchOptions(const FetchOptions &options)
{
    m_fetchOptions = options;
    if (m_refresher)
        m_refresher->setFetchOptions(options);
}

void FeedsView::setKeepDays(int days)
{
    m_keepDays = days;
    if (m_refresher)
        m_refresher->setKeepDays(days);
}

bool FeedsView::writable() const
{
    return m_store && m_store->isOpen() && !m_store->isReadOnly();
}

void FeedsView::refreshDue()
{
    if (writable() && m_refresher)
        m_refresher->refresh({}, true);
}

bool FeedsView::isRefreshing() const
{
    return m_refresher && m_refresher->isRunning();
}

void FeedsView::libraryChanged()
{
    if (!isVisible()) {
        m_stale = true;
        return;
    }
    if (m_treeModel->rowCount() == 0) { // never read since the library was set
        showFirstPage();
        return;
    }
    m_stale = false;
    if (reloadTree()) { // what was selected is gone (a feed unsubscribed)
        applySelection();
        return;
    }
    if (m_ownChange) { // the row was changed in place
        updateCount();
        return;
    }
    // The item the reader is on stays current.
    const FeedItem *current = m_model->itemAt(m_items->currentIndex().row());
    const qint64 currentId = current ? current->id : 0;
    const int currentRow = m_items->currentIndex().row();
    m_model->reload();
    // The same item; or, when it left the list (read, in All Unread), the one now in its place.
    int row = m_model->rowOf(currentId);
    if (row < 0 && currentRow >= 0)
        row = qMin(currentRow, m_model->rowCount() - 1);
    if (row >= 0)
        m_items->setCurrentIndex(m_model->index(row, 0));
    updateCount();
}

bool FeedsView::markItems(const std::function<bool()> &write)
{
    m_ownChange = true;
    const bool ok = write();
    m_ownChange = false;
    if (!ok)
        Q_EMIT errorOccurred(m_store->lastError().message);
    return ok;
}

void FeedsView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale && m_treeModel->rowCount() == 0)
        showFirstPage();
    else if (m_stale)
        libraryChanged();
}

QStandardItem *FeedsView::folderItem(const QString &path, QHash<QString, QStandardItem *> *folders)
{
    if (QStandardItem *known = folders->value(path))
        return known;
    const qsizetype cut = path.lastIndexOf(kFolderSeparator);
    QStandardItem *parent = cut < 0 ? m_treeModel->invisibleRootItem() : folderItem(path.left(cut), folders);
    auto *item = new QStandardItem(style()->standardIcon(QStyle::SP_DirIcon),
                                   cut < 0 ? path : path.mid(cut + kFolderSeparator.size()));
    item->setData(FolderNode, KindRole);
    item->setData(path, FolderRole);
    parent->appendRow(item);
    folders->insert(path, item);
    return item;
}

bool FeedsView::reloadTree()
{
    // What was selected stays selected.
    const QModelIndex current = m_tree->currentIndex();
    const int kind = current.isValid() ? current.data(KindRole).toInt() : AllUnreadNode;
    const qint64 feedId = current.data(FeedIdRole).toLongLong();
    const QString folder = current.data(FolderRole).toString();
    QSet<QString> expanded;
    for (int row = 0; row < m_treeModel->rowCount(); ++row) {
        const QModelIndex index = m_treeModel->index(row, 0);
        if (m_tree->isExpanded(index))
            expanded.insert(index.data(FolderRole).toString());
    }
    const bool firstFill = m_treeModel->rowCount() == 0;

    m_reloading = true;
    m_treeModel->clear();
    std::optional<QVector<Feed>> feeds;
    if (m_store && m_store->isOpen()) {
        feeds = m_store->feeds().list();
        if (!feeds)
            Q_EMIT errorOccurred(m_store->lastError().message);
    }
    int unread = 0;
    for (const Feed &feed : feeds.value_or(QVector<Feed>()))
        unread += feed.unread;
    const std::optional<int> starred = m_store && m_store->isOpen() ? m_store->feeds().starredCount() : 0;
    auto *all = new QStandardItem(unread > 0 ? tr("All Unread (%1)").arg(unread) : tr("All Unread"));
    all->setData(AllUnreadNode, KindRole);
    auto *star =
        new QStandardItem(starred.value_or(0) > 0 ? tr("Starred (%1)").arg(*starred) : tr("Starred"));
    star->setData(StarredNode, KindRole);
    m_treeModel->appendRow(all);
    m_treeModel->appendRow(star);
    QHash<QString, QStandardItem *> folders;
    QModelIndex select = all->index();
    for (const Feed &feed : feeds.value_or(QVector<Feed>())) {
        QStandardItem *parent =
            feed.folder.isEmpty() ? m_treeModel->invisibleRootItem() : folderItem(feed.folder, &folders);
        const QString title = feed.displayTitle();
        auto *item = new QStandardItem(
            feed.unread > 0 ? tr("%1 (%2)").arg(title, QString::number(feed.unread)) : title);
        item->setData(FeedNode, KindRole);
        item->setData(feed.id, FeedIdRole);
        item->setData(feed.folder, FolderRole);
        if (feed.failures > 0 && !feed.lastError.isEmpty()) {
            item->setIcon(style()->standardIcon(QStyle::SP_MessageBoxWarning));
            item->setToolTip(PlainText::toolTip(
                tr("Failed %n time(s) in a row: %1", nullptr, feed.failures).arg(feed.lastError)));
        } else {
            item->setToolTip(PlainText::toolTip(feed.url.toDisplayString()));
        }
        parent->appendRow(item);
        if (kind == FeedNode && feed.id == feedId)
            select = item->index();
    }
    for (auto it = folders.cbegin(); it != folders.cend(); ++it) {
        if (kind == FolderNode && it.key() == folder)
            select = it.value()->index();
        if (firstFill || expanded.contains(it.key()) || it.key().contains(kFolderSeparator))
            m_tree->expand(it.value()->index());
    }
    if (kind == StarredNode)
        select = star->index();
    m_tree->setCurrentIndex(select);
    m_reloading = false;
    const bool moved = select.data(KindRole).toInt() != kind ||
                       (kind == FeedNode && select.data(FeedIdRole).toLongLong() != feedId) ||
                       (kind == FolderNode && select.data(FolderRole).toString() != folder);
    return moved && !firstFill;
}

void FeedsView::applySelection()
{
    const QModelIndex current = m_tree->currentIndex();
    FeedItemFilter filter;
    switch (current.isValid() ? current.data(KindRole).toInt() : AllUnreadNode) {
    case StarredNode:
        filter.starredOnly = true;
        break;
    case FolderNode:
        filter.folderSet = true;
        filter.folder = current.data(FolderRole).toString();
        break;
    case FeedNode:
        filter.feedId = current.data(FeedIdRole).toLongLong();
        break;
    default:
        filter.unreadOnly = true;
    }
    m_model->setFilter(filter);
    if (m_model->rowCount() > 0)
        m_items->setCurrentIndex(m_model->index(0, 0));
    updateCount();
}

void FeedsView::updateCount()
{
    const QModelIndex current = m_tree->currentIndex();
    QString text;
    if (!m_store || !m_store->isOpen()) {
        text = QString();
    } else if (m_treeModel->rowCount() <= 2) {
        text = tr("No feeds yet. Subscribe with the address of a news site or of its feed.");
    } else {
        text = tr("%n item(s)", nullptr, m_model->totalCount());
        if (current.data(KindRole).toInt() == FeedNode) {
            const std::optional<Feed> feed = m_store->feeds().get(current.data(FeedIdRole).toLongLong());
            if (feed && feed->failures > 0 && !feed->lastError.isEmpty())
                text +=
                    QStringLiteral(" — ") +
                    tr("The last %n refresh(es) failed: %1", nullptr, feed->failures).arg(feed->lastError);
        }
    }
    m_count->setText(text);
}

qint64 FeedsView::selectedFeedId() const
{
    const QModelIndex current = m_tree->currentIndex();
    return current.data(KindRole).toInt() == FeedNode ? current.data(FeedIdRole).toLongLong() : 0;
}

void FeedsView::selectFeed(qint64 feedId)
{
    QModelIndex found = m_treeModel->index(0, 0);
    const QModelIndexList matches = m_treeModel->match(m_treeModel->index(0, 0), FeedIdRole, feedId, 1,
                                                       Qt::MatchExactly | Qt::MatchRecursive);
    if (feedId > 0 && !matches.isEmpty())
        found = matches.first();
    m_tree->setCurrentIndex(found);
}

void FeedsView::showPreview()
{
    const FeedItem *item = m_model->itemAt(m_items->currentIndex().row());
    if (!item) {
        m_preview->clear();
        return;
    }
    QStringList about{item->feedTitle.toHtmlEscaped()};
    if (!item->author.isEmpty())
        about << item->author.toHtmlEscaped();
    if (item->published.isValid())
        about << QString(QLocale().toString(item->published.toLocalTime().date(), QLocale::LongFormat) +
                         u' ' +
                         QLocale().toString(item->published.toLocalTime().time(), QLocale::ShortFormat))
                     .toHtmlEscaped();
    const QString title = item->title.isEmpty() ? tr("(untitled)") : item->title;
    const QString heading =
        item->url.isEmpty()
            ? title.toHtmlEscaped()
            : QStringLiteral("<a href=\"%1\">%2</a>")
                  .arg(item->url.toString(QUrl::FullyEncoded).toHtmlEscaped(), title.toHtmlEscaped());
    m_preview->setHtml(
        QStringLiteral("<h3>%1</h3><p style=\"color:gray\">%2</p>%3<hr><p style=\"color:gray\">%4</p>")
            .arg(heading, about.join(QStringLiteral(" · ")),
                 item->content.isEmpty() ? item->summary : item->content,
                 tr("Press Enter to read it as an article of the library and annotate it.").toHtmlEscaped()));
}

void FeedsView::openCurrent()
{
    const FeedItem *item = m_model->itemAt(m_items->currentIndex().row());
    if (item)
        Q_EMIT openRequested(item->id);
}

void FeedsView::itemOpened(qint64 itemId, qint64 articleId)
{
    m_model->setArticle(m_model->rowOf(itemId), articleId);
}

void FeedsView::toggleReadCurrent()
{
    const int row = m_items->currentIndex().row();
    const FeedItem *item = m_model->itemAt(row);
    if (!item || !writable())
        return;
    const bool read = !item->read;
    const qint64 id = item->id;
    if (markItems([&]() { return m_store->feeds().setRead({id}, read); }))
        m_model->setRead(row, read);
}

void FeedsView::toggleStarCurrent()
{
    const int row = m_items->currentIndex().row();
    const FeedItem *item = m_model->itemAt(row);
    if (!item || !writable())
        return;
    const bool starred = !item->starred;
    const qint64 id = item->id;
    if (markItems([&]() { return m_store->feeds().setStarred(id, starred); }))
        m_model->setStarred(row, starred);
}

void FeedsView::nextItem()
{
    const int row = m_items->currentIndex().row();
    const FeedItem *item = m_model->itemAt(row);
    if (item && !item->read && writable()) {
        const qint64 id = item->id;
        if (!markItems([&]() { return m_store->feeds().setRead({id}, true); }))
            return;
        m_model->setRead(row, true);
    }
    if (row + 1 >= m_model->rowCount() && m_model->hasMore())
        m_model->loadMore();
    if (row + 1 < m_model->rowCount())
        m_items->setCurrentIndex(m_model->index(row + 1, 0));
}

void FeedsView::showItemMenu(const QPoint &pos)
{
    const FeedItem *item = m_model->itemAt(m_items->indexAt(pos).row());
    if (!item)
        return;
    QMenu menu(this);
    menu.addAction(tr("&Open"), this, &FeedsView::openCurrent);
    menu.addSeparator();
    menu.addActions(m_items->actions()); // enabled as the library is writable (setStore)
    menu.exec(m_items->viewport()->mapToGlobal(pos));
}

void FeedsView::showTreeMenu(const QPoint &pos)
{
    const QModelIndex index = m_tree->indexAt(pos);
    if (!index.isValid())
        return;
    m_tree->setCurrentIndex(index);
    QMenu menu(this);
    const bool isFeed = index.data(KindRole).toInt() == FeedNode;
    menu.addAction(isFeed ? tr("&Refresh") : tr("&Refresh All"), this,
                   isFeed ? &FeedsView::refreshSelectedFeed : &FeedsView::refreshAll)
        ->setEnabled(writable());
    menu.addAction(tr("Mark All &Read"), this, &FeedsView::markAllRead)->setEnabled(writable());
    if (isFeed) {
        menu.addSeparator();
        menu.addAction(tr("&Properties…"), this, &FeedsView::editSelectedFeed)->setEnabled(writable());
        menu.addAction(tr("&Unsubscribe…"), this, &FeedsView::removeSelectedFeed)->setEnabled(writable());
    }
    menu.exec(m_tree->viewport()->mapToGlobal(pos));
}

} // namespace Gleaner
