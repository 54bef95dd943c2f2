#pragma once

#include "library/libraryerror.h"

#include <QString>

namespace Gleaner {

class LibraryConnection;

// The library format: creating a new file, and upgrading an older one step by
// step with the numbered migrations in resources/sql/, each in one transaction.
class LibrarySchema
{
public:
    // Builds a new library under a temporary name next to `path` and moves it
    // into place only when complete; never replaces an existing file.
    static bool create(const QString &path, LibraryError *error);
    // Copies the file aside as NAME.vN.bak, then applies every later migration.
    static bool migrate(LibraryConnection *connection, int fromVersion);
    // The permission bits of `source` given to `target` (a copy keeps the original's privacy).
    static bool copyPermissions(const QString &source, const QString &target);
    // Temporary files of a creation or copy that was killed (their process is gone) are removed.
    static void removeStaleTemporaries(const QString &folder);
    static QString temporaryName(const QString &path, const char *purpose);

private:
    static QByteArray migrationScript(int version, QString *error);
    static bool apply(LibraryConnection *connection, int version);
};

} // namespace Gleaner
