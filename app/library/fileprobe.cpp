#include "library/fileprobe.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <sys/stat.h>

namespace Gleaner {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("Gleaner::FileProbe", text);
}
} // namespace

FileProbe FileProbe::of(const QString &path)
{
    FileProbe probe;
    const QByteArray native = QFile::encodeName(path);
    struct stat st = {};
    if (::stat(native.constData(), &st) != 0) {
        const int error = errno;
        if (error == ELOOP) {
            probe.kind = Kind::SymlinkLoop;
        } else if (error == EACCES || error == ENOTDIR) {
            probe.kind = Kind::NotReachable;
        } else {
            probe.kind = Kind::Missing;
            struct stat link = {};
            if (::lstat(native.constData(), &link) == 0 && S_ISLNK(link.st_mode)) {
                probe.isDanglingLink = true;
                probe.linkTarget = QFileInfo(path).symLinkTarget();
            }
        }
        return probe;
    }
    probe.identity = {quint64(st.st_dev), quint64(st.st_ino)};
    if (S_ISREG(st.st_mode))
        probe.kind = Kind::Regular;
    else if (S_ISDIR(st.st_mode))
        probe.kind = Kind::Directory;
    else if (S_ISFIFO(st.st_mode))
        probe.kind = Kind::Fifo;
    else if (S_ISCHR(st.st_mode) || S_ISBLK(st.st_mode))
        probe.kind = Kind::Device;
    else if (S_ISSOCK(st.st_mode))
        probe.kind = Kind::Socket;
    else
        probe.kind = Kind::Other;
    return probe;
}

QString FileProbe::problem(const QString &path, Purpose purpose) const
{
    const bool library = purpose == Purpose::Library;
    switch (kind) {
    case Kind::Regular:
        return {};
    case Kind::Missing:
        if (!isDanglingLink)
            return {};
        return library
                   ? tr("“%1” is a link to “%2”, which does not exist. Fix the link or choose the library "
                        "file itself.")
                         .arg(path, linkTarget)
                   : tr("“%1” is a link to “%2”, which does not exist. Fix the link or choose the file "
                        "itself.")
                         .arg(path, linkTarget);
    case Kind::Directory:
        switch (purpose) {
        case Purpose::Library:
            return tr("“%1” is a folder, not a Gleaner library. Choose a .gleaner file inside it.").arg(path);
        case Purpose::Input:
            return tr("“%1” is a folder, not a file. Choose a file inside it.").arg(path);
        case Purpose::Output:
            return tr("“%1” is a folder. Give a file name for the output.").arg(path);
        }
        break;
    case Kind::Fifo:
        if (library)
            return tr("“%1” is a named pipe (FIFO), not a library file. A library must be a regular file; "
                      "choose a .gleaner file.")
                .arg(path);
        break;
    case Kind::Device:
        if (library)
            return tr("“%1” is a device, not a library file. Choose a .gleaner file.").arg(path);
        break;
    case Kind::Socket:
        if (library)
            return tr("“%1” is a socket, not a library file. Choose a .gleaner file.").arg(path);
        break;
    case Kind::Other:
        if (library)
            return tr("“%1” is not a regular file. Choose a .gleaner file.").arg(path);
        break;
    case Kind::SymlinkLoop:
        return tr("“%1” is a symbolic link that leads back to itself (a loop), so it names no file. Fix or "
                  "remove the link.")
            .arg(path);
    case Kind::NotReachable:
        return tr("Cannot reach “%1”: a folder on the way cannot be searched, or is not a folder. Check the "
                  "path and the folders' permissions.")
            .arg(path);
    }
    return tr("“%1” is not a regular file. Choose a file.").arg(path);
}

bool isSameFile(const QString &a, const QString &b)
{
    const FileProbe pa = FileProbe::of(a);
    const FileProbe pb = FileProbe::of(b);
    return pa.identity.isValid() && pa.identity == pb.identity;
}

} // namespace Gleaner
