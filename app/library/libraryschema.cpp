#include "library/libraryschema.h"

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

// ".NAME.PID.creating" and ".NAME.PID.copying": the process id tells a killed run's leftovers.
const QRegularExpression &temporaryPattern()
{
    static const QRegularExpression re(
        QStringLiteral("^\\..+\\.(\\d+)\\.(creating|copying)(-journal|-wal|-shm)?$"));
    return re;
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
                for (int version = 1; failure.isEmpty() && version <= LibraryConnection::kSchemaVersion;
                     ++version) {
                    const QByteArray script = migrationScript(version, &failure);
                    if (!failure.isEmpty())
                        break;
                    char *message = nullptr;
                    if (sqlite3_exec(handle,
                                     QByteArray("BEGIN IMMEDIATE;\n" + script + "\nCOMMIT;").constData(),
                                     nullptr, nullptr, &message) != SQLITE_OK) {
                        failure = QString::fromUtf8(message ? message : "unknown error");
                        sqlite3_free(message);
                        sqlite3_exec(handle, "ROLLBACK", nullptr, nullptr, nullptr);
                    }
                }
            }
            run(QStringLiteral("PRAGMA journal_mode = WAL"));
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
    // link() refuses to replace a file that appeared meanwhile, where rename() would not.
    if (::link(QFile::encodeName(temp).constData(), QFile::encodeName(path).constData()) != 0) {
        const int code = errno;
        cleanUp();
        *error =
            code == EEXIST
                ? LibraryError::make(LibraryError::Code::Conflict,
                                     tr("Cannot create “%1”: a file of that name appeared while creating it. "
                                        "Choose another name.")
                                         .arg(path))
                : LibraryError::make(
                      LibraryError::Code::Io,
                      tr("Cannot create “%1”: %2.").arg(path, QString::fromLocal8Bit(strerror(code))));
        return false;
    }
    cleanUp();
    return true;
}

bool LibrarySchema::migrate(LibraryConnection *connection, int fromVersion)
{
    // Keep the file as it was before changing its format. VACUUM INTO reads
    // through the -wal, so the copy holds every committed change.
    const QString path = connection->path();
    const QString backup = path + QStringLiteral(".v%1.bak").arg(fromVersion);
    if (!QFileInfo::exists(backup)) {
        removeStaleTemporaries(QFileInfo(path).absolutePath());
        const QString temp = temporaryName(backup, "copying");
        QFile::remove(temp);
        QSqlQuery copy(connection->database());
        copy.prepare(QStringLiteral("VACUUM INTO ?"));
        copy.addBindValue(temp);
        if (!copy.exec()) {
            QFile::remove(temp);
            return connection->failQuery(copy, tr("save a backup copy before upgrading the library"));
        }
        copyPermissions(path, temp);
        if (::link(QFile::encodeName(temp).constData(), QFile::encodeName(backup).constData()) != 0) {
            QFile::remove(temp);
            return connection->fail(
                LibraryError::Code::Io,
                tr("Could not keep a backup copy as “%1” before upgrading the library. Free "
                   "some space or check the folder, then open it again.")
                    .arg(backup));
        }
        QFile::remove(temp);
    }
    connection->m_backupPath = backup;
    for (int version = fromVersion + 1; version <= LibraryConnection::kSchemaVersion; ++version) {
        if (!apply(connection, version))
            return false;
    }
    return true;
}

QByteArray LibrarySchema::migrationScript(int version, QString *error)
{
    const QDir dir(QStringLiteral(":/sql"));
    const QStringList files =
        dir.entryList({QStringLiteral("%1_*.sql").arg(version, 3, 10, QLatin1Char('0'))});
    QFile file(dir.filePath(files.value(0)));
    if (files.size() != 1 || !file.open(QIODevice::ReadOnly)) {
        *error = tr("Gleaner is missing the upgrade step to library format %1.").arg(version);
        return {};
    }
    return file.readAll() + "\nPRAGMA user_version = " + QByteArray::number(version) + ";";
}

bool LibrarySchema::apply(LibraryConnection *connection, int version)
{
    QString missing;
    const QByteArray script = migrationScript(version, &missing);
    if (!missing.isEmpty())
        return connection->fail(LibraryError::Code::Database, missing);

    // One migration is one transaction: it applies whole or not at all.
    sqlite3 *handle = connection->handle();
    char *message = nullptr;
    int rc = sqlite3_exec(handle, "BEGIN IMMEDIATE", nullptr, nullptr, &message);
    if (rc == SQLITE_OK)
        rc = sqlite3_exec(handle, script.constData(), nullptr, nullptr, &message);
    if (rc == SQLITE_OK)
        rc = sqlite3_exec(handle, "COMMIT", nullptr, nullptr, &message);
    if (rc != SQLITE_OK) {
        const QString detail = QString::fromUtf8(message ? message : sqlite3_errstr(rc));
        sqlite3_free(message);
        sqlite3_exec(handle, "ROLLBACK", nullptr, nullptr, nullptr);
        if (rc == SQLITE_INTERRUPT)
            return connection->fail(
                LibraryError::Code::Cancelled,
                tr("The upgrade of the library was stopped; the library was left as it was. "
                   "Open it again to upgrade it."));
        return connection->fail(LibraryError::Code::Database,
                                tr("Could not upgrade the library to format %1 (%2); it was left as it was.")
                                    .arg(version)
                                    .arg(detail));
    }
    return true;
}

} // namespace Gleaner
