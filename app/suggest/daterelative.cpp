// Dates relative to publication: "next year", "in three weeks", "on Tuesday".
#include "suggest/dateparser.h"

namespace Gleaner::Dates {

int DateParser::count(int i, int *c) const
{
    if (i < 0 || i >= n)
        return -1;
    if (num(i)) {
        if (t[i].length() > 4 || (glued(i + 1) && (sy(i + 1, '.') || sy(i + 1, ',') || sy(i + 1, ':'))))
            return -1;
        *c = intAt(i);
        return i + 1;
    }
    if (w(i, "a") || w(i, "an")) {
        if (w(i + 1, "couple")) {
            *c = 2;
            return w(i + 2, "of") ? i + 3 : i + 2;
        }
        if (w(i + 1, "few") || w(i + 1, "dozen"))
            return -1;
        *c = 1;
        return i + 1;
    }
    if (w(i, "couple")) {
        *c = 2;
        return w(i + 1, "of") ? i + 2 : i + 1;
    }
    int v = 0;
    const int k = spelled99(i, &v);
    if (k > 0 && v > 0) {
        *c = v;
        return k;
    }
    return -1;
}

int DateParser::countRange(int i, int *c) const
{
    const int k = count(i, c);
    if (k < 0)
        return k;
    // "four to five years", "3-5 years", "two or three weeks": counted to the far end
    int far = 0;
    const int after =
        (w(k, "to") || w(k, "or") || (dash(k) && glued(k) && glued(k + 1))) ? count(k + 1, &far) : -1;
    Unit unit = Unit::Day;
    if (after > 0 && far > *c && unitAt(after, &unit) > 0) {
        *c = far;
        return after;
    }
    return k;
}

int DateParser::countHalf(int i, int *c, bool *half) const
{
    *half = false;
    int k = countRange(i, c);
    // "1.5 years"
    if (k < 0 && num(i) && t[i].length() <= 3 && sy(i + 1, '.') && glued(i + 1) && glued(i + 2) &&
        num(i + 2) && t[i + 2].lower == QLatin1String("5")) {
        *c = intAt(i);
        *half = true;
        return i + 3;
    }
    // "half a year"
    if (k < 0 && w(i, "half") && (w(i + 1, "a") || w(i + 1, "an"))) {
        *c = 0;
        *half = true;
        return i + 2;
    }
    // "one and a half years"
    return k > 0 ? halfAfter(k, half) : k;
}

int DateParser::halfAfter(int i, bool *half) const
{
    if (!(w(i, "and") && w(i + 1, "a") && w(i + 2, "half")))
        return i;
    *half = true;
    return i + 3;
}

int DateParser::unitAt(int i, Unit *u) const
{
    if (i < 0 || i >= n || !t[i].isWord())
        return -1;
    static const WordSet &businessDays = englishWords("business-day-word");
    if (businessDays.contains(t[i].lower) && (w(i + 1, "days") || w(i + 1, "day"))) {
        *u = Unit::BusinessDay;
        return i + 2;
    }
    // "four fiscal years", "two full years": a word that qualifies a counted unit (not "the
    // next fiscal year", a named period)
    static const WordSet &modifiers = englishWords("unit-modifier");
    if (modifiers.contains(t[i].lower) && i + 1 < n && t[i + 1].isWord() && t[i + 1].spaceBefore &&
        t[i + 1].lower.endsWith(QLatin1Char('s')) && !modifiers.contains(t[i + 1].lower) &&
        unitAt(i + 1, u) > 0)
        return i + 2;
    static const WordMap<Unit> units = [] {
        const QHash<QString, Unit> byName = {
            {QStringLiteral("hour"), Unit::Hour},      {QStringLiteral("day"), Unit::Day},
            {QStringLiteral("week"), Unit::Week},      {QStringLiteral("fortnight"), Unit::Fortnight},
            {QStringLiteral("month"), Unit::Month},    {QStringLiteral("quarter"), Unit::Quarter},
            {QStringLiteral("year"), Unit::Year},      {QStringLiteral("decade"), Unit::Decade},
            {QStringLiteral("century"), Unit::Century}};
        WordMap<Unit> r;
        const Vocabulary &v = Vocabulary::english();
        for (const QString &word : v.words(QStringLiteral("unit"))) {
            const auto it = byName.constFind(v.value(QStringLiteral("unit"), word));
            if (it != byName.constEnd())
                r.insert(word, *it);
        }
        return r;
    }();
    const auto it = units.constFind(t[i].lower);
    if (it == units.constEnd())
        return -1;
    *u = *it;
    return i + 1;
}

// this/next/last week|month|year|quarter|decade, the year, same month, later this year ...
bool DateParser::unitPhrase(int i, Period *p) const
{
    int j = i;
    int dir = 0; // -1 past, 0 this, 1 next
    bool relWord = true;
    bool the = false;
    if (w(j, "the")) {
        the = true;
        ++j;
    }
    if (w(j, "this") && (w(j + 1, "coming") || w(j + 1, "upcoming")))
        j += 1;
    if (w(j, "next") || w(j, "coming") || w(j, "following") || w(j, "upcoming")) {
        dir = 1;
        ++j;
    } else if (w(j, "last") || w(j, "previous") || w(j, "past") || w(j, "prior")) {
        dir = -1;
        ++j;
    } else if (w(j, "this") || w(j, "current") || w(j, "same") || w(j, "present")) {
        ++j;
    } else if (the) {
        relWord = false;
    } else {
        return false;
    }
    const bool financial = w(j, "financial");
    const bool fiscalYear = financial || w(j, "fiscal");
    if (w(j, "calendar") || fiscalYear)
        ++j;
    const QString u = j < n ? t[j].lower : QString();
    // "the quarter-finals", "the week-long strike": the unit is the first part of another word
    static const WordSet &compounds = englishWords("unit-compound-end");
    if (dash(j + 1) && glued(j + 1) && glued(j + 2) && j + 2 < n && compounds.contains(t[j + 2].lower))
        return false;
    // "the weekend of October 14-15", "the month of May": the period the date after it names
    if (the && !relWord && w(j + 1, "of"))
        return false;
    {
        int yy = 0;
        if (u == QLatin1String("year") && year4(j + 1, &yy) > 0)
            return false; // "the year 2019", "calendar year 2008"
    }
    // "charged the following day", "a second line the following year": counted from the date
    // before it in its sentence, not from publication (not "the next year", often from now)
    if (the && dir > 0 && (w(j - 1, "following") || (w(j - 1, "next") && u == QLatin1String("day"))))
        return followingUnit(i, j + 1, u, p);
    int end = j + 1;
    Period r;
    Rel rel = dir > 0 ? Rel::Future : (dir < 0 ? Rel::Past : Rel::Present);
    if (u == QLatin1String("year")) {
        r = yearPeriod(pub.year() + dir);
        // "this fiscal year" in a story set in India: the year to March 31 that holds publication
        FiscalEnd f = fiscalYear ? fiscalEndNear(i) : FiscalEnd();
        // "the financial year" where no place is named: April to March, as in Britain, India and
        // South Africa, which call it so ("fiscal year" is the American word)
        if (f.month == 0 && financial)
            f.month = 3;
        if (f.month > 0 && f.month < 12) {
            QDate last(pub.year(), f.month, QDate(pub.year(), f.month, 1).daysInMonth());
            if (last < pub)
                last = last.addYears(1);
            last = last.addYears(dir);
            last = QDate(last.year(), f.month, QDate(last.year(), f.month, 1).daysInMonth());
            r = spanPeriod(last.addYears(-1).addDays(1), last, DatePrecision::Year, rel);
        }
    } else if (u == QLatin1String("month")) {
        const QDate b = pub.addMonths(dir);
        r = monthPeriod(b.year(), b.month());
    } else if (u == QLatin1String("quarter")) {
        const QDate b = pub.addMonths(3 * dir);
        const int q = (b.month() - 1) / 3;
        r = spanPeriod(QDate(b.year(), q * 3 + 1, 1), endOfPeriod(b, DatePrecision::Quarter),
                       DatePrecision::Quarter, rel);
    } else if (u == QLatin1String("decade")) {
        const int d0 = (pub.year() / 10) * 10 + 10 * dir;
        r = spanPeriod(QDate(d0, 1, 1), QDate(d0 + 9, 12, 31), DatePrecision::Year, rel);
    } else if (u == QLatin1String("century")) {
        const int c0 = (pub.year() / 100) * 100 + 100 * dir;
        r = spanPeriod(QDate(c0, 1, 1), QDate(c0 + 99, 12, 31), DatePrecision::Year, rel);
    } else if (u == QLatin1String("week") || u == QLatin1String("workweek") ||
               u == QLatin1String("weekend") ||
               ((u == QLatin1String("working") || u == QLatin1String("work") ||
                 u == QLatin1String("business")) &&
                w(j + 1, "week"))) {
        const bool work = u != QLatin1String("week") && u != QLatin1String("weekend");
        if (u == QLatin1String("working") || u == QLatin1String("work") || u == QLatin1String("business"))
            end = j + 2;
        const QDate sunday = sundayOf(pub).addDays(7 * dir);
        r = spanPeriod(sunday.addDays(u == QLatin1String("weekend") ? -1 : -6),
                       work ? sunday.addDays(-2) : sunday, DatePrecision::Day, rel);
        // "next week Mon", "previous week - Monday", "next week Wednesday"
        int k = end;
        if (dash(k))
            ++k;
        int wd = 0;
        const int we = weekdayAt(k, &wd);
        if (we > 0 && u == QLatin1String("week")) {
            const QDate d = sunday.addDays(wd - 7);
            r = spanPeriod(d, d, DatePrecision::Day, rel);
            end = we;
        }
    } else if (u == QLatin1String("fortnight")) {
        r = spanPeriod(pub, pub.addDays(dir >= 0 ? 13 : -1), DatePrecision::Day, rel);
    } else if (u == QLatin1String("day") && (the || dir == 0)) {
        if (!relWord && (w(j + 1, "before") || w(j + 1, "after"))) {
            const int d = w(j + 1, "before") ? -1 : 1;
            if (w(j + 2, "yesterday") || w(j + 2, "tomorrow")) {
                const QDate x = pub.addDays(w(j + 2, "yesterday") ? -2 : 2);
                r = spanPeriod(x, x, DatePrecision::Day, d < 0 ? Rel::Past : Rel::Future);
                end = j + 3;
            } else {
                const QDate x = pub.addDays(d);
                r = spanPeriod(x, x, DatePrecision::Day, d < 0 ? Rel::Past : Rel::Future);
                end = j + 2;
            }
            r.end = end;
            *p = r;
            return true;
        }
        r = spanPeriod(pub, pub, DatePrecision::Day, Rel::Present);
    } else {
        return false;
    }
    r.rel = rel;
    r.shape = Shape::Other;
    r.end = end;
    *p = r;
    return true;
}

bool DateParser::followingUnit(int i, int end, const QString &unit, Period *p) const
{
    // (the date found last, close before it in the same sentence; with none, no date at all)
    const Listed &a = m_listed;
    if (a.end < 0 || a.end > i || i - a.end > 40 || !a.due.isValid())
        return false;
    for (int k = a.end; k <= i; ++k) {
        if (t[k].sentenceStart)
            return false;
    }
    const bool day = a.precision == DatePrecision::Day;
    Period r;
    if (unit == QLatin1String("day") && day) {
        r = dayPeriod(a.due.addDays(1));
    } else if (unit == QLatin1String("week") && day) {
        const QDate sunday = sundayOf(a.due).addDays(7);
        r = spanPeriod(sunday.addDays(-6), sunday, DatePrecision::Day, Rel::Absolute);
    } else if (unit == QLatin1String("month") && (day || a.precision == DatePrecision::Month)) {
        const QDate b = a.due.addMonths(1);
        r = monthPeriod(b.year(), b.month());
    } else if (unit == QLatin1String("year")) {
        r = yearPeriod(a.due.year() + 1);
    } else {
        return false;
    }
    r.rel = Rel::Absolute;
    r.shape = Shape::Other;
    r.end = end;
    *p = r;
    return true;
}

bool DateParser::weekdayPhrase(int i, Period *p) const
{
    int j = i;
    int mode =
        0; // 0 this week's, 1 next week's, -1 last week's, 2 past (most recent), 3 upcoming (strictly after)
    if (w(j, "this") && (w(j + 1, "upcoming") || w(j + 1, "coming"))) {
        mode = 3;
        j += 2;
    } else if (w(j, "next") || w(j, "following")) {
        mode = 1;
        ++j;
    } else if (w(j, "coming") || w(j, "upcoming")) {
        mode = 4;
        ++j;
    } else if (w(j, "last") || w(j, "previous")) {
        mode = -1;
        ++j;
    } else if (w(j, "past")) {
        mode = 2;
        ++j;
    } else if (w(j, "this")) {
        ++j;
    }
    int wd = 0;
    int e = weekdayAt(j, &wd);
    if (e < 0)
        return false;
    // weekday followed by an explicit date: "Friday 7/6", "Tue May 9", "Friday-Jun-15", "Mon 13th", "tuesday
    // the eleventh"
    {
        int k = e;
        if ((dash(k) || sy(k, ',')))
            ++k;
        Period c;
        if (k < n && calendar(k, &c) && c.shape == Shape::Day) {
            // (without its year, the weekday names it: "Wednesday 3 January" told in December is
            // next year's)
            for (int dy : {1, -1}) {
                if (!c.yearGiven && c.first.dayOfWeek() != wd && c.first.addYears(dy).dayOfWeek() == wd) {
                    shiftYears(&c, dy);
                    c.yearGiven = true;
                }
            }
            c.rel = Rel::Weekday;
            *p = c;
            return true;
        }
        int kk = w(k, "the") ? k + 1 : k;
        int d = 0;
        const int de = dayNum(kk, &d, false);
        Unit unitAfter = Unit::Day;
        // (not a count of the next clause: "Since Thursday, 12 flights have been cancelled": a bare
        // number before a lower-case word that is no preposition or article)
        static const WordSet &follows = englishWords("verb-follow");
        const bool counts = de == kk + 1 && num(kk) && de < n && t[de].isWord() && !t[de].capitalized &&
                            !follows.contains(t[de].lower) && !w(de, "and") && !w(de, "or");
        if (de > 0 && unitAt(de, &unitAfter) < 0 && !(num(kk) && (sy(de, ':') || t[kk].length() > 2)) &&
            !(de < n && (w(de, "am") || w(de, "pm"))) && !counts) {
            QDate m(pub.year(), pub.month(), 1);
            for (int s = 0; s < 24; ++s, m = m.addMonths(1)) {
                const QDate c2(m.year(), m.month(), d);
                if (c2.isValid() && c2.dayOfWeek() == wd) {
                    *p = dayPeriod(c2);
                    p->rel = Rel::Weekday;
                    p->end = de;
                    return true;
                }
            }
        }
    }
    QDate d = pub.addDays(wd - pub.dayOfWeek());
    int end = e;
    // "monday of the following week", "tuesday of next week", "tuesday of last week"
    if (mode == 0 && w(e, "of")) {
        int k = e + 1;
        if (w(k, "the"))
            ++k;
        if (w(k + 1, "week")) {
            if (w(k, "next") || w(k, "following")) {
                d = d.addDays(7);
                end = k + 2;
            } else if (w(k, "last") || w(k, "previous")) {
                d = d.addDays(-7);
                end = k + 2;
            } else if (w(k, "this")) {
                end = k + 2;
            }
        }
    }
    Rel rel = Rel::Weekday;
    switch (mode) {
    case 1:
        d = d.addDays(7);
        rel = Rel::Future;
        break;
    case -1:
        d = d.addDays(-7);
        rel = Rel::Past;
        break;
    case 2:
        if (d >= pub)
            d = d.addDays(-7);
        rel = Rel::Past;
        break;
    case 3:
        if (d <= pub)
            d = d.addDays(7);
        rel = Rel::Future;
        break;
    case 4:
        d = d.addDays(7);
        rel = Rel::Future;
        break;
    default:
        break;
    }
    *p = dayPeriod(d);
    p->rel = rel;
    p->end = end;
    p->weekdayOnly = mode == 0 && end == e;
    return true;
}

bool DateParser::relative(int i, Period *p) const
{
    if (i < 0 || i >= n || !t[i].isWord())
        return false;
    const QString &s = t[i].lower;
    auto single = [&](int days, Rel rel, int end) {
        const QDate d = pub.addDays(days);
        *p = spanPeriod(d, d, DatePrecision::Day, rel);
        p->end = end;
        return true;
    };
    if (s == QLatin1String("today") || s == QLatin1String("tonight"))
        return single(0, Rel::Present, i + 1);
    if (s == QLatin1String("tomorrow"))
        return single(1, Rel::Future, i + 1);
    if (s == QLatin1String("yesterday"))
        return single(-1, Rel::Past, i + 1);
    if (s == QLatin1String("otd"))
        return single(0, Rel::Present, i + 1);
    if (s == QLatin1String("weekend") && !w(i + 1, "of") &&
        !(i > 0 && t[i - 1].isWord() &&
          (t[i - 1].lower == QLatin1String("a") || t[i - 1].lower == QLatin1String("every") ||
           t[i - 1].lower == QLatin1String("each")))) {
        const QDate sunday = sundayOf(pub);
        *p = spanPeriod(sunday.addDays(-1), sunday, DatePrecision::Day, Rel::Present);
        p->end = i + 1;
        return true;
    }
    if ((s == QLatin1String("later") || s == QLatin1String("earlier")) &&
        (w(i + 1, "this") || w(i + 1, "in"))) {
        int j = i + 1;
        if (w(j, "in") && w(j + 1, "the"))
            j += 1;
        Period u;
        if (!unitPhrase(j, &u))
            return false;
        if (s == QLatin1String("later")) {
            u.rel = Rel::Future;
            u.first = pub;
        } else {
            u = spanPeriod(u.first, pub.addDays(-1), u.precision, Rel::Past);
            u.end = j + 2;
        }
        u.end = std::max(u.end, j + 2);
        *p = u;
        return true;
    }
    if (s == QLatin1String("year") && w(i + 1, "to") && w(i + 2, "date"))
        return single(-1, Rel::Present, i + 3);
    if ((s == QLatin1String("ytd")))
        return single(-1, Rel::Present, i + 1);
    if (s == QLatin1String("till") && w(i + 1, "date"))
        return single(-1, Rel::Present, i + 2);
    if (s == QLatin1String("current") && w(i + 1, "date"))
        return single(-1, Rel::Present, i + 2);
    if (weekdayPhrase(i, p))
        return true;
    return unitPhrase(i, p);
}

// Inner period for modifiers: a year, a month [year], this/next/last year|month|decade, the year.
bool DateParser::inner(int i, Period *p) const
{
    int y = 0;
    int k = year4(i, &y);
    if (k > 0) {
        *p = yearPeriod(y);
        p->end = k;
        return true;
    }
    if (w(i, "the") && w(i + 1, "year") && year4(i + 2, &y) > 0) {
        *p = yearPeriod(y);
        p->end = i + 3;
        return true;
    }
    if (fiscal(i, p))
        return true;
    if (monthLed(i, p) && (p->shape == Shape::Month))
        return true;
    if (unitPhrase(i, p)) {
        const QString u = t[p->end - 1].lower;
        return u == QLatin1String("year") || u == QLatin1String("month") || u == QLatin1String("decade") ||
               u == QLatin1String("quarter") || u == QLatin1String("week") || u == QLatin1String("century");
    }
    // "end of year", "end of month" without an article
    if (w(i, "year") || w(i, "month")) {
        const bool year = w(i, "year");
        *p = year ? yearPeriod(pub.year()) : monthPeriod(pub.year(), pub.month());
        p->rel = Rel::Present;
        p->end = i + 1;
        return true;
    }
    return false;
}

} // namespace Gleaner::Dates
