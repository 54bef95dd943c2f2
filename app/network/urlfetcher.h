#pragma once

#include "network/fetchresult.h"

#include <QObject>

namespace Gleaner {

// Placeholder until the network issue lands.
class UrlFetcher : public QObject
{
    Q_OBJECT
public:
    explicit UrlFetcher(QObject *parent = nullptr);
};

} // namespace Gleaner
