#pragma once

#include "library/librarystore.h"

#include <QAbstractTableModel>

namespace Gleaner {

// The items of the feeds (the Feeds tab), newest first, loaded a batch at a time
// as the list scrolls. Unread items are bold; starred ones carry a star.
class FeedItemsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { TitleColumn, FeedColumn, DateColumn, ColumnCount };
    enum Role { ItemIdRole = Qt::UserRole + 1, ReadRole, StarredRole, ArticleIdRole };
    static constexpr int kBatchSize = 200;

    explicit FeedItemsModel(QObject *parent = nullptr);
    void setStore(LibraryStore *store, bool read = true); // read: the rows at once
    void setFilter(const FeedItemFilter &filter);
    FeedItemFilter filter() const { return m_filter; }
    int totalCount() const { return m_total; }
    bool hasMore() const { return m_rows.size() < m_total; }
    void loadMore();
    const FeedItem *itemAt(int row) const;
    int rowOf(qint64 itemId) const; // -1 when not loaded
    // Marks rows as the library now has them, without reading the list again.
    void setRead(int row, bool read);
    void setStarred(int row, bool starred);
    void setArticle(int row, qint64 articleId);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

Q_SIGNALS:
    void readFailed(const QString &message);

public Q_SLOTS:
    void reload();

private:
    LibraryStore *m_store = nullptr;
    FeedItemFilter m_filter;
    QVector<FeedItem> m_rows;
    int m_total = 0;
};

} // namespace Gleaner
