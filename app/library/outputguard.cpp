#include "library/outputguard.h"

#include "library/fileprobe.h"
#include "library/openlibraries.h"

#include <QFile>
#include <QFileInfo>

namespace Gleaner {

QString OutputGuard::problem(const QString &path, const QStringList &inputs)
{
    const QString library = OpenLibraries::libraryClaiming(path);
    if (!library.isEmpty())
        return tr("“%1” is the library “%2” or one of its files; writing there would destroy the library. "
                  "Choose "
                  "another file name.")
            .arg(path, library);
    for (const QString &input : inputs) {
        if (input != QLatin1String("-") && isSameFile(path, input))
            return tr("“%1” is one of the input files; writing there would replace it. Choose another name "
                      "or "
                      "folder for the output.")
                .arg(path);
    }
    const FileProbe probe = FileProbe::of(path);
    switch (probe.kind) {
    case FileProbe::Kind::Missing:
        return probe.problem(path, FileProbe::Purpose::Output);
    case FileProbe::Kind::Regular:
        break;
    case FileProbe::Kind::Device:
    case FileProbe::Kind::Fifo:
        return {}; // /dev/stdout, a pipe: written as a stream
    default:
        return probe.problem(path, FileProbe::Purpose::Output);
    }
    // A file that is not open here may be read: is it a database someone keeps?
    QFile file(path);
    if (file.open(QIODevice::ReadOnly) && file.read(16) == QByteArray("SQLite format 3", 16))
        return tr("“%1” is a SQLite database (perhaps a Gleaner library); Gleaner does not overwrite it. "
                  "Choose "
                  "another file name.")
            .arg(path);
    return {};
}

} // namespace Gleaner
