#include "suggest/dateperiod.h"

#include <QStringList>
#include <QVector>

namespace Gleaner::Dates {

QDate sundayOf(const QDate &d)
{
    return d.addDays(7 - d.dayOfWeek());
}

QDate isoWeekSunday(int year, int week)
{
    const QDate jan4(year, 1, 4);
    const QDate monday1 = jan4.addDays(1 - jan4.dayOfWeek());
    return monday1.addDays(7 * (week - 1) + 6);
}

QDate easter(int y)
{
    const int a = y % 19, b = y / 100, c = y % 100, d = b / 4, e = b % 4, f = (b + 8) / 25,
              g = (b - f + 1) / 3;
    const int h = (19 * a + b - d - g + 15) % 30, i = c / 4, k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7;
    const int m = (a + 11 * h + 22 * l) / 451;
    const int month = (h + l - 7 * m + 114) / 31, day = ((h + l - 7 * m + 114) % 31) + 1;
    return QDate(y, month, day);
}

// nth weekday (1 = Monday) of a month; n = -1 for the last one.
QDate nthWeekday(int y, int month, int weekday, int n)
{
    if (n > 0) {
        QDate d(y, month, 1);
        d = d.addDays((weekday - d.dayOfWeek() + 7) % 7);
        return d.addDays(7 * (n - 1));
    }
    QDate d(y, month, QDate(y, month, 1).daysInMonth());
    return d.addDays(-((d.dayOfWeek() - weekday + 7) % 7));
}

QDate holidayByRule(const QString &rule, int y)
{
    const QStringList f = rule.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    // table 2025-10-20 2026-11-08 ...: a holiday of another calendar, by year
    if (f.value(0) == QLatin1String("table")) {
        const QString year = QString::number(y) + QLatin1Char('-');
        for (int k = 1; k < f.size(); ++k)
            if (f.at(k).startsWith(year))
                return QDate::fromString(f.at(k), Qt::ISODate);
        return {};
    }
    QVector<int> v;
    for (int k = 1; k < f.size(); ++k) {
        bool ok = false;
        v.append(f.at(k).toInt(&ok));
        if (!ok)
            return {};
    }
    const QString kind = f.value(0);
    if (kind == QLatin1String("fixed") && v.size() == 2)
        return QDate(y, v[0], v[1]);
    if (kind == QLatin1String("easter") && v.size() == 1)
        return easter(y).addDays(v[0]);
    if (kind == QLatin1String("nth") && (v.size() == 3 || v.size() == 4))
        return nthWeekday(y, v[0], v[1], v[2]).addDays(v.value(3));
    return {};
}

int expandTwoDigitYear(int yy)
{
    return yy < 40 ? 2000 + yy : 1900 + yy;
}

QDate addUnits(const QDate &d, Unit u, int count)
{
    switch (u) {
    case Unit::Hour: // ("within 48 hours": the day the hours run out in, counted in whole days)
        return d.addDays(count >= 0 ? (qint64(count) + 23) / 24 : -((23 - qint64(count)) / 24));
    case Unit::Day:
        return d.addDays(count);
    case Unit::BusinessDay: {
        QDate r = d;
        int left = count < 0 ? -count : count;
        const int step = count < 0 ? -1 : 1;
        while (left > 0) {
            r = r.addDays(step);
            if (r.dayOfWeek() <= 5)
                --left;
        }
        return r;
    }
    case Unit::Week:
        return d.addDays(7 * qint64(count));
    case Unit::Fortnight:
        return d.addDays(14 * qint64(count));
    case Unit::Month:
        return d.addMonths(count);
    case Unit::Quarter:
        return d.addMonths(3 * count);
    case Unit::Year:
        return d.addYears(count);
    case Unit::Decade:
        return d.addYears(10 * count);
    case Unit::Century:
        return d.addYears(100 * count);
    }
    return d;
}

UnitCount halfUnit(Unit u)
{
    switch (u) {
    case Unit::Hour:
    case Unit::Day:
    case Unit::BusinessDay:
        return {};
    case Unit::Week:
        return {4, Unit::Day};
    case Unit::Fortnight:
        return {7, Unit::Day};
    case Unit::Month:
        return {15, Unit::Day};
    case Unit::Quarter:
        return {45, Unit::Day};
    case Unit::Year:
        return {6, Unit::Month};
    case Unit::Decade:
        return {5, Unit::Year};
    case Unit::Century:
        return {50, Unit::Year};
    }
    return {};
}

DatePrecision unitPrecision(Unit u)
{
    switch (u) {
    case Unit::Hour:
    case Unit::Day:
    case Unit::BusinessDay:
    case Unit::Week:
    case Unit::Fortnight:
        return DatePrecision::Day;
    case Unit::Month:
        return DatePrecision::Month;
    case Unit::Quarter:
        return DatePrecision::Quarter;
    default:
        return DatePrecision::Year;
    }
}

Period yearPeriod(int y)
{
    Period p;
    p.first = QDate(y, 1, 1);
    p.last = QDate(y, 12, 31);
    p.precision = DatePrecision::Year;
    p.shape = Shape::Year;
    p.year = y;
    return p;
}

Period monthPeriod(int y, int m)
{
    Period p;
    p.first = QDate(y, m, 1);
    p.last = QDate(y, m, p.first.daysInMonth());
    p.precision = DatePrecision::Month;
    p.shape = Shape::Month;
    p.year = y;
    p.month = m;
    return p;
}

Period dayPeriod(const QDate &d)
{
    Period p;
    p.first = d;
    p.last = d;
    p.precision = DatePrecision::Day;
    p.shape = Shape::Day;
    p.year = d.year();
    p.month = d.month();
    p.day = d.day();
    return p;
}

Period spanPeriod(const QDate &first, const QDate &last, DatePrecision precision, Rel rel)
{
    Period p;
    p.first = first;
    p.last = last;
    p.precision = precision;
    p.rel = rel;
    return p;
}

Period quarterPeriod(int y, int q, bool yearGiven)
{
    Period r;
    if (q <= 4)
        r = spanPeriod(QDate(y, 3 * q - 2, 1), endOfPeriod(QDate(y, 3 * q, 1), DatePrecision::Month),
                       DatePrecision::Quarter, Rel::Absolute);
    else
        r = spanPeriod(QDate(y, q == 5 ? 1 : 7, 1), QDate(y, q == 5 ? 6 : 12, q == 5 ? 30 : 31),
                       DatePrecision::Month, Rel::Absolute);
    r.year = y;
    r.yearGiven = yearGiven;
    return r;
}

int quarterOf(const Period &p)
{
    if (p.precision == DatePrecision::Quarter)
        return (p.first.month() + 2) / 3;
    return p.first.month() == 1 ? 5 : 6;
}

void shiftYears(Period *p, int years)
{
    if (!p->holidayRule.isEmpty()) {
        // the holiday of that year, and the same days from it ("before Easter": the day before)
        const QDate d = holidayByRule(p->holidayRule, p->first.year() + years);
        if (d.isValid()) {
            const qint64 length = p->first.daysTo(p->last);
            p->first = d;
            p->last = d.addDays(length);
            p->year += years;
            return;
        }
    }
    // (a month's end stays its end, Feb. 28 to Feb. 29; a day named stays that day)
    const bool monthEnd = p->precision != DatePrecision::Day && p->last.day() == p->last.daysInMonth();
    p->first = p->first.addYears(years);
    p->last = p->last.addYears(years);
    if (monthEnd)
        p->last = QDate(p->last.year(), p->last.month(), p->last.daysInMonth());
    p->year += years;
}

} // namespace Gleaner::Dates
