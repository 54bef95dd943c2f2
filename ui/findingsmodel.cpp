#include "findingsmodel.h"

#include "plaintext.h"
#include "services/annotationtext.h"

#include <QLocale>

namespace Gleaner {

FindingsModel::FindingsModel(QObject *parent) : QAbstractTableModel(parent) {}

void FindingsModel::setStore(LibraryStore *store)
{
    m_store = store;
    reload();
}

void FindingsModel::setFilter(const FindingFilter &filter)
{
    m_filter = filter;
    reload();
}

void FindingsModel::reload()
{
    std::optional<QVector<Finding>> rows;
    std::optional<int> total;
    if (m_store && m_store->isOpen()) {
        // As many rows as were loaded, so that an edit elsewhere keeps the table's place.
        const int wanted = qMax(int(m_rows.size()), kBatchSize);
        rows = m_store->findings(m_filter, m_sort, m_order, 0, wanted);
        total =
            rows ? m_store->findingCount(m_filter, isFiltered() ? kCountCap : std::numeric_limits<int>::max())
                 : std::nullopt;
        if (!total) {
            Q_EMIT readFailed(m_store->lastError().message);
            return;
        }
    }
    beginResetModel();
    m_rows = rows.value_or(QVector<Finding>());
    m_total = total.value_or(0);
    endResetModel();
}

bool FindingsModel::isFiltered() const
{
    const FindingFilter &f = m_filter;
    return f.kinds != 0 || f.pillarId > 0 || !f.site.isEmpty() || !f.currency.isEmpty() ||
           f.publishedFrom.isValid() || f.publishedTo.isValid() || f.dueFrom.isValid() || f.dueTo.isValid() ||
           !f.search.trimmed().isEmpty();
}

void FindingsModel::loadMore()
{
    if (!m_store || (!hasMore() && !isCapped()))
        return;
    const std::optional<QVector<Finding>> more =
        m_store->findings(m_filter, m_sort, m_order, int(m_rows.size()), kBatchSize);
    if (!more) {
        m_total = int(m_rows.size());
        Q_EMIT readFailed(m_store->lastError().message);
        return;
    }
    if (more->isEmpty()) {
        m_total = int(m_rows.size());
        return;
    }
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + more->size() - 1));
    m_rows += *more;
    endInsertRows();
}

const Finding *FindingsModel::findingAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int FindingsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int FindingsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FindingsModel::data(const QModelIndex &index, int role) const
{
    const Finding *f = index.isValid() ? findingAt(index.row()) : nullptr;
    if (!f)
        return {};
    const Annotation &a = f->annotation;
    switch (role) {
    case ArticleIdRole:
        return a.articleId;
    case StartRole:
        return a.start;
    case EndRole:
        return a.end;
    case AnnotationIdRole:
        return a.id;
    case Qt::ToolTipRole:
        return index.column() == QuoteColumn     ? PlainText::toolTip(a.quote)
               : index.column() == ArticleColumn ? PlainText::toolTip(f->articleTitle)
                                                 : QVariant();
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (index.column()) {
    case KindColumn:
        return AnnotationText::kind(a.kind);
    case QuoteColumn:
        return QString(a.quote).replace(QLatin1Char('\n'), QLatin1Char(' '));
    case ValueColumn:
        return a.kind == AnnotationKind::Amount ? AnnotationText::value(a) : QString();
    case PillarColumn:
        return a.pillarName;
    case DueColumn:
        return a.due.isValid() ? AnnotationText::due(a.due, a.precision) : QString();
    case ArticleColumn:
        return f->articleTitle;
    case PublishedColumn:
        return f->published.isValid() ? QLocale().toString(f->published, QLocale::ShortFormat) : QString();
    }
    return {};
}

QVariant FindingsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case KindColumn:
        return tr("Kind");
    case QuoteColumn:
        return tr("Quote");
    case ValueColumn:
        return tr("Amount");
    case PillarColumn:
        return tr("Pillar");
    case DueColumn:
        return tr("Due");
    case ArticleColumn:
        return tr("Article");
    case PublishedColumn:
        return tr("Published");
    }
    return {};
}

void FindingsModel::sort(int column, Qt::SortOrder order)
{
    static const AnnotationFindings::Sort sorts[] = {
        AnnotationFindings::Sort::Kind,     AnnotationFindings::Sort::Quote,
        AnnotationFindings::Sort::Value,    AnnotationFindings::Sort::Pillar,
        AnnotationFindings::Sort::Due,      AnnotationFindings::Sort::Article,
        AnnotationFindings::Sort::Published};
    m_sort = column >= 0 && column < ColumnCount ? sorts[column] : AnnotationFindings::Sort::Newest;
    m_order = order;
    m_rows.clear();
    reload();
}

} // namespace Gleaner
