// The tense around a date expression, and what it changes: which Saturday "on
// Saturday" is, which year "Feb. 14" is in, and whether a duration counts from
// publication at all.
#include "suggest/dateparser.h"

namespace Gleaner::Dates {

Tense DateParser::markerAt(int k) const
{
    static const WordSet &future = englishWords("tense-future");
    static const WordSet &futureVerbs = englishWords("tense-future-verb");
    static const WordSet &past = englishWords("tense-past");
    static const WordSet &participles = englishWords("tense-past-participle");
    static const WordSet &participleLeads = englishWords("participle-lead");
    static const WordSet &subjects = englishWords("subject");
    if (!t[k].isWord())
        return Tense::Unknown;
    const QString &s = t[k].lower;
    // "won't" is "will not"; "won" alone is the past of "win"
    if (s == QLatin1String("won") && (sy(k + 1, '\'') || sy(k + 1, 0x2019)) && w(k + 2, "t"))
        return Tense::Future;
    if (s == QLatin1String("ll") && k > 0 && glued(k) && (sy(k - 1, '\'') || sy(k - 1, 0x2019)))
        return Tense::Future;
    if (future.contains(s))
        return Tense::Future;
    if (futureVerbs.contains(s) && (w(k + 1, "to") || w(k + 1, "for")))
        return Tense::Future;
    if (past.contains(s))
        return Tense::Past;
    if (participles.contains(s) && !(k > 0 && t[k - 1].isWord() && participleLeads.contains(t[k - 1].lower)))
        return Tense::Past;
    // a word in -ed (not "proceed") after its subject: "they announced", "it opened", "the
    // store closed", "Russia invaded", "workers walked out"; not "is scheduled", "the expected"
    if (s.size() <= 4 || !s.endsWith(QLatin1String("ed")) || s.endsWith(QLatin1String("eed")) || k == 0 ||
        !t[k - 1].isWord() || futureVerbs.contains(s))
        return Tense::Unknown;
    const QString &before = t[k - 1].lower;
    if (subjects.contains(before))
        return Tense::Past;
    static const WordSet &determiners = englishWords("subject-determiner");
    if (participleLeads.contains(before) || determiners.contains(before) ||
        before.endsWith(QLatin1String("ly")))
        return Tense::Unknown;
    if (k > 1 && t[k - 2].isWord() && determiners.contains(t[k - 2].lower))
        return Tense::Past;
    if (t[k].capitalized)
        return Tense::Unknown; // "Veterans United", a name
    const bool name = t[k - 1].capitalized && !t[k - 1].sentenceStart;
    const bool plural = before.size() > 3 && before.endsWith(QLatin1Char('s')) &&
                        !before.endsWith(QLatin1String("ss")) && !before.endsWith(QLatin1String("us"));
    if (name || plural)
        return Tense::Past;
    return Tense::Unknown;
}

bool DateParser::clauseBreak(int k) const
{
    // (not the comma of "12,500", between the digits of one number)
    const bool digitComma = sy(k, ',') && glued(k) && glued(k + 1) && num(k - 1) && num(k + 1);
    return t[k].sentenceStart || (sy(k, ',') && !digitComma) || sy(k, ';') || sy(k, ':') || sy(k, '(') ||
           sy(k, ')') || sy(k, 0x2013) || sy(k, 0x2014);
}

// A verb in the present tense that governs token `first`: "bids are due on", "the vote is
// on", "the plant opens on", "the tax rises on". Not a copula far from the date ("shares are
// down 30% from their peak in March"), nor a clause that names an earlier time ("since",
// "from", "than") or has a verb of its own ("is accused of stealing the files on March 3").
bool DateParser::presentBefore(int first) const
{
    static const WordSet &present = englishWords("tense-present");
    static const WordSet &copulas = englishWords("present-copula");
    static const WordSet &schedules = englishWords("schedule-word");
    static const WordSet &earlier = englishWords("earlier-time-lead");
    static const WordSet &determiners = englishWords("subject-determiner");
    if (w(first, "since"))
        return false;
    for (int k = first - 1; k >= 0 && k >= first - 12 && !clauseBreak(k + 1); --k) {
        if (!t[k].isWord())
            continue;
        const QString &s = t[k].lower;
        if (earlier.contains(s))
            return false;
        if (copulas.contains(s))
            return k + 2 >= first || (t[k + 1].isWord() && schedules.contains(t[k + 1].lower));
        if (presentAt(k))
            return true;
        if (present.contains(s))
            return !(k > 0 && t[k - 1].isWord() && determiners.contains(t[k - 1].lower));
        if (s.size() > 4 && (s.endsWith(QLatin1String("ing")) || s.endsWith(QLatin1String("ed"))))
            return false;
    }
    return false;
}

// A verb in the present tense right after its subject: "the tour that stops at", "she
// returns on", "they meet on".
bool DateParser::presentAt(int k) const
{
    static const WordSet &subjects = englishWords("subject");
    static const WordSet &present = englishWords("tense-present");
    if (k < 1 || !t[k].isWord() || !t[k - 1].isWord() ||
        (!subjects.contains(t[k - 1].lower) && !w(k - 1, "that")))
        return false;
    const QString &s = t[k].lower;
    return present.contains(s) || (s.size() > 3 && s.endsWith(QLatin1Char('s')) &&
                                   !s.endsWith(QLatin1String("ss")) && !s.endsWith(QLatin1String("us")));
}

int DateParser::asideStart(int comma) const
{
    // The comma that opens an aside of at most four tokens ending at `comma`, with no verb
    // of its own ("45", "the parent company", not "it said"); -1 if none.
    for (int k = comma - 1; k >= 0 && k >= comma - 5; --k) {
        if (sy(k, ','))
            return k < comma - 1 ? k : -1;
        if (clauseBreak(k) || markerAt(k) != Tense::Unknown)
            return -1;
    }
    return -1;
}

Tense DateParser::tenseAround(int first, int end) const
{
    // How far a clause's verb may stand from its date: clauses are short, and the
    // scans must stay linear on text without punctuation.
    constexpr int reach = 40;
    // The verb that governs a date usually comes before it in its clause ("was
    // admitted on Saturday", "said on Tuesday it will ..."); else the one after it.
    bool asideSkipped = false;
    bool aim = false;
    bool gerund = false;
    QString how;
    const bool limit = dateTriggerAt(first, &how) > 0;
    // an aim counts forward to a limit or over a span ("to train 500 people within five years"),
    // not to a day of a past story ("tried to enter the country on May 16")
    const bool ahead = limit || w(first, "within") || w(first, "over");
    for (int k = first - 1; k >= 0 && k >= first - reach; --k) {
        if (clauseBreak(k + 1) && k + 1 != first) {
            // One short aside between commas right before the date does not end the
            // clause: "will hand the role to Ana Ruiz, 45, on Jan. 1".
            const bool beforeDate = k + 1 >= first - 2;
            const int open = !asideSkipped && beforeDate && sy(k + 1, ',') ? asideStart(k + 1) : -1;
            if (open < 1)
                break;
            asideSkipped = true;
            k = open - 1;
        }
        // "gave the firm until March 16", "ordered it to pay by Friday": the verb that sets
        // a limit says nothing of when the limit falls
        static const WordSet &grants = englishWords("grant-verb");
        static const WordSet &holders = englishWords("limit-holder");
        if (limit && t[k].isWord() &&
            (grants.contains(t[k].lower) || (k == first - 1 && holders.contains(t[k].lower))))
            return Tense::Limit;
        // "promised to train 20,000 people within five years", "pledged to plant trees over
        // the next decade": an infinitive after a verb of commitment sets an aim, which the
        // verb's past tense does not put in the past
        static const WordSet &notVerbs = englishWords("after-to-not-verb");
        // "would cut jobs after booking a writedown in the third quarter": a future verb does
        // not tell the time of the gerund's clause
        if (w(k, "after") && k + 1 < first && t[k + 1].isWord() &&
            t[k + 1].lower.endsWith(QLatin1String("ing")))
            gerund = true;
        static const WordSet &commitments = englishWords("commitment-verb");
        if (w(k, "to") && k + 1 < first && t[k + 1].isWord() && !t[k + 1].capitalized && !t[k + 1].allCaps &&
            !notVerbs.contains(t[k + 1].lower))
            aim = true;
        // the aim of a commitment, not "tried to enter California on May 16", "rose to fame
        // within a year"
        // "were promised a wage deal before Chuseok": what is promised is still to come
        static const WordSet &promises = englishWords("promise-verb");
        if (ahead && t[k].isWord() &&
            ((aim && commitments.contains(t[k].lower)) || promises.contains(t[k].lower)))
            return commitmentTense(k);
        const Tense here = markerAt(k);
        if (here == Tense::Future && gerund)
            return Tense::Unknown; // (but "will pardon him before leaving office on Jan. 20")
        // "raised money to buy chips by the end of the first quarter", "launched a fund to back
        // startups over the next four years": the aim is still ahead whatever the tense of the
        // verb that set it (not "continued to sign up subscribers throughout the week")
        if (here == Tense::Past && aim && ahead && !w(first, "through") && !w(first, "throughout") &&
            !w(first, "thru"))
            return commitmentTense(k);
        if (here != Tense::Unknown)
            return here;
        if (presentAt(k))
            return Tense::Unknown; // "the tour that stops at Blossom on July 22"
        if (t[k].sentenceStart)
            break;
    }
    // A date that opens its sentence ("Over the next three months, the team
    // rebuilt ...") belongs to the clause after its comma.
    int k0 = end;
    if (t[first].sentenceStart && sy(k0, ','))
        ++k0;
    for (int k = k0; k < n && k < k0 + reach && !clauseBreak(k); ++k) {
        const Tense here = markerAt(k);
        if (here != Tense::Unknown)
            return here;
    }
    return Tense::Unknown;
}

// The time of a commitment at token k: ahead, unless the commitment is an adjective ("the
// promised reforms") or told of the past ("had promised", "In 2019 the mayor promised").
Tense DateParser::commitmentTense(int k) const
{
    static const WordSet &determiners = englishWords("subject-determiner");
    if (k > 0 && t[k - 1].isWord() && determiners.contains(t[k - 1].lower))
        return Tense::Unknown;
    if (w(k - 1, "had"))
        return Tense::Past;
    for (int j = k - 1; j >= 0 && j >= k - 30; --j) {
        if (num(j) && t[j].length() == 4) {
            const int year = t[j].lower.toInt();
            if (year >= 1900 && year < pub.year())
                return Tense::Past;
        }
        if (t[j].sentenceStart)
            break;
    }
    return Tense::Future;
}

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
    // "Feb. 14" without a year, but not "this September" or "next Easter"
    // ... nor a quarter or half without its year ("by late Q1")
    const bool yearless = !p->yearGiven &&
                          (p->shape == Shape::Day || p->shape == Shape::Month || p->shape == Shape::Season ||
                           (p->shape == Shape::Other && p->year != 0)) &&
                          p->rel == Rel::Absolute && !w(first - 1, "this");
    if (!p->weekdayOnly && !yearless && p->rel != Rel::Future)
        return true;
    const Tense tense = tenseAround(first, p->end);
    // "Q4 revenue", "third-quarter profit": a quarter's results are told after it ends,
    // unless forecast ("expects Q4 revenue")
    static const WordSet &results = englishWords("results-noun");
    static const WordSet &forecasts = englishWords("forecast-verb");
    const auto forecast = [&] {
        for (int k = first - 1; k >= 0 && k >= first - 4; --k)
            if (t[k].isWord() && forecasts.contains(t[k].lower))
                return true;
        return false;
    };
    if (yearless && p->shape == Shape::Other && tense != Tense::Future && p->end < n && t[p->end].isWord() &&
        results.contains(t[p->end].lower) && !forecast()) {
        for (int guard = 0; guard < 8 && p->last >= pub; ++guard)
            shiftYears(p, -1);
        return false;
    }
    if (tense == Tense::Limit) {
        // the limit as set: without its year, the one nearest publication
        if (yearless)
            nearestToPublication(p);
        return true;
    }
    if (tense == Tense::Past) {
        // "over the next three months, the team rebuilt the plant"
        if (p->rel == Rel::Future && !p->weekdayOnly && !yearless && p->first <= pub.addDays(1))
            return false; // resolved from publication, for want of the story's own dates
        if (p->weekdayOnly && p->first > pub) {
            p->first = p->first.addDays(-7);
            p->last = p->last.addDays(-7);
        } else if (yearless) {
            for (int guard = 0; guard < 8 && p->first > pub; ++guard)
                shiftYears(p, -1);
            return false; // a date of a past-tense clause is not a deadline
        }
    } else if (tense == Tense::Future) {
        if (p->weekdayOnly && p->last < pub) {
            p->first = p->first.addDays(7);
            p->last = p->last.addDays(7);
        } else if (yearless && p->last < pub) {
            shiftYears(p, 1);
        }
    } else if (w(first - 1, "since") || w(first, "since")) {
        // "since December", "in effect since Jan. 1": a time before publication
        if (yearless) {
            for (int guard = 0; guard < 8 && p->first > pub; ++guard)
                shiftYears(p, -1);
        }
        return false;
    } else if (yearless && (p->shape == Shape::Day || p->shape == Shape::Month) && p->last < pub &&
               presentBefore(first)) {
        // "bids are due on Jan. 15", "the plant opens on Jan. 15" in an October story: a day
        // in the present tense that has passed this year is next year's when that is nearer
        // ("launched on July 1" in a mid-July story stays past; so does a day after "since"
        // or in a clause whose past verb is not known here: "Russia invaded Ukraine on Feb. 24")
        nearestToPublication(p);
    }
    return true;
}

} // namespace Gleaner::Dates
