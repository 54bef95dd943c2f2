#include "util/gzip.h"

#include <QCoreApplication>

#include <zlib.h>

namespace Gleaner {

bool Gzip::isGzip(const QByteArray &data)
{
    return data.size() >= 2 && uchar(data.at(0)) == 0x1f && uchar(data.at(1)) == 0x8b;
}

bool Gzip::decompress(const QByteArray &data, QByteArray *out, QString *error, qint64 maxBytes)
{
    z_stream stream{};
    if (inflateInit2(&stream, 16 + MAX_WBITS) != Z_OK) {
        *error = QCoreApplication::translate("Gleaner::Gzip", "Could not start decompressing.");
        return false;
    }
    out->clear();
    stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data.constData()));
    stream.avail_in = uInt(data.size());
    char buffer[64 * 1024];
    int rc = Z_OK;
    while (rc != Z_STREAM_END) {
        stream.next_out = reinterpret_cast<Bytef *>(buffer);
        stream.avail_out = sizeof buffer;
        rc = inflate(&stream, Z_NO_FLUSH);
        if (rc != Z_OK && rc != Z_STREAM_END) {
            inflateEnd(&stream);
            *error = QCoreApplication::translate("Gleaner::Gzip",
                                                 "The compressed file is damaged or incomplete (%1).")
                         .arg(QString::fromLatin1(stream.msg ? stream.msg : "truncated"));
            return false;
        }
        out->append(buffer, int(sizeof buffer - stream.avail_out));
        if (out->size() > maxBytes) {
            inflateEnd(&stream);
            *error = QCoreApplication::translate("Gleaner::Gzip", "The compressed file expands to more than %1 MB.")
                         .arg(maxBytes / (1024 * 1024));
            return false;
        }
        if (rc == Z_OK && stream.avail_in == 0 && stream.avail_out != 0) {
            inflateEnd(&stream);
            *error = QCoreApplication::translate("Gleaner::Gzip", "The compressed file is incomplete.");
            return false;
        }
    }
    inflateEnd(&stream);
    return true;
}

} // namespace Gleaner
