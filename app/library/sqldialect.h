#pragma once

#include "library/libraryconnection.h"

#include <QString>
#include <QStringList>
#include <QVariant>

// The few places where SQLite and PostgreSQL spell the same thing differently,
// so that the repositories write each statement once for both engines.
namespace Gleaner::Sql {

// "column = ?" ignoring case (SQLite's NOCASE; lower() on a server, whose
// indexes are on lower(column)).
inline QString equalsIgnoringCase(const LibraryConnection &db, const QString &column)
{
    return db.isServer() ? QStringLiteral("lower(%1) = lower(CAST(? AS text))").arg(column)
                         : QStringLiteral("%1 = ? COLLATE NOCASE").arg(column);
}

// An expression to sort by, ignoring case.
inline QString ignoringCase(const LibraryConnection &db, const QString &expression)
{
    return db.isServer() ? QStringLiteral("lower(%1)").arg(expression)
                         : QStringLiteral("%1 COLLATE NOCASE").arg(expression);
}

// Whether `haystack` contains the bound text (the next "?").
inline QString containsBound(const LibraryConnection &db, const QString &haystack)
{
    return db.isServer() ? QStringLiteral("strpos(%1, CAST(? AS text)) > 0").arg(haystack)
                         : QStringLiteral("instr(%1, ?) > 0").arg(haystack);
}

// A LIMIT's value, where a negative one means no limit (SQLite's -1; NULL,
// which PostgreSQL reads as LIMIT ALL).
inline QVariant limitValue(const LibraryConnection &db, int limit)
{
    if (limit >= 0)
        return limit;
    return db.isServer() ? QVariant(QMetaType(QMetaType::Int)) : QVariant(-1);
}

inline QString limitText(const LibraryConnection &db, int limit)
{
    return limit >= 0 ? QString::number(limit) : db.isServer() ? QStringLiteral("ALL") : QStringLiteral("-1");
}

// "INSERT INTO table (columns) VALUES (?, …) RETURNING id", with an id column
// last when the row keeps the id it had (an undo, a copy); else the engine
// numbers it (PostgreSQL's identity columns refuse an explicit NULL).
inline QString insertReturningId(const char *table, QStringList columns, bool withId)
{
    if (withId)
        columns << QStringLiteral("id");
    QStringList marks;
    for (qsizetype i = 0; i < columns.size(); ++i)
        marks << QStringLiteral("?");
    return QStringLiteral("INSERT INTO %1 (%2) VALUES (%3) RETURNING id")
        .arg(QLatin1String(table), columns.join(QLatin1String(", ")), marks.join(QLatin1String(", ")));
}

} // namespace Gleaner::Sql
