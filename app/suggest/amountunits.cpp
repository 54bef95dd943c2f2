// The nouns after a number: what an amount counts ("3,000 GPUs", "5 gigawatts"),
// and the words before it (qualifiers, names such as "Android 14", a frame rate after "at").
#include "suggest/amountrecognizer.h"
#include "suggest/amountwords.h"
#include "suggest/numberparser.h"
#include "suggest/places.h"

#include <algorithm>

namespace Gleaner {

using namespace AmountWords;

// A name glued to the number: "Llama 3", "Android 14", "RTX 4090".
bool AmountRecognizer::nameBefore(int i) const
{
    if (i <= 0)
        return false;
    const Token &prev = m_tokens[i - 1];
    // "the Sept. 9 vote", "the No. 3 seed", "Vol. 2": an abbreviation and its dot before the number
    // (vocabulary number-abbreviation; not "in Gaza. 12 relatives", a sentence's end)
    static const WordSet &abbreviations = setOf("number-abbreviation");
    if (sym(i - 1, '.') && !prev.spaceBefore && m_tokens[i].spaceBefore && i >= 2 &&
        m_tokens[i - 2].isWord() && m_tokens[i - 2].capitalized &&
        abbreviations.contains(m_tokens[i - 2].lower))
        return true;
    if (!prev.isWord() || !m_tokens[i].spaceBefore)
        return false;
    if (leadWords().contains(prev.lower))
        return false;
    // "level 3 water restrictions", "phase 2 trials": a word that numbers a stage
    static const WordSet &stages = setOf("stage-word");
    if (stages.contains(prev.lower))
        return true;
    // a sentence's first word is a name when no function word ("After 300 days") is
    static const WordSet &sentenceLeads = setOf("sentence-lead");
    if (prev.sentenceStart &&
        (sentenceLeads.contains(prev.lower) || prev.lower.endsWith(QLatin1String("ly"))))
        return false; // (nor an adverb: "Fully 300 workers", "Initially 300 workers")
    // "Friday 300 protesters gathered": a weekday, then a figure that is no day of a month
    static const WordMap<int> &weekdays = Vocabulary::english().numbers(QStringLiteral("weekday"));
    if (weekdays.contains(prev.lower) && (m_tokens[i].lower.size() > 2 || sym(i + 1, ',')))
        return false;
    // "Android 14", "iOS 17.5", "RTX 4090": any upper-case letter marks a name.
    return QStringView(m_text).mid(prev.start, prev.length()) != prev.lower;
}

QString AmountRecognizer::qualifierBefore(int i) const
{
    // Longest first: three, two, one word(s).
    for (int len = 3; len >= 1; --len) {
        if (i - len < 0)
            continue;
        QString phrase;
        bool ok = true;
        for (int k = i - len; k < i; ++k) {
            if (!m_tokens[k].isWord()) {
                ok = false;
                break;
            }
            if (!phrase.isEmpty())
                phrase += QLatin1Char(' ');
            phrase += m_tokens[k].lower;
        }
        if (!ok)
            continue;
        auto it = qualifiers().constFind(phrase);
        if (it == qualifiers().constEnd())
            continue;
        if (it.value() == QLatin1String("none"))
            return {};
        return it.value().isEmpty() ? phrase : it.value();
    }
    return {};
}

// A number at i that starts a model's name or its years, or a measure of each counted thing:
// "787-9", "2024-2026", "737 MAX", "60-kg".
bool AmountRecognizer::modelNumberFirst(int i) const
{
    const int n = int(m_tokens.size());
    if (i + 1 >= n || !m_tokens[i].isNumber() || !m_tokens[i].spaceBefore)
        return false;
    const bool dashed = sym(i + 1, '-') && !m_tokens[i + 1].spaceBefore && i + 2 < n &&
                        !m_tokens[i + 2].spaceBefore && m_tokens[i + 2].isNumber();
    const bool named = m_tokens[i + 1].isWord() && m_tokens[i + 1].spaceBefore && m_tokens[i + 1].allCaps;
    // (or a measure of each: "3.1 million 60-kg bags", "40 million 60-kilogram bags")
    const bool measured = sym(i + 1, '-') && !m_tokens[i + 1].spaceBefore && i + 3 < n &&
                          m_tokens[i + 2].isWord() && !m_tokens[i + 2].spaceBefore &&
                          unitWords().contains(m_tokens[i + 2].lower) && m_tokens[i + 3].isWord() &&
                          m_tokens[i + 3].spaceBefore;
    return dashed || named || measured;
}

// "About 2,000 of the company's 15,000 employees", "300 of its 1,200 stores": a part counts
// what its whole does; the whole opens with a determiner or an owner (vocabulary
// whole-lead, or a name with 's) and its count comes before any punctuation
bool AmountRecognizer::partOfWhole(int i, QString *unit, int *next) const
{
    const int n = int(m_tokens.size());
    static const WordSet &leads = setOf("whole-lead");
    if (!word(i, "of") || i + 1 >= n || !m_tokens[i + 1].isWord())
        return false;
    const bool owner = m_tokens[i + 1].capitalized && i + 3 < n && (sym(i + 2, '\'') || sym(i + 2, 0x2019)) &&
                       word(i + 3, "s");
    if (!leads.contains(m_tokens[i + 1].lower) && !owner)
        return false;
    for (int k = i + 2; k < n && k <= i + 6; ++k) {
        if (m_tokens[k].isSymbol() && !sym(k, '\'') && !sym(k, 0x2019))
            return false; // ("20 of them, including 3 minors")
        if (!m_tokens[k].isNumber())
            continue;
        NumberParser numbers(m_tokens);
        NumberParser::Number whole;
        int after = 0;
        if (!numbers.number(k, &whole) || !quantityUnit(whole.next, unit, &after))
            return false;
        *next = i; // the span is the part's own number
        return true;
    }
    return false;
}

// The counted noun after a number: a known unit, or the last plural noun of a
// short run of words ("AI professorships", "additional GPUs").
bool AmountRecognizer::quantityUnit(int i, QString *unit, int *next) const
{
    const int n = int(m_tokens.size());
    if (i >= n)
        return false;
    // Hyphenated adjective: "5-gigawatt", "1,000-qubit".
    if (sym(i, '-') && !m_tokens[i].spaceBefore && i + 1 < n && m_tokens[i + 1].isWord() &&
        !m_tokens[i + 1].spaceBefore) {
        if (areaOrVolume(i + 1, unit, next))
            return true; // "a 174,000-cubic-metre tanker"
        auto it = unitWords().constFind(m_tokens[i + 1].lower);
        // "a 620-room tower", "a 500-bed hospital": a noun counted in the one the count describes
        static const WordSet &hyphenCounts = setOf("hyphen-count");
        if (it == unitWords().constEnd() && hyphenCounts.contains(m_tokens[i + 1].lower) && i + 2 < n &&
            m_tokens[i + 2].isWord() && m_tokens[i + 2].spaceBefore &&
            !stopWords().contains(m_tokens[i + 2].lower)) {
            *unit = m_tokens[i + 1].lower;
            *next = i + 2;
            return true;
        }
        if (it == unitWords().constEnd()) {
            // "a 20,000-GPU cluster", "a 64-GPU server": an acronym counted, before the noun it
            // describes; not after a model number ("a 737-MAX jet")
            const Token &a = m_tokens[i + 1];
            const bool small = i >= 1 && m_tokens[i - 1].isNumber() && m_tokens[i - 1].length() <= 2;
            const bool grouped =
                i >= 3 && m_tokens[i - 1].isNumber() && sym(i - 2, ',') && !m_tokens[i - 1].spaceBefore;
            if (!(small || grouped) || !a.allCaps || a.length() < 2 || a.length() > 4 || i + 2 >= n ||
                !m_tokens[i + 2].isWord() || !m_tokens[i + 2].spaceBefore ||
                stopWords().contains(m_tokens[i + 2].lower))
                return false;
            *unit = a.lower;
            *next = i + 2;
            return true;
        }
        // "a 1,000-qubit system" but not "2-nanometer" (process nodes are names).
        *unit = it.value();
        *next = i + 2;
        energyHours(i + 1, unit, next);
        return true;
    }
    // (a model's number or years may come first: "15 787-9 jets", "720,000 2024-2026 Sierra pickups")
    if (!m_tokens[i].isWord() && !modelNumberFirst(i))
        return false;
    // "1,000 more towns", "500 fewer jobs": a comparative between the number and its noun
    // (one: "more more towns" is no count)
    if (m_tokens[i].spaceBefore && countComparatives().contains(m_tokens[i].lower) && i + 1 < n &&
        m_tokens[i + 1].isWord() && m_tokens[i + 1].spaceBefore &&
        !stopWords().contains(m_tokens[i + 1].lower) && !countComparatives().contains(m_tokens[i + 1].lower))
        return quantityUnit(i + 1, unit, next);
    // Letters glued to the number ("5G", "1990s", "3rd"): not a quantity.
    if (!m_tokens[i].spaceBefore) {
        const QString &w = m_tokens[i].lower;
        if (gluedUnits().contains(w)) { // "5GW", "300km"
            // (a size that describes a thing is no amount: "a 38mm watch", "(GPS, 44mm)"; but "80mm
            // of rain" is; vocabulary size-unit)
            static const WordSet &sizes = setOf("size-unit");
            if (sizes.contains(w) && i + 1 < n &&
                (sym(i + 1, ')') ||
                 (m_tokens[i + 1].isWord() && !stopWords().contains(m_tokens[i + 1].lower))))
                return false;
            *unit = unitWords().value(w);
            *next = i + 1;
            return true;
        }
        return false;
    }
    if (areaOrVolume(i, unit, next))
        return true; // "300,000 cubic metres", "2 million square feet"
    {
        const Token &t = m_tokens[i];
        auto it = unitWords().constFind(t.lower);
        if (it != unitWords().constEnd()) {
            const bool abbreviation = t.lower.size() <= 3;
            const bool hasUpper = QStringView(m_text).mid(t.start, t.length()) != t.lower;
            // "3 GW", "10,000 km": an abbreviation in capitals, or one of a measure; not a
            // rate ("50 km/h")
            // ("50 km/h"; but "600 MW/2,400 MWh" is two measures)
            const bool rate = i + 1 < n && sym(i + 1, '/') && !m_tokens[i + 1].spaceBefore && !powerPair(i);
            // "the 800 MHz band", "a 2.4 GHz processor": a frequency names a thing, unless it is
            // an amount of something ("80 MHz of spectrum")
            if (measureNames().contains(t.lower) && !word(i + 1, "of"))
                return false;
            // (an acronym before the plural noun it describes: "24.2 lakh TB cases"; the noun is
            // counted below)
            static const WordMap<QString> &acronyms = mapOf("acronym-not-unit");
            const bool modifier = i + 1 < n && m_tokens[i + 1].isWord() && m_tokens[i + 1].spaceBefore &&
                                  acronyms.value(t.lower)
                                      .split(QLatin1Char(' '), Qt::SkipEmptyParts)
                                      .contains(m_tokens[i + 1].lower);
            // (not a model's name: "150 A321neo jets")
            const bool model = i + 1 < n && !m_tokens[i + 1].spaceBefore && m_tokens[i + 1].isNumber();
            if (!rate && !model && !modifier &&
                ((abbreviation && hasUpper) || measurementUnits().contains(t.lower))) {
                *unit = it.value();
                *next = i + 1;
                energyHours(i, unit, next);
                return true;
            }
        }
    }
    // "48 hour holds", "a 10 year plan": the number describes the noun after it.
    if (attributiveUnits().contains(m_tokens[i].lower) && i + 1 < n && m_tokens[i + 1].isWord() &&
        m_tokens[i + 1].spaceBefore && !stopWords().contains(m_tokens[i + 1].lower))
        return false;
    // "22 times earnings", "a 10-fold rise": a multiple, no count
    static const WordSet &multiples = setOf("multiple-word");
    if (multiples.contains(m_tokens[i].lower))
        return false;
    // A short run of noun-like words; the head is its last plural word.
    int head = -1;
    int k = i;
    int words = 0;
    while (k < n && words < 3) {
        const Token &t = m_tokens[k];
        // a model's number or years right after the count ("15 787-9 jets", "720,000 2024-2026
        // Sierra pickups"), or after its name ("65 Boeing 777-9 jets", "3 million iPhone 16
        // units"): no word of the run
        const bool afterName = t.isNumber() && words > 0 && t.spaceBefore && m_tokens[k - 1].isWord() &&
                               std::any_of(m_text.begin() + m_tokens[k - 1].start,
                                           m_text.begin() + m_tokens[k - 1].start + m_tokens[k - 1].length(),
                                           [](QChar c) { return c.isUpper(); });
        if ((words == 0 && modelNumberFirst(k)) || afterName) {
            ++k;
            while (k < n && !m_tokens[k].spaceBefore)
                ++k;
            continue;
        }
        if (!t.isWord() || (words > 0 && !t.spaceBefore))
            break;
        // "1,000 U.S. troops", "300 U.K. branches": letters with dots are one word of the run
        const int dotted = dottedLetters(k);
        // (not a currency: "500 million U.K. pounds" is money or nothing)
        if (dotted >= k + 4 && dotted < n && m_tokens[dotted].isWord() && m_tokens[dotted].spaceBefore &&
            !currencyWords().contains(m_tokens[dotted].lower)) {
            ++words;
            k = dotted;
            continue;
        }
        // "100 mountain and island communities": two words of kind joined before the head
        if (head < 0 && words == 1 && (t.lower == QLatin1String("and") || t.lower == QLatin1String("or")) &&
            k + 2 < n && m_tokens[k + 1].isWord() && m_tokens[k + 2].isWord() &&
            m_tokens[k + 2].spaceBefore && !stopWords().contains(m_tokens[k + 1].lower) &&
            looksPlural(m_tokens[k + 2].lower) && !looksPlural(m_tokens[k + 1].lower) &&
            !m_tokens[k - 1].lower.endsWith(QLatin1Char('s'))) {
            ++k;
            continue;
        }
        // (a letter glued to a number is a model's name, not the article: "A321neo")
        if (stopWords().contains(t.lower) &&
            !(k + 1 < n && !m_tokens[k + 1].spaceBefore && m_tokens[k + 1].isNumber()))
            break;
        // Extend over glued pieces: "high-paying", "H100", "AI-ready".
        int e = k + 1;
        while (e < n && !m_tokens[e].spaceBefore &&
               (m_tokens[e].isNumber() || (m_tokens[e].isWord()) ||
                ((m_tokens[e].lower == QLatin1String("-")) && e + 1 < n && !m_tokens[e + 1].spaceBefore &&
                 (m_tokens[e + 1].isWord() || m_tokens[e + 1].isNumber()))))
            ++e;
        const bool simple = e == k + 1;
        // "150 sheriff's deputies", "60 nurses' stations": a noun that owns the head is no head
        if (simple && e + 1 < n && (sym(e, '\'') || sym(e, 0x2019)) && !m_tokens[e].spaceBefore) {
            const int owned = m_tokens[e + 1].lower == QLatin1String("s") && !m_tokens[e + 1].spaceBefore
                                  ? e + 2
                              : t.lower.endsWith(QLatin1Char('s')) ? e + 1
                                                                   : -1;
            if (owned > 0 && owned < n && m_tokens[owned].isWord() && m_tokens[owned].spaceBefore &&
                !stopWords().contains(m_tokens[owned].lower)) {
                ++words;
                k = owned;
                continue;
            }
        }
        // "GPUs", "CPUs": an acronym with a plural s
        const QStringView raw = QStringView(m_text).mid(t.start, t.length());
        const bool acronymPlural =
            raw.size() >= 3 && raw.endsWith(QLatin1Char('s')) &&
            std::none_of(raw.begin(), raw.end() - 1, [](QChar c) { return c.isLower(); });
        // "charging points": a compound counted whole, though "points" alone is not
        const bool compoundPlural =
            k > i && m_tokens[k - 1].isWord() && t.lower.endsWith(QLatin1Char('s')) &&
            countedCompounds().contains(m_tokens[k - 1].lower + QLatin1Char(' ') + singular(t.lower));
        // "strike days": a time noun right after the one word that may say its kind
        const bool timeOfKind =
            k == i + 1 && t.lower.endsWith(QLatin1Char('s')) && countableTimes().contains(singular(t.lower));
        // (a present verb after the head is no head: "760,000 enumerators starts next month")
        static const WordSet &presentVerbs = setOf("tense-present-sure");
        if (head >= 0 && simple && presentVerbs.contains(t.lower))
            break;
        // (nor a word in -s after the head that a sum or a figure follows: "all 75 home games costs
        // $690", a verb)
        if (head >= 0 && simple && k + 1 < n &&
            (m_tokens[k + 1].isNumber() || symbols().contains(m_tokens[k + 1].lower)))
            break;
        // (a duration or a rate ends the run: "within 30 minutes face fines" counts no fines)
        if (simple && !compoundPlural && !timeOfKind && t.lower.endsWith(QLatin1Char('s')) &&
            notCounted().contains(t.lower) && notCounted().contains(singular(t.lower)))
            break;
        if (simple && (looksPlural(t.lower) || acronymPlural || compoundPlural || timeOfKind)) {
            head = k;
        } else if (!simple && e - 1 > k && m_tokens[e - 1].isWord() && looksPlural(m_tokens[e - 1].lower) &&
                   m_tokens[e - 2].lower == QLatin1String("-")) {
            head = e - 1; // "AI-chips": head is the last piece
        }
        ++words;
        k = e;
        if (head >= 0 && head == k - 1 && k < n && m_tokens[k].isWord() &&
            !stopWords().contains(m_tokens[k].lower) && !looksPlural(m_tokens[k].lower))
            break; // "workers said": stop after the plural head
    }
    if (head < 0)
        return false;
    const QString &h = m_tokens[head].lower;
    QString u = singular(h);
    if (kindOfTime(i, head, u)) {
        *unit = u; // "14 strike days"
        *next = head + 1;
        return true;
    }
    // Compound nouns counted whole: "data centers", "charging points" (not "percentage points")
    const bool compound = head > i && m_tokens[head - 1].isWord() && m_tokens[head].spaceBefore &&
                          countedCompounds().contains(m_tokens[head - 1].lower + QLatin1Char(' ') + u);
    if (!compound && (notCounted().contains(h) || notCounted().contains(u)))
        return false;
    if (compound)
        u = m_tokens[head - 1].lower + QLatin1Char(' ') + u;
    // "start-ups", "spin-offs": the particle's noun is the whole word
    if (head >= 2 && m_tokens[head - 1].lower == QLatin1String("-") && !m_tokens[head].spaceBefore &&
        !m_tokens[head - 1].spaceBefore && m_tokens[head - 2].isWord() && nounParticles().contains(u))
        u = m_tokens[head - 2].lower + QLatin1Char('-') + u;
    // "two-wheelers", "three-wheelers": a number word before the hyphen is part of the noun
    static const WordSet numberWords = [] {
        WordSet r;
        for (const QString &word : NumberParser::numberWords())
            r.insert(word);
        return r;
    }();
    if (head >= 2 && m_tokens[head - 1].lower == QLatin1String("-") && !m_tokens[head].spaceBefore &&
        !m_tokens[head - 1].spaceBefore && m_tokens[head - 2].isWord() &&
        numberWords.contains(m_tokens[head - 2].lower))
        u = m_tokens[head - 2].lower + QLatin1Char('-') + u;
    *unit = u;
    *next = head + 1;
    return true;
}

// "600 MW/2,400 MWh": a power unit at token i, a slash and the number of the energy it stores
// (not a rate: "15 kWh/100 km").
bool AmountRecognizer::unitNamesNoAmount(const QString &unit, int next) const
{
    // (a word of contest after a length; an event's own word counted: contest-noun "event"; a
    // unit and the word after it that make a grade: unit-grade)
    static const WordMap<QString> &contests = mapOf("contest-noun");
    static const WordSet &grades = setOf("unit-grade");
    const int n = int(m_tokens.size());
    const QString after = next < n ? m_tokens[next].lower : QString();
    return (lengthUnits().contains(unit) && contests.contains(after)) ||
           contests.value(m_tokens[next - 1].lower) == QLatin1String("event") ||
           (!after.isEmpty() && grades.contains(unit + QLatin1Char(' ') + after));
}

bool AmountRecognizer::powerPair(int i) const
{
    return i >= 0 && i + 2 < int(m_tokens.size()) && sym(i + 1, '/') && m_tokens[i + 2].isNumber() &&
           energyUnits().contains(unitWords().value(m_tokens[i].lower));
}

// "cubic metres", "square-foot": a prefix and a unit of length at token i, spaced or hyphenated.
bool AmountRecognizer::areaOrVolume(int i, QString *unit, int *next) const
{
    if (i + 1 >= int(m_tokens.size()) || !m_tokens[i].isWord())
        return false;
    const auto prefix = measurePrefixes().constFind(m_tokens[i].lower);
    if (prefix == measurePrefixes().constEnd())
        return false;
    int k = i + 1;
    if (sym(k, '-') && !m_tokens[k].spaceBefore)
        ++k;
    if (k >= int(m_tokens.size()) || !m_tokens[k].isWord())
        return false;
    // "square metres", "sq ft": an abbreviation is stored as the words it stands for
    auto length = lengthUnits().constFind(m_tokens[k].lower);
    if (length == lengthUnits().constEnd())
        length = lengthUnits().constFind(singular(m_tokens[k].lower));
    if (length == lengthUnits().constEnd())
        return false;
    const QString prefixWord = prefix.value().isEmpty() ? m_tokens[i].lower : prefix.value();
    const QString lengthWord = length.value().isEmpty() ? singular(m_tokens[k].lower) : length.value();
    *unit = prefixWord + QLatin1Char(' ') + lengthWord;
    *next = k + 1;
    return true;
}

// A time noun at `head` counted because the one noun between it and the number at `first`
// says what kind of time it is ("14 strike days"), not how it runs ("30 working days").
bool AmountRecognizer::kindOfTime(int first, int head, const QString &unit) const
{
    if (head != first + 1 || !countableTimes().contains(unit))
        return false;
    const Token &kind = m_tokens[first];
    return kind.isWord() && kind.spaceBefore && m_tokens[head].spaceBefore &&
           timeKinds().contains(kind.lower);
}

// "gigawatt-hours", "terawatt hours": a power unit at token `power` followed by
// hours is the energy unit. Moves *next past "hours" and sets *unit when so.
void AmountRecognizer::energyHours(int power, QString *unit, int *next) const
{
    const int n = int(m_tokens.size());
    QString base = m_tokens[power].lower;
    if (base.endsWith(QLatin1Char('s')))
        base.chop(1);
    const QString energy = energyUnits().value(base);
    if (energy.isEmpty())
        return;
    int k = power + 1;
    if (sym(k, '-') && !m_tokens[k].spaceBefore)
        ++k;
    if (k < n && (word(k, "hours") || word(k, "hour"))) {
        *unit = energy;
        *next = k + 1;
    }
}

// "hire 5,000 — mostly engineers —": the counted noun after a dash and a hedge.
bool AmountRecognizer::nounAfterDash(int i, QString *unit, int *next) const
{
    if (!(sym(i, 0x2014) || sym(i, 0x2013)))
        return false;
    int k = i + 1;
    for (int hedges = 0; hedges < 3 && k < int(m_tokens.size()) && m_tokens[k].isWord() &&
                         dashHedges().contains(m_tokens[k].lower);
         ++hedges)
        ++k;
    return k > i + 1 && quantityUnit(k, unit, next);
}

int AmountRecognizer::dottedLetters(int i) const
{
    return dottedLettersEnd(m_tokens, i);
}

// "records 4K at 60p", "8K video at 30p": a frame rate at number token i, after "at" and a word of
// video in its sentence (vocabulary frame-rate, video-word; not "shares in the video game maker
// fell to 50p")
bool AmountRecognizer::frameRate(int i) const
{
    static const WordSet &rates = setOf("frame-rate");
    static const WordSet &videoWords = setOf("video-word");
    if (!rates.contains(m_tokens[i].lower) || !word(i - 1, "at"))
        return false;
    for (int k = i - 1; k >= 0 && k >= i - 8 && !m_tokens[k + 1].sentenceStart; --k) {
        const Token &t = m_tokens[k];
        if (t.isWord() &&
            (videoWords.contains(t.lower) || (k > 0 && !t.spaceBefore && m_tokens[k - 1].isNumber() &&
                                              videoWords.contains(m_tokens[k - 1].lower + t.lower))))
            return true;
    }
    return false;
}

} // namespace Gleaner
