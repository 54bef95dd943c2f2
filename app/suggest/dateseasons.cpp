// Seasons ("fall 2020", "next spring", "the winter of 2027") and months named
// relative to publication ("last May", "this past May", "next September").
#include "suggest/dateparser.h"

namespace Gleaner::Dates {

namespace {

// A season of the year y: from two months before its last month to the end of it.
// Winter's last month is February of the next year (last month 14).
Period seasonOf(int y, int lastMonth)
{
    const QDate lastDay = QDate(y, 1, 1).addMonths(lastMonth - 1);
    Period p =
        spanPeriod(lastDay.addMonths(-2), QDate(lastDay.year(), lastDay.month(), lastDay.daysInMonth()),
                   DatePrecision::Month, Rel::Absolute);
    p.year = y;
    p.shape = Shape::Season;
    return p;
}

} // namespace

bool DateParser::season(int i, Period *p) const
{
    static const WordMap<int> &seasons = englishNumbers("season");
    int j = i;
    int dir = 0; // 1 next, -1 last, 2 this
    if (w(j, "next") || w(j, "coming")) {
        dir = 1;
        ++j;
    } else if (w(j, "last") || (w(j, "this") && w(j + 1, "past"))) {
        dir = -1;
        j += w(j, "this") ? 2 : 1;
    } else if (w(j, "this")) {
        dir = 2;
        ++j;
    } else if (w(j, "the")) {
        ++j;
    }
    // "the southern autumn", "the northern hemisphere spring": the hemisphere named
    static const WordMap<int> &hemispheres = englishNumbers("hemisphere");
    const int hemisphere = j < n && t[j].isWord() ? hemispheres.value(t[j].lower, 0) : 0;
    if (hemisphere != 0)
        j += w(j + 1, "hemisphere") ? 2 : 1;
    if (j >= n || !t[j].isWord())
        return false;
    const auto it = seasons.constFind(t[j].lower);
    if (it == seasons.constEnd())
        return false;
    // south of the equator a season falls six months later ("summer" in Sydney ends in February)
    static const WordSet &southern = englishWords("southern-country");
    int lastMonth = it.value();
    if (hemisphere < 0 || (hemisphere == 0 && southern.contains(countryNear(i)))) {
        lastMonth += 6;
        if (lastMonth > 14)
            lastMonth -= 12;
    }
    int e = j + 1;
    int y = 0;
    int k = w(e, "of") ? e + 1 : e;
    int ye = dir == 0 ? year4(k, &y) : -1;
    // "the summer of next year", "summer this year"
    // (not the verbs: "prices fall next year")
    const bool verb = it.key() == QLatin1String("fall") || it.key() == QLatin1String("spring");
    if (dir == 0 && ye < 0 && (w(k, "next") || w(k, "this") || w(k, "last")) && w(k + 1, "year") &&
        (k > e || !verb) && !sy(k + 2, '\'') && !sy(k + 2, 0x2019)) {
        y = pub.year() + (w(k, "next") ? 1 : w(k, "last") ? -1 : 0);
        ye = k + 2;
    }
    if (ye > 0) {
        *p = seasonOf(y, lastMonth);
        p->end = ye;
        return true;
    }
    // Without a year, "fall" and "spring" are mostly verbs and nouns: only with
    // this/next/last, or "the" after "in", "by", "until".
    // "by the end of winter": "of" after the end, beginning or middle leads too
    static const WordSet &leads = englishWords("season-lead");
    const auto lead = [&](int k) {
        return k >= 0 && (leads.contains(t[k].lower) ||
                          (w(k, "of") && (w(k - 1, "end") || w(k - 1, "close") || w(k - 1, "beginning") ||
                                          w(k - 1, "start") || w(k - 1, "middle"))));
    };
    // ("planned for the spring", "scheduled for spring": an event set for the season; not "set for
    // the fall in rates", a market's idiom: vocabulary season-schedule-verb)
    static const WordSet &schedules = englishWords("season-schedule-verb");
    const bool scheduled =
        i > 1 && w(i - 1, "for") && t[i - 2].isWord() && schedules.contains(t[i - 2].lower);
    // ("will reopen in spring.": a bare "spring" or "fall" that ends its clause is no noun's)
    const bool ends = e >= n || sy(e, ',') || sy(e, '.') || sy(e, ';') || sy(e, ':') || sy(e, '!') ||
                      sy(e, '?') || sy(e, ')');
    const bool led = dir != 0 || scheduled || (j > i && lead(i - 1)) ||
                     (j == i && lead(i - 1) &&
                      ((it.key() != QLatin1String("fall") && it.key() != QLatin1String("spring")) || ends));
    if (!led || w(e, "of"))
        return false;
    // after "from", a season that is no noun's ("from the autumn", "from spring onwards"; not
    // "benefited from the fall in the yen", "recovering from the winter storms")
    static const WordSet &fromFollows = englishWords("season-from-follow");
    if (i > 0 && w(i - 1, "from") && e < n && t[e].isWord() && !fromFollows.contains(t[e].lower))
        return false;
    // The season that has not ended yet; next/last move from there.
    Period s = seasonOf(pub.year() - 1, lastMonth);
    while (s.last < pub)
        s = seasonOf(s.year + 1, lastMonth);
    if (dir == 1 && s.first <= pub)
        s = seasonOf(s.year + 1, lastMonth);
    if (dir == -1)
        s = seasonOf(s.year - 1, lastMonth);
    *p = s;
    p->yearGiven = false;
    p->rel = dir == 1 ? Rel::Future : dir == -1 ? Rel::Past : Rel::Absolute;
    // "this summer" told in the summer, in a clause of what goes on or has been ("are
    // patrolling 248 beaches this summer", "have risen 5% this summer"): the present season, no
    // limit (but "opens this autumn" is still to come)
    // (the first verb before the season decides: "has confirmed the pool reopens this summer"
    // looks ahead; and a plan told in the progressive does too: "is launching the phone")
    static const WordSet &participles = englishWords("tense-past-participle");
    static const WordSet &participleOnly = englishWords("participle-only");
    static const WordSet &plans = englishWords("schedule-gerund");
    bool ongoing = false;
    for (int k = i - 1; dir == 2 && s.first <= pub && k > 0 && k >= i - 10 && !clauseBreak(k + 1); --k) {
        if (!t[k].isWord())
            continue;
        const QString &verb = t[k].lower;
        const bool progressive =
            verb.size() > 4 && verb.endsWith(QLatin1String("ing")) && (w(k - 1, "is") || w(k - 1, "are"));
        const bool perfect = (w(k - 1, "has") || w(k - 1, "have")) &&
                             (verb.endsWith(QLatin1String("ed")) || participles.contains(verb) ||
                              participleOnly.contains(verb));
        if (progressive || perfect) {
            ongoing = !plans.contains(verb);
            break;
        }
        if (markerAt(k, false) != Tense::Unknown || presentAt(k) || w(k, "that"))
            break;
    }
    if (ongoing) {
        p->rel = Rel::Present;
        p->shape = Shape::Other;
    }
    p->end = e;
    return true;
}

bool DateParser::monthRelative(int i, Period *p) const
{
    int j = i;
    int dir = 0;
    if (w(j, "last") || w(j, "previous")) {
        dir = -1;
        ++j;
    } else if (w(j, "this") && w(j + 1, "past")) {
        dir = -1;
        j += 2;
    } else if (w(j, "next") || w(j, "coming")) {
        dir = 1;
        ++j;
    } else if (w(j, "this") && w(j + 1, "coming")) {
        dir = 1;
        j += 2;
    } else {
        return false;
    }
    int m = 0;
    const int e = monthAt(j, &m);
    if (e < 0 || (e < n && (t[e].isNumber() || NumberParser::ordinalWord(t[e].lower) > 0)))
        return false; // "last May 5" is a day, read elsewhere
    int y = pub.year();
    if (dir < 0 && m >= pub.month())
        --y;
    if (dir > 0 && m <= pub.month())
        ++y;
    *p = monthPeriod(y, m);
    p->yearGiven = false;
    p->rel = dir < 0 ? Rel::Past : Rel::Future;
    p->end = e;
    return true;
}

} // namespace Gleaner::Dates
