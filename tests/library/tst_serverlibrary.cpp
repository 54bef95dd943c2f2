// A library on a PostgreSQL server, where it differs from a file: how an
// address becomes a library, the errors a user meets (a wrong address, a
// database that holds something else, a password), what a role with only the
// documented privileges can do, and copies between a file and a server.
// Runs only against the test run's cluster (tests/CMakeLists.txt, ONLY_POSTGRES).
#include "testengine.h"
#include "testlibrary.h"

#include "library/librarycopy.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>

using namespace Gleaner;
using namespace Gleaner::Test;

class TestServerLibrary : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    // Roles are the cluster's, not a database's: named for this run.
    static qint64 run() { return QCoreApplication::applicationPid(); }

    // A library with one of everything, and its article's id.
    static qint64 fill(LibraryStore &store);

private Q_SLOTS:
    void initTestCase();
    void emptyDatabaseBecomesALibrary();
    void addressesAndDatabasesThatAreNotLibraries_data();
    void addressesAndDatabasesThatAreNotLibraries();
    void databaseWithOtherTablesIsLeftAlone();
    void passwordIsAskedForAndNeverStored();
    void sslModeIsHonoured();
    void leastPrivilegeRoleReadsAndWrites();
    void readOnlyRoleIsToldItCannotWrite();
    void copyFileToServerAndBackKeepsEverything();
    void copyNeverWritesOverALibrary();
};

void TestServerLibrary::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    if (!onServer())
        QSKIP("runs only against a PostgreSQL cluster");
    GLEANER_REQUIRE_ENGINE();
}

qint64 TestServerLibrary::fill(LibraryStore &store)
{
    const qint64 article = store.addArticle(sampleArticle()).value_or(0);
    const qint64 pillar =
        store.addPillar(QStringLiteral("AI Infrastructure"), QStringLiteral("#336699")).value_or(0);
    Annotation amount;
    amount.articleId = article;
    amount.kind = AnnotationKind::Amount;
    amount.start = 25;
    amount.end = 35;
    amount.amount = QStringLiteral("4000000000");
    amount.currency = QStringLiteral("USD");
    Annotation tag;
    tag.articleId = article;
    tag.kind = AnnotationKind::Pillar;
    tag.start = 0;
    tag.end = 12;
    tag.pillarId = pillar;
    Annotation note;
    note.articleId = article;
    note.kind = AnnotationKind::Note;
    note.start = int(store.article(article)->text.indexOf(QStringLiteral("日本語")));
    note.end = note.start + 3;
    note.note = QStringLiteral("日本語のメモ");
    if (!store.addAnnotation(amount) || !store.addAnnotation(tag) || !store.addAnnotation(note))
        return 0;
    Feed feed;
    feed.url = QUrl(QStringLiteral("https://wire.example/feed.xml"));
    feed.title = QStringLiteral("Wire");
    if (!store.feeds().add(feed))
        return 0;
    if (!store.rejectSuggestion(article, QStringLiteral("deadline"), 44, 51))
        return 0;
    return article;
}

void TestServerLibrary::emptyDatabaseBecomesALibrary()
{
    const QString address = newServerDatabase();
    {
        LibraryStore store;
        QVERIFY(!store.open(address));
        QCOMPARE(store.lastError().code, LibraryError::Code::NotFound);
        QVERIFY2(store.lastError().message.contains(QLatin1String("gleaner import --library")),
                 qPrintable(store.lastError().message));
    }
    LibraryStore store;
    QVERIFY2(store.open(address, {true, false, 1000}), qPrintable(store.lastError().message));
    QVERIFY(store.isServer());
    QCOMPARE(store.schemaVersion(), LibraryStore::kSchemaVersion);
    QVERIFY(fill(store) > 0);
    store.close();
    // Opened again, as a second user would: the same library, no second set-up.
    LibraryStore again;
    QVERIFY2(again.open(address), qPrintable(again.lastError().message));
    QCOMPARE(again.articleCount().value_or(-1), 1);
    QCOMPARE(again.pillars()->size(), 1);
    const auto report = again.check();
    QVERIFY(report);
    QCOMPARE(report->integrity, QStringLiteral("ok"));
    QCOMPARE(report->annotations, 3);
}

void TestServerLibrary::addressesAndDatabasesThatAreNotLibraries_data()
{
    QTest::addColumn<QString>("address");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("says");
    QTest::newRow("password in the address")
        << QStringLiteral("postgresql://desk:secret@db.example/news") << int(LibraryError::Code::InvalidInput)
        << QStringLiteral("~/.pgpass");
    QTest::newRow("password as a setting")
        << QStringLiteral("postgresql://db.example/news?password=secret")
        << int(LibraryError::Code::InvalidInput) << QStringLiteral("~/.pgpass");
    QTest::newRow("unknown setting") << QStringLiteral("postgresql://db.example/news?colour=blue")
                                     << int(LibraryError::Code::InvalidInput) << QStringLiteral("colour");
    QTest::newRow("database missing") << serverAddress(QStringLiteral("no_such_database"))
                                      << int(LibraryError::Code::NotFound) << QStringLiteral("administrator");
    QTest::newRow("no server there") << QStringLiteral("postgresql:///news?host=/nonexistent-socket-folder")
                                     << int(LibraryError::Code::Database)
                                     << QStringLiteral("server is running");
}

void TestServerLibrary::addressesAndDatabasesThatAreNotLibraries()
{
    QFETCH(QString, address);
    QFETCH(int, code);
    QFETCH(QString, says);
    LibraryStore store;
    QVERIFY(!store.open(address, {true, false, 1000}));
    QCOMPARE(int(store.lastError().code), code);
    QVERIFY2(store.lastError().message.contains(says), qPrintable(store.lastError().message));
    QVERIFY2(!store.lastError().message.contains(QLatin1String("secret")), "a password is never repeated");
}

void TestServerLibrary::databaseWithOtherTablesIsLeftAlone()
{
    const QString address = newServerDatabase();
    const QString database = address.section(QLatin1Char('/'), 3).section(QLatin1Char('?'), 0, 0);
    QCOMPARE(serverAdmin(QStringLiteral("CREATE TABLE invoices (id int); INSERT INTO invoices VALUES (7)"),
                         database),
             QString());
    LibraryStore store;
    QVERIFY(!store.open(address, {true, false, 1000}));
    QCOMPARE(store.lastError().code, LibraryError::Code::NotGleaner);
    // Nothing was added next to the other tables, nothing taken away.
    QCOMPARE(serverAdmin(
                 QStringLiteral("DO $$ BEGIN IF to_regclass('articles') IS NOT NULL OR "
                                "(SELECT count(*) FROM invoices) <> 1 THEN RAISE 'touched'; END IF; END $$"),
                 database),
             QString());
}

void TestServerLibrary::passwordIsAskedForAndNeverStored()
{
    const QString address = newServerDatabase();
    {
        LibraryStore admin;
        QVERIFY(admin.open(address, {true, false, 1000}));
    }
    const QString database = address.section(QLatin1Char('/'), 3).section(QLatin1Char('?'), 0, 0);
    // The cluster asks the members of gleaner_passwords for a password (pg-test-cluster.sh).
    serverAdmin(QStringLiteral("CREATE ROLE gleaner_passwords NOLOGIN")); // there already on a second run
    QCOMPARE(serverAdmin(QStringLiteral("CREATE ROLE gleaner_password_%1 LOGIN PASSWORD 'Kumquat-42' IN ROLE "
                                        "gleaner_passwords")
                             .arg(run())),
             QString());
    QCOMPARE(
        serverAdmin(QStringLiteral("GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO "
                                   "gleaner_password_%1; GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO "
                                   "gleaner_password_%1")
                        .arg(run()),
                    database),
        QString());
    QString asRole = address;
    asRole.replace(QLatin1String("user=gleaner_admin"),
                   QStringLiteral("user=gleaner_password_%1").arg(run()));
    qunsetenv("PGPASSWORD");
    LibraryStore store;
    QVERIFY(!store.open(asRole));
    QCOMPARE(store.lastError().code, LibraryError::Code::Password);
    LibraryStore::OpenOptions wrong;
    wrong.password = QStringLiteral("Kumquat-41");
    QVERIFY(!store.open(asRole, wrong));
    QCOMPARE(store.lastError().code, LibraryError::Code::Password);
    QVERIFY(!store.lastError().message.contains(QLatin1String("Kumquat")));
    LibraryStore::OpenOptions typed;
    typed.password = QStringLiteral("Kumquat-42");
    QVERIFY2(store.open(asRole, typed), qPrintable(store.lastError().message));
    QVERIFY(!store.path().contains(QLatin1String("Kumquat")));
    store.close();
    // libpq's own sources work as they do for psql.
    qputenv("PGPASSWORD", "Kumquat-42");
    QVERIFY2(store.open(asRole), qPrintable(store.lastError().message));
    qunsetenv("PGPASSWORD");
}

void TestServerLibrary::sslModeIsHonoured()
{
    // The run's cluster takes encrypted TCP connections only, with a certificate
    // made for "localhost" (scripts/pg-test-cluster.sh).
    const QString state = QFileInfo(qEnvironmentVariable("GLEANER_TEST_POSTGRES")).absolutePath();
    QFile portFile(state + QStringLiteral("/ssl-port"));
    if (!portFile.open(QIODevice::ReadOnly)) {
        if (qEnvironmentVariable("GLEANER_REQUIRE_POSTGRES") == QLatin1String("1"))
            QFAIL("the test cluster has no SSL listener (is openssl installed?)");
        QSKIP("the test cluster has no SSL listener (openssl is not installed)");
    }
    const QString port = QString::fromUtf8(portFile.readAll()).trimmed();
    const QString rootCert = state + QStringLiteral("/root.crt");
    const QString library = newServerDatabase();
    {
        LibraryStore store;
        QVERIFY2(store.open(library, {true, false, 1000}), qPrintable(store.lastError().message));
        QVERIFY(fill(store) > 0);
    }
    const QString database = library.section(QLatin1Char('?'), 0, 0).section(QLatin1Char('/'), -1);
    const auto tcp = [&](const QString &host, const QString &settings) {
        return QStringLiteral("postgresql://gleaner_admin@%1:%2/%3?%4").arg(host, port, database, settings);
    };
    auto encrypted = [](LibraryStore &store) {
        QSqlQuery query(store.database());
        return query.exec(QStringLiteral("SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()")) &&
               query.next() && query.value(0).toBool();
    };

    // Encrypted, with the server's certificate checked against the given authority.
    LibraryStore checked;
    QVERIFY2(checked.open(tcp(QStringLiteral("localhost"),
                              QStringLiteral("sslmode=verify-full&sslrootcert=") + rootCert)),
             qPrintable(checked.lastError().message));
    QVERIFY(encrypted(checked));
    QCOMPARE(checked.articleCount().value_or(-1), 1);
    // Encrypted without a check, where the user asked only for that.
    LibraryStore plain;
    QVERIFY2(plain.open(tcp(QStringLiteral("127.0.0.1"), QStringLiteral("sslmode=require"))),
             qPrintable(plain.lastError().message));
    QVERIFY(encrypted(plain));

    // Refused, each with what to do.
    const struct
    {
        QString host;
        QString settings;
        const char *says;
    } refused[] = {
        {QStringLiteral("127.0.0.1"), QStringLiteral("sslmode=disable"), "sslmode=verify-full"},
        {QStringLiteral("127.0.0.1"), QStringLiteral("sslmode=verify-full&sslrootcert=") + rootCert,
         "not made for this host name"},
        {QStringLiteral("localhost"),
         QStringLiteral("sslmode=verify-ca&sslrootcert=") + m_dir.filePath(QStringLiteral("none.crt")),
         "sslrootcert="},
    };
    for (const auto &row : refused) {
        LibraryStore store;
        QVERIFY2(!store.open(tcp(row.host, row.settings)), qPrintable(row.settings));
        QVERIFY2(store.lastError().message.contains(QLatin1String(row.says)),
                 qPrintable(store.lastError().message));
        QCOMPARE(store.lastError().code, LibraryError::Code::Io);
    }
}

void TestServerLibrary::leastPrivilegeRoleReadsAndWrites()
{
    // docs/team-libraries.md: the administrator creates the library once; the
    // desk's role may read and write its tables, nothing more.
    const QString address = newServerDatabase();
    qint64 article = 0;
    {
        LibraryStore admin;
        QVERIFY(admin.open(address, {true, false, 1000}));
        article = fill(admin);
    }
    const QString database = address.section(QLatin1Char('/'), 3).section(QLatin1Char('?'), 0, 0);
    QCOMPARE(
        serverAdmin(QStringLiteral("CREATE ROLE gleaner_desk_%1 LOGIN NOCREATEDB NOCREATEROLE").arg(run())),
        QString());
    QCOMPARE(
        serverAdmin(QStringLiteral("REVOKE CREATE ON SCHEMA public FROM PUBLIC; "
                                   "GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO "
                                   "gleaner_desk_%1; GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO "
                                   "gleaner_desk_%1")
                        .arg(run()),
                    database),
        QString());
    QString asDesk = address;
    asDesk.replace(QLatin1String("user=gleaner_admin"), QStringLiteral("user=gleaner_desk_%1").arg(run()));
    LibraryStore desk;
    QVERIFY2(desk.open(asDesk), qPrintable(desk.lastError().message));
    Annotation note;
    note.articleId = article;
    note.kind = AnnotationKind::Note;
    note.start = 0;
    note.end = 6;
    note.note = QStringLiteral("from the desk");
    const std::optional<qint64> noted = desk.addAnnotation(note);
    QVERIFY2(noted, qPrintable(desk.lastError().message));
    // Made by the database role, as the panel and the CSV show it.
    QCOMPARE(desk.annotation(*noted)->author, QStringLiteral("gleaner_desk_%1").arg(run()));
    QVERIFY(desk.addPillar(QStringLiteral("Cybersecurity")));
    QCOMPARE(desk.articles({QStringLiteral("harbor"), 0}, LibraryStore::ArticleSort::Title,
                           Qt::AscendingOrder, 0, 10)
                 ->size(),
             1);
    QSqlQuery create(desk.database());
    QVERIFY(!create.exec(QStringLiteral("CREATE TABLE mine (x int)")));
}

void TestServerLibrary::readOnlyRoleIsToldItCannotWrite()
{
    const QString address = newServerDatabase();
    qint64 article = 0;
    {
        LibraryStore admin;
        QVERIFY(admin.open(address, {true, false, 1000}));
        article = fill(admin);
    }
    const QString database = address.section(QLatin1Char('/'), 3).section(QLatin1Char('?'), 0, 0);
    QCOMPARE(serverAdmin(QStringLiteral("CREATE ROLE gleaner_reader_%1 LOGIN").arg(run())), QString());
    QCOMPARE(
        serverAdmin(
            QStringLiteral("GRANT SELECT ON ALL TABLES IN SCHEMA public TO gleaner_reader_%1").arg(run()),
            database),
        QString());
    QString asReader = address;
    asReader.replace(QLatin1String("user=gleaner_admin"),
                     QStringLiteral("user=gleaner_reader_%1").arg(run()));
    LibraryStore reader;
    QVERIFY2(reader.open(asReader), qPrintable(reader.lastError().message));
    QCOMPARE(annotationsOf(reader, article).size(), 3);
    QVERIFY(!reader.deleteArticle(article));
    QCOMPARE(reader.lastError().code, LibraryError::Code::ReadOnly);
    QVERIFY2(reader.lastError().message.contains(QLatin1String("write access")),
             qPrintable(reader.lastError().message));
    QCOMPARE(annotationsOf(reader, article).size(), 3);
}

void TestServerLibrary::copyFileToServerAndBackKeepsEverything()
{
    const QString file = m_dir.filePath(QStringLiteral("desk.gleaner"));
    QVector<Annotation> before;
    qint64 article = 0;
    {
        LibraryStore store;
        QVERIFY(store.open(file, {true, false, 1000}));
        QVERIFY(store.addArticle(sampleArticle(QStringLiteral("A first article"))));
        // Empty texts and an empty raw source are values, not NULL (a pasted article has no bytes).
        Article pasted = sampleArticle(QStringLiteral("Pasted"));
        pasted.rawSource.clear();
        pasted.site.clear();
        pasted.html.clear();
        QVERIFY(store.addArticle(pasted));
        article = fill(store);
        QVERIFY(store.deleteArticle(1)); // ids with a gap, as in a library in use
        // More rows than one batch of the copy holds, and a remainder.
        QVERIFY(store.transaction(QStringLiteral("add notes"), [&]() {
            for (int i = 0; i < 250; ++i) {
                Annotation note;
                note.articleId = article;
                note.kind = AnnotationKind::Note;
                note.start = i % 50;
                note.end = i % 50 + 2;
                note.note = QStringLiteral("note %1, with a comma and a 'quote'").arg(i);
                if (!store.addAnnotation(note))
                    return false;
            }
            return true;
        }));
        before = annotationsOf(store, article);
        QCOMPARE(before.size(), 253);
    }
    const QString server = newServerDatabase();
    QVector<qint64> progress;
    {
        LibraryStore source;
        QVERIFY(source.open(file, {false, true, 1000}));
        QVERIFY2(
            LibraryCopy::copy(
                source, server, [&](qint64 done, qint64) { progress << done; }, nullptr, source.connection()),
            qPrintable(source.lastError().message));
    }
    QVERIFY(!progress.isEmpty());
    const QString back = m_dir.filePath(QStringLiteral("back.gleaner"));
    {
        LibraryStore onServer;
        QVERIFY2(onServer.open(server), qPrintable(onServer.lastError().message));
        const QVector<Annotation> there = annotationsOf(onServer, article);
        QCOMPARE(there.size(), before.size());
        for (int i = 0; i < there.size(); ++i) {
            QCOMPARE(there[i].id, before[i].id);
            QCOMPARE(there[i].start, before[i].start);
            QCOMPARE(there[i].createdAt, before[i].createdAt);
            QCOMPARE(there[i].note, before[i].note);
            QCOMPARE(there[i].amount, before[i].amount);
        }
        QCOMPARE(onServer.article(article)->rawSource, sampleArticle().rawSource);
        QVERIFY(isRejected(onServer, article, QStringLiteral("deadline"), 44, 51));
        QCOMPARE(onServer.feeds().list()->size(), 1);
        QCOMPARE(onServer.check()->integrity, QStringLiteral("ok")); // counts rebuilt by the server
        // New rows are numbered after the copied ones.
        QVERIFY(onServer.addArticle(sampleArticle(QStringLiteral("After the copy"))).value_or(0) > article);
        QVERIFY(onServer.saveCopyAs(back));
    }
    LibraryStore copy;
    QVERIFY(copy.open(back));
    QCOMPARE(copy.articleCount().value_or(-1), 3);
    QCOMPARE(annotationsOf(copy, article).size(), 253);
    QCOMPARE(copy.articles({QStringLiteral("日本語"), 0}, LibraryStore::ArticleSort::Title,
                           Qt::AscendingOrder, 0, 10)
                 ->size(),
             3);
    const std::optional<QVector<ArticleSummary>> pasted = copy.articles(
        {QStringLiteral("Pasted"), 0}, LibraryStore::ArticleSort::Title, Qt::AscendingOrder, 0, 1);
    QVERIFY(pasted && pasted->size() == 1);
    QVERIFY(copy.article(pasted->first().id)->rawSource.isEmpty());
    QCOMPARE(copy.check()->integrity, QStringLiteral("ok"));
}

void TestServerLibrary::copyNeverWritesOverALibrary()
{
    const QString server = newServerDatabase();
    {
        LibraryStore store;
        QVERIFY(store.open(server, {true, false, 1000}));
        QVERIFY(fill(store) > 0);
    }
    const QString file = m_dir.filePath(QStringLiteral("other.gleaner"));
    LibraryStore source;
    QVERIFY(source.open(file, {true, false, 1000}));
    QVERIFY(source.addArticle(sampleArticle()));
    QVERIFY(!LibraryCopy::copy(source, server, {}, nullptr, source.connection()));
    QCOMPARE(source.lastError().code, LibraryError::Code::Conflict);
    LibraryStore still;
    QVERIFY(still.open(server));
    QCOMPARE(still.articleCount().value_or(-1), 1);
    QCOMPARE(still.pillars()->size(), 1);
    // Nor over a file.
    LibraryStore server2;
    QVERIFY(server2.open(server));
    QVERIFY(!LibraryCopy::copy(server2, file, {}, nullptr, server2.connection()));
    QCOMPARE(server2.lastError().code, LibraryError::Code::Conflict);
}

QTEST_GUILESS_MAIN(TestServerLibrary)
#include "tst_serverlibrary.moc"
