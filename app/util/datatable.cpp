#include "util/datatable.h"

#include <QFile>
#include <QTextStream>

namespace Gleaner::DataTable {

QVector<QStringList> rows(const QString &resource)
{
    QVector<QStringList> out;
    QFile file(resource);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("The data table %s is missing from the build.", qPrintable(resource));
    QTextStream in(&file);
    while (!in.atEnd()) {
        const QString line = in.readLine();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        out.append(line.split(QLatin1Char('\t')));
    }
    return out;
}

} // namespace Gleaner::DataTable
