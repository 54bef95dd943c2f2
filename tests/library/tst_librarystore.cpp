#include "testengine.h"
#include "testlibrary.h"

#include "library/libraryheader.h"
#include "library/searchcondition.h"

#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <sqlite3.h>

using namespace Gleaner;
using namespace Gleaner::Test;

class TestLibraryStore : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString path(const QString &name) const { return m_dir.filePath(name); }
    // A new library's place for this run's engine: a file, or a new database
    // on the test server (the same one for the same name).
    QString library(const QString &name)
    {
        if (!m_libraries.contains(name))
            m_libraries.insert(name, newLibrary(m_dir, name));
        return m_libraries.value(name);
    }
    QHash<QString, QString> m_libraries;
    // A closed library with one article and one annotation.
    QString makeLibrary(const QString &name);

private Q_SLOTS:
    void initTestCase();
    void createsNewLibraryWithHeader();
    void refusesMissingFileWithoutCreate();
    void articleRoundTrip();
    void annotationValidation_data();
    void annotationValidation();
    void annotationQuoteAndContext();
    void annotationUpdateAndDelete();
    void pillarsRenameMergeDelete();
    void pillarNamesIgnoreCase();
    void fullTextSearch();
    void listSortsAndCounts();
    void duplicates();
    void saveCopyAs();
    void rejectedSuggestions();
    void openErrorsLeaveFileUntouched_data();
    void openErrorsLeaveFileUntouched();
    void readOnlyFileOpensReadOnly();
    void readOnlyFolderOpensReadOnly();
    void lockedLibrary();
    void upgradesOldLibraryWithBackup();
    void checkReportsIntegrity();
};

void TestLibraryStore::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    GLEANER_REQUIRE_ENGINE();
}

QString TestLibraryStore::makeLibrary(const QString &name)
{
    const QString file = library(name);
    LibraryStore store;
    LibraryStore::OpenOptions options;
    options.create = true;
    if (!store.open(file, options))
        return {};
    const auto id = store.addArticle(sampleArticle());
    Annotation a;
    a.articleId = id.value_or(0);
    a.kind = AnnotationKind::Amount;
    a.start = 25;
    a.end = 35;
    a.amount = QStringLiteral("4000000000");
    a.currency = QStringLiteral("USD");
    store.addAnnotation(a);
    store.close();
    return file;
}

void TestLibraryStore::createsNewLibraryWithHeader()
{
    if (onServer())
        QSKIP("a file's SQLite header and journal mode; tst_serverlibrary checks the server's format");
    const QString file = path(QStringLiteral("new.gleaner"));
    LibraryStore store;
    LibraryStore::OpenOptions options;
    options.create = true;
    QVERIFY2(store.open(file, options), qPrintable(store.lastError().message));
    QCOMPARE(store.schemaVersion(), LibraryStore::kSchemaVersion);
    QVERIFY(!store.isReadOnly());
    QSqlQuery query(store.database());
    QVERIFY(query.exec(QStringLiteral("PRAGMA journal_mode")) && query.next());
    QCOMPARE(query.value(0).toString(), QStringLiteral("wal"));
    QVERIFY(query.exec(QStringLiteral("PRAGMA foreign_keys")) && query.next());
    QCOMPARE(query.value(0).toInt(), 1);
    store.close();
    const LibraryHeader header = LibraryHeader::read(file);
    QVERIFY(!header.error.isError());
    QCOMPARE(header.applicationId, LibraryStore::kApplicationId);
    QCOMPARE(header.userVersion, LibraryStore::kSchemaVersion);
    // No temporary files are left beside it.
    QCOMPARE(
        QDir(m_dir.path()).entryList({QStringLiteral(".new.gleaner*")}, QDir::Hidden | QDir::Files).size(),
        0);
}

void TestLibraryStore::refusesMissingFileWithoutCreate()
{
    LibraryStore store;
    // A missing file, or a database that holds no library yet.
    QVERIFY(!store.open(library(QStringLiteral("missing.gleaner"))));
    QCOMPARE(store.lastError().code, LibraryError::Code::NotFound);
    QVERIFY(!QFile::exists(path(QStringLiteral("missing.gleaner"))));
}

void TestLibraryStore::articleRoundTrip()
{
    LibraryStore store;
    QVERIFY2(store.open(library(QStringLiteral("articles.gleaner")), {true, false, 1000}),
             qPrintable(store.lastError().message));
    QSignalSpy added(&store, &LibraryStore::articleAdded);
    Article in = sampleArticle();
    in.byline = QStringLiteral("By A. Writer");
    in.language = QStringLiteral("en");
    in.canonicalUrl = QStringLiteral("https://example.org/canonical");
    in.description = QStringLiteral("A short summary.");
    in.segmentsJson = QStringLiteral("[[1,0,10,0]]");
    const auto id = store.addArticle(in);
    QVERIFY2(id, qPrintable(store.lastError().message));
    QCOMPARE(added.count(), 1);
    const auto out = store.article(*id);
    QVERIFY(out);
    QCOMPARE(out->title, in.title);
    QCOMPARE(out->byline, in.byline);
    QCOMPARE(out->site, in.site);
    QCOMPARE(out->url, in.url);
    QCOMPARE(out->canonicalUrl, in.canonicalUrl);
    QCOMPARE(out->published, in.published);
    QCOMPARE(out->language, in.language);
    QCOMPARE(out->description, in.description);
    QCOMPARE(out->rawSource, in.rawSource);
    QCOMPARE(out->text, in.text);
    QCOMPARE(out->html, in.html);
    QCOMPARE(out->segmentsJson, in.segmentsJson);
    QCOMPARE(out->textSha256, LibraryStore::sha256Hex(in.text));
    QVERIFY(out->importedAt.isValid());

    QVERIFY(store.updateArticleProperties(*id, QStringLiteral("New title"), QDate(2025, 1, 31),
                                          QStringLiteral("https://example.org/x"),
                                          QStringLiteral("Other site")));
    const auto changed = store.article(*id);
    QCOMPARE(changed->title, QStringLiteral("New title"));
    QCOMPARE(changed->published, QDate(2025, 1, 31));
    QCOMPARE(changed->site, QStringLiteral("Other site"));

    Article empty = sampleArticle();
    empty.text.clear();
    QVERIFY(!store.addArticle(empty));
    QCOMPARE(store.lastError().code, LibraryError::Code::InvalidInput);
    QVERIFY(!store.article(9999));
}

void TestLibraryStore::annotationValidation_data()
{
    QTest::addColumn<int>("start");
    QTest::addColumn<int>("end");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("amount");
    QTest::addColumn<QString>("currency");
    QTest::addColumn<QString>("unit");
    QTest::addColumn<QString>("due");
    QTest::addColumn<bool>("valid");

    QTest::newRow("amount ok") << 25 << 35 << "amount"
                               << "4000000000"
                               << "USD"
                               << ""
                               << "" << true;
    QTest::newRow("lower-case currency is accepted") << 25 << 35 << "amount"
                                                     << "4"
                                                     << "usd"
                                                     << ""
                                                     << "" << true;
    QTest::newRow("start after end") << 35 << 25 << "amount"
                                     << "4"
                                     << "USD"
                                     << ""
                                     << "" << false;
    QTest::newRow("empty range") << 5 << 5 << "note"
                                 << ""
                                 << ""
                                 << ""
                                 << "" << false;
    QTest::newRow("negative start") << -1 << 5 << "note"
                                    << ""
                                    << ""
                                    << ""
                                    << "" << false;
    QTest::newRow("end past the text") << 0 << 100000 << "note"
                                       << ""
                                       << ""
                                       << ""
                                       << "" << false;
    QTest::newRow("amount with separators") << 25 << 35 << "amount"
                                            << "4,000"
                                            << "USD"
                                            << ""
                                            << "" << false;
    QTest::newRow("amount as float text") << 25 << 35 << "amount"
                                          << "4e9"
                                          << "USD"
                                          << ""
                                          << "" << false;
    QTest::newRow("decimal amount") << 25 << 35 << "amount"
                                    << "2.5"
                                    << ""
                                    << "engineer"
                                    << "" << true;
    // Every currency the recognizers propose must be accepted when the user accepts it.
    QTest::newRow("currency the recognizers know") << 25 << 35 << "amount"
                                                   << "4"
                                                   << "JMD"
                                                   << ""
                                                   << "" << true;
    QTest::newRow("unknown currency") << 25 << 35 << "amount"
                                      << "4"
                                      << "USS"
                                      << ""
                                      << "" << false;
    QTest::newRow("currency and unit") << 25 << 35 << "amount"
                                       << "4"
                                       << "USD"
                                       << "gpu"
                                       << "" << false;
    QTest::newRow("amount without value") << 25 << 35 << "amount"
                                          << ""
                                          << "USD"
                                          << ""
                                          << "" << false;
    QTest::newRow("deadline ok") << 45 << 52 << "deadline"
                                 << ""
                                 << ""
                                 << ""
                                 << "2029-12-31" << true;
    QTest::newRow("deadline without date") << 45 << 52 << "deadline"
                                           << ""
                                           << ""
                                           << ""
                                           << "" << false;
    QTest::newRow("deadline bad date") << 45 << 52 << "deadline"
                                       << ""
                                       << ""
                                       << ""
                                       << "2029-02-30" << false;
    QTest::newRow("note") << 0 << 12 << "note"
                          << ""
                          << ""
                          << ""
                          << "" << true;
}

void TestLibraryStore::annotationValidation()
{
    QFETCH(int, start);
    QFETCH(int, end);
    QFETCH(QString, kind);
    QFETCH(QString, amount);
    QFETCH(QString, currency);
    QFETCH(QString, unit);
    QFETCH(QString, due);
    QFETCH(bool, valid);
    LibraryStore store;
    QVERIFY(store.open(library(QStringLiteral("validation.gleaner")), {true, false, 1000}));
    if (store.articleCount().value_or(-1) == 0)
        QVERIFY(store.addArticle(sampleArticle()));
    const qint64 articleId =
        store.articles({}, LibraryStore::ArticleSort::ImportedAt, Qt::AscendingOrder, 0, 1)->value(0).id;
    const int before = annotationsOf(store, articleId).size();
    Annotation a;
    a.articleId = articleId;
    QVERIFY(kindFromName(kind, &a.kind));
    a.start = start;
    a.end = end;
    a.amount = amount;
    a.currency = currency;
    a.unit = unit;
    a.due = QDate::fromString(due, Qt::ISODate);
    a.precision = DatePrecision::Year;
    const auto id = store.addAnnotation(a);
    QCOMPARE(bool(id), valid);
    if (!valid) {
        QCOMPARE(store.lastError().code, LibraryError::Code::InvalidInput);
        QVERIFY(!store.lastError().message.isEmpty());
        QCOMPARE(annotationsOf(store, articleId).size(), before);
    } else {
        QCOMPARE(annotationsOf(store, articleId).size(), before + 1);
    }
}

void TestLibraryStore::annotationQuoteAndContext()
{
    LibraryStore store;
    QVERIFY(store.open(library(QStringLiteral("quote.gleaner")), {true, false, 1000}));
    const auto articleId = store.addArticle(sampleArticle());
    const QString text = sampleArticle().text;
    const int start = text.indexOf(QStringLiteral("50,000 engineers"));
    Annotation a;
    a.articleId = *articleId;
    a.kind = AnnotationKind::Amount;
    a.start = start;
    a.end = start + 16;
    a.amount = QStringLiteral("50000");
    a.unit = QStringLiteral("engineer");
    a.qualifier = QStringLiteral("about");
    a.note = QStringLiteral("Training target");
    a.origin = AnnotationOrigin::Suggestion;
    const auto id = store.addAnnotation(a);
    QVERIFY2(id, qPrintable(store.lastError().message));
    const auto saved = store.annotation(*id);
    QCOMPARE(saved->quote, QStringLiteral("50,000 engineers"));
    QCOMPARE(saved->prefix, text.mid(start - 32, 32));
    QCOMPARE(saved->suffix, text.mid(start + 16, 32));
    QCOMPARE(saved->unit, QStringLiteral("engineer"));
    QCOMPARE(saved->qualifier, QStringLiteral("about"));
    QCOMPARE(saved->origin, AnnotationOrigin::Suggestion);
    QVERIFY(saved->createdAt.isValid());
    QCOMPARE(store.article(*articleId)->annotationCount, 1);

    // A due date is kept as given: one that is not the last day of its period keeps
    // its day (the precision becomes day) instead of moving silently to the period's end.
    Annotation d;
    d.articleId = *articleId;
    d.kind = AnnotationKind::Deadline;
    d.start = text.indexOf(QStringLiteral("by 2029"));
    d.end = d.start + 7;
    d.due = QDate(2029, 5, 3);
    d.precision = DatePrecision::Year;
    const auto dId = store.addAnnotation(d);
    QVERIFY(dId);
    QCOMPARE(store.annotation(*dId)->due, QDate(2029, 5, 3));
    QCOMPARE(store.annotation(*dId)->precision, DatePrecision::Day);
    Annotation yearEnd = d;
    yearEnd.due = QDate(2029, 12, 31);
    QVERIFY(store.updateAnnotation((yearEnd.id = *dId, yearEnd)));
    QCOMPARE(store.annotation(*dId)->precision, DatePrecision::Year);
    // Japanese text is addressed in UTF-16 units.
    const int jp = text.indexOf(QStringLiteral("日本語"));
    Annotation n;
    n.articleId = *articleId;
    n.kind = AnnotationKind::Note;
    n.start = jp;
    n.end = jp + 3;
    const auto nId = store.addAnnotation(n);
    QCOMPARE(store.annotation(*nId)->quote, QStringLiteral("日本語"));
}

void TestLibraryStore::annotationUpdateAndDelete()
{
    LibraryStore store;
    QVERIFY(store.open(library(QStringLiteral("update.gleaner")), {true, false, 1000}));
    const auto articleId = store.addArticle(sampleArticle());
    Annotation a;
    a.articleId = *articleId;
    a.kind = AnnotationKind::Amount;
    a.start = 25;
    a.end = 35;
    a.amount = QStringLiteral("4000000000");
    a.currency = QStringLiteral("USD");
    const auto id = store.addAnnotation(a);
    QSignalSpy changed(&store, &LibraryStore::annotationsChanged);
    Annotation edited = *store.annotation(*id);
    edited.amount = QStringLiteral("4500000000");
    QVERIFY(store.updateAnnotation(edited));
    QCOMPARE(store.annotation(*id)->amount, QStringLiteral("4500000000"));
    edited.amount = QStringLiteral("lots");
    QVERIFY(!store.updateAnnotation(edited));
    QCOMPARE(store.annotation(*id)->amount, QStringLiteral("4500000000"));
    const Annotation saved = *store.annotation(*id);
    QVERIFY(store.deleteAnnotation(*id));
    QVERIFY(!store.annotation(*id));
    QCOMPARE(store.article(*articleId)->annotationCount, 0);
    QVERIFY(store.restoreAnnotation(saved));
    QCOMPARE(store.annotation(*id)->amount, saved.amount);
    QCOMPARE(store.annotation(*id)->createdAt, saved.createdAt);
    QCOMPARE(changed.count(), 3);
}

void TestLibraryStore::pillarsRenameMergeDelete()
{
    LibraryStore store;
    QVERIFY(store.open(library(QStringLiteral("pillars.gleaner")), {true, false, 1000}));
    const auto articleId = store.addArticle(sampleArticle());
    const auto infra = store.addPillar(QStringLiteral("AI Infrastructure"), QStringLiteral("#3366cc"));
    const auto compute = store.addPillar(QStringLiteral("Compute"));
    QVERIFY(infra && compute);
    QVERIFY(!store.addPillar(QStringLiteral("Bad"), QStringLiteral("blue")));
    Annotation a;
    a.articleId = *articleId;
    a.kind = AnnotationKind::Pillar;
    a.start = 0;
    a.end = 12;
    a.pillarId = *compute;
    const auto first = store.addAnnotation(a);
    a.start = 13;
    a.end = 17;
    const auto second = store.addAnnotation(a);
    QVERIFY(first && second);
    QCOMPARE(store.pillar(*compute)->annotationCount, 2);

    QVERIFY(!store.renamePillar(*compute, QStringLiteral("ai infrastructure")));
    QCOMPARE(store.lastError().code, LibraryError::Code::Conflict);
    QVERIFY(store.renamePillar(*compute, QStringLiteral("Compute Capacity")));
    QCOMPARE(store.annotation(*first)->pillarName, QStringLiteral("Compute Capacity"));

    QVERIFY(!store.deletePillar(*compute)); // in use
    QCOMPARE(store.lastError().code, LibraryError::Code::Conflict);

    const Pillar before = *store.pillar(*compute);
    const auto moved = store.mergePillars(*compute, *infra);
    QVERIFY(moved);
    QCOMPARE(moved->annotations.size(), 2);
    QVERIFY(!store.pillar(*compute));
    QCOMPARE(store.pillar(*infra)->annotationCount, 2);
    QCOMPARE(store.annotation(*first)->pillarName, QStringLiteral("AI Infrastructure"));

    QVERIFY(store.unmergePillars(before, *moved));
    QCOMPARE(store.pillar(*compute)->annotationCount, 2);
    QCOMPARE(store.pillar(*infra)->annotationCount, 0);
    QVERIFY(store.deletePillar(*infra));
    QCOMPARE(store.pillars()->size(), 1);
}

void TestLibraryStore::pillarNamesIgnoreCase()
{
    LibraryStore store;
    QVERIFY(store.open(library(QStringLiteral("case.gleaner")), {true, false, 1000}));
    QVERIFY(store.addPillar(QStringLiteral("Cybersecurity")));
    QVERIFY(!store.addPillar(QStringLiteral("CYBERSECURITY")));
    QCOMPARE(store.lastError().code, LibraryError::Code::Conflict);
    QVERIFY(hasPillar(store, QStringLiteral("cybersecurity")));
    QVERIFY(!store.addPillar(QStringLiteral("   ")));
}

void TestLibraryStore::fullTextSearch()
{
    LibraryStore store;
    QVERIFY(store.open(library(QStringLiteral("search.gleaner")), {true, false, 1000}));
    const auto kenya = store.addArticle(sampleArticle());
    Article other = sampleArticle(QStringLiteral("Chip plant in Ohio"));
    other.text = QStringLiteral("A semiconductor plant will open in Ohio.");
    const auto ohio = store.addArticle(other);
    QCOMPARE(store.articleCount({QStringLiteral("semiconductor"), 0}).value_or(-1), 1);
    QCOMPARE(store
                 .articles({QStringLiteral("semicond"), 0}, LibraryStore::ArticleSort::Title,
                           Qt::AscendingOrder, 0, 10)
                 ->value(0)
                 .id,
             *ohio);
    QCOMPARE(store.articleCount({QStringLiteral("Harbor"), 0}).value_or(-1), 1);
    QCOMPARE(store.articleCount({QStringLiteral("nothing-like-this"), 0}).value_or(-1), 0);
    // FTS syntax in user input is taken literally, not as an error.
    QCOMPARE(store.articleCount({QStringLiteral("\"AND OR ( NEAR"), 0}).value_or(-1), 0);
    QVERIFY(!store.lastError().isError());
    // Notes and quotes are searchable; a title change is reflected.
    Annotation n;
    n.articleId = *kenya;
    n.kind = AnnotationKind::Note;
    n.start = 0;
    n.end = 6;
    n.note = QStringLiteral("zebrafish reminder");
    QVERIFY(store.addAnnotation(n));
    QCOMPARE(store.articleCount({QStringLiteral("zebrafish"), 0}).value_or(-1), 1);
    QVERIFY(store.updateArticleProperties(*ohio, QStringLiteral("Foundry news"), {}, {}, {}));
    QCOMPARE(store.articleCount({QStringLiteral("foundry"), 0}).value_or(-1), 1);
    QCOMPARE(store.articleCount({QStringLiteral("Ohio"), 0}).value_or(-1), 1); // still in the text
    // Filter by pillar.
    const auto pillar = store.addPillar(QStringLiteral("Talent"));
    Annotation p = n;
    p.kind = AnnotationKind::Pillar;
    p.note.clear();
    p.pillarId = *pillar;
    QVERIFY(store.addAnnotation(p));
    QCOMPARE(store.articleCount({QString(), *pillar}).value_or(-1), 1);
}

void TestLibraryStore::listSortsAndCounts()
{
    LibraryStore store;
    QVERIFY(store.open(library(QStringLiteral("list.gleaner")), {true, false, 1000}));
    const QStringList sites = {QStringLiteral("zeta.example"), QStringLiteral("Alpha.example"),
                               QStringLiteral("mid.example")};
    int n = 0;
    for (const char *title : {"Bravo", "alpha", "Charlie"}) {
        Article a = sampleArticle(QLatin1String(title));
        a.text += QLatin1String(title); // distinct texts
        a.site = sites.at(n++);
        QVERIFY(store.addArticle(a));
    }
    const auto byTitle = *store.articles({}, LibraryStore::ArticleSort::Title, Qt::AscendingOrder, 0, 10);
    QCOMPARE(byTitle.size(), 3);
    QCOMPARE(byTitle.at(0).title, QStringLiteral("alpha"));
    QCOMPARE(byTitle.at(2).title, QStringLiteral("Charlie"));
    const auto page = *store.articles({}, LibraryStore::ArticleSort::Title, Qt::DescendingOrder, 1, 1);
    QCOMPARE(page.size(), 1);
    QCOMPARE(page.at(0).title, QStringLiteral("Bravo"));
    QCOMPARE(store.articleCount().value_or(-1), 3);

    // Every sort order, with and without a search (a search walks the order's index).
    for (const QString &search : {QString(), QStringLiteral("Kenya")}) {
        const auto bySite =
            *store.articles({search, 0}, LibraryStore::ArticleSort::Site, Qt::AscendingOrder, 0, 10);
        QVERIFY2(bySite.size() == 3, qPrintable(store.lastError().message));
        QCOMPARE(bySite.at(0).site, QStringLiteral("Alpha.example"));
        QCOMPARE(bySite.at(2).site, QStringLiteral("zeta.example"));
        for (const auto sort : {LibraryStore::ArticleSort::ImportedAt, LibraryStore::ArticleSort::Published,
                                LibraryStore::ArticleSort::Title, LibraryStore::ArticleSort::AnnotationCount})
            QCOMPARE(store.articles({search, 0}, sort, Qt::DescendingOrder, 0, 10)->size(), 3);
    }
}

void TestLibraryStore::duplicates()
{
    LibraryStore store;
    QVERIFY(store.open(library(QStringLiteral("dupes.gleaner")), {true, false, 1000}));
    Article a = sampleArticle();
    a.canonicalUrl = QStringLiteral("https://example.org/story");
    const auto id = store.addArticle(a);
    QCOMPARE(store.findDuplicate(a.canonicalUrl, QStringLiteral("x")).value_or(0), *id);
    QCOMPARE(store.findDuplicate(QString(), LibraryStore::sha256Hex(a.text)).value_or(0), *id);
    QCOMPARE(store.findDuplicate(QString(), QStringLiteral("nothing")), std::optional<qint64>(0)); // none
}

void TestLibraryStore::saveCopyAs()
{
    const QString source = makeLibrary(QStringLiteral("original.gleaner"));
    LibraryStore store;
    QVERIFY(store.open(source));
    const QString copy = path(QStringLiteral("copy.gleaner"));
    QVERIFY2(store.saveCopyAs(copy), qPrintable(store.lastError().message));
    // Never overwrites.
    QVERIFY(!store.saveCopyAs(copy));
    QCOMPARE(store.lastError().code, LibraryError::Code::Conflict);
    LibraryStore other;
    QVERIFY(other.open(copy));
    QCOMPARE(other.articleCount().value_or(-1), 1);
    const qint64 articleId =
        other.articles({}, LibraryStore::ArticleSort::ImportedAt, Qt::AscendingOrder, 0, 1)->value(0).id;
    QCOMPARE(annotationsOf(other, articleId).size(), 1);
    QCOMPARE(LibraryHeader::read(copy).applicationId, LibraryStore::kApplicationId);
}

void TestLibraryStore::rejectedSuggestions()
{
    LibraryStore store;
    QVERIFY(store.open(library(QStringLiteral("reject.gleaner")), {true, false, 1000}));
    const auto id = store.addArticle(sampleArticle());
    QVERIFY(!isRejected(store, *id, QStringLiteral("amount"), 25, 35));
    QVERIFY(store.rejectSuggestion(*id, QStringLiteral("amount"), 25, 35));
    QVERIFY(store.rejectSuggestion(*id, QStringLiteral("amount"), 25, 35)); // idempotent
    QVERIFY(isRejected(store, *id, QStringLiteral("amount"), 25, 35));
    QVERIFY(store.unrejectSuggestion(*id, QStringLiteral("amount"), 25, 35));
    QVERIFY(!isRejected(store, *id, QStringLiteral("amount"), 25, 35));
}

void TestLibraryStore::openErrorsLeaveFileUntouched_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<int>("code");
    QTest::newRow("empty file") << "empty" << int(LibraryError::Code::NotSqlite);
    QTest::newRow("text file") << "text" << int(LibraryError::Code::NotSqlite);
    QTest::newRow("other sqlite database") << "other" << int(LibraryError::Code::NotGleaner);
    QTest::newRow("newer gleaner") << "newer" << int(LibraryError::Code::TooNew);
    QTest::newRow("truncated") << "truncated" << int(LibraryError::Code::Corrupt);
    QTest::newRow("corrupt schema page") << "corrupt" << int(LibraryError::Code::Corrupt);
    QTest::newRow("odd size") << "oddsize" << int(LibraryError::Code::Corrupt);
}

void TestLibraryStore::openErrorsLeaveFileUntouched()
{
    if (onServer())
        QSKIP("files that are not libraries");
    QFETCH(QString, kind);
    QFETCH(int, code);
    const QString file = path(kind + QLatin1String(".gleaner"));
    if (kind == QLatin1String("empty")) {
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
    } else if (kind == QLatin1String("text")) {
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("This is a shopping list, not a library.\n");
    } else if (kind == QLatin1String("other")) {
        sqlite3 *db = nullptr;
        QCOMPARE(sqlite3_open(file.toUtf8().constData(), &db), SQLITE_OK);
        sqlite3_exec(db, "CREATE TABLE t(x); INSERT INTO t VALUES (1);", nullptr, nullptr, nullptr);
        sqlite3_close(db);
    } else {
        QVERIFY(!makeLibrary(kind + QLatin1String(".gleaner")).isEmpty());
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadWrite));
        QByteArray bytes = f.readAll();
        if (kind == QLatin1String("newer")) {
            bytes[60] = 0;
            bytes[61] = 0;
            bytes[62] = 0;
            bytes[63] = 99; // user_version 99
        } else if (kind == QLatin1String("truncated")) {
            bytes.truncate(bytes.size() / 2 / 4096 * 4096);
        } else if (kind == QLatin1String("corrupt")) {
            for (int i = 100; i < 4096; ++i)
                bytes[i] = char(0xA5); // the schema table's page
        } else if (kind == QLatin1String("oddsize")) {
            bytes.chop(1000);
        }
        f.resize(0);
        f.seek(0);
        f.write(bytes);
    }
    const QByteArray before = fileHash(file);
    LibraryStore store;
    QVERIFY(!store.open(file, {false, false, 500}));
    QCOMPARE(int(store.lastError().code), code);
    QVERIFY(store.lastError().message.contains(QFileInfo(file).fileName()));
    QVERIFY(!store.isOpen());
    QCOMPARE(fileHash(file), before);
    // Also when asked to create: an existing file is never replaced.
    QVERIFY(!store.open(file, {true, false, 500}));
    QCOMPARE(fileHash(file), before);
}

void TestLibraryStore::readOnlyFileOpensReadOnly()
{
    if (onServer())
        QSKIP("file permissions");
    const QString file = makeLibrary(QStringLiteral("readonly.gleaner"));
    QVERIFY(QFile::setPermissions(file, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther));
    const QByteArray before = fileHash(file);
    LibraryStore store;
    QVERIFY2(store.open(file), qPrintable(store.lastError().message));
    QVERIFY(store.isReadOnly());
    QCOMPARE(store.articleCount().value_or(-1), 1);
    QVERIFY(!store.addPillar(QStringLiteral("Anything")));
    QCOMPARE(store.lastError().code, LibraryError::Code::ReadOnly);
    QVERIFY(store.lastError().message.contains(QStringLiteral("read-only")));
    store.close();
    QCOMPARE(fileHash(file), before);
}

void TestLibraryStore::readOnlyFolderOpensReadOnly()
{
    if (onServer())
        QSKIP("folder permissions");
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("lib.gleaner"));
    {
        LibraryStore store;
        QVERIFY(store.open(file, {true, false, 1000}));
        QVERIFY(store.addArticle(sampleArticle()));
    }
    const QByteArray before = fileHash(file);
    QVERIFY(QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::ExeOwner));
    LibraryStore store;
    const bool opened = store.open(file);
    const bool readOnly = store.isReadOnly();
    const int count = store.articleCount().value_or(-1);
    store.close();
    QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    QVERIFY2(opened, qPrintable(store.lastError().message));
    QVERIFY(readOnly);
    QCOMPARE(count, 1);
    QCOMPARE(fileHash(file), before);
}

void TestLibraryStore::lockedLibrary()
{
    if (onServer())
        QSKIP("SQLite's file lock; tst_serverlibrary runs writers at once");
    const QString file = makeLibrary(QStringLiteral("locked.gleaner"));
    // Another connection (as another program would) holds the write lock.
    sqlite3 *other = nullptr;
    QCOMPARE(sqlite3_open(file.toUtf8().constData(), &other), SQLITE_OK);
    QCOMPARE(sqlite3_exec(other, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr), SQLITE_OK);
    const QByteArray before = fileHash(file);
    LibraryStore store;
    QElapsedTimer timer;
    timer.start();
    QVERIFY(!store.open(file, {false, false, 400}));
    QVERIFY(timer.elapsed() >= 350); // it waited before giving up
    QCOMPARE(store.lastError().code, LibraryError::Code::Locked);
    QVERIFY(store.lastError().message.contains(QStringLiteral("another program")));
    sqlite3_exec(other, "ROLLBACK", nullptr, nullptr, nullptr);
    sqlite3_close(other);
    QCOMPARE(fileHash(file), before);
    QVERIFY(store.open(file, {false, false, 400}));
}

void TestLibraryStore::upgradesOldLibraryWithBackup()
{
    if (onServer())
        QSKIP("an older file format");
    // Build a format-1 library the way Gleaner 0.1 did, with the first migration only.
    const QString file = path(QStringLiteral("old.gleaner"));
    QFile sql(QStringLiteral(GLEANER_SOURCE_DIR "/resources/sql/sqlite/001_initial.sql"));
    QVERIFY(sql.open(QIODevice::ReadOnly));
    const QByteArray script = "PRAGMA application_id = " + QByteArray::number(LibraryStore::kApplicationId) +
                              ";" + sql.readAll() + "PRAGMA user_version = 1;";
    sqlite3 *db = nullptr;
    QCOMPARE(sqlite3_open(file.toUtf8().constData(), &db), SQLITE_OK);
    QCOMPARE(sqlite3_exec(db, script.constData(), nullptr, nullptr, nullptr), SQLITE_OK);
    QCOMPARE(sqlite3_exec(
                 db,
                 "INSERT INTO articles (title, url, imported_at, source_kind, raw_source, text, html, "
                 "text_sha256) VALUES ('Old one', 'https://reader:pw@news.example/old', "
                 "'2025-01-01T00:00:00.000Z', "
                 "'file', x'00', 'Old text about 投資 in 人工知能.', '', 'x');"
                 // An "@" that is no user name stays where it is.
                 "INSERT INTO articles (title, url, canonical_url, imported_at, source_kind, raw_source, "
                 "text, html, text_sha256) VALUES ('Other', 'https://example.com?ref=me@x.org', "
                 "'https://host.example#a@b', '2025-01-02T00:00:00.000Z', 'file', x'00', 'Other text.', '', "
                 "'y')",
                 nullptr, nullptr, nullptr),
             SQLITE_OK);
    sqlite3_close(db);
    const QByteArray before = fileHash(file);
    // A backup an earlier upgrade kept is never replaced.
    QFile earlier(file + QStringLiteral(".v1.bak"));
    QVERIFY(earlier.open(QIODevice::WriteOnly) && earlier.write("earlier backup") > 0);
    earlier.close();

    LibraryStore store;
    QVERIFY2(store.open(file), qPrintable(store.lastError().message));
    QCOMPARE(store.schemaVersion(), LibraryStore::kSchemaVersion);
    QCOMPARE(store.articleCount().value_or(-1), 2);
    QVERIFY(QFile::exists(store.backupPath()));
    QCOMPARE(store.backupPath(), file + QStringLiteral(".v1-2.bak"));
    QCOMPARE(fileHash(file + QStringLiteral(".v1.bak")),
             QCryptographicHash::hash("earlier backup", QCryptographicHash::Sha256));
    QCOMPARE(LibraryHeader::read(store.backupPath()).userVersion, 1);
    const qint64 id =
        store.articles({}, LibraryStore::ArticleSort::ImportedAt, Qt::AscendingOrder, 0, 1)->value(0).id;
    QVERIFY(store.rejectSuggestion(id, QStringLiteral("amount"), 0, 3)); // the new table works
    // Format 4: the search index was rebuilt for words anywhere, and stored URLs lost their passwords.
    QCOMPARE(store.articleCount({QStringLiteral("人工知能"), 0}).value_or(-1), 1);
    QCOMPARE(store.articleCount({QStringLiteral("投資"), 0}).value_or(-1), 1);
    QCOMPARE(store.article(id)->url, QStringLiteral("https://news.example/old"));
    const auto other =
        store.articles({}, LibraryStore::ArticleSort::ImportedAt, Qt::AscendingOrder, 0, 2)->value(1).id;
    QCOMPARE(store.article(other)->url, QStringLiteral("https://example.com?ref=me@x.org"));
    QCOMPARE(store.article(other)->canonicalUrl, QStringLiteral("https://host.example#a@b"));
    QCOMPARE(fileHash(store.backupPath()).isEmpty(), false);
    // The backup holds the library as it was, password included; the file itself changed.
    QVERIFY(fileHash(file) != before);
    sqlite3 *backup = nullptr;
    QCOMPARE(sqlite3_open_v2(store.backupPath().toUtf8().constData(), &backup, SQLITE_OPEN_READONLY, nullptr),
             SQLITE_OK);
    sqlite3_stmt *statement = nullptr;
    QCOMPARE(
        sqlite3_prepare_v2(backup, "SELECT url FROM articles ORDER BY id LIMIT 1", -1, &statement, nullptr),
        SQLITE_OK);
    QCOMPARE(sqlite3_step(statement), SQLITE_ROW);
    QCOMPARE(QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(statement, 0))),
             QStringLiteral("https://reader:pw@news.example/old"));
    sqlite3_finalize(statement);
    sqlite3_close(backup);
}

void TestLibraryStore::checkReportsIntegrity()
{
    const QString file = makeLibrary(QStringLiteral("check.gleaner"));
    LibraryStore store;
    QVERIFY(store.open(file));
    const auto report = store.check();
    QVERIFY(report);
    QVERIFY(report->ok());
    QCOMPARE(report->articles, 1);
    QCOMPARE(report->annotations, 1);
    QCOMPARE(report->schemaVersion, LibraryStore::kSchemaVersion);
}

QTEST_GUILESS_MAIN(TestLibraryStore)
#include "tst_librarystore.moc"
