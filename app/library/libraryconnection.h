#pragma once

#include "library/changescope.h"

#include "library/fileprobe.h"
#include "library/libraryerror.h"
#include "library/libraryheader.h"

#include <QFileInfo>
#include <QObject>
#include <QSqlDatabase>
#include <QVector>

#include <atomic>

#include <functional>
#include <memory>

class QSqlQuery;
struct sqlite3;

namespace Gleaner {

struct LibraryOpenOptions
{
    bool create = false;      // create the library when the file does not exist
    bool readOnly = false;    // open read-only even if the file is writable
    int busyTimeoutMs = 5000; // how long to wait for another program's lock
    bool neverWrite = false;  // with readOnly: SQLite's own read-only mode, so not even a
                              // checkpoint touches the file (for a file that may be damaged)
    // Set from another thread to stop a long open (an upgrade of the format): the
    // upgrade's transaction is rolled back and the file left as it was.
    const std::atomic_bool *cancel = nullptr;
    // For a library on a server that asks for a password libpq could not find
    // (~/.pgpass, PGPASSWORD): the one the user typed, kept only in memory.
    QString password = QString();
};

// One SQLite connection to a library file: opening it (with every check that
// keeps the file as it was when it is not a usable library), transactions, the
// error a failed step leaves for the user, and the change signals, sent once the
// change is committed. Connections are shared: opening a file this thread already
// holds returns the same connection (see OpenLibraries).
class LibraryConnection : public QObject
{
    Q_OBJECT
public:
    static constexpr quint32 kApplicationId = 0x476c6e72; // "Glnr"
    static constexpr int kSchemaVersion = 7;

    // The connection, or null with the reason in *error.
    static std::shared_ptr<LibraryConnection> open(const QString &path, const LibraryOpenOptions &options,
                                                   LibraryError *error);
    // A connection to nothing, whose every operation fails with "no library is open".
    static std::shared_ptr<LibraryConnection> closed();
    ~LibraryConnection() override;

    bool isOpen() const;
    bool isReadOnly() const { return m_readOnly; }
    // Where the library is kept: a SQLite file, or a database on a PostgreSQL server.
    enum class Engine { SQLite, PostgreSQL };
    Engine engine() const { return m_engine; }
    bool isServer() const { return m_engine == Engine::PostgreSQL; }
    // The server's PostgreSQL version ("15.8"); empty for a file.
    QString serverVersion() const;
    // The library as named in messages: the file's name, or the server address.
    QString displayName() const;
    // A short name for the library, as in a CSV's "library" column: the file's
    // name, or the database's (the service's) on a server.
    QString label() const { return isServer() ? m_label : QFileInfo(m_path).fileName(); }
    // How the connection may touch the file; connections are shared only between
    // uses that want the same (a damaged library's never-writing connection is
    // never a query_only one, which may still checkpoint when it closes).
    enum class Access { ReadWrite, QueryOnly, ReadOnly };
    Access access() const
    {
        return !m_readOnly ? Access::ReadWrite : m_queryOnly ? Access::QueryOnly : Access::ReadOnly;
    }
    QString path() const { return m_path; }
    FileIdentity identity() const { return m_identity; }
    QString backupPath() const { return m_backupPath; } // set when open() upgraded the schema
    QSqlDatabase database() const;
    sqlite3 *handle() const;
    // While set, a statement stops (SQLITE_INTERRUPT) soon after *cancel turns true.
    void setCancel(const std::atomic_bool *cancel);
    int schemaVersion() const;
    // SQLite's count of changes committed by other connections (PRAGMA data_version).
    qint64 dataVersion() const;

    const LibraryError &lastError() const { return m_error; }
    void clearError() const { m_error = {}; }
    void setError(const LibraryError &error) const { m_error = error; }
    bool fail(LibraryError::Code code, const QString &message) const;
    // Maps SQLite's or the server's error to a message that says what to do;
    // always returns false.
    bool failQuery(const QSqlQuery &query, const QString &what) const;
    // The same for an SQLite result code (SQLITE_BUSY, …) and SQLite's own words.
    bool failSqlite(int code, const QString &detail, const QString &what) const;
    // The primary SQLite result code of a failed query, or -1.
    static int sqliteCode(const QSqlError &error);
    bool exec(QSqlQuery &query, const QString &what) const;
    // Runs a statement whose one-row result must equal `expected` (a PRAGMA's answer).
    bool pragma(const QString &statement, const QVariant &expected, const QString &what) const;

    // Runs `work` in one transaction: BEGIN IMMEDIATE, or a savepoint inside an
    // outer one. Rolled back when `work` returns false; the change signals of a
    // transaction go out after its outermost commit.
    bool transaction(const QString &what, const std::function<bool()> &work);
    // The same, committed without waiting for the disk (synchronous = NORMAL in WAL
    // mode): a power cut may lose the transaction, never damage the library. For
    // what can be fetched again, such as a feed's items, so that a slow disk does
    // not stall the window on every feed of a refresh.
    bool relaxedTransaction(const QString &what, const std::function<bool()> &work);
    // The same for a change whose reads the database itself keeps true until it
    // commits (a foreign key, the row's own version in its WHERE clause): on a
    // server it commits alongside other such changes instead of one writer at a
    // time. Inside another transaction it runs under that one's lock.
    bool concurrentTransaction(const QString &what, const std::function<bool()> &work);
    // Whether commits of this connection copy the write-ahead log into the file
    // when it grows (SQLite's default); off while a refresh runs checkpoint()
    // on a worker thread instead, so no commit of the window waits for it.
    void setAutoCheckpoint(bool on);
    // Copies the write-ahead log of the library at `path` into it, from a
    // connection of its own: safe on any thread, never blocks other connections.
    static bool checkpoint(const QString &path);
    bool checkWritable(const QString &what) const;

    // Who makes the changes of this connection, as annotations record it: the
    // name set with setDisplayName() (the window's preferences), else the
    // database role on a server, else the login name.
    QString author() const
    {
        const QString chosen = displayNameSetting();
        return chosen.isEmpty() ? m_author : chosen;
    }
    static void setDisplayName(const QString &name);
    static QString displayNameSetting();

    // Called by the repositories for what they changed.
    void articleWasAdded(qint64 id) { queue({ChangeScope::ArticleAdded, id}); }
    void articleWasChanged(qint64 id) { queue({ChangeScope::Article, id}); }
    void articleWasRemoved(qint64 id) { queue({ChangeScope::ArticleRemoved, id}); }
    void annotationsWereChanged(qint64 articleId) { queue({ChangeScope::Annotations, articleId}); }
    void pillarsWereChanged() { queue({ChangeScope::Pillars, 0}); }
    void commitmentsWereChanged() { queue({ChangeScope::Commitments, 0}); }
    void feedsWereChanged() { queue({ChangeScope::Feeds, 0}); }

Q_SIGNALS:
    void articleAdded(qint64 id);
    void articleChanged(qint64 id);
    void articleRemoved(qint64 id);
    void annotationsChanged(qint64 articleId); // 0: any article
    void pillarsChanged();
    void commitmentsChanged();
    void feedsChanged(); // subscriptions or their items
    // On a server: another client committed a change, told by the signals above.
    void changedByOthers(const Gleaner::ChangeScope &scope);

private:
    LibraryConnection();
    // Everything up to SQLite's open of the file; setUp() then checks and
    // configures it, and upgrades an older format.
    bool openFile(const QString &path, const LibraryOpenOptions &options);
    bool setUp(const LibraryOpenOptions &options);
    // The same for a library on a server (libraryconnection_server.cpp).
    bool openServer(const QString &location, const LibraryOpenOptions &options);
    bool configureServer(const LibraryOpenOptions &options);
    bool failServer(const QString &state, const QString &detail, const QString &what) const;
    // Why the server refused the connection, in the user's terms and with what to do.
    LibraryError connectError(const QString &detail, bool typedPassword) const;
    // Fails with "saved by a newer version" when `version` is past this one's; else true.
    bool failIfTooNew(const QString &name, int version) const;
    int serverSchemaVersion() const;
    // One writer at a time, as in a file: what a change reads before it writes
    // (is there a pillar of that name, is this article there already) stays
    // true until it commits. Readers never wait. Held to the end of the
    // transaction; waits up to the busy timeout.
    // A concurrent transaction takes it shared: alongside one another, never
    // alongside a one-at-a-time writer.
    enum class Writers { OneAtATime, Concurrent };
    bool takeWriterLock(const QString &what, Writers writers);
    bool runTransaction(const QString &what, const std::function<bool()> &work, Writers writers);
    // A change another client committed, as the server's notification tells it.
    void serverChanged(const QString &payload);
    bool connect(const QString &uri, const QString &connectOptions);
    bool configure(bool walMode);
    void close();
    void queue(const ChangeScope &change);
    void emitChange(const ChangeScope &change);

    QString m_name; // the QSqlDatabase connection name
    QString m_path;
    QString m_label; // on a server
    QString m_author;
    QString m_backupPath;
    FileIdentity m_identity;
    LibraryHeader m_header; // as opened (after any upgrade)
    Engine m_engine = Engine::SQLite;
    bool m_readOnly = true;
    bool m_queryOnly = false;
    int m_busyTimeoutMs = 5000; // a read-only use of a writable file: PRAGMA query_only
    int m_depth = 0;
    QVector<ChangeScope> m_pending;
    mutable LibraryError m_error;

    friend class LibrarySchema;
};

} // namespace Gleaner
