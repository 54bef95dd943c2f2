// Library benchmark (issue "Foundation"): builds a large library and times what
// a user waits for. Not a test; run by hand:
//
//   build/bench/library_bench [--articles 100000] [--annotations 1000000] [--keep DIR]
//
// Figures go to docs/benchmarks.md.
#include "export/csvexporter.h"
#include "library/librarycopy.h"
#include "library/librarystore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <algorithm>
#include <atomic>
#include <cstdio>
#include <iterator>
#include <thread>

using namespace Gleaner;

namespace {
// A news-like vocabulary: 30,000 made-up words drawn with Zipf's law, so a
// search term matches a realistic share of articles rather than all of them.
class Vocabulary
{
public:
    Vocabulary()
    {
        static const char *const syllables[] = {"ka",  "lo",  "mi",  "ne",  "tor", "vin", "sa",
                                                "qua", "rel", "po",  "dex", "mar", "ti",  "gen",
                                                "su",  "bra", "cel", "do",  "fu",  "lan"};
        QRandomGenerator random(7);
        double total = 0;
        for (int rank = 1; m_words.size() < 30000; ++rank) {
            QString word;
            const int parts = 2 + int(random.bounded(3));
            for (int p = 0; p < parts; ++p)
                word += QLatin1String(syllables[random.bounded(20)]);
            m_words << word;
            total += 1.0 / rank;
            m_cumulative << total;
        }
        for (double &c : m_cumulative)
            c /= total;
    }
    const QString &draw(QRandomGenerator &random) const
    {
        const double x = random.generateDouble();
        const auto it = std::lower_bound(m_cumulative.cbegin(), m_cumulative.cend(), x);
        return m_words.at(qMin(int(it - m_cumulative.cbegin()), int(m_words.size()) - 1));
    }
    const QString &byRank(int rank) const { return m_words.at(rank); }

private:
    QStringList m_words;
    QVector<double> m_cumulative;
};

QString paragraph(QRandomGenerator &random, const Vocabulary &words, int length)
{
    QString text;
    text.reserve(length + 16);
    while (text.size() < length) {
        if (!text.isEmpty())
            text += QLatin1Char(' ');
        if (random.bounded(40) == 0)
            text += QStringLiteral("$%1 billion").arg(random.bounded(1, 500));
        else
            text += words.draw(random);
    }
    return text + QLatin1Char('.');
}

double median(QVector<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at(values.size() / 2);
}
} // namespace

// The file library copied to an empty database on a server, timed.
bool copyToServer(const QString &file, const QString &server)
{
    {
        LibraryStore there; // copied by an earlier run: measured again as it is
        if (there.open(server) && there.articleCount().value_or(0) > 0) {
            QSqlQuery(there.database()).exec(QStringLiteral("ANALYZE"));
            std::printf("the server library is there already; measuring it again\n");
            return true;
        }
    }
    {
        LibraryStore upgrade; // a library kept from an older format is upgraded first
        if (!upgrade.open(file)) {
            std::fprintf(stderr, "%s\n", qPrintable(upgrade.lastError().message));
            return false;
        }
    }
    LibraryStore source;
    if (!source.open(file, {false, true, 5000})) {
        std::fprintf(stderr, "%s\n", qPrintable(source.lastError().message));
        return false;
    }
    QElapsedTimer timer;
    timer.start();
    qint64 reported = 0;
    const bool ok = LibraryCopy::copy(
        source, server,
        [&](qint64 done, qint64 total) {
            if (done - reported >= 100000) {
                reported = done;
                std::fprintf(stderr, "  copied %lld of %lld rows\n", done, total);
            }
        },
        nullptr, source.connection());
    if (!ok) {
        std::fprintf(stderr, "%s\n", qPrintable(source.lastError().message));
        return false;
    }
    std::printf("copy to the server (gleaner copy): %.1f s\n", timer.elapsed() / 1000.0);
    return true;
}

// From another client's commit to this client's signal, 20 times.
double changeLatency(LibraryStore &store, const QString &server)
{
    QVector<double> times;
    for (int i = 0; i < 20; ++i) {
        QElapsedTimer timer;
        bool heard = false;
        const QMetaObject::Connection c =
            QObject::connect(&store, &LibraryStore::annotationsChanged, [&](qint64) { heard = true; });
        std::thread other([&]() {
            LibraryStore client;
            if (!client.open(server))
                return;
            Annotation a;
            a.articleId = 2 + i;
            a.kind = AnnotationKind::Note;
            a.start = 0;
            a.end = 5;
            timer.start();
            client.addAnnotation(a);
        });
        other.join();
        while (!heard && timer.elapsed() < 5000)
            QCoreApplication::processEvents(QEventLoop::AllEvents, 1);
        times << timer.nsecsElapsed() / 1e6;
        QObject::disconnect(c);
    }
    return median(times);
}

// 8 clients, each adding 500 annotations one committed transaction at a time.
double concurrentWriters(const QString &server)
{
    QElapsedTimer timer;
    timer.start();
    std::atomic_int written{0};
    std::vector<std::thread> writers;
    for (int w = 0; w < 8; ++w) {
        writers.emplace_back([&, w]() {
            LibraryStore client;
            if (!client.open(server))
                return;
            for (int i = 0; i < 500; ++i) {
                Annotation a;
                a.articleId = 100 + w;
                a.kind = AnnotationKind::Note;
                a.start = i % 50;
                a.end = i % 50 + 1;
                if (client.addAnnotation(a))
                    ++written;
            }
        });
    }
    for (std::thread &t : writers)
        t.join();
    const double seconds = timer.elapsed() / 1000.0;
    if (written != 4000)
        std::fprintf(stderr, "only %d of 4000 annotations were written\n", int(written));
    return written / seconds;
}

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("articles"), QStringLiteral("Articles to generate."),
                      QStringLiteral("N"), QStringLiteral("100000")});
    parser.addOption({QStringLiteral("annotations"), QStringLiteral("Annotations to generate."),
                      QStringLiteral("N"), QStringLiteral("1000000")});
    parser.addOption({QStringLiteral("keep"), QStringLiteral("Build the library in DIR and keep it."),
                      QStringLiteral("DIR")});
    parser.addOption({QStringLiteral("server"),
                      QStringLiteral("Copy the library to this PostgreSQL address (an empty database) and "
                                     "measure it there, with other clients' changes and 8 writers at once."),
                      QStringLiteral("ADDRESS")});
    parser.process(app);
    const int articles = parser.value(QStringLiteral("articles")).toInt();
    const int annotations = parser.value(QStringLiteral("annotations")).toInt();
    QTemporaryDir temp;
    const QString dir =
        parser.isSet(QStringLiteral("keep")) ? parser.value(QStringLiteral("keep")) : temp.path();
    const QString path = dir + QStringLiteral("/bench.gleaner");
    // --keep with an existing library reuses it (measuring again without generating again).
    const bool reuse = parser.isSet(QStringLiteral("keep")) && QFile::exists(path);

    QElapsedTimer timer;
    timer.start();
    if (!reuse) {
        LibraryStore store;
        LibraryStore::OpenOptions options;
        options.create = true;
        if (!store.open(path, options)) {
            std::fprintf(stderr, "%s\n", qPrintable(store.lastError().message));
            return 1;
        }
        QSqlDatabase db = store.database();
        QSqlQuery pragma(db);
        pragma.exec(QStringLiteral("PRAGMA synchronous = OFF")); // generation only
        QRandomGenerator random(42);
        const Vocabulary words;
        QSqlQuery insertArticle(db);
        insertArticle.prepare(QStringLiteral("INSERT INTO articles (url, title, site, published, "
                                             "imported_at, source_kind, raw_source, text, html, "
                                             "text_sha256) VALUES (?, ?, ?, ?, ?, 'url', x'', ?, '', ?)"));
        QSqlQuery insertAnnotation(db);
        insertAnnotation.prepare(
            QStringLiteral("INSERT INTO annotations (article_id, kind, start_offset, end_offset, quote, "
                           "amount, currency, note, "
                           "created_at, updated_at) VALUES (?, 'amount', ?, ?, ?, ?, 'USD', ?, ?, ?)"));
        const int perArticle = qMax(1, annotations / qMax(1, articles));
        int made = 0;
        QSqlQuery(db).exec(QStringLiteral("BEGIN"));
        // One article in ten is Japanese news, for the Japanese search timings.
        static const char *const japanese[] = {
            "投資",   "人工知能", "データセンター", "政府",     "計画",     "発表", "企業", "技術者", "育成",
            "半導体", "拠点",     "経済",           "安全保障", "クラウド", "研究", "開発", "地域",   "市場"};
        for (int i = 1; i <= articles; ++i) {
            QString text;
            while (text.size() < 5000) {
                if (i % 10 == 0) {
                    QString sentence;
                    for (int w = 0; w < 12; ++w)
                        sentence += QString::fromUtf8(japanese[random.bounded(int(std::size(japanese)))]) +
                                    QStringLiteral("の");
                    text += sentence + QStringLiteral("。\n\n");
                } else {
                    text += paragraph(random, words, 600) + QStringLiteral("\n\n");
                }
            }
            insertArticle.addBindValue(QStringLiteral("https://news.example/%1").arg(i));
            insertArticle.addBindValue(paragraph(random, words, 60));
            insertArticle.addBindValue(QStringLiteral("Site %1").arg(i % 50));
            insertArticle.addBindValue(QDate(2020, 1, 1).addDays(i % 2000).toString(Qt::ISODate));
            insertArticle.addBindValue(QStringLiteral("2026-01-01T00:00:00.000Z"));
            insertArticle.addBindValue(text);
            insertArticle.addBindValue(QString::number(i));
            if (!insertArticle.exec()) {
                std::fprintf(stderr, "insert failed\n");
                return 1;
            }
            for (int k = 0; k < perArticle && made < annotations; ++k, ++made) {
                const int start = int(random.bounded(4900));
                insertAnnotation.addBindValue(i);
                insertAnnotation.addBindValue(start);
                insertAnnotation.addBindValue(start + 12);
                insertAnnotation.addBindValue(text.mid(start, 12));
                insertAnnotation.addBindValue(
                    QString(QString::number(random.bounded(1, 1000)) + QStringLiteral("000000")));
                insertAnnotation.addBindValue(k % 5 == 0 ? QStringLiteral("checked against the filing")
                                                         : QString());
                insertAnnotation.addBindValue(QStringLiteral("2026-01-01T00:00:00.000Z"));
                insertAnnotation.addBindValue(QStringLiteral("2026-01-01T00:00:00.000Z"));
                insertAnnotation.exec();
            }
            if (i % 10000 == 0) {
                QSqlQuery(db).exec(QStringLiteral("COMMIT"));
                QSqlQuery(db).exec(QStringLiteral("BEGIN"));
                std::fprintf(stderr, "  %d articles\n", i);
            }
        }
        QSqlQuery(db).exec(QStringLiteral("COMMIT"));
        QSqlQuery(db).exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
        QSqlQuery(db).exec(QStringLiteral("ANALYZE"));
    }
    if (!reuse)
        std::printf("generated %d articles, %d annotations in %.1f s\n", articles, annotations,
                    timer.elapsed() / 1000.0);

    const QString server = parser.value(QStringLiteral("server"));
    if (!server.isEmpty() && !copyToServer(path, server))
        return 1;
    const QString measured = server.isEmpty() ? path : server;

    // Open and list the first 100 articles, as the window does at start.
    timer.restart();
    LibraryStore store;
    if (!store.open(measured)) {
        std::fprintf(stderr, "%s\n", qPrintable(store.lastError().message));
        return 1;
    }
    const int total = store.articleCount().value_or(-1);
    const auto first = store.articles({}, LibraryStore::ArticleSort::Published, Qt::DescendingOrder, 0, 100);
    std::printf("open + count + list first 100: %.1f ms (%d articles, %d listed)\n",
                timer.nsecsElapsed() / 1e6, total, int(first ? first->size() : -1));

    // Queries of words from frequent (rank 50) to rare (rank 20,000), a two-word
    // query, a note word, and a word that is nowhere.
    const Vocabulary words;
    QStringList queries;
    for (int rank : {50, 200, 1000, 3000, 8000, 20000})
        queries << words.byRank(rank);
    queries << words.byRank(300) + QLatin1Char(' ') + words.byRank(900) << QStringLiteral("filing")
            << QStringLiteral("zzyzx");
    // Japanese words: three characters or more go through the trigram index, two
    // through the runs they begin (the index's vocabulary); the last two are in no
    // article.
    const QStringList japaneseQueries{QStringLiteral("人工知能"), QStringLiteral("データセンター"),
                                      QStringLiteral("安全保障"), QStringLiteral("投資"),
                                      QStringLiteral("熊本"),     QStringLiteral("北海道新幹線")};
    QVector<double> searches;
    for (const QString &query : std::as_const(queries)) {
        timer.restart();
        ArticleFilter filter;
        filter.search = query;
        const int count = store.articleCount(filter).value_or(-1);
        const auto rows =
            store.articles(filter, LibraryStore::ArticleSort::Published, Qt::DescendingOrder, 0, 100);
        searches << timer.nsecsElapsed() / 1e6;
        std::printf("  search \"%s\": %d articles, %.1f ms\n", qPrintable(query), count, searches.last());
        Q_UNUSED(rows);
    }
    std::printf("full-text query (count + first 100), median of %d: %.1f ms (max %.1f ms)\n",
                int(searches.size()), median(searches), *std::max_element(searches.begin(), searches.end()));
    // As the window searches: the first 200 rows in date order, no count. Each word
    // three times, the median kept.
    auto windowSearch = [&](const QStringList &list, const char *label) {
        QVector<double> medians;
        for (const QString &query : list) {
            QVector<double> runs;
            int rowsFound = 0;
            for (int r = 0; r < 3; ++r) {
                timer.restart();
                ArticleFilter filter;
                filter.search = query;
                const auto rows =
                    store.articles(filter, LibraryStore::ArticleSort::Published, Qt::DescendingOrder, 0, 200);
                runs << timer.nsecsElapsed() / 1e6;
                rowsFound = rows ? int(rows->size()) : -1;
            }
            medians << median(runs);
            std::printf("  window search \"%s\": %d rows, %.1f ms\n", qPrintable(query), rowsFound,
                        medians.last());
        }
        std::printf("window search, %s words, median of %d: %.1f ms (max %.1f ms)\n", label,
                    int(medians.size()), median(medians), *std::max_element(medians.begin(), medians.end()));
    };
    windowSearch(queries, "English");
    windowSearch(japaneseQueries, "Japanese");

    QVector<double> adds;
    for (int i = 0; i < 50; ++i) {
        Annotation a;
        a.articleId = 1 + i;
        a.kind = AnnotationKind::Note;
        a.start = 0;
        a.end = 10;
        timer.restart();
        if (!store.addAnnotation(a))
            return 1;
        adds << timer.nsecsElapsed() / 1e6;
    }
    std::printf("add one annotation incl. commit, median of %d: %.2f ms (max %.2f ms)\n", int(adds.size()),
                median(adds), *std::max_element(adds.begin(), adds.end()));

    timer.restart();
    CsvExporter exporter;
    const QString csv = dir + QStringLiteral("/bench.csv");
    if (!exporter.writeFile(store, csv, {}))
        return 1;
    std::printf("export %lld annotations to CSV: %.2f s (%.0f MB)\n", exporter.rowsWritten(),
                timer.elapsed() / 1000.0, QFileInfo(csv).size() / 1e6);
    std::printf("library file size: %.0f MB\n", QFileInfo(path).size() / 1e6);
    if (!server.isEmpty()) {
        std::printf("change visible to another client, median of 20: %.1f ms\n",
                    changeLatency(store, server));
        std::printf("8 writers x 500 annotations at once: %.0f annotations/s\n", concurrentWriters(server));
    }
    return 0;
}
