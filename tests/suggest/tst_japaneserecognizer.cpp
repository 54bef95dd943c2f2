// Japanese amounts and dates, on sentences written the way Japanese news writes
// them (our own, not from any evaluation set): each row is a phrase in context and
// what Gleaner must make of it. (Words that are no dates, huge numbers, selections and
// English text are in tst_japaneseedges.)
#include "suggest/japaneserecognizer.h"
#include "suggest/recognizer.h"
#include "suggestiontext.h"

#include <QTest>

using namespace Gleaner;

namespace {
const Suggestion *find(const QVector<Suggestion> &found, const QString &text)
{
    return Test::findByText(found, text);
}
} // namespace

class TestJapaneseRecognizer : public QObject
{
    Q_OBJECT

    // Every rule of a table has an example that it matches whole, and that the recognizer
    // finds in a sentence ("同社は<example><ending>"), with a value.
    void checkExamples(const RuleSet &rules, const QHash<QString, QString> &examples, const QString &ending)
    {
        QVERIFY(rules.rules().size() >= examples.size());
        for (const RuleSet::Rule &rule : rules.rules()) {
            QVERIFY2(examples.contains(rule.name), qPrintable(QLatin1String("no example for ") + rule.name));
            const QString example = examples.value(rule.name);
            const QRegularExpressionMatch m = rule.pattern.match(example);
            QVERIFY2(m.hasMatch() && m.capturedLength() == example.size(), qPrintable(rule.name));
            const QVector<Suggestion> found =
                Recognizer::recognize(QStringLiteral("同社は") + example + ending, QDate(2026, 4, 2));
            const Suggestion *s = find(found, example);
            QVERIFY2(s && (s->kind == Suggestion::Kind::Amount ? !s->amount.isEmpty() : s->due.isValid()),
                     qPrintable(example));
        }
    }
private slots:
    void amounts_data()
    {
        QTest::addColumn<QString>("sentence");
        QTest::addColumn<QString>("span");
        QTest::addColumn<QString>("amount");
        QTest::addColumn<QString>("currency");
        QTest::addColumn<QString>("unit");
        QTest::addColumn<QString>("qualifier");
        QTest::newRow("beds") << "新病院は180床でスタートする。"
                              << "180床"
                              << "180"
                              << ""
                              << "bed"
                              << "";
        QTest::newRow("hectares") << "大豆の作付けを1万2000ヘクタールに増やす。"
                                  << "1万2000ヘクタール"
                                  << "12000"
                                  << ""
                                  << "hectare"
                                  << "";
        QTest::newRow("doses") << "県は約150万回分を配る。"
                               << "150万回分"
                               << "1500000"
                               << ""
                               << "dose"
                               << "about";
        QTest::newRow("price per ton") << "米は1キロあたり約500円で売られた。"
                                       << "500円"
                                       << "500"
                                       << "JPY"
                                       << ""
                                       << "about";
        QTest::newRow("stores") << "全国800店で売る。"
                                << "800店"
                                << "800"
                                << ""
                                << "store"
                                << "";
        QTest::newRow("dong") << "工場に50兆ドンを投じる。"
                              << "50兆ドン"
                              << "50000000000000"
                              << "VND"
                              << ""
                              << "";
        QTest::newRow("stations") << "基地局を全国で３万局増やす。"
                                  << "３万局"
                                  << "30000"
                                  << ""
                                  << "station"
                                  << "";
        QTest::newRow("aircraft") << "新型機を20機導入する。"
                                  << "20機"
                                  << "20"
                                  << ""
                                  << "aircraft"
                                  << "";
        QTest::newRow("oku dollars") << "同社は2029年までに100億ドルを投資する。"
                                     << "100億ドル"
                                     << "10000000000"
                                     << "USD"
                                     << ""
                                     << "";
        QTest::newRow("cho yen") << "政府は1兆円の補正予算を組む。"
                                 << "1兆円"
                                 << "1000000000000"
                                 << "JPY"
                                 << ""
                                 << "";
        QTest::newRow("comma and kibo") << "総額3,000億円規模の投資になる。"
                                        << "3,000億円"
                                        << "300000000000"
                                        << "JPY"
                                        << ""
                                        << "about";
        QTest::newRow("sen-man people") << "約5千万人の利用者を見込む。"
                                        << "5千万人"
                                        << "50000000"
                                        << ""
                                        << "person"
                                        << "about";
        QTest::newRow("gigawatt up to") << "最大2ギガワットの電力を確保する。"
                                        << "2ギガワット"
                                        << "2"
                                        << ""
                                        << "gigawatt"
                                        << "up to";
        QTest::newRow("kanji numerals") << "一千億円を投じる計画だ。"
                                        << "一千億円"
                                        << "100000000000"
                                        << "JPY"
                                        << ""
                                        << "";
        QTest::newRow("full-width digits") << "１００億円を調達した。"
                                           << "１００億円"
                                           << "10000000000"
                                           << "JPY"
                                           << ""
                                           << "";
        QTest::newRow("decimal oku yuan") << "売上高は36.57億人民元に達した。"
                                          << "36.57億人民元"
                                          << "3657000000"
                                          << "CNY"
                                          << ""
                                          << "";
        QTest::newRow("more than") << "1万人以上のエンジニアを育成する。"
                                   << "1万人"
                                   << "10000"
                                   << ""
                                   << "person"
                                   << "at least";
        QTest::newRow("yen sign") << "価格は¥1,200からだ。"
                                  << "¥1,200"
                                  << "1200"
                                  << "JPY"
                                  << ""
                                  << "";
        QTest::newRow("companies") << "国内の120社が参加する。"
                                   << "120社"
                                   << "120"
                                   << ""
                                   << "company"
                                   << "";
        QTest::newRow("man oku") << "一万億円は一兆円に等しい。"
                                 << "一万億円"
                                 << "1000000000000"
                                 << "JPY"
                                 << ""
                                 << "";
        QTest::newRow("sen starts") << "千二百億ドルの契約を結んだ。"
                                    << "千二百億ドル"
                                    << "120000000000"
                                    << "USD"
                                    << ""
                                    << "";
        QTest::newRow("yuan and jiao") << "この本は5人民元と3角です。"
                                       << "5人民元と3角"
                                       << "5.3"
                                       << "CNY"
                                       << ""
                                       << "";
        QTest::newRow("balboa") << "小山は毎月545パナマ・バルボアを支出している。"
                                << "545パナマ・バルボア"
                                << "545"
                                << "PAB"
                                << ""
                                << "";
        QTest::newRow("real") << "売上高は30億レアルに達した。"
                              << "30億レアル"
                              << "3000000000"
                              << "BRL"
                              << ""
                              << "";
        QTest::newRow("yen and sen") << "終値は2222円13銭だった。"
                                     << "2222円13銭"
                                     << "2222.13"
                                     << "JPY"
                                     << ""
                                     << "";
        QTest::newRow("symbol, spaced man") << "調達額は$ 48.2 万に上った。"
                                            << "$ 48.2 万"
                                            << "482000"
                                            << "USD"
                                            << ""
                                            << "";
    }

    void amounts()
    {
        QFETCH(QString, sentence);
        QFETCH(QString, span);
        QFETCH(QString, amount);
        QFETCH(QString, currency);
        QFETCH(QString, unit);
        QFETCH(QString, qualifier);
        const QVector<Suggestion> found = Recognizer::recognize(sentence, QDate(2026, 4, 2));
        const Suggestion *s = find(found, span);
        QVERIFY2(s, qPrintable(span));
        QCOMPARE(s->kind, Suggestion::Kind::Amount);
        QCOMPARE(s->amount, amount);
        QCOMPARE(s->currency, currency);
        QCOMPARE(s->unit, unit);
        QCOMPARE(s->qualifier, qualifier);
        QCOMPARE(sentence.mid(s->start, s->end - s->start), span); // UTF-16 offsets
    }

    void notAmounts()
    {
        // Numbers without a currency or a counted noun, and place names with numerals.
        for (const QString &sentence :
             {QStringLiteral("千葉県の工場は2030年に稼働する。"),
              QStringLiteral("第3四半期の決算を発表した。"), QStringLiteral("十分な準備が必要だ。"),
              QStringLiteral("被害は数十億円に及ぶ。"), QStringLiteral("価格は1.5.3円だった。"),
              QStringLiteral("バージョン2.1.5件の不具合を直した。"),
              QStringLiteral("熊本第2工場を建設する。"), QStringLiteral("一両日中に回答する。"),
              // what a rate is counted per
              QStringLiteral("1自治体あたりの上限を引き上げる。"), QStringLiteral("1台当たりの価格は高い。"),
              QStringLiteral("1試合平均の観客が増えた。"), QStringLiteral("同選手は1着でゴールした。"),
              QStringLiteral("税額は500ミリリットル瓶当たりで決まる。")}) {
            for (const Suggestion &s : Recognizer::recognize(sentence, QDate(2026, 4, 2)))
                QVERIFY2(s.kind != Suggestion::Kind::Amount,
                         qPrintable(sentence + QLatin1String(": ") + s.text));
        }
    }

    void dates_data()
    {
        QTest::addColumn<QString>("sentence");
        QTest::addColumn<QString>("span");
        QTest::addColumn<bool>("deadline");
        QTest::addColumn<QDate>("due");
        QTest::addColumn<int>("precision");
        const int day = int(DatePrecision::Day);
        const int month = int(DatePrecision::Month);
        const int quarter = int(DatePrecision::Quarter);
        const int year = int(DatePrecision::Year);
        QTest::newRow("date in figures") << "同社は2026/6/30に新工場を稼働させる。"
                                         << "2026/6/30" << true << QDate(2026, 6, 30) << day;
        QTest::newRow("ISO date, past") << "同社は2025-11-07に発表した。"
                                        << "2025-11-07" << false << QDate(2025, 11, 7) << day;
        QTest::newRow("week of a month") << "5月の第2週に発売する。"
                                         << "5月の第2週" << true << QDate(2026, 5, 17) << day;
        QTest::newRow("last week of a year") << "2026年の最後の週に出荷する。"
                                             << "2026年の最後の週" << true << QDate(2027, 1, 3) << day;
        QTest::newRow("business days") << "今後5営業日以内に回答する。"
                                       << "今後5営業日以内に" << true << QDate(2026, 4, 9) << day;
        QTest::newRow("by year") << "2029年までに100億ドルを投資する。"
                                 << "2029年までに" << true << QDate(2029, 12, 31) << year;
        QTest::newRow("over the next years") << "今後4年間で研修を行う。"
                                             << "今後4年間で" << true << QDate(2030, 4, 2) << day;
        QTest::newRow("within years") << "3年以内に黒字化を目指す。"
                                      << "3年以内に" << true << QDate(2029, 4, 2) << day;
        QTest::newRow("fiscal year end") << "2027年度末までに完了する。"
                                         << "2027年度末までに" << true << QDate(2028, 3, 31) << day;
        QTest::newRow("fiscal year") << "2026年度の計画を示した。"
                                     << "2026年度" << false << QDate(2027, 3, 31) << year;
        QTest::newRow("era year") << "令和8年に開業する。"
                                  << "令和8年" << true << QDate(2026, 12, 31) << year;
        QTest::newRow("era first year") << "令和元年に設立された。"
                                        << "令和元年" << false << QDate(2019, 12, 31) << year;
        QTest::newRow("next fiscal year") << "来年度から始める。"
                                          << "来年度" << true << QDate(2028, 3, 31) << year;
        QTest::newRow("period ending March") << "2026年3月期の決算"
                                             << "2026年3月期" << false << QDate(2026, 3, 31) << month;
        QTest::newRow("full date") << "2026年4月15日に発表した。"
                                   << "2026年4月15日" << false << QDate(2026, 4, 15) << day;
        QTest::newRow("month and day ahead") << "3月31日までに提出する。"
                                             << "3月31日までに" << true << QDate(2027, 3, 31) << day;
        QTest::newRow("quarter") << "2026年第3四半期に出荷する。"
                                 << "2026年第3四半期" << true << QDate(2026, 9, 30) << quarter;
        QTest::newRow("year end") << "2030年末までに完成する。"
                                  << "2030年末までに" << true << QDate(2030, 12, 31) << year;
        QTest::newRow("decade") << "1990年代に成長した。"
                                << "1990年代" << false << QDate(1999, 12, 31) << year;
        QTest::newRow("next week's day") << "来週の火曜日に会見する。"
                                         << "来週の火曜日" << true << QDate(2026, 4, 7) << day;
        QTest::newRow("days after") << "発表の3日後に始まる。"
                                    << "3日後" << true << QDate(2026, 4, 5) << day;
        QTest::newRow("season") << "2027年春から提供する。"
                                << "2027年春" << true << QDate(2027, 5, 31) << month;
        QTest::newRow("winter") << "2026年冬に発売する。"
                                << "2026年冬" << true << QDate(2027, 2, 28) << month;
        QTest::newRow("day of the month") << "同社は1日、新工場を発表した。"
                                          << "1日" << false << QDate(2026, 4, 1) << day;
        QTest::newRow("full-width year") << "２０２８年までに実現する。"
                                         << "２０２８年までに" << true << QDate(2028, 12, 31) << year;
        // Ranges, parts of periods, kanji numerals, eras before 1926, "before".
        QTest::newRow("day range") << "工場は6月3日から12日まで停止する。"
                                   << "6月3日から12日まで" << true << QDate(2026, 6, 12) << day;
        QTest::newRow("month range this year") << "工事は3月から9月まで続く。"
                                               << "3月から9月まで" << true << QDate(2026, 9, 30) << month;
        QTest::newRow("range over the year")
            << "販売は10月から来年の5月までの間行う。"
            << "10月から来年の5月までの間" << true << QDate(2027, 5, 31) << month;
        QTest::newRow("early this month") << "今月初めに発表した。"
                                          << "今月初め" << false << QDate(2026, 4, 15) << day;
        QTest::newRow("late in a month") << "9月下旬に発売する。"
                                         << "9月下旬" << true << QDate(2026, 9, 30) << day;
        QTest::newRow("first half of a year") << "2027年の前半に量産を始める。"
                                              << "2027年の前半" << true << QDate(2027, 6, 30) << month;
        QTest::newRow("kanji year month") << "二〇二七年十二月に開業する。"
                                          << "二〇二七年十二月" << true << QDate(2027, 12, 31) << month;
        QTest::newRow("kanji day") << "同社は二十九日、計画を発表した。"
                                   << "二十九日" << false << QDate(2026, 3, 29) << day;
        QTest::newRow("old era") << "大正十二年に創業した。"
                                 << "大正十二年" << false << QDate(1923, 12, 31) << year;
        QTest::newRow("before a year") << "2020年以前の設備を更新する。"
                                       << "2020年以前" << false << QDate(2019, 12, 31) << year;
        QTest::newRow("past days") << "ここ3日間で受注が増えた。"
                                   << "ここ3日間" << false << QDate(2026, 4, 1) << day;
        QTest::newRow("ahead days") << "向こう3日間は休業する。"
                                    << "向こう3日間" << true << QDate(2026, 4, 5) << day;
        QTest::newRow("year end alone") << "年末までに決める。"
                                        << "年末までに" << true << QDate(2026, 12, 31) << year;
        QTest::newRow("next month day") << "来月の4日に開業する。"
                                        << "来月の4日" << true << QDate(2026, 5, 4) << day;
        QTest::newRow("holiday this year") << "今年の文化の日に開業する。"
                                           << "今年の文化の日" << true << QDate(2026, 11, 3) << day;
        QTest::newRow("holiday alone is the next") << "元日までに決める。"
                                                   << "元日までに" << true << QDate(2027, 1, 1) << day;
        QTest::newRow("movable holiday") << "2027年の海の日に開通する。"
                                         << "2027年の海の日" << true << QDate(2027, 7, 19) << day;
        QTest::newRow("day before a holiday") << "独立記念日の前に公表した。"
                                              << "独立記念日の前" << false << QDate(2025, 7, 3) << day;
        QTest::newRow("week of a day") << "新製品は5月12日の週に出荷する。"
                                       << "5月12日の週" << true << QDate(2026, 5, 17) << day;
        QTest::newRow("weeks from tomorrow") << "明日から2週間、工場を止める。"
                                             << "明日から2週間" << true << QDate(2026, 4, 16) << day;
        QTest::newRow("days after today") << "今日から3日後に発売する。"
                                          << "今日から3日後" << true << QDate(2026, 4, 5) << day;
        QTest::newRow("within days from tomorrow") << "明日から5日以内に回答する。"
                                                   << "明日から5日以内に" << true << QDate(2026, 4, 7) << day;
        // The tense of the clause: a planned event is a deadline, a report or a noun's time is not.
        QTest::newRow("plan reported in the past") << "同社は2027年に量産を始めると発表した。"
                                                   << "2027年" << true << QDate(2027, 12, 31) << year;
        QTest::newRow("year of a plan's name") << "同社は2027年の計画を発表した。"
                                               << "2027年" << false << QDate(2027, 12, 31) << year;
        QTest::newRow("past event") << "新工場は昨年12月に稼働した。"
                                    << "昨年12月" << false << QDate(2025, 12, 31) << month;
        QTest::newRow("day of the report") << "同社は18日、新工場を建設すると発表した。"
                                           << "18日" << false << QDate(2026, 3, 18) << day;
        QTest::newRow("week of a dated day") << "2026年5月12日の週に出荷する。"
                                             << "2026年5月12日の週" << true << QDate(2026, 5, 17) << day;
        QTest::newRow("conditional is no quotation") << "2026年になると、需要は落ち着いた。"
                                                     << "2026年" << false << QDate(2026, 12, 31) << year;
        QTest::newRow("plan in a quotation") << QStringLiteral("「来年中に完成させる」と語った。") << "来年中"
                                             << true << QDate(2027, 12, 31) << year;
        QTest::newRow("target") << "2028年3月期に黒字化を目指す方針だ。"
                                << "2028年3月期" << true << QDate(2028, 3, 31) << month;
        QTest::newRow("century") << "21世紀の産業を支える。"
                                 << "21世紀" << false << QDate(2099, 12, 31) << year;
        // A plan as the predicate, or the event a plan aims at, after の; a name in brackets
        // inside the clause.
        QTest::newRow("plan as predicate") << "新工場の稼働は2027年下期の見込みだ。"
                                           << "2027年下期" << true << QDate(2027, 12, 31) << month;
        QTest::newRow("event aimed at") << "新工場は2026年半ばの完成を目指す。"
                                        << "2026年半ば" << true << QDate(2026, 6, 30) << month;
        QTest::newRow("name in brackets") << "同社は2027年に新型車「ハヤテ」を発売する。"
                                          << "2027年" << true << QDate(2027, 12, 31) << year;
        // The period of publication, named without a number.
        QTest::newRow("within the year") << "政府は年内に対策をまとめる。"
                                         << "年内" << true << QDate(2026, 12, 31) << year;
        QTest::newRow("within the fiscal year") << "改修は年度内に終える。"
                                                << "年度内" << true << QDate(2027, 3, 31) << year;
        QTest::newRow("first fiscal half") << "新サービスを上期中に始める。"
                                           << "上期中" << true << QDate(2026, 9, 30) << month;
        QTest::newRow("topic of a plan") << "2026年の見通しについて説明した。"
                                         << "2026年" << false << QDate(2026, 12, 31) << year;
        QTest::newRow("assumed is no plan") << "2027年の需要を想定して増産する。"
                                            << "2027年" << false << QDate(2027, 12, 31) << year;
        QTest::newRow("within the year after a comma") << "承認を取得し、年度内に発売する。"
                                                       << "年度内" << true << QDate(2027, 3, 31) << year;
        QTest::newRow("within the year after a stop") << "量産を始める。年内に投資する。"
                                                      << "年内" << true << QDate(2026, 12, 31) << year;
        QTest::newRow("within a fiscal year") << "2027年度中に衛星を打ち上げる計画で、総額は300億円。"
                                              << "2027年度中" << true << QDate(2028, 3, 31) << year;
        // Seasons named from publication, or bare with ごろ.
        QTest::newRow("this summer") << "初号機の打ち上げは今夏を予定している。"
                                     << "今夏" << true << QDate(2026, 8, 31) << month;
        QTest::newRow("next spring") << "来春までに体制を整える。"
                                     << "来春までに" << true << QDate(2027, 5, 31) << month;
        QTest::newRow("turn of the year") << "新型車は年明けにも発売する。"
                                          << "年明け" << true << QDate(2027, 1, 31) << month;
        QTest::newRow("turn of next year") << "来年の年明けに開業する。"
                                           << "来年の年明け" << true << QDate(2027, 1, 31) << month;
        QTest::newRow("within the week") << "政府は週内にも閣議決定する。"
                                         << "週内" << true << QDate(2026, 4, 5) << day;
        QTest::newRow("days of next month") << "競り市を来月13〜14日に開く。"
                                            << "来月13〜14日" << true << QDate(2026, 5, 14) << day;
        QTest::newRow("two-digit year with に") << "ラピダスは27年に量産を始める。"
                                                << "27年" << true << QDate(2027, 12, 31) << year;
        QTest::newRow("end of this week") << "首相は今週末に被災地を視察する。"
                                          << "今週末" << true << QDate(2026, 4, 5) << day;
        QTest::newRow("end of next week") << "来週末までに回答する。"
                                          << "来週末までに" << true << QDate(2026, 4, 12) << day;
        QTest::newRow("bon holiday") << "お盆までに復旧させる。"
                                     << "お盆までに" << true << QDate(2026, 8, 15) << day;
        QTest::newRow("around autumn") << "工事は秋ごろ本格化する。"
                                       << "秋ごろ" << true << QDate(2026, 11, 30) << month;
        QTest::newRow("not after a number") << "2027年内に完成させる。"
                                            << "2027年内" << true << QDate(2027, 12, 31) << year;
        // Ranges: a count of units from a date, and a second date that names the first's
        // month or year.
        QTest::newRow("years from a year") << "2026年から5年間で1兆円を投じる。"
                                           << "2026年から5年間で" << true << QDate(2030, 12, 31) << day;
        QTest::newRow("months from a month") << "2026年10月から3か月間、値下げする。"
                                             << "2026年10月から3か月間" << true << QDate(2026, 12, 31) << day;
        QTest::newRow("same month") << "募集期間は8月1日から同月29日まで。"
                                    << "8月1日から同月29日まで" << true << QDate(2026, 8, 29) << day;
        QTest::newRow("same year") << "工事は2027年4月から同年9月まで続く。"
                                   << "2027年4月から同年9月まで" << true << QDate(2027, 9, 30) << month;
        QTest::newRow("day range stays") << "展示会は9月3日から12日まで開く。"
                                         << "9月3日から12日まで" << true << QDate(2026, 9, 12) << day;
        // Parts of a decade, as "the mid-2030s" in English.
        QTest::newRow("middle of a decade") << "2030年代半ばの運転開始を目指す。"
                                            << "2030年代半ば" << true << QDate(2036, 12, 31) << year;
        QTest::newRow("first half of a decade")
            << "2030年代前半までに整備する。"
            << "2030年代前半までに" << true << QDate(2034, 12, 31) << year;
        // Two-digit years before a month, 度, a season or 末; this century's up to 20 years on.
        QTest::newRow("short year and season") << "新店舗は27年秋の開業を予定する。"
                                               << "27年秋" << true << QDate(2027, 11, 30) << month;
        QTest::newRow("short fiscal year") << "30年度までに達成する。"
                                           << "30年度までに" << true << QDate(2031, 3, 31) << year;
        QTest::newRow("short year and months") << "同社は28年1～3月期に黒字化する見通しだ。"
                                               << "28年1～3月期" << true << QDate(2028, 3, 31) << month;
        // A date named as a limit (deadline-lead), when it is still to come.
        QTest::newRow("appeal limit") << "回答の提出期限は22日。"
                                      << "22日" << true << QDate(2026, 4, 22) << day;
        QTest::newRow("redemption limit") << "融資の返済期限は2031年9月とする。"
                                          << "2031年9月" << true << QDate(2031, 9, 30) << month;
        QTest::newRow("limit that was") << "申請の締め切りは20日だったが、延長された。"
                                        << "20日" << false << QDate(2026, 3, 20) << day;
        QTest::newRow("application limit") << "申請の締め切りは10月15日。"
                                           << "10月15日" << true << QDate(2026, 10, 15) << day;
        // Months from one to another: to the end of the last.
        QTest::newRow("quarter as months") << "工事は2028年4～6月期に終える。"
                                           << "2028年4～6月期" << true << QDate(2028, 6, 30) << month;
        QTest::newRow("months across a year") << "2026年11月～2月期の決算を発表した。"
                                              << "2026年11月～2月期" << false << QDate(2027, 2, 28) << month;
    }

    void dates()
    {
        QFETCH(QString, sentence);
        QFETCH(QString, span);
        QFETCH(bool, deadline);
        QFETCH(QDate, due);
        QFETCH(int, precision);
        const QVector<Suggestion> found = Recognizer::recognize(sentence, QDate(2026, 4, 2)); // a Thursday
        const Suggestion *s = find(found, span);
        QVERIFY2(s, qPrintable(span));
        QCOMPARE(s->kind, deadline ? Suggestion::Kind::Deadline : Suggestion::Kind::Date);
        QCOMPARE(s->due, due);
        QCOMPARE(int(s->precision), precision);
        QCOMPARE(sentence.mid(s->start, s->end - s->start), span);
    }

    // The date rules are data (ja-date-rules.tsv): each rule has a production, and an
    // example here that it matches and that becomes a date.
    void everyDateRuleHasAnExample()
    {
        const QHash<QString, QString> examples = {
            {QStringLiteral("decade"), QStringLiteral("1990年代")},
            {QStringLiteral("century"), QStringLiteral("21世紀")},
            {QStringLiteral("holiday"), QStringLiteral("今年の文化の日")},
            {QStringLiteral("year"), QStringLiteral("2027年度第2四半期")},
            {QStringLiteral("weekday"), QStringLiteral("来週の火曜日")},
            {QStringLiteral("weekday-date"), QStringLiteral("来週の火曜日（4月7日）")},
            {QStringLiteral("week"), QStringLiteral("今週")},
            {QStringLiteral("month-span"), QStringLiteral("2027年1～3月期")},
            {QStringLiteral("relative-month"), QStringLiteral("来月末")},
            {QStringLiteral("relative-day"), QStringLiteral("明日")},
            {QStringLiteral("month-day"), QStringLiteral("3月31日")},
            {QStringLiteral("week-of-day"), QStringLiteral("5月12日の週")},
            {QStringLiteral("span-from-day"), QStringLiteral("明日から2週間")},
            {QStringLiteral("day-of-month"), QStringLiteral("18日")},
            {QStringLiteral("period-end"), QStringLiteral("年末")},
            {QStringLiteral("current-period"), QStringLiteral("年内")},
            {QStringLiteral("fiscal-term"), QStringLiteral("来期中")},
            {QStringLiteral("year-span"), QStringLiteral("2026〜2030年度")},
            {QStringLiteral("day-span"), QStringLiteral("7月18〜19日")},
            {QStringLiteral("quarter-alone"), QStringLiteral("第3四半期")},
            {QStringLiteral("relative-season"), QStringLiteral("来春")},
            {QStringLiteral("shift"), QStringLiteral("2年前")},
            {QStringLiteral("period"), QStringLiteral("今後4年間で")},
            {QStringLiteral("hours-within"), QStringLiteral("今後72時間以内に")},
            {QStringLiteral("numeric-date"), QStringLiteral("2026/6/30")},
            {QStringLiteral("week-of-month"), QStringLiteral("5月の第2週")},
        };
        checkExamples(JapaneseRecognizer::rules(), examples, QStringLiteral("に発表する。"));
    }

    void everyAmountRuleHasAnExample()
    {
        const QHash<QString, QString> examples = {
            {QStringLiteral("currency"), QStringLiteral("3,000億円")},
            {QStringLiteral("symbol"), QStringLiteral("¥1,200")},
            {QStringLiteral("subunit"), QStringLiteral("38セント")},
            {QStringLiteral("bulk-unit"), QStringLiteral("5万着")},
            {QStringLiteral("unit"), QStringLiteral("5千万人")},
            {QStringLiteral("counted-of"), QStringLiteral("120の拠点")},
        };
        checkExamples(JapaneseRecognizer::amountRules(), examples, QStringLiteral("を投じる。"));
    }
};

QTEST_GUILESS_MAIN(TestJapaneseRecognizer)
#include "tst_japaneserecognizer.moc"
