// Ranges, whole expressions and durations.
#include "suggest/dateparser.h"

namespace Gleaner::Dates {

// The end of a range after "to", "-", "through", "and": inherits month and year from the start.
bool DateParser::rangeEnd(int i, const Period &from, Period *p) const
{
    if (w(i, "now") || w(i, "date")) {
        *p = spanPeriod(pub, pub, DatePrecision::Day, Rel::Present);
        p->end = i + 1;
        return true;
    }
    Period y;
    bool ok = point(i, &y);
    if (!ok || y.shape == Shape::Other) {
        // a bare day: "18-19", "9th through 17th", "to the third of april"
        int j = w(i, "the") ? i + 1 : i;
        int d = 0;
        const int e = dayNum(j, &d, false);
        if (e > 0 && (from.shape == Shape::Day || from.shape == Shape::DayOnly) && (!ok || y.end <= e)) {
            // (not "18-19/20", "9-10.5"; "Dec. 9-10." ends its sentence)
            if (num(j) && e == j + 1 && glued(j + 1) &&
                (sy(j + 1, '/') || (sy(j + 1, '.') && j + 2 < n && num(j + 2) && glued(j + 2))))
                return false;
            Period r = resolveDay(from.year, from.month, d, from.yearGiven, e);
            if (r.end < 0)
                return false;
            int yy = 0;
            const int ye = trailingYear(e, &yy);
            if (ye > 0) {
                r = resolveDay(yy, from.month, d, true, ye);
                if (r.end < 0)
                    return false;
            }
            *p = r;
            return true;
        }
        if (!ok)
            return false;
    }
    if (!y.yearGiven && (y.shape == Shape::Day || y.shape == Shape::Month) && from.first.isValid()) {
        int yr = from.first.year();
        Period r = y.shape == Shape::Day ? resolveDay(yr, y.month, y.day, from.yearGiven, y.end)
                                         : monthPeriod(yr, y.month);
        if (r.shape == Shape::Month)
            r.end = y.end;
        if (r.end > 0 && r.last < from.first) {
            r = y.shape == Shape::Day ? resolveDay(yr + 1, y.month, y.day, from.yearGiven, y.end)
                                      : monthPeriod(yr + 1, y.month);
            if (r.shape == Shape::Month)
                r.end = y.end;
        }
        if (r.end > 0) {
            r.yearGiven = from.yearGiven;
            y = r;
        }
    }
    *p = y;
    return true;
}

bool DateParser::movedFrom(int at) const
{
    static const WordSet &delays = englishWords("delay-verb");
    const int verb = at >= 2 && (w(at - 1, "back") || w(at - 1, "forward")) ? at - 2 : at - 1;
    return at < n && w(at, "from") && verb >= 0 && t[verb].isWord() && delays.contains(t[verb].lower);
}

bool DateParser::expr(int i, Period *p) const
{
    const bool between = w(i, "between");
    const bool from = w(i, "from");
    int j = (between || from) ? i + 1 : i;
    {
        // "2014-2018", "2014~2018"
        int y1 = 0, y2 = 0;
        const int e1 = year4(j, &y1);
        if (e1 > 0 && (dash(e1) || sy(e1, '~')) && glued(e1) && glued(e1 + 1)) {
            const int e2 = year4(e1 + 1, &y2);
            // (not model years: "2024-2026 Torvale Sierra pickups")
            static const WordSet &models = englishWords("model-noun");
            bool modelYears = false;
            // ("2023-2025 Ioniq 5 vehicles", "the 2024-2026 models")
            for (int k = e2; e2 > 0 && k < n && k < e2 + 5 && (t[k].isWord() || num(k)) && !modelYears; ++k) {
                if (k == e2 && !models.contains(t[k].lower) &&
                    (!t[k].isWord() || !t[k].capitalized || monthNames().contains(t[k].lower)))
                    break;
                modelYears = t[k].isWord() && models.contains(t[k].lower);
            }
            if (e2 > 0 && y2 > y1 && !modelYears &&
                !(glued(e2) && (dash(e2) || sy(e2, '/')) && num(e2 + 1)) &&
                !(i > 0 && glued(i) && (dash(i - 1) || sy(i - 1, '+')))) {
                *p = yearPeriod(y2);
                p->first = QDate(y1, 1, 1);
                p->shape = Shape::Other;
                p->end = e2;
                return true;
            }
        }
    }
    // "was delayed from Oct. 21 to Nov. 4", "pushed back from May to July": the day moved from
    // and the day moved to, two dates, not a span between them
    if (movedFrom(i))
        return false;
    const bool moved = i > 0 && movedFrom(i - 1);
    Period a;
    bool ok = point(j, &a);
    if (!ok || (a.shape == Shape::Year && dash(a.end))) {
        // a bare first day: "between ninth and seventeenth of april", "from the 27th to the 3rd of april"
        int k = w(j, "the") ? j + 1 : j;
        int d = 0;
        const int e = dayNum(k, &d, false);
        const int conn = e;
        if (e > 0 &&
            (between || from || dash(conn) || w(conn, "and") || w(conn, "to") || w(conn, "through")) &&
            (w(conn, "and") || w(conn, "to") || dash(conn) || w(conn, "through"))) {
            int k2 = conn + 1;
            Period b;
            if (point(k2, &b) && b.shape == Shape::Day) {
                Period first = resolveDay(b.year, b.month, d, b.yearGiven, e);
                if (first.end > 0) {
                    Period r = b;
                    if (first.first > b.first) {
                        // "from the twenty-seventh to the third of april": the start is in the previous month
                    }
                    r.rel = b.rel;
                    *p = r;
                    return true;
                }
            }
        }
        if (!ok)
            return false;
    }
    int c = a.end;
    // "from Monday, Jan. 19, to Friday, Feb. 6": the comma that closes a day told twice
    if ((from || between) && sy(c, ',') && (w(c + 1, "to") || w(c + 1, "through") || w(c + 1, "and")))
        ++c;
    // "2014-2018": year ranges are written glued
    bool conn = false;
    // "the week to Sunday", "the year to March": a reporting period the date names, no span
    // from the present one to it
    static const WordSet &periodLabels = englishWords("period-label");
    if (moved || (w(j, "the") && a.end == j + 2 && periodLabels.contains(t[j + 1].lower) && w(c, "to") &&
                  !w(c + 1, "date")))
        conn = false;
    else if (between)
        conn = w(c, "and") || dash(c);
    else
        conn = w(c, "to") || w(c, "through") || w(c, "thru") || w(c, "till") || w(c, "until") || dash(c) ||
               sy(c, '~');
    if (conn) {
        Period b;
        if (rangeEnd(c + 1, a, &b)) {
            // chains such as phone numbers: "2010-2015-86"
            if (!(dash(b.end) && glued(b.end) && num(b.end + 1))) {
                Period r = b;
                r.first = a.first;
                if (a.rel == Rel::Past)
                    r.rel = Rel::Past;
                // "from May to Oct 2020": the start takes the end's year
                *p = r;
                return true;
            }
            if (a.shape == Shape::Year)
                return false;
        }
    }
    if (between || from) {
        // "from 2014" / "between" alone: not a closed range; leave it to the bare point.
        return false;
    }
    *p = a;
    return true;
}

// Durations: "18 months ago", "3 weeks later", "two days after today", "the next 4 business days", "last 3
// months"
bool DateParser::durationExpr(int i, Period *p) const
{
    int j = i;
    if (w(j, "the"))
        ++j;
    int dir = 0;
    bool before = false;
    if (w(j, "next") || w(j, "coming") || w(j, "following") || w(j, "upcoming")) {
        dir = 1;
        ++j;
    } else if (w(j, "last") || w(j, "past") || w(j, "previous") || w(j, "prior")) {
        // "the trial will last 24 months", "expected to last six weeks": the verb, a duration
        static const WordSet &verbLeads = englishWords("base-form-lead");
        if (j == i && w(j, "last") && i > 0 && t[i - 1].isWord() && verbLeads.contains(t[i - 1].lower))
            return false;
        dir = -1;
        ++j;
    }
    if (w(i, "more") && w(i + 1, "than"))
        j = i + 2;
    int c = 0;
    bool half = false;
    int k = countHalf(j, &c, &half);
    if (k < 0)
        return false;
    // "2 next days", "5 past years", "the 2 upcoming months"
    bool postDir = false;
    if (dir == 0) {
        postDir = w(k, "next") || w(k, "upcoming") || w(k, "coming") || w(k, "past") || w(k, "last") ||
                  w(k, "previous");
        if (w(k, "next") || w(k, "upcoming") || w(k, "coming")) {
            dir = 1;
            ++k;
        } else if (w(k, "past") || w(k, "last") || w(k, "previous")) {
            dir = -1;
            ++k;
        }
    }
    Unit u = Unit::Day;
    int e = unitAt(k, &u);
    if (e < 0)
        return false;
    if ((c <= 0 && !(half && halfUnit(u).c > 0)) || c > 1000)
        return false;
    // "3 next weeks" but not "3 next week" (three people, next week)
    if (postDir && c != 1 && !t[e - 1].lower.endsWith(QLatin1Char('s')))
        return false;
    // "a year and a half"
    if (!half)
        e = halfAfter(e, &half);
    const int firstEnd = e;
    // "2 years 1 month 21 days later"
    Unit lastUnit = u;
    struct Part
    {
        int c;
        Unit u;
    };
    Part parts[4] = {{c, u}, {0, Unit::Day}, {0, Unit::Day}, {0, Unit::Day}};
    int np = 1;
    // the half of a unit, in a smaller one (half a day is no date of its own)
    if (half)
        parts[np++] = {halfUnit(u).c, halfUnit(u).u};
    const int firstParts = np;
    while (np < 4) {
        int kk = e;
        if (w(kk, "and"))
            ++kk;
        int c2 = 0;
        const int k2 = count(kk, &c2);
        if (k2 < 0 || !num(kk))
            break;
        Unit u2 = Unit::Day;
        const int e2 = unitAt(k2, &u2);
        if (e2 < 0)
            break;
        parts[np++] = {c2, u2};
        e = e2;
        lastUnit = u2;
    }
    auto apply = [&](QDate base, int sign) {
        for (int q = 0; q < np; ++q)
            base = addUnits(base, parts[q].u, sign * parts[q].c);
        return base;
    };
    if (dir != 0) {
        np = firstParts; // "the last 3 months and 2 weeks ago": only the first part belongs here
        e = firstEnd;
        lastUnit = u;
    }
    const DatePrecision prec = unitPrecision(lastUnit);
    if (dir > 0) {
        const QDate d =
            u == Unit::Quarter ? endOfPeriod(pub.addMonths(3 * c), DatePrecision::Quarter) : apply(pub, 1);
        *p = spanPeriod(pub, d, prec, Rel::Future);
        p->end = e;
        return true;
    }
    if (dir < 0) {
        QDate last = pub.addDays(-1);
        if (u == Unit::Quarter)
            last = endOfPeriod(pub.addMonths(-3), DatePrecision::Quarter);
        *p = spanPeriod(apply(pub, -1), last, prec, Rel::Past);
        p->end = e;
        return true;
    }
    if (w(e, "ago") || w(e, "earlier") || w(e, "before") || w(e, "after") || w(e, "later") || w(e, "from") ||
        w(e, "since")) {
        const bool back = w(e, "ago") || w(e, "earlier") || w(e, "before");
        before = back;
        int anchorEnd = e + 1;
        QDate base = pub;
        Rel rel = back ? Rel::Past : Rel::Future;
        if (w(e, "before") || w(e, "after") || w(e, "from") || w(e, "since")) {
            if (w(e + 1, "now") || w(e + 1, "today")) {
                anchorEnd = e + 2;
            } else {
                // ("14 days after the April 20 deadline": a day the article leads to)
                Period anchor;
                if (!point(e + 1, &anchor) &&
                    !(w(e + 1, "the") && point(e + 2, &anchor) && anchor.shape == Shape::Day))
                    return false;
                base = anchor.first;
                anchorEnd = anchor.end;
                if (!anchor.yearGiven && !back && base < pub &&
                    (anchor.shape == Shape::Day || anchor.shape == Shape::Month))
                    base = base.addYears(1);
                if (anchor.rel == Rel::Past)
                    rel = Rel::Past;
                // "3 days from Tuesday": from a weekday means the coming one
                if (anchor.rel == Rel::Weekday && base < pub)
                    base = base.addDays(7);
                if (w(e, "since"))
                    base = anchor.first;
            }
        } else if ((w(e, "later") || w(e, "earlier")) && w(e + 1, "than")) {
            return false; // "a year later than planned", "five years earlier than planned"
        }
        // "25 vessels a day from Nov. 7", "£1,717 a year from October 1": a rate, then when it
        // starts
        if (w(e, "from") && (w(i, "a") || w(i, "an")) && !w(e + 1, "now") && !w(e + 1, "today")) {
            // (a figure shortly before in the clause: "100 liters of water a day", "25 vessels a
            // day", "5% a year"; not a verb, "the lease expires a year from")
            for (int k = i - 1; k >= 0 && k >= i - 6 && !clauseBreak(k + 1); --k) {
                if (num(k) || sy(k, '%'))
                    return false;
            }
        }
        const QDate d = apply(base, before ? -1 : 1);
        *p = spanPeriod(d, d, prec, rel);
        p->end = anchorEnd;
        return true;
    }
    return false;
}

} // namespace Gleaner::Dates
