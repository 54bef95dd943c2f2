// LibraryConnection for a library on a PostgreSQL server: opening it through
// Qt's QPSQL driver, the format check, the server's errors in the user's terms,
// and other users' changes, which the server announces with NOTIFY.
#include "library/libraryconnection.h"
#include "library/openlibraries.h"
#include "library/serverlocation.h"
#include "library/serverschema.h"

#include <QMutex>
#include <QRegularExpression>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>

namespace Gleaner {

namespace {
// Connections to servers get an identity no file has, so that stores of one
// thread share a connection to one server library as they do to one file.
constexpr quint64 kServerDevice = ~quint64(0);
// The advisory lock writers take (ServerSchema's is the application id itself).
constexpr qint64 kWriterLock = qint64(LibraryConnection::kApplicationId) + 1;

// Passwords the user typed this session, by address: the window's worker threads
// (export, copies, proposals) open their own connections with them. In memory
// only, never written anywhere.
struct Passwords
{
    QMutex mutex;
    QHash<QString, QString> byAddress;
};
Passwords &passwords()
{
    static Passwords p;
    return p;
}

const QString &channel()
{
    static const QString name = QStringLiteral("gleaner");
    return name;
}
} // namespace

bool LibraryConnection::openServer(const QString &text, const LibraryOpenOptions &options)
{
    m_error = {};
    m_engine = Engine::PostgreSQL;
    const ServerLocation location = ServerLocation::parse(text);
    if (!location.isValid())
        return fail(LibraryError::Code::InvalidInput, location.error);
    m_path = location.display();
    m_label = location.database;
    for (const QString &option : location.options) {
        if (m_label.isEmpty() && option.startsWith(QLatin1String("service=")))
            m_label = option.mid(8);
    }
    if (m_label.isEmpty())
        m_label = m_path;
    m_identity = {kServerDevice, quint64(qHash(m_path, 0)) | 1};
    m_readOnly = options.readOnly;
    m_queryOnly = false;
    m_busyTimeoutMs = options.busyTimeoutMs;
    if (OpenLibraries::connectionFor(m_identity, QThread::currentThread(), int(access())))
        return true; // open() hands out the connection this thread already has
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")))
        return fail(LibraryError::Code::Database,
                    tr("Opening a library on a PostgreSQL server needs Qt's PostgreSQL driver, which is not "
                       "installed. Install it (apt-get install libqt6sql6-psql) and try again."));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_name);
        db.setHostName(location.host);
        if (location.port > 0)
            db.setPort(location.port);
        db.setDatabaseName(location.database);
        db.setUserName(location.user);
        QString password = options.password;
        if (password.isEmpty()) {
            QMutexLocker lock(&passwords().mutex);
            password = passwords().byAddress.value(m_path);
        }
        if (!password.isEmpty())
            db.setPassword(password);
        QStringList settings = location.options;
        if (!settings.filter(QRegularExpression(QStringLiteral("^connect_timeout="))).size())
            settings << QStringLiteral("connect_timeout=10");
        if (!settings.filter(QRegularExpression(QStringLiteral("^application_name="))).size())
            settings << QStringLiteral("application_name=Gleaner");
        db.setConnectOptions(settings.join(QLatin1Char(';')));
        if (db.open()) {
            if (!options.password.isEmpty()) {
                QMutexLocker lock(&passwords().mutex);
                passwords().byAddress.insert(m_path, options.password);
            }
            return true;
        }
        const QString detail = db.lastError().databaseText().trimmed().isEmpty()
                                   ? db.lastError().text()
                                   : db.lastError().databaseText().trimmed();
        m_error = connectError(detail, !options.password.isEmpty());
    }
    const LibraryError error = m_error;
    close();
    m_error = error;
    return false;
}

LibraryError LibraryConnection::connectError(const QString &detail, bool typedPassword) const
{
    // libpq's words for why a connection failed, most specific first (a missing
    // root certificate "does not exist" too, as a missing database does).
    static const struct
    {
        const char *words;
        LibraryError::Code code;
        const char *message;
    } causes[] = {
        {"no encryption", LibraryError::Code::Io,
         QT_TR_NOOP("The server of “%1” did not let this connection in (%2). If it takes only encrypted "
                    "connections, add sslmode=verify-full to the address (or sslmode=require to encrypt "
                    "without checking its certificate); otherwise ask its administrator to let this user "
                    "in from this computer.")},
        {"does not match host name", LibraryError::Code::Io,
         QT_TR_NOOP("Could not open “%1”: the server's certificate was not made for this host name (%2). Use "
                    "the name the certificate names, or ask the server's administrator.")},
        {"root certificate file", LibraryError::Code::Io,
         QT_TR_NOOP("Could not open “%1”: the server's certificate cannot be checked without the certificate "
                    "of the authority that signed it (%2). Save that in ~/.postgresql/root.crt, or name its "
                    "file with sslrootcert= in the address.")},
        {"certificate verify failed", LibraryError::Code::Io,
         QT_TR_NOOP("Could not open “%1”: the server's certificate was not signed by the authority given "
                    "(%2). Check sslrootcert= in the address, or ask the server's administrator.")},
        {"does not support SSL", LibraryError::Code::Io,
         QT_TR_NOOP("Could not open “%1”: the address asks for an encrypted connection, and the server "
                    "offers none (%2). Ask the server's administrator to turn on SSL.")},
        {"does not exist", LibraryError::Code::NotFound,
         QT_TR_NOOP("Could not open “%1”: %2. Check the address, or ask the server's administrator to "
                    "create the database.")},
    };
    if (detail.contains(QLatin1String("no password supplied")) ||
        detail.contains(QLatin1String("password authentication failed")))
        return LibraryError::make(
            LibraryError::Code::Password,
            typedPassword
                ? tr("The server of “%1” did not accept the password (%2). Type it again.")
                      .arg(m_path, detail)
                : tr("The server of “%1” asks for a password. Keep it in ~/.pgpass (or PGPASSWORD), or "
                     "type it when the window asks.")
                      .arg(m_path));
    for (const auto &cause : causes) {
        if (detail.contains(QLatin1String(cause.words)))
            return LibraryError::make(cause.code, tr(cause.message).arg(m_path, detail));
    }
    return LibraryError::make(
        LibraryError::Code::Database,
        tr("Could not reach the library “%1”: %2. Check the address and that the server is "
           "running.")
            .arg(m_path, detail));
}

bool LibraryConnection::takeWriterLock(const QString &what, Writers writers)
{
    QSqlQuery lock(database());
    const QString function = writers == Writers::Concurrent ? QStringLiteral("pg_advisory_xact_lock_shared")
                                                            : QStringLiteral("pg_advisory_xact_lock");
    const bool ok = lock.exec(QStringLiteral("SET LOCAL lock_timeout = %1").arg(qMax(1, m_busyTimeoutMs))) &&
                    lock.exec(QStringLiteral("SELECT %1(%2)").arg(function).arg(kWriterLock));
    if (ok)
        return true;
    failQuery(lock, what);
    QSqlQuery rollback(database());
    rollback.exec(QStringLiteral("ROLLBACK"));
    return false;
}

QString LibraryConnection::serverVersion() const
{
    if (!isServer() || !isOpen())
        return {};
    QSqlQuery query(database());
    return query.exec(QStringLiteral("SHOW server_version")) && query.next() ? query.value(0).toString()
                                                                             : QString();
}

int LibraryConnection::serverSchemaVersion() const
{
    return ServerSchema::version(*this);
}

bool LibraryConnection::configureServer(const LibraryOpenOptions &options)
{
    int version = ServerSchema::version(*this);
    if (version < 0)
        return false;
    if (version == 0) {
        QSqlQuery tables(database());
        if (!tables.exec(QStringLiteral("SELECT count(*) FROM pg_catalog.pg_tables "
                                        "WHERE schemaname = current_schema()")) ||
            !tables.next())
            return failQuery(tables, tr("open the library"));
        if (tables.value(0).toInt() > 0)
            return fail(LibraryError::Code::NotGleaner,
                        tr("The database “%1” holds tables that are not a Gleaner library. Choose an empty "
                           "database for a new library.")
                            .arg(m_path));
        if (!options.create)
            return fail(LibraryError::Code::NotFound,
                        tr("The database “%1” holds no library yet. Create one there (File ▸ New Library in "
                           "the window, or “gleaner import --library %1 FILE”).")
                            .arg(m_path));
        if (m_readOnly)
            return fail(
                LibraryError::Code::ReadOnly,
                tr("The database “%1” holds no library yet, and it was opened read-only.").arg(m_path));
        if (!ServerSchema::create(this))
            return false;
        version = kSchemaVersion;
    }
    if (!failIfTooNew(m_path, version))
        return false;
    if (version < kSchemaVersion) {
        if (m_readOnly)
            return fail(
                LibraryError::Code::ReadOnly,
                tr("“%1” was saved by an older version of Gleaner and must be upgraded, but it is open "
                   "read-only. Open it in the window to upgrade it.")
                    .arg(m_path));
        if (!ServerSchema::migrate(this, version))
            return false;
    }
    if (m_readOnly) {
        QSqlQuery readOnly(database());
        if (!readOnly.exec(QStringLiteral("SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY")))
            return failQuery(readOnly, tr("open the library"));
    }
    // Other users' committed changes arrive as notifications (see the schema's
    // gleaner_notify); this connection's own are sent as signals already.
    QSqlDriver *driver = database().driver();
    if (!driver->subscribeToNotification(channel()))
        return fail(LibraryError::Code::Database, tr("Could not listen for other users' changes to “%1”: %2.")
                                                      .arg(m_path, driver->lastError().text()));
    QObject::connect(
        driver, &QSqlDriver::notification, this,
        [this](const QString &name, QSqlDriver::NotificationSource source, const QVariant &payload) {
            if (name == channel() && source == QSqlDriver::OtherSource)
                serverChanged(payload.toString());
        });
    m_header.userVersion = kSchemaVersion;
    QSqlQuery role(database());
    if (role.exec(QStringLiteral("SELECT current_user")) && role.next())
        m_author = role.value(0).toString();
    return true;
}

void LibraryConnection::serverChanged(const QString &payload)
{
    static const struct
    {
        const char *word;
        ChangeScope::Kind kind;
    } words[] = {
        {"article+", ChangeScope::ArticleAdded},
        {"article~", ChangeScope::Article},
        {"article-", ChangeScope::ArticleRemoved},
        {"annotations", ChangeScope::Annotations},
        {"pillars", ChangeScope::Pillars},
        {"commitments", ChangeScope::Commitments},
        {"feeds", ChangeScope::Feeds},
    };
    const qsizetype space = payload.indexOf(QLatin1Char(' '));
    const QString word = payload.left(space);
    const qint64 id = space < 0 ? 0 : payload.mid(space + 1).toLongLong();
    for (const auto &known : words) {
        if (word != QLatin1String(known.word))
            continue;
        const ChangeScope scope{known.kind, id};
        queue(scope);
        Q_EMIT changedByOthers(scope);
        return;
    }
}

bool LibraryConnection::failServer(const QString &state, const QString &detail, const QString &what) const
{
    if (!isOpen())
        return fail(LibraryError::Code::Database, tr("Could not %1: no library is open.").arg(what));
    // SQLSTATE classes: https://www.postgresql.org/docs/current/errcodes-appendix.html
    const QString cls = state.left(2);
    if (state == QLatin1String("57014"))
        return fail(LibraryError::Code::Cancelled,
                    tr("Could not %1: it was stopped, and the library was left as it was.").arg(what));
    if (state == QLatin1String("55P03"))
        return fail(LibraryError::Code::Locked,
                    tr("Could not %1: other users kept “%2” busy with their changes for too long. Try again.")
                        .arg(what, m_path));
    if (state == QLatin1String("40001") || state == QLatin1String("40P01"))
        return fail(LibraryError::Code::Locked,
                    tr("Could not %1: another user was changing the same items of “%2”. Try again.")
                        .arg(what, m_path));
    if (state == QLatin1String("25006"))
        return fail(LibraryError::Code::ReadOnly,
                    tr("Could not %1: the library “%2” is open read-only.").arg(what, m_path));
    if (state == QLatin1String("42501"))
        return fail(LibraryError::Code::ReadOnly,
                    tr("Could not %1: the server does not let this user change “%2” (%3). Ask the server's "
                       "administrator for write access to the library's tables.")
                        .arg(what, m_path, detail));
    if (cls == QLatin1String("23"))
        return fail(LibraryError::Code::InvalidInput, tr("Could not %1: %2.").arg(what, detail));
    if (cls == QLatin1String("08") || cls == QLatin1String("57") || state.isEmpty())
        return fail(LibraryError::Code::Io,
                    tr("Could not %1: the connection to the server of “%2” failed (%3). Check the network "
                       "and the server, then try again; nothing was half-saved.")
                        .arg(what, m_path, detail));
    if (cls == QLatin1String("53"))
        return fail(LibraryError::Code::Io,
                    tr("Could not %1: the server is out of resources (%2). Ask its administrator.")
                        .arg(what, detail));
    return fail(LibraryError::Code::Database, tr("Could not %1: %2.").arg(what, detail));
}

} // namespace Gleaner
