#pragma once

#include <QString>
#include <QStringList>

namespace Gleaner {

// Where a library on a PostgreSQL server is: a URI
// ("postgresql://host:port/db?sslmode=require", "postgres://…") or a libpq
// service name ("service=desk"). Passwords are never taken from here: libpq
// reads them from ~/.pgpass, the service file or PGPASSWORD, and the window
// asks when the server wants one.
struct ServerLocation
{
    QString host; // a name, an address, or a Unix socket folder (starts with '/')
    int port = -1;
    QString database;
    QString user;
    QStringList options; // other libpq keywords, "key=value" (sslmode, service, …)
    QString error;       // why the text is not a usable location; empty when it is

    // Whether `text` names a server rather than a file.
    static bool looksLikeServer(const QString &text);
    static ServerLocation parse(const QString &text);
    bool isValid() const { return error.isEmpty(); }
    // The location as shown and as a key: a URI without any password.
    QString display() const;
};

} // namespace Gleaner
