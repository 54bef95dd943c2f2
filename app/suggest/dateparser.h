#pragma once

#include "suggest/dateatoms.h"
#include "suggest/dateperiod.h"
#include "suggest/numberparser.h"
#include "suggest/suggestion.h"
#include "suggest/token.h"
#include "suggest/vocabulary.h"

#include <QHash>
#include <QSet>
#include <QVector>

#include <optional>

// The English date grammar: one DateParser per text, one member per kind of
// expression, split over dateparts.cpp, datecalendar.cpp, daterelative.cpp,
// datespans.cpp, dateanchors.cpp, dateexpr.cpp and datetriggers.cpp. The words
// come from resources/data/en-vocabulary.tsv.
namespace Gleaner::Dates {

// A kind of the English vocabulary.
inline const WordSet &englishWords(const char *kind)
{
    return Vocabulary::english().set(QString::fromLatin1(kind));
}
inline const WordMap<int> &englishNumbers(const char *kind)
{
    return Vocabulary::english().numbers(QString::fromLatin1(kind));
}
inline const WordMap<QString> &englishValues(const char *kind)
{
    return Vocabulary::english().values(QString::fromLatin1(kind));
}
inline const WordMap<int> &monthNames()
{
    static const WordMap<int> &h = englishNumbers("month");
    return h;
}
inline const WordMap<int> &weekdayNames()
{
    static const WordMap<int> &h = englishNumbers("weekday");
    return h;
}
// Words that may stand before a bare year without making it part of a name.
inline const WordSet &yearLeads()
{
    static const WordSet &s = englishWords("year-lead");
    return s;
}
// The day of a holiday named `name` ("christmas eve") in year y; invalid if none.
QDate holiday(const QString &name, int y);

// Where the fiscal years of a country end: month 3 and year offset 1 in Japan (fiscal
// 2027 ends in March 2028); month 0 where no country is known.
struct FiscalEnd
{
    int month = 0;
    int yearOffset = 0;
};

class DateParser
{
public:
    DateParser(const QString &text, const QVector<Token> &tokens, const QDate &published)
        : m_text(text), t(tokens), n(int(tokens.size())), pub(published), numbers(tokens),
          atoms(text, tokens, pub)
    {}

    bool at(int i, Suggestion *out, int *next) const;

private:
    void listedAfter(int i, bool trigger, Period *p, Suggestion *s) const;
    void statedFiscalEnd(int i, Period *p) const;
    bool limitAsSet(int first, int end) const;
    // token tests
    // Literal words: the length is known at compile time, so no strlen per comparison.
    template <int N> bool w(int i, const char (&s)[N]) const
    {
        return i >= 0 && i < n && t[i].isWord() && t[i].lower.size() == N - 1 &&
               t[i].lower == QLatin1String(s, N - 1);
    }
    bool sy(int i, char16_t c) const
    {
        return i >= 0 && i < n && t[i].isSymbol() && t[i].lower.at(0).unicode() == c;
    }
    bool dash(int i) const { return sy(i, '-') || sy(i, 0x2013) || sy(i, 0x2014); }
    bool glued(int i) const { return i >= 0 && i < n && !t[i].spaceBefore; }
    bool num(int i) const { return i >= 0 && i < n && t[i].isNumber(); }
    int intAt(int i) const { return t[i].lower.size() <= 9 ? t[i].lower.toInt() : -1; }

    int year4(int i, int *y) const;
    int yearShort(int i, int *y) const;
    int spelledYear(int i, int *y) const;
    int spelled99(int i, int *v) const;
    int monthAt(int i, int *m) const;
    // A determiner ("the", "its") or the "s" of a possessive ("the bank's") at token k.
    bool determinerAt(int k) const;
    int dayNum(int i, int *d, bool cardinalWords) const;
    int ordinalSuffix(int i) const;
    int weekdayAt(int i, int *wd) const;
    int trailingYear(int i, int *y) const;
    // The longest entry of `words` (up to three words; their first words are
    // `firstWords`) at token i: the token after it, and its value in *value; -1 if none.
    int phraseAt(int i, const WordMap<QString> &words, const WordSet &firstWords, QString *value) const;
    // A word of the date-trigger kind ("by", "no later than") at token i, as phraseAt.
    int dateTriggerAt(int i, QString *how) const;
    // Past an hour at token i ("5 p.m. on", "noon", "9:30am ET"), or i itself.
    int pastTimeOfDay(int i) const;
    // The start of an hour that ends right before token `first` ("6pm GMT on"), or `first`.
    int hourBefore(int first) const;

    bool calendar(int i, Period *p) const;
    bool numericDate(int i, Period *p) const;
    bool monthLed(int i, Period *p) const;
    bool dayLed(int i, Period *p) const;
    bool relative(int i, Period *p) const;
    bool unitPhrase(int i, Period *p) const;
    // "charged the following day": the unit after the date found last in the sentence
    bool followingUnit(int i, int end, const QString &unit, Period *p) const;
    bool weekdayPhrase(int i, Period *p) const;
    bool modified(int i, Period *p) const;
    bool presentSpanOfYears(int i, Period *p) const;
    bool inner(int i, Period *p) const;
    bool quarterHalf(int i, Period *p) const;
    bool monthQuarter(int i, Period *p) const;
    bool weekOf(int i, Period *p) const;
    bool decade(int i, Period *p) const;
    bool ageAt(int j) const;
    bool holidayAt(int i, Period *p) const;
    bool plainYear(int i, Period *p) const;
    bool season(int i, Period *p) const;
    bool monthRelative(int i, Period *p) const;
    bool modelYear(int i, int e) const;
    bool streetNumber(int e) const;
    bool recurring(int first, int end, const Period &p) const;
    bool fiscal(int i, Period *p) const;
    FiscalEnd fiscalEndNear(int i) const;
    QString countryNear(int i) const;
    int presentBefore(int first) const;
    bool pastParticiple(int k) const;
    int pastYearBefore(int k) const;
    Tense commitmentTense(int k) const;
    bool presentAt(int k) const;
    int splitSecondYear(int e, int y) const;
    bool plannedWill(int i) const;
    QDate splitYearEnd(int secondYear, int i) const;
    bool point(int i, Period *p) const;
    bool rangeEnd(int i, const Period &from, Period *p) const;
    bool expr(int i, Period *p) const;
    // "from" at token `at` after a verb of moving a date ("delayed from", "pushed back from"): the
    // day it moved from follows
    bool movedFrom(int at) const;
    int count(int i, int *c) const;
    // A count, or a range of counts before a unit ("four to five years"): its far end.
    int countRange(int i, int *c) const;
    // A count with a half: "one and a half", "1.5", "half a" (*c 0), else as countRange.
    int countHalf(int i, int *c, bool *half) const;
    // "and a half" at token i: the token after it, with *half set; else i.
    int halfAfter(int i, bool *half) const;
    int unitAt(int i, Unit *u) const;
    bool durationExpr(int i, Period *p) const;
    bool triggered(int i, Period *p, bool *deadlineTrigger) const;
    bool granted(int i, Period *p) const;

    Period resolveDay(int y, int m, int d, bool yearGiven, int end) const;

    // The tense of the clause around tokens [first, end): its nearest marker
    // ("will", "scheduled" / "was", "had", "rose") decides, the ones before first.
    Tense tenseAround(int first, int end) const;
    Tense markerAt(int k, bool broad = true) const;
    Tense sameFormTense(int k) const;
    bool clauseBreak(int k) const;
    // The comma that opens a short aside closed by the comma at `comma`, or -1.
    int asideStart(int comma) const;
    // Resolves a year-less date or a bare weekday in the direction of the tense;
    // false when the expression is counted from an event of the story, not from
    // publication ("over the next three months, they rebuilt", "forty years
    // later"): a date then, never a deadline.
    bool followTense(int first, Period *p) const;
    bool abandonedPlan(int first, int end) const;
    bool comparedBefore(int first) const;
    bool resultsReported(int first, int end, Tense tense) const;
    bool headlineTo(int k) const;
    bool reportedWould(int first) const;
    // A year-less date moved to the year that puts it nearest publication.
    void nearestToPublication(Period *p) const;
    bool stateSet(int first) const;

    const QString &m_text;
    const QVector<Token> &t;
    const int n;
    const QDate pub;
    const NumberParser numbers;
    const DateAtoms atoms; // the expressions of en-date-rules.tsv
    // the places the text names that decide its fiscal years, by token (fiscalEndNear)
    mutable std::optional<QVector<QPair<int, QString>>> m_places; // token, country
    // the date found last, for the one listed after it (listedAfter)
    struct Listed
    {
        int end = -1; // its token after
        QDate due;
        bool deadline = false;
        DatePrecision precision = DatePrecision::Day;
    };
    mutable Listed m_listed;
};

// Words that can start a date expression; other words are skipped without parsing.
bool canStart(const Token &tk);

} // namespace Gleaner::Dates
