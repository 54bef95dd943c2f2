#pragma once

#include "library/libraryerror.h"

#include <QString>

namespace Gleaner {

// What the first 100 bytes of a file say about it, read without letting SQLite
// touch the file: is it SQLite at all, is it a Gleaner library, which schema
// version, and is it shorter than its header claims (truncated).
class LibraryHeader
{
public:
    static LibraryHeader read(const QString &path);

    LibraryError error; // set when the file is not a usable Gleaner library
    quint32 applicationId = 0;
    int userVersion = 0;
    int pageSize = 0;
    bool walMode = false;
    bool isEmpty = false; // a zero-length file

    // A library of an older format, which opening it for writing upgrades.
    bool needsUpgrade() const;
};

} // namespace Gleaner
