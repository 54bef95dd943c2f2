// Bylines and datelines as readers see them (issue 14): dates in the page's
// language, "By ... | date" lines whatever their class names, and such lines
// leaving the body text. Every line and page here was written for this test.
#include "cleaning/articlecleaner.h"
#include "cleaning/datetext.h"
#include "cleaning/metaline.h"

#include <QTest>

using namespace Gleaner;

class TestMetaLine : public QObject
{
    Q_OBJECT

private slots:
    void dates_data();
    void dates();
    void lines_data();
    void lines();
    void pages_data();
    void pages();
    void pastedText();
};

void TestMetaLine::dates_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDate>("date");
    QTest::newRow("iso") << "Posted 2026-04-02T08:30:00Z" << QDate(2026, 4, 2);
    QTest::newRow("english mdy") << "Apr. 2, 2026" << QDate(2026, 4, 2);
    QTest::newRow("english dmy") << "2nd April, 2026" << QDate(2026, 4, 2);
    QTest::newRow("german") << QStringLiteral("2. April 2026") << QDate(2026, 4, 2);
    QTest::newRow("german umlaut") << QStringLiteral("Stand: 14. März 2025, 10:02 Uhr") << QDate(2025, 3, 14);
    QTest::newRow("polish genitive") << QStringLiteral("2 kwietnia 2026") << QDate(2026, 4, 2);
    QTest::newRow("czech genitive") << QStringLiteral("2. dubna 2026") << QDate(2026, 4, 2);
    QTest::newRow("spanish") << QStringLiteral("2 de abril de 2026") << QDate(2026, 4, 2);
    QTest::newRow("french") << QStringLiteral("le 2 avril 2026") << QDate(2026, 4, 2);
    QTest::newRow("dutch") << QStringLiteral("2 maart 2026") << QDate(2026, 3, 2);
    QTest::newRow("dotted") << QStringLiteral("02.04.2026 | 08:30") << QDate(2026, 4, 2);
    QTest::newRow("japanese") << QStringLiteral("2026年4月2日") << QDate(2026, 4, 2);
    QTest::newRow("no month word") << QStringLiteral("2 apples 2026") << QDate();
    QTest::newRow("impossible day") << QStringLiteral("31 April 2026") << QDate();
}

void TestMetaLine::dates()
{
    QFETCH(QString, text);
    QFETCH(QDate, date);
    QCOMPARE(DateText::find(text).date, date);
}

void TestMetaLine::lines_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<bool>("isMeta");
    QTest::addColumn<QString>("byline");
    QTest::addColumn<QDate>("date");
    const QDate d(2026, 4, 2);
    QTest::newRow("byline bar date") << QStringLiteral("by Kenji Watanabe | Apr 2, 2026 · 08:30 JST") << true
                                     << "Kenji Watanabe" << d;
    QTest::newRow("byline alone") << "By Mara Lind" << true << "Mara Lind" << QDate();
    QTest::newRow("two authors") << "By Anna Berg and Tom Hale" << true << "Anna Berg and Tom Hale"
                                 << QDate();
    QTest::newRow("agency after") << "By Mara Lind, Reuters" << true << "Mara Lind" << QDate();
    QTest::newRow("german byline") << QStringLiteral("Von Anna Schmidt, 2. April 2026") << true
                                   << "Anna Schmidt" << d;
    QTest::newRow("german colon") << QStringLiteral("Autorin: Eva Roth") << true << "Eva Roth" << QDate();
    QTest::newRow("name then published")
        << QStringLiteral("Von Eva Roth Veröffentlicht am 2. April 2026") << true << "Eva Roth" << d;
    QTest::newRow("polish byline") << QStringLiteral("Przez Jan Nowak, 2 kwietnia 2026") << true
                                   << "Jan Nowak" << d;
    QTest::newRow("dateline") << "April 2, 2026" << true << "" << d;
    QTest::newRow("dateline weekday time") << "Thursday, April 2, 2026 08:30 AM EDT" << true << "" << d;
    QTest::newRow("published line") << "Published: 2 kwietnia 2026, 08:30" << true << "" << d;
    QTest::newRow("by a year") << "By 2029, the company will double output." << false << "" << QDate();
    QTest::newRow("by a weekday") << "By Tuesday, the vote was over." << false << "" << QDate();
    QTest::newRow("by a month") << "By March 2027" << false << "" << QDate();
    QTest::newRow("sentence with a date")
        << "The plant opened on April 2, 2026 after delays." << false << "" << QDate();
    QTest::newRow("von a place") << QStringLiteral("Von Berlin aus fährt der Zug weiter.") << false << ""
                                 << QDate();
    QTest::newRow("text word") << "Text messages flooded in." << false << "" << QDate();
}

void TestMetaLine::lines()
{
    QFETCH(QString, line);
    QFETCH(bool, isMeta);
    QFETCH(QString, byline);
    QFETCH(QDate, date);
    const MetaLine::Parsed parsed = MetaLine::parse(line);
    QCOMPARE(parsed.isMeta, isMeta);
    if (isMeta) {
        QCOMPARE(parsed.byline, byline);
        QCOMPARE(parsed.date, date);
    }
}

void TestMetaLine::pages_data()
{
    QTest::addColumn<QByteArray>("html");
    QTest::addColumn<QString>("byline");
    QTest::addColumn<QDate>("published");
    QTest::addColumn<QString>("leftOut");
    const QByteArray body =
        "<p>The harbour council approved the tidal plant after three years of studies, and "
        "the first turbines go into the water next spring, the mayor said on Thursday.</p>"
        "<p>Engineers expect the plant to cover a fifth of the town's power once all twelve "
        "turbines run, which the council hopes to see before the end of the decade.</p>";
    QTest::newRow("meta line with a class of its own")
        << QByteArray("<html><body><h1>Harbour town backs tidal plant</h1><div class=\"zx-top\"><span "
                      "class=\"q1\">by Kenji Watanabe</span> | <span class=\"q2\">Apr 2, 2026 &middot; 08:30 "
                      "JST</span></div>") +
               body + "</body></html>"
        << "Kenji Watanabe" << QDate(2026, 4, 2) << "Kenji Watanabe";
    QTest::newRow("date line under the headline")
        << QByteArray("<html><body><h1>Harbour town backs tidal plant</h1><div class=\"x9\">April 2, "
                      "2026</div>") +
               body + "</body></html>"
        << "" << QDate(2026, 4, 2) << "April 2, 2026";
    QTest::newRow("plain paragraphs")
        << QByteArray("<html><body><article><h1>Hafen setzt auf Gezeiten</h1><p>Von Anna Schmidt</p><p>2. "
                      "April 2026</p>") +
               body + "</article></body></html>"
        << "Anna Schmidt" << QDate(2026, 4, 2) << "Anna Schmidt";
    QTest::newRow("a paragraph that starts with by stays")
        << QByteArray(
               "<html><body><article><h1>Harbour town backs tidal plant</h1><p>By 2030, the town wants "
               "all of its power from the sea.</p>") +
               body + "</article></body></html>"
        << "" << QDate() << "";
}

void TestMetaLine::pages()
{
    QFETCH(QByteArray, html);
    QFETCH(QString, byline);
    QFETCH(QDate, published);
    QFETCH(QString, leftOut);
    CleanInput input;
    input.data = html;
    input.format = CleanInput::Format::Html;
    const CleanResult result = ArticleCleaner::clean(input);
    QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
    QCOMPARE(result.article.byline, byline);
    QCOMPARE(result.article.published, published);
    QVERIFY(result.article.text.contains(QLatin1String("harbour council")));
    if (!leftOut.isEmpty())
        QVERIFY2(!result.article.text.contains(leftOut), qPrintable(result.article.text));
    else
        QVERIFY(result.article.text.contains(QLatin1String("By 2030, the town")));
}

// Pasted text reads its byline and date lines the same way as a page.
void TestMetaLine::pastedText()
{
    CleanInput input;
    input.data =
        QStringLiteral("Hafen setzt auf Gezeiten\n\nVon Anna Schmidt | 2. April 2026, 08:30 Uhr\n\n"
                       "Der Stadtrat hat das Gezeitenkraftwerk am Donnerstag nach drei Jahren Planung "
                       "genehmigt, und die ersten Turbinen sollen im Frühjahr ins Wasser.\n\n"
                       "Die Fischer bekamen die Zusage, dass die Austernbänke frei bleiben.\n")
            .toUtf8();
    input.format = CleanInput::Format::Text;
    const CleanResult result = ArticleCleaner::clean(input);
    QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
    QCOMPARE(result.article.title, QStringLiteral("Hafen setzt auf Gezeiten"));
    QCOMPARE(result.article.byline, QStringLiteral("Anna Schmidt"));
    QCOMPARE(result.article.published, QDate(2026, 4, 2));
    QVERIFY(result.article.text.startsWith(QLatin1String("Der Stadtrat")));
}

QTEST_GUILESS_MAIN(TestMetaLine)
#include "tst_metaline.moc"
