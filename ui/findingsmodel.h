#pragma once

#include "library/librarystore.h"

#include <QAbstractTableModel>

namespace Gleaner {

// The annotations of every article of a library (the Findings view), filtered
// and sorted by the library, loaded a batch at a time as the table scrolls.
class FindingsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        KindColumn,
        QuoteColumn,
        ValueColumn,
        PillarColumn,
        DueColumn,
        ArticleColumn,
        PublishedColumn,
        ColumnCount
    };
    enum Role { ArticleIdRole = Qt::UserRole + 1, StartRole, EndRole, AnnotationIdRole };
    static constexpr int kBatchSize = 200;

    explicit FindingsModel(QObject *parent = nullptr);
    void setStore(LibraryStore *store);
    void setFilter(const FindingFilter &filter);
    FindingFilter filter() const { return m_filter; }
    static constexpr int kCountCap = 10000; // a filtered list counts this far
    int totalCount() const { return m_total; }
    // Whether totalCount() stopped at kCountCap ("10,000 or more").
    bool isCapped() const { return m_total >= kCountCap && isFiltered(); }
    bool isFiltered() const;
    bool hasMore() const { return m_rows.size() < m_total; }
    void loadMore();
    const Finding *findingAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    void sort(int column, Qt::SortOrder order) override;

Q_SIGNALS:
    void readFailed(const QString &message);

public Q_SLOTS:
    void reload();

private:
    LibraryStore *m_store = nullptr;
    FindingFilter m_filter;
    AnnotationFindings::Sort m_sort = AnnotationFindings::Sort::Newest;
    Qt::SortOrder m_order = Qt::DescendingOrder;
    QVector<Finding> m_rows;
    int m_total = 0;
};

} // namespace Gleaner
