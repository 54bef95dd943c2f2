#include "export/outputfile.h"

#include "library/fileprobe.h"
#include "library/outputguard.h"

#include <QFile>
#include <QSaveFile>

namespace Gleaner {

bool OutputFile::save(const QString &path, const QByteArray &data, QString *error)
{
    *error = OutputGuard::problem(path);
    if (!error->isEmpty())
        return false;
    const FileProbe probe = FileProbe::of(path);
    if (probe.kind == FileProbe::Kind::Device || probe.kind == FileProbe::Kind::Fifo) {
        QFile stream(path);
        if (!stream.open(QIODevice::WriteOnly) || stream.write(data) != data.size() || !stream.flush()) {
            *error = tr("Could not write to “%1”: %2.").arg(path, stream.errorString());
            return false;
        }
        return true;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error =
            tr("Could not create “%1”: %2. Choose a folder you can write to.").arg(path, file.errorString());
        return false;
    }
    if (file.write(data) != data.size() || !file.commit()) {
        *error = tr("Could not save “%1”: %2. Check the free disk space.").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace Gleaner
