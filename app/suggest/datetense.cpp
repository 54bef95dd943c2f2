// The tense around a date expression, and what it changes: which Saturday "on Saturday" is,
// which year "Feb. 14" is in, and whether a duration counts from publication at all.
#include "suggest/dateparser.h"

namespace Gleaner::Dates {

Tense DateParser::markerAt(int k, bool broad) const
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
    // ("is due to open"; not "due to heavy rain", a cause: vocabulary due-lead)
    static const WordSet &dueLeads = englishWords("due-lead");
    const bool cause =
        s == QLatin1String("due") &&
        !(k > 0 && ((t[k - 1].isWord() && dueLeads.contains(t[k - 1].lower)) || sy(k - 1, ',')));
    if ((futureVerbs.contains(s) && (w(k + 1, "to") || w(k + 1, "for")) && !cause) || headlineTo(k))
        return Tense::Future;
    // "with the first payments due in January", "bonds due on March 1": a limit ahead (not "due in
    // part to", a cause; nor "missed a payment due in February", "were due in January", "a payment
    // due in February was postponed": the past verb of its clause keeps it gone by)
    // (the markers around it read broadly, but never another "due": two would ask each other)
    int month = 0;
    if (s == QLatin1String("due") && (w(k + 1, "in") || w(k + 1, "on") || w(k + 1, "by")) &&
        (monthAt(k + 2, &month) > 0 || num(k + 2))) {
        bool past = false;
        for (int j = k - 1; j >= 0 && j >= k - 10 && !past && !clauseBreak(j + 1); --j)
            past = !w(j, "due") && markerAt(j) == Tense::Past;
        // (or after it: "a payment due in February was postponed")
        for (int j = k + 3; j < n && j <= k + 6 && !past && !clauseBreak(j); ++j)
            past = !w(j, "due") && markerAt(j) == Tense::Past;
        if (!past)
            return Tense::Future;
    }
    // "expects the deal to settle", "wants the plant to open": the verb, its object, then "to";
    // or its present with an article ("expects a decision by December")
    if (futureVerbs.contains(s) && !cause) {
        for (int j = k + 2; j <= k + 4 && j < n && t[j - 1].isWord() && !clauseBreak(j - 1); ++j) {
            if (w(j, "to"))
                return Tense::Future;
        }
        if (s.endsWith(QLatin1Char('s')) && (w(k + 1, "a") || w(k + 1, "an") || w(k + 1, "the")))
            return Tense::Future;
    }
    // (not the currency of "5,000 won", "4.1 trillion won", "the won fell")
    static const WordSet &wonLeads = englishWords("won-currency-lead");
    if (past.contains(s) && !(s == QLatin1String("won") && k > 0 &&
                              (num(k - 1) || (t[k - 1].isWord() && wonLeads.contains(t[k - 1].lower)))))
        return Tense::Past;
    if (participles.contains(s) && !(k > 0 && t[k - 1].isWord() && participleLeads.contains(t[k - 1].lower)))
        return Tense::Past;
    // a lower-case word in -ed (not "proceed", not "is scheduled") after its subject: "they
    // announced"; and, before an object or adjunct ("in", "the", "Ukraine", not "work plans"),
    // "the store closed on", "Russia invaded Ukraine", "the flu season peaked in"; not after a
    // determiner, preposition or adverb ("a revised", "in detailed", "newly opened"), inside a
    // name ("Leeds United") or an absolute phrase ("with the first park delivered in")
    const bool edForm = s.size() > 4 && s.endsWith(QLatin1String("ed")) &&
                        !s.endsWith(QLatin1String("eed")) && !futureVerbs.contains(s) && !t[k].capitalized;
    // "the ministry pledged to publish the report in June": a verb of commitment before its
    // infinitive sets an aim, ahead unless told of a past year ("In 2019 the mayor promised")
    static const WordSet &commitments = englishWords("commitment-verb");
    if (edForm && w(k + 1, "to") && commitments.contains(s))
        return commitmentTense(k);
    // "purchases in 2025 totalled": the verb of a subject that a year qualifies
    if (edForm && k > 2 && num(k - 1) && (w(k - 2, "in") || w(k - 2, "during")) && t[k - 3].isWord() &&
        !participleLeads.contains(t[k - 3].lower))
        return Tense::Past;
    // ("must report verified emissions", "will file revised returns": the verb is the base form
    // before, after its modal; not "will be completed", "must have fallen", nor after "to", a
    // preposition as often: "according to data released in August", nor a capital: "By May")
    static const WordSet &baseLeads = englishWords("base-form-lead");
    if (edForm && k > 1 && t[k - 2].isWord() && !t[k - 2].capitalized && baseLeads.contains(t[k - 2].lower) &&
        t[k - 1].isWord() && !t[k - 1].capitalized && !w(k - 1, "be") && !w(k - 1, "have") &&
        !w(k - 1, "get") && !w(k - 1, "not") && !w(k - 2, "and") && !w(k - 2, "or") && !w(k - 2, "to") &&
        !w(k - 2, "not"))
        return Tense::Unknown;
    // "Interstate 95 reopened on Sunday": a name and its number, a verb before its adjunct (not
    // "Some 300 invited guests", "Class 3 listed buildings")
    static const WordSet &follows = englishWords("verb-follow");
    const bool verbNext = k + 1 >= n || !t[k + 1].isWord() || follows.contains(t[k + 1].lower);
    if (edForm && verbNext && k > 1 && num(k - 1) && t[k - 1].spaceBefore && t[k - 1].length() <= 3 &&
        t[k - 2].isWord() && t[k - 2].capitalized)
        return Tense::Past;
    if (edForm && k > 0 && t[k - 1].isWord()) {
        const QString &before = t[k - 1].lower;
        // ("ever recorded in", not "the previously announced cuts")
        static const WordSet &pastLeads = englishWords("past-lead");
        if (subjects.contains(before) || (pastLeads.contains(before) && verbNext))
            return Tense::Past;
        static const WordSet &notSubjects = englishWords("not-subject");
        if (participleLeads.contains(before) || notSubjects.contains(before) ||
            before.endsWith(QLatin1String("ly")) || before.size() == 1)
            return Tense::Unknown;
        static const WordSet &determiners = englishWords("subject-determiner");
        // "the store closed", "this summer strained"; not an object's state after a verb that
        // orders or causes it ("ordered the money returned", "had the plant closed")
        static const WordSet &grants = englishWords("grant-verb");
        const bool object = k > 2 && t[k - 3].isWord() &&
                            (grants.contains(t[k - 3].lower) || participleLeads.contains(t[k - 3].lower));
        if (k > 1 && t[k - 2].isWord() && determiners.contains(t[k - 2].lower))
            return object ? Tense::Unknown : Tense::Past;
        // "the rival product received approval": a determiner three words before; not in an
        // absolute phrase ("with the first park delivered in")
        const QString second = k > 2 ? t[k - 2].lower : QString();
        if (k > 2 && t[k - 2].isWord() && !t[k - 2].capitalized && !second.endsWith(QLatin1String("ly")) &&
            !participleLeads.contains(second) && !notSubjects.contains(second) && t[k - 3].isWord() &&
            determiners.contains(t[k - 3].lower) &&
            !(k > 3 && t[k - 4].isWord() && (grants.contains(t[k - 4].lower) || w(k - 4, "with"))))
            return Tense::Past;
        if (!broad)
            return Tense::Unknown;
        for (int j = k - 2; j >= 0 && j >= k - 5; --j)
            if (w(j, "with"))
                return Tense::Unknown;
        // (or after a name: "Rival Pfizer received approval", "the Commission proposed tariffs";
        // not an object's state after a verb of the future: "will keep the Main Line closed")
        bool named = t[k - 1].capitalized && !t[k - 1].allCaps;
        for (int j = k - 2; named && j >= 0 && j >= k - 8 && !clauseBreak(j + 1); --j)
            named = !(t[j].isWord() && (future.contains(t[j].lower) || w(j, "to")));
        const bool verbLike = k + 1 >= n || !t[k + 1].isWord() || t[k + 1].capitalized ||
                              follows.contains(t[k + 1].lower) || named;
        return verbLike ? Tense::Past : Tense::Unknown;
    }
    return broad ? sameFormTense(k) : Tense::Unknown;
}

bool DateParser::clauseBreak(int k) const
{
    // (not the comma of "12,500" nor the colon of "7:45", between the digits of one number)
    const bool inNumber = glued(k) && glued(k + 1) && num(k - 1) && num(k + 1);
    return t[k].sentenceStart || (sy(k, ',') && !inNumber) || sy(k, ';') || (sy(k, ':') && !inNumber) ||
           sy(k, '(') || sy(k, ')') || sy(k, 0x2013) || sy(k, 0x2014);
}

// A verb in the present tense that governs token `first`: "bids are due on", "the vote is
// on", "the plant opens on", "the tax rises on"; its token, else -1. Not a copula far from
// the date ("shares are down 30% from their peak in March"), nor a clause that names an
// earlier time ("since", "than", "from" not right before the date) or has a verb of its own
// ("is accused of stealing the files on March 3").
int DateParser::presentBefore(int first) const
{
    static const WordSet &present = englishWords("tense-present");
    static const WordSet &copulas = englishWords("present-copula");
    static const WordSet &schedules = englishWords("schedule-word");
    static const WordSet &earlier = englishWords("earlier-time-lead");
    static const WordSet &determiners = englishWords("determiner");
    if (w(first, "since"))
        return -1;
    for (int k = first - 1; k >= 0 && k >= first - 12 && !clauseBreak(k + 1); --k) {
        if (!t[k].isWord())
            continue;
        const QString &s = t[k].lower;
        if (earlier.contains(s) && !(k == first - 1 && w(k, "from")))
            return -1;
        if (copulas.contains(s))
            return k + 2 >= first || (t[k + 1].isWord() && schedules.contains(t[k + 1].lower)) ? k : -1;
        if (presentAt(k))
            return k;
        if (present.contains(s))
            return k > 0 && t[k - 1].isWord() && determiners.contains(t[k - 1].lower) ? -1 : k;
        if (s.size() > 4 && (s.endsWith(QLatin1String("ing")) || s.endsWith(QLatin1String("ed"))))
            return -1;
    }
    return -1;
}

// A verb in the present tense right after its subject: "the tour that stops at", "she
// returns on", "they meet on", "the bridge reopens in".
bool DateParser::presentAt(int k) const
{
    static const WordSet &subjects = englishWords("subject");
    static const WordSet &present = englishWords("tense-present");
    static const WordSet &sure = englishWords("tense-present-sure");
    static const WordSet &determiners = englishWords("determiner");
    if (k < 1 || !t[k].isWord() || !t[k - 1].isWord())
        return false;
    const QString &s = t[k].lower;
    // ("the bridge reopens", "Parliament reconvenes": a verb that is no plural noun)
    if (sure.contains(s) && !determiners.contains(t[k - 1].lower))
        return true;
    if (!subjects.contains(t[k - 1].lower) && !w(k - 1, "that"))
        return false;
    return present.contains(s) || (s.size() > 3 && s.endsWith(QLatin1Char('s')) &&
                                   !s.endsWith(QLatin1String("ss")) && !s.endsWith(QLatin1String("us")));
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
    // "set a strike deadline of Friday", "the deadline is June 30": a limit, as set
    if (limitAsSet(first, end))
        return Tense::Limit;
    const int lead = hourBefore(first); // (past the hour: "extended to 6pm GMT on Thursday")
    for (int k = first - 1; k >= 0 && k >= first - reach; --k) {
        if (clauseBreak(k + 1) && k + 1 != first) {
            // One short aside between commas right before the date does not end the
            // clause: "will hand the role to Ana Ruiz, 45, on Jan. 1".
            const bool beforeDate = k + 1 >= first - 2;
            // A comma before a word of onset and the date opens no clause of its own ("wants to
            // raise the levy, starting in January"), nor one between a number's modifier and
            // another of the same noun ("a 10-year, $700 million contract in December"): the
            // walk goes on to the verb before it
            static const WordSet &onsets = englishWords("onset-word");
            const bool onset =
                sy(k + 1, ',') && k + 1 >= first - 3 && k + 2 < first && onsets.contains(t[k + 2].lower);
            const bool modifiers = sy(k + 1, ',') && k >= 2 && t[k].isWord() && glued(k) && sy(k - 1, '-') &&
                                   glued(k - 1) && num(k - 2) && k + 2 < first &&
                                   (num(k + 2) || t[k + 2].isSymbol());
            if (!onset && !modifiers) {
                const int open = !asideSkipped && beforeDate && sy(k + 1, ',') ? asideStart(k + 1) : -1;
                if (open < 1)
                    break;
                asideSkipped = true;
                k = open - 1;
            }
        }
        // "gave the firm until March 16", "ordered it to pay by Friday": the verb that sets
        // a limit says nothing of when the limit falls
        static const WordSet &grants = englishWords("grant-verb");
        static const WordSet &holders = englishWords("limit-holder");
        // ("ordered the money returned within 90 days": a span a grant sets, too)
        if ((limit || w(first, "within")) && t[k].isWord() &&
            (grants.contains(t[k].lower) || (k == first - 1 && holders.contains(t[k].lower))))
            return Tense::Limit;
        // "set jury selection for Sept. 8": the day a verb of scheduling sets is still to come, and
        // so is the day a verb of delay moves it to ("the vote was postponed to June 3")
        static const WordSet &schedules = englishWords("schedule-verb");
        static const WordSet &delays = englishWords("delay-verb");
        static const WordSet &untilDelays = englishWords("delay-until-verb");
        if (t[k].isWord() &&
            ((w(lead - 1, "for") && schedules.contains(t[k].lower)) ||
             ((w(lead - 1, "to") && delays.contains(t[k].lower)) ||
              ((w(first, "until") || w(first, "till")) && untilDelays.contains(t[k].lower)))))
            return Tense::Future;
        // "promised to train 20,000 people within five years": an infinitive after a verb of
        // commitment sets an aim, which the verb's past tense does not put in the past
        static const WordSet &notVerbs = englishWords("after-to-not-verb");
        // "would cut jobs after booking a writedown in the third quarter": no time of the gerund's
        if (w(k, "after") && k + 1 < first && t[k + 1].isWord() &&
            t[k + 1].lower.endsWith(QLatin1String("ing")))
            gerund = true;
        static const WordSet &commitments = englishWords("commitment-verb");
        if (w(k, "to") && k + 1 < first && t[k + 1].isWord() && !t[k + 1].capitalized && !t[k + 1].allCaps &&
            !notVerbs.contains(t[k + 1].lower))
            aim = true;
        // "proposed cutting 150 posts over the next two years": a gerund after a verb of proposal
        static const WordSet &proposals = englishWords("proposal-verb");
        if (ahead && t[k].isWord() && proposals.contains(t[k].lower) && k + 1 < first && t[k + 1].isWord() &&
            t[k + 1].lower.endsWith(QLatin1String("ing")))
            return commitmentTense(k);
        // the aim of a commitment, not "tried to enter California on May 16", "rose to fame
        // within a year"
        // "were promised a wage deal before Chuseok": what is promised is still to come
        static const WordSet &promises = englishWords("promise-verb");
        if (ahead && t[k].isWord() &&
            ((aim && commitments.contains(t[k].lower)) || promises.contains(t[k].lower)))
            return commitmentTense(k);
        // "the senator, elected in November,", "a plan unveiled on Monday": a participle right
        // before its date tells of a past event (not "scheduled for", "to be opened in")
        if (k >= first - 2 && (k == first - 1 || w(first - 1, "in") || w(first - 1, "on")) &&
            pastParticiple(k))
            return Tense::Past;
        // "results for the quarter ended June 30 by Aug. 14": a reporting period's label
        static const WordSet &periodLabels = englishWords("period-label");
        if ((w(k, "ended") || w(k, "ending")) && k > 0 && t[k - 1].isWord() &&
            periodLabels.contains(t[k - 1].lower))
            continue;
        const Tense here = markerAt(k);
        // "people hit by drought by the end of April", "orders placed by Saturday": a participle
        // with its agent, or right before a limit, qualifies a noun; the clause's verb is further on
        // (a participle: not "sales rose until Oct. 12", a simple past)
        static const WordSet &participleForms = englishWords("tense-past-participle");
        static const WordSet &baseForms = englishWords("past-as-base");
        // (nor a verb that takes no object: "talks continued until Oct. 12")
        static const WordSet &intransitives = englishWords("intransitive-verb");
        const bool participle = t[k].isWord() && !intransitives.contains(t[k].lower) &&
                                (t[k].lower.endsWith(QLatin1String("ed")) ||
                                 participleForms.contains(t[k].lower) || baseForms.contains(t[k].lower));
        if (here == Tense::Past && limit && participle &&
            (k == first - 1 || (w(k + 1, "by") && k + 1 != first - 1)))
            continue;
        if (here == Tense::Future && gerund)
            return Tense::Unknown; // (but "will pardon him before leaving office on Jan. 20")
        // "raised money to buy chips by the end of the first quarter", "launched a fund to back
        // startups over the next four years": the aim is still ahead whatever the tense of the
        // verb that set it (not "continued to sign up subscribers throughout the week", a verb
        // of aspect over a time gone by; but "launched an appeal to feed people through the winter")
        static const WordSet &aspects = englishWords("aspect-verb");
        const bool through = w(first, "through") || w(first, "throughout") || w(first, "thru");
        if (here == Tense::Past && aim && ahead &&
            !(through && t[k].isWord() && aspects.contains(t[k].lower)))
            return commitmentTense(k);
        if (here != Tense::Unknown)
            return here;
        if (presentAt(k))
            return Tense::Unknown; // "the tour that stops at Blossom on July 22"
        // "said the vote is on Friday": the clause's own verb, in the present
        static const WordSet &presentCopulas = englishWords("present-copula");
        // ("said the vote is expected on Thursday": a participle between)
        const bool participleAfter =
            k + 1 < first && t[k + 1].isWord() && t[k + 1].lower.endsWith(QLatin1String("ed"));
        // (right before the date or "on" it: not "the shortfall is in March figures")
        if ((k == first - 1 || (k == first - 2 && participleAfter) ||
             (w(first - 1, "on") && (k == first - 2 || (k == first - 3 && participleAfter)))) &&
            t[k].isWord() && presentCopulas.contains(t[k].lower))
            return Tense::Unknown;
        if (t[k].sentenceStart)
            break;
    }
    // A date that opens its sentence ("Over the next three months, the team
    // rebuilt ...") belongs to the clause after its comma.
    int k0 = end;
    // (or after one word of its own: "In 2025, the company hired ...")
    if ((t[first].sentenceStart || (first > 0 && t[first - 1].sentenceStart && t[first - 1].isWord())) &&
        sy(k0, ','))
        ++k0;
    for (int k = k0; k < n && k < k0 + reach && !clauseBreak(k); ++k) {
        // the verb right after the date ("a judge on Friday refused") or after its subject ("In
        // 2025, imports dropped"), not a participle further on ("... by the end of winter and
        // about 100 people employed on site")
        const Tense here = markerAt(k, k == k0 || (k == k0 + 1 && t[k0].isWord() && !t[k0].capitalized));
        if (here != Tense::Unknown)
            return here;
    }
    return Tense::Unknown;
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
    // the tense of the verb; without its year, the one nearest publication
    static const WordSet &scheduled = englishWords("scheduled-noun");
    static const WordSet &determiners = englishWords("determiner");
    if (yearless && (p->shape == Shape::Day || p->shape == Shape::Month) && first > 0 &&
        t[first - 1].isWord() && determiners.contains(t[first - 1].lower) && p->end < n &&
        t[p->end].isWord() && scheduled.contains(t[p->end].lower)) {
        nearestToPublication(p);
        return true;
    }
    // "raised the wage, effective July 1", "effective from March 1": the day a change takes
    // effect, the one nearest publication whatever the tense
    static const WordSet &effectLeads = englishWords("effect-lead");
    const int lead = w(first - 1, "from") ? first - 2 : first - 1;
    if (yearless && (p->shape == Shape::Day || p->shape == Shape::Month) && lead >= 0 && t[lead].isWord() &&
        effectLeads.contains(t[lead].lower)) {
        nearestToPublication(p);
        return true;
    }
    // "the January wildfires", "after the July floods": a disaster's month, the one gone by
    static const WordSet &pastEvents = englishWords("past-event-noun");
    if (yearless && (p->shape == Shape::Day || p->shape == Shape::Month) && first > 0 &&
        t[first - 1].isWord() && determiners.contains(t[first - 1].lower) && p->end < n &&
        t[p->end].isWord() && pastEvents.contains(t[p->end].lower)) {
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
        // "since December", "in effect since Jan. 1": a time before publication
        if (yearless) {
            for (int guard = 0; guard < 8 && p->first > pub; ++guard)
                shiftYears(p, -1);
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
        bool figure = false;
        for (int k = verb + 1; k < first && !figure; ++k)
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
