// Proposed commitments: which sentences make one, who the actor is, which
// pillars it belongs to, and what accepting and rejecting them keeps.
#include "import/articleimporter.h"
#include "library/librarydocument.h"
#include "services/commitmentservice.h"
#include "testarticle.h"
#include "testfiles.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Gleaner;
using Gleaner::Test::articleFrom;

namespace {

QString amountsOf(const Commitment &c)
{
    QStringList parts;
    for (const CommitmentAmount &a : c.amounts)
        parts << a.amount + QLatin1Char(' ') + (a.currency.isEmpty() ? a.unit : a.currency);
    return parts.join(QLatin1String(", "));
}

// An article in the shape of a company announcement: a title naming the actor,
// a plan announced in three named pillars detailed under their own headings.
const char kPlan[] =
    "<html><head><title>Fjordline Commits €2 Billion to Norway's Digital Future</title></head><body><article>"
    "<h1>Fjordline Commits €2 Billion to Norway's Digital Future</h1>"
    "<p>Fjordline has formally pledged €2 billion for Norway over the next three years, the company said.</p>"
    "<p>The plan rests on three pillars: Networks, Privacy and Learning.</p>"
    "<h2>Laying Rural Networks</h2><p>Fibre will reach 400 villages.</p>"
    "<h2>Protecting Privacy at Home</h2><p>A new audit office opens in Bergen.</p>"
    "<h2>Learning for Every Region</h2>"
    "<p>The most ambitious aim is to certify 20,000 technicians by 2028.</p>"
    "<p>In 2024 the group said it spent $300 million on research.</p>"
    "<p>Pacing the build within three years, it expects the training of 20,000 technicians to keep up.</p>"
    "</article></body></html>";
} // namespace

class TestCommitmentProposer : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void projectSample();
    void announcedPlan();
    void taggedHeadingsNameThePillars();
    void sentences_data();
    void sentences();
    void periods_data();
    void periods();
    void acceptRejectAndReportsFromTwoArticles();
    void wholeLibraryPassEqualsArticleByArticle();
};

void TestCommitmentProposer::projectSample()
{
    QFile file(Gleaner::Test::sampleArticlePath());
    QVERIFY(file.open(QIODevice::ReadOnly));
    const Article article = articleFrom(file.readAll(), CleanInput::Format::Text);
    const QVector<CommitmentProposal> proposals = CommitmentProposer::propose(article, {});
    QCOMPARE(proposals.size(), 2);
    const Commitment &plan = proposals.at(0).commitment;
    QCOMPARE(plan.actor, QStringLiteral("Northwind Cloud"));
    QCOMPARE(plan.beneficiary, QStringLiteral("Canada"));
    QCOMPARE(amountsOf(plan), QStringLiteral("6500000000 USD"));
    QCOMPARE(plan.period, QStringLiteral("P5Y"));
    QCOMPARE(plan.due, QDate(2031, 3, 10)); // five years from publication
    // The headline's promise is the whole plan: every pillar the text names.
    QCOMPARE(proposals.at(0).pillarNames,
             (QStringList{QStringLiteral("Compute"), QStringLiteral("Security"), QStringLiteral("Skills")}));
    // Its evidence is what accepting creates: the amount and the deadline.
    QCOMPARE(proposals.at(0).evidence.size(), 2);
    QCOMPARE(proposals.at(0).evidence.at(0).kind, AnnotationKind::Amount);
    QCOMPARE(proposals.at(0).evidence.at(1).kind, AnnotationKind::Deadline);
    const Commitment &training = proposals.at(1).commitment;
    QCOMPARE(training.actor, QStringLiteral("Northwind Cloud")); // no subject named: the title's
    QCOMPARE(training.due, QDate(2028, 12, 31));
    QCOMPARE(training.precision, DatePrecision::Year);
    QVERIFY(training.sources.first().quote.endsWith(QLatin1String("by 2028.")));
}

void TestCommitmentProposer::announcedPlan()
{
    const Article article = articleFrom(kPlan, CleanInput::Format::Html);
    Pillar known;
    known.id = 7;
    known.name = QStringLiteral("Learning");
    const QVector<CommitmentProposal> proposals = CommitmentProposer::propose(article, {known});
    QCOMPARE(proposals.size(), 2);
    const CommitmentProposal &plan = proposals.at(0);
    QCOMPARE(plan.commitment.actor, QStringLiteral("Fjordline"));
    QCOMPARE(plan.commitment.beneficiary, QStringLiteral("Norway"));
    QCOMPARE(amountsOf(plan.commitment), QStringLiteral("2000000000 EUR"));
    QCOMPARE(plan.commitment.period, QStringLiteral("P3Y"));
    QCOMPARE(plan.pillarNames, (QStringList{QStringLiteral("Networks"), QStringLiteral("Privacy"),
                                            QStringLiteral("Learning")}));
    // Said twice, under "Learning for Every Region": one commitment with two
    // sources, in the pillar its heading details; the past "spent" is none.
    const CommitmentProposal &training = proposals.at(1);
    QCOMPARE(amountsOf(training.commitment), QStringLiteral("20000 technician"));
    QCOMPARE(training.commitment.actor, QStringLiteral("Fjordline"));
    QCOMPARE(training.commitment.sources.size(), 2);
    QCOMPARE(training.commitment.due, QDate(2028, 12, 31)); // the first report's deadline
    QCOMPARE(training.pillarNames, QStringList{QStringLiteral("Learning")});
    for (const CommitmentSource &s : training.commitment.sources)
        QCOMPARE(article.text.mid(s.start, s.end - s.start), s.quote);
}

void TestCommitmentProposer::taggedHeadingsNameThePillars()
{
    const Article article = articleFrom(kPlan, CleanInput::Format::Html);
    // The reader tagged the three headings with the pillars of their own scheme.
    QVector<Annotation> tags;
    const QList<QPair<QString, QString>> scheme{
        {QStringLiteral("Laying Rural Networks"), QStringLiteral("Connectivity")},
        {QStringLiteral("Protecting Privacy at Home"), QStringLiteral("Data Protection")},
        {QStringLiteral("Learning for Every Region"), QStringLiteral("Skills")}};
    for (const auto &[heading, pillar] : scheme) {
        Annotation a;
        a.kind = AnnotationKind::Pillar;
        a.start = int(article.text.indexOf(heading));
        a.end = a.start + int(heading.size());
        a.pillarName = pillar;
        QVERIFY(a.start >= 0);
        tags << a;
    }
    const QVector<CommitmentProposal> proposals = CommitmentProposer::propose(article, {}, tags);
    QCOMPARE(proposals.size(), 2);
    QCOMPARE(proposals.at(0).pillarNames,
             (QStringList{QStringLiteral("Connectivity"), QStringLiteral("Data Protection"),
                          QStringLiteral("Skills")}));
    QCOMPARE(proposals.at(1).pillarNames, QStringList{QStringLiteral("Skills")});
}

void TestCommitmentProposer::sentences_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("plain") << QStringLiteral("One goes. Two follows! Three?")
                           << QStringList{QStringLiteral("One goes."), QStringLiteral("Two follows!"),
                                          QStringLiteral("Three?")};
    QTest::newRow("abbreviations and decimals")
        << QStringLiteral(
               "Mr. Tanaka of Acme Inc. said the U.S. unit grew 3.5 percent on Feb. 14. Then it stopped.")
        << QStringList{
               QStringLiteral("Mr. Tanaka of Acme Inc. said the U.S. unit grew 3.5 percent on Feb. 14."),
               QStringLiteral("Then it stopped.")};
    QTest::newRow("lower case goes on")
        << QStringLiteral("It rose 5 p.c. after the deal. Later it fell.")
        << QStringList{QStringLiteral("It rose 5 p.c. after the deal."), QStringLiteral("Later it fell.")};
    QTest::newRow("japanese") << QStringLiteral("同社は投資する。人材を育てる。")
                              << QStringList{QStringLiteral("同社は投資する。"),
                                             QStringLiteral("人材を育てる。")};
    QTest::newRow("no final stop") << QStringLiteral("A heading without a stop")
                                   << QStringList{QStringLiteral("A heading without a stop")};
}

void TestCommitmentProposer::sentences()
{
    QFETCH(QString, text);
    QFETCH(QStringList, expected);
    QStringList found;
    for (const auto &[start, end] : CommitmentProposer::sentences(text, 0, int(text.size())))
        found << text.mid(start, end - start);
    QCOMPARE(found, expected);
}

void TestCommitmentProposer::periods_data()
{
    QTest::addColumn<QString>("sentence");
    QTest::addColumn<QString>("period");
    QTest::newRow("over the next four years")
        << QStringLiteral("Acme will invest $10 billion over the next four years.") << QStringLiteral("P4Y");
    QTest::newRow("within 18 months")
        << QStringLiteral("Acme will spend $2 million within 18 months.") << QStringLiteral("P18M");
    QTest::newRow("by a year is a date, not a period")
        << QStringLiteral("Acme will spend $2 million by 2029.") << QString();
}

void TestCommitmentProposer::periods()
{
    QFETCH(QString, sentence);
    QFETCH(QString, period);
    const Article article = articleFrom(sentence.toUtf8(), CleanInput::Format::Text);
    const QVector<CommitmentProposal> proposals = CommitmentProposer::propose(article, {});
    QCOMPARE(proposals.size(), 1);
    QCOMPARE(proposals.first().commitment.actor, QStringLiteral("Acme"));
    QCOMPARE(proposals.first().commitment.period, period);
}

void TestCommitmentProposer::acceptRejectAndReportsFromTwoArticles()
{
    QTemporaryDir dir;
    LibraryDocument doc;
    LibraryStore::OpenOptions options;
    options.create = true;
    QVERIFY(doc.open(dir.filePath(QStringLiteral("p.gleaner")), options));
    Article first = articleFrom(kPlan, CleanInput::Format::Html);
    first.id = 0;
    first.id = doc.store()->addArticle(first).value_or(0);
    // A second outlet reports the headline promise in its own words.
    Article second =
        articleFrom("Fjordline will invest €2 billion in Norway over the next three years, it said.",
                    CleanInput::Format::Text, QStringLiteral("Fjordline's Norway plan"));
    second.id = 0;
    second.id = doc.store()->addArticle(second).value_or(0);
    QVERIFY(first.id > 0 && second.id > 0);
    first = *doc.store()->article(first.id);
    second = *doc.store()->article(second.id);

    std::optional<QVector<CommitmentProposal>> proposals = CommitmentService::proposals(*doc.store(), first);
    QVERIFY(proposals && proposals->size() == 2);
    const std::optional<qint64> plan = CommitmentService::accept(&doc, proposals->at(0));
    QVERIFY2(plan, qPrintable(doc.errorMessage()));
    QVERIFY(CommitmentService::reject(&doc, proposals->at(1)));
    // Accepted and rejected alike are not proposed again.
    proposals = CommitmentService::proposals(*doc.store(), first);
    QVERIFY(proposals && proposals->isEmpty());
    const Commitment stored = *doc.store()->commitment(*plan);
    QCOMPARE(stored.pillarNames, (QStringList{QStringLiteral("Learning"), QStringLiteral("Networks"),
                                              QStringLiteral("Privacy")}));
    QCOMPARE(stored.evidence.size(), 2);
    QCOMPARE(doc.store()->annotations(first.id)->size(), 2); // the amount and deadline it rests on

    proposals = CommitmentService::proposals(*doc.store(), second);
    QVERIFY(proposals && proposals->size() == 1);
    QCOMPARE(CommitmentService::accept(&doc, proposals->first()), plan); // the same promise: one record
    QCOMPARE(doc.store()->commitmentCount().value_or(-1), 1);
    QCOMPARE(doc.store()->commitment(*plan)->sources.size(), 2);
    const auto totals = doc.store()->commitmentTotals(CommitmentTotals::By::Currency);
    QVERIFY(totals && totals->size() == 1);
    QCOMPARE(totals->first().total, QStringLiteral("2000000000"));
    QCOMPARE(totals->first().reportedTotal, QStringLiteral("4000000000"));
    QVERIFY(doc.undo()); // the second report only
    QCOMPARE(doc.store()->commitment(*plan)->sources.size(), 1);
}

void TestCommitmentProposer::wholeLibraryPassEqualsArticleByArticle()
{
    QTemporaryDir dir;
    LibraryDocument doc;
    LibraryStore::OpenOptions options;
    options.create = true;
    QVERIFY(doc.open(dir.filePath(QStringLiteral("w.gleaner")), options));
    QFile file(Gleaner::Test::sampleArticlePath());
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray sample = file.readAll();
    // Enough articles for every worker thread to have a share, each a little different.
    QVector<qint64> ids;
    for (int i = 0; i < 300; ++i) {
        Article a = i % 2 ? articleFrom(kPlan, CleanInput::Format::Html)
                          : articleFrom(sample + "\n\nEdition " + QByteArray::number(i) + ".",
                                        CleanInput::Format::Text);
        a.id = 0;
        a.text += QStringLiteral("\n\nCopy %1.").arg(i);
        a.textSha256 = LibraryStore::sha256Hex(a.text);
        const std::optional<qint64> id = doc.store()->addArticle(a);
        QVERIFY2(id, qPrintable(doc.errorMessage()));
        ids << *id;
    }
    // One stored, one rejected: left out by both ways.
    std::optional<QVector<CommitmentProposal>> first =
        CommitmentService::proposals(*doc.store(), *doc.store()->article(ids.at(0)));
    QVERIFY(first && first->size() == 2);
    QVERIFY(CommitmentService::accept(&doc, first->at(0)));
    QVERIFY(CommitmentService::reject(&doc, first->at(1)));
    QStringList oneByOne;
    for (qint64 id : std::as_const(ids)) {
        const QVector<CommitmentProposal> here =
            *CommitmentService::proposals(*doc.store(), *doc.store()->article(id));
        for (const CommitmentProposal &p : here)
            oneByOne << QString::number(p.commitment.sources.first().articleId) + QLatin1Char(':') +
                            QString::number(p.commitment.sources.first().start) + QLatin1Char(' ') +
                            p.commitment.actor + QLatin1Char(' ') + p.pillarNames.join(QLatin1Char(','));
    }
    const std::optional<QVector<CommitmentProposal>> all =
        CommitmentService::proposalsForLibrary(*doc.store());
    QVERIFY(all);
    QStringList onePass;
    for (const CommitmentProposal &p : *all)
        onePass << QString::number(p.commitment.sources.first().articleId) + QLatin1Char(':') +
                       QString::number(p.commitment.sources.first().start) + QLatin1Char(' ') +
                       p.commitment.actor + QLatin1Char(' ') + p.pillarNames.join(QLatin1Char(','));
    QCOMPARE(onePass.size(), 598);
    QCOMPARE(onePass, oneByOne);
    // Cancelled at once: it stops early, with what it had.
    std::atomic_bool cancel{true};
    QVERIFY(CommitmentService::proposalsForLibrary(*doc.store(), &cancel)->size() < 598);
}

QTEST_GUILESS_MAIN(TestCommitmentProposer)
#include "tst_commitmentproposer.moc"
