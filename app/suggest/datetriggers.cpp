// Trigger words ("by", "until", "within") and the parser's entry point.
#include "suggest/dateparser.h"

namespace Gleaner::Dates {

// Triggers: by, before, until, through, no later than, within, over, in the next ...
// (the words and what they do are the kinds date-trigger, span-trigger and
// span-direction of en-vocabulary.tsv)
bool DateParser::triggered(int i, Period *p, bool *deadlineTrigger) const
{
    *deadlineTrigger = false;
    if (i < 0 || i >= n || !t[i].isWord())
        return false;
    QString how;
    int j = dateTriggerAt(i, &how);
    if (j > 0) {
        j = pastTimeOfDay(j);
        // ("before the end of March", "before end-March" is by its last day, no day earlier)
        const bool endOf = (w(j, "end") && (w(j + 1, "of") || (dash(j + 1) && glued(j + 1)))) ||
                           (w(j, "the") && w(j + 1, "end") && w(j + 2, "of"));
        const bool before = how == QLatin1String("before") && !endOf;
        Period a;
        if (!expr(j, &a) && !(durationExpr(j, &a) && a.rel != Rel::Past))
            return false;
        // "before Easter" already past: next year's holiday, then the day before it
        if (before && !a.yearGiven && !a.holidayRule.isEmpty() && a.first.addDays(-1) < pub)
            shiftYears(&a, 1);
        if (before) {
            a.last = a.first.addDays(-1);
            if (a.rel == Rel::Present)
                a.rel = Rel::Future;
        }
        // "by March 31", "by the end of Q1", "by the end of March" without a year, already past:
        // next year's
        if (!a.yearGiven && a.last < pub &&
            (a.shape == Shape::Day || a.shape == Shape::Month ||
             (a.shape == Shape::Other && a.rel == Rel::Absolute))) {
            if (!a.holidayRule.isEmpty()) {
                shiftYears(&a, 1);
            } else {
                a.last = a.last.addYears(1);
                a.first = a.first.addYears(1);
            }
        }
        if (a.rel == Rel::Present || a.rel == Rel::Weekday)
            a.rel = Rel::Future;
        *deadlineTrigger = a.rel != Rel::Past;
        *p = a;
        return true;
    }
    // within / over / in the next / during the next + duration
    static const WordMap<QString> &spanTriggers = englishValues("span-trigger");
    const auto span = spanTriggers.constFind(t[i].lower);
    // ("had waited for over 20 years", "the first time in over a decade": "over" as "more than")
    static const WordSet &moreThanLeads = englishWords("over-more-than-lead");
    if (span != spanTriggers.constEnd() && w(i, "over") && !w(i + 1, "the") && i > 0 && t[i - 1].isWord() &&
        moreThanLeads.contains(t[i - 1].lower))
        return false;
    if (span != spanTriggers.constEnd()) {
        static const WordMap<int> &directions = englishNumbers("span-direction");
        int k = i + 1;
        if (w(k, "the"))
            ++k;
        const int dir = k < n ? directions.value(t[k].lower, 0) : 0;
        if (dir != 0)
            ++k;
        // "in about 18 months", "within roughly two years"
        static const WordSet &approximators = englishWords("span-approximator");
        const int approximated =
            k + 1 < n && t[k].isWord() && approximators.contains(t[k].lower) &&
                    (num(k + 1) || (t[k + 1].isWord() && NumberParser::cardinalWord(t[k + 1].lower) > 0) ||
                     w(k + 1, "a"))
                ? 1
                : 0;
        k += approximated;
        // strong: a bare unit counts ("within a year"); weak: "in" needs a count or "the next";
        // directed: "during" and "for" need "next" or "past"
        const bool strong = span.value() == QLatin1String("strong");
        if (span.value() == QLatin1String("directed") && dir == 0)
            return false;
        if (span.value() == QLatin1String("weak") && dir == 0 && k != i + 1 + approximated)
            return false; // "in the 2 upcoming months" is handled as a duration expression
        int c = 1;
        bool half = false;
        int ce = countHalf(k, &c, &half);
        if (ce < 0) {
            // ("in the next year and a half": a bare unit with its half counts)
            Unit bare = Unit::Day;
            const int be = unitAt(k, &bare);
            bool bareHalf = false;
            if (!strong && !(dir > 0 && be > 0 && halfAfter(be, &bareHalf) > be))
                return false;
            ce = k;
            c = 1;
        }
        Unit u = Unit::Day;
        int e = unitAt(ce, &u);
        if (e < 0)
            return false;
        if (ce == k && !(u == Unit::Decade || u == Unit::Year || u == Unit::Month || u == Unit::Week ||
                         u == Unit::Quarter || u == Unit::Fortnight || u == Unit::Century))
            return false;
        if (ce == k && dir == 0)
            return false; // "over the year", "in the month": not a duration
        if (u == Unit::Quarter && w(e, "century"))
            return false; // "in nearly a quarter century": a span of 25 years, told back
        // "within a year and a half"
        if (!half)
            e = halfAfter(e, &half);
        if ((c <= 0 && !(half && halfUnit(u).c > 0)) || c > 1000)
            return false;
        // (a date moved by the count and its half)
        const auto moved = [&](int sign) {
            const QDate d = addUnits(pub, u, sign * c);
            return half ? addUnits(d, halfUnit(u).u, sign * halfUnit(u).c) : d;
        };
        if (!strong && w(e, "of"))
            return false; // "for the last four months of 2021"
        // "over the five years to March 2029", "in the three years through 2030": a span whose
        // end the sentence names, counted back from it, not from publication
        static const WordSet &spanEnds = englishWords("span-end-lead");
        if (e < n && t[e].isWord() && spanEnds.contains(t[e].lower)) {
            int y = 0;
            // (a month in capitals: not "within two weeks to march on the capital")
            if (e + 1 < n &&
                ((monthNames().contains(t[e + 1].lower) && t[e + 1].capitalized) || year4(e + 1, &y) > 0))
                return false;
        }
        if (dir < 0) {
            const QDate last =
                u == Unit::Quarter ? endOfPeriod(pub.addMonths(-3), DatePrecision::Quarter) : pub.addDays(-1);
            *p = spanPeriod(moved(-1), last, unitPrecision(u), Rel::Past);
            p->end = e;
            return true;
        }
        // "sales rose 5% in two years", "was built in 1.5 years": how long something took, in a
        // clause of the past, no time from now
        if (!strong && dir == 0 && tenseAround(i, e) == Tense::Past)
            return false;
        // "in 2 hours" never reaches here; "in a year" / "in two years" is a duration from now
        const QDate d = u == Unit::Quarter && !half
                            ? endOfPeriod(pub.addMonths(3 * c), DatePrecision::Quarter)
                            : moved(1);
        *p = spanPeriod(pub, d, unitPrecision(u), Rel::Future);
        p->end = e;
        *deadlineTrigger = true;
        return true;
    }
    return false;
}

void DateParser::nearestToPublication(Period *p) const
{
    Period before = *p;
    for (int guard = 0; guard < 8 && before.first > pub; ++guard)
        shiftYears(&before, -1);
    Period after = before;
    shiftYears(&after, 1);
    *p = before.last.daysTo(pub) <= pub.daysTo(after.first) ? before : after;
}

// "gave the company 30 days to post a bond": a span a verb grants, from publication; not a
// sentence or a life ("given 15 years to life", "gave him six months to live")
bool DateParser::granted(int i, Period *p) const
{
    static const WordMap<QString> &grants = englishValues("span-grant-verb");
    static const WordSet &pronouns = englishWords("object-pronoun");
    int c = 0;
    const int ce = countRange(i, &c);
    Unit u = Unit::Day;
    const int e = ce < 0 ? -1 : unitAt(ce, &u);
    if (e < 0 || !w(e, "to") || c <= 0 || addUnits(pub, u, c) > pub.addYears(3))
        return false;
    // (not a habit: "startups typically have two years to find a buyer")
    static const WordSet &habits = englishWords("habit-adverb");
    for (int k = i - 1; k >= 0 && k >= i - 5 && !clauseBreak(k + 1); --k)
        if (t[k].isWord() && habits.contains(t[k].lower))
            return false;
    for (int k = i - 1; k >= 0 && k >= i - 5 && !clauseBreak(k + 1); --k) {
        if (t[k].isWord() && pronouns.contains(t[k].lower))
            return false;
        const auto grant = t[k].isWord() ? grants.constFind(t[k].lower) : grants.constEnd();
        // "will have three months to apply", "residents have 60 days to apply", "have two months
        // to appeal", not "farmers have a month to clear fields"
        static const WordSet &acts = englishWords("limit-action");
        const bool act = e + 1 < n && t[e + 1].isWord() && acts.contains(t[e + 1].lower);
        if (w(e + 1, "live"))
            return false; // "the patient has 30 days to live"

        if (grant != grants.constEnd() &&
            (grant.value().isEmpty() || (k > 0 && t[k - 1].lower == grant.value()) ||
             ((num(i) || c >= 2) && act))) {
            *p = spanPeriod(pub, addUnits(pub, u, c), unitPrecision(u), Rel::Future);
            p->end = e;
            return true;
        }
    }
    return false;
}

// "will" before token i in its clause (or "would" after a verb that reports it: "said it would
// open", or "to" after a verb of plan: "aims to plant"), followed by a verb of doing, not of being or of a
// measure ("will not open", "will be the biggest", "will grow 3%", "will keep rising": no plan to watch). A
// measure with an object is done ("will expand its plant"); so is what "will be" done ("will be completed").
bool DateParser::plannedWill(int i) const
{
    static const WordSet &notPlans = englishWords("no-plan-after-will");
    static const WordSet &reports = englishWords("report-verb");
    static const WordSet &objects = englishWords("determiner");
    static const WordSet &forecasts = englishWords("forecast-verb");
    for (int k = i - 1; k >= 0 && k >= i - 16 && !clauseBreak(k + 1); --k) {
        bool reported = false;
        for (int j = k - 1; w(k, "would") && j >= 0 && j >= k - 3 && !reported; --j)
            reported = t[j].isWord() && reports.contains(t[j].lower);
        // "aims to plant", "is scheduled to reopen": a verb of plan before an infinitive
        static const WordSet &planVerbs = englishWords("tense-future-verb");
        // "Airbus targets 820 deliveries this year", "is targeting": a plan in the present, after
        // its subject; "Meta to spend $40 billion this year": a headline's infinitive
        static const WordSet &presentPlans = englishWords("plan-verb-present");
        // (not a plural noun: "Its plans this year include", "Campaign promises this year went":
        // the verb takes an object before the date)
        const bool aims =
            t[k].isWord() && presentPlans.contains(t[k].lower) && k > 0 && k + 1 < i && !w(k + 1, "this") &&
            t[k - 1].isWord() && !objects.contains(t[k - 1].lower) &&
            (t[k - 1].capitalized || t[k - 1].allCaps || w(k - 1, "is") || w(k - 1, "are") || w(k - 1, "it"));
        const bool planned =
            (w(k, "to") && k > 0 && t[k - 1].isWord() && planVerbs.contains(t[k - 1].lower)) || aims ||
            headlineTo(k);
        // ("must repay its debt this year": a duty, as a plan)
        // (not a guess of the past: "sales must have fallen")
        const bool duty = w(k, "must") && !w(k + 1, "have");
        if (!w(k, "will") && !w(k, "shall") && !duty && !reported && !planned)
            continue;
        for (int j = k + 1; j < i; ++j) {
            if (w(j, "not") || w(j, "never") || sy(j, '%') || w(j, "percent"))
                return false;
        }
        if (k + 2 >= n || !t[k + 1].isWord() || !notPlans.contains(t[k + 1].lower))
            return true;
        const Token &next = t[k + 2];
        if (w(k + 1, "be"))
            return next.isWord() && next.lower.size() > 4 && next.lower.endsWith(QLatin1String("ed")) &&
                   !forecasts.contains(next.lower);
        return k + 2 < i && next.isWord() && objects.contains(next.lower) && !w(k + 1, "remain") &&
               !w(k + 1, "stay");
    }
    return false;
}

bool DateParser::at(int i, Suggestion *out, int *next) const
{
    Period p;
    bool trigger = false;
    bool ok = triggered(i, &p, &trigger);
    const bool grantedSpan = !ok && granted(i, &p);
    if (grantedSpan)
        ok = trigger = true;
    {
        // the longest reading wins: "the last four months of 2021" over "the last four months"
        Period d;
        Period e;
        const bool okD = durationExpr(i, &d);
        const bool okE = expr(i, &e);
        if (okD && (!ok || d.end > p.end) && (!okE || d.end >= e.end)) {
            p = d;
            trigger = false;
            ok = true;
        } else if (okE && (!ok || e.end > p.end)) {
            p = e;
            trigger = false;
            ok = true;
        }
    }
    if (!ok || p.end <= i || !p.last.isValid())
        return false;
    if (recurring(i, p.end, p)) {
        *next = p.end; // (nor a date inside it: "the last Saturday of June" every year)
        return false;
    }
    // Hours count from publication only when granted ("gave officials 72 hours to") or told from
    // now ("within the next 24 hours") or from a day a span starts on ("will last 48 hours from
    // Monday"; not "within" so many hours from a day, a rule's window from then on); else they are
    // a standard of service or a window counted from each event of a kind
    bool hours = false;
    bool fromNext = false;
    for (int k = i; k < p.end; ++k) {
        hours = hours || w(k, "hours") || w(k, "hour");
        fromNext = fromNext || w(k, "next") || w(k, "coming") ||
                   (w(k, "from") && !w(i, "within") && !w(i - 1, "within"));
    }
    if (hours && !grantedSpan && !fromNext)
        return false;
    statedFiscalEnd(i, &p);
    // "the year-to-date total": no period at all; "the quarter ended July 28", "the year
    // ending March 2024": a period the date after it names, not the present one
    static const WordSet &periodLabels = englishWords("period-label");
    if (p.end + 1 < int(t.size()) && dash(p.end) && glued(p.end) && glued(p.end + 1) && w(p.end + 1, "to") &&
        dash(p.end + 2) && w(p.end + 3, "date"))
        return false;
    // ("the fiscal year that ended in March"; but "year to date" in words stays the span up to
    // publication, as the development set has it)
    if (w(i, "the") && periodLabels.contains(t[p.end - 1].lower) && w(p.end, "that") &&
        (w(p.end + 1, "ended") || w(p.end + 1, "ends") || w(p.end + 1, "ending")))
        return false;
    // ("the fiscal year ended March 31", "the financial year starting July 1")
    const bool fiscalLabel = p.end == i + 3 && (w(i + 1, "fiscal") || w(i + 1, "financial"));
    if (w(i, "the") && (p.end == i + 2 || fiscalLabel) && periodLabels.contains(t[p.end - 1].lower) &&
        (w(p.end, "ended") || w(p.end, "ending") || w(p.end, "starting") || w(p.end, "beginning") ||
         (w(p.end, "to") && p.end + 1 < int(t.size()) &&
          (num(p.end + 1) || monthNames().contains(t[p.end + 1].lower) ||
           weekdayNames().contains(t[p.end + 1].lower)))))
        return false;
    // "within a day of the announcement", "30 days after notice": a span from an event the
    // story names, whose date is not known here
    static const WordMap<QString> &anchors = englishValues("span-anchor");
    // (not a span counted from now: "over the next three years after revenue rose 9%")
    bool fromNow = false;
    for (int k = i; k < p.end && !fromNow; ++k)
        fromNow = w(k, "next") || w(k, "coming");
    if (!fromNow && p.rel == Rel::Future && p.first == pub && p.end < int(t.size()) && t[p.end].isWord()) {
        const auto anchor = anchors.constFind(t[p.end].lower);
        const bool self = anchor != anchors.constEnd() && p.end + 1 < int(t.size()) &&
                          t[p.end + 1].isWord() && t[p.end + 1].lower == anchor.value();
        // ("14 days after the April 20 deadline", "within 30 days of March 1": counted from the
        // day the story names after it, by the same days or months)
        Period from;
        const int k = w(p.end + 1, "the") ? p.end + 2 : p.end + 1;
        if (anchor != anchors.constEnd() && !self) {
            if (!expr(k, &from) || from.shape != Shape::Day || !from.last.isValid())
                return false;
            // (by the span's own unit: months for a span of months, else days)
            const int months = (p.last.year() - pub.year()) * 12 + p.last.month() - pub.month();
            const QDate last = p.precision != DatePrecision::Day ? from.last.addMonths(months)
                                                                 : from.last.addDays(pub.daysTo(p.last));
            const int end = from.end;
            p = spanPeriod(from.last, last, p.precision, Rel::Absolute);
            p.end = end;
        }
    }
    // "the smallest rise in three years", "the first time in a decade": a time looked back over
    if (w(i, "in") && p.rel == Rel::Future) {
        static const WordSet &superlatives = englishWords("superlative-lead");
        for (int k = i - 1; k >= 0 && k >= i - 4 && !clauseBreak(k + 1); --k) {
            if (t[k].isWord() && (superlatives.contains(t[k].lower) ||
                                  (t[k].lower.size() > 4 && t[k].lower.endsWith(QLatin1String("est")))))
                return false;
        }
    }
    // a granted span counts from publication whatever the tense of the verb that grants it
    bool mayBeDeadline = followTense(i, &p) || grantedSpan;
    // "the quarter ending April 27", "the year ended March 31": a reporting period's name
    if (i >= 2 && (w(i - 1, "ending") || w(i - 1, "ended")) && t[i - 2].isWord() &&
        periodLabels.contains(t[i - 2].lower)) {
        mayBeDeadline = false;
        // (without its year: the one gone by after "ended", the nearest after "ending")
        if (!p.yearGiven && (p.shape == Shape::Day || p.shape == Shape::Month)) {
            if (w(i - 1, "ending"))
                nearestToPublication(&p);
            for (int guard = 0; guard < 8 && w(i - 1, "ended") && p.first > pub; ++guard)
                shiftYears(&p, -1);
        }
    }
    // "as of May 31", "as at 30 June": the date of a state of things, not a limit; without its
    // year, the one nearest publication. One still to come is the day a change takes effect, as
    // after "effective" ("As of Aug. 1, the tariff rises to 25%")
    static const WordSet &statusLeads = englishWords("status-lead");
    if (i >= 2 && t[i - 2].isWord() && t[i - 1].isWord() &&
        statusLeads.contains(t[i - 2].lower + QLatin1Char(' ') + t[i - 1].lower)) {
        if (!p.yearGiven && (p.shape == Shape::Day || p.shape == Shape::Month))
            nearestToPublication(&p);
        mayBeDeadline = p.first > pub;
    }
    // "will reopen after 2027", "will not reopen before 2027": the earliest time, an open start,
    // no limit
    static const WordSet &negations = englishWords("negation");
    static const WordSet &negationStops = englishWords("negation-scan-stop");
    bool negated = false;
    for (int k = i - 1; w(i, "before") && k >= 0 && k >= i - 6 && !negated && !clauseBreak(k + 1); --k) {
        if (t[k].isWord() && negationStops.contains(t[k].lower))
            break;
        // ("won't": a "t" after an apostrophe, not the "T" of "AT&T")
        negated = t[k].isWord() && negations.contains(t[k].lower) &&
                  (!w(k, "t") || (k > 0 && (sy(k - 1, '\'') || sy(k - 1, 0x2019)) && !t[k].spaceBefore));
    }
    if ((i > 0 && w(i - 1, "after")) || negated)
        mayBeDeadline = false;
    // "applications close on Friday", "bids close at 5 pm on March 3": the day something
    // ends is a limit, as after "by"
    static const WordMap<QString> &limitVerbs = englishValues("limit-verb");
    // ("the offer expires Friday": the verb right before the date)
    const bool verbBefore = i > 0 && t[i - 1].isWord() && limitVerbs.contains(t[i - 1].lower);
    if (!trigger && (w(i - 1, "on") || verbBefore)) {
        // (over an hour too: "Nominations close at 4:30pm on Friday")
        for (int k = verbBefore ? i - 1 : i - 2; k >= 0 && k >= i - 8 && !clauseBreak(k + 1); --k) {
            const auto verb = t[k].isWord() ? limitVerbs.constFind(t[k].lower) : limitVerbs.constEnd();
            if (verb == limitVerbs.constEnd())
                continue;
            // "bids close on": a plural subject right before a base form ("Applications open Monday
            // and close Friday": or the subject of the verb before "and")
            const bool plural =
                k > 0 && t[k - 1].isWord() &&
                ((t[k - 1].lower.endsWith(QLatin1Char('s')) &&
                  !t[k - 1].lower.endsWith(QLatin1String("ss")) && !sy(k - 2, 0x2019) && !sy(k - 2, '\'')) ||
                 w(k - 1, "and"));
            trigger = verb.value() != QLatin1String("plural") || plural;
            break;
        }
    }
    // "the 2026 World Cup generated", "in the 2026 budget", "its 2026 lineup": a year between a
    // determiner or a possessive and its noun names a thing of that year, no limit, whatever the
    // verb's time ("The 2028 Olympics will be held", "Germany's 2027 budget includes"); but "its
    // 2030 net-zero target" is an aim (vocabulary plan-object)
    static const WordSet &determiners = englishWords("determiner");
    static const WordSet &planObjects = englishWords("plan-object");
    const bool possessive = i > 2 && w(i - 1, "s") && (sy(i - 2, '\'') || sy(i - 2, 0x2019)) && glued(i - 1);
    if (!trigger && p.end == i + 1 && num(i) && t[i].length() == 4 && i > 0 && t[i - 1].isWord() &&
        (determiners.contains(t[i - 1].lower) || possessive) && p.end < n && t[p.end].isWord()) {
        // (within the noun's own words: not "The 2027 budget raised the deficit target")
        static const WordSet &phraseEnds = englishWords("phrase-end");
        bool aim = false;
        for (int k = p.end; k < n && k < p.end + 5 && !aim && (t[k].isWord() || (sy(k, '-') && glued(k)));
             ++k) {
            if (t[k].isWord() &&
                (phraseEnds.contains(t[k].lower) || t[k].lower.endsWith(QLatin1String("ed"))))
                break;
            aim = planObjects.contains(t[k].lower);
        }
        mayBeDeadline = mayBeDeadline && aim;
    }
    Suggestion s;
    const bool pastish = p.rel == Rel::Past || p.rel == Rel::Present || p.rel == Rel::Weekday;
    bool deadline = false;
    // (a limit on the day of publication is still one in a clause of the future: "will finish
    // the review by the end of March" on March 31; not "throughout the day")
    // ("has until Friday" on a Friday: a limit that ends today)
    if (trigger) {
        // (held, not had: "had until Thursday" on that Thursday is one gone by)
        const bool had = w(i - 1, "had") || w(i - 2, "had");
        const Tense tense = p.last == pub && !had ? tenseAround(i, p.end) : Tense::Unknown;
        deadline = p.last > pub || (p.last == pub && !w(p.end - 1, "day") && !w(p.end - 1, "today") &&
                                    (tense == Tense::Future || tense == Tense::Limit));
    } else if (!pastish) {
        // ("runs from July 24, 2025 to Dec. 31, 2033": a span under way, to its end)
        deadline =
            p.last > pub && (p.rel == Rel::Future || p.first > pub || p.precision != DatePrecision::Day ||
                             (w(i, "from") && p.first < pub && tenseAround(i, p.end) != Tense::Past));
    }
    // "will disburse the funds this fiscal year", "will hire 900 drivers this quarter": the
    // present year, quarter or month as the time a plan is done in
    // (and "will launch the app this week": a week is no single day)
    if (!deadline && mayBeDeadline && p.rel == Rel::Present && p.shape == Shape::Other && p.last >= pub &&
        (p.precision != DatePrecision::Day || p.first < p.last) && plannedWill(i))
        deadline = true;
    s.kind = deadline && mayBeDeadline ? Suggestion::Kind::Deadline : Suggestion::Kind::Date;
    s.start = t[i].start;
    s.end = t[p.end - 1].end;
    s.text = m_text.mid(s.start, s.end - s.start);
    s.due = p.last;
    s.precision = p.precision;
    listedAfter(i, trigger, &p, &s);
    *out = s;
    *next = p.end;
    return true;
}

// "until the end of the fiscal year on June 30", "the end of the fiscal year, Sept. 30,", "before
// the fiscal year ends on Sept. 30": the story gives the day its fiscal year ends, the next one
// (in a past clause, the last)
void DateParser::statedFiscalEnd(int i, Period *p) const
{
    const int e = p->end;
    if (e < i + 2 || !w(e - 1, "year") || !(w(e - 2, "fiscal") || w(e - 2, "financial")))
        return;
    for (int k = i; k < e; ++k) {
        if (num(k))
            return; // (a year of its own: "the 2025-26 fiscal year")
    }
    int k = e;
    if (w(k, "ends") || w(k, "closes"))
        ++k;
    if (!(w(k, "on") || sy(k, ',')))
        return;
    Period day;
    if (!calendar(k + 1, &day) || day.shape != Shape::Day || day.yearGiven)
        return;
    // (the one gone by in a past clause: "closed the fiscal year on June 30 with a surplus")
    QDate last(pub.year(), day.first.month(), day.first.day());
    if (tenseAround(i, day.end) == Tense::Past) {
        if (last > pub)
            last = last.addYears(-1);
    } else if (last < pub) {
        last = last.addYears(1);
    }
    p->first = last.addYears(-1).addDays(1);
    p->last = last;
    p->precision = DatePrecision::Day;
    p->end = day.end;
}

// "will hold calls on Jan. 30 and April 29", "meets on Monday, Wednesday and Friday": a day
// or month without its year (or a weekday alone) listed right after a date still to come is
// still to come: one that went back before publication goes on past the date before it. And
// listed after one gone by ("paid dividends on March 15, June 15 and Sept. 15"), one put
// ahead goes back, as far as the date before it
void DateParser::listedAfter(int i, bool trigger, Period *p, Suggestion *s) const
{
    const Listed before = m_listed;
    m_listed = {p->end, s->due, s->kind == Suggestion::Kind::Deadline, s->precision};
    const bool gone = !before.deadline && before.due.isValid() && before.due < pub;
    if (trigger || !(before.deadline || gone) || before.end < 0 || before.end > i || i - before.end > 3)
        return;
    // (joined by a comma, "and" or "or", and "on" or "in": not "by the end of the fiscal year on
    // March 31", one date told twice)
    static const WordMap<QString> &joints = englishValues("list-joint");
    bool joined = false;
    for (int k = before.end; k < i; ++k) {
        const auto joint = t[k].isWord() ? joints.constFind(t[k].lower) : joints.constEnd();
        if (joint == joints.constEnd() && !sy(k, ','))
            return;
        joined = joined || sy(k, ',') || joint.value() != QLatin1String("preposition");
    }
    const bool yearless =
        !p->yearGiven && p->rel == Rel::Absolute && (p->shape == Shape::Day || p->shape == Shape::Month);
    if (!joined || (!yearless && !p->weekdayOnly))
        return;
    // (a date that opens a clause of its own is no list item: "…, and on Monday the party announced")
    for (int k = p->end; k < n && k < p->end + 5 && !clauseBreak(k); ++k) {
        if (markerAt(k) != Tense::Unknown)
            return;
    }
    const auto shift = [&](int by) {
        if (p->weekdayOnly) {
            p->first = p->first.addDays(7 * by);
            p->last = p->last.addDays(7 * by);
        } else {
            shiftYears(p, by);
        }
    };
    if (gone) {
        for (int guard = 0; guard < 8 && p->last > pub; ++guard) {
            shift(-1);
            if (p->last < before.due) {
                shift(1); // (not before the date listed first)
                break;
            }
        }
        if (p->last > pub)
            return;
        s->kind = Suggestion::Kind::Date;
        s->due = p->last;
        m_listed = {p->end, s->due, false, s->precision};
        return;
    }
    for (int guard = 0; guard < 8 && p->last < pub && p->last <= before.due; ++guard)
        shift(1);
    if (p->last <= pub)
        return;
    s->kind = Suggestion::Kind::Deadline;
    s->due = p->last;
    m_listed = {p->end, s->due, true, s->precision};
}

} // namespace Gleaner::Dates
