#include "library/libraryschema.h"

#include "library/articlerepository.h"
#include "library/libraryconnection.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

#include <cerrno>
#include <csignal>
#include <cstring>
#include <sqlite3.h>
#include <unistd.h>

namespace Gleaner {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("Gleaner::LibrarySchema", text);
}

// ".NAME.PID.creating", ".NAME.PID.copying", ".NAME.PID.recovering": the process
// id tells a killed run's leftovers.
const QRegularExpression &temporaryPattern()
{
    static const QRegularExpression re(
        QStringLiteral("^\\..+\\.(\\d+)\\.(creating|copying|recovering)(-journal|-wal|-shm)?$"));
    return re;
}

// gleaner_storable_url(url) for the migrations: the program's own rule
// (storableUrl), so that SQL never parses URLs a second, different way.
void storableUrlFunction(sqlite3_context *context, int, sqlite3_value **values)
{
    const auto *text = reinterpret_cast<const char *>(sqlite3_value_text(values[0]));
    if (!text) {
        sqlite3_result_null(context);
        return;
    }
    const QByteArray url = storableUrl(QString::fromUtf8(text)).toUtf8();
    sqlite3_result_text(context, url.constData(), int(url.size()), SQLITE_TRANSIENT);
}
} // namespace

QString LibrarySchema::temporaryName(const QString &path, const char *purpose)
{
    const QFileInfo info(path);
    return info.absolutePath() + QLatin1String("/.") + info.fileName() + QLatin1Char('.') +
           QString::number(::getpid()) + QLatin1Char('.') + QLatin1String(purpose);
}

void LibrarySchema::removeStaleTemporaries(const QString &folder)
{
    const QDir dir(folder);
    const QDateTime old = QDateTime::currentDateTimeUtc().addSecs(-60);
    const QStringList names = dir.entryList(QDir::Files | QDir::Hidden | QDir::System);
    for (const QString &name : names) {
        const QRegularExpressionMatch m = temporaryPattern().match(name);
        if (!m.hasMatch())
            continue;
        const pid_t pid = pid_t(m.captured(1).toLongLong());
        const bool alive = pid > 0 && (::kill(pid, 0) == 0 || errno == EPERM);
        // A live process may still be writing it; a file from this minute may come from another machine.
        if (alive || QFileInfo(dir.filePath(name)).lastModified().toUTC() > old)
            continue;
        QFile::remove(dir.filePath(name));
    }
}

bool LibrarySchema::copyPermissions(const QString &source, const QString &target)
{
    return QFile::setPermissions(target, QFileInfo(source).permissions());
}

bool LibrarySchema::create(const QString &path, LibraryError *error)
{
    const QFileInfo info(path);
    removeStaleTemporaries(info.absolutePath());
    const QString temp = temporaryName(path, "creating");
    auto cleanUp = [&temp]() {
        for (const char *suffix : {"", "-journal", "-wal", "-shm"})
            QFile::remove(temp + QLatin1String(suffix));
    };
    cleanUp();
    {
        QFile probe(temp);
        if (!probe.open(QIODevice::WriteOnly | QIODevice::NewOnly)) {
            *error = LibraryError::make(LibraryError::Code::Io,
                                        tr("Cannot create “%1”: %2. Choose a folder you can write to.")
                                            .arg(path, probe.errorString()));
            return false;
        }
    }
    const QString connection =
        QStringLiteral("gleaner-create-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    QString failure;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(temp);
        if (!db.open()) {
            failure = db.lastError().text();
        } else {
            QSqlQuery query(db);
            auto run = [&](const QString &sql) {
                if (failure.isEmpty() && !query.exec(sql))
                    failure = query.lastError().text();
                query.finish();
            };
            run(QStringLiteral("PRAGMA page_size = 4096"));
            run(QStringLiteral("PRAGMA application_id = %1").arg(LibraryConnection::kApplicationId));
            if (failure.isEmpty()) {
                sqlite3 *handle = *static_cast<sqlite3 *const *>(db.driver()->handle().data());
                runSteps(handle, 0, &failure);
            }
            if (failure.isEmpty()) {
                QSqlQuery wal(db);
                if (!wal.exec(QStringLiteral("PRAGMA journal_mode = WAL")) || !wal.next() ||
                    wal.value(0).toString().compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0)
                    failure = tr("the file system does not support the write-ahead log a library needs (WAL "
                                 "needs a local disk); choose a local folder");
            }
            if (failure.isEmpty()) {
                QSqlQuery check(db);
                if (!check.exec(QStringLiteral("PRAGMA application_id")) || !check.next() ||
                    quint32(check.value(0).toLongLong()) != LibraryConnection::kApplicationId)
                    failure = tr("SQLite did not keep the library's application id");
            }
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(connection);
    if (!failure.isEmpty()) {
        cleanUp();
        *error = LibraryError::make(LibraryError::Code::Io, tr("Cannot create “%1”: %2.").arg(path, failure));
        return false;
    }
    const LibraryError published = publish(temp, path);
    cleanUp();
    if (published.isError()) {
        *error = published;
        return false;
    }
    return true;
}

LibraryError LibrarySchema::publish(const QString &temp, const QString &destination)
{
    const bool linked =
        ::link(QFile::encodeName(temp).constData(), QFile::encodeName(destination).constData()) == 0;
    const int code = errno;
    QFile::remove(temp);
    if (linked)
        return {};
    if (code == EEXIST)
        return LibraryError::make(
            LibraryError::Code::Conflict,
            tr("“%1” appeared while Gleaner was writing it. Choose another name.").arg(destination));
    return LibraryError::make(LibraryError::Code::Io,
                              tr("Could not write “%1”: %2. Choose a folder you can write to.")
                                  .arg(destination, QString::fromLocal8Bit(strerror(code))));
}

bool LibrarySchema::saveCopy(LibraryConnection *connection, const QString &destination, const QString &what)
{
    const QFileInfo target(destination);
    removeStaleTemporaries(target.absolutePath());
    const QString temp = temporaryName(target.absoluteFilePath(), "copying");
    QFile::remove(temp);
    QSqlQuery copy(connection->database());
    copy.prepare(QStringLiteral("VACUUM INTO ?"));
    copy.addBindValue(temp);
    if (!copy.exec()) {
        QFile::remove(temp);
        return connection->failQuery(copy, what);
    }
    // The copy is as private as the library.
    if (!copyPermissions(connection->path(), temp)) {
        QFile::remove(temp);
        return connection->fail(
            LibraryError::Code::Io,
            tr("Could not %1: the copy could not be given the library's permissions. Choose "
               "a folder you can write to.")
                .arg(what));
    }
    const LibraryError published = publish(temp, destination);
    return !published.isError() || connection->fail(published.code, published.message);
}

QString LibrarySchema::backupName(const QString &path, int version)
{
    return path + QStringLiteral(".v%1.bak").arg(version);
}

bool LibrarySchema::migrate(LibraryConnection *connection, int fromVersion)
{
    // Keep the file as it was before changing its format, under a name no earlier
    // upgrade has used (an older backup is never replaced).
    const QString path = connection->path();
    QString backup = backupName(path, fromVersion);
    for (int n = 2; QFileInfo::exists(backup) || QFileInfo(backup).isSymLink(); ++n)
        backup = path + QStringLiteral(".v%1-%2.bak").arg(fromVersion).arg(n);
    if (!saveCopy(connection, backup, tr("save a backup copy before upgrading the library")))
        return false;
    connection->m_backupPath = backup;
    QString detail;
    const int rc = runSteps(connection->handle(), fromVersion, &detail);
    if (rc == SQLITE_OK)
        return true;
    if (rc == SQLITE_INTERRUPT)
        return connection->fail(LibraryError::Code::Cancelled,
                                tr("The upgrade of the library was stopped; the library was left as it was. "
                                   "Open it again to upgrade it."));
    return connection->fail(LibraryError::Code::Database,
                            tr("Could not upgrade the library to format %1 (%2); it was left as it was.")
                                .arg(LibraryConnection::kSchemaVersion)
                                .arg(detail));
}

QByteArray LibrarySchema::migrationScript(int version, QString *error)
{
    const QDir dir(QStringLiteral(":/sql/sqlite"));
    const QStringList files =
        dir.entryList({QStringLiteral("%1_*.sql").arg(version, 3, 10, QLatin1Char('0'))});
    QFile file(dir.filePath(files.value(0)));
    if (files.size() != 1 || !file.open(QIODevice::ReadOnly)) {
        *error = tr("Gleaner is missing the upgrade step to library format %1.").arg(version);
        return {};
    }
    return file.readAll() + "\nPRAGMA user_version = " + QByteArray::number(version) + ";";
}

int LibrarySchema::runSteps(sqlite3 *handle, int from, QString *detail)
{
    // Every step in one transaction: the file gets the new format whole, or stays
    // as it was (a stopped or failed upgrade from format 1 does not leave format 3).
    QByteArray script = "BEGIN IMMEDIATE;\n";
    for (int version = from + 1; version <= LibraryConnection::kSchemaVersion; ++version) {
        script += migrationScript(version, detail) + "\n";
        if (!detail->isEmpty())
            return SQLITE_ERROR;
    }
    script += "COMMIT;";
    sqlite3_create_function_v2(handle, "gleaner_storable_url", 1, SQLITE_UTF8 | SQLITE_DETERMINISTIC, nullptr,
                               storableUrlFunction, nullptr, nullptr, nullptr);
    char *message = nullptr;
    const int rc = sqlite3_exec(handle, script.constData(), nullptr, nullptr, &message);
    if (rc != SQLITE_OK) {
        *detail = QString::fromUtf8(message ? message : sqlite3_errstr(rc));
        sqlite3_free(message);
        if (!sqlite3_get_autocommit(handle))
            sqlite3_exec(handle, "ROLLBACK", nullptr, nullptr, nullptr);
    }
    return rc;
}

} // namespace Gleaner
