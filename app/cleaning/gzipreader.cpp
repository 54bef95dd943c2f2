#include "cleaning/gzipreader.h"

#include <libdeflate.h>

#include <memory>

namespace Gleaner {

bool GzipReader::isGzip(const QByteArray &data)
{
    return data.size() >= 2 && uchar(data.at(0)) == 0x1f && uchar(data.at(1)) == 0x8b;
}

QByteArray GzipReader::decompress(const QByteArray &data, QString *error, qsizetype limit)
{
    auto fail = [error](const QString &why) {
        if (error)
            *error = why;
        return QByteArray();
    };
    // A gzip member is at least a 10-byte header and an 8-byte trailer.
    if (data.size() < 18)
        return fail(QStringLiteral("the gzip data is truncated"));
    const std::unique_ptr<libdeflate_decompressor, decltype(&libdeflate_free_decompressor)> decompressor(
        libdeflate_alloc_decompressor(), &libdeflate_free_decompressor);
    if (!decompressor)
        return fail(QStringLiteral("not enough memory to decompress"));

    // The trailer ends with the size modulo 2^32: a good first guess, not a promise
    // (the file may be crafted, or hold more than one member).
    const auto *tail = reinterpret_cast<const uchar *>(data.constData() + data.size() - 4);
    const qsizetype announced =
        qsizetype(tail[0]) | qsizetype(tail[1]) << 8 | qsizetype(tail[2]) << 16 | qsizetype(tail[3]) << 24;
    qsizetype capacity = qBound<qsizetype>(4096, announced, limit);
    QByteArray out;
    for (;;) {
        out.resize(capacity);
        std::size_t written = 0;
        // libdeflate checks the CRC-32 and the size in the trailer.
        const libdeflate_result result =
            libdeflate_gzip_decompress_ex(decompressor.get(), data.constData(), std::size_t(data.size()),
                                          out.data(), std::size_t(capacity), nullptr, &written);
        if (result == LIBDEFLATE_SUCCESS) {
            out.resize(qsizetype(written));
            return out;
        }
        if (result != LIBDEFLATE_INSUFFICIENT_SPACE)
            return fail(QStringLiteral("the gzip data is damaged or truncated"));
        if (capacity >= limit)
            return fail(
                QStringLiteral("the decompressed data is larger than %1 MB").arg(limit / (1024 * 1024)));
        capacity = qMin(limit, capacity * 4);
    }
}

} // namespace Gleaner
