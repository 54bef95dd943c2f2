#pragma once

// What many tests need of files: a file's hash (to prove it unchanged) and the
// project's sample article. Linked through the gleaner_testcommon target, which
// also defines GLEANER_SOURCE_DIR.
#include <QCryptographicHash>
#include <QFile>
#include <QString>

namespace Gleaner::Test {

// SHA-256 of a file's bytes; empty when it cannot be read.
inline QByteArray fileHash(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

// The project's own English sample article (resources/samples).
inline QString sampleArticlePath()
{
    return QStringLiteral(GLEANER_SOURCE_DIR "/resources/samples/sample-article.txt");
}

} // namespace Gleaner::Test
