#pragma once

#include <QByteArray>
#include <QString>

namespace Gleaner {

// Decompresses gzip data (a saved page.html.gz) with zlib.
class GzipReader
{
public:
    static bool isGzip(const QByteArray &data);
    // The decompressed bytes; on failure an empty array and *error says why. Output is
    // capped at `limit` bytes so a crafted file cannot exhaust memory.
    static QByteArray decompress(const QByteArray &data, QString *error, qsizetype limit = 256 * 1024 * 1024);
};

} // namespace Gleaner
