#pragma once

#include <QString>

namespace Gleaner {

// Which file a path names, found with stat() alone: no descriptor is opened, so
// probing a library that SQLite holds open cannot drop its locks.
struct FileIdentity
{
    quint64 device = 0;
    quint64 inode = 0;
    bool isValid() const { return inode != 0; }
    bool operator==(const FileIdentity &other) const
    {
        return device == other.device && inode == other.inode;
    }
    bool operator!=(const FileIdentity &other) const { return !(*this == other); }
};

class FileProbe
{
public:
    enum class Kind {
        Missing, // nothing there (a dangling link counts, see isDanglingLink)
        Regular, // a plain file
        Directory,
        Fifo,   // a named pipe
        Device, // /dev/null, a disk
        Socket,
        Other,
        SymlinkLoop,  // links that lead back to themselves
        NotReachable, // a folder on the way may not be searched (EACCES), or is not a folder
    };

    static FileProbe of(const QString &path);

    Kind kind = Kind::Missing;
    FileIdentity identity;
    bool isDanglingLink = false; // Missing, but the path itself is a symbolic link
    QString linkTarget;          // where a dangling link points

    // What `path` is to be: the library, a file read (an article), or a file written.
    enum class Purpose { Library, Input, Output };
    // A sentence for the user about why `path` cannot serve that purpose, or empty
    // for a regular file and for a missing one. Pipes and devices are streams for
    // input and output, so only a library must be a regular file.
    QString problem(const QString &path, Purpose purpose = Purpose::Library) const;
};

// Whether two paths name the same file (device and inode), following links.
bool isSameFile(const QString &a, const QString &b);

} // namespace Gleaner
