// Japanese counters and measures: the unit each one stores and the English a Japanese
// reader sees it back in. (Numbers that name a thing, and money read by its context, are in
// tst_japanesemoney.)
// Sentences are our own, written the way Japanese news writes them.
#include "suggest/recognizer.h"
#include "suggest/vocabulary.h"
#include "suggestiontext.h"
#include "util/unitnames.h"

#include <QTest>

using namespace Gleaner;

class TestJapaneseUnits : public QObject
{
    Q_OBJECT

private slots:
    void units_data()
    {
        QTest::addColumn<QString>("sentence");
        QTest::addColumn<QString>("span");
        QTest::addColumn<QString>("amount");
        QTest::addColumn<QString>("unit");
        QTest::newRow("distance in km") << "延長32キロの新線を2030年までに建設する。"
                                        << "32キロ"
                                        << "32"
                                        << "kilometer";
        QTest::newRow("decimal distance") << "約12.4キロの区間を高架にする。"
                                          << "12.4キロ"
                                          << "12.4"
                                          << "kilometer";
        QTest::newRow("rice by weight") << "コメ5キロの店頭価格が4200円を超えた。"
                                        << "5キロ"
                                        << "5"
                                        << "kilogram";
        QTest::newRow("catch by weight") << "近海のマグロ200キロを水揚げした。"
                                         << "200キロ"
                                         << "200"
                                         << "kilogram";
        QTest::newRow("weight in one sentence, distance in the next")
            << "覚醒剤10キロを押収した。容疑者は約30キロ離れた港で逮捕された。"
            << "30キロ"
            << "30"
            << "kilometer";
        QTest::newRow("kilometre written out") << "堤防を14キロメートルにわたり補強する。"
                                               << "14キロメートル"
                                               << "14"
                                               << "kilometer";
        QTest::newRow("metres") << "滑走路を3000メートルに延ばす。"
                                << "3000メートル"
                                << "3000"
                                << "meter";
        QTest::newRow("square metres") << "延べ床面積は約5万平方メートルになる。"
                                       << "5万平方メートル"
                                       << "50000"
                                       << "square meter";
        QTest::newRow("cubic metres") << "1日に8000立方メートルの水を作る。"
                                      << "8000立方メートル"
                                      << "8000"
                                      << "cubic meter";
        QTest::newRow("kilowatt not kilo") << "出力は120万キロワットになる。"
                                           << "120万キロワット"
                                           << "1200000"
                                           << "kilowatt";
        QTest::newRow("a unit noun after の") << "約120の拠点を2028年までに整備する。"
                                              << "120の拠点"
                                              << "120"
                                              << "site";
        QTest::newRow("a count before what each gets") << "市は対象の約3600人に1人当たり1万円を配る。"
                                                       << "3600人"
                                                       << "3600"
                                                       << "person";
        QTest::newRow("a total after a count of kinds") << "バス2車種計1800台を改修する。"
                                                        << "1800台"
                                                        << "1800"
                                                        << "bus";
        QTest::newRow("a total after など") << "トラックなど計650台を点検する。"
                                            << "650台"
                                            << "650"
                                            << "truck";
        QTest::newRow("metres and centimetres") << "新雪は一晩で1メートル20センチ積もった。"
                                                << "1メートル20センチ"
                                                << "1.2"
                                                << "meter";
        QTest::newRow("observation sites") << "観測地点のうち約150地点で真冬日となった。"
                                           << "150地点"
                                           << "150"
                                           << "site";
        QTest::newRow("a unit noun after つの") << "県内の5つの病院が統合される。"
                                                << "5つの病院"
                                                << "5"
                                                << "hospital";
        QTest::newRow("libraries") << "全国の公立図書館は3310館で、60館減った。"
                                   << "60館"
                                   << "60"
                                   << "library";
        QTest::newRow("hives") << "越冬用の巣箱2000箱を配る。"
                               << "2000箱"
                               << "2000"
                               << "hive";
        QTest::newRow("plots") << "1万区画を備えた霊園を整備する。"
                               << "1万区画"
                               << "10000"
                               << "plot";
        QTest::newRow("meals") << "約2万食の弁当を被災地に届ける。"
                               << "2万食"
                               << "20000"
                               << "meal";
        QTest::newRow("boats") << "3艘の漁船が転覆した。"
                               << "3艘"
                               << "3"
                               << "boat";
        QTest::newRow("regions") << "全国40地域で実証実験を始める。"
                                 << "40地域"
                                 << "40"
                                 << "region";
        QTest::newRow("municipalities") << "県内の20市町村が協定に加わった。"
                                        << "20市町村"
                                        << "20"
                                        << "municipality";
        QTest::newRow("works") << "コンクールには1200作品の応募があった。"
                               << "1200作品"
                               << "1200"
                               << "work";
        QTest::newRow("routes") << "同社はバス5路線を廃止する。"
                                << "5路線"
                                << "5"
                                << "route";
        QTest::newRow("trains cancelled") << "大雪で上下線の計80本が運休した。"
                                          << "80本"
                                          << "80"
                                          << "train";
        QTest::newRow("trains, by the nearest word") << "ソフトバンクの通信障害で、上下線で計20本が運休した。"
                                                     << "20本"
                                                     << "20"
                                                     << "train";
        QTest::newRow("trains added") << "春のダイヤ改正で快速を12本増発する。"
                                      << "12本"
                                      << "12"
                                      << "train";
        QTest::newRow("copies of a game") << "新作ゲームの販売本数は1週間で500万本を超えた。"
                                          << "500万本"
                                          << "5000000"
                                          << "copy";
        // Tenths of 兆 exactly, and full-width digits with their point
        QTest::newRow("tenths of cho exactly") << "財政支出21.9兆円の経済対策をまとめた。"
                                               << "21.9兆円"
                                               << "21900000000000"
                                               << "";
        QTest::newRow("full-width decimals") << "売上高は１．２兆円だった。"
                                             << "１．２兆円"
                                             << "1200000000000"
                                             << "";
        QTest::newRow("tickets named a sentence before")
            << "前売り券の販売は300万枚だった。目標の800万枚には遠い。"
            << "800万枚"
            << "8000000"
            << "ticket";
        QTest::newRow("a distance after a fee") << "水道料金を上げる。老朽化した水道管約650キロを更新する。"
                                                << "650キロ"
                                                << "650"
                                                << "kilometer";
        QTest::newRow("satellites by the aircraft counter") << "2027年までに衛星12機を打ち上げる。"
                                                            << "12機"
                                                            << "12"
                                                            << "satellite";
        QTest::newRow("tickets in a story of tickets")
            << "前売り入場券の販売枚数が11日時点で約300万枚になった。"
            << "300万枚"
            << "3000000"
            << "ticket";
        QTest::newRow("kiloliters, not kilometers") << "燃料を年間22万キロリットルつくる。"
                                                    << "22万キロリットル"
                                                    << "220000"
                                                    << "kiloliter";
        QTest::newRow("pumps by a general counter") << "2030年までに排水ポンプ24基を整備する。"
                                                    << "24基"
                                                    << "24"
                                                    << "pump";
        QTest::newRow("pallets") << "保管能力は約5万パレットになる。"
                                 << "5万パレット"
                                 << "50000"
                                 << "pallet";
        QTest::newRow("kinds") << "12種類のアトラクションをそろえる。"
                               << "12種類"
                               << "12"
                               << "kind";
        QTest::newRow("fields") << "受け入れ分野は当面17分野とする。"
                                << "17分野"
                                << "17"
                                << "field";
        QTest::newRow("bids, named after") << "2019〜22年に120件の入札で業者を決めていた。"
                                           << "120件"
                                           << "120"
                                           << "bid";
        QTest::newRow("classrooms") << "個別指導塾を120教室展開する。"
                                    << "120教室"
                                    << "120"
                                    << "classroom";
        QTest::newRow("a counted noun first") << "列車が走る山にトンネル3本を掘る。"
                                              << "3本"
                                              << "3"
                                              << "tunnel";
        QTest::newRow("post offices past an approximator") << "全国の郵便局約2万4000局を維持する。"
                                                           << "2万4000局"
                                                           << "24000"
                                                           << "post office";
        QTest::newRow("post offices in the sentence") << "郵便事業では利用の少ない約1000局を統廃合する。"
                                                      << "1000局"
                                                      << "1000"
                                                      << "post office";
        QTest::newRow("taxis") << "法人タクシー約2万8000台が新運賃の対象になる。"
                               << "2万8000台"
                               << "28000"
                               << "taxi";
        QTest::newRow("the same counter later in the sentence")
            << "車両は当初20台で、1年半後に100台に増やす。"
            << "100台"
            << "100"
            << "vehicle";
        QTest::newRow("artworks from one figure to another")
            << "収蔵品は現在の約8000点から1万2000点に増やす。"
            << "1万2000点"
            << "12000"
            << "artwork";
        QTest::newRow("not the counter of another sentence") << "収蔵品は約8000点ある。売店では400点を売る。"
                                                             << "400点"
                                                             << "400"
                                                             << "item";
        QTest::newRow("hectares in letters") << "耕作放棄地など300haを借り受ける。"
                                             << "300ha"
                                             << "300"
                                             << "hectare";
        QTest::newRow("cranes") << "埠頭は自動クレーン12基を備える。"
                                << "12基"
                                << "12"
                                << "crane";
        QTest::newRow("insurance claims") << "保険金の支払いは1万2000件に達した。"
                                          << "1万2000件"
                                          << "12000"
                                          << "claim";
        QTest::newRow("a noun that ends like a gap") << "保険金の支払いが遅れた契約が1万2400件あった。"
                                                     << "1万2400件"
                                                     << "12400"
                                                     << "contract";
        QTest::newRow("another machine of the same counter")
            << "同社はトラック100台を導入し、フォークリフト30台も購入する。"
            << "30台"
            << "30"
            << "unit";
        QTest::newRow("a score is no painting")
            << "美術館は絵画300点を展示し、来場者の満足度は平均90点だった。"
            << "90点"
            << "90"
            << "item";
        QTest::newRow("bankruptcies near a word of loans") << "コロナ融資を受けた企業の倒産が300件を超えた。"
                                                           << "300件"
                                                           << "300"
                                                           << "bankruptcy";
        QTest::newRow("a count of companies before 平均") << "上場企業2000社平均の賃上げ率は5%だった。"
                                                          << "2000社"
                                                          << "2000"
                                                          << "company";
        QTest::newRow("a count before its cost") << "消防車2台1億円を計上した。"
                                                 << "2台"
                                                 << "2"
                                                 << "fire engine";
        QTest::newRow("seedlings") << "苗木60万本を植える。"
                                   << "60万本"
                                   << "600000"
                                   << "seedling";
        QTest::newRow("games") << "ホーム戦は年間20試合を予定する。"
                               << "20試合"
                               << "20"
                               << "game";
        QTest::newRow("home runs, not pieces") << "主砲は今季41本塁打を記録した。"
                                               << "41本塁打"
                                               << "41"
                                               << "home run";
        QTest::newRow("land in tsubo") << "同社は約2万坪の用地を取得した。"
                                       << "2万坪"
                                       << "20000"
                                       << "tsubo";
        QTest::newRow("car models") << "同社は来年、新型車を4車種投入する。"
                                    << "4車種"
                                    << "4"
                                    << "car model";
        QTest::newRow("a distance near a weighed thing") << "コメを運ぶ車は約30キロ離れた倉庫に向かった。"
                                                         << "30キロ"
                                                         << "30"
                                                         << "kilometer";
        QTest::newRow("off the coast") << "漁獲の多い海域は港から約20キロ沖にある。"
                                       << "20キロ"
                                       << "20"
                                       << "kilometer";
        QTest::newRow("gold by weight") << "金塊約10キロが盗まれた。"
                                        << "10キロ"
                                        << "10"
                                        << "kilogram";
        QTest::newRow("a volume by weight") << "取引量は5万4千キロで、前年を1割下回った。"
                                            << "5万4千キロ"
                                            << "54000"
                                            << "kilogram";
        QTest::newRow("houses") << "浸水被害は住宅120軒に及んだ。"
                                << "120軒"
                                << "120"
                                << "house";
        QTest::newRow("bus runs") << "路線バスは平日の便数を約900便から760便に減らす。"
                                  << "760便"
                                  << "760"
                                  << "trip";
        QTest::newRow("fireworks, read from a hundred") << "今年の花火大会は約8千発を打ち上げる。"
                                                        << "8千発"
                                                        << "8000"
                                                        << "firework";
        QTest::newRow("bottles of a brewery") << "新しい酒造の蔵は年間50万本を造る。"
                                              << "50万本"
                                              << "500000"
                                              << "bottle";
        QTest::newRow("tsunami towers") << "市は避難タワーを新たに6基建てる。"
                                        << "6基"
                                        << "6"
                                        << "tower";
        QTest::newRow("cardboard beds") << "県は段ボールベッドを3千台備蓄する。"
                                        << "3千台"
                                        << "3000"
                                        << "bed";
        QTest::newRow("post boxes") << "市内の郵便ポストを約300本減らす。"
                                    << "300本"
                                    << "300"
                                    << "mailbox";
        QTest::newRow("bathhouses") << "都内の銭湯は460軒で、2割を下回る。"
                                    << "460軒"
                                    << "460"
                                    << "bathhouse";
        QTest::newRow("bottles near a train line") << "新幹線の駅前で飲料1000本を配った。"
                                                   << "1000本"
                                                   << "1000"
                                                   << "piece";
        QTest::newRow("a distance named after の") << "コメ農家から約5キロの距離にある。"
                                                   << "5キロ"
                                                   << "5"
                                                   << "kilometer";
        QTest::newRow("letters before a count") << "同社はEV10万台を生産する。"
                                                << "10万台"
                                                << "100000"
                                                << "unit";
        QTest::newRow("river systems") << "国は全国109水系で治水計画を見直す。"
                                       << "109水系"
                                       << "109"
                                       << "river system";
        QTest::newRow("kilowatts in letters") << "新設する発電所の出力は120万kWとなる。"
                                              << "120万kW"
                                              << "1200000"
                                              << "kilowatt";
        QTest::newRow("gigawatts in letters") << "1.2GWの洋上風力発電所を建設する。"
                                              << "1.2GW"
                                              << "1.2"
                                              << "gigawatt";
        QTest::newRow("energy in letters") << "合計50万kWhの蓄電池を導入する。"
                                           << "50万kWh"
                                           << "500000"
                                           << "kilowatt-hour";
        QTest::newRow("barrels a day") << "産油国は原油を日量50万バレル減産する。"
                                       << "50万バレル"
                                       << "500000"
                                       << "barrel";
        QTest::newRow("groups") << "政府は約40団体を資産凍結の対象に加えた。"
                                << "40団体"
                                << "40"
                                << "organization";
        QTest::newRow("unions") << "加盟する約1800組合が要求を出した。"
                                << "1800組合"
                                << "1800"
                                << "union";
        QTest::newRow("clubs") << "リーグの26クラブが新基準を満たす。"
                               << "26クラブ"
                               << "26"
                               << "club";
        QTest::newRow("performances") << "新劇場は年間150公演を見込む。"
                                      << "150公演"
                                      << "150"
                                      << "performance";
        QTest::newRow("satellites by a general counter") << "同社は小型衛星60基の打ち上げを受注した。"
                                                         << "60基"
                                                         << "60"
                                                         << "satellite";
        QTest::newRow("clothes") << "同社は子ども用パジャマ約3万着を回収する。"
                                 << "3万着"
                                 << "30000"
                                 << "garment";
        QTest::newRow("pairs of shoes") << "同社はスニーカー120万足を販売した。"
                                        << "120万足"
                                        << "1200000"
                                        << "pair";
        QTest::newRow("copies") << "同誌の発行部数は10万部を突破した。"
                                << "10万部"
                                << "100000"
                                << "copy";
        QTest::newRow("letters") << "応募は1万2000通に上った。"
                                 << "1万2000通"
                                 << "12000"
                                 << "letter";
        QTest::newRow("votes") << "同候補は12万3456票を獲得した。"
                               << "12万3456票"
                               << "123456"
                               << "vote";
        QTest::newRow("snow in centimetres") << "積雪は180センチを超えた。"
                                             << "180センチ"
                                             << "180"
                                             << "centimeter";
        QTest::newRow("ambulance dispatches") << "救急車の出動件数は約723万件だった。"
                                              << "723万件"
                                              << "7230000"
                                              << "dispatch";
        QTest::newRow("flats of a condominium") << "新築マンションの発売戸数は1542戸だった。"
                                                << "1542戸"
                                                << "1542"
                                                << "apartment";
        QTest::newRow("dairy farms") << "県内の酪農家は約80戸にとどまる。"
                                     << "80戸"
                                     << "80"
                                     << "farm";
        QTest::newRow("sets") << "百貨店は福袋を5千セット用意した。"
                              << "5千セット"
                              << "5000"
                              << "set";
        QTest::newRow("cases as examples") << "全国の100事例を紹介する。"
                                           << "100事例"
                                           << "100"
                                           << "case";
        QTest::newRow("a tuna's weight") << "大間産のクロマグロ（276キロ）が落札された。"
                                         << "276キロ"
                                         << "276"
                                         << "kilogram";
        QTest::newRow("banknotes") << "日銀は新紙幣約4億8千万枚を引き渡す。"
                                   << "4億8千万枚"
                                   << "480000000"
                                   << "banknote";
        QTest::newRow("countries and regions") << "158の国・地域が参加した。"
                                               << "158の国・地域"
                                               << "158"
                                               << "country";
        QTest::newRow("trailers by a general counter") << "各港に自動運転のトレーラーを20台導入する。"
                                                       << "20台"
                                                       << "20"
                                                       << "trailer";
    }

    void units()
    {
        QFETCH(QString, sentence);
        QFETCH(QString, span);
        QFETCH(QString, amount);
        QFETCH(QString, unit);
        const QVector<Suggestion> found = Recognizer::recognize(sentence, QDate(2026, 4, 2));
        const Suggestion *s = Test::findByText(found, span);
        QVERIFY2(s, qPrintable(Test::describe(found)));
        QCOMPARE(s->kind, Suggestion::Kind::Amount);
        QCOMPARE(s->amount, amount);
        QCOMPARE(s->unit, unit);
        QCOMPARE(sentence.mid(s->start, s->end - s->start), span); // UTF-16 offsets
    }

    // Every unit a Japanese counter stores reads back in Japanese in the side panel: a
    // counter's own, the noun a general counter counts (大型トラック600台 → truck) and the
    // one a word in the sentence names (コメ5キロ → kilogram).
    void everyUnitHasAJapaneseName()
    {
        const WordMap<QString> &units = Vocabulary::japanese().values(QStringLiteral("unit"));
        int count = 0;
        for (auto it = units.constBegin(); it != units.constEnd(); ++it, ++count)
            QVERIFY2(!UnitNames::japanese(it.value()).isEmpty(), qPrintable(it.value()));
        QVERIFY(count > 50);
        const WordMap<QString> &nouns = Vocabulary::japanese().values(QStringLiteral("counted-noun"));
        for (auto it = nouns.constBegin(); it != nouns.constEnd(); ++it, ++count)
            QVERIFY2(!UnitNames::japanese(it.value()).isEmpty(), qPrintable(it.key() + u' ' + it.value()));
        const WordMap<QString> &contexts = Vocabulary::japanese().values(QStringLiteral("counter-context"));
        for (auto it = contexts.constBegin(); it != contexts.constEnd(); ++it, ++count) {
            const QString unit = it.value().section(QLatin1Char(' '), 1);
            QVERIFY2(!UnitNames::japanese(unit).isEmpty(), qPrintable(it.key() + u' ' + unit));
        }
        QVERIFY(count > 150);
    }
};

QTEST_APPLESS_MAIN(TestJapaneseUnits)
#include "tst_japaneseunits.moc"
