// Spans of a year: quarters and halves, weeks, decades.
#include "suggest/dateparser.h"

namespace Gleaner::Dates {

// Q3 2026, 2017-q1, q1 of 2017, the third quarter of 2027, H2 2026, the second half of 2026
bool DateParser::quarterHalf(int i, Period *p) const
{
    int q = 0; // quarter 1-4, or half 5-6
    int y = 0;
    bool yearGiven = false;
    // Q3 2026, 2017-q1, H2: atoms of en-date-rules.tsv
    Period atom;
    if (atoms.longest(i, {"quarter"}, &atom)) {
        int k = atom.end;
        if ((dash(k) && glued(k)) || w(k, "of"))
            ++k;
        Period f;
        if (atom.yearGiven || !(w(k, "fiscal") || w(k, "fy")) || !fiscal(k, &f)) {
            *p = atom;
            return true;
        }
        // "Q3 fiscal 2027", "Q3 FY27"
        *p = quarterPeriod(f.year, quarterOf(atom), true);
        p->end = f.end;
        return true;
    }
    if (monthQuarter(i, p))
        return true;
    // the first quarter of 2027 / the second half of 2026 / 1st quarter of 2013
    int k = i;
    if (w(k, "the"))
        ++k;
    int ord = 0;
    if (k < n && t[k].isWord())
        ord = std::max(0, NumberParser::ordinalWord(t[k].lower));
    if (w(k, "final") || w(k, "last") || w(k, "latter"))
        ord = -1;
    int ke = k + 1;
    if (ord == 0 && num(k) && t[k].length() == 1) {
        ord = intAt(k);
        ke = ordinalSuffix(k + 1);
        if (ke == k + 1)
            return false;
    }
    if (ord == 0)
        return false;
    const bool quarter = w(ke, "quarter");
    const bool half = w(ke, "half");
    if (!quarter && !half)
        return false;
    if (quarter)
        q = ord == -1 ? 4 : ord;
    else
        q = ord == -1 ? 6 : 4 + ord;
    if ((quarter && (q < 1 || q > 4)) || (half && (q < 5 || q > 6)))
        return false;
    int e = ke + 1;
    if (w(e, "of") || (w(e, "in") && !w(e + 1, "the"))) {
        Period in;
        if (inner(e + 1, &in) && in.shape != Shape::Month) {
            y = in.first.year();
            // "the first half of 2026-27": a part of a fiscal year over the turn of the year
            if (const int se = splitSecondYear(in.end, y); se > 0 && num(in.end - 1)) {
                const QDate start = splitYearEnd(y + 1, i).addYears(-1).addDays(1);
                const int months = q <= 4 ? 3 : 6;
                const int index = q <= 4 ? q - 1 : q - 5;
                *p = spanPeriod(start.addMonths(index * months),
                                start.addMonths((index + 1) * months).addDays(-1),
                                q <= 4 ? DatePrecision::Quarter : DatePrecision::Month, Rel::Absolute);
                p->year = y + 1;
                p->yearGiven = true;
                p->end = se;
                return true;
            }
            yearGiven = true;
            e = in.end;
        } else if (w(e + 1, "the") && w(e + 2, "year")) {
            e = e + 3;
        }
    } else {
        // "the second half" alone: this year, only with "the"; "the last quarter" is relative
        if (!w(i, "the") || ord == -1)
            return false;
    }
    *p = quarterPeriod(yearGiven ? y : pub.year(), q, yearGiven);
    p->end = e;
    return true;
}

// "the September quarter of 2025", "the June quarter", "December-quarter", "the January-March
// quarter of 2026", "the April-to-June quarter": three months named by their last (or first and
// last), as Australian and company reports write them
bool DateParser::monthQuarter(int i, Period *p) const
{
    const int k = w(i, "the") ? i + 1 : i;
    int first = 0;
    int e = monthAt(k, &first);
    // ("March quarter": a month's name that is also a word, named so by "quarter")
    if (e < 0 && k < n && t[k].isWord() && t[k].capitalized && monthNames().contains(t[k].lower) &&
        (w(k + 1, "quarter") || (dash(k + 1) && glued(k + 1) && w(k + 2, "quarter")))) {
        first = monthNames().value(t[k].lower);
        e = k + 1;
    }
    if (e < 0)
        return false;
    int last = first;
    int second = 0;
    const int joint = dash(e) && glued(e) ? e + 1 : -1;
    const int to = joint > 0 && w(joint, "to") && dash(joint + 1) ? joint + 2 : joint;
    if (to > 0) {
        const int se = monthAt(to, &second);
        if (se > 0 && (second - first + 12) % 12 == 2) {
            last = second;
            e = se;
        }
    }
    int y = 0;
    int ye = year4(e, &y); // "the September 2025 quarter"
    if (ye > 0)
        e = ye;
    if (dash(e) && glued(e) && last == first && ye < 0)
        ++e; // "December-quarter"
    if (!w(e, "quarter") || (dash(e + 1) && glued(e + 1) && (w(e + 2, "final") || w(e + 2, "finals"))))
        return false; // (not "the May quarter-final")
    e += 1;
    if (ye < 0) {
        const int of = w(e, "of") ? e + 1 : e;
        ye = year4(of, &y); // "the September quarter of 2025", "the December quarter 2025"
        if (ye > 0)
            e = ye;
    }
    const bool given = ye > 0;
    const int year = given ? y : pub.year();
    const QDate end(year, last, QDate(year, last, 1).daysInMonth());
    *p = spanPeriod(QDate(end.year(), end.month(), 1).addMonths(-2), end, DatePrecision::Quarter,
                    Rel::Absolute);
    p->year = year;
    p->yearGiven = given;
    p->end = e;
    return true;
}

// week 31, week 27 of last year, the first week of 2021, the last week of july, the week of April 10th
bool DateParser::weekOf(int i, Period *p) const
{
    int j = i;
    if (w(j, "the"))
        ++j;
    if (w(j, "week") && num(j + 1) && t[j + 1].length() <= 2) {
        const int wk = intAt(j + 1);
        if (wk < 1 || wk > 53)
            return false;
        int y = pub.year();
        int e = j + 2;
        if (w(e, "of")) {
            Period in;
            if (inner(e + 1, &in)) {
                y = in.first.year();
                e = in.end;
            }
        }
        const QDate s = isoWeekSunday(y, wk);
        *p = spanPeriod(s.addDays(-6), s, DatePrecision::Day, Rel::Absolute);
        p->end = e;
        return true;
    }
    if (w(j, "week") &&
        (w(j + 1, "of") || w(j + 1, "beginning") || w(j + 1, "starting") || w(j + 1, "commencing"))) {
        int k = j + 2;
        if (w(k, "on"))
            ++k;
        Period c;
        if (calendar(k, &c) && c.shape == Shape::Day) {
            const QDate s = sundayOf(c.first);
            *p = spanPeriod(s.addDays(-6), s, DatePrecision::Day, Rel::Absolute);
            p->end = c.end;
            return true;
        }
        return false;
    }
    // ordinal week/month/days of X
    int ord = 0;
    int k = j;
    if (k < n && t[k].isWord())
        ord = std::max(0, NumberParser::ordinalWord(t[k].lower));
    if (w(k, "last"))
        ord = -1;
    int ke = k + 1;
    if (ord == 0 && num(k) && t[k].length() <= 2) {
        ke = ordinalSuffix(k + 1);
        if (ke == k + 1)
            return false;
        ord = intAt(k);
    }
    if (ord == 0)
        return false;
    // "the first Tuesday of November", "the last Friday in March": that weekday of the month,
    // which moves with the month's year as a holiday does
    int wd = 0;
    const int we = weekdayAt(ke, &wd);
    if (we > 0 && ord <= 5 && (w(we, "of") || w(we, "in"))) {
        Period m;
        if (!monthLed(we + 1, &m) && !inner(we + 1, &m))
            return false;
        const QDate d = nthWeekday(m.first.year(), m.first.month(), wd, ord);
        if (m.precision != DatePrecision::Month || m.first.day() != 1 ||
            m.last != endOfPeriod(m.first, DatePrecision::Month) || d.month() != m.first.month())
            return false;
        Period r = dayPeriod(d);
        // ("the last Friday of the month": a day of this month, ahead or gone by)
        r.rel = m.rel == Rel::Present ? Rel::Absolute : m.rel;
        r.yearGiven = m.yearGiven;
        r.holidayRule = QStringLiteral("nth %1 %2 %3").arg(m.first.month()).arg(wd).arg(ord);
        r.end = m.end;
        *p = r;
        return true;
    }
    // "the first 2 weeks of 2021", "the last four months of 2021", "first ten days of last year"
    int cnt = 0;
    int ce = count(ke, &cnt);
    Unit unit = Unit::Day;
    int ue = -1;
    if (ce > 0 && (ord == 1 || ord == -1)) {
        ue = unitAt(ce, &unit);
        if (ue < 0)
            ce = -1;
    }
    if (ce < 0) {
        cnt = 1;
        ue = unitAt(ke, &unit);
    }
    if (ue < 0 || !w(ue, "of"))
        return false;
    Period in;
    if (!inner(ue + 1, &in)) {
        Period m;
        if (!(monthLed(ue + 1, &m)))
            return false;
        in = m;
    }
    Period r;
    if (unit == Unit::Week) {
        if (in.precision == DatePrecision::Year && in.last.month() == 12 && in.first.month() == 1) {
            const int y = in.first.year();
            const QDate s = ord == -1 ? sundayOf(in.last) : isoWeekSunday(y, ord + (cnt - 1));
            r = spanPeriod(s.addDays(-6), s, DatePrecision::Day, in.rel);
        } else {
            const QDate s =
                ord == -1 ? sundayOf(in.last) : sundayOf(in.first.addDays(7 * (ord - 1 + cnt - 1)));
            r = spanPeriod(s.addDays(-6), s, DatePrecision::Day, in.rel);
            // (moved to another year, the week that ends on that year's Nth Sunday of the month)
            if (ord > 0 && in.precision == DatePrecision::Month)
                r.holidayRule = QStringLiteral("nth %1 7 %2 -6").arg(in.first.month()).arg(ord + cnt - 1);
        }
    } else if (unit == Unit::Month) {
        if (ord == -1)
            r = spanPeriod(in.last.addMonths(-cnt + 1), in.last, DatePrecision::Month, in.rel);
        else {
            const QDate m = in.first.addMonths(ord - 1 + cnt - 1);
            r = spanPeriod(in.first, endOfPeriod(m, DatePrecision::Month), DatePrecision::Month, in.rel);
        }
    } else if (unit == Unit::Day) {
        const QDate d = ord == -1 ? in.last : in.first.addDays(ord - 1 + cnt - 1);
        r = spanPeriod(d, d, DatePrecision::Day, in.rel);
    } else {
        return false;
    }
    // ("the first week of January" in December: a month without its year, whose year the tense
    // of its clause sets, as for the month alone)
    r.yearGiven = in.yearGiven;
    r.year = in.first.year();
    r.end = in.end;
    *p = r;
    return true;
}

// 1990s, 1990 s, the nineties, 21st century: atoms of en-date-rules.tsv
bool DateParser::decade(int i, Period *p) const
{
    const int j = w(i, "the") ? i + 1 : i;
    if (!atoms.longest(j, {"decade", "decade-word", "century"}, p))
        return false;
    return !(j == i && (t[j].length() == 2 || t[j].isWord()) && ageAt(j));
}

// "in their 50s", "his mid-40s", "her late twenties": an age, not a decade. So is
// each later one of a list: "their 50s and 60s", "her 20s or early 30s".
bool DateParser::ageAt(int j) const
{
    static const WordSet &possessives = englishWords("age-possessive");
    int k = j - 1;
    for (int listed = 0; listed < 4; ++listed) {
        if (dash(k) && glued(k + 1))
            --k;
        if (w(k, "early") || w(k, "mid") || w(k, "late"))
            --k;
        if (k >= 0 && t[k].isWord() && possessives.contains(t[k].lower))
            return true;
        // the age before: "50s and", "40s,", "30s to", "50s-"
        if (!(w(k, "and") || w(k, "or") || w(k, "to") || sy(k, ',') || dash(k)))
            return false;
        --k;
        if (w(k, "s") && glued(k))
            --k;
        static const WordSet &decadeWords = englishWords("decade-word");
        const bool age = (num(k) && t[k].length() == 2) || (k >= 0 && decadeWords.contains(t[k].lower));
        if (!age)
            return false;
        --k;
    }
    return false;
}

} // namespace Gleaner::Dates
