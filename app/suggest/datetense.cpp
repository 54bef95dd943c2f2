// The tense around a date expression: the marker a word gives ("was", "will", "ago"), the
// present verbs that govern a date, and the tense of a date's clause. What the tense then
// changes is in datefollowtense.cpp.
#include "suggest/dateparser.h"
#include "suggest/numberparser.h"

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
    // ("Chinese-made vehicles", "state-owned banks": a participle in a compound adjective)
    if (k > 1 && sy(k - 1, '-') && glued(k) && glued(k - 1) && t[k - 2].isWord() &&
        (s.endsWith(QLatin1String("ed")) || participles.contains(s)))
        return Tense::Unknown;
    // "Having missed its February deadline": a perfect participle tells of what is done
    if (s == QLatin1String("having") && k + 1 < n && t[k + 1].isWord() &&
        (t[k + 1].lower.endsWith(QLatin1String("ed")) || participles.contains(t[k + 1].lower)))
        return Tense::Past;
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
    // "the vote is expected in October", "talks are slated Monday": a schedule word after a
    // present copula, even in reported speech
    static const WordSet &schedules = englishWords("schedule-word");
    static const WordSet &copulas = englishWords("present-copula");
    // (and before the time it names: not "is planned at $2 billion")
    int named = 0;
    // (not "is set in March 1968", a story's setting)
    const bool timeNext = (w(k + 1, "in") && s != QLatin1String("set")) || w(k + 1, "on") || w(k + 1, "by") ||
                          w(k + 1, "until") || w(k + 1, "before") || weekdayAt(k + 1, &named) > 0 ||
                          monthAt(k + 1, &named) > 0;
    // (an adverb may stand between: "is now expected by September")
    static const WordSet &adverbs = englishWords("copula-adverb");
    const int copula = k > 1 && t[k - 1].isWord() && adverbs.contains(t[k - 1].lower) ? k - 2 : k - 1;
    if (futureVerbs.contains(s) && schedules.contains(s) && !cause && copula >= 0 && t[copula].isWord() &&
        copulas.contains(t[copula].lower) && timeNext)
        return Tense::Future;
    // "with the first payments due in January", "bonds due on March 1": a limit ahead (not "due in
    // part to", a cause; nor "missed a payment due in February", "were due in January", "a payment
    // due in February was postponed": the past verb of its clause keeps it gone by)
    // (the markers around it read broadly, but never another "due": two would ask each other)
    // ("earnings due Tuesday", "a report due March 3": the date right after it)
    int month = 0;
    int weekday = 0;
    if (s == QLatin1String("due") && (((w(k + 1, "in") || w(k + 1, "on") || w(k + 1, "by")) &&
                                       (monthAt(k + 2, &month) > 0 || num(k + 2))) ||
                                      weekdayAt(k + 1, &weekday) > 0 || monthAt(k + 1, &month) > 0)) {
        bool past = false;
        // (back to the clause's own present verb: "missed its April target and is now due by
        // September")
        for (int j = k - 1; j >= 0 && j >= k - 10 && !past && !clauseBreak(j + 1); --j) {
            // (nor past "ahead of": "rose ahead of earnings due Tuesday")
            if (t[j].isWord() && (copulas.contains(t[j].lower) || (w(j, "ahead") && w(j + 1, "of"))))
                break;
            past = !w(j, "due") && markerAt(j) == Tense::Past;
        }
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
        if (s.endsWith(QLatin1Char('s')) &&
            (w(k + 1, "a") || w(k + 1, "an") || w(k + 1, "the") || w(k + 1, "another")))
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
    // (in -eed only the pasts: "agreed", "freed"; not "proceed", "need")
    static const WordSet &eedPasts = englishWords("past-in-eed");
    const bool edForm = s.size() > 4 && s.endsWith(QLatin1String("ed")) &&
                        (!s.endsWith(QLatin1String("eed")) || eedPasts.contains(s)) &&
                        !futureVerbs.contains(s) && !t[k].capitalized;
    // "the ministry pledged to publish the report in June": a verb of commitment before its
    // infinitive sets an aim, ahead unless told of a past year ("In 2019 the mayor promised")
    static const WordSet &commitments = englishWords("commitment-verb");
    // (not "agreed to a deal in December": the infinitive's verb after "to", no determiner)
    static const WordSet &determinersAfterTo = englishWords("determiner");
    if (edForm && w(k + 1, "to") && commitments.contains(s) &&
        !(k + 2 < n && (!t[k + 2].isWord() || determinersAfterTo.contains(t[k + 2].lower))))
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
        // "the verdict is expected Thursday", "talks are set for": a copula and its schedule word
        if (schedules.contains(s) && k > 0 && t[k - 1].isWord() && copulas.contains(t[k - 1].lower))
            return k - 1;
        if (present.contains(s))
            return k > 0 && t[k - 1].isWord() && determiners.contains(t[k - 1].lower) ? -1 : k;
        // (a gerund after a verb of aspect or "for" is that verb's: "the money starts flowing in
        // February", "places open for booking on Feb. 3")
        static const WordSet &gerundLeads = englishWords("gerund-lead");
        if (s.size() > 4 && s.endsWith(QLatin1String("ing")) && k > 0 && t[k - 1].isWord() &&
            gerundLeads.contains(t[k - 1].lower))
            continue;
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
    // "said the tariffs take effect on", "said shipments start in": a verb of an event's
    // schedule in its base form after a plural noun (vocabulary event-verb-base: not a noun, as
    // "the jobs report on Friday"; not after a name: "Airlines Start")
    static const WordSet &eventVerbs = englishWords("event-verb-base");
    const QString &before = t[k - 1].lower;
    const auto pluralNoun = [&](int j) {
        const QString &noun = t[j].lower;
        return t[j].isWord() && (!t[j].capitalized || t[j].sentenceStart) && noun.size() > 3 &&
               noun.endsWith(QLatin1Char('s')) && !noun.endsWith(QLatin1String("ss")) &&
               !noun.endsWith(QLatin1String("us")) && !determiners.contains(noun);
    };
    // (the plural noun may have its complement: "applications for the fund close on Friday")
    int head = k - 1;
    for (int j = k - 2; j >= 1 && j >= k - 5 && t[j].isWord() && !pluralNoun(head); --j) {
        if (w(j, "for") || w(j, "of"))
            head = j - 1;
    }
    if (eventVerbs.contains(s) && !t[k].capitalized && !t[k - 1].capitalized && pluralNoun(head))
        return true;
    // "The team flies to Toronto on", "Parliament debates the bill on": a verb in -s after a
    // singular noun its determiner opens, or a name that opens the sentence, before its object
    // or adjunct (not "the state elections on Sunday", a noun before the date's own preposition)
    const bool sForm = !t[k].capitalized && t[k].spaceBefore && pluralNoun(k);
    // (nor a unit of time after its count: "in the four weeks to")
    Unit unit = Unit::Day;
    const bool singular =
        !before.endsWith(QLatin1Char('s')) && !determiners.contains(before) && unitAt(k, &unit) < 0 &&
        NumberParser::cardinalWord(before) < 0 &&
        ((!t[k - 1].capitalized && k > 1 && t[k - 2].isWord() && determiners.contains(t[k - 2].lower)) ||
         (t[k - 1].capitalized && t[k - 1].sentenceStart));
    int named = 0;
    // (its object: an article or a name, or "to" and a name; not "teams from three countries")
    const bool objectNext = k + 1 < n && t[k + 1].isWord() && weekdayAt(k + 1, &named) < 0 &&
                            monthAt(k + 1, &named) < 0 &&
                            (determiners.contains(t[k + 1].lower) || t[k + 1].capitalized ||
                             (w(k + 1, "to") && k + 2 < n && t[k + 2].isWord() && t[k + 2].capitalized));
    if (sForm && singular && objectNext)
        return true;
    if (!subjects.contains(before) && !w(k - 1, "that"))
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
    bool presentVerb = false;
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
            // (the count spelled too: "a five-year, $185 million deal in December")
            const bool count = num(k - 2) || (k >= 2 && t[k - 2].isWord() &&
                                              NumberParser::cardinalWord(t[k - 2].lower) >= 0);
            const bool modifiers = sy(k + 1, ',') && k >= 2 && t[k].isWord() && glued(k) && sy(k - 1, '-') &&
                                   glued(k - 1) && count && k + 2 < first &&
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
        // "workers voted to strike from Jan. 26": the start of what a past decision sets
        static const WordSet &decisions = englishWords("decision-verb");
        if ((w(first, "from") || w(first, "starting") || w(first - 1, "from") || w(first - 1, "starting")) &&
            aim && w(k + 1, "to") && t[k].isWord() && decisions.contains(t[k].lower))
            return commitmentTense(k);
        static const WordSet &promises = englishWords("promise-verb");
        if (ahead && t[k].isWord() &&
            ((aim && commitments.contains(t[k].lower)) || promises.contains(t[k].lower)))
            return commitmentTense(k);
        // "signalled another hike in July", "promised a further increase in September": one more
        // of a thing promised is still to come
        // (not in a relative clause: "the bank, which signalled another hike in March, held")
        if (t[k].isWord() && promises.contains(t[k].lower) && k + 2 < first &&
            !(w(k - 1, "which") || w(k - 1, "who") || w(k - 1, "that")) &&
            (w(k + 1, "another") || w(k + 1, "further") || (w(k + 1, "a") && w(k + 2, "further"))))
            return commitmentTense(k);
        // "the senator, elected in November,", "a plan unveiled on Monday": a participle right
        // before its date tells of a past event (not "scheduled for", "to be opened in"); so does
        // one with its agent between ("The bill, passed by the Senate on Friday, must")
        const bool agent = w(k + 1, "by") && k + 7 >= first && (w(first - 1, "in") || w(first - 1, "on"));
        if ((agent || (k >= first - 2 && (k == first - 1 || w(first - 1, "in") || w(first - 1, "on")))) &&
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
        // "the tour that stops at Blossom on July 22": a present verb; but a plan after the date
        // still tells ("policymakers end a meeting Wednesday and are expected to cut")
        if (presentAt(k)) {
            presentVerb = true;
            break;
        }
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
            return presentVerb && here != Tense::Future ? Tense::Unknown : here;
    }
    return Tense::Unknown;
}

} // namespace Gleaner::Dates
