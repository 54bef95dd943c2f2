#pragma once

#include <QString>

namespace Gleaner {

// Why a library operation failed. `message` is a sentence for the user that says
// what failed, why, and what to do.
struct LibraryError
{
    enum class Code {
        None,
        NotFound,     // the file does not exist
        NotSqlite,    // not a SQLite database at all
        NotGleaner,   // a SQLite database, but not a Gleaner library
        TooNew,       // written by a newer Gleaner
        Corrupt,      // damaged or truncated
        Locked,       // another program holds a lock on it
        ReadOnly,     // a write was attempted on a library opened read-only
        InvalidInput, // a value the user gave is not acceptable
        Conflict,     // e.g. a pillar name already in use
        Duplicate,    // the same annotation is already there
        Io,           // the disk said no
        Cancelled,    // the user stopped it
        Database,     // anything else SQLite reported
        Password,     // the server wants a password that libpq did not find
        Stale         // another user changed the row since it was read
    };
    Code code = Code::None;
    QString message;

    bool isError() const { return code != Code::None; }
    static LibraryError make(Code code, const QString &message) { return LibraryError{code, message}; }
};

} // namespace Gleaner
