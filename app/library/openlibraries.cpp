#include "library/openlibraries.h"

#include "library/libraryconnection.h"

#include <QDir>
#include <QFileInfo>
#include <QMutex>
#include <QThread>

#include <vector>

namespace Gleaner {

namespace {
struct Open
{
    const LibraryConnection *connection;
    std::weak_ptr<LibraryConnection> weak;
    FileIdentity file;
    QString path; // absolute
    QThread *thread;
    int access; // LibraryConnection::Access
};

struct Registry
{
    QMutex mutex;
    std::vector<Open> open;
    QHash<QPair<quint64, quint64>, LibraryHeader> headers;
};

Registry &registry()
{
    static Registry r;
    return r;
}

QPair<quint64, quint64> key(const FileIdentity &file)
{
    return {file.device, file.inode};
}

// Where `path` leads: the canonical path of an existing file, else of its folder
// plus its name, following a dangling link to what it names.
QString resolved(const QString &path)
{
    QFileInfo info(path);
    for (int hops = 0; info.isSymLink() && hops < 40; ++hops)
        info.setFile(info.symLinkTarget());
    if (info.exists())
        return info.canonicalFilePath();
    const QString folder = QFileInfo(info.absolutePath()).canonicalFilePath();
    return folder.isEmpty() ? info.absoluteFilePath() : QDir(folder).filePath(info.fileName());
}
} // namespace

namespace OpenLibraries {

std::optional<LibraryHeader> header(const FileIdentity &file)
{
    Registry &r = registry();
    QMutexLocker lock(&r.mutex);
    const auto it = r.headers.constFind(key(file));
    if (it == r.headers.constEnd())
        return std::nullopt;
    return *it;
}

void updateHeader(const FileIdentity &file, const LibraryHeader &header)
{
    Registry &r = registry();
    QMutexLocker lock(&r.mutex);
    if (r.headers.contains(key(file)))
        r.headers.insert(key(file), header);
}

std::shared_ptr<LibraryConnection> connectionFor(const FileIdentity &file, QThread *thread, int access)
{
    Registry &r = registry();
    QMutexLocker lock(&r.mutex);
    for (const Open &o : r.open) {
        if (o.file == file && o.thread == thread && o.access == access) {
            if (std::shared_ptr<LibraryConnection> live = o.weak.lock())
                return live;
        }
    }
    return nullptr;
}

void add(const std::shared_ptr<LibraryConnection> &connection, const LibraryHeader &header)
{
    Registry &r = registry();
    QMutexLocker lock(&r.mutex);
    r.open.push_back({connection.get(), connection, connection->identity(), connection->path(),
                      QThread::currentThread(), int(connection->access())});
    if (!r.headers.contains(key(connection->identity())))
        r.headers.insert(key(connection->identity()), header);
}

void remove(const LibraryConnection *connection)
{
    Registry &r = registry();
    QMutexLocker lock(&r.mutex);
    FileIdentity file;
    for (auto it = r.open.begin(); it != r.open.end(); ++it) {
        if (it->connection == connection) {
            file = it->file;
            r.open.erase(it);
            break;
        }
    }
    if (!file.isValid())
        return;
    for (const Open &o : r.open) {
        if (o.file == file)
            return;
    }
    r.headers.remove(key(file));
}

QString libraryClaiming(const QString &path)
{
    const FileProbe probe = FileProbe::of(path);
    const QString target = resolved(path);
    Registry &r = registry();
    QMutexLocker lock(&r.mutex);
    for (const Open &o : r.open) {
        if (probe.identity.isValid() && probe.identity == o.file)
            return o.path;
        const QString library = resolved(o.path);
        for (const char *suffix : {"", "-wal", "-shm", "-journal"}) {
            if (target == library + QLatin1String(suffix))
                return o.path;
        }
    }
    return {};
}

} // namespace OpenLibraries
} // namespace Gleaner
