#pragma once

#include "library/feed.h"
#include "network/fetchoptions.h"

#include <QPointer>
#include <QWidget>

#include <functional>

class QLabel;
class QMenu;
class QModelIndex;
class QPushButton;
class QStandardItem;
class QStandardItemModel;
class QTextBrowser;
class QTimer;
class QTreeView;

namespace Gleaner {

class FeedItemsModel;
class FeedRefresher;
class FeedSubscriber;
class LibraryStore;

// The Feeds tab: subscriptions by folder with their unread counts (and why a feed
// keeps failing), and the items of the one chosen. Opening an item makes it an
// article of the library, read and annotated in the Articles tab (the window does
// that on openRequested). Keys in the items list: Enter opens, Space marks read
// and moves on, M toggles read, S toggles the star.
//
// Feeds refresh in the background: when a library opens, then every minute those
// whose interval has passed (feedsview.cpp for the lists, feedsviewactions.cpp for
// subscribing, refreshing and the OPML files).
class FeedsView : public QWidget
{
    Q_OBJECT
public:
    explicit FeedsView(QWidget *parent = nullptr);
    ~FeedsView() override;

    // The library whose feeds are shown; null for none. A read-only library is
    // shown but never refreshed.
    void setStore(LibraryStore *store);
    // Reads the feeds and items again (when shown; else when next shown).
    void libraryChanged();
    void setKeepDays(int days);
    // Timeout and size cap of every download (the settings' for pages).
    void setFetchOptions(const FetchOptions &options);

    using FileChooser = std::function<QString(bool save, const QString &caption, const QString &filter)>;
    void setFileChooser(const FileChooser &chooser) { m_chooseFile = chooser; }
    // How the view asks before unsubscribing; a message box unless replaced.
    using Confirmer = std::function<bool(const QString &question)>;
    void setConfirmer(const Confirmer &confirmer) { m_confirm = confirmer; }

    // The steps behind the buttons (feedsviewactions.cpp).
    void subscribeDialog();
    void subscribe(const QUrl &address, const QString &folder);
    void refreshAll();
    void refreshSelectedFeed();
    void cancelRefresh();
    bool isRefreshing() const;
    void markAllRead();
    bool importOpml(const QString &path);
    bool exportOpml(const QString &path);
    void importOpmlDialog();
    void exportOpmlDialog();
    void editSelectedFeed();
    bool removeSelectedFeed();

    // Items
    void openCurrent();
    void toggleReadCurrent();
    void toggleStarCurrent();
    void nextItem(); // marks the current item read and selects the next
    // Selects the feed (0: All Unread) in the tree.
    void selectFeed(qint64 feedId);
    qint64 selectedFeedId() const;
    void itemOpened(qint64 itemId, qint64 articleId); // the window made it an article

    QTreeView *feedTree() const { return m_tree; }
    QTreeView *itemList() const { return m_items; }
    FeedItemsModel *itemsModel() const { return m_model; }
    QStandardItemModel *treeModel() const { return m_treeModel; }
    FeedRefresher *refresher() const { return m_refresher; }
    QLabel *countLabel() const { return m_count; }
    QTextBrowser *preview() const { return m_preview; }

Q_SIGNALS:
    void openRequested(qint64 itemId);
    void errorOccurred(const QString &message);
    void statusMessage(const QString &message);
    void refreshProgress(int done, int total); // total 0: not refreshing
    void subscribed(qint64 feedId);

protected:
    void showEvent(QShowEvent *event) override;

private:
    enum NodeKind { AllUnreadNode = 1, StarredNode, FolderNode, FeedNode };
    bool reloadTree(); // true when what was selected is gone and another is
    void applySelection();
    void showFirstPage(); // the tree and All Unread, read for a library just set
    void refreshDue();
    void updateCount();
    void showPreview();
    void showTreeMenu(const QPoint &pos);
    void showItemMenu(const QPoint &pos);
    QStandardItem *folderItem(const QString &path, QHash<QString, QStandardItem *> *folders);
    bool writable() const;
    // Runs a write of the reader's (read, star) without reading the list again.
    bool markItems(const std::function<bool()> &write);

    LibraryStore *m_store = nullptr;
    FeedRefresher *m_refresher = nullptr;
    QStandardItemModel *m_treeModel;
    QTreeView *m_tree;
    QTreeView *m_items;
    FeedItemsModel *m_model;
    QLabel *m_count;
    QTextBrowser *m_preview;
    QPushButton *m_subscribe;
    QPushButton *m_refresh;
    QPushButton *m_markAll;
    QTimer *m_timer;
    FileChooser m_chooseFile;
    Confirmer m_confirm;
    int m_keepDays = 30;
    FetchOptions m_fetchOptions;
    bool m_stale = false;
    bool m_reloading = false;
    bool m_ownChange = false;
    QList<QPointer<FeedSubscriber>> m_subscribers; // subscriptions on their way
};

} // namespace Gleaner
