#pragma once

#include <QString>
#include <QStringList>
#include <QVector>

namespace Gleaner::DataTable {

// The rows of a tab-separated table built into the program (":/data/..."): every
// line that is not empty and does not start with '#', split at its tabs. A table
// missing from the build is a fatal error, like the currency table.
QVector<QStringList> rows(const QString &resource);

} // namespace Gleaner::DataTable
