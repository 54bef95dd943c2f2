#include "library/exportrows.h"

#include "library/libraryconnection.h"

#include <sqlite3.h>

namespace Gleaner {

bool ExportRows::forEach(qint64 articleId, const RowFunction &row) const
{
    sqlite3 *handle = m_db.isOpen() ? m_db.handle() : nullptr;
    if (!handle)
        return m_db.fail(LibraryError::Code::Database, tr("No library is open."));
    QByteArray sql =
        "SELECT n.article_id, a.title, CASE WHEN a.canonical_url <> '' THEN a.canonical_url ELSE a.url END, "
        "a.published, n.id, n.kind, n.quote, p.name, n.amount, n.currency, n.unit, n.qualifier, n.due, "
        "CASE WHEN n.due IS NULL THEN NULL ELSE n.precision END, n.note, n.start_offset, n.end_offset, "
        "n.origin, "
        "n.created_at, n.updated_at FROM annotations n JOIN articles a ON a.id = n.article_id "
        "LEFT JOIN pillars p ON p.id = n.pillar_id";
    if (articleId > 0)
        sql += " WHERE n.article_id = ?1";
    sql += " ORDER BY n.article_id, n.start_offset, n.end_offset, n.id";
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

} // namespace Gleaner
