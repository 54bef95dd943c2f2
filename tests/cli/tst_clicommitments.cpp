// gleaner commitments and gleaner totals, run as a user's shell runs them: the
// outputs are read back as the programs they are meant for would read them.
#include "clirunner.h"
#include "csvreader.h"
#include "jsonlines.h"
#include "testfiles.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Gleaner;
using Gleaner::Test::jsonLines;
using Gleaner::Test::parseCsv;
using Gleaner::Test::Run;

class TestCliCommitments : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_library;
    Run gleaner(const QStringList &args) { return Gleaner::Test::runGleaner(m_dir.path(), args); }
    QString path(const QString &name) const { return m_dir.filePath(name); }
    QStringList lib(const QString &command) const
    {
        return {command, QStringLiteral("--library"), m_library};
    }

private Q_SLOTS:
    void initTestCase();
    void proposeThenAccept();
    void csvReadsBack();
    void markdownReport();
    void totals();
    void findingsAcrossTheLibrary();
    void ratesAndConvertedTotals();
    void badUsageAndProtectedOutputs();
};

void TestCliCommitments::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_library = path(QStringLiteral("c.gleaner"));
    const Run run = gleaner({QStringLiteral("import"), QStringLiteral("--library"), m_library,
                             Gleaner::Test::sampleArticlePath()});
    QCOMPARE(run.code, 0);
}

void TestCliCommitments::proposeThenAccept()
{
    Run run = gleaner(lib(QStringLiteral("commitments")) << QStringLiteral("--propose"));
    QCOMPARE(run.code, 0);
    QVector<QJsonObject> proposed = jsonLines(run.out);
    QCOMPARE(proposed.size(), 2);
    QVERIFY(proposed.first().value(QStringLiteral("id")).isNull());
    QCOMPARE(proposed.first().value(QStringLiteral("actor")).toString(), QStringLiteral("Northwind Cloud"));
    const QJsonObject amount = proposed.first().value(QStringLiteral("amounts")).toArray().first().toObject();
    QCOMPARE(amount.value(QStringLiteral("amount")).toString(), QStringLiteral("6500000000"));
    QCOMPARE(amount.value(QStringLiteral("currency")).toString(), QStringLiteral("USD"));
    QCOMPARE(proposed.first().value(QStringLiteral("period")).toString(), QStringLiteral("P5Y"));
    const QJsonObject source = proposed.first().value(QStringLiteral("sources")).toArray().first().toObject();
    for (const char *key : {"article_id", "url", "quote", "start", "end", "content_sha256"})
        QVERIFY2(source.contains(QLatin1String(key)), key);
    QCOMPARE(source.value(QStringLiteral("content_sha256")).toString().size(), 64);

    run = gleaner(lib(QStringLiteral("commitments"))
                  << QStringLiteral("--propose") << QStringLiteral("--accept"));
    QCOMPARE(run.code, 0);
    const QVector<QJsonObject> accepted = jsonLines(run.out);
    QCOMPARE(accepted.size(), 2);
    QVERIFY(accepted.first().value(QStringLiteral("id")).toInt() > 0);
    // Stored: listed with their ids, and no longer proposed.
    run = gleaner(lib(QStringLiteral("commitments")) << QStringLiteral("--json"));
    QCOMPARE(run.code, 0);
    QCOMPARE(jsonLines(run.out).size(), 2);
    run = gleaner(lib(QStringLiteral("commitments")) << QStringLiteral("--propose"));
    QCOMPARE(run.code, 0);
    QVERIFY(run.out.isEmpty());
    // The window's annotations were made with them (the evidence).
    run = gleaner({QStringLiteral("show"), QStringLiteral("--library"), m_library,
                   QStringLiteral("--article"), QStringLiteral("1"), QStringLiteral("--json")});
    QCOMPARE(run.code, 0);
    QCOMPARE(QJsonDocument::fromJson(run.out).object().value(QStringLiteral("annotations")).toArray().size(),
             4);
}

void TestCliCommitments::csvReadsBack()
{
    const QString out = path(QStringLiteral("commitments.csv"));
    const Run run = gleaner(lib(QStringLiteral("commitments")) << QStringLiteral("--csv") << out);
    QCOMPARE(run.code, 0);
    QFile file(out);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QVector<QStringList> rows = parseCsv(file.readAll());
    QCOMPARE(rows.size(), 3);
    QCOMPARE(rows.first().first(), QStringLiteral("commitment_id"));
    const int actor = int(rows.first().indexOf(QStringLiteral("actor")));
    const int amounts = int(rows.first().indexOf(QStringLiteral("amounts")));
    const int quotes = int(rows.first().indexOf(QStringLiteral("quotes")));
    QVERIFY(actor >= 0 && amounts >= 0 && quotes >= 0);
    for (const QStringList &row : rows)
        QCOMPARE(row.size(), rows.first().size());
    QStringList allAmounts;
    for (int i = 1; i < rows.size(); ++i) {
        QCOMPARE(rows.at(i).at(actor), QStringLiteral("Northwind Cloud"));
        allAmounts << rows.at(i).at(amounts);
        QVERIFY(!rows.at(i).at(quotes).isEmpty());
    }
    QVERIFY(allAmounts.contains(QStringLiteral("6500000000 USD")));
}

void TestCliCommitments::markdownReport()
{
    const Run run =
        gleaner(lib(QStringLiteral("commitments")) << QStringLiteral("--markdown") << QStringLiteral("-"));
    QCOMPARE(run.code, 0);
    const QString md = run.outText();
    QVERIFY(md.startsWith(QLatin1String("# Commitments")));
    QVERIFY(md.contains(QStringLiteral("| USD | 6500000000 | USD | 1 | 1 |")));
    QVERIFY(md.contains(QStringLiteral("### Northwind Cloud → Canada: 6500000000 USD")));
    QVERIFY(md.contains(QStringLiteral("> Northwind Cloud will spend $6.5 billion in Canada")));
}

void TestCliCommitments::totals()
{
    Run run = gleaner(lib(QStringLiteral("totals"))
                      << QStringLiteral("--by") << QStringLiteral("currency") << QStringLiteral("--json"));
    QCOMPARE(run.code, 0);
    const QVector<QJsonObject> lines = jsonLines(run.out);
    QCOMPARE(lines.size(), 2);
    bool sawUsd = false;
    for (const QJsonObject &o : lines) {
        for (const char *key : {"key", "currency", "unit", "total", "commitments", "sources"})
            QVERIFY2(o.contains(QLatin1String(key)), key);
        if (o.value(QStringLiteral("currency")).toString() == QLatin1String("USD")) {
            sawUsd = true;
            QCOMPARE(o.value(QStringLiteral("total")).toString(), QStringLiteral("6500000000"));
            QCOMPARE(o.value(QStringLiteral("commitments")).toInt(), 1);
        }
    }
    QVERIFY(sawUsd);
    run = gleaner(lib(QStringLiteral("totals")) << QStringLiteral("--by") << QStringLiteral("pillar"));
    QCOMPARE(run.code, 0);
    QVERIFY(run.outText().contains(QStringLiteral("Compute\t6500000000\tUSD\t1\t1\n")));
    // Filtered as the window's totals are.
    run =
        gleaner(lib(QStringLiteral("totals")) << QStringLiteral("--by") << QStringLiteral("currency")
                                              << QStringLiteral("--due-to") << QStringLiteral("2029-12-31"));
    QCOMPARE(run.code, 0);
    QCOMPARE(run.outText(), QStringLiteral("people\t400000\tpeople\t1\t1\n"));
    run = gleaner(lib(QStringLiteral("totals")) << QStringLiteral("--by") << QStringLiteral("actor")
                                                << QStringLiteral("--pillar") << QStringLiteral("Skills"));
    QCOMPARE(run.code, 0);
    QCOMPARE(run.outText(), QStringLiteral("Northwind Cloud\t6500000000\tUSD\t1\t1\n"));
    run = gleaner(lib(QStringLiteral("totals")) << QStringLiteral("--by") << QStringLiteral("actor")
                                                << QStringLiteral("--pillar") << QStringLiteral("Nope"));
    QCOMPARE(run.code, 1);
}

void TestCliCommitments::findingsAcrossTheLibrary()
{
    // After proposeThenAccept: the evidence of the two commitments.
    Run run = gleaner(lib(QStringLiteral("findings")));
    QCOMPARE(run.code, 0);
    const QVector<QJsonObject> all = jsonLines(run.out);
    QCOMPARE(all.size(), 4);
    for (const char *key : {"article_id", "annotation_id", "kind", "quote", "pillar", "amount", "currency",
                            "unit", "qualifier", "due", "precision", "note", "url", "title", "published"})
        QVERIFY2(all.first().contains(QLatin1String(key)), key);
    run = gleaner(lib(QStringLiteral("findings")) << QStringLiteral("--kind") << QStringLiteral("amount"));
    QCOMPARE(run.code, 0);
    const QVector<QJsonObject> amounts = jsonLines(run.out);
    QCOMPARE(amounts.size(), 2);
    for (const QJsonObject &o : amounts)
        QCOMPARE(o.value(QStringLiteral("kind")).toString(), QStringLiteral("amount"));
    run = gleaner(lib(QStringLiteral("findings"))
                  << QStringLiteral("--actor") << QStringLiteral("northwind cloud")
                  << QStringLiteral("--due-to") << QStringLiteral("2028-12-31"));
    QCOMPARE(run.code, 0);
    QCOMPARE(jsonLines(run.out).size(), 1); // "by 2028"
    run = gleaner(lib(QStringLiteral("findings")) << QStringLiteral("--actor") << QStringLiteral("Nobody"));
    QCOMPARE(run.code, 0);
    QVERIFY(run.out.isEmpty());
    const QString out = path(QStringLiteral("findings.csv"));
    run = gleaner(lib(QStringLiteral("findings")) << QStringLiteral("--csv") << out);
    QCOMPARE(run.code, 0);
    QFile file(out);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QVector<QStringList> rows = parseCsv(file.readAll());
    QCOMPARE(rows.size(), 5);
    QCOMPARE(rows.first().value(3), QStringLiteral("quote"));
    run = gleaner(lib(QStringLiteral("findings")) << QStringLiteral("--kind") << QStringLiteral("colour"));
    QCOMPARE(run.code, 2);
    run = gleaner(lib(QStringLiteral("findings")) << QStringLiteral("--pillar") << QStringLiteral("Nope"));
    QCOMPARE(run.code, 1);
    QVERIFY(run.errText().contains(QStringLiteral("Nope")));
    run = gleaner(lib(QStringLiteral("findings")) << QStringLiteral("--due-from") << QStringLiteral("soon"));
    QCOMPARE(run.code, 2);
}

void TestCliCommitments::ratesAndConvertedTotals()
{
    Run run = gleaner(lib(QStringLiteral("rates"))
                      << QStringLiteral("--set") << QStringLiteral("USD=0.74") << QStringLiteral("--to")
                      << QStringLiteral("GBP") << QStringLiteral("--as-of") << QStringLiteral("2026-11-30"));
    QCOMPARE(run.code, 0);
    run = gleaner(lib(QStringLiteral("rates")) << QStringLiteral("--json"));
    QCOMPARE(run.code, 0);
    const QVector<QJsonObject> rates = jsonLines(run.out);
    QCOMPARE(rates.size(), 1);
    QCOMPARE(rates.first().value(QStringLiteral("rate")).toString(), QStringLiteral("0.74"));
    run = gleaner(lib(QStringLiteral("totals"))
                  << QStringLiteral("--by") << QStringLiteral("currency") << QStringLiteral("--convert-to")
                  << QStringLiteral("GBP") << QStringLiteral("--json"));
    QCOMPARE(run.code, 0);
    bool converted = false;
    for (const QJsonObject &o : jsonLines(run.out)) {
        if (o.value(QStringLiteral("currency")).toString() != QLatin1String("GBP"))
            continue;
        converted = true;
        QCOMPARE(o.value(QStringLiteral("total")).toString(), QStringLiteral("4810000000")); // 6.5e9 × 0.74
        QCOMPARE(o.value(QStringLiteral("rates_used")).toArray().first().toString(),
                 QStringLiteral("1 USD = 0.74 GBP (2026-11-30)"));
    }
    QVERIFY(converted);
    run = gleaner(lib(QStringLiteral("rates")) << QStringLiteral("--set") << QStringLiteral("USD=lots")
                                               << QStringLiteral("--to") << QStringLiteral("GBP"));
    QCOMPARE(run.code, 1);
    QVERIFY(run.errText().contains(QStringLiteral("1.08")));
    run = gleaner(lib(QStringLiteral("rates")) << QStringLiteral("--set") << QStringLiteral("USD=2"));
    QCOMPARE(run.code, 2);
    run = gleaner(lib(QStringLiteral("rates")) << QStringLiteral("--remove") << QStringLiteral("USD")
                                               << QStringLiteral("--to") << QStringLiteral("GBP"));
    QCOMPARE(run.code, 0);
    run = gleaner(lib(QStringLiteral("rates")));
    QCOMPARE(run.code, 0);
    QVERIFY(run.out.isEmpty());
}

void TestCliCommitments::badUsageAndProtectedOutputs()
{
    Run run = gleaner(lib(QStringLiteral("commitments")) << QStringLiteral("--accept"));
    QCOMPARE(run.code, 2);
    QVERIFY(run.errText().contains(QStringLiteral("--propose")));
    run = gleaner(lib(QStringLiteral("commitments"))
                  << QStringLiteral("--json") << QStringLiteral("--csv") << QStringLiteral("-"));
    QCOMPARE(run.code, 2);
    run = gleaner(lib(QStringLiteral("totals")) << QStringLiteral("--by") << QStringLiteral("colour"));
    QCOMPARE(run.code, 2);
    QVERIFY(run.errText().contains(QStringLiteral("pillar, actor, year or currency")));
    run = gleaner({QStringLiteral("totals"), QStringLiteral("--library"),
                   path(QStringLiteral("none.gleaner")), QStringLiteral("--by"), QStringLiteral("actor")});
    QCOMPARE(run.code, 1);
    // A report never replaces the library.
    const QByteArray before = Gleaner::Test::fileHash(m_library);
    run = gleaner(lib(QStringLiteral("commitments")) << QStringLiteral("--csv") << m_library);
    QCOMPARE(run.code, 1);
    QVERIFY(!run.errText().isEmpty());
    QCOMPARE(Gleaner::Test::fileHash(m_library), before);
    run = gleaner(lib(QStringLiteral("commitments")) << QStringLiteral("--markdown") << m_library);
    QCOMPARE(run.code, 1);
    QCOMPARE(Gleaner::Test::fileHash(m_library), before);
}

QTEST_GUILESS_MAIN(TestCliCommitments)
#include "tst_clicommitments.moc"
