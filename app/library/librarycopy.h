#pragma once

#include <QString>

#include <atomic>
#include <functional>

namespace Gleaner {

class LibraryConnection;
class LibraryStore;

// A whole library copied to a new place, between a file and a server in either
// direction: every row of every table with its id, offsets, timestamps and
// values, in one transaction on the destination. A file destination must not
// exist (it appears whole, under its name, only at the end); a server
// destination must hold no library or an empty one. Indexes and counts are
// rebuilt by the destination's own triggers.
class LibraryCopy
{
public:
    // done rows of total; return false from it to stop.
    using Progress = std::function<void(qint64 done, qint64 total)>;

    // On failure the error is set on `source`'s connection and nothing is left at
    // the destination but what was there before.
    static bool copy(const LibraryStore &source, const QString &destination, const Progress &progress,
                     const std::atomic_bool *cancel, LibraryConnection *errors);
};

} // namespace Gleaner
