#pragma once

#include <QNetworkProxyFactory>

namespace Gleaner {

// The system proxy (environment variables on Linux, system settings elsewhere) for one
// QNetworkAccessManager, without QNetworkProxyFactory::setUseSystemConfiguration(), which
// would change the proxy of every manager in the process. Loopback hosts never go through
// a proxy, as in browsers, so a local server (and the tests' server) is reached directly.
class SystemProxyFactory : public QNetworkProxyFactory
{
public:
    QList<QNetworkProxy> queryProxy(const QNetworkProxyQuery &query = QNetworkProxyQuery()) override;
};

} // namespace Gleaner
