// What the recognizers hand on (issue 6): a selection parsed into an amount or a deadline,
// decimal arithmetic of amounts, UTF-16 offsets, and the JSON of one suggestion and of one
// batch line. Every sentence here was written for these tests.
#include "suggest/recognizer.h"
#include "suggest/suggestionjson.h"
#include "suggestiontext.h"
#include "util/decimal.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Gleaner;

class TestSuggestionFormats : public QObject
{
    Q_OBJECT

private slots:
    void parseAmount_data();
    void parseAmount();
    void parseDeadline_data();
    void parseDeadline();
    void decimal_data();
    void decimal();
    void offsetsAreUtf16();
    void json();
    void batchLine();
};

void TestSuggestionFormats::parseAmount_data()
{
    QTest::addColumn<QString>("selection");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QString>("amount");
    QTest::addColumn<QString>("currency");
    QTest::addColumn<QString>("unit");
    QTest::newRow("ten billion dollars")
        << QStringLiteral("$10 billion") << true << QStringLiteral("10000000000") << QStringLiteral("USD")
        << QString();
    QTest::newRow("with qualifier") << QStringLiteral("more than €3bn") << true
                                    << QStringLiteral("3000000000") << QStringLiteral("EUR") << QString();
    QTest::newRow("quantity") << QStringLiteral("4,000 jobs") << true << QStringLiteral("4000") << QString()
                              << QStringLiteral("job");
    QTest::newRow("crore") << QStringLiteral("₹1,000 crore") << true << QStringLiteral("10000000000")
                           << QStringLiteral("INR") << QString();
    QTest::newRow("no amount") << QStringLiteral("the new factory") << false << QString() << QString()
                               << QString();
    QTest::newRow("too small a part")
        << QStringLiteral("a very long sentence that only mentions $5 in passing") << false << QString()
        << QString() << QString();
    QTest::newRow("percentage") << QStringLiteral("12%") << false << QString() << QString() << QString();
}

void TestSuggestionFormats::parseAmount()
{
    QFETCH(QString, selection);
    QFETCH(bool, ok);
    QFETCH(QString, amount);
    QFETCH(QString, currency);
    QFETCH(QString, unit);
    bool found = !ok;
    const Suggestion s = Recognizer::parseAmount(selection, &found);
    QCOMPARE(found, ok);
    if (!ok)
        return;
    QCOMPARE(s.kind, Suggestion::Kind::Amount);
    QCOMPARE(s.amount, amount);
    QCOMPARE(s.currency, currency);
    QCOMPARE(s.unit, unit);
}

void TestSuggestionFormats::parseDeadline_data()
{
    QTest::addColumn<QString>("selection");
    QTest::addColumn<QDate>("published");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QDate>("due");
    QTest::addColumn<QString>("precision");
    QTest::newRow("by 2029") << QStringLiteral("by 2029") << QDate(2026, 1, 1) << true << QDate(2029, 12, 31)
                             << QStringLiteral("year");
    QTest::newRow("within months") << QStringLiteral("within 6 months") << QDate(2026, 1, 1) << true
                                   << QDate(2026, 7, 1) << QStringLiteral("month");
    QTest::newRow("quarter") << QStringLiteral("Q1 2027") << QDate(2026, 1, 1) << true << QDate(2027, 3, 31)
                             << QStringLiteral("quarter");
    QTest::newRow("plain words") << QStringLiteral("the new factory") << QDate(2026, 1, 1) << false << QDate()
                                 << QString();
    QTest::newRow("amount only") << QStringLiteral("$4 billion") << QDate(2026, 1, 1) << false << QDate()
                                 << QString();
}

void TestSuggestionFormats::parseDeadline()
{
    QFETCH(QString, selection);
    QFETCH(QDate, published);
    QFETCH(bool, ok);
    QFETCH(QDate, due);
    QFETCH(QString, precision);
    bool found = !ok;
    const Suggestion s = Recognizer::parseDeadline(selection, published, &found);
    QCOMPARE(found, ok);
    if (!ok)
        return;
    QCOMPARE(s.due, due);
    QCOMPARE(precisionName(s.precision), precision);
}

void TestSuggestionFormats::decimal_data()
{
    QTest::addColumn<QString>("integerPart");
    QTest::addColumn<QString>("fractionPart");
    QTest::addColumn<int>("scale");
    QTest::addColumn<QString>("expected");
    QTest::newRow("integer") << QStringLiteral("42") << QString() << 0 << QStringLiteral("42");
    QTest::newRow("billion") << QStringLiteral("10") << QString() << 9 << QStringLiteral("10000000000");
    QTest::newRow("decimal scaled") << QStringLiteral("1") << QStringLiteral("26") << 12
                                    << QStringLiteral("1260000000000");
    QTest::newRow("fraction stays") << QStringLiteral("0") << QStringLiteral("5") << 0
                                    << QStringLiteral("0.5");
    QTest::newRow("cents") << QStringLiteral("14") << QStringLiteral("27") << -2 << QStringLiteral("0.1427");
    QTest::newRow("trailing zeros") << QStringLiteral("8") << QStringLiteral("10") << 6
                                    << QStringLiteral("8100000");
    QTest::newRow("zero") << QStringLiteral("0") << QString() << 9 << QStringLiteral("0");
    QTest::newRow("too many digits") << QStringLiteral("12345678901234567890123") << QString() << 0
                                     << QString();
}

void TestSuggestionFormats::decimal()
{
    QFETCH(QString, integerPart);
    QFETCH(QString, fractionPart);
    QFETCH(int, scale);
    QFETCH(QString, expected);
    const Decimal d = Decimal::fromDigits(integerPart, fractionPart).scaledBy(scale);
    QCOMPARE(d.toString(), expected);
}

void TestSuggestionFormats::offsetsAreUtf16()
{
    // An emoji outside the BMP takes two UTF-16 code units.
    const QString text = QStringLiteral("Big news \U0001F680 the lab raised $90 million and ships by 2027.");
    const QVector<Suggestion> list = Recognizer::recognize(text, QDate(2026, 1, 1));
    QCOMPARE(list.size(), 2);
    for (const Suggestion &s : list) {
        QVERIFY(s.start >= 0 && s.start < s.end && s.end <= text.size());
        QCOMPARE(text.mid(s.start, s.end - s.start), s.text);
    }
    QCOMPARE(list.at(0).text, QStringLiteral("$90 million"));
    QCOMPARE(list.at(0).start, int(text.indexOf(QLatin1Char('$'))));
}

void TestSuggestionFormats::json()
{
    const QVector<Suggestion> list =
        Recognizer::recognize(QStringLiteral("It will spend up to $2-3 billion by 2029."), QDate(2026, 1, 1));
    QCOMPARE(list.size(), 2);
    const QJsonObject a = SuggestionJson::toJson(list.at(0));
    QCOMPARE(a.value(QStringLiteral("kind")).toString(), QStringLiteral("amount"));
    QCOMPARE(a.value(QStringLiteral("amount")).toString(), QStringLiteral("2000000000"));
    QCOMPARE(a.value(QStringLiteral("amount_max")).toString(), QStringLiteral("3000000000"));
    QCOMPARE(a.value(QStringLiteral("currency")).toString(), QStringLiteral("USD"));
    QVERIFY(a.value(QStringLiteral("unit")).isNull());
    QCOMPARE(a.value(QStringLiteral("qualifier")).toString(), QStringLiteral("up to"));
    const QJsonObject d = SuggestionJson::toJson(list.at(1));
    QCOMPARE(d.value(QStringLiteral("kind")).toString(), QStringLiteral("deadline"));
    QCOMPARE(d.value(QStringLiteral("due")).toString(), QStringLiteral("2029-12-31"));
    QCOMPARE(d.value(QStringLiteral("precision")).toString(), QStringLiteral("year"));
    QCOMPARE(d.value(QStringLiteral("text")).toString(), QStringLiteral("by 2029"));
}

void TestSuggestionFormats::batchLine()
{
    QString error;
    const QByteArray out = SuggestionJson::batchLine(
        R"({"id":"a1","text":"They hired 300 engineers.","published":"2025-05-05"})", &error);
    QVERIFY2(!out.isEmpty(), qPrintable(error));
    const QJsonObject o = QJsonDocument::fromJson(out).object();
    QCOMPARE(o.value(QStringLiteral("id")).toString(), QStringLiteral("a1"));
    QCOMPARE(o.value(QStringLiteral("suggestions")).toArray().size(), 1);
    QVERIFY(SuggestionJson::batchLine("not json", &error).isEmpty());
    QVERIFY(!error.isEmpty());
}

QTEST_GUILESS_MAIN(TestSuggestionFormats)
#include "tst_suggestionformats.moc"
