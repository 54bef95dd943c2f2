#include "feeds/feeddates.h"

#include <QRegularExpression>

namespace Gleaner::FeedDates {

namespace {

struct ZoneName
{
    const char *name;
    int minutes; // east of UTC
};
// RFC 822's zones and the abbreviations feeds use besides (daylight time included).
constexpr ZoneName kZones[] = {
    {"UT", 0},     {"UTC", 0},    {"GMT", 0},     {"Z", 0},       {"WET", 0},    {"BST", 60},   {"WEST", 60},
    {"CET", 60},   {"MET", 60},   {"CEST", 120},  {"MEST", 120},  {"EET", 120},  {"EEST", 180}, {"MSK", 180},
    {"IST", 330},  {"CST", -360}, {"CDT", -300},  {"EST", -300},  {"EDT", -240}, {"MST", -420}, {"MDT", -360},
    {"PST", -480}, {"PDT", -420}, {"AKST", -540}, {"AKDT", -480}, {"HST", -600}, {"AST", -240}, {"ADT", -180},
    {"NST", -210}, {"JST", 540},  {"KST", 540},   {"HKT", 480},   {"SGT", 480},  {"AEST", 600}, {"AEDT", 660},
    {"ACST", 570}, {"AWST", 480}, {"NZST", 720},  {"NZDT", 780},
};

const char *const kMonths[] = {"jan", "feb", "mar", "apr", "may", "jun",
                               "jul", "aug", "sep", "oct", "nov", "dec"};

// Minutes east of UTC for "+0200", "-05:00", "GMT+2", "EST"; false when unknown.
bool zoneOffset(QString zone, int *minutes)
{
    zone = zone.trimmed().toUpper();
    if (zone.isEmpty()) {
        *minutes = 0;
        return true;
    }
    static const QRegularExpression numeric(QStringLiteral("^(?:GMT|UTC|UT)?([+-])(\\d{1,2}):?(\\d{2})?$"));
    const QRegularExpressionMatch m = numeric.match(zone);
    if (m.hasMatch()) {
        const int hours = m.captured(2).toInt();
        const int mins = m.captured(3).toInt();
        if (hours > 14 || mins > 59)
            return false;
        *minutes = (hours * 60 + mins) * (m.captured(1) == QLatin1String("-") ? -1 : 1);
        return true;
    }
    for (const ZoneName &z : kZones) {
        if (zone == QLatin1String(z.name)) {
            *minutes = z.minutes;
            return true;
        }
    }
    return false;
}

QDateTime parseRfc822(const QString &text)
{
    // [Weekday,] D Mon YYYY [HH:MM[:SS]] [zone]
    static const QRegularExpression pattern(
        QStringLiteral("^(?:[A-Za-z]+,?\\s*)?(\\d{1,2})[\\s-]+([A-Za-z]{3})[A-Za-z]*\\.?[\\s-]+(\\d{2,4})"
                       "(?:[\\sT]+(\\d{1,2}):(\\d{2})(?::(\\d{2})(?:\\.\\d+)?)?)?\\s*(.*)$"));
    const QRegularExpressionMatch m = pattern.match(text.simplified());
    if (!m.hasMatch())
        return {};
    int month = 0;
    const QString name = m.captured(2).toLower();
    for (int i = 0; i < 12; ++i) {
        if (name == QLatin1String(kMonths[i]))
            month = i + 1;
    }
    if (month == 0)
        return {};
    int year = m.captured(3).toInt();
    if (m.captured(3).size() == 2)
        year += year < 50 ? 2000 : 1900; // RFC 2822's rule for obsolete two-digit years
    else if (m.captured(3).size() != 4)
        return {};
    const QDate date(year, month, m.captured(1).toInt());
    const QTime time(m.captured(4).toInt(), m.captured(5).toInt(), m.captured(6).toInt());
    int offset = 0;
    if (!date.isValid() || !time.isValid() || !zoneOffset(m.captured(7), &offset))
        return {};
    return QDateTime(date, time, Qt::OffsetFromUTC, offset * 60).toUTC();
}

QDateTime parseIso8601(const QString &text)
{
    static const QRegularExpression pattern(
        QStringLiteral("^(\\d{4})-(\\d{2})-(\\d{2})(?:[T\\s](\\d{2}):(\\d{2})(?::(\\d{2})(?:[.,]\\d+)?)?\\s*("
                       "Z|[+-]\\d{2}:?\\d{2}|[A-Za-z]{2,4})?)?$"));
    const QRegularExpressionMatch m = pattern.match(text.trimmed());
    if (!m.hasMatch())
        return {};
    const QDate date(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    const QTime time(m.captured(4).toInt(), m.captured(5).toInt(), m.captured(6).toInt());
    int offset = 0;
    if (!date.isValid() || !time.isValid() || !zoneOffset(m.captured(7), &offset))
        return {};
    return QDateTime(date, time, Qt::OffsetFromUTC, offset * 60).toUTC();
}

} // namespace

QDateTime parse(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return {};
    if (trimmed.size() >= 10 && trimmed.at(4) == QLatin1Char('-'))
        return parseIso8601(trimmed);
    return parseRfc822(trimmed);
}

QString toStored(const QDateTime &when)
{
    return when.isValid() ? when.toUTC().toString(Qt::ISODate) : QString();
}

QDateTime fromStored(const QString &text)
{
    QDateTime when = QDateTime::fromString(text, Qt::ISODate);
    return when.isValid() ? when.toUTC() : QDateTime();
}

} // namespace Gleaner::FeedDates
