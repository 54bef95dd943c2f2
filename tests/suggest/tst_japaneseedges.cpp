// The edges of the Japanese recognizer (issue 15): period words inside other words, weeks
// that are none, spans that end elsewhere or stay open, numbers beyond any amount (found by
// the fuzzer), selections parsed, and English text left as the English recognizer reads it.
// Every sentence was written for this test.
#include "suggest/recognizer.h"
#include "suggestiontext.h"

#include <QTest>

using namespace Gleaner;

class TestJapaneseEdges : public QObject
{
    Q_OBJECT

private slots:
    // 週末 is a weekend, not a week; a fifth week that is not in its month is none.
    void weeksThatAreNone()
    {
        for (const QString &sentence :
             {QStringLiteral("5月の最初の週末に開く。"), QStringLiteral("2月の第5週に開く。")}) {
            for (const Suggestion &s : Recognizer::recognize(sentence, QDate(2026, 4, 2)))
                QVERIFY2(!s.text.contains(QStringLiteral("週")),
                         qPrintable(sentence + QLatin1String(": ") + s.text));
        }
    }

    // "from tomorrow for three days or more" is no span of three days.
    void periodWordsInsideWordsAreNoDates()
    {
        // 年内, 月内, 今期中 and 年度中 only as words of their own
        for (const QString &sentence :
             {QStringLiteral("同社は数年内に新工場を建てる。"), QStringLiteral("半年内に結論を出す。"),
              QStringLiteral("近年内需が伸びた。"), QStringLiteral("長年内部統制に課題があった。"),
              QStringLiteral("数カ月内に発表する。"), QStringLiteral("今期中間配当を増やす。"),
              QStringLiteral("初年度中に黒字化する。"), QStringLiteral("立春を迎えた。"),
              QStringLiteral("日本年金機構が通知を送った。")}) {
            const QVector<Suggestion> found = Recognizer::recognize(sentence, QDate(2026, 4, 2));
            QVERIFY2(found.isEmpty(), qPrintable(sentence + QLatin1String(": ") + found.value(0).text));
        }
    }

    // A plan brought forward by two years, and a tally of days that reaches so many, are no dates.
    void countsThatAreNoDates()
    {
        for (const QString &sentence :
             {QStringLiteral("新庁舎の完成は2年前倒しされる。"), QStringLiteral("冬日は延べ17日に及んだ。"),
              QStringLiteral("熱帯夜は過去最多の28日に達した。"), QStringLiteral("雨の日は9日に上った。"),
              QStringLiteral("漏えいは発覚から24時間以内に届け出る。"),
              QStringLiteral("事故は発生後48時間以内に報告する。"),
              QStringLiteral("同店は注文から24時間以内に発送する。"),
              QStringLiteral("接種して48時間以内に発熱した。")}) {
            const QVector<Suggestion> found = Recognizer::recognize(sentence, QDate(2026, 4, 2));
            QVERIFY2(found.isEmpty(), qPrintable(sentence + QLatin1String(": ") + found.value(0).text));
        }
    }

    void countsFromPeriodsThatEndElsewhereAreNoSpans()
    {
        // 上期 ends in June but starts in January: no count of years from it
        const QVector<Suggestion> found =
            Recognizer::recognize(QStringLiteral("2026年上期から2年間、値下げする。"), QDate(2026, 4, 2));
        for (const Suggestion &s : found)
            QVERIFY2(!s.text.contains(QStringLiteral("2年間")), qPrintable(s.text));
    }

    void openEndedSpansAreNoSpans()
    {
        const QVector<Suggestion> found =
            Recognizer::recognize(QStringLiteral("明日から3日間以上の休業を求めた。"), QDate(2026, 4, 2));
        for (const Suggestion &s : found)
            QVERIFY2(!s.text.startsWith(QStringLiteral("明日から3日")), qPrintable(s.text));
    }

    void hugeNumbersAreNoAmountsAndNoCrash()
    {
        // Found by fuzz_recognizer: a count far beyond an int before 日後.
        const QString text =
            QStringLiteral("7999999999999999999993日後、9999999999999999999999999億円、兆兆兆兆兆兆円");
        for (const Suggestion &s : Recognizer::recognize(text, QDate(2026, 4, 2))) {
            QVERIFY(s.end <= text.size());
            if (s.kind == Suggestion::Kind::Amount)
                QVERIFY2(s.amount.size() <= 21, qPrintable(s.amount));
        }
    }

    // A price near a stock index in another clause is money (the index rule reads only figures of
    // which the index is the topic)
    void pricesNearAnIndexAreMoney()
    {
        const QVector<Suggestion> found = Recognizer::recognize(
            QStringLiteral("日経平均が最高値を更新する中、百貨店では1万円台の福袋が売れた。"),
            QDate(2026, 1, 5));
        const Suggestion *price = Test::findByText(found, QStringLiteral("1万円"));
        QVERIFY2(price && price->currency == QStringLiteral("JPY"), qPrintable(Test::describe(found)));
    }

    void selectionsAreParsed()
    {
        bool ok = false;
        const Suggestion amount = Recognizer::parseAmount(QStringLiteral("100億ドル"), &ok);
        QVERIFY(ok);
        QCOMPARE(amount.amount, QStringLiteral("10000000000"));
        const Suggestion deadline =
            Recognizer::parseDeadline(QStringLiteral("2029年までに"), QDate(2026, 4, 2), &ok);
        QVERIFY(ok);
        QCOMPARE(deadline.due, QDate(2029, 12, 31));
    }

    void englishTextIsUnchanged()
    {
        const QString text = QStringLiteral("Microsoft will invest $10 billion in Japan by 2029.");
        const QVector<Suggestion> found = Recognizer::recognize(text, QDate(2026, 4, 2));
        QCOMPARE(found.size(), 2);
        QCOMPARE(found.at(0).text, QStringLiteral("$10 billion"));
        QCOMPARE(found.at(1).text, QStringLiteral("by 2029"));
    }
};

QTEST_GUILESS_MAIN(TestJapaneseEdges)
#include "tst_japaneseedges.moc"
