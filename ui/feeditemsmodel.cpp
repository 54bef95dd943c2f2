#include "feeditemsmodel.h"

#include "plaintext.h"

#include <QFont>
#include <QLocale>

namespace Gleaner {

FeedItemsModel::FeedItemsModel(QObject *parent) : QAbstractTableModel(parent) {}

void FeedItemsModel::setStore(LibraryStore *store, bool read)
{
    m_store = store;
    beginResetModel();
    m_rows.clear();
    m_total = 0;
    endResetModel();
    if (read)
        reload();
}

void FeedItemsModel::setFilter(const FeedItemFilter &filter)
{
    m_filter = filter;
    m_rows.clear();
    reload();
}

void FeedItemsModel::reload()
{
    std::optional<QVector<FeedItem>> rows;
    std::optional<int> total;
    if (m_store && m_store->isOpen()) {
        // As many rows as were loaded, so that a refresh keeps the list's place.
        const int wanted = qMax(int(m_rows.size()), kBatchSize);
        rows = m_store->feeds().items(m_filter, 0, wanted);
        total = rows ? m_store->feeds().itemCount(m_filter) : std::nullopt;
        if (!total) {
            Q_EMIT readFailed(m_store->lastError().message);
            return;
        }
    }
    beginResetModel();
    m_rows = rows.value_or(QVector<FeedItem>());
    m_total = total.value_or(0);
    endResetModel();
}

void FeedItemsModel::loadMore()
{
    if (!m_store || !hasMore() || m_rows.isEmpty())
        return;
    // After the last row loaded, not at an offset: rows read meanwhile may have left the list.
    FeedItemFilter next = m_filter;
    next.afterSortAt = m_rows.constLast().sortAt;
    next.afterId = m_rows.constLast().id;
    const auto more = m_store->feeds().items(next, 0, kBatchSize);
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

const FeedItem *FeedItemsModel::itemAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int FeedItemsModel::rowOf(qint64 itemId) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).id == itemId)
            return row;
    }
    return -1;
}

void FeedItemsModel::setRead(int row, bool read)
{
    if (row < 0 || row >= m_rows.size())
        return;
    m_rows[row].read = read;
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void FeedItemsModel::setStarred(int row, bool starred)
{
    if (row < 0 || row >= m_rows.size())
        return;
    m_rows[row].starred = starred;
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void FeedItemsModel::setArticle(int row, qint64 articleId)
{
    if (row < 0 || row >= m_rows.size())
        return;
    m_rows[row].articleId = articleId;
    m_rows[row].read = true;
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

int FeedItemsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int FeedItemsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FeedItemsModel::data(const QModelIndex &index, int role) const
{
    const FeedItem *item = index.isValid() ? itemAt(index.row()) : nullptr;
    if (!item)
        return {};
    switch (role) {
    case ItemIdRole:
        return item->id;
    case ReadRole:
        return item->read;
    case StarredRole:
        return item->starred;
    case ArticleIdRole:
        return item->articleId;
    case Qt::FontRole:
        if (!item->read) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case Qt::ToolTipRole:
        return index.column() == TitleColumn ? PlainText::toolTip(item->title) : QVariant();
    case Qt::AccessibleDescriptionRole:
        return item->read ? tr("read") : tr("unread");
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (index.column()) {
    case TitleColumn: {
        const QString title = item->title.isEmpty() ? tr("(untitled)") : item->title;
        return item->starred ? QStringLiteral("★ ") + title : title;
    }
    case FeedColumn:
        return item->feedTitle;
    case DateColumn: {
        const QDateTime when = item->sortAt.toLocalTime();
        return when.date() == QDate::currentDate() ? QLocale().toString(when.time(), QLocale::ShortFormat)
                                                   : QLocale().toString(when.date(), QLocale::ShortFormat);
    }
    }
    return {};
}

QVariant FeedItemsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TitleColumn:
        return tr("Title");
    case FeedColumn:
        return tr("Feed");
    case DateColumn:
        return tr("Date");
    }
    return {};
}

} // namespace Gleaner
