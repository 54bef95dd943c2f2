// Calendar dates: "4/12/2027", "April 12, 2027", "12 April".
#include "suggest/dateparser.h"

namespace Gleaner::Dates {

// 2002-10-09, 20161016, 10/1/2018, 1/1/2016, 11/20, 2019/aug/01, 05-Aug-2016, 2015-3
bool DateParser::numericDate(int i, Period *p) const
{
    if (!num(i))
        return false;
    if (i > 0 && glued(i) && t[i - 1].isWord() && !sy(i - 1, '-'))
        return false;
    // Days in figures with their year are atoms of en-date-rules.tsv.
    if (atoms.longest(i, {"year-month-day", "day-month-year"}, p))
        return true;
    const int len = t[i].length();
    if (len == 8)
        return false; // not a day of 19xx-21xx
    auto sep = [&](int k) {
        return glued(k) && glued(k + 1) && (sy(k, '-') || sy(k, '/') || sy(k, '.'));
    };
    if (len == 4) {
        const int y = intAt(i);
        if (y < 1000 || y > 2999 || !sep(i + 1))
            return false;
        const char16_t s1 = t[i + 1].lower.at(0).unicode();
        int m = 0;
        int k = i + 2;
        if (num(k) && t[k].length() <= 2) {
            const int a = intAt(k);
            if (sep(k + 1) && t[k + 1].lower.at(0).unicode() == s1) {
                if (num(k + 2))
                    return false; // a day in figures: an atom, not a valid one here
                const int e = monthAt(k + 2, &m);
                if (e > 0) {
                    Period r = resolveDay(y, m, a, true, e); // 2020/23/Sep
                    if (r.end > 0) {
                        *p = r;
                        return true;
                    }
                }
                return false;
            }
            if (a >= 1 && a <= 12 && s1 == '-' && y >= 1900 && y <= 2199 && !(sep(k + 1) && num(k + 2)) &&
                !(i > 0 && glued(i))) {
                *p = monthPeriod(y, a); // 2015-3
                p->end = k + 1;
                return true;
            }
            return false;
        }
        const int e = monthAt(k, &m);
        if (e > 0 && sep(e) && num(e + 1) && t[e + 1].length() <= 2) {
            Period r = resolveDay(y, m, intAt(e + 1), true, ordinalSuffix(e + 2));
            if (r.end > 0) {
                *p = r;
                return true;
            }
        }
        return false;
    }
    if (len > 2)
        return false;
    const int a = intAt(i);
    // day-monthname-year: 05-Aug-2016
    if (sep(i + 1) && !sy(i + 1, '.')) {
        int m = 0;
        const int e = monthAt(i + 2, &m);
        if (e > 0) {
            int y = pub.year();
            bool given = false;
            int end = e;
            if (sep(e) && num(e + 1) && t[e + 1].length() == 4) {
                y = intAt(e + 1);
                given = true;
                end = e + 2;
            }
            Period r = resolveDay(y, m, a, given, end);
            if (r.end > 0) {
                *p = r;
                return true;
            }
            return false;
        }
    }
    if (!sep(i + 1) || !num(i + 2) || t[i + 2].length() > 2)
        return false;
    const char16_t s1 = t[i + 1].lower.at(0).unicode();
    const int b = intAt(i + 2);
    int month = a, day = b;
    if (a > 12 && b <= 12) {
        month = b;
        day = a;
    }
    // with a year (m/d/yyyy, d.m.yyyy, m/d/yy): an atom, not a valid one here
    if (sep(i + 3) && t[i + 3].lower.at(0).unicode() == s1 && num(i + 4) &&
        (t[i + 4].length() == 4 || (t[i + 4].length() == 2 && s1 == '/')))
        return false;
    // no year: m/d only after a date-ish word or in a list/range
    if (s1 == '-' && !(i > 0 && (w(i - 1, "from") || w(i - 1, "between"))))
        return false;
    if (sep(i + 3) || (glued(i + 3) && (sy(i + 3, '.') || sy(i + 3, ':'))))
        return false; // "30/4.85", "1/2/3/4"
    bool context = false;
    if (i > 0) {
        const Token &prev = t[i - 1];
        static const WordSet &leads = englishWords("numeric-lead");
        if (prev.isWord() && (leads.contains(prev.lower) || weekdayNames().contains(prev.lower)))
            context = true;
        if (sy(i - 1, ',') || dash(i - 1))
            context = true;
    }
    if (dash(i + 3) || w(i + 3, "to"))
        context = true;
    if (s1 == '.' && !(i > 0 && (w(i - 1, "on") || weekdayNames().contains(t[i - 1].lower))))
        return false;
    if (!context)
        return false;
    int y = pub.year();
    bool given = false;
    int end = i + 3;
    if (sy(end, ',') && num(end + 1) && t[end + 1].length() == 4) {
        y = intAt(end + 1);
        given = true;
        end += 2;
    }
    Period r = resolveDay(y, month, day, given, end);
    if (r.end > 0) {
        *p = r;
        return true;
    }
    return false;
}

// March 31, 2028 / Dec. 31 , 1994 / May twenty nine / april 2017 / Dec/2018 / Sep-23-2020 / mar3
bool DateParser::monthLed(int i, Period *p) const
{
    int m = 0;
    int k = monthAt(i, &m);
    if (k < 0)
        return false;
    int y = pub.year();
    // mar3
    if (num(k) && glued(k) && t[k].length() <= 2 && !sy(k - 1, '.')) {
        Period r = resolveDay(y, m, intAt(k), false, ordinalSuffix(k + 1));
        if (r.end > 0) {
            *p = r;
            return true;
        }
    }
    // Month/2018, Month/3, Sep-23-2020, Jun-15
    if ((sy(k, '/') || sy(k, '-')) && glued(k) && num(k + 1) && glued(k + 1)) {
        const int v = intAt(k + 1);
        if (t[k + 1].length() == 4) {
            *p = monthPeriod(v, m);
            p->end = k + 2;
            return true;
        }
        if (v >= 1 && v <= 31) {
            int end = ordinalSuffix(k + 2);
            bool given = false;
            if ((sy(end, '-') || sy(end, '/')) && glued(end) && num(end + 1) && t[end + 1].length() == 4) {
                y = intAt(end + 1);
                given = true;
                end += 2;
            }
            Period r = resolveDay(y, m, v, given, end);
            if (r.end > 0) {
                *p = r;
                return true;
            }
        }
    }
    // Month + spelled year: "August two thousand and fifteen"
    {
        int yy = 0;
        const int ye = spelledYear(k, &yy);
        if (ye > 0 && yy >= 1000) {
            *p = monthPeriod(yy, m);
            p->end = ye;
            return true;
        }
    }
    // Month [the] day [, year]
    {
        int j = k;
        if (w(j, "the"))
            ++j;
        int d = 0;
        int e = -1;
        // a four-digit number is a year, not a day
        if (!(num(j) && t[j].length() > 2))
            e = dayNum(j, &d, true);
        if (e > 0 && !(num(j) && e < n && (sy(e, ':') || sy(e, '%')))) {
            // "january first two thousand and thirty two"
            int yy = 0;
            int ye = trailingYear(e, &yy);
            if (ye < 0 && !sy(e, ','))
                ye = spelledYear(e, &yy);
            // "Nov 18 2014" (no comma)
            if (ye > 0) {
                Period r = resolveDay(yy, m, d, true, ye);
                if (r.end > 0) {
                    *p = r;
                    return true;
                }
            }
            Period r = resolveDay(y, m, d, false, e);
            if (r.end < 0 && m == 2 && d == 29) {
                int leap = y;
                while (!QDate::isLeapYear(leap))
                    ++leap;
                r = resolveDay(leap, m, d, false, e);
            }
            if (r.end > 0) {
                *p = r;
                return true;
            }
        }
    }
    // Month [,|of|in] year
    {
        int yy = 0;
        int ye = trailingYear(k, &yy);
        if (ye < 0 && sy(k, '/') && glued(k))
            ye = -1;
        if (ye > 0) {
            *p = monthPeriod(yy, m);
            p->end = ye;
            return true;
        }
    }
    *p = monthPeriod(y, m);
    p->yearGiven = false;
    p->end = k;
    return true;
}

// 04th Jan 2019 / 19 June / the 09th of May / fourth of july 1995 / twenty five January nineteen eighty six
bool DateParser::dayLed(int i, Period *p) const
{
    int j = i;
    bool the = false;
    if (w(j, "the")) {
        ++j;
        the = true;
    }
    int d = 0;
    if (j > 0 && num(j) && t[j - 1].isSymbol()) {
        const QChar c = t[j - 1].lower.at(0);
        if (c == QLatin1Char('$') || c == QChar(0x20AC) || c == QChar(0xA3) || c == QChar(0xA5) ||
            c == QLatin1Char('#'))
            return false;
    }
    int e = dayNum(j, &d, !the);
    // (not an ordinal of centuries: "the 13th-century abbey", "the 19th century")
    if (e < 0 || w(e, "century") || w(e, "centuries") || (dash(e) && glued(e) && w(e + 1, "century")))
        return false;
    const bool numeric = num(j);
    const bool hasSuffix = numeric && e > j + 1;
    int k = e;
    if (w(k, "day") && w(k + 1, "of"))
        k += 2;
    else if (w(k, "of"))
        ++k;
    int m = 0;
    int me = monthAt(k, &m);
    if (me < 0) {
        // "the 15th day of next month"
        if (k > e && (w(k, "next") || w(k, "this") || w(k, "last")) && w(k + 1, "month")) {
            QDate base = pub.addMonths(w(k, "next") ? 1 : (w(k, "last") ? -1 : 0));
            Period r = resolveDay(base.year(), base.month(), d, true, k + 2);
            if (r.end > 0) {
                r.rel = w(k, "next") ? Rel::Future : (w(k, "last") ? Rel::Past : Rel::Present);
                *p = r;
                return true;
            }
        }
        if (k > e && w(k, "the") && w(k + 1, "month")) {
            Period r = resolveDay(pub.year(), pub.month(), d, true, k + 2);
            if (r.end > 0) {
                *p = r;
                return true;
            }
        }
        // "the 4th" alone: the day of the published month.
        if (the && hasSuffix && k == e &&
            (k >= n || !t[k].isWord() || w(k, "this") || w(k, "and") || w(k, "or") || w(k, "to") ||
             w(k, "at") || w(k, "of"))) {
            int end = e;
            if (w(k, "this") && w(k + 1, "month"))
                end = k + 2;
            Period r = resolveDay(pub.year(), pub.month(), d, true, end);
            if (r.end > 0) {
                *p = r;
                return true;
            }
        }
        return false;
    }
    // a bare small number before a month name must not be a count ("3 March" fine, "the 3 may" odd)
    if (numeric && !hasSuffix && k != e)
        return false; // "12 of May"? rare; avoid "5 of march"
    int yy = 0;
    int ye = trailingYear(me, &yy);
    if (ye < 0)
        ye = spelledYear(me, &yy);
    if (ye < 0 && w(me, "of") && w(me + 1, "next") && w(me + 2, "year")) {
        yy = pub.year() + 1;
        ye = me + 3;
    }
    if (ye > 0) {
        Period r = resolveDay(yy, m, d, true, ye);
        if (r.end > 0) {
            *p = r;
            return true;
        }
    }
    Period r = resolveDay(pub.year(), m, d, false, me);
    if (r.end > 0) {
        *p = r;
        return true;
    }
    return false;
}

bool DateParser::calendar(int i, Period *p) const
{
    return numericDate(i, p) || monthLed(i, p) || dayLed(i, p);
}

} // namespace Gleaner::Dates
