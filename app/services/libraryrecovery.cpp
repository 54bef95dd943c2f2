#include "services/libraryrecovery.h"

#include "library/libraryschema.h"
#include "library/librarytables.h"
#include "library/outputguard.h"

#include <QFile>
#include <QFileInfo>
#include <QUrl>

#include <sqlite3.h>

namespace Gleaner {

namespace {
const auto &kTables = LibraryTables::kInReferenceOrder;

struct Handle
{
    sqlite3 *db = nullptr;
    ~Handle() { sqlite3_close_v2(db); }
};

struct Statement
{
    sqlite3_stmt *stmt = nullptr;
    ~Statement() { sqlite3_finalize(stmt); }
};

QStringList columnsOf(sqlite3 *db, const char *table)
{
    QStringList columns;
    Statement s;
    const QByteArray sql = QByteArray("PRAGMA table_info(") + table + ")";
    if (sqlite3_prepare_v2(db, sql.constData(), -1, &s.stmt, nullptr) != SQLITE_OK)
        return columns;
    while (sqlite3_step(s.stmt) == SQLITE_ROW)
        columns << QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(s.stmt, 1)));
    return columns;
}

qint64 maxRowid(sqlite3 *db, const char *table)
{
    Statement s;
    const QByteArray sql = QByteArray("SELECT max(rowid) FROM ") + table;
    if (sqlite3_prepare_v2(db, sql.constData(), -1, &s.stmt, nullptr) != SQLITE_OK ||
        sqlite3_step(s.stmt) != SQLITE_ROW)
        return -1;
    return sqlite3_column_int64(s.stmt, 0);
}
} // namespace

QString LibraryRecovery::Report::summary() const
{
    QStringList parts;
    for (const TableReport &t : tables)
        parts << tr("%1: %2 kept, %3 lost").arg(t.table).arg(t.copied).arg(t.lost);
    return parts.join(QLatin1String("; "));
}

LibraryRecovery::Report LibraryRecovery::saveCopy(const QString &damaged, const QString &destination,
                                                  const std::function<bool(int)> &progress)
{
    Report report;
    if (QFileInfo::exists(destination) || QFileInfo(destination).isSymLink()) {
        report.error = tr("“%1” already exists. Choose a new name for the recovered copy.").arg(destination);
        return report;
    }
    if (const QString problem = OutputGuard::problem(destination, {damaged}); !problem.isEmpty()) {
        report.error = problem;
        return report;
    }
    const QString temp = LibrarySchema::temporaryName(destination, "recovering");
    auto removeTemp = [&temp]() {
        for (const char *suffix : {"", "-journal", "-wal", "-shm"})
            QFile::remove(temp + QLatin1String(suffix));
    };
    removeTemp();
    LibraryError createError;
    if (!LibrarySchema::create(temp, &createError)) {
        report.error = createError.message;
        return report;
    }
    Handle source;
    Handle target;
    const QByteArray sourceUri =
        QUrl::fromLocalFile(QFileInfo(damaged).absoluteFilePath()).toString(QUrl::FullyEncoded).toUtf8() +
        "?mode=ro";
    if (sqlite3_open_v2(sourceUri.constData(), &source.db, SQLITE_OPEN_READONLY | SQLITE_OPEN_URI, nullptr) !=
            SQLITE_OK ||
        sqlite3_open_v2(QFile::encodeName(temp).constData(), &target.db, SQLITE_OPEN_READWRITE, nullptr) !=
            SQLITE_OK) {
        report.error = tr("Could not open the files for the recovery: %1.")
                           .arg(QString::fromUtf8(sqlite3_errmsg(source.db ? source.db : target.db)));
        removeTemp();
        return report;
    }
    sqlite3_busy_timeout(source.db, 5000);
    sqlite3_exec(target.db, "PRAGMA foreign_keys = ON; PRAGMA synchronous = OFF; BEGIN", nullptr, nullptr,
                 nullptr);
    int tableIndex = 0;
    for (const char *table : kTables) {
        TableReport table_;
        table_.table = QLatin1String(table);
        const QStringList columns = columnsOf(target.db, table);
        if (columnsOf(source.db, table).isEmpty()) {
            ++tableIndex;
            continue;
        } // a table of a newer format than the damaged library's: nothing to recover
        const QByteArray list = columns.join(QLatin1String(", ")).toUtf8();
        QByteArray placeholders;
        for (int i = 0; i < columns.size(); ++i)
            placeholders += i ? ", ?" : "?";
        Statement read;
        Statement write;
        const QByteArray select = "SELECT " + list + " FROM " + table + " WHERE rowid = ?";
        const QByteArray insert =
            "INSERT INTO " + QByteArray(table) + " (" + list + ") VALUES (" + placeholders + ")";
        const QByteArray next =
            "SELECT rowid FROM " + QByteArray(table) + " WHERE rowid > ? ORDER BY rowid LIMIT 1";
        sqlite3_prepare_v2(source.db, select.constData(), -1, &read.stmt, nullptr);
        sqlite3_prepare_v2(target.db, insert.constData(), -1, &write.stmt, nullptr);
        Statement scan;
        sqlite3_prepare_v2(source.db, next.constData(), -1, &scan.stmt, nullptr);
        if (!read.stmt || !write.stmt || !scan.stmt) {
            report.error =
                tr("The library's %1 table cannot be read at all (%2); nothing of it can be recovered.")
                    .arg(table_.table, QString::fromUtf8(sqlite3_errmsg(source.db)));
            removeTemp();
            return report;
        }
        const qint64 last = maxRowid(source.db, table);
        qint64 rowid = 0;
        qint64 steps = 0;
        for (;;) {
            // The next rowid after `rowid`, through the table's interior pages; where
            // that walk fails, the ids are tried one by one past the damage.
            sqlite3_reset(scan.stmt);
            sqlite3_bind_int64(scan.stmt, 1, rowid);
            const int rc = sqlite3_step(scan.stmt);
            qint64 next = 0;
            if (rc == SQLITE_ROW)
                next = sqlite3_column_int64(scan.stmt, 0);
            else if (rc == SQLITE_DONE)
                break;
            else if (last > rowid)
                next = rowid + 1;
            else
                break;
            rowid = next;
            sqlite3_reset(read.stmt);
            sqlite3_bind_int64(read.stmt, 1, rowid);
            const int got = sqlite3_step(read.stmt);
            if (got == SQLITE_ROW) {
                sqlite3_reset(write.stmt);
                for (int c = 0; c < int(columns.size()); ++c)
                    sqlite3_bind_value(write.stmt, c + 1, sqlite3_column_value(read.stmt, c));
                const int wrote = sqlite3_step(write.stmt);
                if (wrote == SQLITE_DONE) {
                    ++table_.copied;
                } else if (wrote == SQLITE_FULL || (wrote & 0xff) == SQLITE_IOERR) {
                    // The copy cannot be written: stop, rather than count every row as lost.
                    report.error = tr("Could not write the recovered copy (%1). Free some space or choose "
                                      "another disk, and try again.")
                                       .arg(QString::fromUtf8(sqlite3_errstr(wrote)));
                    sqlite3_exec(target.db, "ROLLBACK", nullptr, nullptr, nullptr);
                    removeTemp();
                    return report;
                } else {
                    ++table_.lost; // a row the library's rules refuse (damaged values)
                }
            } else if (got != SQLITE_DONE) {
                ++table_.lost;
            }
            if (progress && ++steps % 2000 == 0) {
                const int within = last > 0 ? int(qMin<qint64>(99, rowid * 100 / last)) : 0;
                if (!progress((tableIndex * 100 + within) / int(std::size(kTables)))) {
                    report.cancelled = true;
                    report.error = tr("The recovery was cancelled; nothing was saved.");
                    sqlite3_exec(target.db, "ROLLBACK", nullptr, nullptr, nullptr);
                    removeTemp();
                    return report;
                }
            }
        }
        report.tables << table_;
        ++tableIndex;
    }
    // The counts kept by triggers start again from what was recovered.
    const bool committed =
        sqlite3_exec(target.db,
                     "UPDATE articles SET annotation_count = (SELECT count(*) FROM annotations n WHERE "
                     "n.article_id = articles.id); COMMIT",
                     nullptr, nullptr, nullptr) == SQLITE_OK;
    if (!committed && !sqlite3_get_autocommit(target.db))
        sqlite3_exec(target.db, "ROLLBACK", nullptr, nullptr, nullptr);
    sqlite3_close_v2(target.db);
    target.db = nullptr;
    if (!committed) {
        report.error = tr("Could not write the recovered copy. Free some space and try again.");
        removeTemp();
        return report;
    }
    if (!LibrarySchema::copyPermissions(damaged, temp)) {
        report.error = tr("Could not give the recovered copy the library's permissions. Choose a folder you "
                          "can write to.");
        removeTemp();
        return report;
    }
    if (const LibraryError published = LibrarySchema::publish(temp, destination); published.isError()) {
        report.error = published.message;
        removeTemp();
        return report;
    }
    removeTemp();
    if (progress)
        progress(100);
    report.ok = true;
    return report;
}

} // namespace Gleaner
