// Counted amounts in their sentences (issue 15, after the second review): spelled count
// ranges ("four to five hundred jobs"), half a dozen, kinds of time ("flight hours"), ranges
// of money, models and model years before a noun, crowns and kroner of a country, and
// Japanese counters; "none" rows are numbers that count nothing (a stage, a ratio, an
// ordinal store). Every sentence was written for this test; none is copied from an
// evaluation set.
#include "suggest/recognizer.h"
#include "suggestiontext.h"

#include <QTest>

using namespace Gleaner;
using Gleaner::Test::describe;

class TestCountedAmounts : public QObject
{
    Q_OBJECT

private slots:
    // Counted amounts: spelled ranges, half a dozen, kinds of time; "none" for no amount.
    void counts_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("span");
        QTest::addColumn<QString>("amount");
        QTest::addColumn<QString>("amountMax");
        QTest::addColumn<QString>("unit");
        auto row = [](const char *name, const char *text, const char *span, const char *amount,
                      const char *amountMax, const char *unit) {
            QTest::newRow(name) << QString::fromUtf8(text) << QString::fromUtf8(span)
                                << QString::fromLatin1(amount) << QString::fromLatin1(amountMax)
                                << QString::fromLatin1(unit);
        };
        row("to hundreds", "The mill will add four to five hundred jobs.", "four to five hundred jobs", "400",
            "500", "job");
        row("or dozens", "Police seized three or four dozen rifles.", "three or four dozen rifles", "36",
            "48", "rifle");
        row("half-dozen", "The chain closed a half-dozen outlets.", "a half-dozen outlets", "6", "",
            "outlet");
        row("work hours", "Contractors billed 8,000 work hours.", "8,000 work hours", "8000", "", "hour");
        row("flight hours", "The fleet logged 90,000 flight hours.", "90,000 flight hours", "90000", "",
            "hour");
        row("visitor nights", "The region drew 3 million visitor nights.", "3 million visitor nights",
            "3000000", "", "night");
        row("a span of days", "Appeals must be filed within 20 business days.", "20 business days", "", "",
            "none");
        row("ordinal of a store", "同社は来春、4店舗目を出す。", "4店", "", "", "none");
        row("a stage", "The city lifted level 4 water restrictions.", "4", "", "", "none");
        row("a ratio", "Roughly 2 in 7 renters moved.", "7 renters", "", "", "none");
        row("a ratio out of", "Four out of 10 nurses quit.", "10 nurses", "", "", "none");
        row("a Japanese ratio", "住民の4人に1人が高齢者だ。", "4人", "", "", "none");
        row("one per year", "税は1人年額1000円を上乗せする。", "1人", "", "", "none");
        row("ranges from", "Grants range from $5,000 to $25,000.", "$5,000 to $25,000", "5000", "25000", "");
        row("ranges from a suffix", "Tickets vary from 800 to 1,200 yen.", "800 to 1,200 yen", "800", "1200",
            "");
        row("flights counted", "同社は便数を週40便から64便に増やす。", "64便", "64", "", "flight");
        row("a flight's number", "成田発の902便が欠航した。", "902便", "", "", "none");
        row("one that holds", "1台で最大40人が乗れる。", "1台", "", "", "none");
        row("books", "蔵書は約30万冊に増える。", "30万冊", "300000", "", "book");
        row("a range needed", "Each bridge needs $4 million to $6 million in repairs.",
            "$4 million to $6 million", "4000000", "6000000", "USD");
        row("a change is no range", "Profit rose $4 million to $6 million.", "$4 million", "4000000", "",
            "USD");
        row("a model's number", "Gulf Air ordered 40 Boeing 787-10 jets.", "40 Boeing 787-10 jets", "40", "",
            "jet");
        row("a model's letter", "The carrier leases 12 A220 jets.", "12 A220 jets", "12", "", "jet");
        row("a model's number first", "The airline took 18 787-9 jets.", "18 787-9 jets", "18", "", "jet");
        row("model years first", "Ford recalled 90,000 2024-2025 Ranger pickups.",
            "90,000 2024-2025 Ranger pickups", "90000", "", "pickup");
        row("a range sought", "The start-up is seeking $8 million to $12 million.",
            "$8 million to $12 million", "8000000", "12000000", "USD");
        row("crowns of a country", "Oslo will lend 3 billion Norwegian crowns.", "3 billion Norwegian crowns",
            "3000000000", "", "NOK");
        row("kroner of a country", "The fund holds 40 billion Danish kroner.", "40 billion Danish kroner",
            "40000000000", "", "DKK");
        row("crowns alone", "The jeweller sold 12 crowns.", "12 crowns", "12", "", "crown");
        row("buses", "The city will buy 120 buses.", "120 buses", "120", "", "bus");
        row("temperatures", "Lows will reach 5 degrees.", "5 degrees", "", "", "none");
        row("seats", "同党は改選で48議席を得た。", "48議席", "48", "", "seat");
        row("accounts", "口座数は300万口座を超えた。", "300万口座", "3000000", "", "account");
        row("head of cattle", "牧場は約900頭を飼う。", "900頭", "900", "", "head");
    }

    void counts()
    {
        QFETCH(QString, text);
        QFETCH(QString, span);
        QFETCH(QString, amount);
        QFETCH(QString, amountMax);
        QFETCH(QString, unit);
        const QVector<Suggestion> list = Recognizer::recognize(text, QDate(2026, 4, 2));
        if (unit == QLatin1String("none")) {
            // no amount at all in the span's words ("4店", "4店舗", "4店舗目")
            for (const Suggestion &s : list)
                QVERIFY2(s.kind != Suggestion::Kind::Amount || !s.text.startsWith(span),
                         qPrintable(QStringLiteral("found: ") + describe(list)));
            return;
        }
        const Suggestion *hit = Test::findByText(list, span);
        QVERIFY2(hit, qPrintable(QStringLiteral("found: ") + describe(list)));
        QCOMPARE(hit->amount, amount);
        QCOMPARE(hit->amountMax, amountMax);
        // (money: the unit column holds the currency's code)
        const bool money = unit.size() == 3 && unit == unit.toUpper();
        QCOMPARE(money ? hit->currency : hit->unit, unit);
    }
};

QTEST_GUILESS_MAIN(TestCountedAmounts)
#include "tst_countedamounts.moc"
