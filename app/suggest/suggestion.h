#pragma once

#include "util/annotation.h"

#include <QDate>
#include <QString>
#include <QVector>

namespace Gleaner {

// An amount or a date Gleaner found in a text and proposes to the user.
struct Suggestion
{
    enum class Kind { Amount, Deadline, Date };
    Kind kind = Kind::Amount;
    int start = 0; // UTF-16 offset into the text
    int end = 0;   // exclusive
    QString text;  // the text between start and end

    // Amounts: plain decimal strings ("10000000000", "0.5"); currency an ISO 4217
    // code for money, else empty with `unit` the singular counted noun ("engineer").
    QString amount;
    QString amountMax; // upper end of a range, else empty
    QString currency;
    QString unit;
    QString qualifier; // "up to", "more than", "about", ... or empty

    // Deadlines and dates: the last day of the period, and how exact it is.
    QDate due;
    DatePrecision precision = DatePrecision::Day;
};

} // namespace Gleaner
