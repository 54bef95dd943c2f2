// Holidays, plain years, modifiers ("early", "end of") and single points.
#include "suggest/dateparser.h"

namespace Gleaner::Dates {

// Christmas, next Easter, the Easter weekend: atoms of en-date-rules.tsv
bool DateParser::holidayAt(int i, Period *p) const
{
    // "the Christmas weekend", but "next Christmas" without its "the"
    if (w(i, "the") && (w(i + 1, "next") || w(i + 1, "last")))
        return false;
    const int at = w(i, "the") ? i + 1 : i;
    if (!atoms.longest(at, {"holiday"}, p))
        return false;
    // "the Sydney Royal Easter Show", "the North Carolina Christmas Tree Association": a holiday
    // inside a name, between capitalized words
    if (at > 0 && t[at - 1].isWord() && t[at - 1].capitalized && !t[at - 1].sentenceStart &&
        !determinerAt(at - 1) && p->end < n && t[p->end].isWord() && t[p->end].capitalized &&
        t[p->end].spaceBefore)
        return false;
    // "the Independence Day ceremony on Aug. 17": an event named after a holiday whose own day the
    // sentence gives (a holiday's day differs by country)
    // (only event nouns between: not "close on Independence Day and reopen on July 5")
    static const WordSet &events = englishWords("event-noun");
    // "after the Christmas break", "during the Easter recess": a time around the holiday, not its
    // day (but "before the Christmas break" is a limit by the holiday)
    static const WordSet &around = englishWords("holiday-period-noun");
    QString how;
    const bool limit =
        (i > 0 && dateTriggerAt(i - 1, &how) == i) || (i > 1 && dateTriggerAt(i - 2, &how) == i);
    if (!limit && p->end < n && t[p->end].isWord() && around.contains(t[p->end].lower))
        return false;
    // "The Christmas market runs until December 23", "the Diwali sale begins on Friday": after
    // its determiner, a holiday that qualifies a noun, whose clause gives the thing's own day
    int named = 0;
    if (!limit && at > 0 && determinerAt(at - 1) && p->end < n && t[p->end].isWord() &&
        !t[p->end].capitalized) {
        for (int k = p->end + 1; k < n && k <= p->end + 8 && !clauseBreak(k) && !w(k, "and") && !w(k, "but");
             ++k) {
            if (monthAt(k, &named) > 0 || weekdayAt(k, &named) > 0)
                return false;
        }
    }
    int month = 0;
    for (int k = p->end; k < n && k <= p->end + 3 && t[k].isWord(); ++k) {
        if (w(k, "on"))
            return monthAt(k + 1, &month) < 0;
        if (!events.contains(t[k].lower))
            break;
    }
    return true;
}

bool DateParser::plainYear(int i, Period *p) const
{
    int y = 0;
    int e = year4(i, &y);
    if (e < 0 || y < 1900 || y > 2199)
        return false;
    // Glued into a chain: "+86 2010-2015-86", "2015-32", "ABC-2019"
    if (i > 0 && glued(i)) {
        if (!(sy(i - 1, '(') || sy(i - 1, '"') || sy(i - 1, 0x201C) || sy(i - 1, '=') || sy(i - 1, '<') ||
              sy(i - 1, '-')))
            return false;
        if (sy(i - 1, '-') && i > 1 && glued(i - 1) && (t[i - 2].isNumber() || t[i - 2].isWord()))
            return false;
    }
    // "the 2022/23 season", "fiscal 2025-26": a span over the turn of the year, ending in the second
    if (e < n && glued(e) && (sy(e, '/') || sy(e, '-')) && num(e + 1) && glued(e + 1) &&
        t[e + 1].length() == 2 && intAt(e + 1) == (y + 1) % 100 &&
        !(e + 2 < n && glued(e + 2) && (sy(e + 2, '/') || sy(e + 2, '-') || t[e + 2].isNumber()))) {
        *p = yearPeriod(y + 1);
        p->first = QDate(y, 1, 1);
        p->shape = Shape::Other;
        p->end = e + 2;
        // a season ("the 2026-27 NBA season"), a school or an academic year keeps its
        // calendar years; else a fiscal year
        static const WordSet &notFiscal = englishWords("split-year-noun");
        bool fiscalYear = true;
        for (int k = e + 2; k < n && k < e + 6 && t[k].isWord() && fiscalYear; ++k)
            fiscalYear = !notFiscal.contains(t[k].lower);
        if (fiscalYear)
            p->last = splitYearEnd(y + 1, i);
        return true;
    }
    if (e < n && glued(e) && (sy(e, '-') || sy(e, '/') || sy(e, '.') || sy(e, ':')) && num(e + 1) &&
        glued(e + 1))
        return false;
    if (sy(e, '%') || w(e, "percent"))
        return false;
    // Digit groups around it: "0800 2030 4455"
    if ((i > 0 && t[i - 1].isNumber()) || (e < n && t[e].isNumber()))
        return false;
    if (i > 0 && t[i - 1].isSymbol() && !t[i - 1].lower.isEmpty()) {
        const QChar c = t[i - 1].lower.at(0);
        if (c == QLatin1Char('$') || c == QChar(0x20AC) || c == QChar(0xA3) || c == QChar(0xA5) ||
            c == QLatin1Char('#'))
            return false;
    }
    // A name with a year: "Vision 2030", "Made in China 2025".
    if (i > 0 && t[i - 1].isWord() && !t[i - 1].sentenceStart) {
        const Token &prev = t[i - 1];
        const bool upper = QStringView(m_text).mid(prev.start, prev.length()) != prev.lower;
        if (upper && !yearLeads().contains(prev.lower) && !monthNames().contains(prev.lower))
            return false;
    }
    if (e < n && t[e].isWord()) {
        // "2025 plans" fine; "2000 pieces", "2019 model" - counted things
        static const WordSet &counted = englishWords("year-noun");
        if (counted.contains(t[e].lower))
            return false;
    }
    if (modelYear(i, e) || streetNumber(e))
        return false;
    *p = yearPeriod(y);
    p->end = e;
    return true;
}

// Modifiers around an inner period.
namespace {

// The years from `from` to `to` percent of a span of whole years (a decade, a century).
void partOfYears(int from, int to, Period *p)
{
    const int years = p->last.year() - p->first.year() + 1;
    const int first = p->first.year() + years * from / 100;
    const int last = p->first.year() + years * to / 100 - 1;
    p->first = QDate(first, 1, 1);
    p->last = QDate(std::max(first, last), 12, 31);
    p->precision = DatePrecision::Year;
}

// The middle year of a span of whole years: 2025 of the 2020s, 2050 of the century.
void middleYear(Period *p)
{
    const int y = p->first.year() + (p->last.year() - p->first.year() + 1) / 2;
    p->first = QDate(y, 1, 1);
    p->last = QDate(y, 12, 31);
    p->precision = DatePrecision::Year;
    p->shape = Shape::Other;
}

} // namespace

// "decade" or "century" alone after mid-, early or late and a preposition (by mid-decade):
// the present one.
bool DateParser::presentSpanOfYears(int i, Period *p) const
{
    static const WordSet &leads = englishWords("present-span-lead");
    const int years = w(i, "decade") ? 10 : w(i, "century") ? 100 : 0;
    // before mid-: "by mid-century", not "a mid-century house"
    const int lead = i >= 3 && dash(i - 1) ? i - 3 : i - 2;
    if (years == 0 || lead < 0 || !t[lead].isWord() || !leads.contains(t[lead].lower))
        return false;
    // "by mid-century architecture", "mid-decade Paris": a style or a time of a noun
    static const WordSet &follows = englishWords("present-span-follow");
    if (i + 1 < n && t[i + 1].isWord() && !follows.contains(t[i + 1].lower))
        return false;
    const int y0 = (pub.year() / years) * years;
    *p = spanPeriod(QDate(y0, 1, 1), QDate(y0 + years - 1, 12, 31), DatePrecision::Year, Rel::Present);
    p->end = i + 1;
    return true;
}

bool DateParser::modified(int i, Period *p) const
{
    int j = i;
    if (w(j, "the"))
        ++j;
    // end / close / beginning / start / middle of X
    const bool end = w(j, "end") || w(j, "close");
    const bool begin = w(j, "beginning") || w(j, "start");
    const bool middle = w(j, "middle");
    // ("end-2027", "end-March": the end of it, with a dash for "of")
    const bool endDash = w(j, "end") && dash(j + 1) && glued(j + 1) && glued(j + 2);
    if ((end || begin || middle) && (w(j + 1, "of") || endDash)) {
        Period in;
        // (of a split year too: "the end of 2026-27" before "the end of 2026")
        const bool split = num(j + 2) && plainYear(j + 2, &in) && in.shape == Shape::Other;
        if (!split && !inner(j + 2, &in) && !quarterHalf(j + 2, &in) && !decade(j + 2, &in) &&
            !season(j + 2, &in))
            return false;
        Period r = in;
        // a calendar year, named or not ("2027", "the year", "next year")
        const bool wholeYear =
            in.shape == Shape::Year || (in.precision == DatePrecision::Year && in.first.month() == 1 &&
                                        in.first.day() == 1 && in.last == QDate(in.first.year(), 12, 31));
        if (middle && in.last.year() - in.first.year() >= 9) {
            // the middle of the decade or the century: its middle year (2025, 2050)
            middleYear(&r);
        } else if (begin && in.last.year() - in.first.year() >= 9) {
            // the beginning of a decade or century: its first tenth
            partOfYears(0, 10, &r);
        } else if (end) {
            r.first = in.last;
            if (r.rel == Rel::Present)
                r.rel = Rel::Future;
        } else if (begin && (w(i - 1, "since") || w(i - 1, "from"))) {
            // "up 12% since the start of the year": counted from its first day
            r.last = in.first;
            r.precision = DatePrecision::Day;
        } else if (begin) {
            if (wholeYear)
                r.last = QDate(in.first.year(), 4, 30);
            else if (in.precision == DatePrecision::Month)
                r.last = in.first.addDays(9);
            else
                r.last = in.first;
        } else {
            if (wholeYear) {
                r.first = QDate(in.first.year(), 5, 1);
                r.last = QDate(in.first.year(), 6, 30);
                r.precision = DatePrecision::Month;
            } else {
                r.first = in.first.addDays(9);
                r.last = in.first.addDays(14);
            }
        }
        r.shape = Shape::Other;
        *p = r;
        return true;
    }
    // year-end / year end / year's end / EOY
    if (j == i && (w(i, "eoy") || w(i, "eom"))) {
        const bool y = w(i, "eoy");
        const QDate d = y ? QDate(pub.year(), 12, 31) : endOfPeriod(pub, DatePrecision::Month);
        *p = spanPeriod(d, d, y ? DatePrecision::Year : DatePrecision::Month, Rel::Future);
        p->end = i + 1;
        return true;
    }
    // (and "year's end", "the year's end"; "decade's end", "quarter-end", "month's end")
    const bool possessive = (sy(j + 1, '\'') || sy(j + 1, 0x2019)) && glued(j + 1) && w(j + 2, "s") &&
                            glued(j + 2) && w(j + 3, "end");
    if (w(j, "year") && ((dash(j + 1) && w(j + 2, "end")) || w(j + 1, "end") || possessive)) {
        const int e = w(j + 1, "end") ? j + 2 : j + 3 + (possessive ? 1 : 0);
        const QDate d(pub.year(), 12, 31);
        *p = spanPeriod(d, d, DatePrecision::Year, Rel::Future);
        p->end = e;
        return true;
    }
    const bool decadeEnd = w(j, "decade");
    const bool quarterEnd = w(j, "quarter");
    if ((decadeEnd || quarterEnd || w(j, "month")) &&
        (possessive || (dash(j + 1) && glued(j + 1) && w(j + 2, "end")))) {
        const QDate d = decadeEnd    ? QDate(pub.year() / 10 * 10 + 9, 12, 31)
                        : quarterEnd ? endOfPeriod(pub, DatePrecision::Quarter)
                                     : endOfPeriod(pub, DatePrecision::Month);
        *p = spanPeriod(d, d,
                        decadeEnd    ? DatePrecision::Year
                        : quarterEnd ? DatePrecision::Quarter
                                     : DatePrecision::Month,
                        Rel::Future);
        p->end = possessive ? j + 4 : j + 3;
        return true;
    }
    // mid-2027, mid 1989, mid-November, early 2027, late 2026, early September
    const bool mid = w(j, "mid");
    const bool early = w(j, "early");
    const bool late = w(j, "late");
    if (mid || early || late) {
        int k = j + 1;
        if (dash(k) && glued(k))
            ++k;
        else if (glued(k) && !mid)
            return false;
        Period in;
        const bool named = inner(k, &in) || quarterHalf(k, &in) || season(k, &in) || decade(k, &in);
        const bool present = !named && presentSpanOfYears(k, &in);
        if (!named && !present)
            return false;
        Period r = in;
        if (mid && present) {
            // "by mid-decade", "mid-century": its middle year (2025, 2050)
            middleYear(&r);
            *p = r;
            return true;
        }
        if (in.last.year() - in.first.year() >= 9) {
            // the early, mid or late 1990s: the first, middle or last third of the years
            partOfYears(early ? 0 : mid ? 30 : 70, early ? 30 : mid ? 70 : 100, &r);
            r.shape = Shape::Other;
            *p = r;
            return true;
        }
        const bool wholeYear = in.shape == Shape::Year || (in.first == QDate(in.first.year(), 1, 1) &&
                                                           in.last == QDate(in.first.year(), 12, 31));
        const int months = (in.last.year() - in.first.year()) * 12 + in.last.month() - in.first.month() + 1;
        if (!wholeYear && months == 3 && in.first.day() == 1) {
            // a quarter or a season: its first, middle or last month
            const QDate m = in.first.addMonths(mid ? 1 : late ? 2 : 0);
            r.first = m;
            r.last = QDate(m.year(), m.month(), m.daysInMonth());
            r.precision = DatePrecision::Month;
        } else if (wholeYear) {
            if (mid) {
                r.first = QDate(in.first.year(), 5, 1);
                r.last = QDate(in.first.year(), 6, 30);
                r.precision = DatePrecision::Month;
            } else if (early) {
                r.last = QDate(in.first.year(), 4, 30);
            } else {
                r.first = QDate(in.first.year(), 9, 1);
            }
        } else if (in.shape == Shape::Month) {
            if (mid) {
                r.first = in.first.addDays(9);
                r.last = in.first.addDays(14);
            } else if (early) {
                r.last = in.first.addDays(9);
            } else {
                r.first = in.first.addDays(20);
            }
        } else {
            if (!mid && in.rel == Rel::Present)
                return false;
        }
        r.shape = Shape::Other;
        *p = r;
        return true;
    }
    return false;
}

bool DateParser::point(int i, Period *p) const
{
    if (i < 0 || i >= n)
        return false;
    const Token &tk = t[i];
    if (tk.isNumber()) {
        if (quarterHalf(i, p) || decade(i, p) || calendar(i, p) || weekOf(i, p))
            return true;
        return plainYear(i, p);
    }
    if (tk.isSymbol())
        return decade(i, p) || (sy(i, '<') && sy(i + 1, '=') && plainYear(i + 2, p));
    {
        // "in nineteen ninety six", "in two thousand and twenty"
        int y = 0;
        const int e = (i > 0 && (w(i - 1, "in") || w(i - 1, "since") || w(i - 1, "by") || w(i - 1, "until") ||
                                 w(i - 1, "of") || w(i - 1, "from")))
                          ? spelledYear(i, &y)
                          : -1;
        if (e > 0 && y >= 1000) {
            *p = yearPeriod(y);
            p->end = e;
            return true;
        }
    }
    return modified(i, p) || quarterHalf(i, p) || fiscal(i, p) || weekOf(i, p) || decade(i, p) ||
           holidayAt(i, p) || season(i, p) || monthRelative(i, p) || calendar(i, p) || relative(i, p) ||
           (w(i, "the") && w(i + 1, "year") && plainYear(i + 2, p)) ||
           ((w(i, "calendar") && w(i + 1, "year") && plainYear(i + 2, p))) ||
           ((w(i, "cy") && num(i + 1) && glued(i + 1) && t[i + 1].length() == 2) &&
            (*p = yearPeriod(expandTwoDigitYear(intAt(i + 1))), p->end = i + 2, true));
}

// "the 2021 RAV4", "a 2019 Honda Civic", "her 2018 Tesla": a model year, part of a name.
bool DateParser::modelYear(int i, int e) const
{
    static const WordSet &determiners = englishWords("determiner");
    if (i == 0 || !t[i - 1].isWord() || !determiners.contains(t[i - 1].lower) || e >= n || !t[e].isWord())
        return false;
    if (monthNames().contains(t[e].lower) || weekdayNames().contains(t[e].lower))
        return false;
    const bool named = t[e].capitalized && !t[e].sentenceStart;
    const bool modelCode = num(e + 1) && glued(e + 1); // "RAV4", "iX3"
    if (!named && !modelCode)
        return false;
    // "the 2019 Los Angeles Auto Show", "a 2020 North American tour": an event of that year
    static const WordSet &events = englishWords("event-noun");
    int lower = 0;
    for (int k = e; k < n && k < e + 7 && lower < 2; ++k) {
        if (!t[k].isWord()) {
            if (sy(k, '-') && glued(k))
                continue;
            break;
        }
        if (events.contains(t[k].lower))
            return false;
        if (!t[k].capitalized)
            ++lower;
    }
    return true;
}

// "ends on January 15 each year", "every Tuesday", "the first Tuesday of every month", "held
// every year on the last Saturday of June", "March 31 annually": a day that comes round again,
// no one date (vocabulary recurrence-lead, recurrence-unit, recurrence-after). Years and spans
// are left alone: "rises each year until 2030" has its limit.
bool DateParser::recurring(int first, int end, const Period &p) const
{
    if (p.shape != Shape::Day && p.shape != Shape::DayOnly && p.shape != Shape::Month)
        return false;
    // (not a span to a limit: "strike every Monday until Dec. 15")
    for (int k = first + 1; k < end; ++k) {
        if (w(k, "until") || w(k, "since") || w(k, "through") || w(k, "till"))
            return false;
    }
    static const WordSet &leads = englishWords("recurrence-lead");
    static const WordSet &units = englishWords("recurrence-unit");
    static const WordSet &after = englishWords("recurrence-after");
    const auto round = [&](int k) {
        return k >= 0 && k + 1 < n && t[k].isWord() && leads.contains(t[k].lower) && t[k + 1].isWord() &&
               (units.contains(t[k + 1].lower) || weekdayNames().contains(t[k + 1].lower));
    };
    // (after the day, a unit that ends its phrase: not "every season ticket", "each year's budget")
    static const WordSet &follows = englishWords("verb-follow");
    const int k = w(end, "of") ? end + 1 : end;
    const bool ends =
        k + 2 >= n || (t[k + 2].isWord() ? follows.contains(t[k + 2].lower) || t[k + 2].capitalized
                                         : !sy(k + 2, '\'') && !sy(k + 2, 0x2019));
    if ((round(k) && ends) || (k < n && t[k].isWord() && after.contains(t[k].lower)))
        return true;
    // (before it, only for a day named without a trigger: "every year on the last Saturday of June",
    // not "strike every Monday until Dec. 15" nor "have risen every month since March")
    if (t[first].isWord() && !t[first].capitalized && !w(first, "the") && !w(first, "on"))
        return false;
    static const WordSet &limits = englishWords("recurrence-not-after");
    const int lead = w(first - 1, "the") ? first - 2 : first - 1;
    if (lead >= 0 && t[lead].isWord() && limits.contains(t[lead].lower))
        return false;
    if (first > 0 && t[first - 1].isWord() && leads.contains(t[first - 1].lower) && t[first].capitalized)
        return true;
    for (int j = first - 2; j >= 0 && j >= first - 4 && !clauseBreak(j + 1); --j) {
        if (round(j))
            return true;
    }
    return false;
}

// "2134 Caldwell Place", "1600 Pennsylvania Avenue": a house number, not a year.
bool DateParser::streetNumber(int e) const
{
    static const WordSet &streets = englishWords("street-type");
    for (int k = e; k < n && k < e + 4; ++k) {
        if (!t[k].isWord() || !t[k].capitalized)
            return false;
        if (k > e && streets.contains(t[k].lower))
            return true;
    }
    return false;
}

} // namespace Gleaner::Dates
