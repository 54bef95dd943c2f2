// Japanese dates that the words around them make no limit, or a company's own year
// (japaneselabels.cpp, the fiscal-term and year-span rules): fiscal labels of results,
// 来期 and 今期中 by the company's fiscal year, open starts, and a plan's span after its
// limit; the base of a comparison, lengths and spans from events, and days ahead of an
// event. Every sentence was written for this test; none is copied from an evaluation set.
#include "daterows.h"

#include <QTest>

#include <tuple>

using namespace Gleaner;

class TestJapaneseLabels : public QObject
{
    Q_OBJECT

private slots:
    void dates_data()
    {
        Test::addDateColumns();
        const auto row = Test::dateRow;
        const QDate kMay(2026, 5, 20);
        const QDate kFebruary(2026, 2, 10);
        // A fiscal year named by its last month, as the year results are counted for
        row("results of a fiscal year", "海鳴電機が発表した2027年3月期の連結純利益は前期比1割増の見通しだ。",
            kMay, "2027年3月期", "date", QDate(2027, 3, 31));
        row("forecast of a fiscal year", "2027年3月期は円高で営業利益が減る見込みだ。", kMay, "2027年3月期",
            "date", QDate(2027, 3, 31));
        row("reports from a fiscal year", "新たな開示は2028年3月期の決算から求める。", kMay, "2028年3月期",
            "date", QDate(2028, 3, 31));
        row("a company's fiscal year given", "雑貨店の虹屋（8月期決算）は今期中に40店を出す。", kMay, "8月期",
            "none", QDate());
        row("a target in a fiscal year", "2028年3月期に売上高5000億円を目指す。", kMay, "2028年3月期",
            "deadline", QDate(2028, 3, 31));
        row("a quarter is a time", "新工場は2027年4〜6月期に稼働する。", kMay, "2027年4〜6月期", "deadline",
            QDate(2027, 6, 30));
        // 今期, 来期: the company's fiscal year, by the month it ends in
        row("this fiscal year of a February company", "雑貨店の虹屋（2月期決算）は今期中に40店を出す。", kMay,
            "今期中", "deadline", QDate(2027, 2, 28));
        row("next fiscal year of a December company",
            "塗料の緑川化学（12月決算）は来期中に新工場を稼働させる。", kMay, "来期中", "deadline",
            QDate(2027, 12, 31));
        row("next fiscal year in March", "配当は来期から1株60円を下限とする。", kFebruary, "来期", "deadline",
            QDate(2027, 3, 31));
        row("this fiscal year alone is a label", "今期の純利益は300億円を見込む。", kMay, "今期", "none",
            QDate());
        // a span of years counted from a fiscal term: its first day, three years on
        row("years from next fiscal year", "同社は来期から3年間で2000億円を投じる。", kFebruary,
            "来期から3年間で", "deadline", QDate(2029, 3, 31));
        row("years from this fiscal year", "同社は今期から3年間で2000億円を投じる。", kMay, "今期から3年間で",
            "deadline", QDate(2029, 3, 31));
        row("a period of time is no fiscal year", "今期間中は窓口を閉じる。", kMay, "今期", "none", QDate());
        // An open start, and the time since which something is counted
        row("a start just passed", "新料金は5月1日以降、順次適用する。", kMay, "5月1日", "date",
            QDate(2026, 5, 1));
        row("a start to come", "改正法は2027年4月以降に施行する。", kMay, "2027年4月", "date",
            QDate(2027, 4, 30));
        row("since the start of the year", "今年に入って3件目の買収となる。", kMay, "今年", "date",
            QDate(2026, 12, 31));
        // Years from one to another; a plan's span after its limit is one span
        row("fiscal years from one to another", "国は2026〜2030年度に計2兆円を支援する。", kMay,
            "2026〜2030年度", "deadline", QDate(2031, 3, 31));
        row("years from one to another, short", "2026～28年に3工場を建てる計画だ。", kMay, "2026～28年",
            "deadline", QDate(2028, 12, 31));
        row("a span up to a limit", "2028年度までの3年間で計900億円を投じる。", kMay, "2028年度までの3年間で",
            "deadline", QDate(2029, 3, 31));
        row("the span is not counted from now", "2028年度までの3年間で計900億円を投じる。", kMay, "3年間で",
            "none", QDate());
        // A date that an ordinance or framework still to come sets
        row("a date an ordinance sets", "政府は施行日を来年1月1日とする政令を決めた。", kMay, "来年1月1日",
            "deadline", QDate(2027, 1, 1));
        // Days of a month from one to another; a day alone after a day of a month
        row("days of a month", "理事会は6月24〜25日に開く。", kMay, "6月24〜25日", "deadline",
            QDate(2026, 6, 25));
        row("a day after a day of a month", "市議選は6月7日告示、14日投開票で行われる。", kMay, "14日",
            "deadline", QDate(2026, 6, 14));
        // The time of a noun's own verb
        row("a past event a noun names", "市は、3月2日の火災で焼けた店舗の再建に5億円を出すと発表した。",
            kMay, "3月2日", "date", QDate(2026, 3, 2));
        row("a noun's time past a comma", "同校は来年4月の入学者から、寮費を無料にすると発表した。", kMay,
            "来年4月", "deadline", QDate(2027, 4, 30));
        row("a promise quoted", "新市長は来年度から保育料を無償にすると公約しており、財源が課題だ。", kMay,
            "来年度", "deadline", QDate(2028, 3, 31));
        row("a limit reached today in the past", "20日までに、5陣営が届け出を済ませた。", kMay, "20日までに",
            "date", QDate(2026, 5, 20));
        row("a season of a year", "同線は今年の秋までに全線で再開する。", kMay, "今年の秋までに", "deadline",
            QDate(2026, 11, 30));
        // A figure per day, an aim, a half alone, trade seasons, a year in a name, the year a
        // statement is framed in, a relative clause before a figure, a day after a relative day
        row("per day", "新線の利用者は1日約3万人だ。", kMay, "1日", "none", QDate());
        row("a day's count after a range's start", "国際線は来年3月30日から1日6便に増便される。", kMay,
            "来年3月30日", "deadline", QDate(2027, 3, 30));
        // a date that names its year and lies ahead, in a past clause: a goal set or an event's time
        row("a goal's year in a past clause", "同計画は2035年度に60%の削減を掲げた。", kMay, "2035年度",
            "deadline", QDate(2036, 3, 31));
        row("an event's day before の in a past clause", "来年1月17日の試験に約50万人が出願した。", kMay,
            "来年1月17日", "deadline", QDate(2027, 1, 17));
        row("a year a noun names in a past clause", "同社は2030年度採用の選考を始めた。", kMay, "2030年度",
            "date", QDate(2031, 3, 31));
        row("a change from a month, in a past clause", "同社は来年1月からの値上げを発表した。", kMay,
            "来年1月", "deadline", QDate(2027, 1, 31));
        row("a span from a month", "来年1月からの3カ月間、料金を据え置く。", kMay, "来年1月からの3カ月間",
            "deadline", QDate(2027, 3, 31));
        // a date as a predicate after a label's colon, or with a plan in brackets
        row("a predicate before で and a comma", "受付期間は8月31日までで、市は窓口の職員を増やした。", kMay,
            "8月31日まで", "deadline", QDate(2026, 8, 31));
        row("a plan in brackets", "効力発生日は2026年7月1日（予定）。", kMay, "2026年7月1日", "deadline",
            QDate(2026, 7, 1));
        row("after a label's colon", "効力発生日：2026年7月1日", kMay, "2026年7月1日", "deadline",
            QDate(2026, 7, 1));
        // 翌日, 翌月, 前日: counted from the date before them in their sentence; with none, no date
        row("the next day after a day", "首相は22日に訪米し、翌日に首脳会談に臨む。", kMay, "翌日",
            "deadline", QDate(2026, 5, 23));
        row("the next month after a day", "同社は20日、翌月から料金を改定すると発表した。", kMay, "翌月",
            "deadline", QDate(2026, 6, 30));
        row("the day before a day", "投票は31日で、前日に最後の討論会がある。", kMay, "前日", "deadline",
            QDate(2026, 5, 30));
        row("a part of the next month", "申し込みは6月1日から受け付け、翌月上旬に引換券を送る。", kMay,
            "翌月上旬", "deadline", QDate(2026, 7, 10));
        row("the end of the month after a range",
            "応募は6月1日から7月10日まで受け付け、翌月末までに結果を知らせる。", kMay, "翌月末までに",
            "deadline", QDate(2026, 8, 31));
        row("a span from a named year in a past clause",
            "市は2028年度から3年間で新校舎を整備する計画をまとめた。", kMay, "2028年度から3年間で",
            "deadline", QDate(2031, 3, 31));
        row("the day before a noun's day", "チームは22日に現地入りし、大会前日に調整する。", kMay, "前日",
            "none", QDate());
        row("the next day, no date before", "翌日には雨が降る。", kMay, "翌日", "none", QDate());
        row("next-day delivery", "同社は22日から翌日配送を始める。", kMay, "翌日", "none", QDate());
        row("the very beginning of a year", "来年早々に新工場を稼働させる。", kMay, "来年早々", "deadline",
            QDate(2027, 4, 30));
        row("the last day of a month", "申請は来年3月末日まで受け付ける。", kMay, "来年3月末日まで",
            "deadline", QDate(2027, 3, 31));
        row("the first of the month", "新駅は1日に開業した。", kMay, "1日", "date", QDate(2026, 5, 1));
        row("the first of next month", "新駅は1日に開業する。", kMay, "1日", "deadline", QDate(2026, 6, 1));
        row("the time of an aim", "2040年の完全電化実現に向け、市は投資を増やす。", kMay, "2040年",
            "deadline", QDate(2040, 12, 31));
        row("a half alone in a plan", "下期に新型機を投入する計画だ。", kMay, "下期", "deadline",
            QDate(2027, 3, 31));
        row("a trade season", "年末商戦に向けて店員を増やす。", kMay, "年末", "none", QDate());
        row("a year in a name", "2032年ブリスベン五輪の会場を整備する。", kMay, "2032年", "none", QDate());
        row("a year and a company", "2025年トヨタと日産の販売台数を比べる。", kMay, "2025年", "date",
            QDate(2025, 12, 31));
        row("the year of a statement", "協会は今年、会員を2万人に増やす。", kMay, "今年", "date",
            QDate(2026, 12, 31));
        row("a relative clause before a figure", "4月に出荷した3万台は回収する。", kMay, "4月", "date",
            QDate(2026, 4, 30));
        row("a day after a relative day", "市長選は来月7日告示、14日投開票で行われる。", kMay, "14日",
            "deadline", QDate(2026, 6, 14));
        row("per day on average", "同線の利用者は1日平均4万人だ。", kMay, "1日", "none", QDate());
        // A span a past statement set counts from the year the sentence names
        row("a span stated years ago", "同社は2021年に「3年以内に新工場を稼働させる」と表明していた。", kMay,
            "3年以内に", "date", QDate(2024, 5, 20));
        row("a span stated last year", "県は昨年、3年以内に新庁舎を完成させると発表した。", kMay, "3年以内に",
            "deadline", QDate(2028, 5, 20));
        row("a span stated now", "県は20日、3年以内に新庁舎を完成させると発表した。", kMay, "3年以内に",
            "deadline", QDate(2029, 5, 20));
        // From the sixth review: spans after a start or a range, plans framed by 今年, names of events
        row("a span from a fiscal year", "2026年度からの3年間で900億円を投じる。", kMay,
            "2026年度からの3年間で", "deadline", QDate(2029, 3, 31));
        row("a span that is a range of years", "2027〜2029年の3年間で5000億円を投じる。", kMay,
            "2027〜2029年の3年間で", "deadline", QDate(2029, 12, 31));
        row("this year's plan", "今年、同組合は新たに300人を採用する計画だ。", kMay, "今年", "deadline",
            QDate(2026, 12, 31));
        row("an event's name in kanji", "2027年横浜国際園芸博覧会の準備が進む。", kMay, "2027年", "none",
            QDate());
        row("a model year", "トヨタは2025年型カムリを米国で発売した。", kMay, "2025年", "none", QDate());
        row("an issue named by a year", "2024年問題で物流が停滞している。", kMay, "2024年", "none", QDate());
        row("a plan named by a year", "同社は2030年ビジョンを発表した。", kMay, "2030年", "none", QDate());
        row("a winter games", "2030年冬季五輪の招致を断念した。", kMay, "2030年冬", "none", QDate());
        row("a fair to hold", "2027年に開く博覧会の準備を進める。", kMay, "2027年", "deadline",
            QDate(2027, 12, 31));
        // A quarter's results give no fiscal year; a span from a start long gone is no limit
        row("a quarter's results", "同社が発表した4〜6月期決算は増益だった。来期中に新工場を稼働させる。",
            kMay, "来期中", "deadline", QDate(2028, 3, 31));
        // Periods without a number: the start of next week, the fiscal year's end, a bare season
        // before a limit, a quarter of next year
        row("the start of next week", "規制委は週明けにも審査書案を了承する見通しだ。", kMay, "週明け",
            "deadline", QDate(2026, 5, 25));
        row("the fiscal year's end alone", "同社は年度末までに500人を削減する。", kMay, "年度末までに",
            "deadline", QDate(2027, 3, 31));
        row("a bare season as a limit", "政府は夏までに財源案をまとめる。", kMay, "夏までに", "deadline",
            QDate(2026, 8, 31));
        row("a quarter of next year", "来年1～3月期に承認を申請する。", kMay, "来年1～3月期", "deadline",
            QDate(2027, 3, 31));
        row("a day as the predicate", "投開票は27日で、有権者は約8万人だ。", kMay, "27日", "deadline",
            QDate(2026, 5, 27));
        row("a quarter without its year", "第3四半期に新製品を投入する。", kMay, "第3四半期", "deadline",
            QDate(2026, 12, 31));
        row("a quarter without its year gone by", "同社は第4四半期に最高益を計上した。", kMay, "第4四半期",
            "date", QDate(2026, 3, 31));
        row("two days listed", "共通テストは1月17、18日に実施される。", kMay, "1月17、18日", "deadline",
            QDate(2027, 1, 18));
        row("a duration before a comma", "工事は3日で、終わる見込みだ。", kMay, "3日で", "deadline",
            QDate(2026, 5, 23));
        row("the start of the week gone by", "日経平均株価は週明けに急落した。", kMay, "週明け", "date",
            QDate(2026, 5, 18));
        row("the start of next week", "来週明けにも発表する。", kMay, "来週明け", "deadline",
            QDate(2026, 5, 25));
        row("the fiscal year's end gone by", "年度末の人事異動で部長に就いた。", kMay, "年度末", "date",
            QDate(2026, 3, 31));
        row("a season also", "北海道は冬にも観光客が多い。", kMay, "冬", "none", QDate());
        // A weekday alone in a past clause is the one before publication (kMay is a Wednesday)
        row("a weekday set off by a comma", "委員会は火曜日、報告書を公表した。", kMay, "火曜日", "date",
            QDate(2026, 5, 19));
        row("Monday gone by", "首相は月曜日に閣僚と会談した。", kMay, "月曜日", "date", QDate(2026, 5, 18));
        row("a short weekday gone by", "同社は金曜に工場を閉鎖した。", kMay, "金曜", "date",
            QDate(2026, 5, 15));
        row("a weekday ahead", "首相は金曜日に訪米する。", kMay, "金曜日", "deadline", QDate(2026, 5, 22));
        // A plan given up or no longer held is no limit; a plan told to someone still is one
        row("a plan that was", "3月末までに出荷する予定だった装置は、納入が12月にずれ込む。", kMay,
            "3月末までに", "date", QDate(2026, 3, 31));
        row("a plan called off in the passive", "2027年までに工場を建設する計画は先週撤回された。",
            QDate(2026, 9, 9), "2027年までに", "date", QDate(2027, 12, 31));
        row("a noun's clause called off", "同社は4月30日までに中止された公演のチケット代を払い戻す。",
            QDate(2026, 3, 1), "4月30日までに", "deadline", QDate(2026, 4, 30));
        row("an aim denied", "同社は2026年の開業を目指していない。", kMay, "2026年", "date",
            QDate(2026, 12, 31));
        row("an aim held", "同社は2026年の開業を目指している。", kMay, "2026年", "deadline",
            QDate(2026, 12, 31));
        row("a plan withdrawn", "2027年までに工場を新設する計画を撤回したと発表した。", kMay, "2027年までに",
            "date", QDate(2027, 12, 31));
        row("a plan told to a ministry", "同社は7月1日から値上げすると財務省に申請した。", kMay, "7月1日",
            "deadline", QDate(2026, 7, 1));
        row("a plan applied for", "同社は7月1日から値上げすると申請した。", kMay, "7月1日", "deadline",
            QDate(2026, 7, 1));
        row("a span from a start gone by", "2020年度からの3年間で900億円を投じる計画だった。", kMay,
            "2020年度からの3年間で", "date", QDate(2023, 3, 31));
        // The base of a comparison, a length of time, a span from an event, and a day ahead of one
        row("the base of a comparison", "新規の国債発行は今年度より2000億円少ない。", kMay, "今年度", "none",
            QDate());
        row("a limit before a comparison", "同社は2030年より前に上場する。", kMay, "2030年", "deadline",
            QDate(2030, 12, 31));
        row("a length of time", "資金の期間は最長2年で、初回は6月に実施する。", kMay, "2年で", "none",
            QDate());
        row("a span from an event", "発売から10年後の年間売上高は800億円を見込む。", kMay, "10年後", "none",
            QDate());
        row("a span from now", "今から3年後に新工場が稼働する。", kMay, "3年後", "deadline",
            QDate(2029, 5, 20));
        row("a span from a date", "2027年度から3年間で900億円を投じる。", kMay, "2027年度から3年間で",
            "deadline", QDate(2030, 3, 31));
        row("ahead of an event that day", "7月20日の解禁を前に、漁協は100隻に補助を出す。", kMay, "7月20日",
            "deadline", QDate(2026, 7, 20));
        row("より of a start", "改正法は4月1日より施行する。", kMay, "4月1日", "deadline", QDate(2027, 4, 1));
        row("より of a start next year", "来年度より新制度を導入する。", kMay, "来年度", "deadline",
            QDate(2028, 3, 31));
        row("より before a word of comparison", "来年度の販売は今年度より多い見込みだ。", kMay, "今年度",
            "none", QDate());
        row("a span after an event", "事故から3年後、運転が再開された。", kMay, "3年後", "none", QDate());
        row("a limit after an event", "政府は法施行後3年以内に制度を見直す。", kMay, "3年以内に", "none",
            QDate());
        row("a limit moved to a day", "期限を5月31日から7月31日に延長した。", kMay, "7月31日", "deadline",
            QDate(2026, 7, 31));
        row("a limit moved is no range", "期限を5月31日から7月31日に延長した。", kMay, "5月31日から7月31日",
            "none", QDate());
        row("a plan put off to a month's end", "当初予定の3月末から6月末に延期した。", kMay, "6月末",
            "deadline", QDate(2026, 6, 30));
        row("a limit gone by", "回答期限の5月1日を過ぎた。", kMay, "5月1日", "date", QDate(2026, 5, 1));
        row("a start before a span", "新制度は7月1日より3年間実施する。", kMay, "7月1日", "deadline",
            QDate(2026, 7, 1));
        row("a change is no limit moved", "制度は4月に変更された。", kMay, "4月", "date", QDate(2026, 4, 30));
        // a year moved to, past a word of approximation; the year it moved from is a date
        row("a year slipped to, approximately", "完成は当初の2028年から2030年ごろにずれ込む。", kMay,
            "2030年", "deadline", QDate(2030, 12, 31));
        row("the year slipped from", "完成は当初の2028年から2030年ごろにずれ込む。", kMay, "2028年", "date",
            QDate(2028, 12, 31));
        // the day moved from, without its year, is the one nearest the new day
        row("a vote put off before its day", "投票は10月21日から11月4日に延期された。", QDate(2024, 10, 15),
            "10月21日", "date", QDate(2024, 10, 21));
        row("a limit extended before it came", "締め切りを8月15日から9月15日に延長した。", QDate(2025, 7, 15),
            "8月15日", "date", QDate(2025, 8, 15));
        row("a ceremony put off into the new year", "式典は12月から1月に延期された。", QDate(2025, 11, 15),
            "12月", "date", QDate(2025, 12, 31));
        row("the limit moved from", "期限を5月31日から7月31日に延長した。", QDate(2026, 6, 10), "5月31日",
            "date", QDate(2026, 5, 31));
        row("if a limit passes", "期限の12月1日を過ぎると延滞金が発生する。", kMay, "12月1日", "deadline",
            QDate(2026, 12, 1));
        row("wage talks are no spring", "今年の春闘で労組は1万円の賃上げを求める。", kMay, "今年の春", "none",
            QDate());
    }
    void dates() { Test::verifyDateRow(); }

    // A range written with から is one amount, unless a verb of change follows.
    void rangesWithFrom()
    {
        const QDate published(2026, 5, 20);
        const QVector<Suggestion> range =
            Recognizer::recognize(QStringLiteral("避難者は4千人から6千人に上る見込みだ。"), published);
        const Suggestion *both = Test::findByText(range, QStringLiteral("4千人から6千人"));
        QVERIFY2(both, qPrintable(Test::describe(range)));
        QCOMPARE(both->amount, QStringLiteral("4000"));
        QCOMPARE(both->amountMax, QStringLiteral("6000"));
        // (the lower end with its own 千 is not multiplied past the upper: 5千〜3万円)
        const QVector<Suggestion> seats =
            Recognizer::recognize(QStringLiteral("観覧席は1枚5千〜3万円で販売した。"), published);
        const Suggestion *seat = Test::findByText(seats, QStringLiteral("5千〜3万円"));
        QVERIFY2(seat && seat->amount == QStringLiteral("5000") && seat->amountMax == QStringLiteral("30000"),
                 qPrintable(Test::describe(seats)));
        // (nor one that names its own currency or unit: 5000円〜1万円, 800人〜1万人; nor a bare
        // one the multiplier would put past the upper: 5000〜1万円)
        for (const auto &[text, span, low, high] :
             {std::tuple{"参加費は5000円〜1万円。", "5000円〜1万円", "5000", "10000"},
              std::tuple{"参加者は800人〜1万人の見込み。", "800人〜1万人", "800", "10000"},
              std::tuple{"費用は5000〜1万円。", "5000〜1万円", "5000", "10000"}}) {
            const QVector<Suggestion> found = Recognizer::recognize(QString::fromUtf8(text), published);
            const Suggestion *both = Test::findByText(found, QString::fromUtf8(span));
            QVERIFY2(both && both->amount == QLatin1String(low) && both->amountMax == QLatin1String(high),
                     qPrintable(Test::describe(found)));
        }
        const QVector<Suggestion> money =
            Recognizer::recognize(QStringLiteral("損失は300億円から500億円の見通し。"), published);
        const Suggestion *yen = Test::findByText(money, QStringLiteral("300億円から500億円"));
        QVERIFY2(yen && yen->amountMax == QStringLiteral("50000000000"), qPrintable(Test::describe(money)));
        for (const QString &change :
             {QStringLiteral("病床を580床から400床に集約する。"),
              QStringLiteral("運賃を230円から260円に引き上げる。"),
              QStringLiteral("料金は月3960円から4670円になる。"),
              QStringLiteral("時給は1055円から1121円へ上がる。"),
              // (the first of two changes listed, 、 after に)
              QStringLiteral("入館料を600円から700円に、駐車料を300円から400円に上げる。"),
              QStringLiteral("中学校は5200円から5700円となる。"),
              // (a change told as a noun after の)
              QStringLiteral("現在の42万円から8万円の増額となる。")}) {
            const QVector<Suggestion> found = Recognizer::recognize(change, published);
            int amounts = 0;
            for (const Suggestion &s : found)
                amounts += s.kind == Suggestion::Kind::Amount && s.amountMax.isEmpty() ? 1 : 0;
            const int expected = change.count(QStringLiteral("から")) * 2;
            QVERIFY2(amounts == expected, qPrintable(change + QLatin1String(": ") + Test::describe(found)));
        }
    }

    // A general counter's unit is the noun it counts, when known; else the counter's own.
    void countedNouns()
    {
        const QVector<Suggestion> found =
            Recognizer::recognize(QStringLiteral("市は除雪車を計14台、防犯カメラ約300台を買う。苦情は52件で、"
                                                 "約80件の申請があった。同社は3台を売った。"),
                                  QDate(2026, 5, 20));
        const QList<QPair<QString, QString>> expected = {
            {QStringLiteral("14台"), QStringLiteral("snowplow")},
            {QStringLiteral("300台"), QStringLiteral("camera")},
            {QStringLiteral("52件"), QStringLiteral("complaint")},
            {QStringLiteral("80件"), QStringLiteral("application")},
            {QStringLiteral("3台"), QStringLiteral("unit")}};
        for (const auto &[span, unit] : expected) {
            const Suggestion *s = Test::findByText(found, span);
            QVERIFY2(s, qPrintable(span + QLatin1String(": ") + Test::describe(found)));
            QCOMPARE(s->unit, unit);
        }
    }

    // Energy stored, in kilowatt-hours and megawatt-hours, is no power.
    void energyUnits()
    {
        const QVector<Suggestion> found = Recognizer::recognize(
            QStringLiteral("蓄電池は出力2万キロワット、容量8万キロワット時と12メガワット時の2基だ。"),
            QDate(2026, 5, 20));
        const Suggestion *kwh = Test::findByText(found, QStringLiteral("8万キロワット時"));
        const Suggestion *mwh = Test::findByText(found, QStringLiteral("12メガワット時"));
        QVERIFY2(kwh && mwh, qPrintable(Test::describe(found)));
        QCOMPARE(kwh->unit, QStringLiteral("kilowatt-hour"));
        QCOMPARE(kwh->amount, QStringLiteral("80000"));
        QCOMPARE(mwh->unit, QStringLiteral("megawatt-hour"));
    }
};

QTEST_GUILESS_MAIN(TestJapaneseLabels)
#include "tst_japaneselabels.moc"
