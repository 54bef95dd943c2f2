#include "cleaning/gzipreader.h"

#include <zlib.h>

namespace Gleaner {

bool GzipReader::isGzip(const QByteArray &data)
{
    return data.size() >= 2 && uchar(data.at(0)) == 0x1f && uchar(data.at(1)) == 0x8b;
}

QByteArray GzipReader::decompress(const QByteArray &data, QString *error, qsizetype limit)
{
    z_stream zs{};
    if (inflateInit2(&zs, 16 + MAX_WBITS) != Z_OK) {
        if (error)
            *error = QStringLiteral("cannot initialise zlib");
        return QByteArray();
    }
    QByteArray out;
    const qsizetype chunk = 256 * 1024;
    zs.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data.constData()));
    zs.avail_in = uInt(qMin<qsizetype>(data.size(), std::numeric_limits<uInt>::max()));
    int rc = Z_OK;
    while (rc != Z_STREAM_END) {
        if (out.size() >= limit) {
            inflateEnd(&zs);
            if (error)
                *error =
                    QStringLiteral("the decompressed data is larger than %1 MB").arg(limit / (1024 * 1024));
            return QByteArray();
        }
        const qsizetype old = out.size();
        out.resize(old + chunk);
        zs.next_out = reinterpret_cast<Bytef *>(out.data() + old);
        zs.avail_out = uInt(chunk);
        rc = inflate(&zs, Z_NO_FLUSH);
        out.resize(old + chunk - qsizetype(zs.avail_out));
        if (rc == Z_STREAM_END)
            break;
        if (rc != Z_OK) {
            inflateEnd(&zs);
            if (error)
                *error = QStringLiteral("the gzip data is damaged or truncated");
            return QByteArray();
        }
        if (zs.avail_in == 0 && zs.avail_out != 0) {
            inflateEnd(&zs);
            if (error)
                *error = QStringLiteral("the gzip data is truncated");
            return QByteArray();
        }
    }
    inflateEnd(&zs);
    return out;
}

} // namespace Gleaner
