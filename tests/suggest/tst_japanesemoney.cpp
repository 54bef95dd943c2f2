// Japanese numbers that name a thing rather than count it (flights, models, 7人制, 一本化, 八戸),
// and money read by its context: a symbol after letters, a price per quantity, the currency of
// the place a story names, and sub-units read alone (38セント). Sentences are our own, written
// the way Japanese news writes them.
#include "suggest/recognizer.h"
#include "suggestiontext.h"

#include <QTest>

using namespace Gleaner;

class TestJapaneseMoney : public QObject
{
    Q_OBJECT

private slots:
    // A flight or a model named by letters and a number is no count of anything; nor is a
    // game's format (7人制), a making into one (一本化) or food products (食品).
    void namesAreNoAmounts_data()
    {
        QTest::addColumn<QString>("sentence");
        QTest::newRow("flight") << "台風の影響で同社はMA501便を欠航とした。";
        QTest::newRow("full-width flight") << "ＪＬ５便は3時間遅れて到着した。";
        QTest::newRow("aircraft model") << "A350型機を導入する。";
        QTest::newRow("a game's format") << "7人制ラグビーの大会が開かれた。";
        QTest::newRow("making one") << "来年10月の酒税一本化に合わせて増産する。";
        QTest::newRow("food products") << "同社は7月から30食品を値上げする。";
        QTest::newRow("food products after の") << "同社は10月から約120の食品を値上げする。";
        QTest::newRow("a place in a race") << "同馬は1着でゴールした。";
        QTest::newRow("a market's section") << "同社は東証1部に上場した。";
        QTest::newRow("rooms are no copies") << "新ホテルは300部屋を備える。";
        QTest::newRow("a district's name") << "三軒茶屋の商店街が再開発される。";
        QTest::newRow("a detached house") << "一軒家を改装して民泊にする。";
        QTest::newRow("a town of a numeral and 戸") << "九戸村と二戸市が連携協定を結んだ。";
        QTest::newRow("one shot") << "一発勝負の試験に臨む。";
        QTest::newRow("a word after 発") << "同社は2000発電所の点検を終えた。";
        QTest::newRow("ways are no letters") << "1万通りの組み合わせを試した。";
        QTest::newRow("a trilogy") << "新作は3部作の完結編だ。";
        QTest::newRow("a place named by a number") << "本社は東京都港区六本木にある。";
        QTest::newRow("a building named in katakana") << "本社は第2セントラルビルにある。";
        QTest::newRow("fewer than") << "人口1万足らずの村だ。";
        QTest::newRow("a centipede") << "百足が見つかった。";
        QTest::newRow("sen of the yen's move") << "円相場は前日比32銭円安となった。";
        QTest::newRow("the yen of an exchange rate") << "円相場は1ドル＝149円台で推移した。";
        // (seventeenth round: a lone kanji numeral and 元 is a name and "former", or a word)
        QTest::newRow("a former president named with a numeral") << "鈴木健一元社長は謝罪した。";
        QTest::newRow("a making one with 元") << "窓口を一元化する。";
        QTest::newRow("a system of two") << "二元代表制の下で議会が反発した。";
        QTest::newRow("living alone") << "一人暮らしの高齢者が増えている。";
        QTest::newRow("a three-legged race") << "二人三脚で店を切り盛りしてきた。";
        QTest::newRow("banknotes and coins") << "新しい1万円札と千円札、500円玉を発行する。";
        QTest::newRow("one vote cast") << "有権者が一票を投じた。";
        QTest::newRow("a league's name") << "サッカーJ3のクラブが新しい練習場を造る。";
        QTest::newRow("a score with decimals") << "ショートで88.41点をマークした。";
        QTest::newRow("a fraction of the towns") << "工場の3分の2の機械が止まった。";
        QTest::newRow("the gap in a vote's weight") << "1票の格差は最大2.1倍だった。";
        QTest::newRow("a stock index's points")
            << "日経平均株価は前日比320円高となり、4万1000円台を回復した。";
    }

    void namesAreNoAmounts()
    {
        QFETCH(QString, sentence);
        const QVector<Suggestion> found = Recognizer::recognize(sentence, QDate(2026, 4, 2));
        for (const Suggestion &s : found)
            QVERIFY2(s.kind != Suggestion::Kind::Amount, qPrintable(Test::describe(found)));
    }

    // A symbol after letters still names its currency (US$ 48.2万).
    void symbolAfterLetters()
    {
        const QString sentence = QStringLiteral("年間収入はUS$ 48.2万だった。");
        const QVector<Suggestion> found = Recognizer::recognize(sentence, QDate(2026, 4, 2));
        const Suggestion *s = Test::findByText(found, QStringLiteral("$ 48.2万"));
        QVERIFY2(s, qPrintable(Test::describe(found)));
        QCOMPARE(s->amount, QStringLiteral("482000"));
        QCOMPARE(s->currency, QStringLiteral("USD"));
    }

    // A quantity a price right after it is counted per is no amount; the price is one.
    void pricePerQuantity_data()
    {
        QTest::addColumn<QString>("sentence");
        QTest::addColumn<QString>("price");
        QTest::newRow("barrel with an equals sign") << "原油価格は1バレル=70ドル前後で推移している。"
                                                    << "70ドル";
        QTest::newRow("rice by the bag") << "コメの店頭価格は5キロ4200円前後で推移している。"
                                         << "4200円";
        QTest::newRow("one ship's price") << "新型艦は1隻約200億円を見込む。"
                                          << "200億円";
        QTest::newRow("one bus's price") << "バスを1台約3000万円で購入する。"
                                         << "3000万円";
    }

    void pricePerQuantity()
    {
        QFETCH(QString, sentence);
        QFETCH(QString, price);
        const QVector<Suggestion> found = Recognizer::recognize(sentence, QDate(2026, 4, 2));
        QVERIFY2(Test::findByText(found, price), qPrintable(Test::describe(found)));
        for (const Suggestion &s : found)
            QVERIFY2(s.kind != Suggestion::Kind::Amount || s.unit.isEmpty(),
                     qPrintable(Test::describe(found)));
    }

    // A currency name several countries use, right after its number: the one of the first
    // place the story names; a name in full keeps its own.
    void currencyOfPlace_data()
    {
        QTest::addColumn<QString>("sentence");
        QTest::addColumn<QString>("span");
        QTest::addColumn<QString>("currency");
        QTest::newRow("dirhams in Morocco") << "モロッコはAIに100億ディルハムを投じる。"
                                            << "100億ディルハム"
                                            << "MAD";
        QTest::newRow("dirhams in the Emirates") << "UAEは100億ディルハムを投じる。"
                                                 << "100億ディルハム"
                                                 << "AED";
        QTest::newRow("Taiwan's yuan, not a counter") << "台湾は半導体支援に3000億台湾元を承認した。"
                                                      << "3000億台湾元"
                                                      << "TWD";
        QTest::newRow("rupees in Pakistan") << "パキスタン政府は1兆ルピーの予算を承認した。"
                                            << "1兆ルピー"
                                            << "PKR";
        QTest::newRow("rupees in Sri Lanka") << "スリランカは3000億ルピーの歳出を削減する。"
                                             << "3000億ルピー"
                                             << "LKR";
        QTest::newRow("rupees in India") << "インドの財閥は5000億ルピーを投じる。"
                                         << "5000億ルピー"
                                         << "INR";
        QTest::newRow("pesos in the Philippines") << "フィリピン政府は6兆ペソの予算を組んだ。"
                                                  << "6兆ペソ"
                                                  << "PHP";
        QTest::newRow("shillings in Uganda") << "ウガンダは500億シリングの国債を発行する。"
                                             << "500億シリング"
                                             << "UGX";
        QTest::newRow("pounds in Egypt") << "エジプト政府は100億ポンドを調達した。"
                                         << "100億ポンド"
                                         << "EGP";
        QTest::newRow("a region that begins like India")
            << "自由で開かれたインド太平洋の実現に向け、パキスタン政府は1兆ルピーの予算を承認した。"
            << "1兆ルピー"
            << "PKR";
        QTest::newRow("pounds without a place") << "同社は100億ポンドを投じる。"
                                                << "100億ポンド"
                                                << "GBP";
        QTest::newRow("named in full") << "インド企業がパキスタンで1兆パキスタンルピーを投じる。"
                                       << "1兆パキスタンルピー"
                                       << "PKR";
    }

    void currencyOfPlace()
    {
        QFETCH(QString, sentence);
        QFETCH(QString, span);
        QFETCH(QString, currency);
        const QVector<Suggestion> found = Recognizer::recognize(sentence, QDate(2026, 4, 2));
        const Suggestion *s = Test::findByText(found, span);
        QVERIFY2(s, qPrintable(Test::describe(found)));
        QCOMPARE(s->currency, currency);
    }

    // A hundredth of a currency alone (38セント, 20ペンス) or after its currency (617ナイラ50コボ,
    // stored without a trailing zero); after another currency's amount (5ユーロ50セント) it is
    // that currency's hundredth, not dollars.
    void subunitsAlone()
    {
        const QDate published(2024, 5, 2);
        const QVector<Suggestion> cents =
            Recognizer::recognize(QStringLiteral("株価は38セントで取引を終えた。"), published);
        const Suggestion *c = Test::findByText(cents, QStringLiteral("38セント"));
        QVERIFY2(c, qPrintable(Test::describe(cents)));
        QCOMPARE(c->amount, QStringLiteral("0.38"));
        QCOMPARE(c->currency, QStringLiteral("USD"));
        const QVector<Suggestion> pence =
            Recognizer::recognize(QStringLiteral("運賃は20ペンス上がり2.90ポンドになった。"), published);
        const Suggestion *p = Test::findByText(pence, QStringLiteral("20ペンス"));
        QVERIFY2(p, qPrintable(Test::describe(pence)));
        QCOMPARE(p->amount, QStringLiteral("0.2"));
        QCOMPARE(p->currency, QStringLiteral("GBP"));
        const QVector<Suggestion> naira =
            Recognizer::recognize(QStringLiteral("燃料価格は617ナイラ50コボになった。"), published);
        const Suggestion *k = Test::findByText(naira, QStringLiteral("617ナイラ50コボ"));
        QVERIFY2(k, qPrintable(Test::describe(naira)));
        QCOMPARE(k->amount, QStringLiteral("617.5"));
        const QVector<Suggestion> euro =
            Recognizer::recognize(QStringLiteral("チケットは5ユーロ50セントだ。"), published);
        QVERIFY2(!Test::findByText(euro, QStringLiteral("50セント")), qPrintable(Test::describe(euro)));
        const Suggestion *e = Test::findByText(euro, QStringLiteral("5ユーロ50セント"));
        QVERIFY2(e, qPrintable(Test::describe(euro)));
        QCOMPARE(e->amount, QStringLiteral("5.5"));
        QCOMPARE(e->currency, QStringLiteral("EUR"));
        // (not pence read as cents: 2ポンド50セント ends at its pounds)
        const QVector<Suggestion> pounds =
            Recognizer::recognize(QStringLiteral("価格は2ポンド50セントだった。"), published);
        const Suggestion *g = Test::findByText(pounds, QStringLiteral("2ポンド"));
        QVERIFY2(g, qPrintable(Test::describe(pounds)));
        QCOMPARE(g->amount, QStringLiteral("2"));
    }
};

QTEST_APPLESS_MAIN(TestJapaneseMoney)
#include "tst_japanesemoney.moc"
