#include "util/annotation.h"

#include <array>

namespace Gleaner {

namespace {
template <typename Enum, std::size_t N>
bool fromName(const std::array<const char *, N> &names, const QString &name, Enum *out)
{
    for (std::size_t i = 0; i < N; ++i) {
        if (name == QLatin1String(names[i])) {
            *out = static_cast<Enum>(i);
            return true;
        }
    }
    return false;
}

constexpr std::array<const char *, 4> kKindNames{"pillar", "amount", "deadline", "note"};
constexpr std::array<const char *, 4> kPrecisionNames{"day", "month", "quarter", "year"};
constexpr std::array<const char *, 2> kOriginNames{"user", "suggestion"};
} // namespace

QString kindName(AnnotationKind kind)
{
    return QLatin1String(kKindNames[static_cast<std::size_t>(kind)]);
}

bool kindFromName(const QString &name, AnnotationKind *kind)
{
    return fromName(kKindNames, name, kind);
}

QString precisionName(DatePrecision precision)
{
    return QLatin1String(kPrecisionNames[static_cast<std::size_t>(precision)]);
}

bool precisionFromName(const QString &name, DatePrecision *precision)
{
    return fromName(kPrecisionNames, name, precision);
}

QString originName(AnnotationOrigin origin)
{
    return QLatin1String(kOriginNames[static_cast<std::size_t>(origin)]);
}

bool originFromName(const QString &name, AnnotationOrigin *origin)
{
    return fromName(kOriginNames, name, origin);
}

QDate endOfPeriod(const QDate &date, DatePrecision precision)
{
    if (!date.isValid())
        return {};
    switch (precision) {
    case DatePrecision::Day:
        return date;
    case DatePrecision::Month:
        return QDate(date.year(), date.month(), date.daysInMonth());
    case DatePrecision::Quarter: {
        const int lastMonth = ((date.month() - 1) / 3 + 1) * 3;
        const QDate first(date.year(), lastMonth, 1);
        return QDate(date.year(), lastMonth, first.daysInMonth());
    }
    case DatePrecision::Year:
        return QDate(date.year(), 12, 31);
    }
    return date;
}

DatePrecision precisionKeeping(const QDate &due, DatePrecision wanted)
{
    return due.isValid() && endOfPeriod(due, wanted) != due ? DatePrecision::Day : wanted;
}

bool splitsSurrogatePair(const QString &text, int offset)
{
    return offset > 0 && offset < text.size() && text.at(offset - 1).isHighSurrogate() &&
           text.at(offset).isLowSurrogate();
}

} // namespace Gleaner
