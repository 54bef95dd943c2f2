#pragma once

#include <QByteArray>
#include <QString>

namespace Gleaner {

class Gzip
{
public:
    static bool isGzip(const QByteArray &data);
    // Decompresses a gzip stream; stops with an error past `maxBytes` of output.
    static bool decompress(const QByteArray &data, QByteArray *out, QString *error,
                           qint64 maxBytes = 512 * 1024 * 1024);
};

} // namespace Gleaner
