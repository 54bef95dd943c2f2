#pragma once

#include "library/libraryerror.h"

#include <QString>

struct sqlite3;

namespace Gleaner {

class LibraryConnection;

// The library format: creating a new file, and upgrading an older one with the
// numbered migrations in resources/sql/sqlite/, all of them in one transaction.
class LibrarySchema
{
public:
    // Builds a new library under a temporary name next to `path` and moves it
    // into place only when complete; never replaces an existing file.
    static bool create(const QString &path, LibraryError *error);
    // Copies the file aside as NAME.vN.bak, then applies every later migration.
    static bool migrate(LibraryConnection *connection, int fromVersion);
    // A complete copy of the open library at `destination` (VACUUM INTO reads
    // through the -wal), with the library's permissions; never replaces a file.
    // `what` completes "Could not …" in the error set on the connection.
    static bool saveCopy(LibraryConnection *connection, const QString &destination, const QString &what);
    // Moves a finished temporary file to `destination` and removes the temporary:
    // link() refuses to replace a file that appeared meanwhile, where rename()
    // would not. No error on success.
    static LibraryError publish(const QString &temp, const QString &destination);
    // The permission bits of `source` given to `target` (a copy keeps the original's privacy).
    static bool copyPermissions(const QString &source, const QString &target);
    // Temporary files of a creation, copy or recovery that was killed (their
    // process is gone) are removed.
    static void removeStaleTemporaries(const QString &folder);
    // ".NAME.PID.PURPOSE" next to path; purpose is "creating", "copying" or "recovering".
    static QString temporaryName(const QString &path, const char *purpose);
    // The backup an upgrade from `version` keeps: "NAME.gleaner.vN.bak".
    static QString backupName(const QString &path, int version);

private:
    static QByteArray migrationScript(int version, QString *error);
    // Runs the migrations after `from` up to the current format in one
    // transaction; an SQLite result code, with SQLite's words in *detail.
    static int runSteps(sqlite3 *handle, int from, QString *detail);
};

} // namespace Gleaner
