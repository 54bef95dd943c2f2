#include "library/libraryheader.h"

#include "library/libraryconnection.h"
#include "library/openlibraries.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace Gleaner {

namespace {
quint32 bigEndian32(const QByteArray &bytes, int offset)
{
    const auto *p = reinterpret_cast<const unsigned char *>(bytes.constData() + offset);
    return (quint32(p[0]) << 24) | (quint32(p[1]) << 16) | (quint32(p[2]) << 8) | quint32(p[3]);
}

QString tr(const char *text)
{
    return QCoreApplication::translate("Gleaner::LibraryHeader", text);
}
} // namespace

LibraryHeader LibraryHeader::read(const QString &path)
{
    // A file this process holds open is never opened again from outside SQLite:
    // closing that descriptor would drop SQLite's locks on it.
    const FileProbe probe = FileProbe::of(path);
    if (probe.identity.isValid()) {
        if (const std::optional<LibraryHeader> known = OpenLibraries::header(probe.identity))
            return *known;
    }
    LibraryHeader header;
    // Opening a named pipe waits for a writer, and a device reads forever: only a
    // regular file is read.
    if (probe.kind != FileProbe::Kind::Regular && probe.kind != FileProbe::Kind::Missing) {
        header.error = LibraryError::make(LibraryError::Code::NotGleaner, probe.problem(path));
        return header;
    }
    const QString name = QFileInfo(path).fileName();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        header.error = LibraryError::make(
            LibraryError::Code::Io, tr("Cannot read “%1”: %2. Check that the file exists and that you may "
                                       "read it.")
                                        .arg(name, file.errorString()));
        return header;
    }
    const qint64 size = file.size();
    const QByteArray bytes = file.read(100);
    if (size == 0) {
        header.isEmpty = true;
        header.error = LibraryError::make(
            LibraryError::Code::NotSqlite,
            tr("“%1” is an empty file, not a Gleaner library. Choose another file, or create a new library "
               "(File ▸ New Library in the window, or “gleaner import --library NEW.gleaner FILE”).")
                .arg(name));
        return header;
    }
    static const char magic[] = "SQLite format 3";
    if (bytes.size() < 100 || !bytes.startsWith(QByteArray(magic, sizeof magic))) {
        header.error =
            LibraryError::make(LibraryError::Code::NotSqlite,
                               tr("“%1” is not a Gleaner library (it is not a SQLite database). Choose "
                                  "a .gleaner file.")
                                   .arg(name));
        return header;
    }
    const auto *b = reinterpret_cast<const unsigned char *>(bytes.constData());
    int pageSize = (b[16] << 8) | b[17];
    if (pageSize == 1)
        pageSize = 65536;
    header.pageSize = pageSize;
    header.walMode = b[18] == 2 && b[19] == 2;
    header.userVersion = int(bigEndian32(bytes, 60));
    header.applicationId = bigEndian32(bytes, 68);

    const bool pageSizeValid = pageSize >= 512 && pageSize <= 65536 && (pageSize & (pageSize - 1)) == 0;
    if (!pageSizeValid || size % pageSize != 0) {
        header.error =
            LibraryError::make(LibraryError::Code::Corrupt,
                               tr("“%1” is damaged: its size does not match its SQLite header (it may "
                                  "have been cut short while copying). Use a backup copy of the "
                                  "library.")
                                   .arg(name));
        return header;
    }
    // The page count in the header is valid when the change counter matches "version valid for".
    const quint32 changeCounter = bigEndian32(bytes, 24);
    const quint32 validFor = bigEndian32(bytes, 92);
    const quint64 headerPages = bigEndian32(bytes, 28);
    const QFileInfo wal(path + QLatin1String("-wal"));
    const bool walHasContent = wal.exists() && wal.size() > 0;
    if (changeCounter == validFor && headerPages > 0 && !walHasContent &&
        headerPages * quint64(pageSize) > quint64(size)) {
        header.error = LibraryError::make(LibraryError::Code::Corrupt,
                                          tr("“%1” is truncated: it holds %2 bytes but should hold %3. Use a "
                                             "backup copy of the library.")
                                              .arg(name)
                                              .arg(size)
                                              .arg(headerPages * quint64(pageSize)));
        return header;
    }
    if (header.applicationId != LibraryConnection::kApplicationId) {
        header.error =
            LibraryError::make(LibraryError::Code::NotGleaner,
                               tr("“%1” is a SQLite database but not a Gleaner library. Choose a "
                                  ".gleaner file, or create a new library (File ▸ New Library in the "
                                  "window, or “gleaner import --library NEW.gleaner FILE”).")
                                   .arg(name));
        return header;
    }
    if (header.userVersion > LibraryConnection::kSchemaVersion) {
        header.error = LibraryError::make(LibraryError::Code::TooNew,
                                          tr("“%1” was saved by a newer version of Gleaner (library format "
                                             "%2; this version reads up to %3). "
                                             "Update Gleaner to open it.")
                                              .arg(name)
                                              .arg(header.userVersion)
                                              .arg(LibraryConnection::kSchemaVersion));
        return header;
    }
    return header;
}

bool LibraryHeader::needsUpgrade() const
{
    return !error.isError() && userVersion > 0 && userVersion < LibraryConnection::kSchemaVersion;
}

} // namespace Gleaner
