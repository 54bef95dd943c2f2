#pragma once

// An RFC 4180 reader written for the tests, independent of the exporters: what
// a spreadsheet reads from the CSV Gleaner writes.
#include <QByteArray>
#include <QStringList>
#include <QVector>

namespace Gleaner::Test {

// The rows of `bytes`; *crlfOnly, when given, tells whether every line ended
// with CR LF (line breaks inside quoted fields aside).
inline QVector<QStringList> parseCsv(const QByteArray &bytes, bool *crlfOnly = nullptr)
{
    const QString text = QString::fromUtf8(bytes);
    QVector<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;
    bool ignored = true;
    if (!crlfOnly)
        crlfOnly = &ignored;
    *crlfOnly = true;
    for (int i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                    field += QLatin1Char('"');
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                field += c;
            }
        } else if (c == QLatin1Char('"')) {
            quoted = true;
        } else if (c == QLatin1Char(',')) {
            row << field;
            field.clear();
        } else if (c == QLatin1Char('\r') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n')) {
            row << field;
            field.clear();
            rows << row;
            row.clear();
            ++i;
        } else {
            if (c == QLatin1Char('\n') || c == QLatin1Char('\r'))
                *crlfOnly = false;
            field += c;
        }
    }
    if (!field.isEmpty() || !row.isEmpty())
        rows << (row << field);
    return rows;
}

} // namespace Gleaner::Test
