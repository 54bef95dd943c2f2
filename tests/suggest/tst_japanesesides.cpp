// Japanese dates that leave out their month or year, put on the side of publication the
// verb of their clause gives (japanesesides.cpp, japaneseclauses.cpp): a day alone in a
// plan, a half or a month's statistic in a report, a limit just gone by that was met or a
// task still set; spans of a year and a half and parts of a year. Every sentence was written for this test;
// none is copied from an evaluation set.
#include "daterows.h"

#include <QElapsedTimer>
#include <QTest>

using namespace Gleaner;

class TestJapaneseSides : public QObject
{
    Q_OBJECT

private slots:
    void dates_data()
    {
        Test::addDateColumns();
        const auto row = Test::dateRow;
        const QDate kLateNovember(2026, 11, 27);
        const QDate kMidApril(2026, 4, 14);
        // A day alone: the next month's in a plan, this month's in a report
        // a day told twice (あす21日) is one date; a span counted from next week or month starts
        // on its first day
        row("tomorrow and its day", "あす21日にかけて大雨のおそれがある。", QDate(2024, 6, 20), "あす21日",
            "deadline", QDate(2024, 6, 21));
        row("tomorrow and another day", "あす25日に発表する。", QDate(2024, 6, 20), "あす", "deadline",
            QDate(2024, 6, 21));
        row("days counted after the dates", "イベントは3月9日（土）・10日（日）の2日間開催する。",
            QDate(2024, 3, 1), "3月9日（土）・10日", "deadline", QDate(2024, 3, 10));
        row("days counted in a past clause", "イベントは3月9日・10日の2日間開催された。", QDate(2024, 3, 20),
            "3月9日・10日", "date", QDate(2024, 3, 10));
        row("weeks from next week", "経済産業省は来週から2週間、意見公募を実施する。", QDate(2025, 9, 2),
            "来週から2週間", "deadline", QDate(2025, 9, 21));
        row("months from next month", "同社は来月から3カ月間、値下げする。", QDate(2025, 9, 2),
            "来月から3カ月間", "deadline", QDate(2025, 12, 31));
        row("a year after a count and から", "店舗は35店から2027年までに100店に増やす。", QDate(2024, 6, 27),
            "2027年までに", "deadline", QDate(2027, 12, 31));
        row("years counted from an event", "同寺は創建から1300年を迎え、本堂を修理する。", QDate(2024, 6, 27),
            "1300年", "none", QDate());
        row("half a year from a month", "新制度は10月から半年間試行する。", QDate(2025, 9, 2),
            "10月から半年間", "deadline", QDate(2026, 3, 31));
        row("a day ahead in a plan", "海鳴電機は3日に臨時株主総会を開く。", kLateNovember, "3日", "deadline",
            QDate(2026, 12, 3));
        row("a day gone by in a report", "海鳴電機は3日に臨時株主総会を開いた。", kLateNovember, "3日",
            "date", QDate(2026, 11, 3));
        row("a day gone by in a month that has it", "政府は30日、対策をまとめた。", QDate(2025, 3, 4), "30日",
            "date", QDate(2025, 1, 30));
        // Clauses chained with 、 tell events in order
        row("a month before the next clause's", "同社は12月に新製品を発表し、4月に発売する。",
            QDate(2025, 3, 4), "12月", "date", QDate(2024, 12, 31));
        row("a plan decided is no event in order", "同社は6月に再開させることになり、4月15日まで寄付を募る。",
            QDate(2025, 3, 6), "6月", "deadline", QDate(2025, 6, 30));
        row("an opening before the close", "万博は4月13日に開幕し、10月13日まで開かれる。",
            QDate(2025, 7, 18), "4月13日", "date", QDate(2025, 4, 13));
        row("a noun's clause is no chain", "3月に完成予定の新工場で、10月に式典を開く。", QDate(2025, 4, 10),
            "3月", "deadline", QDate(2026, 3, 31));
        row("the day a task was set", "首相は9日、関係閣僚に対策をまとめるよう指示した。", QDate(2025, 7, 18),
            "9日", "date", QDate(2025, 7, 9));
        row("a task's own day", "政府は5日までに回答するよう求めた。", QDate(2025, 7, 18), "5日までに",
            "deadline", QDate(2025, 8, 5));
        row("an effective day of a change made", "4月1日付で社長に就任した。", QDate(2024, 11, 29), "4月1日",
            "date", QDate(2024, 4, 1));
        row("this winter gone by in a past sentence", "今冬は暖冬となり、灯油の販売が落ち込んだ。",
            QDate(2026, 5, 22), "今冬", "date", QDate(2026, 2, 28));
        row("this winter ahead in a forecast", "今冬の電力需給は厳しい見通しだ。", QDate(2026, 5, 22), "今冬",
            "deadline", QDate(2027, 2, 28));
        row("this summer of a plan told", "県は今夏から入山料を徴収すると発表した。", QDate(2025, 4, 21),
            "今夏", "deadline", QDate(2025, 8, 31));
        row("a span of a plan's compound noun", "同社は3年間で500億円の投資を行う中期経営計画を発表した。",
            QDate(2026, 4, 10), "3年間で", "deadline", QDate(2029, 4, 10));
        row("a fiscal year that labels a plan", "同社は2027年3月期を最終年度とする中期経営計画を発表した。",
            QDate(2024, 5, 14), "2027年3月期", "date", QDate(2027, 3, 31));
        row("a fiscal term of the next clause is no time", "同社は6月に株主総会を開き、3月期決算を承認する。",
            QDate(2025, 1, 20), "6月", "deadline", QDate(2025, 6, 30));
        row("the day an event was set to", "開催日は12月5日に決まった。", QDate(2023, 11, 14), "12月5日",
            "deadline", QDate(2023, 12, 5));
        row("the day a topic was set to, with its year", "新紙幣の発行日が来年7月3日に決まった。",
            QDate(2023, 11, 14), "来年7月3日", "deadline", QDate(2024, 7, 3));
        row("an effective day of a reshuffle announced", "同社は8月1日付の人事を発表した。",
            QDate(2026, 7, 25), "8月1日", "deadline", QDate(2026, 8, 1));
        row("a reshuffle that took effect", "同社は4月1日付の人事を発表した。", QDate(2026, 7, 25), "4月1日",
            "date", QDate(2026, 4, 1));
        row("an effective day of a change decided", "同社は8月1日付で社長に就任する人事を固めた。",
            QDate(2025, 5, 20), "8月1日", "deadline", QDate(2025, 8, 1));
        row("a day the month of publication lacks", "政府は30日、新たな経済対策をまとめた。",
            QDate(2025, 2, 3), "30日", "date", QDate(2025, 1, 30));
        row("a day ahead the month of publication lacks", "同社は30日に臨時株主総会を開く。",
            QDate(2025, 2, 3), "30日", "deadline", QDate(2025, 3, 30));
        row("a span from today in kana", "きょうから3日間、運休する。", QDate(2025, 6, 10), "きょうから3日間",
            "deadline", QDate(2025, 6, 12));
        // and their neighbours that the rules above must leave alone
        row("a clause that looks ahead to its date", "12月の総選挙に向けて、4月に公約を発表する。",
            QDate(2026, 3, 10), "12月", "deadline", QDate(2026, 12, 31));
        row("a season ahead a past sentence reports on", "今夏の甲子園大会の日程が決まった。",
            QDate(2026, 4, 10), "今夏", "date", QDate(2026, 8, 31));
        row("a change made, then a word said", "4月1日付で社長に就任し、記者会見で抱負を語った。",
            QDate(2024, 11, 29), "4月1日", "date", QDate(2024, 4, 1));
        row("a day after a count from today", "今日から2週間後に発売する。", QDate(2026, 4, 2),
            "今日から2週間後", "deadline", QDate(2026, 4, 16));
        row("an average of days is no day", "現在は火葬まで平均6日待つという。", QDate(2024, 8, 26), "6日",
            "none", QDate());
        row("yesterday's meeting stays", "県は26日の県議会で、ため池の改修を急ぐ方針を示した。",
            kLateNovember, "26日", "date", QDate(2026, 11, 26));
        row("a day after a day of a month", "首相は12月1日から欧州を訪れ、6日に帰国する。", kLateNovember,
            "6日", "deadline", QDate(2026, 12, 6));
        // A month's figure told as the topic of a past sentence: that month gone by
        row("a month's statistic", "3月の新車販売台数は約40万台だった。", kMidApril, "3月", "date",
            QDate(2026, 3, 31));
        row("a month's figure as subject", "同社は10月の国内販売が前年を下回ったと発表した。", kLateNovember,
            "10月", "date", QDate(2026, 10, 31));
        row("a month's event ahead", "6月の株主総会は大阪で開く。", kMidApril, "6月", "deadline",
            QDate(2026, 6, 30));
        row("a tax reform's year is a name", "令和9年度の税制改正大綱では、控除の上限を引き上げる。",
            kMidApril, "令和9年度", "date", QDate(2028, 3, 31));
        // A plan's time in a past report: an aim that qualifies a noun, a figure set as the aim,
        // a plan quoted before any verb of saying
        row("an aim qualifying a plan", "同社は2028年3月期に売上高1兆円を目指す中期経営計画を発表した。",
            kMidApril, "2028年3月期", "deadline", QDate(2028, 3, 31));
        row("a figure set as the aim", "同社は2027年度に営業利益500億円を目標に掲げた。", kMidApril,
            "2027年度", "deadline", QDate(2028, 3, 31));
        row("a plan quoted before a verb of saying", "組合は6月にストライキを実施すると通達した。", kMidApril,
            "6月", "deadline", QDate(2026, 6, 30));
        row("a span gone by in a report", "財務省は4月6日〜4月9日に為替介入を実施したと発表した。", kMidApril,
            "4月6日〜4月9日", "date", QDate(2026, 4, 9));
        row("a plan quoted before a noun of plan", "同社は、全面復旧は9月末になるとの見通しを示した。",
            kMidApril, "9月末", "deadline", QDate(2026, 9, 30));
        row("a year that names a budget", "県は2027年度予算案に関連経費を盛り込む。", kMidApril, "2027年度",
            "date", QDate(2028, 3, 31));
        // The day a change takes effect: ahead whatever the verb's time, unless just gone by
        row("an effective day announced", "同社は6月1日付で社長交代を発表した。", kMidApril, "6月1日",
            "deadline", QDate(2026, 6, 1));
        row("an effective day gone by", "同氏は4月1日付で社長に就任した。", kMidApril, "4月1日", "date",
            QDate(2026, 4, 1));
        row("a listing given up", "同社は年内の上場を断念した。", kMidApril, "年内", "date",
            QDate(2026, 12, 31));
        row("an aim dropped", "政府は2030年までに100万人の育成を目指していたが、目標を取り下げた。",
            kMidApril, "2030年までに", "date", QDate(2030, 12, 31));
        row("a term just ended, reported", "同社は7〜9月期決算を来週発表する。", kLateNovember, "7〜9月期",
            "date", QDate(2026, 9, 30));
        row("this winter in January", "今冬の電力需給は厳しい見通しだ。", QDate(2026, 1, 20), "今冬",
            "deadline", QDate(2026, 2, 28));
        row("last winter in January", "昨冬は暖冬だった。", QDate(2026, 1, 20), "昨冬", "date",
            QDate(2025, 2, 28));
        row("this month in a report", "株価は4月に急落した。", kMidApril, "4月", "date", QDate(2026, 4, 30));
        row("a date as the predicate", "同社は値上げを発表した。実施は6月1日から。", kMidApril, "6月1日",
            "deadline", QDate(2026, 6, 1));
        // Rows from the code review of the eleventh round
        row("a paper's edition day", "日経新聞は20日付の朝刊で報じた。", kMidApril, "20日", "date",
            QDate(2026, 3, 20));
        row("an adverb is no verb", "事故は3月に多く発生した。", kMidApril, "3月", "date",
            QDate(2026, 3, 31));
        row("a span under way stays", "同社は4月1日〜5月31日に期間限定で販売した。", kMidApril,
            "4月1日〜5月31日", "deadline", QDate(2026, 5, 31));
        row("an aim for a term ended", "同社は1〜3月期に黒字化を目指す。", QDate(2026, 7, 20), "1〜3月期",
            "deadline", QDate(2027, 3, 31));
        row("a holiday in a past report", "お盆に帰省した人は前年より増えた。", QDate(2026, 8, 20), "お盆",
            "date", QDate(2026, 8, 15));
        row("the turn of the year in spring", "株価は年明けから下落が続いた。", kMidApril, "年明け", "date",
            QDate(2026, 1, 31));
        row("another clause gives up", "同社は年内に新工場を稼働させる一方で旧工場の新設を断念した。",
            kMidApril, "年内", "deadline", QDate(2026, 12, 31));
        row("a holiday a noun's, ahead", "政府はゴールデンウィークの混雑に備えた対策をまとめた。", kMidApril,
            "ゴールデンウィーク", "date", QDate(2026, 5, 5));
        row("the turn of the year in January", "株価は年明けから上昇した。", QDate(2026, 1, 20), "年明け",
            "date", QDate(2026, 1, 31));
        row("making a term profitable", "同社は1〜3月期の黒字化を目指す。", QDate(2026, 7, 20), "1〜3月期",
            "deadline", QDate(2027, 3, 31));
        // A clause made a noun by こと: the plan's time, not the decision's
        row("a plan decided", "同社は3月末で店舗を閉鎖することを決めた。", kLateNovember, "3月末", "deadline",
            QDate(2027, 3, 31));
        row("a closing told as done", "同社は10月に店舗を閉鎖したことを明らかにした。", kLateNovember, "10月",
            "date", QDate(2026, 10, 31));
        row("a decision past a comma", "日銀は23日まで開いた会合で、金利を引き上げることを決めた。",
            QDate(2026, 1, 23), "23日まで", "date", QDate(2026, 1, 23));
        row("since a month", "介入は3月以来で、市場は落ち着いた。", kMidApril, "3月", "date",
            QDate(2026, 3, 31));
        row("a past told as supposed", "政府は11日に介入を実施したとみられる。", kMidApril, "11日", "date",
            QDate(2026, 4, 11));
        row("a plan told as supposed", "同社は来年4月に参入するとみられる。", kMidApril, "来年4月",
            "deadline", QDate(2027, 4, 30));
        // A half alone: the one gone by in a report, the coming one in a plan
        row("a half gone by", "同社は上期に過去最高の営業利益を計上した。", kMidApril, "上期", "date",
            QDate(2025, 9, 30));
        row("the second half gone by", "同社は下期に値上げを実施した。", QDate(2026, 6, 20), "下期", "date",
            QDate(2026, 3, 31));
        row("a half in its last months", "同社は上半期に過去最高の売上高を記録した。", QDate(2026, 9, 2),
            "上半期", "date", QDate(2026, 6, 30));
        // A figure of months without their year: the months nearest publication
        row("a quarter's output", "7～9月期の実質GDPは前期比0.4%減だった。", kLateNovember, "7～9月期",
            "date", QDate(2026, 9, 30));
        row("months to date", "1～8月の累計は2400万人を超え、政府は目標の達成を目指す。", QDate(2026, 9, 18),
            "1～8月", "date", QDate(2026, 8, 31));
        row("a month's rate at the end of its phrase", "10月の新制度の利用率は12%にとどまる。",
            QDate(2026, 12, 2), "10月", "date", QDate(2026, 10, 31));
        row("months of a toll", "4〜9月のクマによる人身被害は108人だった。", QDate(2026, 10, 20), "4〜9月",
            "date", QDate(2026, 9, 30));
        row("a quarter's forecast ahead", "10～12月期の売上高は前年を上回る見込みだ。", QDate(2026, 9, 18),
            "10～12月期", "deadline", QDate(2026, 12, 31));
        row("a half ahead", "同社は上期に新工場を稼働させる。", kMidApril, "上期", "deadline",
            QDate(2026, 9, 30));
        // A limit of a month just gone by: met in a report, still a task when one was set
        row("a limit met", "同社は3月末までに希望退職者を300人募集した。", kMidApril, "3月末までに", "date",
            QDate(2026, 3, 31));
        row("a limit set", "県は同社に9月末までに報告するよう求めた。", kMidApril, "9月末までに", "deadline",
            QDate(2026, 9, 30));
        row("a span ordered", "同社は3カ月以内に改善計画を出すよう命じられた。", kMidApril, "3カ月以内に",
            "deadline", QDate(2026, 7, 14));
        row("a span of a past act is not a month", "同社は3カ月以内に改善計画を出した。", kMidApril,
            "3カ月以内に", "date", QDate(2026, 7, 14));
        row("a day's limit ahead", "同社は3日までに回答する方針だ。", kLateNovember, "3日までに", "deadline",
            QDate(2026, 12, 3));
        row("a day's limit set", "県は同社に10日までに報告するよう求めた。", kLateNovember, "10日までに",
            "deadline", QDate(2026, 12, 10));
        row("a month's figure, an adjunct", "3月の新車販売では、電気自動車が半数を占めた。", kMidApril, "3月",
            "date", QDate(2026, 3, 31));
        row("a month's event drawing near", "6月の知事選が近づき、各陣営の動きが活発になった。", kMidApril,
            "6月", "date", QDate(2026, 6, 30));
        row("half a year", "同社は半年以内に新工場の建設に着手する。", kMidApril, "半年以内に", "deadline",
            QDate(2026, 10, 14));
        row("a ticket of a day", "1日券の価格を来月から引き上げる。", kMidApril, "1日", "none", QDate());
        row("a name of a letter and a number", "F1日本グランプリは4月に鈴鹿で開かれる。", kMidApril, "1日",
            "none", QDate());
        row("half a year since, no span", "同社は半年ぶりに値上げした。", kMidApril, "半年", "none", QDate());
        row("a far year of two digits before までに", "政府は50年までに排出を実質ゼロにする。", kMidApril,
            "50年までに", "deadline", QDate(2050, 12, 31));
        row("a past limit of two digits", "同社は23年3月までに全店で導入した。", kMidApril, "23年3月までに",
            "date", QDate(2023, 3, 31));
        // Two digits before 年までに: a year near publication
        row("a year of two digits", "政府は35年までに新車をすべて電動車にする。", kMidApril, "35年までに",
            "deadline", QDate(2035, 12, 31));
        row("two digits and years ago", "同社は30年ぶりに黒字となった。", kMidApril, "30年", "none", QDate());
        // Spans of a year and a half, the year before last, and the early and middle parts of a year
        row("a year and a half from now", "新工場は1年半後に稼働する。", kMidApril, "1年半後", "deadline",
            QDate(2027, 10, 14));
        row("within a year and a half", "同社は1年半以内に新型機を完成させる。", kMidApril, "1年半以内に",
            "deadline", QDate(2027, 10, 14));
        row("two and a half years", "子会社は2年半で黒字化する。", kMidApril, "2年半で", "deadline",
            QDate(2028, 10, 14));
        row("the middle of a year is no half", "新線は2027年半ばに開業する。", kMidApril, "2027年半ば",
            "deadline", QDate(2027, 6, 30));
        row("half a year from now", "政府は半年後に結論を出す。", kMidApril, "半年後", "deadline",
            QDate(2026, 10, 14));
        row("the year before last", "同社が一昨年に発表した計画は遅れている。", kMidApril, "一昨年", "date",
            QDate(2024, 12, 31));
        row("the start of a year", "新型車は2027年初頭に発売する。", kMidApril, "2027年初頭", "deadline",
            QDate(2027, 6, 30));
        row("the middle of next year", "日銀は来年央までに判断する。", kMidApril, "来年央までに", "deadline",
            QDate(2027, 6, 30));
        // A day without its year in the week before publication: that one, whatever the verb
        row("a day just gone by in a plan", "花火大会は7月28日に開幕し、10日間の日程で続く。",
            QDate(2026, 7, 30), "7月28日", "date", QDate(2026, 7, 28));
        row("a span's end just gone by", "6月27日から7月29日までの来場者は30万人を超える見込みだ。",
            QDate(2026, 8, 2), "6月27日から7月29日まで", "date", QDate(2026, 7, 29));
        row("a holiday just gone by", "お盆期間の高速道路の渋滞は前年より減った。", QDate(2026, 8, 19),
            "お盆", "date", QDate(2026, 8, 15));
        row("a line opened two weeks back", "新路線は5月1日に開業し、利用者は順調に増えている。",
            QDate(2026, 5, 15), "5月1日", "date", QDate(2026, 5, 1));
        row("a holiday two weeks back", "ゴールデンウィークの人出は前年を上回った。", QDate(2026, 5, 15),
            "ゴールデンウィーク", "date", QDate(2026, 5, 5));
        row("a count of days on", "2日目の観客は3万人だった。", QDate(2026, 5, 15), "2日", "none", QDate());
        // A plan agreed on, a time moved to, a day set for what goes before を
        row("an agreement on a plan", "ガソリン税の暫定税率を12月31日に廃止することで与野党が合意した。",
            QDate(2025, 10, 29), "12月31日", "deadline", QDate(2025, 12, 31));
        row("moved to a later time", "新型ロケットの打ち上げは、10月下旬に延期された。", QDate(2026, 9, 9),
            "10月下旬", "deadline", QDate(2026, 10, 31));
        row("a day set", "制度の開始を10月1日に決定した。", QDate(2025, 5, 26), "10月1日", "deadline",
            QDate(2025, 10, 1));
        row("a decision's own day", "政府は4日に閣議決定した。", kMidApril, "4日", "date", QDate(2026, 4, 4));
        row("a request looks ahead", "11月22日に会議室を予約してください。", kLateNovember, "11月22日",
            "date", QDate(2027, 11, 22));
        row("a day after a number of days", "5日後に迫った選挙に向け、各党が街頭に立った。", kMidApril,
            "5日後", "date", QDate(2026, 4, 19));
        // A plan said once and put off; this month's end in a plan that failed
        row("a plan said in a state", "同社は4月に新製品を発表するとしている。", QDate(2026, 2, 10), "4月",
            "deadline", QDate(2026, 4, 30));
        row("a view said in a state", "市場は日銀が4月に利上げするとみている。", QDate(2026, 2, 10), "4月",
            "deadline", QDate(2026, 4, 30));
        row("a meeting put off, still ahead", "政府は5月に予定していた会合を延期した。", QDate(2026, 4, 1),
            "5月", "date", QDate(2026, 5, 31));
        row("a quoted request looks ahead", "「3月31日に時間を見つけてください」と呼びかけた。",
            QDate(2026, 4, 2), "3月31日", "date", QDate(2027, 3, 31));
        row("a plan once said", "同社は5月中に公表するとしていた報告書の提出を延期した。", QDate(2026, 6, 4),
            "5月中に", "date", QDate(2026, 5, 31));
        row("this month's end has its year", "法案は今月末までに成立する見通しだったが、審議は遅れている。",
            QDate(2026, 3, 20), "今月末までに", "date", QDate(2026, 3, 31));
        // A state that goes on: begun, unless a plan or a limit
        row("a law in force since a month", "改正条例は11月から施行されている。", QDate(2026, 12, 4), "11月",
            "date", QDate(2026, 11, 30));
        row("a plant running since a month", "新工場は9月から稼働している。", kMidApril, "9月", "date",
            QDate(2025, 9, 30));
        row("a plan that goes on", "同社は4月に新店の開業を予定している。", QDate(2026, 2, 10), "4月",
            "deadline", QDate(2026, 4, 30));
        row("a change set to come", "同社は6月から値上げすることになっている。", kMidApril, "6月", "deadline",
            QDate(2026, 6, 30));
        // the dates of a schedule decided; a disaster's date; the event a sentence answers
        row("a schedule's dates", "市選管は5日、2月16日告示、23日投開票の日程を決めた。", QDate(2026, 1, 5),
            "2月16日", "deadline", QDate(2026, 2, 16));
        row("a schedule decided with と", "県は大会の日程を9月3日開幕と決めた。", QDate(2026, 5, 20),
            "9月3日", "deadline", QDate(2026, 9, 3));
        row("a disaster's date", "3月末の大雪で運休が続く路線について協議する。", QDate(2026, 5, 12), "3月末",
            "date", QDate(2026, 3, 31));
        row("a schedule past another clause", "同社は10日に記者会見し、新工場の稼働までの日程を説明した。",
            QDate(2026, 3, 12), "10日", "date", QDate(2026, 3, 10));
        row("a compound of a disaster noun", "関西電力は20日の停電作業に伴い送電を止める。",
            QDate(2026, 7, 6), "20日", "deadline", QDate(2026, 7, 20));
        row("ahead of an event's verb", "新リーグが来年10月に開幕するのを前に、改修が進む。",
            QDate(2025, 8, 27), "来年10月", "deadline", QDate(2026, 10, 31));
        row("a past event answered", "新制度が1日に始まったのを受け、窓口を増やす。", QDate(2026, 7, 8),
            "1日", "date", QDate(2026, 7, 1));
        row("a plan told with とした", "同社は5日以内に結論を出すとした。", QDate(2026, 3, 10), "5日以内に",
            "deadline", QDate(2026, 3, 15));
        row("a plan told as a thought", "知事は2週間以内に判断する考えを示した。", QDate(2026, 3, 10),
            "2週間以内に", "deadline", QDate(2026, 3, 24));
        row("a crop year", "2027年産の新米は秋に出回る。", QDate(2026, 12, 1), "2027年", "none", QDate());
        row("a limit that goes on", "市は来年1月31日まで申請を受け付けている。", QDate(2026, 12, 4),
            "来年1月31日まで", "deadline", QDate(2027, 1, 31));
        // (seventeenth round: the day a topic that is a day or an event was set to; a limit
        // extended to a day; a term's length; one day's figure)
        row("a day a topic was set to", "判決の言い渡しは4月24日に指定された。", QDate(2026, 1, 14),
            "4月24日", "deadline", QDate(2026, 4, 24));
        row("a day told with と", "開館日は5月3日と発表された。", QDate(2026, 2, 26), "5月3日", "deadline",
            QDate(2026, 5, 3));
        row("a limit that stands", "納付期限は、7月1日となっている。", QDate(2024, 6, 10), "7月1日",
            "deadline", QDate(2024, 7, 1));
        row("an event held on its day", "次回の会合は9月10日に開かれた。", QDate(2025, 8, 19), "9月10日",
            "date", QDate(2024, 9, 10));
        row("a limit extended to", "県は警報を11月末まで延長した。", QDate(2023, 10, 17), "11月末まで",
            "deadline", QDate(2023, 11, 30));
        row("a term's length", "新監督の任期は2年で、年俸は1億円。", QDate(2024, 12, 3), "2年で", "none",
            QDate());
        row("a year still to come names the sentence's", "2026年のアジア大会は、9月19日開幕の予定だ。",
            QDate(2024, 11, 15), "9月19日", "deadline", QDate(2026, 9, 19));
        row("next year names the sentence's", "来年の花火大会は8月2日に開く予定だ。", QDate(2025, 3, 4),
            "8月2日", "deadline", QDate(2026, 8, 2));
        row("next year names a day gone by this year", "来年の品評会は2月4日から開かれる。",
            QDate(2026, 2, 12), "2月4日", "deadline", QDate(2027, 2, 4));
        row("a limit set in a past clause", "町は3月末を期限に、全戸へアンケート用紙を配った。",
            QDate(2026, 2, 5), "3月末", "deadline", QDate(2026, 3, 31));
        row("a limit set in a past clause, gone by", "町は3月末を期限に、全戸へアンケート用紙を配った。",
            QDate(2026, 4, 20), "3月末", "date", QDate(2026, 3, 31));
        row("a limit a past verb qualifies", "8月までに申し込まれた分が対象。", QDate(2026, 9, 15),
            "8月までに", "date", QDate(2026, 8, 31));
        row("a deed a charge names", "逮捕容疑は8月2日未明、駐車中の車からバッグを盗んだ疑い。",
            QDate(2025, 8, 20), "8月2日", "date", QDate(2025, 8, 2));
        row("a deed a charge names, with がある", "同社は9月5日、検査記録を書き換えた疑いがある。",
            QDate(2025, 8, 20), "9月5日", "date", QDate(2024, 9, 5));
        row("a goal's year names no other date", "政府は2030年の目標達成に向け、6月に工程表をまとめる。",
            QDate(2024, 11, 15), "6月", "deadline", QDate(2025, 6, 30));
        row("a limit extended to a day just gone by", "受付期間を3月31日まで延長した。", QDate(2025, 4, 5),
            "3月31日まで", "date", QDate(2025, 3, 31));
        row("brought forward before a later year's day", "開業は、2026年4月から1月に前倒しされた。",
            QDate(2024, 9, 2), "1月", "deadline", QDate(2026, 1, 31));
        row("a day that fell", "東京の桜の開花日は3月24日となった。", QDate(2024, 3, 25), "3月24日", "date",
            QDate(2024, 3, 24));
        row("put off to a month without its year", "開業は、当初予定の来年4月から10月に延期された。",
            QDate(2024, 9, 2), "10月", "deadline", QDate(2025, 10, 31));
        row("brought forward to a month", "開業は、来年4月から1月に前倒しされた。", QDate(2024, 9, 2), "1月",
            "deadline", QDate(2025, 1, 31));
        row("an event's noun ends the sentence", "新制度は10月1日施行。", QDate(2025, 9, 19), "10月1日",
            "deadline", QDate(2025, 10, 1));
        row("a plan's event put off", "同社の新工場の稼働は、来年3月にずれ込んだ。", QDate(2023, 10, 10),
            "来年3月", "deadline", QDate(2024, 3, 31));
        row("a day that comes near", "新紙幣の発行が7月3日（水）に迫った。", QDate(2024, 6, 18), "7月3日",
            "deadline", QDate(2024, 7, 3));
        row("a month ahead of which", "上限が適用される2024年4月を前に、対策をまとめた。", QDate(2023, 3, 31),
            "2024年4月", "deadline", QDate(2024, 4, 30));
        row("one day's climbers", "1日の登山者数は4千人を上限とする。", QDate(2024, 3, 13), "1日", "none",
            QDate());
        row("a forecast of the present year's figure", "今年度の売上高は500億円の見込みだ。",
            QDate(2026, 1, 15), "今年度", "date", QDate(2026, 3, 31));
        row("the present year's estimate as a base", "税収は今年度見込みの2倍以上になる。",
            QDate(2026, 1, 15), "今年度", "date", QDate(2026, 3, 31));
        row("one day's figure", "1日の運航を14便から10便に減らす。", QDate(2023, 6, 13), "1日", "none",
            QDate());
    }

    void dates() { Test::verifyDateRow(); }

    // A long text without 。 (a schedule pasted as lines, a page's run of text) takes time in
    // proportion to its length: the rules that read a clause stop within it
    void longTextWithoutFullStops()
    {
        QString text;
        for (int i = 0; i < 3000; ++i)
            text += QStringLiteral("%1月の会議で、\n").arg(12 - i % 12);
        QElapsedTimer timer;
        timer.start();
        const QVector<Suggestion> found = Recognizer::recognize(text, QDate(2026, 3, 10));
        QVERIFY(found.size() >= 3000);
        QVERIFY2(timer.elapsed() < 20000, qPrintable(QString::number(timer.elapsed())));
    }
};

QTEST_GUILESS_MAIN(TestJapaneseSides)
#include "tst_japanesesides.moc"
