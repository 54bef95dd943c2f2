#include "library/exportrows.h"

#include "library/libraryconnection.h"

#include <QSqlError>
#include <QSqlQuery>

#include <sqlite3.h>

namespace Gleaner {

namespace {
const char kSelect[] =
    "SELECT n.article_id, a.title, CASE WHEN a.canonical_url <> '' THEN a.canonical_url ELSE a.url END, "
    "a.published, n.id, n.kind, n.quote, p.name, n.amount, n.currency, n.unit, n.qualifier, n.due, "
    "CASE WHEN n.due IS NULL THEN NULL ELSE n.precision END, n.note, n.start_offset, n.end_offset, "
    "n.origin, "
    "n.created_at, n.updated_at, n.created_by FROM annotations n JOIN articles a ON a.id = n.article_id "
    "LEFT JOIN pillars p ON p.id = n.pillar_id";
const char kOrder[] = " ORDER BY n.article_id, n.start_offset, n.end_offset, n.id";
} // namespace

bool ExportRows::forEach(qint64 articleId, const RowFunction &row) const
{
    if (m_db.isServer())
        return forEachOnServer(articleId, row);
    sqlite3 *handle = m_db.isOpen() ? m_db.handle() : nullptr;
    if (!handle)
        return m_db.fail(LibraryError::Code::Database, tr("No library is open."));
    QByteArray sql = kSelect;
    if (articleId > 0)
        sql += " WHERE n.article_id = ?1";
    sql += kOrder;
    sqlite3_stmt *statement = nullptr;
    if (sqlite3_prepare_v2(handle, sql.constData(), int(sql.size()), &statement, nullptr) != SQLITE_OK)
        return m_db.fail(
            LibraryError::Code::Database,
            tr("Could not read the annotations: %1.").arg(QString::fromUtf8(sqlite3_errmsg(handle))));
    if (articleId > 0)
        sqlite3_bind_int64(statement, 1, articleId);
    QByteArrayView cells[kColumns];
    int rc = SQLITE_ROW;
    while ((rc = sqlite3_step(statement)) == SQLITE_ROW) {
        for (int i = 0; i < kColumns; ++i) {
            const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(statement, i));
            cells[i] = text ? QByteArrayView(text, sqlite3_column_bytes(statement, i)) : QByteArrayView();
        }
        if (!row(cells)) {
            rc = SQLITE_DONE;
            break;
        }
    }
    const QString error = QString::fromUtf8(sqlite3_errmsg(handle));
    sqlite3_finalize(statement);
    return rc == SQLITE_DONE || m_db.failSqlite(rc, error, tr("read the annotations"));
}

bool ExportRows::forEachOnServer(qint64 articleId, const RowFunction &row) const
{
    if (!m_db.isOpen())
        return m_db.fail(LibraryError::Code::Database, tr("No library is open."));
    QSqlQuery query(m_db.database());
    query.setForwardOnly(true); // rows arrive one at a time, not the whole result at once
    query.prepare(QLatin1String(kSelect) +
                  (articleId > 0 ? QLatin1String(" WHERE n.article_id = ?") : QLatin1String("")) +
                  QLatin1String(kOrder));
    if (articleId > 0)
        query.addBindValue(articleId);
    if (!m_db.exec(query, tr("read the annotations")))
        return false;
    QByteArray storage[kColumns];
    QByteArrayView cells[kColumns];
    while (query.next()) {
        for (int i = 0; i < kColumns; ++i) {
            const QVariant value = query.value(i);
            storage[i] = value.isNull() ? QByteArray() : value.toString().toUtf8();
            cells[i] = value.isNull() ? QByteArrayView() : QByteArrayView(storage[i]);
        }
        if (!row(cells))
            return true;
    }
    return !query.lastError().isValid() || m_db.failQuery(query, tr("read the annotations"));
}

} // namespace Gleaner
