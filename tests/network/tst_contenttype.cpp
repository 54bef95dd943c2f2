#include "network/contenttype.h"

#include <QTest>

using Gleaner::ContentType;

class TestContentType : public QObject
{
    Q_OBJECT
private slots:
    void fromHeader_data();
    void fromHeader();
    void sniff_data();
    void sniff();
};

void TestContentType::fromHeader_data()
{
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<QString>("mediaType");
    QTest::addColumn<QString>("charset");
    QTest::addColumn<int>("kind");

    const auto html = int(ContentType::Kind::Html);
    QTest::newRow("plain html") << QByteArray("text/html") << "text/html" << QString() << html;
    QTest::newRow("charset") << QByteArray("text/html; charset=UTF-8") << "text/html"
                             << "utf-8" << html;
    QTest::newRow("quoted, upper case") << QByteArray("Text/HTML;Charset=\"Shift_JIS\"") << "text/html"
                                        << "shift_jis" << html;
    QTest::newRow("other parameters first")
        << QByteArray("text/plain; format=flowed; charset=iso-8859-1") << "text/plain"
        << "iso-8859-1" << int(ContentType::Kind::PlainText);
    QTest::newRow("xhtml") << QByteArray("application/xhtml+xml") << "application/xhtml+xml" << QString()
                           << html;
    QTest::newRow("pdf") << QByteArray("application/pdf") << "application/pdf" << QString()
                         << int(ContentType::Kind::Pdf);
    QTest::newRow("image") << QByteArray("image/webp") << "image/webp" << QString()
                           << int(ContentType::Kind::Image);
    QTest::newRow("binary") << QByteArray("application/octet-stream") << "application/octet-stream"
                            << QString() << int(ContentType::Kind::Other);
}

void TestContentType::fromHeader()
{
    QFETCH(QByteArray, header);
    QFETCH(QString, mediaType);
    QFETCH(QString, charset);
    QFETCH(int, kind);
    const ContentType type = ContentType::fromHeader(header);
    QCOMPARE(type.mediaType(), mediaType);
    QCOMPARE(type.charset(), charset);
    QCOMPARE(int(type.kind()), kind);
}

void TestContentType::sniff_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("mediaType");

    QTest::newRow("html") << QByteArray("<!DOCTYPE html><p>x") << "text/html";
    QTest::newRow("html after BOM and space") << QByteArray("\xef\xbb\xbf\n  <html>") << "text/html";
    QTest::newRow("text") << QByteArray("Just words.\n") << "text/plain";
    QTest::newRow("empty") << QByteArray() << "text/plain";
    QTest::newRow("pdf") << QByteArray("%PDF-1.7\n...") << "application/pdf";
    QTest::newRow("png") << QByteArray("\x89PNG\r\n\x1a\n\0\0", 10) << "image/png";
    QTest::newRow("binary") << QByteArray("ab\0cd", 5) << "application/octet-stream";
}

void TestContentType::sniff()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, mediaType);
    QCOMPARE(ContentType::sniff(body).mediaType(), mediaType);
    QVERIFY(ContentType::sniff(body).charset().isEmpty());
}

QTEST_GUILESS_MAIN(TestContentType)
#include "tst_contenttype.moc"
