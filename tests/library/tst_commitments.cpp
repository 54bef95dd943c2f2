// Commitments in the library: stored with their parts, edited, merged and split
// as undoable steps, kept through the deletion of one of their articles, added
// up once however many articles report them, and brought by the format upgrade.
#include "library/librarydocument.h"
#include "library/libraryschema.h"
#include "oldlibrary.h"
#include "testengine.h"
#include "testlibrary.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Gleaner;
using namespace Gleaner::Test;

namespace {
// A source quoting text[start, end) of the article.
CommitmentSource quoteOf(qint64 articleId, int start, int end)
{
    CommitmentSource s;
    s.articleId = articleId;
    s.start = start;
    s.end = end;
    return s;
}

Commitment pledge(const QString &actor, const QString &amount, const QString &currency, qint64 articleId,
                  int start = 0, int end = 53)
{
    Commitment c;
    c.actor = actor;
    c.beneficiary = QStringLiteral("Kenya");
    c.amounts << CommitmentAmount{amount, currency, {}, {}};
    c.due = QDate(2029, 12, 31);
    c.precision = DatePrecision::Year;
    c.sources << quoteOf(articleId, start, end);
    return c;
}

Article another(const QString &title, const QString &text, const QString &url)
{
    Article a = sampleArticle(title);
    a.text = text;
    a.url = url;
    return a;
}
} // namespace

class TestCommitments : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void storedWithEveryPart();
    void badCommitmentsAreRefused();
    void makeEditDeleteUndo();
    void sameCommitmentFromTwoArticlesIsOne();
    void mergeAndSplitAreUndoable();
    void deletingAnArticleKeepsCommitmentsReportedElsewhere();
    void pillarsOfCommitmentsMergeAndBlockDeletion();
    void totalsCountEachCommitmentOnceAndNeverMixCurrencies();
    void filterNarrowsTheList();
    void totalsConvertOnlyWithTheUsersRates();
    void upgradeFromFormatThreeAddsCommitments();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<LibraryDocument> m_doc;
    qint64 m_first = 0;
    qint64 m_second = 0;
};

void TestCommitments::init()
{
    GLEANER_REQUIRE_ENGINE();
    m_doc = std::make_unique<LibraryDocument>();
    const QString path =
        newLibrary(m_dir, QStringLiteral("c%1.gleaner").arg(QDateTime::currentMSecsSinceEpoch()));
    LibraryStore::OpenOptions options;
    options.create = true;
    QVERIFY2(m_doc->open(path, options), qPrintable(m_doc->errorMessage()));
    m_first = m_doc->store()->addArticle(sampleArticle()).value_or(0);
    m_second = m_doc->store()
                   ->addArticle(
                       another(QStringLiteral("Harbor Cloud confirms Kenya plan"),
                               QStringLiteral("Harbor Cloud confirmed it will invest $4 billion in Kenya by "
                                              "2029, and €500 million in Ghana."),
                               QStringLiteral("https://other.example/kenya")))
                   .value_or(0);
    QVERIFY(m_first > 0 && m_second > 0);
}

void TestCommitments::storedWithEveryPart()
{
    LibraryStore *store = m_doc->store();
    Commitment c =
        pledge(QStringLiteral("Harbor Cloud"), QStringLiteral("4000000000"), QStringLiteral("usd"), m_first);
    c.amounts << CommitmentAmount{
        QStringLiteral("50000"), {}, QStringLiteral("engineer"), QStringLiteral("up to")};
    c.period = QStringLiteral("P4Y");
    const std::optional<qint64> pillar = store->addPillar(QStringLiteral("Infrastructure"));
    QVERIFY(pillar);
    c.pillarIds << *pillar;
    const std::optional<qint64> id = m_doc->makeCommitment(c);
    QVERIFY2(id, qPrintable(m_doc->errorMessage()));
    const std::optional<Commitment> back = store->commitment(*id);
    QVERIFY(back);
    QCOMPARE(back->actor, QStringLiteral("Harbor Cloud"));
    QCOMPARE(back->amounts.size(), 2);
    QCOMPARE(back->amounts.at(0).currency, QStringLiteral("USD")); // stored as the ISO code
    QCOMPARE(back->amounts.at(1).qualifier, QStringLiteral("up to"));
    QCOMPARE(back->period, QStringLiteral("P4Y"));
    QCOMPARE(back->due, QDate(2029, 12, 31));
    QCOMPARE(back->precision, DatePrecision::Year);
    QCOMPARE(back->pillarNames, QStringList{QStringLiteral("Infrastructure")});
    QCOMPARE(back->sources.size(), 1);
    const Article article = *store->article(m_first);
    QCOMPARE(back->sources.first().quote, article.text.left(53));
    QCOMPARE(back->sources.first().contentSha256, article.textSha256);
    QCOMPARE(back->sources.first().articleUrl, article.url);
    // Another program reads the same rows with sqlite3.
    QSqlQuery q(store->database());
    QVERIFY(
        q.exec(QStringLiteral("SELECT count(*) FROM commitment_amounts WHERE commitment_id = %1").arg(*id)));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), 2);
}

void TestCommitments::badCommitmentsAreRefused()
{
    LibraryStore *store = m_doc->store();
    const int before = store->commitmentCount().value_or(-1);
    Commitment noSource = pledge(QStringLiteral("A"), QStringLiteral("1"), QStringLiteral("USD"), m_first);
    noSource.sources.clear();
    Commitment outside =
        pledge(QStringLiteral("A"), QStringLiteral("1"), QStringLiteral("USD"), m_first, 10, 100000);
    Commitment badAmount =
        pledge(QStringLiteral("A"), QStringLiteral("1,000"), QStringLiteral("USD"), m_first);
    Commitment negative = pledge(QStringLiteral("A"), QStringLiteral("-5"), QStringLiteral("USD"), m_first);
    Commitment badCurrency = pledge(QStringLiteral("A"), QStringLiteral("1"), QStringLiteral("XYZ"), m_first);
    Commitment badPeriod = pledge(QStringLiteral("A"), QStringLiteral("1"), QStringLiteral("USD"), m_first);
    badPeriod.period = QStringLiteral("four years");
    Commitment noArticle = pledge(QStringLiteral("A"), QStringLiteral("1"), QStringLiteral("USD"), 999);
    for (const Commitment &c : {noSource, outside, badAmount, negative, badCurrency, badPeriod, noArticle}) {
        QVERIFY(!m_doc->makeCommitment(c, {}, {QStringLiteral("Created Only If Valid")}));
        QCOMPARE(m_doc->errorCode(), LibraryError::Code::InvalidInput);
        QVERIFY(!m_doc->errorMessage().isEmpty());
    }
    QCOMPARE(store->commitmentCount().value_or(-1), before);
    QVERIFY(!hasPillar(*store, QStringLiteral("Created Only If Valid"))); // nothing half made
    QCOMPARE(m_doc->undoStack()->count(), 0);
}

void TestCommitments::makeEditDeleteUndo()
{
    LibraryStore *store = m_doc->store();
    Annotation amount;
    amount.articleId = m_first;
    amount.kind = AnnotationKind::Amount;
    amount.start = 26;
    amount.end = 36;
    amount.amount = QStringLiteral("4000000000");
    amount.currency = QStringLiteral("USD");
    const std::optional<qint64> id = m_doc->makeCommitment(
        pledge(QStringLiteral("Harbor Cloud"), QStringLiteral("4000000000"), QStringLiteral("USD"), m_first),
        {amount}, {QStringLiteral("Cloud")});
    QVERIFY2(id, qPrintable(m_doc->errorMessage()));
    // One step: the evidence annotation, the new pillar and the commitment.
    QCOMPARE(m_doc->undoStack()->count(), 1);
    QCOMPARE(annotationsOf(*store, m_first).size(), 1);
    QCOMPARE(store->commitment(*id)->evidence.size(), 1);
    QVERIFY(hasPillar(*store, QStringLiteral("Cloud")));
    QVERIFY(m_doc->undo());
    QCOMPARE(store->commitmentCount().value_or(-1), 0);
    QCOMPARE(annotationsOf(*store, m_first).size(), 0);
    QVERIFY(!hasPillar(*store, QStringLiteral("Cloud")));
    QVERIFY(m_doc->redo());
    const Commitment before = *store->commitment(*id); // the same id again
    Commitment after = before;
    after.actor = QStringLiteral("Harbor Cloud Ltd");
    after.sources << quoteOf(m_first, 55, 90);
    QVERIFY2(m_doc->editCommitment(before, after), qPrintable(m_doc->errorMessage()));
    QCOMPARE(store->commitment(*id)->sources.size(), 2);
    QCOMPARE(store->commitment(*id)->actor, QStringLiteral("Harbor Cloud Ltd"));
    QVERIFY(m_doc->undo());
    QCOMPARE(store->commitment(*id)->actor, QStringLiteral("Harbor Cloud"));
    QCOMPARE(store->commitment(*id)->sources.size(), 1);
    // Deleting the evidence annotation and undoing it puts the link back too.
    const qint64 evidence = store->commitment(*id)->evidence.first();
    QVERIFY(m_doc->deleteAnnotation(evidence));
    QVERIFY(store->commitment(*id)->evidence.isEmpty());
    QVERIFY(m_doc->undo());
    QCOMPARE(store->commitment(*id)->evidence, QVector<qint64>{evidence});
    QVERIFY(m_doc->deleteCommitment(*id));
    QVERIFY(!store->commitment(*id));
    QVERIFY(m_doc->undo());
    const std::optional<Commitment> restored = store->commitment(*id);
    QVERIFY(restored);
    QCOMPARE(restored->evidence, before.evidence);
    QCOMPARE(restored->pillarIds, before.pillarIds);
    QCOMPARE(restored->createdAt, before.createdAt);

    // Another user renames the actor while this user edits from what they saw:
    // the edit is refused and theirs stays; undo of an edit they overtook too.
    const Commitment seen = *store->commitment(*id);
    auto otherUserSets = [&](const QString &actor) {
        QTest::qWait(2);
        QSqlQuery other(store->database());
        other.prepare(QStringLiteral("UPDATE commitments SET actor = ?, updated_at = ? WHERE id = ?"));
        other.addBindValue(actor);
        other.addBindValue(LibraryStore::timestamp(QDateTime::currentDateTimeUtc()));
        other.addBindValue(*id);
        QVERIFY(other.exec());
    };
    otherUserSets(QStringLiteral("Harbor Cloud Group"));
    Commitment mine = seen;
    mine.note = QStringLiteral("checked against the filing");
    QVERIFY(!m_doc->editCommitment(seen, mine));
    QCOMPARE(store->lastError().code, LibraryError::Code::Stale);
    QVERIFY2(m_doc->errorMessage().contains(QLatin1String("Someone else changed")),
             qPrintable(m_doc->errorMessage()));
    QCOMPARE(store->commitment(*id)->actor, QStringLiteral("Harbor Cloud Group"));
    const Commitment fresh = *store->commitment(*id);
    mine = fresh;
    mine.note = QStringLiteral("checked against the filing");
    QVERIFY2(m_doc->editCommitment(fresh, mine), qPrintable(m_doc->errorMessage()));
    QVERIFY(m_doc->undo()); // nobody else changed it: undo and redo work
    QVERIFY(m_doc->redo());
    otherUserSets(QStringLiteral("Harbor Cloud plc"));
    QVERIFY(!m_doc->undo());
    QCOMPARE(store->lastError().code, LibraryError::Code::Stale);
    QCOMPARE(store->commitment(*id)->actor, QStringLiteral("Harbor Cloud plc"));
    QCOMPARE(store->commitment(*id)->note, QStringLiteral("checked against the filing"));
}

void TestCommitments::sameCommitmentFromTwoArticlesIsOne()
{
    LibraryStore *store = m_doc->store();
    const std::optional<qint64> a = m_doc->makeCommitment(
        pledge(QStringLiteral("Harbor Cloud"), QStringLiteral("4000000000"), QStringLiteral("USD"), m_first),
        {}, {}, true);
    // The second outlet's report: same actor (another case), amount and due date.
    const std::optional<qint64> b =
        m_doc->makeCommitment(pledge(QStringLiteral("harbor cloud"), QStringLiteral("4000000000"),
                                     QStringLiteral("USD"), m_second, 0, 70),
                              {}, {}, true);
    QVERIFY(a && b);
    QCOMPARE(*b, *a);
    QCOMPARE(store->commitmentCount().value_or(-1), 1);
    QCOMPARE(store->commitment(*a)->sources.size(), 2);
    // A different due date is another promise.
    Commitment later = pledge(QStringLiteral("Harbor Cloud"), QStringLiteral("4000000000"),
                              QStringLiteral("USD"), m_second, 0, 20);
    later.due = QDate(2031, 12, 31);
    const std::optional<qint64> c = m_doc->makeCommitment(later, {}, {}, true);
    QVERIFY(c && *c != *a);
    // Undo takes only the source the second report added.
    QVERIFY(m_doc->undo());
    QVERIFY(m_doc->undo());
    QCOMPARE(store->commitment(*a)->sources.size(), 1);
}

void TestCommitments::mergeAndSplitAreUndoable()
{
    LibraryStore *store = m_doc->store();
    const qint64 a = m_doc
                         ->makeCommitment(pledge(QStringLiteral("Harbor Cloud"), QStringLiteral("4000000000"),
                                                 QStringLiteral("USD"), m_first))
                         .value_or(0);
    Commitment other = pledge(QStringLiteral("Harbor"), QStringLiteral("4000000000"), QStringLiteral("USD"),
                              m_second, 0, 70);
    other.period = QStringLiteral("P4Y");
    const qint64 b = m_doc->makeCommitment(other).value_or(0);
    QVERIFY(a > 0 && b > 0);
    const Commitment beforeA = *store->commitment(a);
    const Commitment beforeB = *store->commitment(b);
    QVERIFY2(m_doc->mergeCommitments(b, a), qPrintable(m_doc->errorMessage()));
    QVERIFY(!store->commitment(b));
    const Commitment merged = *store->commitment(a);
    QCOMPARE(merged.sources.size(), 2);
    QCOMPARE(merged.period, QStringLiteral("P4Y")); // a blank field takes the other's value
    QCOMPARE(merged.amounts.size(), 1);             // the same amount once
    QVERIFY(!m_doc->mergeCommitments(a, a));
    QVERIFY(m_doc->undo());
    QCOMPARE(store->commitment(a)->sources.size(), beforeA.sources.size());
    QCOMPARE(store->commitment(b)->sources.first().id, beforeB.sources.first().id);
    QCOMPARE(store->commitment(b)->actor, QStringLiteral("Harbor"));
    QVERIFY(m_doc->redo());
    // Split the second article's source off again.
    qint64 secondSource = 0;
    const Commitment current = *store->commitment(a);
    for (const CommitmentSource &s : current.sources)
        if (s.articleId == m_second)
            secondSource = s.id;
    const std::optional<qint64> split = m_doc->splitCommitment(a, secondSource);
    QVERIFY2(split, qPrintable(m_doc->errorMessage()));
    QCOMPARE(store->commitment(a)->sources.size(), 1);
    QCOMPARE(store->commitment(*split)->sources.first().articleId, m_second);
    QVERIFY(
        !m_doc->splitCommitment(*split, store->commitment(*split)->sources.first().id)); // its only source
    QVERIFY(m_doc->undo());
    QCOMPARE(store->commitment(a)->sources.size(), 2);
    QVERIFY(!store->commitment(*split));
}

void TestCommitments::deletingAnArticleKeepsCommitmentsReportedElsewhere()
{
    LibraryStore *store = m_doc->store();
    Commitment both =
        pledge(QStringLiteral("Harbor Cloud"), QStringLiteral("4000000000"), QStringLiteral("USD"), m_first);
    both.sources << quoteOf(m_second, 0, 70);
    const qint64 shared = m_doc->makeCommitment(both).value_or(0);
    const qint64 alone = m_doc
                             ->makeCommitment(pledge(QStringLiteral("Harbor Cloud"), QStringLiteral("50000"),
                                                     QStringLiteral("USD"), m_first, 55, 90))
                             .value_or(0);
    QVERIFY(shared > 0 && alone > 0);
    QVERIFY2(m_doc->deleteArticle(m_first), qPrintable(m_doc->errorMessage()));
    QCOMPARE(store->commitment(shared)->sources.size(), 1); // loses that source only
    QVERIFY(!store->commitment(alone));                     // goes with its only article
    QVERIFY(m_doc->undo());
    QCOMPARE(store->commitment(shared)->sources.size(), 2);
    const std::optional<Commitment> back = store->commitment(alone);
    QVERIFY(back);
    QCOMPARE(back->sources.first().articleId, m_first);
    QCOMPARE(back->amounts.first().amount, QStringLiteral("50000"));
}

void TestCommitments::pillarsOfCommitmentsMergeAndBlockDeletion()
{
    LibraryStore *store = m_doc->store();
    const qint64 compute = m_doc->addPillar(QStringLiteral("Compute")).value_or(0);
    const qint64 infra = m_doc->addPillar(QStringLiteral("Infrastructure")).value_or(0);
    Commitment c = pledge(QStringLiteral("Harbor"), QStringLiteral("1"), QStringLiteral("USD"), m_first);
    c.pillarIds << compute;
    const qint64 onlyCompute = m_doc->makeCommitment(c).value_or(0);
    c.pillarIds << infra;
    c.sources = {quoteOf(m_second, 0, 10)};
    const qint64 bothPillars = m_doc->makeCommitment(c).value_or(0);
    QVERIFY(onlyCompute > 0 && bothPillars > 0);
    QVERIFY(!m_doc->deletePillar(compute));
    QCOMPARE(m_doc->errorCode(), LibraryError::Code::Conflict);
    QVERIFY(m_doc->errorMessage().contains(QStringLiteral("commitment")));
    QVERIFY2(m_doc->mergePillars(compute, infra), qPrintable(m_doc->errorMessage()));
    QCOMPARE(store->commitment(onlyCompute)->pillarIds, QVector<qint64>{infra});
    QCOMPARE(store->commitment(bothPillars)->pillarIds, QVector<qint64>{infra});
    QVERIFY(m_doc->undo());
    QCOMPARE(store->commitment(onlyCompute)->pillarIds, QVector<qint64>{compute});
    QCOMPARE(store->commitment(bothPillars)->pillarIds.size(), 2);
}

void TestCommitments::totalsCountEachCommitmentOnceAndNeverMixCurrencies()
{
    LibraryStore *store = m_doc->store();
    const qint64 infra = m_doc->addPillar(QStringLiteral("Infrastructure")).value_or(0);
    Commitment usd =
        pledge(QStringLiteral("Harbor Cloud"), QStringLiteral("4000000000"), QStringLiteral("USD"), m_first);
    usd.pillarIds << infra;
    QVERIFY(m_doc->makeCommitment(usd, {}, {}, true));
    Commitment again = usd;
    again.sources = {quoteOf(m_second, 0, 70)};
    QVERIFY(m_doc->makeCommitment(again, {}, {}, true)); // the same promise, reported twice
    Commitment eur = pledge(QStringLiteral("Harbor Cloud"), QStringLiteral("500000000.5"),
                            QStringLiteral("EUR"), m_second, 71, 93);
    eur.due = QDate(2028, 6, 30);
    eur.precision = DatePrecision::Day;
    QVERIFY(m_doc->makeCommitment(eur));
    Commitment small =
        pledge(QStringLiteral("Acme"), QStringLiteral("0.5"), QStringLiteral("USD"), m_first, 55, 90);
    small.due = {};
    QVERIFY(m_doc->makeCommitment(small));

    const auto byCurrency = store->commitmentTotals(CommitmentTotals::By::Currency);
    QVERIFY(byCurrency);
    QCOMPARE(byCurrency->size(), 2);
    QCOMPARE(byCurrency->at(0).key, QStringLiteral("EUR"));
    QCOMPARE(byCurrency->at(0).total, QStringLiteral("500000000.5"));
    QCOMPARE(byCurrency->at(1).key, QStringLiteral("USD"));
    QCOMPARE(byCurrency->at(1).total, QStringLiteral("4000000000.5")); // exact, not a float
    QCOMPARE(byCurrency->at(1).reportedTotal, QStringLiteral("8000000000.5"));
    QCOMPARE(byCurrency->at(1).commitments, 2);
    QCOMPARE(byCurrency->at(1).sources, 3);

    const auto byActor = store->commitmentTotals(CommitmentTotals::By::Actor);
    QVERIFY(byActor);
    QStringList lines;
    for (const CommitmentTotal &t : *byActor)
        lines << t.key + QLatin1Char(' ') + t.currency + QLatin1Char(' ') + t.total;
    QCOMPARE(lines,
             (QStringList{QStringLiteral("Acme USD 0.5"), QStringLiteral("Harbor Cloud EUR 500000000.5"),
                          QStringLiteral("Harbor Cloud USD 4000000000")}));

    const auto byYear = store->commitmentTotals(CommitmentTotals::By::Year);
    QVERIFY(byYear);
    QCOMPARE(byYear->first().key, QString()); // undated first
    QCOMPARE(byYear->at(1).key, QStringLiteral("2028"));
    QCOMPARE(byYear->at(2).key, QStringLiteral("2029"));

    const auto byPillar = store->commitmentTotals(CommitmentTotals::By::Pillar);
    QVERIFY(byPillar);
    bool sawInfrastructure = false;
    for (const CommitmentTotal &t : *byPillar) {
        if (t.key == QLatin1String("Infrastructure")) {
            sawInfrastructure = true;
            QCOMPARE(t.total, QStringLiteral("4000000000"));
            QCOMPARE(t.sources, 2);
        }
    }
    QVERIFY(sawInfrastructure);
    CommitmentTotals::By by;
    QVERIFY(CommitmentTotals::byFromName(QStringLiteral("year"), &by) && by == CommitmentTotals::By::Year);
    QVERIFY(!CommitmentTotals::byFromName(QStringLiteral("colour"), &by));
}

void TestCommitments::filterNarrowsTheList()
{
    LibraryStore *store = m_doc->store();
    QVERIFY(m_doc->makeCommitment(pledge(QStringLiteral("Harbor Cloud"), QStringLiteral("4000000000"),
                                         QStringLiteral("USD"), m_first)));
    Commitment eur = pledge(QStringLiteral("Contoso"), QStringLiteral("500000000"), QStringLiteral("EUR"),
                            m_second, 71, 93);
    eur.due = QDate(2027, 3, 31);
    QVERIFY(m_doc->makeCommitment(eur));
    CommitmentFilter f;
    f.currency = QStringLiteral("eur");
    QCOMPARE(store->commitments(f)->size(), 1);
    f = {};
    f.actor = QStringLiteral("harbor cloud");
    QCOMPARE(store->commitments(f)->first().actor, QStringLiteral("Harbor Cloud"));
    f = {};
    f.dueTo = QDate(2028, 1, 1);
    QCOMPARE(store->commitments(f)->first().actor, QStringLiteral("Contoso"));
    f = {};
    f.search = QStringLiteral("Ghana");
    QCOMPARE(store->commitments(f)->size(), 1);
    f.search = QStringLiteral("100%_"); // the user's words, never patterns
    QCOMPARE(store->commitments(f)->size(), 0);
    f = {};
    f.articleId = m_first;
    QCOMPARE(store->commitmentCount(f).value_or(-1), 1);
    QCOMPARE(store->commitments({}, 1, 1)->size(), 1); // a page of the list
    using Sort = CommitmentRepository::Sort;
    QCOMPARE(store->commitments({}, 0, -1, Sort::Actor)->first().actor, QStringLiteral("Contoso"));
    QCOMPARE(store->commitments({}, 0, -1, Sort::Actor, Qt::DescendingOrder)->first().actor,
             QStringLiteral("Harbor Cloud"));
    QCOMPARE(store->commitments({}, 0, -1, Sort::Due)->first().actor,
             QStringLiteral("Contoso")); // 2027 first
    QCOMPARE(store->commitments({}, 0, -1, Sort::Amount)->first().amounts.first().currency,
             QStringLiteral("EUR"));
}

void TestCommitments::totalsConvertOnlyWithTheUsersRates()
{
    LibraryStore *store = m_doc->store();
    QVERIFY(m_doc->makeCommitment(pledge(QStringLiteral("Harbor Cloud"), QStringLiteral("4000000000"),
                                         QStringLiteral("USD"), m_first)));
    QVERIFY(m_doc->makeCommitment(pledge(QStringLiteral("Harbor Cloud"), QStringLiteral("500000000"),
                                         QStringLiteral("EUR"), m_second, 71, 93)));
    QVERIFY(m_doc->makeCommitment(pledge(QStringLiteral("Harbor Cloud"), QStringLiteral("3000000000"),
                                         QStringLiteral("JPY"), m_second, 0, 20)));
    // Without a rate, nothing is converted: each currency keeps its line.
    auto totals = store->commitmentTotals(CommitmentTotals::By::Actor, {}, QStringLiteral("USD"));
    QVERIFY(totals);
    QCOMPARE(totals->size(), 3);
    QVERIFY2(m_doc->setConversionRate(
                 {QStringLiteral("eur"), QStringLiteral("usd"), QStringLiteral("1.08"), QDate(2026, 11, 30)}),
             qPrintable(m_doc->errorMessage()));
    totals = store->commitmentTotals(CommitmentTotals::By::Actor, {}, QStringLiteral("USD"));
    QVERIFY(totals);
    QCOMPARE(totals->size(), 2); // USD with the converted EUR, and JPY apart
    const CommitmentTotal usd =
        totals->at(0).currency == QLatin1String("USD") ? totals->at(0) : totals->at(1);
    QCOMPARE(usd.total, QStringLiteral("4540000000")); // 4,000,000,000 + 500,000,000 × 1.08, exactly
    QCOMPARE(usd.commitments, 2);
    QCOMPARE(usd.ratesUsed, QStringList{QStringLiteral("1 EUR = 1.08 USD (2026-11-30)")});
    // Not asked to convert: never converted.
    QCOMPARE(store->commitmentTotals(CommitmentTotals::By::Actor)->size(), 3);
    // Bad rates are refused; setting and removing are undoable.
    for (const ConversionRate &bad :
         {ConversionRate{QStringLiteral("EUR"), QStringLiteral("EUR"), QStringLiteral("1"),
                         QDate(2026, 1, 1)},
          ConversionRate{QStringLiteral("EUR"), QStringLiteral("USD"), QStringLiteral("0"),
                         QDate(2026, 1, 1)},
          ConversionRate{QStringLiteral("EUR"), QStringLiteral("USD"), QStringLiteral("1,08"),
                         QDate(2026, 1, 1)},
          ConversionRate{QStringLiteral("XXQ"), QStringLiteral("USD"), QStringLiteral("2"),
                         QDate(2026, 1, 1)},
          ConversionRate{QStringLiteral("GBP"), QStringLiteral("USD"), QStringLiteral("1.3"), QDate()}}) {
        QVERIFY(!m_doc->setConversionRate(bad));
        QCOMPARE(m_doc->errorCode(), LibraryError::Code::InvalidInput);
    }
    QVERIFY(m_doc->setConversionRate(
        {QStringLiteral("EUR"), QStringLiteral("USD"), QStringLiteral("1.10"), QDate(2026, 12, 1)}));
    QCOMPARE(store->conversionRates()->first().rate, QStringLiteral("1.10"));
    QVERIFY(m_doc->undo());
    QCOMPARE(store->conversionRates()->first().rate, QStringLiteral("1.08"));
    QVERIFY(m_doc->removeConversionRate(QStringLiteral("EUR"), QStringLiteral("USD")));
    QVERIFY(store->conversionRates()->isEmpty());
    QVERIFY(m_doc->undo());
    QCOMPARE(store->conversionRates()->size(), 1);
}

void TestCommitments::upgradeFromFormatThreeAddsCommitments()
{
    if (onServer())
        QSKIP("an older file format");
    const QString path = formatThreeLibrary(m_dir.filePath(QStringLiteral("old.gleaner")), 4, 1);
    QVERIFY(!path.isEmpty());
    {
        sqlite3 *db = nullptr;
        QCOMPARE(sqlite3_open(QFile::encodeName(path).constData(), &db), SQLITE_OK);
        QCOMPARE(sqlite3_exec(db,
                              "INSERT INTO suggestion_decisions (article_id, kind, start_offset, end_offset, "
                              "decision, decided_at) VALUES (1, 'amount', 0, 5, 'rejected', '2025-01-01')",
                              nullptr, nullptr, nullptr),
                 SQLITE_OK);
        sqlite3_close(db);
    }
    LibraryDocument doc;
    QVERIFY2(doc.open(path, {}), qPrintable(doc.errorMessage()));
    QCOMPARE(doc.store()->schemaVersion(), LibraryStore::kSchemaVersion);
    QVERIFY(QFile::exists(LibrarySchema::backupName(path, 3)));
    QVERIFY(isRejected(*doc.store(), 1, QStringLiteral("amount"), 0, 5));  // decisions kept through the copy
    QVERIFY(doc.rejectSuggestion(1, QStringLiteral("commitment"), 0, 10)); // the new kind is accepted
    Commitment c =
        pledge(QStringLiteral("Harbor Cloud"), QStringLiteral("1"), QStringLiteral("USD"), 2, 0, 12);
    QVERIFY2(doc.makeCommitment(c), qPrintable(doc.errorMessage()));
    QCOMPARE(doc.store()->commitmentCount().value_or(-1), 1);
}

QTEST_GUILESS_MAIN(TestCommitments)
#include "tst_commitments.moc"
