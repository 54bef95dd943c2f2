#pragma once

#include "library/librarystore.h"

#include <QAbstractTableModel>

namespace Gleaner {

// The articles of a library, loaded in batches as the list scrolls (as RSS
// Guard's MessagesModel), so a library of 100,000 articles opens at once. The
// window asks for the next batch (loadMore) when the list nears its end; the
// model offers no fetchMore, as QTreeView's layout would load a batch on every
// reset, which for a search means running it twice.
class ArticleListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { TitleColumn, SiteColumn, DateColumn, AnnotationsColumn, ColumnCount };
    enum Role { ArticleIdRole = Qt::UserRole + 1 };
    static constexpr int kBatchSize = 200;

    explicit ArticleListModel(QObject *parent = nullptr);

    void setStore(LibraryStore *store);
    void setFilter(const ArticleFilter &filter);
    ArticleFilter filter() const { return m_filter; }
    // Every article of the library, or for a search the rows loaded so far
    // (hasMore() tells whether further ones exist).
    int totalCount() const { return m_total >= 0 ? m_total : int(m_rows.size()); }
    bool hasMore() const { return m_hasMore; }
    // Appends the next batch, if there is one.
    void loadMore();
    bool isCounted() const { return m_total >= 0; }
    int rowOfArticle(qint64 id) const;
    qint64 articleIdAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    void sort(int column, Qt::SortOrder order) override;

Q_SIGNALS:
    // A read of the library failed; the list shows what it had, and this says why.
    void readFailed(const QString &message);

public Q_SLOTS:
    // Reads the first batch again from scratch (a new library, filter or order).
    void reload();
    // Reads the loaded rows again after articles were added, removed or changed,
    // keeping the list's scroll position and current row.
    void refresh();
    void refreshArticle(qint64 id);

private:
    std::optional<int> readTotal() const;

    LibraryStore *m_store = nullptr;
    ArticleFilter m_filter;
    LibraryStore::ArticleSort m_sort = LibraryStore::ArticleSort::ImportedAt;
    Qt::SortOrder m_order = Qt::DescendingOrder;
    QVector<ArticleSummary> m_rows;
    int m_total = 0; // -1: not counted (a search)
    bool m_hasMore = false;
};

} // namespace Gleaner
