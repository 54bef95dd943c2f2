#pragma once

// Where a test's libraries live. A test registered with POSTGRES (see
// tests/CMakeLists.txt) runs twice: with files, and with GLEANER_TEST_POSTGRES
// naming the conninfo of the run's throwaway cluster, where every library is a
// new database. Without a cluster the server run skips, unless
// GLEANER_REQUIRE_POSTGRES=1 (CI), where it fails.
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>
#include <QUrlQuery>
#include <QUuid>

namespace Gleaner::Test {

inline bool onServer()
{
    return !qEnvironmentVariableIsEmpty("GLEANER_TEST_POSTGRES");
}

// The cluster's settings ("host=… port=… user=… dbname=…"), or empty.
inline QHash<QString, QString> serverSettings()
{
    QHash<QString, QString> settings;
    QFile file(qEnvironmentVariable("GLEANER_TEST_POSTGRES"));
    if (!file.open(QIODevice::ReadOnly))
        return settings;
    const QStringList pairs = QString::fromUtf8(file.readAll()).simplified().split(QLatin1Char(' '));
    for (const QString &pair : pairs) {
        const qsizetype eq = pair.indexOf(QLatin1Char('='));
        if (eq > 0)
            settings.insert(pair.left(eq), pair.mid(eq + 1));
    }
    return settings;
}

// Why the server run cannot go on, or empty when it can (or runs on files).
inline QString serverMissing()
{
    if (!onServer())
        return {};
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")))
        return QStringLiteral("Qt's PostgreSQL driver is not installed (libqt6sql6-psql)");
    if (serverSettings().isEmpty())
        return QStringLiteral("no PostgreSQL cluster was started for this run (is PostgreSQL installed?)");
    return {};
}

// In initTestCase(): skip the server run without a server, or fail it in CI.
// The server run keeps settings of its own (recent libraries, window state): the
// two runs of a test may go at the same time.
#define GLEANER_REQUIRE_ENGINE()                                                                             \
    do {                                                                                                     \
        if (Gleaner::Test::onServer() &&                                                                     \
            !QCoreApplication::applicationName().endsWith(QLatin1String("-postgresql")))                     \
            QCoreApplication::setApplicationName(QCoreApplication::applicationName() +                       \
                                                 QLatin1String("-postgresql"));                              \
        const QString missing = Gleaner::Test::serverMissing();                                              \
        if (!missing.isEmpty()) {                                                                            \
            if (qEnvironmentVariable("GLEANER_REQUIRE_POSTGRES") == QLatin1String("1"))                      \
                QFAIL(qPrintable(missing));                                                                  \
            QSKIP(qPrintable(missing));                                                                      \
        }                                                                                                    \
    } while (false)

// An address of a database on the cluster, as a user writes it.
inline QString serverAddress(const QString &database)
{
    const QHash<QString, QString> s = serverSettings();
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("host"), s.value(QStringLiteral("host")));
    query.addQueryItem(QStringLiteral("port"), s.value(QStringLiteral("port")));
    query.addQueryItem(QStringLiteral("user"), s.value(QStringLiteral("user")));
    return QStringLiteral("postgresql:///") + database + QLatin1Char('?') +
           query.toString(QUrl::FullyEncoded);
}

// Runs one statement on the cluster as its administrator (in `database`);
// returns the error text, empty on success.
inline QString serverAdmin(const QString &statement, const QString &database = QStringLiteral("postgres"))
{
    const QHash<QString, QString> s = serverSettings();
    const QString name = QStringLiteral("gleaner-test-admin-") + QUuid::createUuid().toString(QUuid::Id128);
    QString error;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setHostName(s.value(QStringLiteral("host")));
        db.setPort(s.value(QStringLiteral("port")).toInt());
        db.setUserName(s.value(QStringLiteral("user")));
        db.setDatabaseName(database);
        if (!db.open()) {
            error = db.lastError().text();
        } else {
            QSqlQuery query(db);
            if (!query.exec(statement))
                error = query.lastError().text();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return error;
}

// A new empty database on the cluster; its address, or empty (with the test failed).
inline QString newServerDatabase()
{
    static int counter = 0;
    const QString database =
        QStringLiteral("gleaner_t%1_%2").arg(QCoreApplication::applicationPid()).arg(++counter);
    const QString error = serverAdmin(QStringLiteral("CREATE DATABASE %1").arg(database));
    if (!error.isEmpty()) {
        QTest::qFail(qPrintable(QStringLiteral("could not create a test database: ") + error), __FILE__,
                     __LINE__);
        return {};
    }
    return serverAddress(database);
}

// Where a new library named `name` goes: a file in `dir`, or a new database.
inline QString newLibrary(const QTemporaryDir &dir, const QString &name)
{
    return onServer() ? newServerDatabase() : dir.filePath(name);
}

} // namespace Gleaner::Test
