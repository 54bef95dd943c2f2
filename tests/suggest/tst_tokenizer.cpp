// The recognizers' tokenizer and word tables: the lower-case text of each token, from
// one buffer per text, and the open-addressing tables every token is looked up in.
#include "suggest/recognizer.h"
#include "suggest/tokenizer.h"
#include "suggest/wordtable.h"

#include <QTest>

using namespace Gleaner;

class TestTokenizer : public QObject
{
    Q_OBJECT

    static QStringList lowers(const QString &text)
    {
        const Tokenizer tokenizer(text);
        QStringList out;
        for (const Token &t : tokenizer.tokens())
            out << t.lower;
        return out;
    }

private slots:
    void tokensAndTheirLowerCase_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("lower");
        QTest::newRow("ascii") << QStringLiteral("Invest $10 BILLION by 2029.")
                               << QStringList({"invest", "$", "10", "billion", "by", "2029", "."});
        QTest::newRow("accents") << QStringLiteral("ÉLYSÉE Straße Ünal")
                                 << QStringList({"élysée", "straße", "ünal"});
        // Lower-casing "İ" gives two code units: that token gets a string of its own.
        QTest::newRow("longer lower case")
            << QStringLiteral("İSTANBUL by June")
            << QStringList({QStringLiteral("İSTANBUL").toLower(), "by", "june"});
        QTest::newRow("japanese") << QStringLiteral("2029年までに") << QStringList({"2029", "年までに"});
        QTest::newRow("emoji") << QStringLiteral("up 😀 5") << QStringList({"up", QStringLiteral("😀"), "5"});
        QTest::newRow("empty") << QString() << QStringList();
    }
    void tokensAndTheirLowerCase()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, lower);
        QCOMPARE(lowers(text), lower);
    }

    void offsetsAndFlags()
    {
        const QString text = QStringLiteral("Kitami plans 1,200 jobs. NASA agrees");
        const Tokenizer tokenizer(text);
        const QVector<Token> &t = tokenizer.tokens();
        QCOMPARE(t.size(), 9);
        for (const Token &token : t)
            QCOMPARE(token.lower, text.mid(token.start, token.length()).toLower());
        QVERIFY(t.at(0).capitalized && t.at(0).sentenceStart && !t.at(0).allCaps);
        QVERIFY(t.at(2).isNumber() && !t.at(3).spaceBefore && t.at(3).isSymbol());
        QVERIFY(t.at(7).allCaps && t.at(7).sentenceStart);
    }

    // The point of a single letter's abbreviation ("p.m.", "U.S.") ends no sentence before a word in
    // lower case; any other point does, whatever the case of the next word
    void abbreviationPoints()
    {
        const QString text = QStringLiteral("Bids close at 5 p.m. on Friday. eBay bid");
        const Tokenizer tokenizer(text);
        const QVector<Token> &t = tokenizer.tokens();
        QCOMPARE(t.size(), 13);
        QCOMPARE(t.at(8).lower, QStringLiteral("on"));
        QVERIFY(!t.at(8).sentenceStart);
        QCOMPARE(t.at(11).lower, QStringLiteral("ebay"));
        QVERIFY(t.at(11).sentenceStart);
    }

    // A letter glued to a point starts no sentence: the "S" of "U.S."
    void lettersGluedToAPoint()
    {
        const Tokenizer tokenizer(QStringLiteral("approved in the U.S. in December"));
        const QVector<Token> &t = tokenizer.tokens();
        QCOMPARE(t.at(5).lower, QStringLiteral("s"));
        QVERIFY(!t.at(5).sentenceStart);
        QVERIFY(!t.at(7).sentenceStart);
        // (but a word after a point without its space does: "last year.In December")
        const Tokenizer run(QStringLiteral("rose last year.In December"));
        QCOMPARE(run.tokens().at(4).lower, QStringLiteral("in"));
        QVERIFY(run.tokens().at(4).sentenceStart);
    }

    // A string built from a token's text stays valid after the tokenizer is gone:
    // the recognizer gives its suggestions strings of their own.
    void suggestionsOutliveTheTokens()
    {
        const QVector<Suggestion> found = Recognizer::recognize(
            QStringLiteral("The fund has about 14 engineers and nearly $20 billion."), QDate(2026, 4, 2));
        QCOMPARE(found.size(), 2);
        QString scribble(4096, QLatin1Char('x')); // reuse freed memory, if any was freed
        QCOMPARE(found.at(0).qualifier, QStringLiteral("about"));
        QCOMPARE(found.at(0).unit, QStringLiteral("engineer"));
        QCOMPARE(found.at(1).qualifier, QStringLiteral("nearly"));
        QString qualifier = found.at(0).qualifier; // a copy shares the header, if any
        QVERIFY(qualifier.data_ptr().d_ptr());
    }

    void wordTablesFindWhatWasInserted()
    {
        WordMap<int> map;
        QVERIFY(map.isEmpty());
        QVERIFY(!map.contains(QStringLiteral("none")));
        QCOMPARE(map.value(QStringLiteral("none"), -1), -1);
        for (int i = 0; i < 1000; ++i)
            map.insert(QStringLiteral("word%1").arg(i), i);
        map.insert(QStringLiteral("word7"), 70); // replaces
        QCOMPARE(map.size(), 1000);
        for (int i = 0; i < 1000; ++i)
            QCOMPARE(map.value(QStringLiteral("word%1").arg(i)), i == 7 ? 70 : i);
        QVERIFY(!map.contains(QStringLiteral("word1000")));
        QVERIFY(!map.contains(QString()));
        QCOMPARE(map.constFind(QStringLiteral("word12")).value(), 12);
        QVERIFY(map.constFind(QStringLiteral("nope")) == map.constEnd());
        int walked = 0;
        for (auto it = map.constBegin(); it != map.constEnd(); ++it)
            walked += it.key().startsWith(QLatin1String("word")) ? 1 : 0;
        QCOMPARE(walked, 1000);

        WordSet set;
        set.insert(QStringLiteral("年までに"));
        set.insert(QString());
        QVERIFY(set.contains(QStringLiteral("年までに")) && set.contains(QString()));
        QVERIFY(!set.contains(QStringLiteral("年まで")));
        QStringList words;
        set.forEach([&words](const QString &w) { words << w; });
        words.sort();
        QCOMPARE(words, QStringList({QString(), QStringLiteral("年までに")}));
    }
};

QTEST_GUILESS_MAIN(TestTokenizer)
#include "tst_tokenizer.moc"
