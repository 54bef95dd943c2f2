#include "cleaning/gzipreader.h"

#include <QTest>

#include <libdeflate.h>

using namespace Gleaner;

namespace {

QByteArray gzip(const QByteArray &data)
{
    libdeflate_compressor *compressor = libdeflate_alloc_compressor(6);
    QByteArray out(qsizetype(libdeflate_gzip_compress_bound(compressor, std::size_t(data.size()))), '\0');
    const std::size_t size = libdeflate_gzip_compress(compressor, data.constData(), std::size_t(data.size()),
                                                      out.data(), std::size_t(out.size()));
    libdeflate_free_compressor(compressor);
    out.resize(qsizetype(size));
    return out;
}

QByteArray page(qsizetype size)
{
    QByteArray text;
    for (int i = 0; text.size() < size; ++i)
        text += "<p>Paragraph " + QByteArray::number(i) + " of a saved page, with some words.</p>\n";
    text.truncate(size);
    return text;
}

} // namespace

class TestGzipReader : public QObject
{
    Q_OBJECT

private slots:
    void decompress_data();
    void decompress();
    void isGzip();
};

void TestGzipReader::decompress_data()
{
    QTest::addColumn<QByteArray>("compressed");
    QTest::addColumn<qsizetype>("limit");
    QTest::addColumn<QByteArray>("expected"); // when it works
    QTest::addColumn<QString>("error");       // when it does not

    const qsizetype noLimit = 256 * 1024 * 1024;
    for (const qsizetype size : {0, 1, 4095, 4096, 100000, 3 * 1024 * 1024}) {
        QTest::addRow("%lld bytes", qlonglong(size))
            << gzip(page(size)) << noLimit << page(size) << QString();
    }
    const QByteArray first = page(200000);
    QTest::newRow("two members: the first is the page")
        << gzip(first) + gzip("second") << noLimit << first << QString();
    QTest::newRow("bytes after the member") << gzip(first) + "trailing junk" << noLimit << first << QString();

    const QByteArray whole = gzip(page(100000));
    QTest::newRow("cut in half") << whole.left(whole.size() / 2) << noLimit << QByteArray()
                                 << QStringLiteral("damaged or truncated");
    QByteArray badCrc = whole;
    badCrc[badCrc.size() - 6] = char(badCrc.at(badCrc.size() - 6) ^ 0x55);
    QTest::newRow("wrong CRC-32") << badCrc << noLimit << QByteArray()
                                  << QStringLiteral("damaged or truncated");
    QByteArray badSize = whole;
    badSize[badSize.size() - 1] = char(badSize.at(badSize.size() - 1) ^ 0x01);
    QTest::newRow("wrong size in the trailer")
        << badSize << noLimit << QByteArray() << QStringLiteral("damaged or truncated");
    QTest::newRow("header only") << whole.left(10) << noLimit << QByteArray() << QStringLiteral("truncated");
    QTest::newRow("larger than the limit") << gzip(page(3 * 1024 * 1024)) << qsizetype(1024 * 1024)
                                           << QByteArray() << QStringLiteral("larger than 1 MB");
}

void TestGzipReader::decompress()
{
    QFETCH(QByteArray, compressed);
    QFETCH(qsizetype, limit);
    QFETCH(QByteArray, expected);
    QFETCH(QString, error);
    QVERIFY(GzipReader::isGzip(compressed));
    QString why;
    const QByteArray out = GzipReader::decompress(compressed, &why, limit);
    if (error.isEmpty()) {
        QVERIFY2(why.isEmpty(), qPrintable(why));
        QCOMPARE(out.size(), expected.size());
        QCOMPARE(out, expected);
    } else {
        QVERIFY(out.isEmpty());
        QVERIFY2(why.contains(error), qPrintable(why));
    }
}

void TestGzipReader::isGzip()
{
    QVERIFY(!GzipReader::isGzip(QByteArray()));
    QVERIFY(!GzipReader::isGzip("<html>"));
    QVERIFY(!GzipReader::isGzip("\x1f"));
    QVERIFY(GzipReader::isGzip("\x1f\x8b"));
}

QTEST_APPLESS_MAIN(TestGzipReader)
#include "tst_gzipreader.moc"
