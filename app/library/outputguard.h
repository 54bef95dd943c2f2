#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace Gleaner {

// The check every output file (CSV, cleaned text, a report) passes before it is
// written: never the open library or its -wal/-shm (compared by device and inode
// and by canonical path, so links do not hide them), never another SQLite
// database, never one of the command's own inputs, never a folder or device.
class OutputGuard
{
    Q_DECLARE_TR_FUNCTIONS(Gleaner::OutputGuard)
public:
    // Empty when `path` may be written; else a sentence that says why not and what to do.
    static QString problem(const QString &path, const QStringList &inputs = {});
};

} // namespace Gleaner
