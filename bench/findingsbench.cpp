// The Findings view's queries at scale, on a library made by library_bench:
//   build/bench/findings_bench --library DIR/bench.gleaner [--commitments 50000] [--propose 2000]
// Adds commitments once (random actors, pillars, currencies, due dates, one to
// three sources each), then times what the window runs: the first page of the
// annotations with and without filters and its count, the first page of the
// commitments, totals by each key, and proposing commitments (one article, and
// a run over many with the time per article).
#include "import/articleimporter.h"
#include "library/librarystore.h"
#include "services/commitmentservice.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <cstdio>
#include <functional>

using namespace Gleaner;

namespace {
double medianMs(int runs, const std::function<void()> &work)
{
    QVector<double> times;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        work();
        times << t.nsecsElapsed() / 1e6;
    }
    std::sort(times.begin(), times.end());
    return times.at(times.size() / 2);
}

bool addCommitments(LibraryStore &store, int count)
{
    QSqlDatabase db = store.database();
    QRandomGenerator random(7);
    QVector<qint64> pillars;
    for (int i = 0; i < 12; ++i) {
        const std::optional<qint64> id = store.addPillar(QStringLiteral("Pillar %1").arg(i));
        if (!id) {
            const std::optional<Pillar> p = store.findPillar(QStringLiteral("Pillar %1").arg(i));
            pillars << (p ? p->id : 0);
        } else {
            pillars << *id;
        }
    }
    const int articles = store.articleCount().value_or(1);
    QSqlQuery(db).exec(QStringLiteral("BEGIN"));
    static const char *const currencies[] = {"USD", "EUR", "JPY", "GBP"};
    QSqlQuery c(db), a(db), p(db), s(db);
    c.prepare(
        QStringLiteral("INSERT INTO commitments (actor, beneficiary, due, precision, period, created_at, "
                       "updated_at) VALUES (?, ?, ?, 'year', '', '2026-01-01T00:00:00.000Z', "
                       "'2026-01-01T00:00:00.000Z')"));
    a.prepare(QStringLiteral("INSERT INTO commitment_amounts (commitment_id, position, amount, currency) "
                             "VALUES (?, 0, ?, ?)"));
    p.prepare(
        QStringLiteral("INSERT OR IGNORE INTO commitment_pillars (commitment_id, pillar_id) VALUES (?, ?)"));
    s.prepare(
        QStringLiteral("INSERT OR IGNORE INTO commitment_sources (commitment_id, article_id, start_offset, "
                       "end_offset, quote, content_sha256) VALUES (?, ?, 0, 40, 'quote', 'x')"));
    for (int i = 0; i < count; ++i) {
        c.addBindValue(QStringLiteral("Actor %1").arg(random.bounded(200)));
        c.addBindValue(QStringLiteral("Country %1").arg(random.bounded(40)));
        c.addBindValue(QStringLiteral("%1-12-31").arg(2026 + random.bounded(10)));
        if (!c.exec()) {
            std::fprintf(stderr, "%s\n", qPrintable(c.lastError().text()));
            return false;
        }
        const qint64 id = c.lastInsertId().toLongLong();
        a.addBindValue(id);
        a.addBindValue(QString::number(quint64(random.bounded(1, 100000)) * 1000000ULL));
        a.addBindValue(QLatin1String(currencies[random.bounded(4)]));
        p.addBindValue(id);
        p.addBindValue(pillars.at(random.bounded(int(pillars.size()))));
        if (!a.exec() || !p.exec())
            return false;
        for (int k = random.bounded(1, 4); k > 0; --k) {
            s.addBindValue(id);
            s.addBindValue(random.bounded(1, articles + 1));
            if (!s.exec())
                return false;
        }
    }
    return QSqlQuery(db).exec(QStringLiteral("COMMIT"));
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("library"), QStringLiteral("A library made by library_bench."),
                      QStringLiteral("PATH")});
    parser.addOption({QStringLiteral("commitments"), QStringLiteral("Commitments to add when it has none."),
                      QStringLiteral("N"), QStringLiteral("50000")});
    parser.addOption({QStringLiteral("propose"), QStringLiteral("Articles to propose commitments for."),
                      QStringLiteral("N"), QStringLiteral("2000")});
    parser.process(app);
    LibraryStore store;
    QElapsedTimer timer;
    timer.start();
    if (!store.open(parser.value(QStringLiteral("library")), {})) {
        std::fprintf(stderr, "%s\n", qPrintable(store.lastError().message));
        return 1;
    }
    std::printf("open (upgrading to format %d if older): %.1f s\n", store.schemaVersion(),
                timer.elapsed() / 1e3);
    if (store.commitmentCount().value_or(0) == 0) {
        timer.restart();
        if (!addCommitments(store, parser.value(QStringLiteral("commitments")).toInt())) {
            std::fprintf(stderr, "could not add commitments\n");
            return 1;
        }
        std::printf("added commitments: %.1f s\n", timer.elapsed() / 1e3);
    }
    std::printf("library: %d articles, %d annotations, %d commitments\n", store.articleCount().value_or(-1),
                store.findingCount().value_or(-1), store.commitmentCount().value_or(-1));

    // As the window does: a filtered list counts up to 10,000.
    const auto page = [&](const FindingFilter &f) {
        const bool filtered = f.kinds || f.pillarId || !f.currency.isEmpty() || !f.search.isEmpty();
        store.findings(f, AnnotationFindings::Sort::Newest, Qt::DescendingOrder, 0, 200);
        store.findingCount(f, filtered ? 10000 : std::numeric_limits<int>::max());
    };
    std::printf("findings first page + count, no filter: %.1f ms\n", medianMs(5, [&]() { page({}); }));
    FindingFilter usd;
    usd.currency = QStringLiteral("USD");
    usd.kinds = 1 << int(AnnotationKind::Amount);
    std::printf("filter change (amounts in USD): %.1f ms\n", medianMs(5, [&]() { page(usd); }));
    // A word of the quotes: the longest of the first annotation's.
    QSqlQuery first(store.database());
    first.exec(QStringLiteral("SELECT quote FROM annotations ORDER BY id LIMIT 1"));
    FindingFilter words;
    if (first.next())
        for (const QString &w : first.value(0).toString().split(QLatin1Char(' ')))
            if (w.size() > words.search.size())
                words.search = w;
    std::printf("filter change (search \"%s\", %d or more found): %.1f ms\n", qPrintable(words.search),
                store.findingCount(words, 10000).value_or(-1), medianMs(5, [&]() { page(words); }));
    FindingFilter pillar;
    pillar.pillarId = 1;
    std::printf("filter change (one pillar): %.1f ms\n", medianMs(5, [&]() { page(pillar); }));
    std::printf("sorted by quote, first page: %.1f ms\n", medianMs(3, [&]() {
                    store.findings({}, AnnotationFindings::Sort::Quote, Qt::AscendingOrder, 0, 200);
                }));
    std::printf("commitments first page + count: %.1f ms\n", medianMs(5, [&]() {
                    store.commitments({}, 0, 200);
                    store.commitmentCount();
                }));
    CommitmentFilter eur;
    eur.currency = QStringLiteral("EUR");
    std::printf("commitments filter change (EUR): %.1f ms\n", medianMs(5, [&]() {
                    store.commitments(eur, 0, 200);
                    store.commitmentCount(eur);
                }));
    for (const auto &[name, by] :
         {std::pair{"pillar", CommitmentTotals::By::Pillar}, std::pair{"actor", CommitmentTotals::By::Actor},
          std::pair{"year", CommitmentTotals::By::Year},
          std::pair{"currency", CommitmentTotals::By::Currency}})
        std::printf("totals by %s: %.1f ms\n", name,
                    medianMs(3, [&, by = by]() { store.commitmentTotals(by); }));

    // Proposing: the project's sample article, and a run over many of the library's.
    ImportSource source;
    QFile sample(QStringLiteral(GLEANER_SOURCE_DIR "/resources/samples/sample-article.txt"));
    sample.open(QIODevice::ReadOnly);
    source.data = sample.readAll();
    source.format = CleanInput::Format::Text;
    source.kind = SourceKind::Paste;
    Article article;
    QString error;
    ArticleImporter::prepare(source, &article, &error);
    article.id = store.addArticle(article).value_or(0);
    article = store.article(article.id).value_or(article);
    std::printf("propose for the sample article: %.2f ms\n",
                medianMs(20, [&]() { CommitmentService::proposals(store, article); }));
    store.deleteArticle(article.id);
    const int many = parser.value(QStringLiteral("propose")).toInt();
    const QVector<ArticleSummary> list =
        store.articles({}, ArticleSort::ImportedAt, Qt::AscendingOrder, 0, many)
            .value_or(QVector<ArticleSummary>());
    int proposed = 0;
    timer.restart();
    for (const ArticleSummary &s : list) {
        if (const std::optional<Article> a = store.article(s.id))
            proposed +=
                int(CommitmentService::proposals(store, *a).value_or(QVector<CommitmentProposal>()).size());
    }
    const double perArticle = timer.nsecsElapsed() / 1e6 / qMax(1, int(list.size()));
    timer.restart();
    const auto whole = CommitmentService::proposalsForLibrary(store);
    std::printf("propose for the whole library in one pass: %.1f s (%d proposed)\n", timer.elapsed() / 1e3,
                whole ? int(whole->size()) : -1);
    QVector<Article> loaded;
    for (const ArticleSummary &s : list)
        loaded << store.article(s.id).value_or(Article());
    timer.restart();
    for (const Article &a : std::as_const(loaded))
        CommitmentProposer::propose(a, {});
    std::printf("of which finding them in the text: %.2f ms per article\n",
                timer.nsecsElapsed() / 1e6 / qMax(1, int(loaded.size())));
    std::printf(
        "propose over %d articles: %.2f ms per article (%d proposed); the whole library at that rate: "
        "%.0f s\n",
        int(list.size()), perArticle, proposed, perArticle * store.articleCount().value_or(0) / 1e3);
    return 0;
}
