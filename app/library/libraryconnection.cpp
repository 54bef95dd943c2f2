#include "library/libraryconnection.h"

#include "library/libraryheader.h"
#include "library/librarynames.h"
#include "library/libraryschema.h"
#include "library/openlibraries.h"
#include "library/serverlocation.h"

#include <QFileInfo>
#include <QMutex>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QUrl>
#include <QUuid>

#include <sqlite3.h>

namespace Gleaner {

namespace {

// Opening is serialized in the process, so that no thread reads a header while
// another hands the same file to SQLite.
QMutex &openMutex()
{
    static QMutex mutex;
    return mutex;
}

constexpr QFile::Permissions kAnyWrite = QFile::WriteOwner | QFile::WriteGroup | QFile::WriteOther;
} // namespace

LibraryConnection::LibraryConnection()
    : m_name(QStringLiteral("gleaner-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
{}

LibraryConnection::~LibraryConnection()
{
    close();
}

std::shared_ptr<LibraryConnection> LibraryConnection::closed()
{
    return std::shared_ptr<LibraryConnection>(new LibraryConnection);
}

std::shared_ptr<LibraryConnection>
LibraryConnection::open(const QString &path, const LibraryOpenOptions &options, LibraryError *error)
{
    const bool server = ServerLocation::looksLikeServer(path);
    // Files only: a server may take seconds to answer, and an open of something
    // else must not wait for it (a window leaves a slow server with Cancel).
    QMutexLocker lock(server ? nullptr : &openMutex());
    auto connection = std::shared_ptr<LibraryConnection>(new LibraryConnection);
    if (!(server ? connection->openServer(path, options) : connection->openFile(path, options))) {
        *error = connection->m_error;
        return nullptr;
    }
    if (!connection->isOpen()) {
        // openFile() found that this thread holds the file already: share that connection.
        if (auto shared = OpenLibraries::connectionFor(connection->m_identity, QThread::currentThread(),
                                                       int(connection->access())))
            return shared;
        *error = LibraryError::make(LibraryError::Code::Database,
                                    tr("Could not open “%1”: it was closed while it was being opened. Try "
                                       "again.")
                                        .arg(path));
        return nullptr;
    }
    // From here SQLite holds the file and its locks: the registry says so before
    // the set-up and any upgrade (minutes for a large library, on a worker thread),
    // so that no one in this process reads the file from outside SQLite meanwhile.
    OpenLibraries::add(connection, connection->m_header);
    if (!(server ? connection->configureServer(options) : connection->setUp(options))) {
        *error = connection->m_error;
        connection->close();
        return nullptr;
    }
    OpenLibraries::updateHeader(connection->m_identity, connection->m_header);
    return connection;
}

bool LibraryConnection::openFile(const QString &path, const LibraryOpenOptions &options)
{
    m_error = {};
    const QFileInfo info(path);
    const QString name = info.fileName();
    FileProbe probe = FileProbe::of(path);
    if (probe.kind == FileProbe::Kind::Missing && !probe.isDanglingLink) {
        if (!options.create)
            return fail(
                LibraryError::Code::NotFound,
                tr("The library “%1” does not exist. Check the path, or create a new library (File ▸ New "
                   "Library in the window, or “gleaner import --library NEW.gleaner FILE”).")
                    .arg(path));
        if (!LibrarySchema::create(info.absoluteFilePath(), &m_error))
            return false;
        probe = FileProbe::of(path);
    }
    if (const QString problem = probe.problem(path);
        !problem.isEmpty() || probe.kind != FileProbe::Kind::Regular)
        return fail(probe.kind == FileProbe::Kind::Missing ? LibraryError::Code::NotFound
                                                           : LibraryError::Code::NotGleaner,
                    problem.isEmpty() ? tr("The library “%1” does not exist.").arg(path) : problem);
    m_identity = probe.identity;

    // A file or folder without write permission bits counts as read-only even for
    // root, who could write it anyway: the user marked it so.
    const QFileInfo folder(info.absolutePath());
    const bool fileWritable = info.isWritable() && (info.permissions() & kAnyWrite);
    const bool folderWritable = folder.isWritable() && (folder.permissions() & kAnyWrite);
    const bool writable = fileWritable && folderWritable && !(options.readOnly && options.neverWrite);
    m_readOnly = options.readOnly || !writable;
    // A read-only command on a writable file uses a read-write connection that
    // SQLite itself keeps from writing: its close then folds the -wal back and
    // removes the -wal and -shm files, which a read-only connection would leave.
    m_queryOnly = writable && options.readOnly;

    if (OpenLibraries::connectionFor(m_identity, QThread::currentThread(), int(access())))
        return true; // open() hands out the connection this thread already has

    // The header is read from the file only when no connection of this process
    // holds it; else the facts recorded at that first open stand.
    LibraryHeader header;
    if (const std::optional<LibraryHeader> known = OpenLibraries::header(m_identity))
        header = *known;
    else
        header = LibraryHeader::read(path);
    if (header.error.isError()) {
        m_error = header.error;
        return false;
    }

    const QString absolute = info.absoluteFilePath();
    QUrl uri = QUrl::fromLocalFile(absolute);
    QString connectOptions =
        QStringLiteral("QSQLITE_OPEN_URI;QSQLITE_BUSY_TIMEOUT=%1").arg(options.busyTimeoutMs);
    if (!writable) {
        const QFileInfo wal(absolute + QLatin1String("-wal"));
        const bool walHasContent = wal.exists() && wal.size() > 0;
        const bool shmMissing = !QFileInfo::exists(absolute + QLatin1String("-shm"));
        if (header.walMode && !folderWritable && shmMissing) {
            // SQLite reads a -wal file only through a -shm file it may create here.
            if (walHasContent)
                return fail(
                    LibraryError::Code::ReadOnly,
                    tr("“%1” has recent changes kept in “%1-wal”, which SQLite can read only in a folder "
                       "where it may create “%1-shm”, and this folder is read-only. Copy the library "
                       "together with its -wal file to a folder you can write to and open the copy, or "
                       "make this folder writable.")
                        .arg(name));
            uri.setQuery(QStringLiteral("immutable=1")); // nothing in a -wal: the file is the whole library
        } else {
            uri.setQuery(QStringLiteral("mode=ro"));
        }
        connectOptions += QLatin1String(";QSQLITE_OPEN_READONLY");
    }
    m_path = absolute;
    m_header = header;
    return connect(uri.toString(QUrl::FullyEncoded), connectOptions);
}

bool LibraryConnection::setUp(const LibraryOpenOptions &options)
{
    m_author = qEnvironmentVariable("USER", qEnvironmentVariable("LOGNAME"));
    // A long upgrade can be stopped: SQLite asks this between steps of its work.
    setCancel(options.cancel);
    const bool configured = (!m_queryOnly || pragma(QStringLiteral("PRAGMA query_only = 1"), QVariant(),
                                                    tr("open the library"))) &&
                            configure(m_header.walMode);
    setCancel(nullptr);
    if (!configured)
        return false;
    m_header.userVersion = schemaVersion();
    m_header.walMode = m_header.walMode || !m_readOnly;
    return true;
}

bool LibraryConnection::connect(const QString &uri, const QString &connectOptions)
{
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(uri);
        db.setConnectOptions(connectOptions);
        if (db.open())
            return true;
        m_error = LibraryError::make(LibraryError::Code::Database,
                                     tr("Could not open “%1”: %2. Check that the file is readable.")
                                         .arg(QFileInfo(m_path).fileName(), db.lastError().text()));
    } // the QSqlDatabase handle goes before the connection is removed
    const LibraryError error = m_error;
    close();
    m_error = error;
    return false;
}

bool LibraryConnection::configure(bool walMode)
{
    const QString name = QFileInfo(m_path).fileName();
    const QString what = tr("open the library");
    QSqlQuery query(database());
    // Reading the schema catches damage that the header does not show.
    if (!query.exec(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'table'"))) {
        failQuery(query, what);
        if (m_error.code == LibraryError::Code::Database)
            m_error =
                LibraryError::make(LibraryError::Code::Corrupt,
                                   tr("“%1” is damaged and cannot be read (%2). Use a backup copy of the "
                                      "library.")
                                       .arg(name, query.lastError().text()));
        return false;
    }
    query.finish();
    // What the header said when the file was first opened, checked again through SQLite.
    QSqlQuery id(database());
    if (!id.exec(QStringLiteral("PRAGMA application_id")) || !id.next())
        return failQuery(id, what);
    if (quint32(id.value(0).toLongLong()) != kApplicationId)
        return fail(
            LibraryError::Code::NotGleaner,
            tr("“%1” is a SQLite database but not a Gleaner library. Choose a .gleaner file, or create a "
               "new library (File ▸ New Library in the window, or “gleaner import --library NEW.gleaner "
               "FILE”).")
                .arg(name));
    id.finish();
    if (!pragma(QStringLiteral("PRAGMA foreign_keys = ON"), QVariant(), what) ||
        !pragma(QStringLiteral("PRAGMA foreign_keys"), 1, what))
        return false;
    const int version = schemaVersion();
    if (version < 0)
        return false;
    if (!failIfTooNew(name, version))
        return false;
    if (m_readOnly) {
        if (version < kSchemaVersion)
            return fail(
                LibraryError::Code::ReadOnly,
                tr("“%1” was saved by an older version of Gleaner and must be upgraded before it can be "
                   "read, but it is open read-only. Open it in the Gleaner window, or run a command that "
                   "changes it (such as “gleaner import”), where the file and its folder may be written: "
                   "that upgrades it and keeps a backup.")
                    .arg(name));
        return true;
    }
    if (!pragma(QStringLiteral("PRAGMA synchronous = FULL"), QVariant(), what) ||
        !pragma(QStringLiteral("PRAGMA synchronous"), 2, what))
        return false;
    if (!checkWritable(what))
        return false;
    // The upgrade first: stopped or failed, it leaves the file byte for byte as it was.
    if (version < kSchemaVersion && !LibrarySchema::migrate(this, version))
        return false;
    if (!walMode && !pragma(QStringLiteral("PRAGMA journal_mode = WAL"), QStringLiteral("wal"),
                            tr("switch the library to WAL")))
        return false;
    return true;
}

void LibraryConnection::close()
{
    OpenLibraries::remove(this);
    if (QSqlDatabase::contains(m_name)) {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            if (db.isOpen())
                db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    m_depth = 0;
    m_pending.clear();
}

bool LibraryConnection::isOpen() const
{
    return QSqlDatabase::contains(m_name) && database().isOpen();
}

QSqlDatabase LibraryConnection::database() const
{
    return QSqlDatabase::database(m_name, false);
}

void LibraryConnection::setCancel(const std::atomic_bool *cancel)
{
    if (!handle())
        return;
    if (!cancel) {
        sqlite3_progress_handler(handle(), 0, nullptr, nullptr);
        return;
    }
    // SQLite asks every 1,000 steps of its work; a set flag interrupts the statement.
    sqlite3_progress_handler(
        handle(), 1000,
        [](void *flag) { return static_cast<const std::atomic_bool *>(flag)->load() ? 1 : 0; },
        const_cast<std::atomic_bool *>(cancel));
}

sqlite3 *LibraryConnection::handle() const
{
    if (isServer() || !isOpen())
        return nullptr;
    const QVariant h = database().driver()->handle();
    return h.isValid() ? *static_cast<sqlite3 *const *>(h.data()) : nullptr;
}

int LibraryConnection::schemaVersion() const
{
    if (isServer())
        return serverSchemaVersion();
    QSqlQuery query(database());
    if (query.exec(QStringLiteral("PRAGMA user_version")) && query.next())
        return query.value(0).toInt();
    failQuery(query, tr("read the library's format"));
    return -1;
}

qint64 LibraryConnection::dataVersion() const
{
    if (isServer())
        return -1; // a server tells of others' changes by notifications instead
    QSqlQuery query(database());
    if (query.exec(QStringLiteral("PRAGMA data_version")) && query.next())
        return query.value(0).toLongLong();
    return -1;
}

bool LibraryConnection::fail(LibraryError::Code code, const QString &message) const
{
    m_error = LibraryError::make(code, message);
    return false;
}

int LibraryConnection::sqliteCode(const QSqlError &error)
{
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok);
    return ok ? (code & 0xff) : -1;
}

bool LibraryConnection::failQuery(const QSqlQuery &query, const QString &what) const
{
    const QSqlError error = query.lastError();
    const QString detail = error.driverText().isEmpty() ? error.text() : error.databaseText();
    if (isServer())
        return failServer(error.nativeErrorCode(), detail, what);
    return failSqlite(sqliteCode(error), detail, what);
}

QString LibraryConnection::displayName() const
{
    return LibraryNames::shortName(m_path);
}

bool LibraryConnection::failIfTooNew(const QString &name, int version) const
{
    if (version <= kSchemaVersion)
        return true;
    return fail(
        LibraryError::Code::TooNew,
        tr("“%1” was saved by a newer version of Gleaner (library format %2; this version reads up to "
           "%3). Update Gleaner to open it.")
            .arg(name)
            .arg(version)
            .arg(kSchemaVersion));
}

bool LibraryConnection::failSqlite(int code, const QString &detail, const QString &what) const
{
    const QString name = QFileInfo(m_path).fileName();
    if (!isOpen())
        return fail(LibraryError::Code::Database, tr("Could not %1: no library is open.").arg(what));
    switch (code & 0xff) {
    case SQLITE_INTERRUPT:
        return fail(LibraryError::Code::Cancelled,
                    tr("Could not %1: it was stopped, and the library was left as it was.").arg(what));
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return fail(LibraryError::Code::Locked,
                    tr("Could not %1: another program is using the library “%2”. Close the other program and "
                       "try again.")
                        .arg(what, name));
    case SQLITE_READONLY:
        return fail(
            LibraryError::Code::ReadOnly,
            tr("Could not %1: the library “%2” is read-only. Work on a copy: File ▸ Save Library As… in the "
               "window, or copy the file to a folder you can write to.")
                .arg(what, name));
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
        return fail(LibraryError::Code::Corrupt,
                    tr("Could not %1: the library “%2” is damaged (%3). Run “gleaner check” on it and use a "
                       "backup copy.")
                        .arg(what, name, detail));
    case SQLITE_FULL:
    case SQLITE_IOERR:
        return fail(
            LibraryError::Code::Io,
            tr("Could not %1: the disk reported an error (%2). Free some space or check the disk, then "
               "try again.")
                .arg(what, detail));
    case SQLITE_CONSTRAINT:
        return fail(LibraryError::Code::InvalidInput, tr("Could not %1: %2.").arg(what, detail));
    default:
        return fail(LibraryError::Code::Database, tr("Could not %1: %2.").arg(what, detail));
    }
}

bool LibraryConnection::exec(QSqlQuery &query, const QString &what) const
{
    if (query.exec())
        return true;
    return failQuery(query, what);
}

bool LibraryConnection::pragma(const QString &statement, const QVariant &expected, const QString &what) const
{
    QSqlQuery query(database());
    if (!query.exec(statement))
        return failQuery(query, what);
    if (!expected.isValid())
        return true;
    const QVariant answer = query.next() ? query.value(0) : QVariant();
    if (answer.toString().compare(expected.toString(), Qt::CaseInsensitive) == 0)
        return true;
    return fail(
        LibraryError::Code::Database,
        tr("Could not %1: SQLite answered “%2” to “%3” where “%4” was needed. The file system may not "
           "support what a library needs (WAL needs a local disk); copy the library to a local folder.")
            .arg(what, answer.toString(), statement, expected.toString()));
}

bool LibraryConnection::checkWritable(const QString &what) const
{
    if (isServer())
        return true; // a server waits for other writers row by row, not for the whole library
    QSqlQuery query(database());
    // Taking the write lock for a moment tells whether another program holds it;
    // SQLite waits up to the busy timeout before giving up.
    if (!query.exec(QStringLiteral("BEGIN IMMEDIATE"))) {
        const int code = sqliteCode(query.lastError());
        if (code == SQLITE_BUSY || code == SQLITE_LOCKED)
            return fail(
                LibraryError::Code::Locked,
                tr("“%1” is locked by another program that is writing to it. Wait for it to finish or "
                   "close it, then open the library again.")
                    .arg(QFileInfo(m_path).fileName()));
        return failQuery(query, what);
    }
    QSqlQuery rollback(database());
    return rollback.exec(QStringLiteral("ROLLBACK")) || failQuery(rollback, what);
}

void LibraryConnection::setAutoCheckpoint(bool on)
{
    if (!isOpen() || m_readOnly || isServer())
        return;
    QSqlQuery pragma(database());
    pragma.exec(on ? QStringLiteral("PRAGMA wal_autocheckpoint = 1000")
                   : QStringLiteral("PRAGMA wal_autocheckpoint = 0"));
}

bool LibraryConnection::checkpoint(const QString &path)
{
    if (ServerLocation::looksLikeServer(path))
        return true; // a server has no write-ahead log of ours to fold back
    // A connection of its own, so that it can run on any thread; PASSIVE never
    // waits for readers or writers, it copies what it can.
    sqlite3 *db = nullptr;
    const QByteArray file = QFile::encodeName(path);
    bool ok = sqlite3_open_v2(file.constData(), &db, SQLITE_OPEN_READWRITE, nullptr) == SQLITE_OK;
    if (ok) {
        sqlite3_busy_timeout(db, 1000);
        ok = sqlite3_wal_checkpoint_v2(db, nullptr, SQLITE_CHECKPOINT_PASSIVE, nullptr, nullptr) == SQLITE_OK;
    }
    sqlite3_close_v2(db);
    return ok;
}

} // namespace Gleaner
