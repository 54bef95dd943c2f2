#include "commitmentsmodel.h"

#include "plaintext.h"
#include "services/annotationtext.h"
#include "suggest/recognizer.h"

#include <QFont>

namespace Gleaner {

QString commitmentAmounts(const Commitment &c)
{
    QStringList parts;
    for (const CommitmentAmount &a : c.amounts)
        parts << AnnotationText::amount(a.amount, a.currency, a.unit, a.qualifier);
    return parts.join(QLatin1String("; "));
}

CommitmentsModel::CommitmentsModel(QObject *parent) : QAbstractTableModel(parent) {}

void CommitmentsModel::setStore(LibraryStore *store)
{
    m_store = store;
    m_proposals.clear();
    m_showProposals = false;
    reload();
}

void CommitmentsModel::setFilter(const CommitmentFilter &filter)
{
    m_filter = filter;
    reload();
}

void CommitmentsModel::setProposals(const QVector<CommitmentProposal> &proposals, bool show)
{
    beginResetModel();
    m_proposals = proposals;
    m_showProposals = show;
    endResetModel();
}

const CommitmentProposal *CommitmentsModel::proposalAt(int row) const
{
    return m_showProposals && row >= 0 && row < m_proposals.size() ? &m_proposals.at(row) : nullptr;
}

void CommitmentsModel::removeProposal(int row)
{
    if (!proposalAt(row))
        return;
    beginRemoveRows({}, row, row);
    m_proposals.remove(row);
    endRemoveRows();
}

const Commitment *CommitmentsModel::commitmentAt(int row) const
{
    if (m_showProposals)
        return row >= 0 && row < m_proposals.size() ? &m_proposals.at(row).commitment : nullptr;
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

void CommitmentsModel::reload()
{
    std::optional<QVector<Commitment>> rows;
    std::optional<int> total;
    if (m_store && m_store->isOpen()) {
        rows = m_store->commitments(m_filter, 0, qMax(int(m_rows.size()), kBatchSize), m_sort, m_order);
        total = rows ? m_store->commitmentCount(m_filter) : std::nullopt;
        if (!total) {
            Q_EMIT readFailed(m_store->lastError().message);
            return;
        }
    }
    beginResetModel();
    m_rows = rows.value_or(QVector<Commitment>());
    m_total = total.value_or(0);
    endResetModel();
}

void CommitmentsModel::loadMore()
{
    if (!hasMore() || !m_store)
        return;
    const std::optional<QVector<Commitment>> more =
        m_store->commitments(m_filter, int(m_rows.size()), kBatchSize, m_sort, m_order);
    if (!more || more->isEmpty()) {
        m_total = int(m_rows.size());
        if (!more)
            Q_EMIT readFailed(m_store->lastError().message);
        return;
    }
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + more->size() - 1));
    m_rows += *more;
    endInsertRows();
}

int CommitmentsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : (m_showProposals ? int(m_proposals.size()) : int(m_rows.size()));
}

int CommitmentsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CommitmentsModel::data(const QModelIndex &index, int role) const
{
    const Commitment *c = index.isValid() ? commitmentAt(index.row()) : nullptr;
    if (!c)
        return {};
    const CommitmentSource first = c->sources.value(0);
    switch (role) {
    case CommitmentIdRole:
        return c->id;
    case ArticleIdRole:
        return first.articleId;
    case StartRole:
        return first.start;
    case EndRole:
        return first.end;
    case Qt::ToolTipRole: {
        QStringList quotes;
        for (const CommitmentSource &s : c->sources)
            quotes << QStringLiteral("“%1”").arg(s.quote.simplified());
        return PlainText::toolTip(quotes.join(QLatin1String("\n\n")));
    }
    case Qt::FontRole:
        if (m_showProposals) { // proposed, not yet the user's
            QFont italic;
            italic.setItalic(true);
            return italic;
        }
        return {};
    case Qt::EditRole:
        switch (index.column()) {
        case ActorColumn:
            return c->actor;
        case BeneficiaryColumn:
            return c->beneficiary;
        case AmountsColumn:
            return c->amounts.isEmpty()
                       ? QString()
                       : AnnotationText::amount(c->amounts.first().amount, c->amounts.first().currency,
                                                c->amounts.first().unit, c->amounts.first().qualifier);
        case DueColumn:
            return c->due.isValid() ? c->due : QDate::currentDate();
        }
        return {};
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (index.column()) {
    case ActorColumn:
        return c->actor;
    case BeneficiaryColumn:
        return c->beneficiary;
    case AmountsColumn:
        return commitmentAmounts(*c);
    case DueColumn:
        return c->due.isValid() ? AnnotationText::due(c->due, c->precision) : QString();
    case PillarsColumn:
        return m_showProposals ? m_proposals.at(index.row()).pillarNames.join(QLatin1String(", "))
                               : c->pillarNames.join(QLatin1String(", "));
    case SourcesColumn:
        // Another report of a stored commitment (found by the service): accepting
        // adds a source there, and the list says so beforehand.
        if (m_showProposals && m_proposals.at(index.row()).sameAs > 0)
            return tr("%1, another report of commitment %2")
                .arg(c->sources.size())
                .arg(m_proposals.at(index.row()).sameAs);
        return c->sources.size();
    }
    return {};
}

Qt::ItemFlags CommitmentsModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    const bool editable = index.column() == ActorColumn || index.column() == BeneficiaryColumn ||
                          index.column() == AmountsColumn || index.column() == DueColumn;
    if (editable && !m_showProposals && m_edit && !(m_store && m_store->isReadOnly()))
        f |= Qt::ItemIsEditable;
    return f;
}

bool CommitmentsModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    const Commitment *current = index.isValid() && role == Qt::EditRole ? commitmentAt(index.row()) : nullptr;
    if (!current || m_showProposals || !m_edit)
        return false;
    Commitment after = *current;
    switch (index.column()) {
    case ActorColumn:
        after.actor = value.toString().simplified();
        break;
    case BeneficiaryColumn:
        after.beneficiary = value.toString().simplified();
        break;
    case AmountsColumn: {
        bool ok = false;
        const Suggestion parsed = Recognizer::parseAmount(value.toString(), &ok);
        if (!ok) {
            Q_EMIT readFailed(tr("“%1” is not an amount Gleaner can read. Write it as a news article would, "
                                 "e.g. $7 billion or 1 million engineers.")
                                  .arg(value.toString()));
            return false;
        }
        const CommitmentAmount amount{parsed.amount, parsed.currency, parsed.unit, parsed.qualifier};
        if (after.amounts.isEmpty())
            after.amounts << amount;
        else
            after.amounts[0] = amount;
        break;
    }
    case DueColumn:
        after.due = value.toDate();
        after.precision = DatePrecision::Day;
        break;
    default:
        return false;
    }
    return m_edit(*current, after); // the library's change signal reloads the row
}

QVariant CommitmentsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case ActorColumn:
        return tr("Actor");
    case BeneficiaryColumn:
        return tr("To or where");
    case AmountsColumn:
        return tr("Amounts");
    case DueColumn:
        return tr("Due");
    case PillarsColumn:
        return tr("Pillars");
    case SourcesColumn:
        return tr("Sources");
    }
    return {};
}

void CommitmentsModel::sort(int column, Qt::SortOrder order)
{
    using Sort = CommitmentRepository::Sort;
    static const Sort sorts[] = {Sort::Actor, Sort::Beneficiary, Sort::Amount,
                                 Sort::Due,   Sort::Pillars,     Sort::Sources};
    if (m_showProposals)
        return; // proposals stay in the order of the articles and their text
    m_sort = column >= 0 && column < ColumnCount ? sorts[column] : Sort::Due;
    m_order = column >= 0 ? order : Qt::AscendingOrder;
    m_rows.clear();
    reload();
}

} // namespace Gleaner
