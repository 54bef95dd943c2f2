#pragma once

#include <QDateTime>
#include <QString>

namespace Gleaner::FeedDates {

// A date as feeds write it, in UTC; invalid when it cannot be read. Reads RFC 822 /
// RFC 2822 dates with the quirks feeds have (no weekday, a wrong weekday, no seconds,
// two-digit years, zone names such as EST or CEST, "GMT+2", "+02:00", no zone at all,
// which is read as UTC) and ISO 8601 / RFC 3339 dates with or without a time.
QDateTime parse(const QString &text);

// UTC, ISO 8601 with seconds and "Z": what the library stores.
QString toStored(const QDateTime &when);
QDateTime fromStored(const QString &text);

} // namespace Gleaner::FeedDates
