// Years, months, days and weekdays: the words a date is made of.
#include "suggest/dateparser.h"

namespace Gleaner::Dates {

int DateParser::year4(int i, int *y) const
{
    if (!num(i) || t[i].length() != 4)
        return -1;
    const int v = intAt(i);
    if (v < 1000 || v > 2999)
        return -1;
    if (i + 1 < n && glued(i + 1) && t[i + 1].isWord())
        return -1;
    *y = v;
    return i + 1;
}

int DateParser::phraseAt(int i, const WordMap<QString> &words, const WordSet &firstWords,
                         QString *value) const
{
    // Most tokens start no entry: one lookup, and no phrase is built for them.
    if (i < 0 || i >= n || !t[i].isWord() || !firstWords.contains(t[i].lower))
        return -1;
    int found = -1;
    if (const auto it = words.constFind(t[i].lower); it != words.constEnd()) {
        *value = it.value();
        found = i + 1;
    }
    QString phrase = t[i].lower;
    for (int k = i + 1; k < n && k < i + 3 && t[k].isWord(); ++k) {
        phrase += QLatin1Char(' ');
        phrase += t[k].lower;
        const auto it = words.constFind(phrase);
        if (it != words.constEnd()) {
            *value = it.value();
            found = k + 1;
        }
    }
    return found;
}

int DateParser::dateTriggerAt(int i, QString *how) const
{
    static const WordMap<QString> &triggers = englishValues("date-trigger");
    static const WordSet &firstWords = Vocabulary::english().firstWords(QStringLiteral("date-trigger"));
    return phraseAt(i, triggers, firstWords, how);
}

// "by 5 p.m. on Friday", "until 9:30am ET Monday", "by noon Tuesday", "by early Wednesday":
// the hour a limit falls at, between its trigger and its day
int DateParser::pastTimeOfDay(int i) const
{
    static const WordMap<QString> &hours = englishValues("time-of-day");
    static const WordSet &hourFirsts = Vocabulary::english().firstWords(QStringLiteral("time-of-day"));
    static const WordMap<QString> &marks = englishValues("clock-mark");
    static const WordSet &markFirsts = Vocabulary::english().firstWords(QStringLiteral("clock-mark"));
    QString value;
    // (the hour's words may take "the": "by the close of business Friday")
    int j = phraseAt(w(i, "the") ? i + 1 : i, hours, hourFirsts, &value);
    if (j < 0 && num(i) && intAt(i) <= 23) {
        j = i + 1;
        const bool minutes = sy(j, ':') && glued(j) && num(j + 1) && glued(j + 1) && t[j + 1].length() == 2;
        if (minutes)
            j += 2;
        // "p.m." is the tokens p . m . (the mark's words without their points)
        int k = j;
        QString mark;
        while (k < n && k < j + 4 && (t[k].isWord() || (sy(k, '.') && glued(k)))) {
            mark += t[k].lower;
            ++k;
            if (marks.contains(mark))
                break;
        }
        if (marks.contains(mark) && intAt(i) >= 1 && intAt(i) <= 12)
            j = k;
        else if (!minutes) // (a 24-hour clock needs no mark: "until 23:59 on Sunday")
            return i;
    }
    if (j < 0)
        return i;
    // (and a zone after the hour: "5 p.m. ET", "noon local time")
    if (const int zone = phraseAt(j, marks, markFirsts, &value); zone > 0)
        j = zone;
    if (w(j, "on"))
        ++j;
    // (only before a day: "by late 2027" is no hour)
    int wd = 0;
    return weekdayAt(j, &wd) > 0 ? j : i;
}

int DateParser::hourBefore(int first) const
{
    for (int j = first - 1; j > 0 && j >= first - 7; --j) {
        if (pastTimeOfDay(j) == first)
            return j;
    }
    return first;
}

int DateParser::yearShort(int i, int *y) const
{
    // "'27" / "’27"
    if ((sy(i, '\'') || sy(i, 0x2019)) && num(i + 1) && glued(i + 1) && t[i + 1].length() == 2) {
        *y = expandTwoDigitYear(intAt(i + 1));
        return i + 2;
    }
    return -1;
}

int DateParser::spelled99(int i, int *v) const
{
    if (i < 0 || i >= n || !t[i].isWord())
        return -1;
    const int a = NumberParser::cardinalWord(t[i].lower);
    if (a < 0 || a >= 100 || (a == 12 && t[i].lower == QLatin1String("dozen")))
        return -1;
    int j = i + 1;
    if (a >= 20 && a % 10 == 0) {
        int k = j;
        if (dash(k) && glued(k))
            ++k;
        if (k < n && t[k].isWord()) {
            const int b = NumberParser::cardinalWord(t[k].lower);
            if (b > 0 && b < 10) {
                *v = a + b;
                return k + 1;
            }
        }
    }
    *v = a;
    return j;
}

int DateParser::spelledYear(int i, int *y) const
{
    if (i < 0 || i >= n || !t[i].isWord())
        return -1;
    if (w(i, "two") && w(i + 1, "thousand")) {
        int j = i + 2;
        if (w(j, "and"))
            ++j;
        int v = 0;
        const int k = spelled99(j, &v);
        if (k > 0) {
            *y = 2000 + v;
            return k;
        }
        *y = 2000;
        return i + 2;
    }
    const int a = NumberParser::cardinalWord(t[i].lower);
    if (a < 10 || a > 20)
        return -1;
    if (w(i + 1, "hundred")) {
        int j = i + 2;
        if (w(j, "and"))
            ++j;
        int v = 0;
        const int k = spelled99(j, &v);
        if (k < 0)
            return -1;
        *y = a * 100 + v;
        return k;
    }
    int v = 0;
    const int k = spelled99(i + 1, &v);
    if (k < 0 || v < 10)
        return -1;
    *y = a * 100 + v;
    return k;
}

// ", 2028" / " 2028" / " of 2028" / " in 2028" after a month or a day.
int DateParser::trailingYear(int i, int *y) const
{
    // "30 June next year", "March 5 last year": a year named from publication
    static const WordMap<int> &shifts = englishNumbers("year-shift");
    if (i + 1 < n && t[i].isWord() && shifts.contains(t[i].lower) && w(i + 1, "year") &&
        !(i + 2 < n && glued(i + 2) && (sy(i + 2, '\'') || sy(i + 2, 0x2019)))) {
        *y = pub.year() + shifts.value(t[i].lower);
        return i + 2;
    }
    int j = i;
    if (sy(j, ','))
        ++j;
    else if (w(j, "of") || w(j, "in"))
        ++j;
    int k = year4(j, y);
    if (k < 0)
        k = yearShort(j, y);
    if (k < 0 && j != i && w(i, "of") && num(j) && t[j].length() == 2) {
        // "April of 87"
        const int v = intAt(j);
        *y = expandTwoDigitYear(v);
        k = j + 1;
    }
    if (k < 0 && !sy(i, ','))
        k = spelledYear(j, y);
    if (k < 0)
        return -1;
    // "in 2019 and 2020" is fine; "2028-2030" would be a range, not this year.
    return k;
}

bool DateParser::determinerAt(int k) const
{
    static const WordSet &determiners = englishWords("determiner");
    if (k < 0 || k >= n || !t[k].isWord())
        return false;
    return determiners.contains(t[k].lower) ||
           (w(k, "s") && glued(k) && (sy(k - 1, '\'') || sy(k - 1, 0x2019)) && glued(k - 1));
}

int DateParser::monthAt(int i, int *m) const
{
    if (i < 0 || i >= n || !t[i].isWord())
        return -1;
    auto it = monthNames().constFind(t[i].lower);
    if (it == monthNames().constEnd())
        return -1;
    const QString &lw = t[i].lower;
    int next = i + 1;
    const bool abbrev = lw.size() <= 4 && lw != QLatin1String("june") && lw != QLatin1String("july") &&
                        lw != QLatin1String("may");
    if (abbrev && sy(next, '.') && glued(next))
        ++next;
    // "May", "March" and abbreviations are also ordinary words: need a date around them.
    const bool risky = lw == QLatin1String("may") || lw == QLatin1String("march") || abbrev;
    if (risky) {
        bool ok = false;
        const bool may = lw == QLatin1String("may");
        if (next < n && (t[next].isNumber() ||
                         (t[next].isWord() &&
                          (NumberParser::ordinalWord(t[next].lower) > 0 ||
                           (NumberParser::cardinalWord(t[next].lower) > 0 && (!may || t[i].capitalized))))))
            ok = true;
        // "DEC", "MAR" in capitals are names or tickers unless a number follows
        if (t[i].allCaps && lw.size() >= 3 && !(next < n && t[next].isNumber()))
            return -1;
        if (next < n && (sy(next, '/') || sy(next, '-') || sy(next, ',')) && num(next + 1))
            ok = true;
        if (i > 0 && (t[i - 1].isNumber() || (sy(i - 1, '-') || sy(i - 1, '/'))))
            ok = true;
        // ("protesters plan to march": the verb after "to", unless a month or number opens a range
        // before it, "from january to march")
        const bool verb =
            lw == QLatin1String("march") && !t[i].capitalized && w(i - 1, "to") && i > 1 && !num(i - 2) &&
            !(t[i - 2].isWord() && (monthNames().contains(t[i - 2].lower) || t[i - 2].capitalized));
        if (i > 0 && t[i - 1].isWord() && !verb) {
            static const WordSet &preps = englishWords("month-lead");
            static const WordSet &mayPreps = englishWords("may-lead");
            static const WordSet &capitalMayPreps = englishWords("may-lead-capital");
            if ((may ? mayPreps : preps).contains(t[i - 1].lower) ||
                (may && t[i].capitalized && !t[i].allCaps && capitalMayPreps.contains(t[i - 1].lower)))
                ok = true;
        }
        // "its March meeting", "the bank's May decision": the month of an event the story names
        static const WordSet &events = englishWords("scheduled-noun");
        if (t[i].capitalized && !t[i].allCaps && !t[i].sentenceStart && determinerAt(i - 1) && next < n &&
            t[next].isWord() && events.contains(t[next].lower))
            ok = true;
        if (!ok && abbrev && lw != QLatin1String("may") && lw != QLatin1String("mar") && t[i].capitalized &&
            !t[i].sentenceStart && lw != QLatin1String("sat") && lw != QLatin1String("sun"))
            ok = true;
        if (!ok)
            return -1;
    }
    *m = it.value();
    return next;
}

int DateParser::ordinalSuffix(int i) const
{
    if (i < n && glued(i) && t[i].isWord() &&
        (t[i].lower == QLatin1String("st") || t[i].lower == QLatin1String("nd") ||
         t[i].lower == QLatin1String("rd") || t[i].lower == QLatin1String("th")))
        return i + 1;
    return i;
}

int DateParser::dayNum(int i, int *d, bool cardinalWords) const
{
    if (i < 0 || i >= n)
        return -1;
    if (num(i)) {
        if (t[i].length() > 2)
            return -1;
        const int v = intAt(i);
        if (v < 1 || v > 31)
            return -1;
        // (a share is no day: "by Monday, 18% less than"; nor an hour: "until 10am Friday", "10 p.m.",
        // "10:30")
        if (sy(i + 1, '%') || w(i + 1, "percent") || (w(i + 1, "per") && w(i + 2, "cent")))
            return -1;
        if (w(i + 1, "am") || w(i + 1, "pm") ||
            ((w(i + 1, "a") || w(i + 1, "p")) && sy(i + 2, '.') && glued(i + 2) && w(i + 3, "m") &&
             glued(i + 3)) ||
            (sy(i + 1, ':') && glued(i + 1) && num(i + 2) && glued(i + 2)))
            return -1;
        *d = v;
        return ordinalSuffix(i + 1);
    }
    if (!t[i].isWord())
        return -1;
    int o = NumberParser::ordinalWord(t[i].lower);
    if (o > 0 && o < 20) {
        *d = o;
        return i + 1;
    }
    const int tens = NumberParser::cardinalWord(t[i].lower);
    if (tens == 20 || tens == 30 || o == 20 || o == 30) {
        int k = i + 1;
        if (dash(k) && glued(k))
            ++k;
        if (k < n && t[k].isWord()) {
            const int ord = std::max(0, NumberParser::ordinalWord(t[k].lower));
            const int card = NumberParser::cardinalWord(t[k].lower);
            const int base = tens > 0 ? tens : o;
            if (ord > 0 && ord < 10 && base + ord <= 31 && tens > 0) {
                *d = base + ord;
                return k + 1;
            }
            if (cardinalWords && card > 0 && card < 10 && base + card <= 31 && tens > 0) {
                *d = base + card;
                return k + 1;
            }
        }
        if (o == 20 || o == 30) {
            *d = o;
            return i + 1;
        }
        if (cardinalWords && tens > 0) {
            *d = tens;
            return i + 1;
        }
        return -1;
    }
    if (cardinalWords && tens > 0 && tens < 32) {
        *d = tens;
        return i + 1;
    }
    return -1;
}

int DateParser::weekdayAt(int i, int *wd) const
{
    if (i < 0 || i >= n || !t[i].isWord())
        return -1;
    auto it = weekdayNames().constFind(t[i].lower);
    if (it == weekdayNames().constEnd())
        return -1;
    int next = i + 1;
    if (t[i].lower.size() <= 5 && t[i].lower != QLatin1String("monday") &&
        t[i].lower != QLatin1String("friday") && t[i].lower != QLatin1String("sunday")) {
        // abbreviations: "Sat 14th", "Tue May 9"; not the words "sun", "sat", "wed".
        if (sy(next, '.') && glued(next))
            ++next;
        const bool followed = num(next) || (next < n && monthNames().contains(t[next].lower));
        if (!followed && !(t[i].capitalized && t[i].lower != QLatin1String("sun") &&
                           t[i].lower != QLatin1String("sat") && t[i].lower != QLatin1String("wed")))
            return -1;
    }
    *wd = it.value();
    return next;
}

Period DateParser::resolveDay(int y, int m, int d, bool yearGiven, int end) const
{
    Period p;
    const QDate date(y, m, d);
    if (!date.isValid())
        return p;
    p = dayPeriod(date);
    p.yearGiven = yearGiven;
    p.end = end;
    return p;
}

} // namespace Gleaner::Dates
