#include "library/librarycopy.h"
#include "library/librarytables.h"

#include "library/libraryschema.h"
#include "library/librarystore.h"
#include "library/openlibraries.h"
#include "library/serverlocation.h"

#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

namespace Gleaner {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Gleaner::LibraryCopy", text);
}

const auto &kTables = LibraryTables::kInReferenceOrder;

// Counts the destination's triggers keep as the rows arrive.
bool isKeptByTriggers(const QString &table, const QString &column)
{
    return (table == QLatin1String("articles") && column == QLatin1String("annotation_count")) ||
           (table == QLatin1String("feeds") &&
            (column == QLatin1String("item_count") || column == QLatin1String("unread_count")));
}

class Copier
{
public:
    Copier(const LibraryStore &source, LibraryStore &target, const LibraryCopy::Progress &progress,
           const std::atomic_bool *cancel)
        : m_source(source), m_target(target), m_progress(progress), m_cancel(cancel)
    {}

    bool run()
    {
        qint64 total = 0;
        for (const char *table : kTables) {
            QSqlQuery count(m_source.database());
            if (!count.exec(QStringLiteral("SELECT count(*) FROM ") + QLatin1String(table)) || !count.next())
                return failSource(count);
            total += count.value(0).toLongLong();
        }
        m_total = total;
        if (!targetIsEmpty())
            return false;
        const bool copied = m_target.transaction(tr("copy the library"), [&]() {
            const QStringList deferred = deferSearchIndexes();
            for (const char *table : kTables) {
                if (!copyTable(QLatin1String(table)))
                    return false;
            }
            return relinkVersions() && moveSequencesOn() && rebuild(deferred);
        });
        if (copied)
            settle();
        return copied;
    }

    LibraryError error;

private:
    bool failSource(const QSqlQuery &query)
    {
        m_source.connection()->failQuery(query, tr("read the library to copy"));
        error = m_source.lastError();
        return false;
    }

    bool targetIsEmpty()
    {
        for (const char *table : {"articles", "pillars", "feeds", "commitments"}) {
            QSqlQuery any(m_target.database());
            if (!any.exec(QStringLiteral("SELECT 1 FROM %1 LIMIT 1").arg(QLatin1String(table)))) {
                m_target.connection()->failQuery(any, tr("copy the library"));
                error = m_target.lastError();
                return false;
            }
            if (any.next()) {
                error =
                    LibraryError::make(LibraryError::Code::Conflict,
                                       tr("“%1” already holds a library with content; Gleaner copies only "
                                          "into a new file or an empty library, never over one. Choose "
                                          "another destination.")
                                           .arg(m_target.connection()->displayName()));
                return false;
            }
        }
        return true;
    }

    bool copyTable(const QString &table)
    {
        const QSqlRecord record = m_source.database().record(table);
        QStringList columns;
        for (int i = 0; i < record.count(); ++i) {
            if (!isKeptByTriggers(table, record.fieldName(i)))
                columns << record.fieldName(i);
        }
        QSqlQuery read(m_source.database());
        read.setForwardOnly(true);
        const bool ordered = record.contains(QStringLiteral("id"));
        if (!read.exec(QStringLiteral("SELECT %1 FROM %2%3")
                           .arg(columns.join(QLatin1String(", ")), table,
                                ordered ? QStringLiteral(" ORDER BY id") : QString())))
            return failSource(read);
        // Rows go in batches of kBatch per statement: one round trip to a server
        // for many rows.
        QSqlQuery batch(m_target.database());
        batch.prepare(insertFor(table, columns, kBatch));
        QVariantList pending;
        int rows = 0;
        auto flush = [&](QSqlQuery &statement) {
            for (const QVariant &value : std::as_const(pending))
                statement.addBindValue(value);
            pending.clear();
            rows = 0;
            return m_target.connection()->exec(statement, tr("copy the library"));
        };
        const int previous = columns.indexOf(QLatin1String("previous_version_id"));
        while (read.next()) {
            for (int i = 0; i < columns.size(); ++i) {
                QVariant value = read.value(i);
                // An empty text or blob may come back as a null QString or QByteArray,
                // which drivers bind as SQL's NULL: it was not NULL.
                if (!read.isNull(i) && value.typeId() == QMetaType::QByteArray &&
                    value.toByteArray().isNull())
                    value = QByteArray("");
                else if (!read.isNull(i) && value.typeId() == QMetaType::QString && value.toString().isNull())
                    value = QStringLiteral("");
                if (i == previous && !value.isNull()) {
                    m_versions.append({read.value(0).toLongLong(), value.toLongLong()});
                    value = QVariant(QMetaType(QMetaType::LongLong)); // linked once all articles are there
                }
                pending << value;
            }
            if (++rows == kBatch && !flush(batch))
                return false;
            if (++m_done % 500 == 0 && !tick())
                return false;
        }
        if (read.lastError().isValid())
            return failSource(read);
        if (rows > 0) {
            QSqlQuery rest(m_target.database());
            rest.prepare(insertFor(table, columns, rows));
            if (!flush(rest))
                return false;
        }
        return tick();
    }

    static constexpr int kBatch = 100;

    static QString insertFor(const QString &table, const QStringList &columns, int rows)
    {
        QStringList marks;
        for (qsizetype i = 0; i < columns.size(); ++i)
            marks << QStringLiteral("?");
        const QString row = QLatin1Char('(') + marks.join(QLatin1String(", ")) + QLatin1Char(')');
        QStringList values;
        for (int i = 0; i < rows; ++i)
            values << row;
        return QStringLiteral("INSERT INTO %1 (%2) VALUES %3")
            .arg(table, columns.join(QLatin1String(", ")), values.join(QLatin1String(", ")));
    }

    bool tick()
    {
        if (m_progress)
            m_progress(m_done, m_total);
        if (m_cancel && m_cancel->load())
            return m_target.connection()->fail(LibraryError::Code::Cancelled,
                                               tr("The copy was stopped; nothing was written."));
        return true;
    }

    bool relinkVersions()
    {
        QSqlQuery link(m_target.database());
        link.prepare(QStringLiteral("UPDATE articles SET previous_version_id = ? WHERE id = ?"));
        for (const auto &[id, previous] : std::as_const(m_versions)) {
            link.addBindValue(previous);
            link.addBindValue(id);
            if (!m_target.connection()->exec(link, tr("copy the library")))
                return false;
        }
        return true;
    }

    // A server's search indexes cost more to keep row by row than to build
    // once: their definitions, dropped for the copy in the same transaction
    // (when the role owns the tables; else they are kept as they are).
    QStringList deferSearchIndexes()
    {
        if (!m_target.isServer())
            return {};
        QSqlQuery find(m_target.database());
        if (!find.exec(
                QStringLiteral("SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = "
                               "current_schema() AND (indexdef LIKE '%gleaner_words%' OR indexdef LIKE "
                               "'%gleaner_runs%')")))
            return {};
        QStringList names, definitions;
        while (find.next()) {
            names << find.value(0).toString();
            definitions << find.value(1).toString();
        }
        QSqlQuery drop(m_target.database());
        if (names.isEmpty() || !drop.exec(QStringLiteral("SAVEPOINT gleaner_indexes")))
            return {};
        if (!drop.exec(QStringLiteral("DROP INDEX ") + names.join(QLatin1String(", ")))) {
            drop.exec(QStringLiteral("ROLLBACK TO SAVEPOINT gleaner_indexes"));
            return {};
        }
        drop.exec(QStringLiteral("RELEASE SAVEPOINT gleaner_indexes"));
        return definitions;
    }

    // A server plans its queries from statistics a bulk load leaves stale until
    // autovacuum comes by: gathered at once, so the first searches are fast too.
    // Once committed, on a server: statistics for the planner, and every new row
    // marked as seen by all (hint bits, the visibility map), so that the first
    // user does not pay for it. Counts then read the indexes alone, and a first
    // export does not write every page it reads (3x faster on 1,000,000 rows).
    // Outside the copy's transaction, as VACUUM must be; the copy stands if it fails.
    void settle()
    {
        if (!m_target.isServer())
            return;
        QSqlQuery vacuum(m_target.database());
        if (!vacuum.exec(QStringLiteral("VACUUM (ANALYZE)")))
            QSqlQuery(m_target.database()).exec(QStringLiteral("ANALYZE"));
    }

    bool rebuild(const QStringList &definitions)
    {
        // A GIN index over a large library builds several times faster with room
        // to sort in (PostgreSQL's default is 64 MB); for this transaction only.
        QSqlQuery room(m_target.database());
        if (!definitions.isEmpty())
            room.exec(QStringLiteral("SET LOCAL maintenance_work_mem = '512MB'"));
        for (const QString &definition : definitions) {
            QSqlQuery create(m_target.database());
            if (!create.exec(definition))
                return m_target.connection()->failQuery(create, tr("copy the library"));
        }
        return true;
    }

    // A server numbers new rows from its sequences: after rows with ids of
    // their own, each must start past the largest.
    bool moveSequencesOn()
    {
        if (!m_target.isServer())
            return true;
        for (const char *table : kTables) {
            if (!m_target.database().record(QLatin1String(table)).contains(QStringLiteral("id")))
                continue;
            QSqlQuery move(m_target.database());
            if (!move.exec(QStringLiteral("SELECT setval(pg_get_serial_sequence('%1', 'id'), "
                                          "coalesce(max(id), 0) + 1, false) FROM %1")
                               .arg(QLatin1String(table))))
                return m_target.connection()->failQuery(move, tr("copy the library"));
        }
        return true;
    }

    const LibraryStore &m_source;
    LibraryStore &m_target;
    const LibraryCopy::Progress &m_progress;
    const std::atomic_bool *m_cancel;
    qint64 m_done = 0;
    qint64 m_total = 0;
    QVector<QPair<qint64, qint64>> m_versions;
};

} // namespace

bool LibraryCopy::copy(const LibraryStore &source, const QString &destination, const Progress &progress,
                       const std::atomic_bool *cancel, LibraryConnection *errors)
{
    auto fail = [&](const LibraryError &error) {
        if (errors)
            errors->setError(error);
        return false;
    };
    const bool toServer = ServerLocation::looksLikeServer(destination);
    QString target = destination;
    if (!toServer) {
        const QFileInfo info(destination);
        if (info.exists() || info.isSymLink())
            return fail(LibraryError::make(LibraryError::Code::Conflict,
                                           tr("“%1” already exists. Choose a new name; Gleaner does not "
                                              "overwrite a file when copying a library.")
                                               .arg(destination)));
        if (!OpenLibraries::libraryClaiming(destination).isEmpty())
            return fail(LibraryError::make(
                LibraryError::Code::Conflict,
                tr("“%1” is an open library. Choose a new name for the copy.").arg(destination)));
        LibrarySchema::removeStaleTemporaries(info.absolutePath());
        target = LibrarySchema::temporaryName(info.absoluteFilePath(), "copying");
    }
    LibraryError error;
    {
        LibraryStore store;
        if (!store.open(target, {true, false, 5000}))
            return fail(store.lastError());
        Copier copier(source, store, progress, cancel);
        if (!copier.run())
            error = copier.error.isError() ? copier.error : store.lastError();
        store.close();
    }
    if (!toServer) {
        if (!error.isError())
            error = LibrarySchema::publish(target, destination);
        for (const char *suffix : {"", "-wal", "-shm", "-journal"})
            QFile::remove(target + QLatin1String(suffix));
    }
    return !error.isError() || fail(error);
}

} // namespace Gleaner
