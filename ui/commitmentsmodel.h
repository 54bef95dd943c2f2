#pragma once

#include "library/librarystore.h"
#include "services/commitmentproposer.h"

#include <QAbstractTableModel>

#include <functional>

namespace Gleaner {

// Commitments for the Findings view: the stored ones (filtered by the library,
// loaded a batch at a time), or the proposed ones the window found for the
// library, which the user accepts or rejects.
class CommitmentsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        ActorColumn,
        BeneficiaryColumn,
        AmountsColumn,
        DueColumn,
        PillarsColumn,
        SourcesColumn,
        ColumnCount
    };
    enum Role { CommitmentIdRole = Qt::UserRole + 1, ArticleIdRole, StartRole, EndRole };
    static constexpr int kBatchSize = 200;

    explicit CommitmentsModel(QObject *parent = nullptr);
    void setStore(LibraryStore *store);
    void setFilter(const CommitmentFilter &filter);
    CommitmentFilter filter() const { return m_filter; }
    // Shows these proposals instead of the stored commitments (an empty list and
    // false: back to the stored ones).
    void setProposals(const QVector<CommitmentProposal> &proposals, bool show);
    bool showsProposals() const { return m_showProposals; }
    const CommitmentProposal *proposalAt(int row) const;
    void removeProposal(int row);
    const Commitment *commitmentAt(int row) const;
    int totalCount() const { return m_showProposals ? int(m_proposals.size()) : m_total; }
    bool hasMore() const { return !m_showProposals && m_rows.size() < m_total; }
    void loadMore();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    void sort(int column, Qt::SortOrder order) override;
    // The actor, the place, the first amount (typed as written: "$7 billion") and
    // the due date are edited in place; the edit goes through `edit`, which makes
    // it an undoable step (and says why when it is refused).
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role) override;
    using Editor = std::function<bool(const Commitment &before, const Commitment &after)>;
    void setEditor(const Editor &edit) { m_edit = edit; }

Q_SIGNALS:
    void readFailed(const QString &message);

public Q_SLOTS:
    void reload();

private:
    LibraryStore *m_store = nullptr;
    CommitmentFilter m_filter;
    CommitmentRepository::Sort m_sort = CommitmentRepository::Sort::Due;
    Qt::SortOrder m_order = Qt::AscendingOrder;
    QVector<Commitment> m_rows;
    int m_total = 0;
    QVector<CommitmentProposal> m_proposals;
    Editor m_edit;
    bool m_showProposals = false;
};

// "USD 10,000,000,000; 1,000,000 engineers": a commitment's amounts for reading.
QString commitmentAmounts(const Commitment &commitment);

} // namespace Gleaner
