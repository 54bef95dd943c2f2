#pragma once

#include "library/serverlocation.h"

#include <QFileInfo>
#include <QString>

// How a library is named to the user and remembered, whether it is a file or a
// database on a PostgreSQL server.
namespace Gleaner::LibraryNames {

inline bool isServer(const QString &location)
{
    return ServerLocation::looksLikeServer(location);
}

// The key it is remembered by (recent libraries, the last library, the last
// article read): an absolute path, or the server address without a password.
inline QString canonical(const QString &location)
{
    if (!isServer(location))
        return QFileInfo(location).absoluteFilePath();
    const ServerLocation server = ServerLocation::parse(location);
    return server.isValid() ? server.display() : location;
}

// As messages and menus name it: the file's name, or the server address.
inline QString shortName(const QString &location)
{
    return isServer(location) ? canonical(location) : QFileInfo(location).fileName();
}

// As the window's title names it: the file's name without ".gleaner", or the database's.
inline QString title(const QString &location)
{
    if (!isServer(location))
        return QFileInfo(location).completeBaseName();
    const ServerLocation server = ServerLocation::parse(location);
    return server.database.isEmpty() ? canonical(location) : server.database;
}

} // namespace Gleaner::LibraryNames
