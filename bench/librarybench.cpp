// Library benchmark (issue "Foundation"): builds a large library and times what
// a user waits for. Not a test; run by hand:
//
//   build/bench/library_bench [--articles 100000] [--annotations 1000000] [--keep DIR]
//
// Figures go to docs/benchmarks.md.
#include "export/csvexporter.h"
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
#include <cstdio>

using namespace Gleaner;

namespace {
QStringList vocabulary()
{
    static const char *const roots[] = {
        "cloud",   "chip",      "invest",  "data",     "center",   "network", "energy",  "policy",  "market",
        "talent",  "security",  "model",   "compute",  "grid",     "factory", "supply",  "capital", "regional",
        "research", "startup",  "billion", "fund",     "program",  "nation",  "public",  "private", "partner",
        "training", "engineer", "cyber",   "quantum",  "battery",  "solar",   "semiconductor", "foundry", "export",
        "license", "agency",    "minister", "budget",  "subsidy",  "tariff",  "hub",     "campus",  "pledge"};
    QStringList words;
    for (const char *root : roots) {
        for (const char *suffix : {"", "s", "ing", "ed", "al", "er"})
            words << QLatin1String(root) + QLatin1String(suffix);
    }
    for (const char *w : {"the", "a", "of", "to", "in", "and", "for", "by", "with", "on", "will", "said", "its"})
        words << QLatin1String(w);
    return words;
}

QString paragraph(QRandomGenerator &random, const QStringList &words, int length)
{
    QString text;
    text.reserve(length + 16);
    while (text.size() < length) {
        if (!text.isEmpty())
            text += QLatin1Char(' ');
        if (random.bounded(40) == 0)
            text += QStringLiteral("$%1 billion").arg(random.bounded(1, 500));
        else
            text += words.at(int(random.bounded(words.size())));
    }
    return text + QLatin1Char('.');
}

double median(QVector<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at(values.size() / 2);
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("articles"), QStringLiteral("Articles to generate."), QStringLiteral("N"),
                      QStringLiteral("100000")});
    parser.addOption({QStringLiteral("annotations"), QStringLiteral("Annotations to generate."), QStringLiteral("N"),
                      QStringLiteral("1000000")});
    parser.addOption({QStringLiteral("keep"), QStringLiteral("Build the library in DIR and keep it."),
                      QStringLiteral("DIR")});
    parser.process(app);
    const int articles = parser.value(QStringLiteral("articles")).toInt();
    const int annotations = parser.value(QStringLiteral("annotations")).toInt();
    QTemporaryDir temp;
    const QString dir = parser.isSet(QStringLiteral("keep")) ? parser.value(QStringLiteral("keep")) : temp.path();
    const QString path = dir + QStringLiteral("/bench.gleaner");
    QFile::remove(path);

    QElapsedTimer timer;
    timer.start();
    {
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
        const QStringList words = vocabulary();
        QSqlQuery insertArticle(db);
        insertArticle.prepare(QStringLiteral(
            "INSERT INTO articles (url, title, site, published, imported_at, source_kind, raw_source, text, html, "
            "text_sha256) VALUES (?, ?, ?, ?, ?, 'url', x'', ?, '', ?)"));
        QSqlQuery insertAnnotation(db);
        insertAnnotation.prepare(QStringLiteral(
            "INSERT INTO annotations (article_id, kind, start_offset, end_offset, quote, amount, currency, note, "
            "created_at, updated_at) VALUES (?, 'amount', ?, ?, ?, ?, 'USD', ?, ?, ?)"));
        const int perArticle = qMax(1, annotations / qMax(1, articles));
        int made = 0;
        QSqlQuery(db).exec(QStringLiteral("BEGIN"));
        for (int i = 1; i <= articles; ++i) {
            QString text;
            while (text.size() < 5000)
                text += paragraph(random, words, 600) + QStringLiteral("\n\n");
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
                insertAnnotation.addBindValue(QString(QString::number(random.bounded(1, 1000)) + QStringLiteral("000000")));
                insertAnnotation.addBindValue(k % 5 == 0 ? QStringLiteral("checked against the filing") : QString());
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
    std::printf("generated %d articles, %d annotations in %.1f s\n", articles, annotations, timer.elapsed() / 1000.0);

    // Open and list the first 100 articles, as the window does at start.
    timer.restart();
    LibraryStore store;
    if (!store.open(path)) {
        std::fprintf(stderr, "%s\n", qPrintable(store.lastError().message));
        return 1;
    }
    const int total = store.articleCount();
    const auto first = store.articles({}, LibraryStore::ArticleSort::Published, Qt::DescendingOrder, 0, 100);
    std::printf("open + count + list first 100: %.1f ms (%d articles, %d listed)\n", timer.nsecsElapsed() / 1e6, total,
                int(first.size()));

    QVector<double> searches;
    for (const char *query : {"semiconductor foundry", "quantum", "tariffs", "solar campus", "checked filing",
                              "minister budget", "nothing-matches-this", "cyber security", "batteries", "export"}) {
        timer.restart();
        ArticleFilter filter;
        filter.search = QLatin1String(query);
        const int count = store.articleCount(filter);
        const auto rows = store.articles(filter, LibraryStore::ArticleSort::Published, Qt::DescendingOrder, 0, 100);
        searches << timer.nsecsElapsed() / 1e6;
        Q_UNUSED(count);
        Q_UNUSED(rows);
    }
    std::printf("full-text query (count + first 100), median of %d: %.1f ms (max %.1f ms)\n", int(searches.size()),
                median(searches), *std::max_element(searches.begin(), searches.end()));

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
    std::printf("export %lld annotations to CSV: %.2f s (%.0f MB)\n", exporter.rowsWritten(), timer.elapsed() / 1000.0,
                QFileInfo(csv).size() / 1e6);
    std::printf("library file size: %.0f MB\n", QFileInfo(path).size() / 1e6);
    return 0;
}
