#pragma once

#include "util/annotation.h"

#include <QDate>
#include <QString>

// Period arithmetic of the date recognizer: what a resolved date expression is,
// and the calendar sums it needs (units, week ends, holidays, two-digit years).
namespace Gleaner::Dates {

enum class Rel { Absolute, Present, Past, Future, Weekday };
enum class Shape { Other, DayOnly, Day, Month, Season, Year };
// Limit: a verb that sets a limit governs the date ("gave the firm until March 16"); its
// own tense says nothing of when the limit falls.
enum class Tense { Unknown, Past, Future, Limit };
enum class Unit { Hour, Day, BusinessDay, Week, Fortnight, Month, Quarter, Year, Decade, Century };

// A resolved period and how it was written.
struct Period
{
    QDate first;
    QDate last;
    DatePrecision precision = DatePrecision::Day;
    Rel rel = Rel::Absolute;
    Shape shape = Shape::Other;
    int year = 0;
    int month = 0;
    int day = 0;
    bool yearGiven = true;
    int end = -1;             // token after the expression
    bool weekdayOnly = false; // "on Saturday": which Saturday depends on the tense
    // A holiday's rule of the vocabulary ("easter -47"): a year later or earlier is that
    // year's holiday, not the same month and day
    QString holidayRule;
};

QDate sundayOf(const QDate &d);
QDate isoWeekSunday(int year, int week);
QDate easter(int y);
// nth weekday (1 = Monday) of a month; n = -1 for the last one.
QDate nthWeekday(int y, int month, int weekday, int n);
// The day a holiday rule of the vocabulary ("fixed 12 25", "easter -2",
// "nth 11 4 4 1", "table 2025-10-20 2026-11-08") gives in year y; invalid for a
// malformed rule or a year the table does not hold.
QDate holidayByRule(const QString &rule, int y);
// "'27", "April of 87": the year a two-digit year means.
int expandTwoDigitYear(int yy);
QDate addUnits(const QDate &d, Unit u, int count);
DatePrecision unitPrecision(Unit u);
// Half of a unit, in a smaller one (a year's is 6 months); a count of 0 where half a unit
// is no date of its own (half a day).
struct UnitCount
{
    int c = 0;
    Unit u = Unit::Day;
};
UnitCount halfUnit(Unit u);
Period yearPeriod(int y);
Period monthPeriod(int y, int m);
Period dayPeriod(const QDate &d);
Period spanPeriod(const QDate &first, const QDate &last, DatePrecision precision, Rel rel);
// Quarter q (1-4) or half (5: January to June, 6: July to December) of year y.
Period quarterPeriod(int y, int q, bool yearGiven);
// Which quarter (1-4) or half (5-6) a period made by quarterPeriod is.
int quarterOf(const Period &p);
// Moves a period by whole years; a period that ends with its month still does (February 29).
void shiftYears(Period *p, int years);

} // namespace Gleaner::Dates
