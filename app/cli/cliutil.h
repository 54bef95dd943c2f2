#pragma once

// Helpers shared by the command files of the command line.
#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDate>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QTextStream>

namespace Gleaner::Cli {

inline QJsonValue stringOrNull(const QString &value)
{
    return value.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(value);
}

inline QJsonValue dateOrNull(const QDate &date)
{
    return date.isValid() ? QJsonValue(date.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

inline QString compact(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QCommandLineOption libraryOption();
// Parses `arguments` (starting with the command name); prints help for --help.
// Returns -1 to go on, or the exit code to return.
int parse(QCommandLineParser &parser, const QStringList &arguments, const QString &usage, QTextStream &out,
          QTextStream &err);

} // namespace Gleaner::Cli
