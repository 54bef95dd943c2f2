// Japanese ranges of amounts and years written with two digits: spans a reader tags as
// one finding, and counts of years that are no year; the dates of plans and meetings.
// Sentences of our own.
#include "daterows.h"
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

class TestJapaneseSpans : public QObject
{
    Q_OBJECT

private slots:
    // Two digits before 年 alone are a count of years, not a year; nor are they read far
    // from publication (45年 may be 1945 or 2045).
    void yearsThatAreCounts()
    {
        for (const QString &sentence :
             {QStringLiteral("株価は27年ぶりの高値をつけた。"), QStringLiteral("在任27年のベテランが退く。"),
              QStringLiteral("終戦の45年8月15日に式典があった。"), QStringLiteral("27年に一度の大雨だった。"),
              QStringLiteral("創業27年に合わせ式典を開く。"), QStringLiteral("約27年にわたり勤めた。"),
              QStringLiteral("政府は減税の期間を27年に延長する。"),
              QStringLiteral("発売27年に合わせて限定品を出す。")}) {
            for (const Suggestion &s : Recognizer::recognize(sentence, QDate(2026, 4, 2)))
                QVERIFY2(s.kind == Suggestion::Kind::Amount || (!s.text.contains(QStringLiteral("7年")) &&
                                                                !s.text.contains(QStringLiteral("45年"))),
                         qPrintable(sentence + QLatin1String(": ") + s.text));
        }
    }

    // Neither side of an exchange rate is an amount (1ドル=144円: a price of the dollar), nor are
    // days a week a day of the month (週休3日制, 週3日).
    void ratesAndWeeksAreNoFindings()
    {
        const QVector<Suggestion> rate =
            Recognizer::recognize(QStringLiteral("円相場は1ドル=144円台で推移した。"), QDate(2026, 4, 2));
        QVERIFY(!find(rate, QStringLiteral("1ドル")));
        QVERIFY(!find(rate, QStringLiteral("144円")));
        for (const QString &sentence :
             {QStringLiteral("同社は週休3日制を導入する。"), QStringLiteral("週3日の出社を義務付ける。")}) {
            const QVector<Suggestion> found = Recognizer::recognize(sentence, QDate(2026, 4, 2));
            QVERIFY2(found.isEmpty(), qPrintable(sentence + QLatin1String(": ") + Test::describe(found)));
        }
    }

    // 30億～40億ドル: one amount with its upper end; 5～6億: the multiplier of the upper
    // end is the lower's too; ends out of order give the upper end alone.
    void amountRanges_data()
    {
        QTest::addColumn<QString>("sentence");
        QTest::addColumn<QString>("span");
        QTest::addColumn<QString>("amount");
        QTest::addColumn<QString>("amountMax");
        QTest::addColumn<QString>("qualifier");
        QTest::newRow("both multipliers") << "買収額は30億～40億ドルになる。"
                                          << "30億～40億ドル"
                                          << "3000000000"
                                          << "4000000000"
                                          << "";
        QTest::newRow("own multipliers") << "投資額は3000万～1億円を見込む。"
                                         << "3000万～1億円"
                                         << "30000000"
                                         << "100000000"
                                         << "";
        QTest::newRow("thousands of ten thousands") << "改修に4千～7千万円かかる。"
                                                    << "4千～7千万円"
                                                    << "40000000"
                                                    << "70000000"
                                                    << "";
        QTest::newRow("one multiplier") << "5～6億ドルを投じる。"
                                        << "5～6億ドル"
                                        << "500000000"
                                        << "600000000"
                                        << "";
        QTest::newRow("decimal") << "1.5～2兆円の市場になる。"
                                 << "1.5～2兆円"
                                 << "1500000000000"
                                 << "2000000000000"
                                 << "";
        QTest::newRow("counted, wave dash") << "約2〜3万人が参加した。"
                                            << "2〜3万人"
                                            << "20000"
                                            << "30000"
                                            << "about";
        QTest::newRow("written out") << "補助は1台600万円から900万円までとなる。"
                                     << "600万円から900万円"
                                     << "6000000"
                                     << "9000000"
                                     << "";
        QTest::newRow("written out, one currency") << "報酬は400万から700万円までとする。"
                                                   << "400万から700万円"
                                                   << "4000000"
                                                   << "7000000"
                                                   << "";
        QTest::newRow("currency at both ends") << "料金は月額980円〜1980円。"
                                               << "980円〜1980円"
                                               << "980"
                                               << "1980"
                                               << "";
        QTest::newRow("out of order") << "60億～50億ドルの予算。"
                                      << "50億ドル"
                                      << "5000000000"
                                      << ""
                                      << "";
    }

    // から without まで is a change (増えた), and ends in two currencies are two amounts.
    void changesAreTwoAmounts_data()
    {
        QTest::addColumn<QString>("sentence");
        QTest::addColumn<QString>("first");
        QTest::addColumn<QString>("second");
        QTest::newRow("change") << "受注は80億円から95億円に増えた。"
                                << "80億円"
                                << "95億円";
        QTest::newRow("change to about") << "総事業費は約1000億円から1500億円程度に膨らむ。"
                                         << "1000億円"
                                         << "1500億円";
        QTest::newRow("change up to") << "融資枠を400億円から900億円まで拡大する。"
                                      << "400億円"
                                      << "900億円";
        QTest::newRow("a figure set") << "定形郵便物は84円から110円とする。"
                                      << "84円"
                                      << "110円";
        QTest::newRow("a forecast revised") << "売上高を従来予想の1兆円から1兆1000億円に上方修正した。"
                                            << "1兆円"
                                            << "1兆1000億円";
        QTest::newRow("two currencies") << "枠は3000万円から1億ドルまで広がる。"
                                        << "3000万円"
                                        << "1億ドル";
        QTest::newRow("a length extended") << "防波堤を800メートルから1200メートルに延ばす。"
                                           << "800メートル"
                                           << "1200メートル";
        QTest::newRow("a fare as it stands") << "入館料は現行の500円から700円に上がる。"
                                             << "500円"
                                             << "700円";
    }

    void changesAreTwoAmounts()
    {
        QFETCH(QString, sentence);
        QFETCH(QString, first);
        QFETCH(QString, second);
        const QVector<Suggestion> found = Recognizer::recognize(sentence, QDate(2026, 4, 2));
        for (const QString &span : {first, second}) {
            const Suggestion *s = find(found, span);
            QVERIFY2(s, qPrintable(span));
            QVERIFY(s->amountMax.isEmpty());
        }
    }

    // Measures of several characters (メガヘルツ, 立方メートル); a counter before 種 counts kinds.
    void measuresAndKinds()
    {
        const QVector<Suggestion> found = Recognizer::recognize(
            QStringLiteral("80メガヘルツ幅と12万立方メートルの水を4機種で扱う。"), QDate(2026, 4, 2));
        const Suggestion *band = find(found, QStringLiteral("80メガヘルツ"));
        QVERIFY(band);
        QCOMPARE(band->unit, QStringLiteral("megahertz"));
        const Suggestion *water = find(found, QStringLiteral("12万立方メートル"));
        QVERIFY(water);
        QCOMPARE(water->amount, QStringLiteral("120000"));
        QCOMPARE(water->unit, QStringLiteral("cubic meter"));
        for (const Suggestion &s : found)
            QVERIFY2(!s.text.contains(QStringLiteral("4機")), qPrintable(s.text));
        // ordinals (2棟目), a price per one thing (1株80円), a state as of a date (8月末時点)
        for (const Suggestion &s : Recognizer::recognize(
                 QStringLiteral("2棟目は来年完成する。配当は1株60円とする。"), QDate(2026, 4, 2)))
            QVERIFY2(s.unit.isEmpty(), qPrintable(s.text));
        const QVector<Suggestion> state =
            Recognizer::recognize(QStringLiteral("受注残は8月末時点で約3年分に達した。"), QDate(2026, 9, 10));
        const Suggestion *asOf = find(state, QStringLiteral("8月末"));
        QVERIFY(asOf);
        QCOMPARE(asOf->kind, Suggestion::Kind::Date);
        QCOMPARE(asOf->due, QDate(2026, 8, 31));
        const Suggestion *bridges =
            find(Recognizer::recognize(QStringLiteral("約6万2000橋を補修する。"), QDate(2026, 4, 2)),
                 QStringLiteral("6万2000橋"));
        QVERIFY(bridges);
        // a frequency before 帯 names a band
        for (const Suggestion &s : Recognizer::recognize(
                 QStringLiteral("総務省は4.9ギガヘルツ帯を割り当てる。"), QDate(2026, 4, 2)))
            QVERIFY2(s.kind != Suggestion::Kind::Amount, qPrintable(s.text));
    }

    // The time of a plan a verb describes (削減する目標), whatever the sentence's predicate; the
    // day of an event the clause's verb takes place at (7月1日の株主総会で決める); a month
    // without its year in a past clause is the one before publication.
    void datesOfPlans_data()
    {
        QTest::addColumn<QString>("sentence");
        QTest::addColumn<QString>("span");
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QDate>("due");
        QTest::addColumn<int>("precision");
        QTest::newRow("target of a verb") << "政府は排出量を2032年度に半減する目標を提出した。"
                                          << "2032年度"
                                          << "deadline" << QDate(2033, 3, 31) << int(DatePrecision::Year);
        QTest::newRow("part of a decade") << "同社は量産開始を2030年代前半とする目標を示した。"
                                          << "2030年代前半"
                                          << "deadline" << QDate(2034, 12, 31) << int(DatePrecision::Year);
        QTest::newRow("half of a two-digit year")
            << "半導体は28年後半に出荷を始める。"
            << "28年後半"
            << "deadline" << QDate(2028, 12, 31) << int(DatePrecision::Month);
        QTest::newRow("a span of two to three years")
            << "同社は今後2〜3年で50億ドルを投じる。"
            << "今後2〜3年で"
            << "deadline" << QDate(2029, 4, 2) << int(DatePrecision::Day);
        QTest::newRow("a limit in hours") << "県は48時間以内に被害の概要を国に報告する方針だ。"
                                          << "48時間以内に"
                                          << "deadline" << QDate(2026, 4, 4) << int(DatePrecision::Day);
        QTest::newRow("years later, then half") << "人口は30年後半分に減る。"
                                                << "30年後"
                                                << "deadline" << QDate(2056, 4, 2) << int(DatePrecision::Day);
        QTest::newRow("years later is no half") << "新工場は3年後に完成する。"
                                                << "3年後"
                                                << "deadline" << QDate(2029, 4, 2) << int(DatePrecision::Day);
        QTest::newRow("day of a meeting") << "新社長は7月1日の株主総会で正式に決める。"
                                          << "7月1日"
                                          << "deadline" << QDate(2026, 7, 1) << int(DatePrecision::Day);
        QTest::newRow("month of a past clause") << "同社は6月に新型車を発売した。"
                                                << "6月"
                                                << "date" << QDate(2025, 6, 30) << int(DatePrecision::Month);
        QTest::newRow("month of a planned clause")
            << "同社は6月に新型車を発売する。"
            << "6月"
            << "deadline" << QDate(2026, 6, 30) << int(DatePrecision::Month);
        QTest::newRow("this fiscal year in winter")
            << "今年度内に設計を終えて来年度に着工する。"
            << "今年度内"
            << "deadline" << QDate(2026, 3, 31) << int(DatePrecision::Year);
        QTest::newRow("next fiscal year in winter")
            << "今年度内に設計を終えて来年度に着工する。"
            << "来年度"
            << "deadline" << QDate(2027, 3, 31) << int(DatePrecision::Year);
        QTest::newRow("a plan's direction") << "政府は令和9年度に5000億円を計上する方向で調整する。"
                                            << "令和9年度"
                                            << "deadline" << QDate(2028, 3, 31) << int(DatePrecision::Year);
    }

    void datesOfPlans()
    {
        QFETCH(QString, sentence);
        QFETCH(QString, span);
        QFETCH(QString, kind);
        QFETCH(QDate, due);
        QFETCH(int, precision);
        // published in January, before a Japanese fiscal year ends
        const QDate published =
            sentence.contains(QStringLiteral("年度内")) ? QDate(2026, 1, 27) : QDate(2026, 4, 2);
        const QVector<Suggestion> found = Recognizer::recognize(sentence, published);
        const Suggestion *s = find(found, span);
        QVERIFY2(s, qPrintable(span));
        QCOMPARE(Test::kindName(s->kind), kind);
        QCOMPARE(s->due, due);
        QCOMPARE(int(s->precision), precision);
    }

    void amountRanges()
    {
        QFETCH(QString, sentence);
        QFETCH(QString, span);
        QFETCH(QString, amount);
        QFETCH(QString, amountMax);
        QFETCH(QString, qualifier);
        const QVector<Suggestion> found = Recognizer::recognize(sentence, QDate(2026, 4, 2));
        const Suggestion *s = find(found, span);
        QVERIFY2(s, qPrintable(span));
        QCOMPARE(s->kind, Suggestion::Kind::Amount);
        QCOMPARE(s->amount, amount);
        QCOMPARE(s->amountMax, amountMax);
        QCOMPARE(s->qualifier, qualifier);
    }

    // A day's weekday or holiday in brackets (6月30日（火）, 5日(土・祝)) is read past: the
    // range and the limit after it stay one finding, and the mark is inside a span that goes on
    // past it, outside one that ends at the day. Brackets that name no weekday stay in the text.
    // So is an hour between a day and a range's joint or end (1日午前9時から3日正午まで).
    void weekdayMarks_data()
    {
        using Test::dateRow;
        Test::addDateColumns();
        const QDate may20(2026, 5, 20);
        dateRow("range of two marked days", "受付は6月1日（月）から6月30日（火）まで。", may20,
                "6月1日（月）から6月30日（火）まで", "deadline", QDate(2026, 6, 30));
        dateRow("limit after a mark", "申し込みは6月30日（火）まで受け付ける。", may20, "6月30日（火）まで",
                "deadline", QDate(2026, 6, 30));
        dateRow("ASCII brackets and a year", "2026年6月30日(火)までに提出すること。", may20,
                "2026年6月30日(火)までに", "deadline", QDate(2026, 6, 30));
        dateRow("holiday after a weekday", "5月4日（月・祝）までに申し込む。", QDate(2026, 4, 20),
                "5月4日（月・祝）までに", "deadline", QDate(2026, 5, 4));
        dateRow("day alone after a marked day", "6月1日（月）から30日（火）まで販売する。", may20,
                "6月1日（月）から30日（火）まで", "deadline", QDate(2026, 6, 30));
        dateRow("mark after the last day stays out", "期間は6月1日（月）～6月30日（火）。", may20,
                "6月1日（月）～6月30日", "deadline", QDate(2026, 6, 30));
        dateRow("past clause", "同社は5月18日（月）に発表した。", may20, "5月18日", "date",
                QDate(2026, 5, 18));
        dateRow("full-width weekday word", "説明会は6月5日（金曜日）に開く。", may20, "6月5日", "deadline",
                QDate(2026, 6, 5));
        dateRow("a predicate past its hour", "販売は12月14日（土）午前10時から。", QDate(2024, 12, 10),
                "12月14日", "deadline", QDate(2024, 12, 14));
        dateRow("a weekday told with its day", "説明会は月曜日(3月16日)に開く。", QDate(2026, 3, 10),
                "月曜日(3月16日)", "deadline", QDate(2026, 3, 16));
        dateRow("a weekday gone by told with its day", "同社は金曜日（3月6日）に発表した。",
                QDate(2026, 3, 10), "金曜日（3月6日）", "date", QDate(2026, 3, 6));
        dateRow("must arrive by", "応募は6月30日必着。", may20, "6月30日必着", "deadline",
                QDate(2026, 6, 30));
        dateRow("posted by, after a mark", "応募は6月30日（火）消印有効。", may20, "6月30日（火）消印有効",
                "deadline", QDate(2026, 6, 30));
        dateRow("no weekday in the brackets", "式典は5日（日本時間6日）に開かれた。", may20, "5日", "date",
                QDate(2026, 5, 5));
        // The hour a range opens or closes at is read past too
        dateRow("a range between hours", "説明会は6月1日午前9時から3日午後5時まで開く。", may20,
                "6月1日午前9時から3日午後5時まで", "deadline", QDate(2026, 6, 3));
        dateRow("a range between marks and hours", "受付は6月1日（月）午前10時から6月12日（金）正午まで。",
                may20, "6月1日（月）午前10時から6月12日（金）正午まで", "deadline", QDate(2026, 6, 12));
        dateRow("a limit at an hour", "申し込みは6月30日午後5時までに済ませる。", may20,
                "6月30日午後5時までに", "deadline", QDate(2026, 6, 30));
        dateRow("every day is no day", "店は毎日9時から開く。", may20, "毎日", "none", QDate());
    }
    void weekdayMarks() { Test::verifyDateRow(); }
};

QTEST_GUILESS_MAIN(TestJapaneseSpans)
#include "tst_japanesespans.moc"
