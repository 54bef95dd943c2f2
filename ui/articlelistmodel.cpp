#include "articlelistmodel.h"

#include "plaintext.h"

#include <QLocale>

namespace Gleaner {

ArticleListModel::ArticleListModel(QObject *parent) : QAbstractTableModel(parent) {}

void ArticleListModel::setStore(LibraryStore *store)
{
    if (m_store)
        disconnect(m_store, nullptr, this, nullptr);
    m_store = store;
    if (m_store) {
        connect(m_store, &LibraryStore::articleAdded, this, &ArticleListModel::refresh);
        connect(m_store, &LibraryStore::articleRemoved, this, &ArticleListModel::refresh);
        connect(m_store, &LibraryStore::articleChanged, this, &ArticleListModel::refreshArticle);
        connect(m_store, &LibraryStore::annotationsChanged, this, &ArticleListModel::refreshArticle);
    }
    m_filter = {};
    reload();
}

void ArticleListModel::setFilter(const ArticleFilter &filter)
{
    m_filter = filter;
    reload();
}

std::optional<int> ArticleListModel::readTotal() const
{
    // Counting every match of a common search word costs more than showing the
    // first rows, so a search learns whether there are more by loading them.
    const bool filtered = !m_filter.search.trimmed().isEmpty() || m_filter.pillarId > 0;
    return filtered ? std::optional<int>(-1) : m_store->articleCount();
}

void ArticleListModel::reload()
{
    std::optional<QVector<ArticleSummary>> rows;
    std::optional<int> total;
    if (m_store && m_store->isOpen()) {
        rows = m_store->articles(m_filter, m_sort, m_order, 0, kBatchSize);
        total = rows ? readTotal() : std::nullopt;
        if (!total) {
            // What cannot be read is said; the list keeps what it showed.
            Q_EMIT readFailed(m_store->lastError().message);
            return;
        }
    }
    beginResetModel();
    m_rows = rows.value_or(QVector<ArticleSummary>());
    m_hasMore = m_rows.size() == kBatchSize;
    m_total = total.value_or(0);
    endResetModel();
}

void ArticleListModel::refresh()
{
    if (!m_store || !m_store->isOpen())
        return;
    // As many rows as the list has loaded, read again, and the list brought to
    // them row by row: the view keeps its scroll position and its current row.
    // With everything loaded, articles added meanwhile are loaded too.
    const int wanted = qMax(int(m_rows.size()) + (m_hasMore ? 0 : kBatchSize), kBatchSize);
    const std::optional<QVector<ArticleSummary>> rows =
        m_store->articles(m_filter, m_sort, m_order, 0, wanted);
    const std::optional<int> total = rows ? readTotal() : std::nullopt;
    if (!total) {
        Q_EMIT readFailed(m_store->lastError().message);
        return;
    }
    QSet<qint64> kept;
    for (const ArticleSummary &r : *rows)
        kept.insert(r.id);
    for (int i = int(m_rows.size()) - 1; i >= 0; --i) {
        if (!kept.contains(m_rows.at(i).id)) {
            beginRemoveRows({}, i, i);
            m_rows.remove(i);
            endRemoveRows();
        }
    }
    for (int i = 0; i < rows->size(); ++i) {
        if (i < m_rows.size() && m_rows.at(i).id == rows->at(i).id)
            continue;
        int from = -1;
        for (int j = i + 1; j < m_rows.size() && from < 0; ++j) {
            if (m_rows.at(j).id == rows->at(i).id)
                from = j;
        }
        if (from >= 0) {
            beginMoveRows({}, from, from, {}, i);
            m_rows.move(from, i);
            endMoveRows();
        } else {
            beginInsertRows({}, i, i);
            m_rows.insert(i, rows->at(i));
            endInsertRows();
        }
    }
    m_rows = *rows; // the same ids in the same order now; the values may be new
    m_hasMore = m_rows.size() == wanted;
    m_total = *total;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
}

void ArticleListModel::refreshArticle(qint64 id)
{
    if (!m_store)
        return;
    if (id <= 0) { // many articles may have changed
        refresh();
        return;
    }
    const int row = rowOfArticle(id);
    if (row < 0)
        return;
    if (const std::optional<Article> a = m_store->article(id)) {
        ArticleSummary &s = m_rows[row];
        s.title = a->title;
        s.site = a->site;
        s.published = a->published;
        s.annotationCount = a->annotationCount;
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    }
}

int ArticleListModel::rowOfArticle(qint64 id) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).id == id)
            return i;
    }
    return -1;
}

qint64 ArticleListModel::articleIdAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).id : 0;
}

int ArticleListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rows.size();
}

int ArticleListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ArticleListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const ArticleSummary &s = m_rows.at(index.row());
    if (role == ArticleIdRole)
        return s.id;
    if (role == Qt::ToolTipRole && index.column() == TitleColumn)
        return PlainText::toolTip(s.title); // a page's title is never markup
    if (role == Qt::TextAlignmentRole && index.column() == AnnotationsColumn)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case TitleColumn:
        return s.title;
    case SiteColumn:
        return s.site;
    case DateColumn:
        return s.published.isValid() ? QLocale().toString(s.published, QLocale::ShortFormat) : QString();
    case AnnotationsColumn:
        return s.annotationCount;
    }
    return {};
}

QVariant ArticleListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TitleColumn:
        return tr("Title");
    case SiteColumn:
        return tr("Site");
    case DateColumn:
        return tr("Date");
    case AnnotationsColumn:
        return tr("Tags");
    }
    return {};
}

void ArticleListModel::loadMore()
{
    if (!m_hasMore || !m_store)
        return;
    const std::optional<QVector<ArticleSummary>> loaded =
        m_store->articles(m_filter, m_sort, m_order, m_rows.size(), kBatchSize);
    if (!loaded) {
        m_hasMore = false;
        Q_EMIT readFailed(m_store->lastError().message);
        return;
    }
    const QVector<ArticleSummary> &more = *loaded;
    m_hasMore = more.size() == kBatchSize;
    if (more.isEmpty())
        return;
    beginInsertRows({}, m_rows.size(), m_rows.size() + more.size() - 1);
    m_rows += more;
    endInsertRows();
}

void ArticleListModel::sort(int column, Qt::SortOrder order)
{
    switch (column) {
    case TitleColumn:
        m_sort = LibraryStore::ArticleSort::Title;
        break;
    case SiteColumn:
        m_sort = LibraryStore::ArticleSort::Site;
        break;
    case DateColumn:
        m_sort = LibraryStore::ArticleSort::Published;
        break;
    case AnnotationsColumn:
        m_sort = LibraryStore::ArticleSort::AnnotationCount;
        break;
    default:
        m_sort = LibraryStore::ArticleSort::ImportedAt;
    }
    m_order = order;
    reload();
}

} // namespace Gleaner
