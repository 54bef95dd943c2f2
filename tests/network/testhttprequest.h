#pragma once

#include <QByteArray>
#include <QMap>
#include <QString>

namespace Gleaner {

// One request as TestHttpServer received it.
struct TestHttpRequest
{
    QByteArray method;                    // "GET"
    QByteArray target;                    // as sent: path and query ("/page?x=1")
    QString path;                         // decoded path without the query ("/page")
    QMap<QByteArray, QByteArray> headers; // names in lower case
    int connection = 0;                   // serial number of the TCP connection it came on

    QByteArray header(const QByteArray &name) const { return headers.value(name.toLower()); }
};

} // namespace Gleaner
