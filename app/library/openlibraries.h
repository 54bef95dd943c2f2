#pragma once

#include "library/fileprobe.h"
#include "library/libraryheader.h"

#include <QString>

#include <memory>
#include <optional>

class QThread;

namespace Gleaner {

class LibraryConnection;

// The library files this process holds open, by device and inode.
//
// Closing any descriptor of a file drops every POSIX lock the process holds on
// it, SQLite's included (SQLite's "How To Corrupt An SQLite Database File", 2.2):
// another program then takes the library for unused and deletes its -wal file.
// So a file is verified once, when it is first opened; later opens in the same
// process take its facts from here instead of reading it, share the connection
// of their thread, and nothing writes to the file or its -wal/-shm from outside SQLite.
namespace OpenLibraries {

// The header facts recorded when the file was first opened, if it is open.
std::optional<LibraryHeader> header(const FileIdentity &file);
void updateHeader(const FileIdentity &file, const LibraryHeader &header);

// The connection of `thread` to `file` opened for the same access, if any.
std::shared_ptr<LibraryConnection> connectionFor(const FileIdentity &file, QThread *thread, int access);
void add(const std::shared_ptr<LibraryConnection> &connection, const LibraryHeader &header);
void remove(const LibraryConnection *connection);

// The open library that `path` is, or whose -wal, -shm or -journal it is; else empty.
// Outputs (CSV, cleaned text, copies) are checked against this before writing.
QString libraryClaiming(const QString &path);

} // namespace OpenLibraries
} // namespace Gleaner
