// What a date's sentence says of it beyond its verb's tense: an aside and the participle that
// opens one, a verb whose past is its base form, a commitment's aim, the past year a sentence
// opens with, a state the past set that lasts to a limit, a figure compared with, a period's
// results, a plan given up or moved, and a limit a noun names as set (datetense.cpp asks these).
#include "suggest/dateparser.h"

namespace Gleaner::Dates {

// The time of a commitment at token k: ahead, unless the commitment is an adjective ("the
// promised reforms") or told of the past ("had promised", "In 2019 the mayor promised").
Tense DateParser::commitmentTense(int k) const
{
    static const WordSet &determiners = englishWords("subject-determiner");
    if (k > 0 && t[k - 1].isWord() && determiners.contains(t[k - 1].lower))
        return Tense::Unknown;
    if (w(k - 1, "had"))
        return Tense::Past;
    // "promised in February to publish the report by April": a promise of a month gone by
    int month = 0;
    if (w(k + 1, "in") && monthAt(k + 2, &month) > 0 && !num(k + 3))
        return Tense::Past;
    return pastYearBefore(k) ? Tense::Past : Tense::Future;
}

// A year before publication that the sentence opens with before token k ("In 2019, the
// mayor promised ..."), or that follows the verb at k ("pledged in 2021 to ..."), else 0;
// not a year of an aside ("the firm, founded in 2010, ...")
int DateParser::pastYearBefore(int k) const
{
    const auto pastYear = [&](int j) {
        const int year = num(j) && t[j].length() == 4 && !glued(j) ? t[j].lower.toInt() : 0;
        return year >= 1900 && year < pub.year() ? year : 0;
    };
    if (w(k + 1, "in") && pastYear(k + 2))
        return pastYear(k + 2);
    for (int j = k - 1; j >= 1 && j >= k - 30; --j) {
        if (t[j].sentenceStart)
            break;
        if (t[j - 1].sentenceStart && w(j - 1, "in") && pastYear(j))
            return pastYear(j);
    }
    return 0;
}

// "was remanded in custody until", "were shut until": a state the past set, that lasts to the
// limit at token `first` (a participle after was/were/been, a few words before it)
bool DateParser::stateSet(int first) const
{
    static const WordSet &participleForms = englishWords("tense-past-participle");
    static const WordSet &baseForms = englishWords("past-as-base");
    for (int k = first - 1; k >= 1 && k >= first - 5 && !clauseBreak(k + 1); --k) {
        if (!t[k].isWord())
            return false;
        const bool participle = t[k].lower.endsWith(QLatin1String("ed")) ||
                                participleForms.contains(t[k].lower) || baseForms.contains(t[k].lower);
        if (participle && (w(k - 1, "was") || w(k - 1, "were") || w(k - 1, "been")))
            return true;
    }
    return false;
}

// A plan no longer held at the date [first, end): one a verb of its clause gives up ("scrapped
// plans to list by 2026"), a limit its own verb calls off or moves ("The June 30 deadline was
// pushed back"), the date a plan was moved from ("delayed the fab to 2030 from 2027"), or a
// plan told in the past perfect or as an expectation ("had planned to", "was supposed to",
// "were expected to") with "but" after the date in the sentence: given up or missed (not
// "was due in 2027, but will open by 2029": the new plan); "had been due to", "but" or not
bool DateParser::abandonedPlan(int first, int end) const
{
    // "scrapped plans to list in New York by 2026", "dropped its goal of reaching net zero by
    // 2030", "scrapped its 2030 target": a plan a verb of the clause gives up
    static const WordMap<QString> &drops = englishValues("drop-verb");
    static const WordSet &objects = englishWords("plan-object");
    // (its object right after it, past a determiner, an owner or a year: not "withdrew from Russia
    // and plans to return by 2028", nor a new goal after "in favour of")
    static const WordSet &stops = englishWords("drop-scan-stop");
    static const WordSet &determiners = englishWords("determiner");
    for (int k = first - 1; k >= 0 && k >= first - 12 && !clauseBreak(k + 1); --k) {
        if (t[k].isWord() && !t[k].capitalized && stops.contains(t[k].lower))
            break; // (not "New York")
        const auto drop = t[k].isWord() ? drops.constFind(t[k].lower) : drops.constEnd();
        if (drop == drops.constEnd())
            continue;
        int j = k + 1;
        if (!drop.value().isEmpty() && !(j < n && t[j++].lower == drop.value()))
            continue;
        while (j < n && j <= k + 3 && (num(j) || (t[j].isWord() && determiners.contains(t[j].lower))))
            ++j;
        return j < n && t[j].isWord() && objects.contains(t[j].lower);
    }
    // "The June 30 deadline was pushed back", "the deadline of June 30 has been scrapped": a
    // limit its own verb calls off or moves
    static const WordSet &limitNouns = englishWords("limit-noun");
    static const WordMap<QString> &undoneVerbs = englishValues("undo-verb");
    const bool named = (end < n && t[end].isWord() && limitNouns.contains(t[end].lower)) ||
                       (w(first - 1, "of") && first >= 2 && t[first - 2].isWord() &&
                        limitNouns.contains(t[first - 2].lower));
    // ("The plan to build the factory by 2027 was scrapped": the plan the sentence's subject
    // names, its verb after the date)
    bool planned = false;
    for (int k = first - 1; !named && k >= 0 && k >= first - 8 && !planned && !clauseBreak(k + 1); --k)
        planned = t[k].isWord() && objects.contains(t[k].lower) && k >= 1 && t[k - 1].isWord() &&
                  determiners.contains(t[k - 1].lower) && (k == 1 || t[k - 1].sentenceStart);
    for (int k = end; (named || planned) && k < n && k <= end + (planned ? 6 : 3) && !clauseBreak(k); ++k) {
        if (!(w(k, "was") || w(k, "were") || w(k, "been")) || k + 1 >= n || !t[k + 1].isWord())
            continue;
        const auto verb = undoneVerbs.constFind(t[k + 1].lower);
        if (verb != undoneVerbs.constEnd() &&
            (verb.value().isEmpty() || (k + 2 < n && t[k + 2].lower == verb.value())))
            return true;
    }
    // "delayed the fab to 2030 from 2027", "cut its target to 2029 from 2027": the date a verb of
    // the clause moved the plan from
    static const WordSet &moves = englishWords("move-from-verb");
    // (and to a new date: "cut fares from next month" is when a change starts)
    if (w(first - 1, "from")) {
        bool to = false;
        for (int k = first - 2; k >= 0 && k >= first - 12 && !clauseBreak(k + 1); --k) {
            Period date; // (to a date: not "cut to 200 yen from June 1")
            to = to || (w(k, "to") && expr(k + 1, &date));
            if (t[k].isWord() && moves.contains(t[k].lower))
                return to;
        }
    }
    // "no longer expects to open the plant by 2026": a plan its clause says is not held (not "will
    // no longer be sold by 2035", a phase-out's limit: vocabulary held-plan-verb)
    static const WordSet &held = englishWords("held-plan-verb");
    for (int k = first - 2; k >= 1 && k >= first - 12 && !clauseBreak(k + 1); --k) {
        if (w(k - 1, "no") && w(k, "longer") && t[k + 1].isWord() && held.contains(t[k + 1].lower))
            return true;
    }
    static const WordSet &plans = englishWords("abandoned-plan-verb");
    static const WordSet &adverbs = englishWords("plan-adverb");
    int plan = -1;
    bool participle = false; // "the hearing, originally set for Dec. 15, was postponed"
    for (int k = first - 1; k >= 1 && k >= first - 25 && !t[k + 1].sentenceStart; --k) {
        // ("was first due to", "had originally planned to")
        const int aux = k >= 2 && t[k - 1].isWord() && adverbs.contains(t[k - 1].lower) ? k - 2 : k - 1;
        // ("was due to start in March", "was originally scheduled for March 20", "was due in March")
        const bool planned = w(k + 1, "to") || w(k + 1, "for") || w(k + 1, "in") || w(k + 1, "on");
        if (!planned || !t[k].isWord() || !plans.contains(t[k].lower))
            continue;
        if (w(aux, "had") || w(aux, "was") || w(aux, "were")) {
            plan = k;
            break;
        }
        // "had been due to open in May", "had been scheduled for March": a plan told in the past
        // perfect was given up, "but" or not, when the date is in its own clause (not in reported
        // speech, where the past perfect is only the report's tense: "said the vote had been
        // scheduled for")
        if (w(aux, "been") && w(aux - 1, "had")) {
            static const WordSet &reports = englishWords("report-verb");
            bool own = true;
            for (int j = k + 1; j < first && own; ++j)
                own = !clauseBreak(j);
            for (int j = aux - 2; j >= 0 && own && !t[j + 1].sentenceStart; --j)
                own = !(t[j].isWord() && reports.contains(t[j].lower));
            return own;
        }
        // (a participle that qualifies the event: "the meeting scheduled for Dec. 20", "The
        // walkout, due to start on Monday,", "The levy, originally set to lapse in June,")
        if (((k + 1 == first || k + 2 == first) && w(k + 1, "for")) ||
            (w(k + 1, "to") && first - k <= 5 && sy(aux, ','))) {
            plan = k;
            participle = true;
            break;
        }
    }
    if (plan < 0)
        return false;
    // given up ("but"), or called off in the clause's own verb, its first after the date
    // ("was postponed", "was called off"; not "was called by the prime minister", nor a verb
    // past a conjunction: "will go ahead, although a related hearing was postponed")
    // ("now": "had planned to launch in 2024, now says it will launch in 2026"; vocabulary plan-turn)
    static const WordMap<QString> &undone = englishValues("undo-verb");
    static const WordSet &conjunctions = englishWords("clause-conjunction");
    static const WordSet &turns = englishWords("plan-turn");
    for (int k = end; k < n && k < end + 25 && !t[k].sentenceStart; ++k) {
        if (t[k].isWord() && turns.contains(t[k].lower) && !participle)
            return true;
        if (t[k].isWord() && conjunctions.contains(t[k].lower))
            return false;
        if (!(w(k, "was") || w(k, "were") || w(k, "been")) || k + 1 >= n || !t[k + 1].isWord())
            continue;
        const auto verb = undone.constFind(t[k + 1].lower);
        // (an aside's plan is undone only by the verb right after it: not "said its earlier launch
        // was delayed"; and one extended is undone only when it is an end: "set to expire")
        const bool afterAside = !participle || k == end || (k >= 1 && sy(k - 1, ','));
        static const WordSet &ends = englishWords("extendable-end");
        const bool extendable = verb == undone.constEnd() || verb.key() != QLatin1String("extended") ||
                                !w(plan + 1, "to") || (plan + 2 < n && ends.contains(t[plan + 2].lower));
        if (verb != undone.constEnd() && afterAside && extendable &&
            (verb.value().isEmpty() || (k + 2 < n && t[k + 2].lower == verb.value())))
            return true;
        if (participle)
            return false; // the clause's verb is another
    }
    return false;
}

// "Nissan to close plant in March", "Bank of Japan to raise rates": a headline's infinitive
// right after its subject, a name, says what is to come
bool DateParser::headlineTo(int k) const
{
    static const WordSet &leads = englishWords("lead-word");
    static const WordSet &sentenceLeads = englishWords("sentence-lead");
    static const WordSet &notHeadlines = englishWords("not-headline-lead");
    // (a subject before it: "to" that opens the text has none)
    if (!w(k, "to") || k < 1 || k + 1 >= n || !t[k + 1].isWord() || t[k + 1].capitalized || t[k + 1].allCaps)
        return false;
    // (not "Speaking to reporters", "Due to heavy rain", "Thanks to demand": an opening phrase)
    if (t[k - 1].isWord() &&
        (notHeadlines.contains(t[k - 1].lower) || t[k - 1].lower.endsWith(QLatin1String("ing")) ||
         t[k - 1].lower.endsWith(QLatin1String("ed"))))
        return false;
    for (int j = k - 1; j >= 0 && j >= k - 4; --j) {
        const bool name = t[j].isWord() && (t[j].capitalized || t[j].allCaps);
        if (!name && !(j < k - 1 && (w(j, "of") || sy(j, '&'))))
            return false;
        if (t[j].sentenceStart)
            return name && !leads.contains(t[j].lower) && !sentenceLeads.contains(t[j].lower) &&
                   !monthNames().contains(t[j].lower) && !weekdayNames().contains(t[j].lower);
    }
    return false;
}

// "said tariffs would start on", "told reporters the plant would reopen in": "would" after a
// verb of saying, in the clause before token `first`
bool DateParser::reportedWould(int first) const
{
    static const WordSet &reports = englishWords("report-verb");
    for (int k = first - 1; k >= 0 && k >= first - 12 && !clauseBreak(k + 1); --k) {
        if (!w(k, "would"))
            continue;
        for (int j = k - 1; j >= 0 && j >= k - 4; --j) {
            if (t[j].isWord() && reports.contains(t[j].lower))
                return true;
        }
        return false;
    }
    return false;
}

// "the Fed cut rates", "the storm hit Britain": a verb at token k whose past is its base form,
// after a singular subject (the present would be "cuts")
Tense DateParser::sameFormTense(int k) const
{
    static const WordMap<QString> &sameForm = englishValues("past-as-base");
    const auto verb = sameForm.constFind(t[k].lower);
    if (verb == sameForm.constEnd())
        return Tense::Unknown;
    const bool record = w(k + 1, "record") || ((w(k + 1, "a") || w(k + 1, "an")) && w(k + 2, "record"));
    // ("set" only before a record: "set a record in December", not "is set for May 5")
    if (verb.value() == QLatin1String("record") && !record)
        return Tense::Unknown;
    static const WordSet &determiners = englishWords("determiner");
    // ("Prices hit a record", "Exports hit $50 billion": after a plural subject too, when a
    // figure or a record follows, which the present tells only as a habit; not a schedule's
    // present, "tariffs hit $200 billion of goods from June 1")
    bool scheduled = false;
    for (int j = k + 1; j < n && j <= k + 8 && !scheduled && !clauseBreak(j); ++j)
        scheduled = w(j, "from") || w(j, "starting") || w(j, "until") || w(j, "by");
    if (!scheduled && k > 0 && t[k - 1].isWord() && t[k - 1].lower.endsWith(QLatin1Char('s')) &&
        !t[k - 1].lower.endsWith(QLatin1String("ss")) &&
        (t[k - 1].sentenceStart ||
         (k > 1 && t[k - 2].isWord() && (determiners.contains(t[k - 2].lower) || t[k - 2].capitalized))) &&
        (record || num(k + 1) || (k + 2 < n && !t[k + 1].isWord() && num(k + 2)) ||
         ((w(k + 1, "a") || w(k + 1, "an")) && (w(k + 2, "high") || w(k + 2, "low")))))
        return Tense::Past;
    if (k > 0 && t[k - 1].isWord() && !t[k - 1].lower.endsWith(QLatin1Char('s'))) {
        const QString &before = t[k - 1].lower;
        // (not after a modal or "to": "will cut", "plans to hit")
        static const WordSet &baseLeads = englishWords("base-form-lead");
        if (baseLeads.contains(before))
            return Tense::Unknown;
        const bool pronoun =
            before == QLatin1String("he") || before == QLatin1String("she") || before == QLatin1String("it");
        // ("the storm hit", "the central bank cut": a determiner two or three words before; not
        // one right after a verb, whose object it opens: "signalled a further cut in September")
        static const WordSet &pastForms = englishWords("tense-past");
        static const WordSet &participleForms = englishWords("tense-past-participle");
        const auto subjectAt = [&](int d) {
            if (!t[d].isWord() || !determiners.contains(t[d].lower))
                return false;
            if (d < 1 || !t[d - 1].isWord() || t[d - 1].capitalized)
                return true;
            const QString &verb = t[d - 1].lower;
            return !(verb.endsWith(QLatin1String("ed")) || pastForms.contains(verb) ||
                     participleForms.contains(verb));
        };
        const bool noun = !determiners.contains(before) &&
                          ((k > 1 && subjectAt(k - 2)) ||
                           (k > 2 && t[k - 2].isWord() && !t[k - 2].capitalized && subjectAt(k - 3)));
        // ("Tesla cut prices": a name that opens the sentence, not "The cut")
        const bool name = t[k - 1].capitalized &&
                          (!t[k - 1].sentenceStart || (!determiners.contains(before) && k + 1 < n &&
                                                       (t[k + 1].isWord() || num(k + 1) || num(k + 2))));
        if (pronoun || noun || name)
            return Tense::Past;
    }
    return Tense::Unknown;
}

// "up from 1,000 francs in October", "compared with $4 in May": a word shortly before token
// `first` in its clause that makes the date the time a figure is compared with
bool DateParser::comparedBefore(int first) const
{
    static const WordMap<QString> &leads = englishValues("comparison-lead");
    bool figure = false; // (a figure between them, not a year: not "compared with targets in June")
    for (int k = first - 1; k >= 0 && k >= first - 8 && !clauseBreak(k + 1); --k) {
        figure =
            figure || (num(k) && !(t[k].lower.size() == 4 && (t[k].lower.startsWith(QLatin1String("19")) ||
                                                              t[k].lower.startsWith(QLatin1String("20")))));
        const auto lead = t[k].isWord() ? leads.constFind(t[k].lower) : leads.constEnd();
        if (figure && lead != leads.constEnd() &&
            (lead.value().isEmpty() ||
             (k > 0 && t[k - 1].isWord() && lead.value().split(QLatin1Char(' ')).contains(t[k - 1].lower))))
            return true;
    }
    return false;
}

// "Q4 revenue", "third-quarter profit", "will report July-September results": the results of
// the period [first, end) names, told after it ends; not a forecast ("expects Q4 revenue",
// "Q1 profit seen up 30%"), nor what a verb of the future says of the period ("Q4 revenue will
// rise") unless it reports it ("will report", "will post")
bool DateParser::resultsReported(int first, int end, Tense tense) const
{
    static const WordSet &results = englishWords("results-noun");
    static const WordSet &forecasts = englishWords("forecast-verb");
    static const WordSet &reports = englishWords("results-verb");
    if (end >= n || !t[end].isWord() || !results.contains(t[end].lower))
        return false;
    bool reported = false;
    for (int k = first - 1; k >= 0 && k >= first - 4; --k) {
        if (t[k].isWord() && forecasts.contains(t[k].lower))
            return false;
        reported = reported || (t[k].isWord() && reports.contains(t[k].lower));
    }
    if (end + 1 < n && t[end + 1].isWord() && forecasts.contains(t[end + 1].lower))
        return false;
    return tense != Tense::Future || reported;
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

// A lower-case past participle at k that opens an aside
bool DateParser::pastParticiple(int k) const
{
    static const WordSet &futureVerbs = englishWords("tense-future-verb");
    static const WordSet &participles = englishWords("tense-past-participle");
    if (!t[k].isWord() || t[k].capitalized || futureVerbs.contains(t[k].lower))
        return false;
    const QString &s = t[k].lower;
    const bool form = participles.contains(s) ||
                      (s.size() > 4 && s.endsWith(QLatin1String("ed")) && !s.endsWith(QLatin1String("eed")));
    // only at the head of an aside, past its adverbs: "The senator, elected in November,
    // will ...", "the plant, largely rebuilt in 2019," (not "to have both hubs fully staffed
    // within 18 months", "with the first park delivered in the fourth quarter")
    int j = k - 1;
    while (j > 0 && j >= k - 3 && t[j].isWord() && t[j].lower.endsWith(QLatin1String("ly")))
        --j;
    return form && sy(j, ',');
}

// "set a strike deadline of Friday", "the deadline is June 30", "has set a Monday deadline": a
// date a limit noun names, set as a limit (not one missed or passed)
bool DateParser::limitAsSet(int first, int end) const
{
    static const WordSet &limitNouns = englishWords("limit-noun");
    const auto limitNoun = [&](int k) {
        return k >= 0 && k < n && t[k].isWord() && limitNouns.contains(t[k].lower);
    };
    // (not one missed or passed: "missed a deadline of Monday", "the deadline of Monday passed")
    if (limitNoun(first - 1) || ((w(first - 1, "of") || w(first - 1, "is")) && limitNoun(first - 2)) ||
        limitNoun(end)) {
        // (within the limit's own clause: "said the deadline is Friday" is still ahead; and a limit
        // set in the present or its perfect, "has set a Monday deadline", "sets"; a simple past tells
        // nothing, and "had set" is gone by)
        static const WordSet &copulas = englishWords("present-copula");
        static const WordSet &setters = englishWords("limit-set-verb");
        bool past = false;
        for (int k = first - 1; k >= 0 && k >= first - 8 && !past && !clauseBreak(k + 1); --k) {
            const bool perfect = w(k - 1, "has") || w(k - 1, "have") || w(k - 2, "has") || w(k - 2, "have");
            const bool setter = t[k].isWord() && setters.contains(t[k].lower) &&
                                (perfect || t[k].lower.endsWith(QLatin1Char('s')));
            if (t[k].isWord() && (copulas.contains(t[k].lower) || setter))
                break;
            if (t[k].isWord() && setters.contains(t[k].lower))
                continue; // (a simple past tells nothing: "set a deadline of Monday"; "had set" is past)
            past = markerAt(k) == Tense::Past;
        }
        // (and after it, past a comma that opens "which" or "that": "…, which passed without a deal";
        // or a word of time gone by: "issued a Monday deadline last week")
        static const WordSet &pastAdverbs = englishWords("past-adverb");
        for (int k = end; k < n && k < end + 5 && !past; ++k) {
            if (clauseBreak(k) && !(sy(k, ',') && (w(k + 1, "which") || w(k + 1, "that"))))
                break;
            past = markerAt(k) == Tense::Past || (t[k].isWord() && pastAdverbs.contains(t[k].lower));
        }
        return !past;
    }
    return false;
}

} // namespace Gleaner::Dates
