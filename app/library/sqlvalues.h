#pragma once

#include <QCryptographicHash>
#include <QDate>
#include <QDateTime>
#include <QString>
#include <QVariant>

// How values are written to and read from a library's columns.
namespace Gleaner::Sql {

// NOT NULL text columns: a null QString would bind as SQL NULL.
inline QString notNull(const QString &value)
{
    return value.isNull() ? QStringLiteral("") : value;
}

inline QVariant nullIfEmpty(const QString &value)
{
    return value.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(value);
}

inline QVariant dateOrNull(const QDate &date)
{
    return date.isValid() ? QVariant(date.toString(Qt::ISODate)) : QVariant(QMetaType(QMetaType::QString));
}

inline QVariant idOrNull(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant(QMetaType(QMetaType::LongLong));
}

// UTC with milliseconds: "2026-11-20T09:30:00.000Z".
inline QString timestamp(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

inline QDateTime parseTimestamp(const QString &text)
{
    return QDateTime::fromString(text, Qt::ISODateWithMs);
}

inline QString sha256Hex(const QString &text)
{
    return QString::fromLatin1(QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256).toHex());
}

} // namespace Gleaner::Sql
