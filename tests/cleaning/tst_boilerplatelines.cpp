// Lines pages put around an article, judged block by block after the article was
// chosen: each row is an article we wrote, with one line that must go or stay. The
// lines are our own, in the languages the vocabulary covers.
#include "cleaning/boilerplatelines.h"

#include <QTest>

using namespace Gleaner;

namespace {

ArticleBlock block(const QString &text, ArticleBlock::Kind kind = ArticleBlock::Kind::Paragraph)
{
    ArticleBlock b;
    b.kind = kind;
    b.text = text;
    b.html = text;
    return b;
}

const QString kFirst = QStringLiteral("The harbour council approved the tidal plant on Thursday, after three "
                                      "years of studies, two public hearings "
                                      "and a vote that split the town down the middle.");
const QString kLast = QStringLiteral("Fishermen, who had opposed the plan, won a promise that the turbines "
                                     "would stay clear of the oyster beds, and "
                                     "the council set aside money to watch the beds for ten years.");

const QString kMiddle = QStringLiteral("Engineers expect the first turbines to go into the water next "
                                       "spring, and the mayor said the plant would "
                                       "cover a fifth of the town's power once all twelve turbines run.");

} // namespace

class TestBoilerplateLines : public QObject
{
    Q_OBJECT

private slots:
    void lines_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<bool>("atEnd"); // after the last paragraph, or among the paragraphs
        QTest::addColumn<bool>("kept");

        // Read also, anywhere, alone or with a title after a separator.
        QTest::newRow("read also with a title") << "Read also: Ferry fares rise again" << false << false;
        QTest::newRow("lesen sie auch alone") << "Lesen Sie auch:" << false << false;
        QTest::newRow("lea también with a title")
            << QStringLiteral("Lea también: Nuevo puerto en el sur") << false << false;
        QTest::newRow("czytaj też with a title")
            << QStringLiteral("Czytaj też: Port w Gdańsku rośnie") << false << false;
        QTest::newRow("more on the topic at a site")
            << QStringLiteral("Mehr zum Thema auf hafen-zeitung.de") << true << false;
        QTest::newRow("one-word label needs a colon")
            << "Related party transactions rose by a fifth." << false << true;
        // Back and teasers.
        QTest::newRow("back to the overview") << QStringLiteral("« Zurück zur Übersicht") << true << false;
        QTest::newRow("back as a word of a route")
            << QStringLiteral("Zurück Richtung Bahnhof geht es über die Brücke.") << false << true;
        QTest::newRow("cut-off teaser")
            << QStringLiteral("The pier reopens after repairs that took… read more") << true << false;
        // Disclaimers and calls to action.
        QTest::newRow("affiliate notice")
            << "This page contains affiliate links; we may earn a commission." << true << false;
        QTest::newRow("liability") << QStringLiteral("Alle Angaben ohne Gewähr.") << true << false;
        QTest::newRow("quoted rights notice stays")
            << QStringLiteral("The council printed the plan with the words \u201call rights reserved\u201d "
                              "on every page.")
            << false << true;
        QTest::newRow("was this helpful") << "Was this article helpful?" << true << false;
        QTest::newRow("install the app at the end")
            << "Download our free app to get alerts on your phone." << true << false;
        QTest::newRow("follow us at the end")
            << "Follow the Harbour Press on Instagram for more stories." << true << false;
        QTest::newRow("an app in the story stays")
            << "The council will download the tide tables into its app before the plant opens next spring."
            << false << true;
        // At the end only.
        QTest::newRow("comments heading") << QStringLiteral("3 Kommentare") << true << false;
        QTest::newRow("click here") << "Click here to see the full study." << true << false;
        QTest::newRow("more information at an address")
            << QStringLiteral("Weitere Informationen unter www.hafen.de") << true << false;
        QTest::newRow("updated line") << QStringLiteral("Aktualisiert am 3. April 2026") << true << false;
        QTest::newRow("dangling label") << QStringLiteral("Mehr Themen:") << true << false;
        QTest::newRow("short closing sentence stays") << "The plant opens in May." << true << true;
        QTest::newRow("a label inside the story stays")
            << "The council listed three conditions:" << false << true;
        // Sentences of a story that only mention such words stay between paragraphs.
        QTest::newRow("article of a law")
            << QStringLiteral("Umstritten war der Artikel 13 der Urheberrechtsreform, gegen den Zehntausende "
                              "demonstrierten.")
            << false << true;
        QTest::newRow("an app for both systems")
            << "The update is available for iOS and Android from Tuesday, the company said." << false << true;
        QTest::newRow("no comment from the police")
            << QStringLiteral("Die Polizei gab zunächst keine Kommentare zu den Ermittlungen ab.") << false
            << true;
        QTest::newRow("affiliate links as news")
            << "The regulator said influencers must disclose affiliate links clearly in every post." << false
            << true;
    }

    void lines()
    {
        QFETCH(QString, line);
        QFETCH(bool, atEnd);
        QFETCH(bool, kept);
        QVector<ArticleBlock> blocks = {block(kFirst)};
        if (atEnd)
            blocks << block(kLast) << block(line);
        else
            blocks << block(line) << block(kMiddle) << block(kLast);
        BoilerplateLines::drop(&blocks);
        bool found = false;
        for (const ArticleBlock &b : blocks)
            found = found || b.text == line;
        QCOMPARE(found, kept);
        QCOMPARE(blocks.first().text, kFirst);
        QVERIFY(
            std::any_of(blocks.begin(), blocks.end(), [](const ArticleBlock &b) { return b.text == kLast; }));
    }

    // A label standing alone takes the titles listed under it; a contact box at the end
    // goes with its lines.
    void labelsTakeTheirLists()
    {
        QVector<ArticleBlock> blocks = {block(kFirst),
                                        block(QStringLiteral("Das könnte Sie auch interessieren")),
                                        block(QStringLiteral("Ferry fares rise again")),
                                        block(QStringLiteral("The pier reopens after repairs")),
                                        block(kLast),
                                        block(QStringLiteral("Pressekontakt:")),
                                        block(QStringLiteral("Hafenamt Nord")),
                                        block(QStringLiteral("Tel. 040 123 456"))};
        BoilerplateLines::drop(&blocks);
        QCOMPARE(blocks.size(), 2);
        QCOMPARE(blocks.at(0).text, kFirst);
        QCOMPARE(blocks.at(1).text, kLast);
    }

    // A page of thousands of blocks is judged at its ends only, in bounded time.
    void longArticlesAreJudgedAtTheirEnds()
    {
        QVector<ArticleBlock> blocks;
        for (int i = 0; i < 5000; ++i)
            blocks << block(kMiddle);
        blocks << block(QStringLiteral("Read also: Ferry fares rise again"));
        BoilerplateLines::drop(&blocks);
        QCOMPARE(blocks.size(), 5000);
        QCOMPARE(blocks.last().text, kMiddle);
    }

    // A heading is never a back link, and a real paragraph near the end is never a call
    // to act ("get compensation through the carrier's app").
    void storyLinesStay()
    {
        ArticleBlock heading = block(QStringLiteral("Back to school"), ArticleBlock::Kind::Heading);
        heading.level = 2;
        const QString real = QStringLiteral("Airline passengers can get compensation for the delays through "
                                            "the carrier's app, the regulator said "
                                            "on Friday in a statement to reporters.");
        QVector<ArticleBlock> blocks = {block(kFirst), heading, block(kMiddle), block(real), block(kLast)};
        BoilerplateLines::drop(&blocks);
        QCOMPARE(blocks.size(), 5);
    }

    void neverEmptiesAnArticle()
    {
        QVector<ArticleBlock> blocks = {block(QStringLiteral("Read more:"))};
        BoilerplateLines::drop(&blocks);
        QCOMPARE(blocks.size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestBoilerplateLines)
#include "tst_boilerplatelines.moc"
