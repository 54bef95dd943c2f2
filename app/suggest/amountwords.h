#pragma once

#include "suggest/vocabulary.h"
#include "util/unitnames.h"

#include <QString>

// The English words of the amount recognizer (amountrecognizer.cpp and
// amountunits.cpp), read from resources/data/en-vocabulary.tsv.
namespace Gleaner::AmountWords {

// The words of the amounts, from resources/data/en-vocabulary.tsv.
inline const WordMap<QString> &mapOf(const char *kind)
{
    return Vocabulary::english().values(QString::fromLatin1(kind));
}
inline const WordSet &setOf(const char *kind)
{
    return Vocabulary::english().set(QString::fromLatin1(kind));
}
inline const WordMap<QString> &symbols()
{
    static const WordMap<QString> &h = mapOf("currency-symbol");
    return h;
}
// Letters in front of "$": "US$", "HK$", "C$" ...
inline const WordMap<QString> &dollarPrefixes()
{
    static const WordMap<QString> &h = mapOf("dollar-prefix");
    return h;
}
// Currency codes written differently in news.
inline const WordMap<QString> &codeAliases()
{
    static const WordMap<QString> &h = mapOf("currency-alias");
    return h;
}
// Currency nouns after a number ("10 billion dollars").
inline const WordMap<QString> &currencyWords()
{
    static const WordMap<QString> &h = mapOf("currency-noun");
    return h;
}
// "<adjective> <currency noun>" that changes the code.
inline const WordMap<QString> &qualifiedCurrencies()
{
    static const WordMap<QString> &h = mapOf("currency-qualified");
    return h;
}
// Unit words after a number or a hyphen ("1.2 GW", "5-gigawatt", "a 1,000-qubit system").
inline const WordMap<QString> &unitWords()
{
    static const WordMap<QString> &h = mapOf("unit-word");
    return h;
}
// Singular units that count without a plural ("1.2 gigawatt of capacity").
inline const WordSet &measurementUnits()
{
    static const WordSet &s = setOf("measure");
    return s;
}
// Words that end a noun phrase after a number.
inline const WordSet &stopWords()
{
    static const WordSet &s = setOf("phrase-end");
    return s;
}
// Plural-looking nouns that are durations, rates or percentages, not counted things.
inline const WordSet &notCounted()
{
    static const WordSet &s = setOf("not-counted");
    return s;
}
// The particles of nouns made of a verb and a particle ("start-ups", "spin-offs").
inline const WordSet &nounParticles()
{
    static const WordSet &s = setOf("noun-particle");
    return s;
}
// Function words that may start a sentence or precede a number without naming it.
inline const WordSet &leadWords()
{
    static const WordSet &s = setOf("lead-word");
    return s;
}
// The qualifier stored for each phrase: empty for the phrase itself, "none" for none.
inline const WordMap<QString> &qualifiers()
{
    static const WordMap<QString> &h = mapOf("qualifier");
    return h;
}

// One capital letter glued before a number with a scale: "N500m" (naira), "R2bn" (rand).
inline const WordMap<QString> &letterCurrencies()
{
    static const WordMap<QString> &h = mapOf("currency-letter");
    return h;
}
// Currency nouns that are also weights, and the words that make them weights.
inline const WordSet &weightNouns()
{
    static const WordSet &s = setOf("weight-noun");
    return s;
}
inline const WordSet &weightCues()
{
    static const WordSet &s = setOf("weight-cue");
    return s;
}
inline const WordSet &moneyCues()
{
    static const WordSet &s = setOf("money-cue");
    return s;
}
inline const WordSet &moneyOf()
{
    static const WordSet &s = setOf("money-of");
    return s;
}
// Words before "$140 million to $165 million" that make it a range, not a change.
inline const WordSet &rangeLeads()
{
    static const WordSet &s = setOf("range-lead");
    return s;
}
// Verbs before "from X to Y" that make it a range, not a change: "ranges from €10,000 to
// €50,000" (but "rose from $2 to $3").
inline const WordSet &rangeVerbs()
{
    static const WordSet &s = setOf("range-verb");
    return s;
}
// Two-word nouns counted whole: "data centers", "charging points".
inline const WordSet &countedCompounds()
{
    static const WordSet &s = setOf("counted-compound");
    return s;
}
// "more", "fewer": between a number and the noun it counts.
inline const WordSet &countComparatives()
{
    static const WordSet &s = setOf("count-comparative");
    return s;
}
// Nouns that a money amount describes: "a 10-pound note", "a five-pound fine".
inline const WordSet &moneyNouns()
{
    static const WordSet &s = setOf("money-noun");
    return s;
}
// "gigawatt" + "hours": the energy unit stored.
inline const WordMap<QString> &energyUnits()
{
    static const WordMap<QString> &h = mapOf("energy-unit");
    return h;
}
// Numbers that name a service, not a count: "911 calls".
inline const WordSet &serviceNumbers()
{
    static const WordSet &s = setOf("service-number");
    return s;
}
inline const WordSet &serviceNouns()
{
    static const WordSet &s = setOf("service-noun");
    return s;
}
// Singular units that make a number an attribute: "48 hour holds", "a 10 year plan".
inline const WordSet &attributiveUnits()
{
    static const WordSet &s = setOf("attributive-unit");
    return s;
}

// Unit abbreviations that may be glued to the number ("5GW", "300km"); other letters glued
// to it make a name ("5G", "1990s").
inline const WordSet &gluedUnits()
{
    static const WordSet &s = setOf("glued-unit");
    return s;
}
// "square", "cubic": before a unit of length, the unit of an area or a volume.
// (their values: the word an abbreviation stands for, "sq" → "square", "ft" → "foot")
inline const WordMap<QString> &measurePrefixes()
{
    static const WordMap<QString> &h = mapOf("measure-prefix");
    return h;
}
inline const WordMap<QString> &lengthUnits()
{
    static const WordMap<QString> &h = mapOf("length-unit");
    return h;
}
// Nouns after a measure that make it a name: "the 800 MHz band".
inline const WordSet &measureNames()
{
    static const WordSet &s = setOf("measure-name");
    return s;
}
// Time nouns counted when a noun says what kind they are: "14 strike days", "2 million guest
// nights"; the words that say so (others keep them a span: "30 working days").
inline const WordSet &countableTimes()
{
    static const WordSet &s = setOf("countable-time");
    return s;
}
inline const WordSet &timeKinds()
{
    static const WordSet &s = setOf("time-kind");
    return s;
}

// "mostly", "mainly": words between a dash and the noun a number counts.
inline const WordSet &dashHedges()
{
    static const WordSet &s = setOf("dash-hedge");
    return s;
}

inline QString singular(const QString &w)
{
    if (const QString stored = UnitNames::storedForPlural(w); !stored.isEmpty())
        return stored;
    if (w.size() > 4 && w.endsWith(QLatin1String("ies")))
        return w.left(w.size() - 3) + QLatin1Char('y');
    if (w.size() > 4 && (w.endsWith(QLatin1String("ches")) || w.endsWith(QLatin1String("shes")) ||
                         w.endsWith(QLatin1String("xes")) || w.endsWith(QLatin1String("sses")) ||
                         w.endsWith(QLatin1String("zes"))))
        return w.left(w.size() - 2);
    if (w.size() > 2 && w.endsWith(QLatin1Char('s')) && !w.endsWith(QLatin1String("ss")))
        return w.left(w.size() - 1);
    return w;
}

inline bool looksPlural(const QString &w)
{
    if (!UnitNames::storedForPlural(w).isEmpty())
        return true;
    if (w.size() < 3 || !w.endsWith(QLatin1Char('s')))
        return false;
    if (w.endsWith(QLatin1String("ss")) || w.endsWith(QLatin1String("us")) || w.endsWith(QLatin1String("is")))
        return false;
    return !notCounted().contains(w);
}

} // namespace Gleaner::AmountWords
