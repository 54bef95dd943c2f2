// Building and accepting proposals without a window: what the window's panel and
// the command line offer, and what accepting one stores.
#include "cleaning/articlecleaner.h"
#include "import/articleimporter.h"
#include "services/pillarcandidates.h"
#include "services/proposals.h"
#include "testarticle.h"
#include "testfiles.h"

#include <QFile>
#include <QTest>

using namespace Gleaner;
using Gleaner::Test::articleFrom;

namespace {

QStringList pillarNames(const QVector<Proposal> &proposals)
{
    QStringList names;
    for (const Proposal &p : proposals) {
        if (p.kind == Proposal::Kind::Pillar)
            names << p.pillarName;
    }
    return names;
}

QVector<Proposal> build(const Article &article)
{
    return Proposals::build(article, {}, {}, {}, Proposals::referenceDate(article));
}
} // namespace

class TestProposals : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void pillarsOnlyWhereTheTextAnnouncesASet_data();
    void pillarsOnlyWhereTheTextAnnouncesASet();
    void sampleArticle();
    void shownIsStored();
    void rejectedAndTakenAreLeftOut();
    void switchKindCycles();
};

void TestProposals::pillarsOnlyWhereTheTextAnnouncesASet_data()
{
    QTest::addColumn<QByteArray>("html");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("counted, flat headings")
        << QByteArray(
               "<article><h1>Plan</h1><p>The plan rests on three pillars that support each other.</p>"
               "<h2>Building Data Centres</h2><p>Text about centres, long enough to be a paragraph.</p>"
               "<h2>Securing Networks</h2><p>Text about security, long enough to be a paragraph.</p>"
               "<h2>Training Engineers</h2><p>Text about training, long enough to be a paragraph.</p>"
               "<h2>What Analysts Say</h2><p>Reactions, long enough to be a paragraph of text.</p></article>")
        << QStringList{QStringLiteral("Building Data Centres"), QStringLiteral("Securing Networks"),
                       QStringLiteral("Training Engineers")};
    QTest::newRow("a heading that names a set, deeper headings under it")
        << QByteArray(
               "<article><h2>Focus areas</h2><p>Where the money goes, in a paragraph of some length.</p>"
               "<h3>Compute</h3><p>About compute, in a paragraph of some length here.</p>"
               "<h3>Skills</h3><p>About skills, in a paragraph of some length here.</p>"
               "<h2>Background</h2><p>The history, in a paragraph of some length here.</p>"
               "<h3>Earlier Plans</h3><p>Earlier plans, in a paragraph of some length.</p></article>")
        << QStringList{QStringLiteral("Compute"), QStringLiteral("Skills")};
    QTest::newRow("a list after a sentence that counts")
        << QByteArray(
               "<article><p>The company named four priorities for the region:</p><ul>"
               "<li>Cloud regions: two new ones by 2027</li><li>Security – a new response centre</li>"
               "<li>Skills</li><li>Research partnerships with universities</li></ul>"
               "<p>Other paragraphs follow, long enough to be read as text by the cleaner.</p></article>")
        << QStringList{QStringLiteral("Cloud regions"), QStringLiteral("Security"), QStringLiteral("Skills"),
                       QStringLiteral("Research partnerships with universities")};
    QTest::newRow("members named after a colon")
        << QByteArray(
               "<article><p>Its pillars: Infrastructure, Security and Talent. The rest of the paragraph "
               "goes on about them.</p></article>")
        << QStringList{QStringLiteral("Infrastructure"), QStringLiteral("Security"),
                       QStringLiteral("Talent")};
    QTest::newRow("headings without an announcement")
        << QByteArray(
               "<article><h2>Why Now</h2><p>A paragraph of reasons that is long enough to count.</p>"
               "<h2>What Comes Next</h2><p>A paragraph about the future that is long enough.</p></article>")
        << QStringList{};
    QTest::newRow("Japanese: 三つの柱")
        << QByteArray(
               "<article><p>同社の計画は三つの柱からなる。</p><h2>データセンターの拡充</"
               "h2><p>本文の段落です。"
               "十分な長さがあります。</p><h2>サイバーセキュリティの強化</"
               "h2><p>本文の段落です。十分な長さがあります。"
               "</p><h2>人材育成</h2><p>本文の段落です。十分な長さがあります。</p><h2>今後の見通し</h2>"
               "<p>本文の段落です。十分な長さがあります。</p></article>")
        << QStringList{QStringLiteral("データセンターの拡充"), QStringLiteral("サイバーセキュリティの強化"),
                       QStringLiteral("人材育成")};
}

void TestProposals::pillarsOnlyWhereTheTextAnnouncesASet()
{
    QFETCH(QByteArray, html);
    QFETCH(QStringList, expected);
    const Article article = articleFrom("<html><body>" + html + "</body></html>", CleanInput::Format::Html);
    QCOMPARE(pillarNames(build(article)), expected);
}

void TestProposals::sampleArticle()
{
    QFile file(Gleaner::Test::sampleArticlePath());
    QVERIFY(file.open(QIODevice::ReadOnly));
    const Article article = articleFrom(file.readAll(), CleanInput::Format::Text);
    const QStringList names = pillarNames(build(article));
    // "Three Pillars: Compute, Security and Skills", then the three headings it
    // announces, then the first column of the table the text was pasted with
    // (its rows wrapped over two lines, read back as a table).
    QCOMPARE(names,
             (QStringList{QStringLiteral("Compute"), QStringLiteral("Security"), QStringLiteral("Skills"),
                          QStringLiteral("Building Out AI Infrastructure"),
                          QStringLiteral("Hardening the Nation's Cybersecurity"),
                          QStringLiteral("Developing Homegrown Talent"), QStringLiteral("AI Infrastructure"),
                          QStringLiteral("Cybersecurity"), QStringLiteral("Talent Development")}));
    for (const QString &name : names) {
        QVERIFY(!name.front().isLower()); // no fragment of a sentence ("and threat mitigation")
        QVERIFY(!name.startsWith(QLatin1String("by ")));
    }
}

void TestProposals::shownIsStored()
{
    const Article article = articleFrom(
        "The agency will finish the review within 18 months and spend $10 billion over the next four years.",
        CleanInput::Format::Text);
    int deadlines = 0;
    for (const Proposal &p : build(article)) {
        if (p.kind != Proposal::Kind::Deadline)
            continue;
        ++deadlines;
        const Annotation a = Proposals::toAnnotation(p, article.id);
        // The date and precision shown are the ones the library keeps.
        QCOMPARE(a.due, p.suggestion.due);
        QCOMPARE(precisionKeeping(a.due, a.precision), p.suggestion.precision);
    }
    QCOMPARE(deadlines, 2); // within 18 months, over the next four years
}

void TestProposals::rejectedAndTakenAreLeftOut()
{
    const Article article = articleFrom(
        "Harbor Cloud will invest $4 billion in Kenya by 2029, the company said.", CleanInput::Format::Text);
    const QVector<Proposal> all = build(article);
    QVERIFY(all.size() >= 2);
    const Proposal first = all.first();
    const QSet<RejectedSpan> rejected{{first.decisionKind(), first.suggestion.start, first.suggestion.end}};
    QVector<Proposal> left = Proposals::build(article, {}, {}, rejected, Proposals::referenceDate(article));
    QCOMPARE(left.size(), all.size() - 1);
    Annotation taken;
    taken.start = all.last().suggestion.start;
    taken.end = all.last().suggestion.end;
    left = Proposals::build(article, {taken}, {}, {}, Proposals::referenceDate(article));
    QCOMPARE(left.size(), all.size() - 1);
}

void TestProposals::switchKindCycles()
{
    Proposal p;
    p.kind = Proposal::Kind::Amount;
    p.suggestion.kind = Suggestion::Kind::Amount;
    Proposals::switchKind(&p);
    QCOMPARE(p.kind, Proposal::Kind::Note);
    QCOMPARE(p.decisionKind(), QStringLiteral("amount"));
    Proposals::switchKind(&p);
    QCOMPARE(p.kind, Proposal::Kind::Amount);
    QCOMPARE(Proposals::toAnnotation(p, 3).kind, AnnotationKind::Amount);
    p.kind = Proposal::Kind::Note;
    QCOMPARE(Proposals::toAnnotation(p, 3).kind, AnnotationKind::Note);
}

QTEST_GUILESS_MAIN(TestProposals)
#include "tst_proposals.moc"
