// How annotation values read in the panel, tool tips and exports: numbers in the
// user's locale, units written as they go with the number, dates without weekdays.
#include "services/annotationtext.h"

#include <QTest>

using namespace Gleaner;

class TestAnnotationText : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void amounts_data()
    {
        QTest::addColumn<QString>("amount");
        QTest::addColumn<QString>("currency");
        QTest::addColumn<QString>("unit");
        QTest::addColumn<QString>("qualifier");
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QString>("expected");
        const QString nb = QString(QChar(0x00a0));
        QTest::newRow("currency") << "6500000000"
                                  << "USD"
                                  << ""
                                  << ""
                                  << "en_US"
                                  << "USD" + nb + "6,500,000,000";
        QTest::newRow("a noun's last word takes the plural") << "12"
                                                             << ""
                                                             << "data center"
                                                             << ""
                                                             << "en_US"
                                                             << "12" + nb + "data centers";
        QTest::newRow("one stays singular") << "1"
                                            << ""
                                            << "data center"
                                            << ""
                                            << "en_US"
                                            << "1" + nb + "data center";
        QTest::newRow("qualifier") << "2"
                                   << ""
                                   << "gigawatt"
                                   << "up to"
                                   << "en_US"
                                   << "up to 2" + nb + "gigawatts";
        QTest::newRow("a fraction is plural") << "0.5"
                                              << ""
                                              << "tonne"
                                              << ""
                                              << "en_US"
                                              << "0.5" + nb + "tonnes";
        QTest::newRow("energy symbol") << "5"
                                       << ""
                                       << "gwh"
                                       << ""
                                       << "en_US"
                                       << "5" + nb + "GWh";
        QTest::newRow("irregular") << "3"
                                   << ""
                                   << "person"
                                   << ""
                                   << "en_US"
                                   << "3" + nb + "people";
        QTest::newRow("area") << "2000000"
                              << ""
                              << "square foot"
                              << ""
                              << "en_US"
                              << "2,000,000" + nb + "square feet";
        QTest::newRow("frequency symbol") << "120"
                                          << ""
                                          << "megahertz"
                                          << ""
                                          << "en_US"
                                          << "120" + nb + "MHz";
        QTest::newRow("stored as people") << "400000"
                                          << ""
                                          << "people"
                                          << ""
                                          << "en_US"
                                          << "400,000" + nb + "people";
        QTest::newRow("-y") << "3"
                            << ""
                            << "battery"
                            << ""
                            << "en_US"
                            << "3" + nb + "batteries";
        QTest::newRow("-es") << "2"
                             << ""
                             << "research campus"
                             << ""
                             << "en_US"
                             << "2" + nb + "research campuses";
        QTest::newRow("vowel + y") << "4"
                                   << ""
                                   << "key"
                                   << ""
                                   << "en_US"
                                   << "4" + nb + "keys";
        QTest::newRow("Japanese unit as it is") << "10000"
                                                << ""
                                                << "人"
                                                << ""
                                                << "ja_JP"
                                                << "10,000" + nb + "人";
        QTest::newRow("a unit the user typed") << "3"
                                               << ""
                                               << "GPU clusters"
                                               << ""
                                               << "en_US"
                                               << "3" + nb + "GPU clusters";
        QTest::newRow("German digits") << "1000000"
                                       << ""
                                       << "engineer"
                                       << ""
                                       << "de_DE"
                                       << "1.000.000" + nb + "engineers";
    }
    void amounts()
    {
        QFETCH(QString, amount);
        QFETCH(QString, currency);
        QFETCH(QString, unit);
        QFETCH(QString, qualifier);
        QFETCH(QString, locale);
        QFETCH(QString, expected);
        QCOMPARE(AnnotationText::amount(amount, currency, unit, qualifier, QLocale(locale)), expected);
    }
    void dueDates()
    {
        const QLocale english(QStringLiteral("en_US"));
        QCOMPARE(AnnotationText::date(QDate(2031, 11, 20), english), QStringLiteral("November 20, 2031"));
        QVERIFY(!AnnotationText::date(QDate(2031, 11, 20), english).contains(QStringLiteral("Thursday")));
        QCOMPARE(AnnotationText::date(QDate(2031, 11, 20), QLocale(QStringLiteral("ja_JP"))),
                 QStringLiteral("2031年11月20日"));
        QVERIFY(AnnotationText::due(QDate(2029, 12, 31), DatePrecision::Year, english)
                    .contains(QStringLiteral("2029")));
        QVERIFY(AnnotationText::due(QDate(), DatePrecision::Year, english).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestAnnotationText)
#include "tst_annotationtext.moc"
