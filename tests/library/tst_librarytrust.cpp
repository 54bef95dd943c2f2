// What a user trusts the library file with: nothing saved is lost, hidden or
// damaged, whoever else opens the file, and whatever goes wrong on the disk.
#include "damage.h"
#include "oldlibrary.h"
#include "testlibrary.h"

#include "library/librarydocument.h"
#include "library/libraryheader.h"

#include "services/libraryrecovery.h"
#include <sqlite3.h>

#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QThread>

#include <csignal>
#include <sys/stat.h>
#include <unistd.h>

using namespace Gleaner;
using namespace Gleaner::Test;

namespace {
// What another program sees: SQLite's own command-line shell, in a process of its own.
QString externalQuery(const QString &path, const QString &sql)
{
    QProcess sqlite;
    sqlite.start(QStringLiteral("sqlite3"), {path, sql});
    if (!sqlite.waitForFinished(10000))
        return QStringLiteral("(sqlite3 did not finish)");
    return QString::fromUtf8(sqlite.readAllStandardOutput()).trimmed();
}

Annotation note(qint64 articleId, int start, int end, const QString &text)
{
    Annotation a;
    a.articleId = articleId;
    a.kind = AnnotationKind::Note;
    a.start = start;
    a.end = end;
    a.note = text;
    return a;
}

// Permission bits restored when the test ends, pass or fail.
struct Chmod
{
    QString path;
    mode_t restore;
    Chmod(const QString &p, mode_t mode, mode_t back) : path(p), restore(back)
    {
        ::chmod(QFile::encodeName(path).constData(), mode);
    }
    ~Chmod() { ::chmod(QFile::encodeName(path).constData(), restore); }
};
} // namespace

class TestLibraryTrust : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString path(const QString &name) const { return m_dir.filePath(name); }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }
    void secondOpenKeepsTheLocks();
    void readOnlyFolderNeverShowsThePast();
    void damagedLibraryFailsLoudlyAndRecovers();
    void offsetsNeverSplitACharacter();
    void editsAreDatedAndKeepWhatWasTyped();
    void taggingIsOneStep();
    void deleteArticleIsUndoable();
    void nestedTransactionsSignalAfterCommit();
    void urlCredentialsAreNotKept();
    void copiesKeepPermissions();
    void killedCreationLeavesNothing();
    void oddPathsGetClearMessages_data();
    void oddPathsGetClearMessages();
    void readOnlyReadsLeaveNoCompanionFiles();
    void upgradeCanBeStopped();
    void checkRunsAnywhereAndStops();
};

void TestLibraryTrust::secondOpenKeepsTheLocks()
{
    const QString file = path(QStringLiteral("locks.gleaner"));
    LibraryStore main;
    QVERIFY(main.open(file, {true, false, 1000}));
    const qint64 article = *main.addArticle(sampleArticle());
    QVERIFY(main.addAnnotation(note(article, 0, 6, QStringLiteral("first"))));
    // A second store on the same thread shares the connection; one on another thread
    // (the window's export) opens its own through SQLite alone.
    {
        LibraryStore second;
        QVERIFY(second.open(file, {false, false, 1000}));
        QCOMPARE(second.connection(), main.connection());
        // A use that must never write gets a connection of its own, not the
        // writable one (nor a query_only one, which may still checkpoint).
        LibraryStore never;
        LibraryStore::OpenOptions neverWrite;
        neverWrite.readOnly = true;
        neverWrite.neverWrite = true;
        QVERIFY(never.open(file, neverWrite));
        QVERIFY(never.connection() != main.connection());
        LibraryStore reader;
        LibraryStore::OpenOptions readOnly;
        readOnly.readOnly = true;
        QVERIFY(reader.open(file, readOnly));
        QVERIFY(reader.connection() != never.connection());
        const LibraryHeader header = LibraryHeader::read(file);
        QVERIFY(!header.error.isError());
        QCOMPARE(header.applicationId, LibraryStore::kApplicationId);
    }
    int exported = -1;
    QThread *worker = QThread::create([&]() {
        LibraryStore reader;
        LibraryStore::OpenOptions options;
        options.readOnly = true;
        if (reader.open(file, options))
            reader.forEachExportRow(0, [&](const QByteArrayView *) { return ++exported, true; });
    });
    worker->start();
    QVERIFY(worker->wait(10000));
    delete worker;
    QCOMPARE(exported + 1, 1);
    // Another program reads the file; our locks must still be there, so it must not
    // take the library for unused and fold away (delete) the -wal we write to.
    QCOMPARE(externalQuery(file, QStringLiteral("SELECT count(*) FROM annotations")), QStringLiteral("1"));
    QVERIFY(QFile::exists(file + QLatin1String("-wal")));
    QVERIFY(main.addAnnotation(note(article, 7, 12, QStringLiteral("second"))));
    // What we commit now is what another program sees: it went to the live -wal.
    QCOMPARE(externalQuery(file, QStringLiteral("SELECT count(*) FROM annotations")), QStringLiteral("2"));
    QCOMPARE(externalQuery(file, QStringLiteral("PRAGMA integrity_check")), QStringLiteral("ok"));
}

void TestLibraryTrust::readOnlyFolderNeverShowsThePast()
{
    if (::geteuid() == 0)
        qInfo("running as root: the folder counts as read-only by its permission bits");
    const QString folder = path(QStringLiteral("shelf"));
    QVERIFY(QDir().mkpath(folder));
    const QString file = folder + QStringLiteral("/wal.gleaner");
    {
        LibraryStore store;
        QVERIFY(store.open(file, {true, false, 1000}));
        const qint64 article = *store.addArticle(sampleArticle());
        QVERIFY(store.addAnnotation(note(article, 0, 6, QStringLiteral("in the main file"))));
    }
    // A writer that keeps the library open leaves committed rows in the -wal only;
    // another process copies the library with its -wal (not the -shm), as a backup
    // tool or a file manager does, into a folder that is then made read-only.
    LibraryStore writer;
    QVERIFY(writer.open(file, {false, false, 1000}));
    QSqlQuery(writer.database()).exec(QStringLiteral("PRAGMA wal_autocheckpoint = 0"));
    QVERIFY(writer.addAnnotation(note(1, 7, 12, QStringLiteral("only in the wal"))));
    const QString copyFolder = path(QStringLiteral("readonly-shelf"));
    QVERIFY(QDir().mkpath(copyFolder));
    QCOMPARE(QProcess::execute(QStringLiteral("cp"), {file, file + QLatin1String("-wal"), copyFolder}), 0);
    writer.close();
    const QString copy = copyFolder + QStringLiteral("/wal.gleaner");
    QVERIFY(QFileInfo(copy + QLatin1String("-wal")).size() > 0);
    QVERIFY(!QFile::exists(copy + QLatin1String("-shm")));
    const Chmod readOnly(copyFolder, 0555, 0755);
    LibraryStore store;
    LibraryStore::OpenOptions options;
    options.readOnly = true;
    // Either every committed row, or a clear refusal: never the file without its -wal.
    if (store.open(copy, options)) {
        qInfo("the copy opened: every committed row must be there");
        QCOMPARE(annotationsOf(store, 1).size(), 2);
    } else {
        qInfo("the copy was refused: %s", qPrintable(store.lastError().message));
        QCOMPARE(store.lastError().code, LibraryError::Code::ReadOnly);
        QVERIFY2(store.lastError().message.contains(QStringLiteral("-wal")),
                 qPrintable(store.lastError().message));
    }
    QVERIFY(!QFile::exists(copy + QLatin1String("-shm")));
}

void TestLibraryTrust::damagedLibraryFailsLoudlyAndRecovers()
{
    const QString file = path(QStringLiteral("damaged.gleaner"));
    qint64 article = 0;
    {
        LibraryStore store;
        QVERIFY(store.open(file, {true, false, 1000}));
        article = *store.addArticle(sampleArticle());
        // Enough annotations for several pages of the table.
        for (int i = 0; i < 600; ++i)
            QVERIFY(store.addAnnotation(
                note(article, i % 40, i % 40 + 5, QStringLiteral("note %1 ").arg(i).repeated(8))));
    }
    QVERIFY(damageLeafPage(file, "annotations", 1) > 0);
    const QByteArray before = fileHash(file);
    {
        LibraryStore store;
        QVERIFY2(store.open(file, {false, true, 1000}), qPrintable(store.lastError().message));
        QVERIFY(!store.annotations(article)); // a failed read is no empty list
        QCOMPARE(store.lastError().code, LibraryError::Code::Corrupt);
        const std::optional<LibraryStore::CheckReport> report = store.check();
        QVERIFY(!report || !report->ok());
        QVERIFY(store.quickCheck().value_or(QStringLiteral("ok")) != QLatin1String("ok"));
    }
    // The window's way in: a quick check first; damage means read-only, nothing written.
    LibraryDocument document;
    QVERIFY(document.open(file, {}, true));
    QVERIFY(!document.damage().isEmpty());
    QVERIFY(document.store()->isReadOnly());
    QVERIFY(!document.annotate(note(article, 0, 3, QStringLiteral("x"))));
    document.store()->close();
    QCOMPARE(fileHash(file), before);

    const QString rescued = path(QStringLiteral("rescued.gleaner"));
    const LibraryRecovery::Report report = LibraryRecovery::saveCopy(file, rescued);
    QVERIFY2(report.ok, qPrintable(report.error));
    qint64 kept = 0;
    qint64 lost = 0;
    for (const LibraryRecovery::TableReport &t : report.tables) {
        if (t.table == QLatin1String("annotations")) {
            kept = t.copied;
            lost = t.lost;
        }
    }
    QVERIFY2(kept > 300 && lost > 0 && kept + lost <= 600, qPrintable(report.summary()));
    QCOMPARE(fileHash(file), before); // the damaged file was only read
    LibraryStore copy;
    QVERIFY(copy.open(rescued));
    QVERIFY(copy.check()->ok());
    QCOMPARE(qint64(annotationsOf(copy, article).size()), kept);
    QCOMPARE(qint64(copy.article(article)->annotationCount), kept);
    // Never over an existing file.
    QVERIFY(!LibraryRecovery::saveCopy(file, rescued).ok);
}

void TestLibraryTrust::offsetsNeverSplitACharacter()
{
    LibraryStore store;
    QVERIFY(store.open(path(QStringLiteral("emoji.gleaner")), {true, false, 1000}));
    Article a = sampleArticle();
    a.text = QStringLiteral("Launch 🚀 of 𝕏 Corp raised $5 billion.");
    const qint64 article = *store.addArticle(a);
    const int rocket = int(a.text.indexOf(QStringLiteral("🚀")));
    for (const auto &[start, end] : {std::pair{rocket + 1, rocket + 4}, std::pair{0, rocket + 1}}) {
        QVERIFY(!store.addAnnotation(note(article, start, end, QStringLiteral("split"))));
        QCOMPARE(store.lastError().code, LibraryError::Code::InvalidInput);
        QVERIFY(store.lastError().message.contains(QStringLiteral("two UTF-16 units")));
    }
    const auto whole = store.addAnnotation(note(article, rocket, rocket + 2, QStringLiteral("the rocket")));
    QVERIFY(whole);
    QCOMPARE(store.annotation(*whole)->quote, QStringLiteral("🚀"));
    // The stored text stays valid UTF-8 for every reader.
    QCOMPARE(externalQuery(store.path(), QStringLiteral("SELECT quote FROM annotations")),
             QStringLiteral("🚀"));
}

void TestLibraryTrust::editsAreDatedAndKeepWhatWasTyped()
{
    LibraryStore store;
    QVERIFY(store.open(path(QStringLiteral("dates.gleaner")), {true, false, 1000}));
    const qint64 article = *store.addArticle(sampleArticle());
    Annotation d = note(article, 0, 6, QString());
    d.kind = AnnotationKind::Deadline;
    d.due = QDate(2029, 12, 31);
    d.precision = DatePrecision::Year;
    const qint64 id = *store.addAnnotation(d);
    const Annotation saved = *store.annotation(id);
    QCOMPARE(saved.precision, DatePrecision::Year);
    QTest::qWait(5);
    Annotation edited = saved;
    edited.due = QDate(2029, 6, 15); // typed as a day in the year
    QVERIFY(store.updateAnnotation(edited));
    const Annotation after = *store.annotation(id);
    QCOMPARE(after.due, QDate(2029, 6, 15));
    QCOMPARE(after.precision, DatePrecision::Day);
    QVERIFY(after.updatedAt > saved.updatedAt);
    QCOMPARE(after.createdAt, saved.createdAt);
}

void TestLibraryTrust::taggingIsOneStep()
{
    LibraryDocument document;
    QVERIFY(document.open(path(QStringLiteral("tagging.gleaner")), {true, false, 1000}));
    const qint64 article = *document.store()->addArticle(sampleArticle());
    QSignalSpy changed(document.store(), &LibraryStore::pillarsChanged);
    const auto id = document.tagPillar(article, 0, 12, QStringLiteral("Cloud & AI"));
    QVERIFY(id);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(document.undoStack()->count(), 1);
    // The same tag again is refused with a remark, and nothing is added.
    QVERIFY(!document.tagPillar(article, 0, 12, QStringLiteral("cloud & ai")));
    QCOMPARE(document.errorCode(), LibraryError::Code::Duplicate);
    QCOMPARE(annotationsOf(*document.store(), article).size(), 1);
    QCOMPARE(document.undoStack()->count(), 1);
    // An edit that changes nothing is no undo step.
    const Annotation saved = *document.store()->annotation(*id);
    QVERIFY(document.editAnnotation(saved, saved));
    QCOMPARE(document.undoStack()->count(), 1);
    // A bad range creates no pillar.
    QVERIFY(!document.tagPillar(article, 5, 100000, QStringLiteral("Never Made")));
    QVERIFY(!hasPillar(*document.store(), QStringLiteral("Never Made")));
    // One undo takes back the annotation and the pillar made for it.
    QVERIFY(document.undo());
    QCOMPARE(annotationsOf(*document.store(), article).size(), 0);
    QVERIFY(!hasPillar(*document.store(), QStringLiteral("Cloud & AI")));
    QVERIFY(document.redo());
    QVERIFY(hasPillar(*document.store(), QStringLiteral("Cloud & AI")));
    QCOMPARE(annotationsOf(*document.store(), article).value(0).id, *id);
}

void TestLibraryTrust::deleteArticleIsUndoable()
{
    LibraryDocument document;
    QVERIFY(document.open(path(QStringLiteral("delete.gleaner")), {true, false, 1000}));
    LibraryStore *store = document.store();
    const qint64 old = *store->addArticle(sampleArticle());
    Article newer = sampleArticle(QStringLiteral("Harbor Cloud, updated"));
    newer.text += QStringLiteral(" Updated.");
    newer.previousVersionId = old;
    const qint64 next = *store->addArticle(newer);
    const qint64 tagged = *document.tagPillar(old, 0, 12, QStringLiteral("Cloud"));
    QVERIFY(document.annotate(note(old, 13, 20, QStringLiteral("a note"))));
    QVERIFY(document.rejectSuggestion(old, QStringLiteral("amount"), 25, 35));
    const QVector<Annotation> before = annotationsOf(*store, old);

    QVERIFY(document.deleteArticle(old));
    QVERIFY(!store->article(old));
    QCOMPARE(store->article(next)->previousVersionId, 0);
    QVERIFY(hasPillar(*store, QStringLiteral("Cloud"))); // pillars are the library's, not the article's
    QVERIFY(!document.deleteArticle(old));               // gone: says so
    QVERIFY(document.undo());
    const std::optional<Article> back = store->article(old);
    QVERIFY(back);
    QCOMPARE(back->annotationCount, 2);
    const QVector<Annotation> after = annotationsOf(*store, old);
    QCOMPARE(after.size(), before.size());
    for (int i = 0; i < after.size(); ++i) {
        QCOMPARE(after.at(i).id, before.at(i).id);
        QCOMPARE(after.at(i).createdAt, before.at(i).createdAt);
    }
    QCOMPARE(store->annotation(tagged)->pillarName, QStringLiteral("Cloud"));
    QVERIFY(isRejected(*store, old, QStringLiteral("amount"), 25, 35));
    QCOMPARE(store->article(next)->previousVersionId, old);
    QVERIFY(store->check()->ok());
}

void TestLibraryTrust::nestedTransactionsSignalAfterCommit()
{
    LibraryStore store;
    QVERIFY(store.open(path(QStringLiteral("nested.gleaner")), {true, false, 1000}));
    const qint64 article = *store.addArticle(sampleArticle());
    QSignalSpy spy(&store, &LibraryStore::annotationsChanged);
    const bool ok = store.transaction(QStringLiteral("two steps"), [&]() {
        if (!store.addAnnotation(note(article, 0, 4, QStringLiteral("kept"))))
            return false;
        // A failing inner step rolls back itself only.
        store.transaction(QStringLiteral("inner"), [&]() {
            store.addAnnotation(note(article, 0, 5, QStringLiteral("rolled back")));
            return false;
        });
        return spy.isEmpty(); // nothing is announced before the commit
    });
    QVERIFY(ok);
    QCOMPARE(spy.count(), 1);
    QCOMPARE(annotationsOf(store, article).size(), 1);
    // A failing outer transaction keeps nothing and announces nothing.
    spy.clear();
    QVERIFY(!store.transaction(QStringLiteral("all or nothing"), [&]() {
        store.addAnnotation(note(article, 1, 4, QStringLiteral("never")));
        return false;
    }));
    QCOMPARE(spy.count(), 0);
    QCOMPARE(annotationsOf(store, article).size(), 1);
}

void TestLibraryTrust::urlCredentialsAreNotKept()
{
    LibraryStore store;
    QVERIFY(store.open(path(QStringLiteral("urls.gleaner")), {true, false, 1000}));
    Article a = sampleArticle();
    a.url = QStringLiteral("https://reader:s3cret@news.example/story?id=4");
    a.canonicalUrl = QStringLiteral("https://reader:s3cret@news.example/story");
    const qint64 id = *store.addArticle(a);
    QCOMPARE(store.article(id)->url, QStringLiteral("https://news.example/story?id=4"));
    QCOMPARE(store.article(id)->canonicalUrl, QStringLiteral("https://news.example/story"));
    QVERIFY(!externalQuery(store.path(), QStringLiteral("SELECT url || canonical_url FROM articles"))
                 .contains(QStringLiteral("s3cret")));
    QVERIFY(store.updateArticleProperties(id, a.title, {}, QStringLiteral("http://u:p@x.example/"), {}));
    QCOMPARE(store.article(id)->url, QStringLiteral("http://x.example/"));
}

void TestLibraryTrust::copiesKeepPermissions()
{
    const QString file = path(QStringLiteral("private.gleaner"));
    LibraryStore store;
    QVERIFY(store.open(file, {true, false, 1000}));
    QVERIFY(store.addArticle(sampleArticle()));
    QVERIFY(QFile::setPermissions(file, QFile::ReadOwner | QFile::WriteOwner));
    const QString copy = path(QStringLiteral("private-copy.gleaner"));
    QVERIFY(store.saveCopyAs(copy));
    QCOMPARE(QFileInfo(copy).permissions(), QFileInfo(file).permissions());
    QVERIFY(!(QFileInfo(copy).permissions() & (QFile::ReadGroup | QFile::ReadOther)));
    // Never onto the library itself, its -wal, or an existing file.
    QVERIFY(!store.saveCopyAs(file + QLatin1String("-wal")));
    QVERIFY(!store.saveCopyAs(copy));
    QCOMPARE(store.lastError().code, LibraryError::Code::Conflict);
}

void TestLibraryTrust::killedCreationLeavesNothing()
{
    const QString folder = path(QStringLiteral("created"));
    QVERIFY(QDir().mkpath(folder));
    // A creation killed earlier left its temporary file; its process is gone.
    QProcess gone;
    gone.start(QStringLiteral("sleep"), {QStringLiteral("0.1")});
    QVERIFY(gone.waitForStarted());
    const qint64 deadPid = gone.processId(); // read while it runs: it is 0 once it has ended
    QVERIFY(deadPid > 0);
    QVERIFY(gone.waitForFinished());
    QVERIFY(::kill(pid_t(deadPid), 0) != 0); // gone
    const QString stale = folder + QStringLiteral("/.new1.gleaner.%1.creating").arg(deadPid);
    QFile leftover(stale);
    QVERIFY(leftover.open(QIODevice::WriteOnly));
    leftover.write("half a library");
    leftover.flush();
    QVERIFY(
        leftover.setFileTime(QDateTime::currentDateTime().addSecs(-600), QFileDevice::FileModificationTime));
    leftover.close();
    // One of a live process (this one) stays.
    const QString live =
        folder + QStringLiteral("/.new2.gleaner.%1.creating").arg(QCoreApplication::applicationPid());
    QFile current(live);
    QVERIFY(current.open(QIODevice::WriteOnly));
    QVERIFY(
        current.setFileTime(QDateTime::currentDateTime().addSecs(-600), QFileDevice::FileModificationTime));
    current.close();
    LibraryStore store;
    QVERIFY(store.open(folder + QStringLiteral("/new3.gleaner"), {true, false, 1000}));
    QVERIFY(!QFile::exists(stale));
    QVERIFY(QFile::exists(live));
    store.close(); // its -wal and -shm go with it
    const QStringList names = QDir(folder).entryList(QDir::Files | QDir::Hidden);
    QCOMPARE(names,
             (QStringList{QStringLiteral(".new2.gleaner.%1.creating").arg(QCoreApplication::applicationPid()),
                          QStringLiteral("new3.gleaner")}));
}

void TestLibraryTrust::oddPathsGetClearMessages_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("says");
    QTest::newRow("symbolic link loop") << "loop.gleaner"
                                        << "loop";
    QTest::newRow("link to nothing") << "dangling.gleaner"
                                     << "does not exist";
    QTest::newRow("device") << "/dev/null"
                            << "device";
    QTest::newRow("named pipe") << "fifo.gleaner"
                                << "named pipe";
    QTest::newRow("folder") << "folder.gleaner"
                            << "folder";
}

void TestLibraryTrust::oddPathsGetClearMessages()
{
    QFETCH(QString, name);
    QFETCH(QString, says);
    const QString target = name.startsWith(QLatin1Char('/')) ? name : path(name);
    if (!QFileInfo(target).isSymLink() && !QFileInfo::exists(target)) {
        if (name == QLatin1String("loop.gleaner"))
            QVERIFY(QFile::link(target, target));
        else if (name == QLatin1String("dangling.gleaner"))
            QVERIFY(QFile::link(path(QStringLiteral("nowhere.gleaner")), target));
        else if (name == QLatin1String("fifo.gleaner"))
            QCOMPARE(::mkfifo(QFile::encodeName(target).constData(), 0644), 0);
        else if (name == QLatin1String("folder.gleaner"))
            QVERIFY(QDir().mkpath(target));
    }
    // Failed opens say why in their own words, without Qt's warnings on the console.
    QTest::failOnWarning(QRegularExpression(QStringLiteral(".*")));
    LibraryStore store;
    QVERIFY(!store.open(target, {true, false, 1000})); // even with create: nothing is made there
    QVERIFY2(store.lastError().message.contains(says), qPrintable(store.lastError().message));
    QVERIFY(!store.isOpen());
}

void TestLibraryTrust::readOnlyReadsLeaveNoCompanionFiles()
{
    const QString file = path(QStringLiteral("tidy.gleaner"));
    {
        LibraryStore store;
        QVERIFY(store.open(file, {true, false, 1000}));
        QVERIFY(store.addArticle(sampleArticle()));
    }
    QVERIFY(!QFile::exists(file + QLatin1String("-wal")));
    {
        LibraryStore reader;
        LibraryStore::OpenOptions options;
        options.readOnly = true;
        QVERIFY(reader.open(file, options));
        QVERIFY(reader.isReadOnly());
        QCOMPARE(reader.articleCount().value_or(-1), 1);
        QVERIFY(!reader.addArticle(sampleArticle(QStringLiteral("refused"))));
        QCOMPARE(reader.lastError().code, LibraryError::Code::ReadOnly);
    }
    QVERIFY(!QFile::exists(file + QLatin1String("-wal")));
    QVERIFY(!QFile::exists(file + QLatin1String("-shm")));
}

// A library of format 3 (before the trigram search index), made as Gleaner made it.
void TestLibraryTrust::upgradeCanBeStopped()
{
    const QString file = Test::formatThreeLibrary(path(QStringLiteral("format3.gleaner")), 300);
    QVERIFY(!file.isEmpty());
    const QByteArray before = fileHash(file);
    std::atomic_bool cancel{true}; // stopped at once, as a user pressing Cancel
    LibraryStore store;
    LibraryStore::OpenOptions options;
    options.cancel = &cancel;
    QVERIFY(!store.open(file, options));
    QVERIFY2(store.lastError().code == LibraryError::Code::Cancelled, qPrintable(store.lastError().message));
    QCOMPARE(fileHash(file), before); // left as it was
    QVERIFY(LibraryHeader::read(file).userVersion == 3);
    // Not stopped, it upgrades, and the search index holds every article.
    cancel = false;
    QVERIFY2(store.open(file, options), qPrintable(store.lastError().message));
    QCOMPARE(store.schemaVersion(), LibraryStore::kSchemaVersion);
    QCOMPARE(store.articleCount({QStringLiteral("centres"), 0}).value_or(-1), 150);
    QCOMPARE(store.articleCount({QStringLiteral("データセンター"), 0}).value_or(-1), 150);
    QCOMPARE(store.articleCount({QStringLiteral("投資"), 0}).value_or(-1), 150);
    const auto article = store.article(1);
    QVERIFY(article);
    QCOMPARE(article->url, QStringLiteral("https://news.example/0")); // the password is gone
}

// The window checks a library on a worker thread before opening it: the check
// uses a connection of its own (while the library may be open on this thread),
// says "ok" or what is damaged, and stops when asked.
void TestLibraryTrust::checkRunsAnywhereAndStops()
{
    const QString file = Test::formatThreeLibrary(path(QStringLiteral("check-me.gleaner")), 400);
    LibraryStore open;
    QVERIFY2(open.open(file), qPrintable(open.lastError().message)); // upgraded, and kept open here
    LibraryDocument::Check result;
    QThread *worker = QThread::create([&]() { result = LibraryDocument::check(file); });
    worker->start();
    QVERIFY(worker->wait(30000));
    delete worker;
    QVERIFY2(result.ran, qPrintable(result.error.message));
    QCOMPARE(result.findings, QStringLiteral("ok"));

    std::atomic_bool stop{true};
    const LibraryDocument::Check stopped = LibraryDocument::check(file, &stop);
    QVERIFY(!stopped.ran);
    QCOMPARE(stopped.error.code, LibraryError::Code::Cancelled);
    open.close();

    const QString fresh = QFileInfo(file).absolutePath() + QStringLiteral("/missing-yet.gleaner");
    QCOMPARE(LibraryDocument::check(fresh).findings, QStringLiteral("ok")); // to be created
    QVERIFY(Test::damageLeafPage(file, "articles") > 0);
    const LibraryDocument::Check damaged = LibraryDocument::check(file);
    QVERIFY(damaged.ran);
    QVERIFY(damaged.findings != QLatin1String("ok"));
    LibraryDocument document;
    QVERIFY(document.openChecked(file, {}, damaged.findings));
    QVERIFY(document.store()->isReadOnly());
    QCOMPARE(document.damage(), damaged.findings);
}

QTEST_GUILESS_MAIN(TestLibraryTrust)
#include "tst_librarytrust.moc"
