#pragma once

#include <QCoreApplication>
#include <QString>

namespace Gleaner {

// Writes a whole report (JSON lines, CSV, Markdown) to a file the way every
// output of Gleaner is written: past OutputGuard, through a temporary file that
// replaces the old one only when complete; a pipe or device is written through.
class OutputFile
{
    Q_DECLARE_TR_FUNCTIONS(Gleaner::OutputFile)
public:
    static bool save(const QString &path, const QByteArray &data, QString *error);
};

} // namespace Gleaner
