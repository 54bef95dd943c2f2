// Who a connection's changes are made by: the name the user chose (the
// window's File ▸ Your Name on Annotations…), shared by every connection of the
// process, worker threads included.
#include "library/libraryconnection.h"

#include <QMutex>

namespace Gleaner {

namespace {
struct DisplayName
{
    QMutex mutex;
    QString name;
};
DisplayName &chosenName()
{
    static DisplayName d;
    return d;
}
} // namespace

void LibraryConnection::setDisplayName(const QString &name)
{
    QMutexLocker lock(&chosenName().mutex);
    chosenName().name = name.simplified();
}

QString LibraryConnection::displayNameSetting()
{
    QMutexLocker lock(&chosenName().mutex);
    return chosenName().name;
}

} // namespace Gleaner
