#pragma once

#include <QCoreApplication>
#include <QString>
#include <QVector>

#include <functional>

namespace Gleaner {

// Saves what can still be read from a damaged library into a new library file,
// row by row: a page that cannot be read loses its rows and nothing else. The
// damaged file is read through SQLite's read-only mode and never written.
class LibraryRecovery
{
    Q_DECLARE_TR_FUNCTIONS(Gleaner::LibraryRecovery)
public:
    struct TableReport
    {
        QString table;
        qint64 copied = 0;
        qint64 lost = 0; // rows that could not be read, or that refer to a lost row
    };
    struct Report
    {
        bool ok = false;
        bool cancelled = false;
        QString error; // when !ok: what went wrong and what to do
        QVector<TableReport> tables;
        QString summary() const;
    };
    // `progress` gets 0–100 and returns false to cancel (nothing is left behind then).
    static Report saveCopy(const QString &damaged, const QString &destination,
                           const std::function<bool(int)> &progress = {});
};

} // namespace Gleaner
