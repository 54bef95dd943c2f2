#include "network/urlfetcher.h"

namespace Gleaner {

UrlFetcher::UrlFetcher(QObject *parent)
    : QObject(parent)
{
}

} // namespace Gleaner
