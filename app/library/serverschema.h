#pragma once

namespace Gleaner {

class LibraryConnection;

// The library format on a PostgreSQL server: the numbered steps in
// resources/sql/postgresql/, run in one transaction (PostgreSQL's DDL is
// transactional, so a failed step leaves the database as it was). A library on a
// server starts at the format of the first step there and goes up like a file.
class ServerSchema
{
public:
    // The tables of a new library, in a database that has none.
    static bool create(LibraryConnection *connection);
    // Every step after `fromVersion`.
    static bool migrate(LibraryConnection *connection, int fromVersion);
    // The format the database holds: 0 when it holds no library, -1 on error.
    static int version(const LibraryConnection &connection);

private:
    static bool runSteps(LibraryConnection *connection, int fromVersion);
};

} // namespace Gleaner
