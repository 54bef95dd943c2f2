#include "library/librarystore.h"

#include "library/librarycopy.h"
#include "library/libraryschema.h"
#include "library/openlibraries.h"
#include "library/sqlvalues.h"

#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

#include <sqlite3.h>

namespace Gleaner {

LibraryStore::LibraryStore(QObject *parent) : QObject(parent)
{
    attach(LibraryConnection::closed());
}

LibraryStore::~LibraryStore() = default;

void LibraryStore::attach(std::shared_ptr<LibraryConnection> connection)
{
    for (const QMetaObject::Connection &c : std::as_const(m_forwarding))
        disconnect(c);
    m_forwarding.clear();
    m_db = std::move(connection);
    LibraryConnection *db = m_db.get();
    m_forwarding << connect(db, &LibraryConnection::changedByOthers, this, &LibraryStore::changedByOthers)
                 << connect(db, &LibraryConnection::articleAdded, this, &LibraryStore::articleAdded)
                 << connect(db, &LibraryConnection::articleChanged, this, &LibraryStore::articleChanged)
                 << connect(db, &LibraryConnection::articleRemoved, this, &LibraryStore::articleRemoved)
                 << connect(db, &LibraryConnection::annotationsChanged, this,
                            &LibraryStore::annotationsChanged)
                 << connect(db, &LibraryConnection::pillarsChanged, this, &LibraryStore::pillarsChanged)
                 << connect(db, &LibraryConnection::commitmentsChanged, this,
                            &LibraryStore::commitmentsChanged)
                 << connect(db, &LibraryConnection::feedsChanged, this, &LibraryStore::feedsChanged);
}

bool LibraryStore::open(const QString &path, const OpenOptions &options)
{
    LibraryError error;
    std::shared_ptr<LibraryConnection> connection = LibraryConnection::open(path, options, &error);
    if (!connection) {
        attach(LibraryConnection::closed());
        m_db->setError(error);
        return false;
    }
    attach(std::move(connection));
    m_db->clearError();
    return true;
}

void LibraryStore::close()
{
    attach(LibraryConnection::closed());
}

QString LibraryStore::sha256Hex(const QString &text)
{
    return Sql::sha256Hex(text);
}

QString LibraryStore::timestamp(const QDateTime &time)
{
    return Sql::timestamp(time);
}

bool LibraryStore::saveCopyAs(const QString &destination)
{
    if (!isOpen())
        return m_db->fail(LibraryError::Code::Database, tr("No library is open."));
    const QFileInfo target(destination);
    if (!OpenLibraries::libraryClaiming(destination).isEmpty())
        return m_db->fail(LibraryError::Code::Conflict,
                          tr("“%1” is an open library or one of its files. Choose a new name for the copy.")
                              .arg(destination));
    if (target.exists() || target.isSymLink())
        return m_db->fail(
            LibraryError::Code::Conflict,
            tr("“%1” already exists. Choose a new name; Gleaner does not overwrite a file when saving a "
               "copy.")
                .arg(destination));
    if (m_db->isServer())
        return LibraryCopy::copy(*this, target.absoluteFilePath(), nullptr, nullptr, m_db.get());
    return LibrarySchema::saveCopy(m_db.get(), target.absoluteFilePath(), tr("save a copy of the library"));
}

std::optional<LibraryStore::CheckReport> LibraryStore::check()
{
    CheckReport report;
    report.schemaVersion = schemaVersion();
    if (report.schemaVersion < 0)
        return std::nullopt;
    if (m_db->isServer())
        return checkOnServer(report);
    QSqlQuery query(database());
    if (!query.exec(QStringLiteral("PRAGMA integrity_check"))) {
        m_db->failQuery(query, tr("check the library"));
        return std::nullopt;
    }
    QStringList findings;
    while (query.next())
        findings << query.value(0).toString();
    if (query.lastError().isValid() && findings.isEmpty()) {
        m_db->failQuery(query, tr("check the library"));
        return std::nullopt;
    }
    report.integrity = findings.join(QLatin1Char('\n'));
    QSqlQuery fk(database());
    if (!fk.exec(QStringLiteral("PRAGMA foreign_key_check"))) {
        m_db->failQuery(fk, tr("check the library's references"));
        return std::nullopt;
    }
    if (fk.next())
        report.integrity =
            (report.integrity == QLatin1String("ok") ? QString() : report.integrity + QLatin1Char('\n')) +
            tr("an annotation refers to a missing article or pillar");
    // A table whose pages cannot be read is a finding, not a count of -1.
    auto count = [&](const char *table, int *out) {
        QSqlQuery q(database());
        if (q.exec(QStringLiteral("SELECT count(*) FROM ") + QLatin1String(table)) && q.next()) {
            *out = q.value(0).toInt();
            return;
        }
        report.integrity =
            (report.integrity == QLatin1String("ok") ? QString() : report.integrity + QLatin1Char('\n')) +
            tr("the %1 table cannot be read: %2").arg(QLatin1String(table), q.lastError().text());
        *out = -1;
    };
    count("articles", &report.articles);
    count("annotations", &report.annotations);
    count("pillars", &report.pillars);
    return report;
}

std::optional<QString> LibraryStore::quickCheck(const std::atomic_bool *cancel) const
{
    QSqlQuery query(database());
    if (m_db->isServer()) {
        // The server keeps its own pages; what a client can check is that it answers.
        if (!query.exec(QStringLiteral("SELECT 1"))) {
            m_db->failQuery(query, tr("check the library"));
            return std::nullopt;
        }
        return QStringLiteral("ok");
    }
    m_db->setCancel(cancel);
    const bool ran = query.exec(QStringLiteral("PRAGMA quick_check"));
    m_db->setCancel(nullptr);
    if (!ran) {
        // A page SQLite cannot even walk is itself the finding.
        if (m_db->isOpen() && LibraryConnection::sqliteCode(query.lastError()) == SQLITE_CORRUPT)
            return query.lastError().text();
        m_db->failQuery(query, tr("check the library"));
        return std::nullopt;
    }
    QStringList findings;
    while (query.next())
        findings << query.value(0).toString();
    if (findings.isEmpty())
        return query.lastError().isValid() ? query.lastError().text() : QStringLiteral("ok");
    return findings.join(QLatin1Char('\n'));
}

} // namespace Gleaner
