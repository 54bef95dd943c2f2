// What the tense around a date changes: which Saturday "on Saturday" is, which year "Feb. 14"
// is in, whether a duration counts from publication at all, and whether the expression may be
// a deadline or is a date of the story.
#include "suggest/dateparser.h"

namespace Gleaner::Dates {

bool DateParser::followTense(int first, Period *p) const
{
    // true: the expression may be a deadline; false: a date of the story, never a deadline
    // "forty years later", "two weeks earlier": counted from another event of the story
    if (p->end >= 2 && (w(p->end - 1, "later") || w(p->end - 1, "earlier")) && !w(first, "later") &&
        !w(first, "earlier")) {
        Unit u = Unit::Day;
        if (unitAt(p->end - 2, &u) == p->end - 1)
            return false;
    }
    // "Talks over the weekend failed", told on a Monday: the weekend gone by
    if (p->rel == Rel::Present && w(p->end - 1, "weekend") && pub.dayOfWeek() <= 5 &&
        tenseAround(first, p->end) == Tense::Past) {
        p->first = p->first.addDays(-7);
        p->last = p->last.addDays(-7);
        return false;
    }
    // "Feb. 14" without a year, but not "this September" or "next Easter"
    // ... nor a quarter or half without its year ("by late Q1")
    const bool yearless = !p->yearGiven &&
                          (p->shape == Shape::Day || p->shape == Shape::Month || p->shape == Shape::Season ||
                           (p->shape == Shape::Other && p->year != 0)) &&
                          p->rel == Rel::Absolute && !w(first - 1, "this");
    // "delayed from Oct. 21 to Nov. 4", "from 2026 to 2028", "originally Feb. 14": the time moved from,
    // without its year the one nearest publication, is a date whatever the tense
    if (first >= 1 && (movedFrom(first - 1) || w(first - 1, "originally") || w(first - 1, "initially"))) {
        if (yearless)
            nearestToPublication(p);
        return false;
    }
    // "ballots were printed ahead of the Sept. 9 primary": the day of an event the clause looks to, the
    // one nearest publication whatever the clause's tense (ahead in late August; "stocked up
    // ahead of the Aug. 1 holiday" told on Aug. 20 is gone by)
    if (const int lead = w(first - 1, "the") ? first - 2 : first - 1;
        yearless && w(lead, "of") && w(lead - 1, "ahead")) {
        if (tenseAround(first, p->end) == Tense::Future) {
            for (int guard = 0; guard < 8 && p->last < pub; ++guard)
                shiftYears(p, 1);
        } else {
            nearestToPublication(p);
        }
        return p->last >= pub;
    }
    // "up from 1,000 francs in October": the month a figure is compared with, gone by
    if (yearless && p->shape == Shape::Month && comparedBefore(first)) {
        for (int guard = 0; guard < 8 && p->last >= pub; ++guard)
            shiftYears(p, -1);
        return false;
    }
    // "had planned to retire the plant by 2030 but ...", "was supposed to finish by December
    // but missed it", "scrapped plans to list by 2026": a plan given up, missed or moved
    if (abandonedPlan(first, p->end)) {
        if (yearless)
            nearestToPublication(p);
        return false;
    }
    // "Sales rose 5% in 2025", "the 2025 harvest was the largest": this year, told in the past,
    // is the story's time, not a limit (but "pledged in 2019 to ... by the end of 2025" is)
    // (so is a quarter or half of it that holds publication, "the deal closed in H1 2024"; not a
    // span of years a budget or plan names)
    if ((p->shape == Shape::Year && p->year == pub.year()) ||
        (p->shape == Shape::Other && p->rel == Rel::Absolute && p->yearGiven && p->first <= pub &&
         p->last >= pub && p->first.daysTo(p->last) <= 184)) {
        // ("so far in 2025": up to now)
        for (int k = first - 1; k >= 1 && k >= first - 3; --k) {
            if (w(k - 1, "so") && w(k, "far"))
                return false;
        }
        QString how;
        if (dateTriggerAt(first, &how) <= 0 && tenseAround(first, p->end) == Tense::Past)
            return false;
    }
    // "the trial will begin on Monday, June 17", "tickets go on sale Friday, Dec. 6": a day
    // named twice, still to come in a clause of the future or the present
    if (!p->weekdayOnly && p->rel == Rel::Weekday && p->last > pub &&
        (tenseAround(first, p->end) == Tense::Future || presentBefore(first) >= 0))
        p->rel = Rel::Future;
    if (!p->weekdayOnly && !yearless && p->rel != Rel::Future)
        return true;
    // "signalled a further increase at its March 19 meeting": a meeting's own day, whatever
    // the tense of the verb; without its year, the one nearest publication, unless the clause
    // looks ahead ("leaders will sign it at the October summit")
    // (and after it: "tickets for the final on Jan. 3 sold out", which looks ahead unless told
    // as past: "polls show a tight race in the election on Nov. 3")
    static const WordSet &scheduled = englishWords("scheduled-noun");
    static const WordSet &eventsOn = englishWords("event-noun-on");
    const bool eventBefore =
        p->shape == Shape::Day && w(first - 1, "on") && first >= 3 && t[first - 2].isWord() &&
        (eventsOn.contains(t[first - 2].lower) || scheduled.contains(t[first - 2].lower)) &&
        determinerAt(first - 3);
    if (yearless && (p->shape == Shape::Day || p->shape == Shape::Month) &&
        (eventBefore || (determinerAt(first - 1) && p->end < n && t[p->end].isWord() &&
                         scheduled.contains(t[p->end].lower)))) {
        nearestToPublication(p);
        const Tense told = tenseAround(first, p->end);
        for (int guard = 0;
             guard < 8 && (told == Tense::Future || (eventBefore && told != Tense::Past)) && p->last < pub;
             ++guard)
            shiftYears(p, 1);
        return true;
    }
    // "raised the wage, effective July 1", "effective from March 1": the day a change takes
    // effect, the one nearest publication whatever the tense
    static const WordSet &effectLeads = englishWords("effect-lead");
    const int lead = w(first - 1, "from") ? first - 2 : first - 1;
    if (yearless && (p->shape == Shape::Day || p->shape == Shape::Month) && lead >= 0 && t[lead].isWord() &&
        effectLeads.contains(t[lead].lower)) {
        nearestToPublication(p);
        // (but the next one in a clause about the future: "the new rates will be effective Jan. 1",
        // "Effective Jan. 1, drivers will pay")
        if (p->last < pub && tenseAround(first, p->end) == Tense::Future)
            shiftYears(p, 1);
        return true;
    }
    // "the January wildfires", "after the July floods": a disaster's month, the one gone by
    // ("will release August jobs data", "publish December GDP figures": without the determiner, a
    // month that qualifies a noun, after no preposition; an abbreviation may stand between)
    static const WordSet &pastEvents = englishWords("past-event-noun");
    static const WordSet &leads = englishWords("month-qualifier-not");
    const bool eventAfter = p->end < n && t[p->end].isWord() &&
                            (pastEvents.contains(t[p->end].lower) ||
                             (t[p->end].allCaps && p->end + 1 < n && t[p->end + 1].isWord() &&
                              pastEvents.contains(t[p->end + 1].lower)));
    const bool qualifies =
        first > 0 && (determinerAt(first - 1) || (t[first - 1].isWord() && !t[first - 1].capitalized &&
                                                  !leads.contains(t[first - 1].lower)));
    if (yearless && (p->shape == Shape::Day || p->shape == Shape::Month) && qualifies && eventAfter) {
        for (int guard = 0; guard < 8 && p->first > pub; ++guard)
            shiftYears(p, -1);
        return false;
    }
    const Tense tense = tenseAround(first, p->end);
    // "had to respond by July 10" on July 15: a day without its year in the week before
    // publication is that one, a limit passed (a story does not name next year's day so near
    // without "next year"); not after "will" ("will cut jobs by March 31" on April 2)
    bool will = false;
    for (int k = first - 1; k >= 0 && k >= first - 12 && !will && !clauseBreak(k + 1); --k)
        will = w(k, "will") || w(k, "shall");
    if (yearless && !will && p->shape == Shape::Day && p->first > pub && p->first.addYears(-1) < pub &&
        p->first.addYears(-1).daysTo(pub) <= 7) {
        shiftYears(p, -1);
        return false;
    }
    // "Q4 revenue", "third-quarter profit": a quarter's results, told after it ends
    if (yearless && (p->shape == Shape::Other || p->shape == Shape::Month) &&
        resultsReported(first, p->end, tense)) {
        for (int guard = 0; guard < 8 && p->last >= pub; ++guard)
            shiftYears(p, -1);
        return false;
    }
    // "In 2022 the commission ordered it to refund passengers within 30 days": a span a past
    // year's order set
    if (tense == Tense::Limit && p->rel == Rel::Future && !p->weekdayOnly && pastYearBefore(first))
        return false;
    if (tense == Tense::Limit) {
        // a weekday: the one gone by when the limit was held ("had until Friday"), else the
        // next ("has until Friday", "gave them until Monday")
        // ("warned residents they had until Friday": reported, still ahead)
        static const WordSet &reports = englishWords("report-verb");
        bool reported = false;
        for (int k = first - 3; k >= 0 && k >= first - 6 && !reported; --k)
            reported = t[k].isWord() && reports.contains(t[k].lower);
        const bool held = w(first - 1, "had") && !reported;
        if (p->weekdayOnly) {
            const int shift = held && p->first > pub ? -7 : !held && p->last < pub ? 7 : 0;
            p->first = p->first.addDays(shift);
            p->last = p->last.addDays(shift);
            if (!held)
                p->rel = Rel::Future;
            return true;
        }
        // the limit as held ("had until Nov. 1"): without its year, the one nearest publication;
        // as set ("ordered it to install meters by the end of June"), one still to come, or
        // passed within the month
        if (yearless) {
            nearestToPublication(p);
            if (!held && p->last < pub.addDays(-31))
                shiftYears(p, 1);
        }
        return true;
    }
    if (tense == Tense::Past) {
        // "In 2020, the city pledged to be carbon neutral within 10 years": a span of a past
        // story counts from the year the sentence names
        if (const int year = pastYearBefore(first);
            p->rel == Rel::Future && !p->weekdayOnly && !yearless && year) {
            shiftYears(p, year - pub.year());
            return p->last > pub;
        }
        // "over the next three months, the team rebuilt the plant"
        if (p->rel == Rel::Future && !p->weekdayOnly && !yearless && p->first <= pub.addDays(1))
            return false; // resolved from publication, for want of the story's own dates
        const bool until = w(first, "until") || w(first, "till");
        if ((yearless || p->weekdayOnly) && until && stateSet(first)) {
            // "Parliament was prorogued until March 24": a state the past set that lasts to the
            // day nearest publication, still ahead or not (not "sales rose until Easter")
            if (p->weekdayOnly) {
                if (p->last < pub) {
                    p->first = p->first.addDays(7);
                    p->last = p->last.addDays(7);
                }
                p->rel = Rel::Future;
            } else {
                nearestToPublication(p);
            }
            return p->last > pub;
        } else if (p->weekdayOnly && p->first > pub) {
            p->first = p->first.addDays(-7);
            p->last = p->last.addDays(-7);
        } else if (yearless) {
            // ("retailers warned of shortages this summer" in May: this season, about to begin, is
            // not last year's; in October, "sales fell this summer" is the one gone by)
            const bool thisSeason =
                w(first, "this") && p->shape == Shape::Season && pub.daysTo(p->first) <= 92;
            for (int guard = 0; guard < 8 && p->first > pub && !thisSeason; ++guard)
                shiftYears(p, -1);
            return false; // a date of a past-tense clause is not a deadline
        }
    } else if (tense == Tense::Future) {
        if (p->weekdayOnly) {
            // "the trial will resume on Monday": the next one, a scheduled day; and a day moved
            // to the publication's weekday, the next week's ("adjourned the case to Monday")
            static const WordSet &delays = englishWords("delay-verb");
            bool moved = false;
            for (int k = first - 1;
                 p->last == pub && k >= 0 && k >= first - 6 && !clauseBreak(k + 1) && !moved; --k)
                moved = t[k].isWord() && delays.contains(t[k].lower);
            if (p->last < pub || moved) {
                p->first = p->first.addDays(7);
                p->last = p->last.addDays(7);
            }
            // (not "after Saturday's defeat", an event of the story)
            if (!(p->end + 1 < n && (sy(p->end, '\'') || sy(p->end, 0x2019)) && w(p->end + 1, "s")))
                p->rel = Rel::Future;
        } else if (yearless && p->last < pub && p->last >= pub.addDays(-31) && reportedWould(first)) {
            // "Trump said tariffs would start on May 1" on May 14: a future told from the past,
            // passed within the month (further back, the next one: "said regulators would
            // decide by Nov. 30" in February)
            return false;
        } else if (yearless && p->last < pub && (p->shape != Shape::Day || p->last.daysTo(pub) > 7)) {
            // (not "within 60 days of the verdict on Jan. 6" two days after it)
            shiftYears(p, 1);
        }
    } else if (w(first - 1, "since") || w(first, "since")) {
        // "since December", "in effect since Jan. 1", "shut since Sunday": a time before
        // publication
        if (yearless) {
            for (int guard = 0; guard < 8 && p->first > pub; ++guard)
                shiftYears(p, -1);
        } else if (p->weekdayOnly && p->first > pub) {
            p->first = p->first.addDays(-7);
            p->last = p->last.addDays(-7);
        }
        return false;
    } else if (const int verb = presentBefore(first); verb >= 0 && p->weekdayOnly) {
        // "the trial resumes Monday", "the Senate votes Thursday": the next one
        if (p->last < pub) {
            p->first = p->first.addDays(7);
            p->last = p->last.addDays(7);
        }
        p->rel = Rel::Future;
    } else if (verb >= 0 && yearless && p->last < pub) {
        // "the law takes effect on Jan. 1", "the festival opens in March", "the package runs
        // until the end of March": a day, month or part of a month in
        // the present tense that has passed this year is next year's; one passed within the
        // month, or after a verb of measure ("exports rise in May", a headline's past), is the
        // one nearest publication ("launched on July 1" in a mid-July story stays past; so does
        // a day after "since")
        static const WordSet &measures = englishWords("no-plan-after-will");
        QString base = t[verb].lower;
        if (base.endsWith(QLatin1Char('s')))
            base.chop(1);
        // ("exports climb 9% in March": a measure told, not "the toll rises on Jan. 2" nor "the
        // wage rises to €12.82 an hour on Jan. 1")
        // (a level the verb rises to is set ahead: "the wage rises to 13.50 euros an hour in January")
        bool figure = false;
        for (int k = verb + 1; k < first && !figure && !w(verb + 1, "to"); ++k)
            figure = num(k) || sy(k, '%');
        if (figure && p->shape == Shape::Month &&
            (measures.contains(base) || measures.contains(t[verb].lower)))
            return true;
        if (p->last.daysTo(pub) > 31)
            shiftYears(p, 1);
        else
            nearestToPublication(p);
    }
    return true;
}

} // namespace Gleaner::Dates
