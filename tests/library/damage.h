#pragma once

// Damages a library the way a failing disk does: one page of a table becomes
// unreadable. Used by the library, command-line and window tests.
#include <QFile>
#include <QString>

#include <sqlite3.h>

namespace Gleaner::Test {

// Overwrites the header of the `index`-th leaf page of `table` (0 = the first) in
// the closed library at `path` with bytes SQLite cannot read as a b-tree page.
// Returns the page number, or 0 when the table has no such page.
inline int damageLeafPage(const QString &path, const char *table, int index = 0)
{
    sqlite3 *db = nullptr;
    int page = 0;
    int pageSize = 0;
    // Fold any -wal into the file first, so the page on disk is the page SQLite reads.
    if (sqlite3_open(QFile::encodeName(path).constData(), &db) == SQLITE_OK) {
        sqlite3_exec(db, "PRAGMA wal_checkpoint(TRUNCATE)", nullptr, nullptr, nullptr);
        sqlite3_stmt *s = nullptr;
        const QByteArray sql = QByteArray("SELECT pageno FROM dbstat WHERE name = '") + table +
                               "' AND pagetype = 'leaf' ORDER BY pageno LIMIT 1 OFFSET " +
                               QByteArray::number(index);
        if (sqlite3_prepare_v2(db, sql.constData(), -1, &s, nullptr) == SQLITE_OK &&
            sqlite3_step(s) == SQLITE_ROW)
            page = sqlite3_column_int(s, 0);
        sqlite3_finalize(s);
        if (sqlite3_prepare_v2(db, "PRAGMA page_size", -1, &s, nullptr) == SQLITE_OK &&
            sqlite3_step(s) == SQLITE_ROW)
            pageSize = sqlite3_column_int(s, 0);
        sqlite3_finalize(s);
    }
    sqlite3_close(db);
    if (page <= 0 || pageSize <= 0)
        return 0;
    QFile file(path);
    if (!file.open(QIODevice::ReadWrite) || !file.seek(qint64(page - 1) * pageSize))
        return 0;
    file.write(QByteArray(16, '\xff'));
    return page;
}

} // namespace Gleaner::Test
