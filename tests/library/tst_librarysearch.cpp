// Full-text search in a library: words of any language anywhere in titles, texts,
// quotes and notes (library format 4), user input never taken as syntax, and the
// indexes kept consistent through edits.
#include "testengine.h"
#include "testlibrary.h"

#include "library/searchcondition.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>

using namespace Gleaner;
using namespace Gleaner::Test;

class TestLibrarySearch : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    // A new library for this run's engine: a file, or a database on the test server.
    QString path(const QString &name) const { return newLibrary(m_dir, name); }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        GLEANER_REQUIRE_ENGINE();
    }
    void searchFindsWordsAnywhere_data();
    void searchFindsWordsAnywhere();
    void searchIndexesFollowEdits();
};

void TestLibrarySearch::searchFindsWordsAnywhere_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<int>("count");
    QTest::newRow("Japanese word inside a sentence") << "人工知能" << 1;
    QTest::newRow("two-character Japanese word") << "投資" << 2;
    QTest::newRow("part of a word") << "semicond" << 1;
    QTest::newRow("upper and lower case") << "KENYA" << 1;
    QTest::newRow("two-letter word") << "AI" << 2;
    QTest::newRow("short and long words together") << "AI 投資 semiconductor" << 1;
    QTest::newRow("a note's word") << "zebrafish" << 1;
    QTest::newRow("a Japanese note's word") << "半導体工場" << 1;
    QTest::newRow("Japanese and English words") << "人工知能 kenya" << 1;
    QTest::newRow("one Japanese character") << "億" << 1;
    QTest::newRow("two characters ending a title") << "海道" << 1;
    QTest::newRow("two characters of a note") << "熊本" << 1;
    QTest::newRow("two characters nowhere") << "札幌" << 0;
    QTest::newRow("a word beginning many runs") << "株" << 1;
    QTest::newRow("a word beginning many runs, nowhere") << "株価" << 0;
    QTest::newRow("LIKE's wildcards are plain text") << "%_" << 0;
    QTest::newRow("FTS syntax is plain text") << "\"AND OR ( NEAR" << 0;
    QTest::newRow("nowhere") << "nothing-like-this" << 0;
}

void TestLibrarySearch::searchFindsWordsAnywhere()
{
    QFETCH(QString, query);
    QFETCH(int, count);
    static const QString file = [this]() {
        const QString f = path(QStringLiteral("search-anywhere.gleaner"));
        LibraryStore store;
        store.open(f, {true, false, 1000});
        Article a = sampleArticle(QStringLiteral("日本のAI投資、北海道"));
        a.text =
            QStringLiteral("マイクロソフトは日本の人工知能に100億ドルを投資する。AI engineers in Kenya.");
        store.addArticle(a);
        Article b = sampleArticle(QStringLiteral("Chip plant"));
        b.text = QStringLiteral("A semiconductor plant; AI chips and 投資 from abroad.");
        const auto id = store.addArticle(b);
        // "株" followed by more different characters than the vocabulary lists.
        Article c = sampleArticle(QStringLiteral("Shares"));
        c.text.clear();
        for (int i = 0; i <= SearchCondition::kMaxRuns; ++i)
            c.text += QStringLiteral("株") + QChar(0x4E00 + i) + QStringLiteral("。");
        store.addArticle(c);
        Annotation n;
        n.articleId = *id;
        n.kind = AnnotationKind::Note;
        n.start = 0;
        n.end = 5;
        n.note = QStringLiteral("zebrafish reminder: 熊本の半導体工場を見る");
        store.addAnnotation(n);
        return f;
    }();
    LibraryStore store;
    QVERIFY(store.open(file));
    QCOMPARE(store.articleCount({query, 0}).value_or(-1), count);
    const auto rows = store.articles({query, 0}, LibraryStore::ArticleSort::Title, Qt::AscendingOrder, 0, 10);
    QVERIFY(rows);
    QCOMPARE(int(rows->size()), count);
}

// Rows go in and out of the Japanese index as their text gains or loses such
// characters; the indexes stay consistent through title, note and text edits
// and deletions (FTS5's own integrity check).
void TestLibrarySearch::searchIndexesFollowEdits()
{
    const QString file = path(QStringLiteral("search-edits.gleaner"));
    LibraryStore store;
    QVERIFY(store.open(file, {true, false, 1000}));
    Article a = sampleArticle(QStringLiteral("Plain title"));
    a.text = QStringLiteral("An English text about chips.");
    const auto id = store.addArticle(a);
    QVERIFY(id);
    auto count = [&](const QString &query) {
        return store.articleCount({query, 0}).value_or(-1);
    };
    QCOMPARE(count(QStringLiteral("人工知能")), 0);
    QVERIFY(
        store.updateArticleProperties(*id, QStringLiteral("人工知能の投資"), QDate(), QString(), QString()));
    QCOMPARE(count(QStringLiteral("人工知能")), 1);
    QVERIFY(store.updateArticleProperties(*id, QStringLiteral("Plain again"), QDate(), QString(), QString()));
    QCOMPARE(count(QStringLiteral("人工知能")), 0);
    QCOMPARE(count(QStringLiteral("english")), 1);

    Annotation n;
    n.articleId = *id;
    n.kind = AnnotationKind::Note;
    n.start = 0;
    n.end = 2;
    n.note = QStringLiteral("データセンターを確認");
    const auto noteId = store.addAnnotation(n);
    QVERIFY(noteId);
    QCOMPARE(count(QStringLiteral("データセンター")), 1);
    n.id = *noteId;
    n.note = QStringLiteral("check the data centre");
    QVERIFY(store.updateAnnotation(n));
    QCOMPARE(count(QStringLiteral("データセンター")), 0);
    QCOMPARE(count(QStringLiteral("centre")), 1);
    n.note = QStringLiteral("再びデータセンター");
    QVERIFY(store.updateAnnotation(n));
    QCOMPARE(count(QStringLiteral("データセンター")), 1);

    QSqlQuery query(store.database());
    QVERIFY(query.exec(
        QStringLiteral("UPDATE articles SET text = 'マイクロソフトの人工知能' WHERE id = %1").arg(*id)));
    QCOMPARE(count(QStringLiteral("人工知能")), 1);
    if (onServer()) { // the server's indexes are its own; what counts is what the search finds
        QVERIFY(store.deleteArticle(*id));
        QCOMPARE(count(QStringLiteral("人工知能")), 0);
        QCOMPARE(count(QStringLiteral("データセンター")), 0);
        return;
    }
    for (const char *table : {"articles_fts", "annotations_fts", "articles_cjk", "annotations_cjk"})
        QVERIFY2(
            query.exec(
                QStringLiteral("INSERT INTO %1(%1) VALUES ('integrity-check')").arg(QLatin1String(table))),
            qPrintable(table + (QLatin1String(": ") + query.lastError().text())));
    QVERIFY(store.deleteArticle(*id));
    QCOMPARE(count(QStringLiteral("人工知能")), 0);
    QCOMPARE(count(QStringLiteral("データセンター")), 0);
    for (const char *table : {"articles_cjk", "annotations_cjk"}) {
        QVERIFY(query.exec(
            QStringLiteral("INSERT INTO %1(%1) VALUES ('integrity-check')").arg(QLatin1String(table))));
        QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table))) &&
                query.next());
        QCOMPARE(query.value(0).toInt(), 0);
    }
}

QTEST_GUILESS_MAIN(TestLibrarySearch)
#include "tst_librarysearch.moc"
