#include "library/serverschema.h"

#include "library/libraryconnection.h"
#include "library/librarystore.h"

#include <QCoreApplication>
#include <QDir>
#include <QSqlError>
#include <QSqlQuery>

namespace Gleaner {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Gleaner::ServerSchema", text);
}

// Every client that creates or upgrades a library takes this lock first, so two
// people opening a new database at once do not both build it.
constexpr qint64 kSchemaLock = LibraryConnection::kApplicationId;

struct Step
{
    int version;
    QString file;
};

QVector<Step> steps()
{
    const QDir dir(QStringLiteral(":/sql/postgresql"));
    QVector<Step> found;
    const QStringList files =
        dir.entryList({QStringLiteral("[0-9][0-9][0-9]_*.sql")}, QDir::Files, QDir::Name);
    for (const QString &file : files)
        found.push_back({file.left(3).toInt(), dir.filePath(file)});
    return found;
}

} // namespace

int ServerSchema::version(const LibraryConnection &connection)
{
    QSqlQuery query(connection.database());
    if (!query.exec(QStringLiteral("SELECT to_regclass('gleaner_library') IS NOT NULL")) || !query.next()) {
        connection.failQuery(query, tr("read the library's format"));
        return -1;
    }
    if (!query.value(0).toBool())
        return 0;
    query.finish();
    if (!query.exec(QStringLiteral("SELECT schema_version, application_id FROM gleaner_library")) ||
        !query.next()) {
        connection.failQuery(query, tr("read the library's format"));
        return -1;
    }
    if (quint32(query.value(1).toLongLong()) != LibraryConnection::kApplicationId) {
        connection.fail(LibraryError::Code::NotGleaner,
                        tr("The database “%1” holds a table named gleaner_library that is not a Gleaner "
                           "library's. Choose another database.")
                            .arg(connection.displayName()));
        return -1;
    }
    return query.value(0).toInt();
}

bool ServerSchema::create(LibraryConnection *connection)
{
    return runSteps(connection, 0);
}

bool ServerSchema::migrate(LibraryConnection *connection, int fromVersion)
{
    return runSteps(connection, fromVersion);
}

bool ServerSchema::runSteps(LibraryConnection *connection, int fromVersion)
{
    const QString what =
        fromVersion == 0 ? tr("create the library on the server") : tr("upgrade the library on the server");
    QSqlQuery query(connection->database());
    auto run = [&](const QString &sql) {
        if (query.exec(sql))
            return true;
        connection->failQuery(query, what);
        QSqlQuery rollback(connection->database());
        rollback.exec(QStringLiteral("ROLLBACK"));
        return false;
    };
    if (!run(QStringLiteral("BEGIN")) ||
        !run(QStringLiteral("SELECT pg_advisory_xact_lock(%1)").arg(kSchemaLock)))
        return false;
    // Someone else may have built or upgraded it while this client waited for the lock.
    const int now = version(*connection);
    if (now < 0) {
        run(QStringLiteral("ROLLBACK"));
        return false;
    }
    bool first = now == 0;
    for (const Step &step : steps()) {
        if (step.version <= now)
            continue;
        QFile file(step.file);
        if (!file.open(QIODevice::ReadOnly))
            return run(QStringLiteral("ROLLBACK")) &&
                   connection->fail(
                       LibraryError::Code::Database,
                       tr("Gleaner is missing the step to library format %1.").arg(step.version));
        if (!run(QString::fromUtf8(file.readAll())))
            return false;
        if (first) {
            query.prepare(
                QStringLiteral("INSERT INTO gleaner_library (application_id, schema_version, created_at) "
                               "VALUES (?, ?, ?)"));
            query.addBindValue(qint64(LibraryConnection::kApplicationId));
            query.addBindValue(step.version);
            query.addBindValue(LibraryStore::timestamp(QDateTime::currentDateTimeUtc()));
            first = false;
        } else {
            query.prepare(QStringLiteral("UPDATE gleaner_library SET schema_version = ?"));
            query.addBindValue(step.version);
        }
        if (!connection->exec(query, what)) {
            run(QStringLiteral("ROLLBACK"));
            return false;
        }
    }
    if (version(*connection) != LibraryConnection::kSchemaVersion) {
        run(QStringLiteral("ROLLBACK"));
        return connection->fail(LibraryError::Code::Database,
                                tr("Gleaner is missing the steps to library format %1 on a server.")
                                    .arg(LibraryConnection::kSchemaVersion));
    }
    return run(QStringLiteral("COMMIT"));
}

} // namespace Gleaner
