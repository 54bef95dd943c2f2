#include "cleaning/articlecleaner.h"
#include "cleaning/charsetdecoder.h"

#include <QFile>
#include <QTest>

using namespace Gleaner;

class TestCharsetDecoder : public QObject
{
    Q_OBJECT

private slots:
    void fixtures_data();
    void fixtures();
    void callerCharsetWins();
    void byteOrderMarks_data();
    void byteOrderMarks();
    void labels_data();
    void labels();
    void declaredUtf8WithStrayBytes_data();
    void declaredUtf8WithStrayBytes();
};

void TestCharsetDecoder::fixtures_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("charset");
    QTest::addColumn<QString>("phrase");

    QTest::newRow("UTF-8") << "charset-utf8.html"
                           << "UTF-8" << QString::fromUtf8("crème brûlée every Friday");
    QTest::newRow("windows-1252 declared") << "charset-windows1252.html"
                                           << "windows-1252" << QString::fromUtf8("“old” quarter is busier");
    QTest::newRow("windows-1252 detected") << "charset-windows1252-undeclared.html"
                                           << "windows-1252" << QString::fromUtf8("déjà vu: the same façade");
    QTest::newRow("Shift_JIS declared") << "charset-shiftjis.html"
                                        << "Shift_JIS" << QString::fromUtf8("新しい図書館が開館しました");
    QTest::newRow("Shift_JIS detected") << "charset-shiftjis-undeclared.html"
                                        << "Shift_JIS" << QString::fromUtf8("新しい図書館が開館しました");
    QTest::newRow("EUC-JP declared") << "charset-eucjp.html"
                                     << "EUC-JP" << QString::fromUtf8("三十年ぶりに秋の祭りが復活");
    QTest::newRow("EUC-JP detected") << "charset-eucjp-undeclared.html"
                                     << "EUC-JP" << QString::fromUtf8("三十年ぶりに秋の祭りが復活");
    QTest::newRow("GB2312 label as GB18030") << "charset-gb18030.html"
                                             << "GB18030" << QString::fromUtf8("新增了一条环湖自行车道");
    QTest::newRow("GB18030 detected") << "charset-gb18030-undeclared.html"
                                      << "GB18030" << QString::fromUtf8("新增了一条环湖自行车道");
    QTest::newRow("EUC-KR declared") << "charset-euckr.html"
                                     << "EUC-KR" << QString::fromUtf8("새 도서관이 문을 열었습니다");
    QTest::newRow("EUC-KR detected") << "charset-euckr-undeclared.html"
                                     << "EUC-KR" << QString::fromUtf8("새 도서관이 문을 열었습니다");
}

void TestCharsetDecoder::fixtures()
{
    QFETCH(QString, file);
    QFETCH(QString, charset);
    QFETCH(QString, phrase);
    QFile f(QStringLiteral(GLEANER_FIXTURES "/cleaning/") + file);
    QVERIFY(f.open(QIODevice::ReadOnly));
    CleanInput input;
    input.data = f.readAll();
    const CleanResult r = ArticleCleaner::clean(input);
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(r.article.charset, charset);
    QVERIFY2(r.article.text.contains(phrase), qPrintable(r.article.text));
    QVERIFY(!r.article.title.isEmpty());
    QVERIFY(!r.article.text.contains(QChar(QChar::ReplacementCharacter)));
}

void TestCharsetDecoder::callerCharsetWins()
{
    // Declared as UTF-8 in the page, but the HTTP header knows better.
    const QByteArray data = "<meta charset=utf-8><p>caf\xE9 cr\xE8me</p>";
    QCOMPARE(
        CharsetDecoder::decode(data, QStringLiteral("ISO-8859-1")).text.contains(QString::fromUtf8("café")),
        true);
}

void TestCharsetDecoder::byteOrderMarks_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QString>("charset");
    QTest::newRow("UTF-8 BOM") << QByteArray("\xEF\xBB\xBF<p>caf\xC3\xA9</p>") << "UTF-8";
    QTest::newRow("UTF-16LE BOM") << QByteArray("\xFF\xFE<\0p\0>\0c\0a\0f\0\xE9\0", 16) << "UTF-16LE";
    QTest::newRow("UTF-16BE BOM") << QByteArray("\xFE\xFF\0<\0p\0>\0c\0a\0f\0\xE9", 16) << "UTF-16BE";
}

void TestCharsetDecoder::byteOrderMarks()
{
    QFETCH(QByteArray, data);
    QFETCH(QString, charset);
    const CharsetDecoder::Result r = CharsetDecoder::decode(data);
    QCOMPARE(r.charset, charset);
    QVERIFY(r.text.contains(QString::fromUtf8("café")));
    QVERIFY(!r.text.startsWith(QChar(0xFEFF)));
}

void TestCharsetDecoder::labels_data()
{
    QTest::addColumn<QByteArray>("label");
    QTest::addColumn<QString>("name");
    QTest::newRow("sjis") << QByteArray("x-sjis") << "Shift_JIS";
    QTest::newRow("gbk") << QByteArray("GBK") << "GB18030";
    QTest::newRow("latin1") << QByteArray("ISO-8859-1") << "windows-1252";
    QTest::newRow("ks_c") << QByteArray("ks_c_5601-1987") << "EUC-KR";
    QTest::newRow("unknown") << QByteArray("no-such-charset") << "";
}

void TestCharsetDecoder::labels()
{
    QFETCH(QByteArray, label);
    QFETCH(QString, name);
    QCOMPARE(CharsetDecoder::canonicalName(label), name);
}

void TestCharsetDecoder::declaredUtf8WithStrayBytes_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QString>("charset");
    QTest::addColumn<QString>("phrase");
    // One bad byte in a UTF-8 page: the declaration holds, the byte becomes U+FFFD.
    QTest::newRow("one stray byte") << QByteArray(
                                           "<meta charset=utf-8><p>Caf\xC3\xA9 cr\xC3\xA8me \x96 "
                                           "na\xC3\xAFve r\xC3\xA9sum\xC3\xA9 \xE6\x97\xA5\xE6\x9C\xAC</p>")
                                    << "UTF-8" << QString::fromUtf8("Café crème \uFFFD naïve résumé 日本");
    QTest::newRow("stray byte, otherwise ASCII") << QByteArray("<meta charset=\"UTF-8\"><p>Ten billion \xA0"
                                                               "dollars</p>")
                                                 << "UTF-8" << QString::fromUtf8("Ten billion \uFFFDdollars");
    // A legacy page labelled UTF-8 by mistake: many accented letters, no UTF-8 at all.
    QTest::newRow("mislabelled windows-1252")
        << QByteArray("<meta charset=utf-8><p>d\xE9j\xE0 vu, fa\xE7"
                      "ade, caf\xE9, na\xEF"
                      "ve, r\xE9sum\xE9</p>")
        << "windows-1252" << QString::fromUtf8("déjà vu, façade, café, naïve, résumé");
}

void TestCharsetDecoder::declaredUtf8WithStrayBytes()
{
    QFETCH(QByteArray, data);
    QFETCH(QString, charset);
    QFETCH(QString, phrase);
    const CharsetDecoder::Result r = CharsetDecoder::decode(data);
    QCOMPARE(r.charset, charset);
    QVERIFY2(r.text.contains(phrase), qPrintable(r.text));
}

QTEST_GUILESS_MAIN(TestCharsetDecoder)
#include "tst_charsetdecoder.moc"
