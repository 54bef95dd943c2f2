#include "suggest/daterecognizer.h"

#include "suggest/numberparser.h"

#include <QHash>
#include <QSet>

namespace Gleaner {

namespace {

enum class Rel { Absolute, Present, Past, Future, Weekday };
enum class Shape { Other, DayOnly, Day, Month, Year };
enum class Unit { Day, BusinessDay, Week, Fortnight, Month, Quarter, Year, Decade, Century };

// A resolved period and how it was written.
struct Period
{
    QDate first;
    QDate last;
    DatePrecision precision = DatePrecision::Day;
    Rel rel = Rel::Absolute;
    Shape shape = Shape::Other;
    int year = 0;
    int month = 0;
    int day = 0;
    bool yearGiven = true;
    int end = -1; // token after the expression
};

QHash<QString, int> makeIntHash(std::initializer_list<std::pair<const char *, int>> pairs)
{
    QHash<QString, int> h;
    for (const auto &p : pairs)
        h.insert(QString::fromLatin1(p.first), p.second);
    return h;
}

const QHash<QString, int> &monthNames()
{
    static const QHash<QString, int> h = makeIntHash({
        {"january", 1},   {"february", 2},  {"march", 3},  {"april", 4},     {"may", 5},
        {"june", 6},      {"july", 7},      {"august", 8}, {"september", 9}, {"october", 10},
        {"november", 11}, {"december", 12}, {"jan", 1},    {"feb", 2},       {"mar", 3},
        {"apr", 4},       {"jun", 6},       {"jul", 7},    {"aug", 8},       {"sep", 9},
        {"sept", 9},      {"oct", 10},      {"nov", 11},   {"dec", 12},
    });
    return h;
}

const QHash<QString, int> &weekdayNames()
{
    static const QHash<QString, int> h = makeIntHash({
        {"monday", 1},
        {"tuesday", 2},
        {"wednesday", 3},
        {"thursday", 4},
        {"friday", 5},
        {"saturday", 6},
        {"sunday", 7},
        {"mon", 1},
        {"tue", 2},
        {"tues", 2},
        {"wed", 3},
        {"thu", 4},
        {"thur", 4},
        {"thurs", 4},
        {"fri", 5},
        {"sat", 6},
        {"sun", 7},
    });
    return h;
}

const QHash<QString, int> &decadeWords()
{
    static const QHash<QString, int> h = makeIntHash({
        {"twenties", 20},
        {"thirties", 30},
        {"forties", 40},
        {"fifties", 50},
        {"sixties", 60},
        {"seventies", 70},
        {"eighties", 80},
        {"nineties", 90},
    });
    return h;
}

// Words that may stand before a bare year without making it part of a name.
const QSet<QString> &yearLeads()
{
    static const QSet<QString> s = [] {
        QSet<QString> r;
        for (const char *w :
             {"in",     "by",     "since",  "until",      "till",   "through", "before",   "after",  "from",
              "to",     "of",     "for",    "during",     "and",    "or",      "between",  "early",  "late",
              "mid",    "end",    "year",   "fiscal",     "fy",     "cy",      "calendar", "spring", "summer",
              "autumn", "fall",   "winter", "the",        "than",   "on",      "at",       "around", "circa",
              "about",  "beyond", "into",   "throughout", "within", "over",    "per",      "as",     "is",
              "was",    "will",   "be",     "until"})
            r.insert(QString::fromLatin1(w));
        return r;
    }();
    return s;
}

QDate sundayOf(const QDate &d)
{
    return d.addDays(7 - d.dayOfWeek());
}

QDate isoWeekSunday(int year, int week)
{
    const QDate jan4(year, 1, 4);
    const QDate monday1 = jan4.addDays(1 - jan4.dayOfWeek());
    return monday1.addDays(7 * (week - 1) + 6);
}

QDate easter(int y)
{
    const int a = y % 19, b = y / 100, c = y % 100, d = b / 4, e = b % 4, f = (b + 8) / 25,
              g = (b - f + 1) / 3;
    const int h = (19 * a + b - d - g + 15) % 30, i = c / 4, k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7;
    const int m = (a + 11 * h + 22 * l) / 451;
    const int month = (h + l - 7 * m + 114) / 31, day = ((h + l - 7 * m + 114) % 31) + 1;
    return QDate(y, month, day);
}

// nth weekday (1 = Monday) of a month; n = -1 for the last one.
QDate nthWeekday(int y, int month, int weekday, int n)
{
    if (n > 0) {
        QDate d(y, month, 1);
        d = d.addDays((weekday - d.dayOfWeek() + 7) % 7);
        return d.addDays(7 * (n - 1));
    }
    QDate d(y, month, QDate(y, month, 1).daysInMonth());
    return d.addDays(-((d.dayOfWeek() - weekday + 7) % 7));
}

QDate holiday(const QString &name, int y)
{
    if (name == QLatin1String("christmas") || name == QLatin1String("christmas day") ||
        name == QLatin1String("xmas"))
        return QDate(y, 12, 25);
    if (name == QLatin1String("christmas eve"))
        return QDate(y, 12, 24);
    if (name == QLatin1String("boxing day"))
        return QDate(y, 12, 26);
    if (name == QLatin1String("new year day") || name == QLatin1String("new years day"))
        return QDate(y, 1, 1);
    if (name == QLatin1String("new year eve") || name == QLatin1String("new years eve"))
        return QDate(y, 12, 31);
    if (name == QLatin1String("easter") || name == QLatin1String("easter sunday"))
        return easter(y);
    if (name == QLatin1String("easter monday"))
        return easter(y).addDays(1);
    if (name == QLatin1String("good friday"))
        return easter(y).addDays(-2);
    if (name == QLatin1String("thanksgiving") || name == QLatin1String("thanksgiving day"))
        return nthWeekday(y, 11, 4, 4);
    if (name == QLatin1String("black friday"))
        return nthWeekday(y, 11, 4, 4).addDays(1);
    if (name == QLatin1String("cyber monday"))
        return nthWeekday(y, 11, 4, 4).addDays(4);
    if (name == QLatin1String("labor day") || name == QLatin1String("labour day"))
        return nthWeekday(y, 9, 1, 1);
    if (name == QLatin1String("memorial day"))
        return nthWeekday(y, 5, 1, -1);
    if (name == QLatin1String("independence day"))
        return QDate(y, 7, 4);
    if (name == QLatin1String("halloween"))
        return QDate(y, 10, 31);
    if (name == QLatin1String("valentine day") || name == QLatin1String("valentines day"))
        return QDate(y, 2, 14);
    if (name == QLatin1String("saint patrick") || name == QLatin1String("saint patrick day") ||
        name == QLatin1String("st patrick day") || name == QLatin1String("st patricks day"))
        return QDate(y, 3, 17);
    if (name == QLatin1String("international workers day") || name == QLatin1String("may day") ||
        name == QLatin1String("workers day"))
        return QDate(y, 5, 1);
    if (name == QLatin1String("veterans day"))
        return QDate(y, 11, 11);
    return {};
}

QDate addUnits(const QDate &d, Unit u, int count)
{
    switch (u) {
    case Unit::Day:
        return d.addDays(count);
    case Unit::BusinessDay: {
        QDate r = d;
        int left = count < 0 ? -count : count;
        const int step = count < 0 ? -1 : 1;
        while (left > 0) {
            r = r.addDays(step);
            if (r.dayOfWeek() <= 5)
                --left;
        }
        return r;
    }
    case Unit::Week:
        return d.addDays(7 * qint64(count));
    case Unit::Fortnight:
        return d.addDays(14 * qint64(count));
    case Unit::Month:
        return d.addMonths(count);
    case Unit::Quarter:
        return d.addMonths(3 * count);
    case Unit::Year:
        return d.addYears(count);
    case Unit::Decade:
        return d.addYears(10 * count);
    case Unit::Century:
        return d.addYears(100 * count);
    }
    return d;
}

DatePrecision unitPrecision(Unit u)
{
    switch (u) {
    case Unit::Day:
    case Unit::BusinessDay:
    case Unit::Week:
    case Unit::Fortnight:
        return DatePrecision::Day;
    case Unit::Month:
        return DatePrecision::Month;
    case Unit::Quarter:
        return DatePrecision::Quarter;
    default:
        return DatePrecision::Year;
    }
}

Period yearPeriod(int y)
{
    Period p;
    p.first = QDate(y, 1, 1);
    p.last = QDate(y, 12, 31);
    p.precision = DatePrecision::Year;
    p.shape = Shape::Year;
    p.year = y;
    return p;
}

Period monthPeriod(int y, int m)
{
    Period p;
    p.first = QDate(y, m, 1);
    p.last = QDate(y, m, p.first.daysInMonth());
    p.precision = DatePrecision::Month;
    p.shape = Shape::Month;
    p.year = y;
    p.month = m;
    return p;
}

Period dayPeriod(const QDate &d)
{
    Period p;
    p.first = d;
    p.last = d;
    p.precision = DatePrecision::Day;
    p.shape = Shape::Day;
    p.year = d.year();
    p.month = d.month();
    p.day = d.day();
    return p;
}

Period spanPeriod(const QDate &first, const QDate &last, DatePrecision precision, Rel rel)
{
    Period p;
    p.first = first;
    p.last = last;
    p.precision = precision;
    p.rel = rel;
    return p;
}

class DateParser
{
public:
    DateParser(const QString &text, const QVector<Token> &tokens, const QDate &published)
        : m_text(text), t(tokens), n(int(tokens.size())), pub(published), numbers(tokens)
    {}

    bool at(int i, Suggestion *out, int *next) const;

private:
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
    int dayNum(int i, int *d, bool cardinalWords) const;
    int ordinalSuffix(int i) const;
    int weekdayAt(int i, int *wd) const;
    int trailingYear(int i, int *y) const;

    bool calendar(int i, Period *p) const;
    bool numericDate(int i, Period *p) const;
    bool monthLed(int i, Period *p) const;
    bool dayLed(int i, Period *p) const;
    bool relative(int i, Period *p) const;
    bool unitPhrase(int i, Period *p) const;
    bool weekdayPhrase(int i, Period *p) const;
    bool modified(int i, Period *p) const;
    bool inner(int i, Period *p) const;
    bool quarterHalf(int i, Period *p) const;
    bool weekOf(int i, Period *p) const;
    bool decade(int i, Period *p) const;
    bool holidayAt(int i, Period *p) const;
    bool plainYear(int i, Period *p) const;
    bool fiscal(int i, Period *p) const;
    bool point(int i, Period *p) const;
    bool rangeEnd(int i, const Period &from, Period *p) const;
    bool expr(int i, Period *p) const;
    int count(int i, int *c) const;
    int unitAt(int i, Unit *u) const;
    bool durationExpr(int i, Period *p) const;
    bool triggered(int i, Period *p, bool *deadlineTrigger) const;

    Period resolveDay(int y, int m, int d, bool yearGiven, int end) const;

    const QString &m_text;
    const QVector<Token> &t;
    const int n;
    const QDate pub;
    const NumberParser numbers;
};

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

int DateParser::yearShort(int i, int *y) const
{
    // "'27" / "’27"
    if ((sy(i, '\'') || sy(i, 0x2019)) && num(i + 1) && glued(i + 1) && t[i + 1].length() == 2) {
        *y = 2000 + intAt(i + 1);
        return i + 2;
    }
    return -1;
}

int DateParser::spelled99(int i, int *v) const
{
    if (i >= n || !t[i].isWord())
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
    if (i >= n || !t[i].isWord())
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
        *y = v < 40 ? 2000 + v : 1900 + v;
        k = j + 1;
    }
    if (k < 0 && !sy(i, ','))
        k = spelledYear(j, y);
    if (k < 0)
        return -1;
    // "in 2019 and 2020" is fine; "2028-2030" would be a range, not this year.
    return k;
}

int DateParser::monthAt(int i, int *m) const
{
    if (i >= n || !t[i].isWord())
        return -1;
    auto it = monthNames().constFind(t[i].lower);
    if (it == monthNames().constEnd())
        return -1;
    const QString &lw = t[i].lower;
    int next = i + 1;
    const bool abbrev = lw.size() <= 4 && lw != QLatin1String("june") && lw != QLatin1String("july");
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
        if (i > 0 && t[i - 1].isWord()) {
            static const QSet<QString> preps = [] {
                QSet<QString> r;
                for (const char *w :
                     {"in",     "of",        "by",     "until", "till",    "since", "from", "before", "after",
                      "during", "through",   "to",     "early", "late",    "mid",   "this", "next",   "last",
                      "end",    "beginning", "start",  "and",   "between", "or",    "thru", "the",    "on",
                      "middle", "previous",  "coming", "every", "each",    "than"})
                    r.insert(QString::fromLatin1(w));
                return r;
            }();
            static const QSet<QString> mayPreps = [] {
                QSet<QString> r;
                for (const char *w :
                     {"in",    "of",        "by",      "until",  "till", "since", "from", "before",
                      "after", "during",    "through", "early",  "late", "mid",   "next", "last",
                      "end",   "beginning", "start",   "middle", "thru", "to"})
                    r.insert(QString::fromLatin1(w));
                return r;
            }();
            if ((may ? mayPreps : preps).contains(t[i - 1].lower))
                ok = true;
        }
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
    if (i >= n)
        return -1;
    if (num(i)) {
        if (t[i].length() > 2)
            return -1;
        const int v = intAt(i);
        if (v < 1 || v > 31)
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
    if (i >= n || !t[i].isWord())
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

// 2002-10-09, 20161016, 10/1/2018, 1/1/2016, 11/20, 2019/aug/01, 05-Aug-2016, 2015-3
bool DateParser::numericDate(int i, Period *p) const
{
    if (!num(i))
        return false;
    if (i > 0 && glued(i) && t[i - 1].isWord() && !sy(i - 1, '-'))
        return false;
    const int len = t[i].length();
    // YYYYMMDD
    if (len == 8) {
        const QString &s = t[i].lower;
        const int y = s.left(4).toInt(), m = s.mid(4, 2).toInt(), d = s.mid(6, 2).toInt();
        if (y >= 1900 && y <= 2199) {
            Period r = resolveDay(y, m, d, true, i + 1);
            if (r.end > 0) {
                *p = r;
                return true;
            }
        }
        return false;
    }
    auto sep = [&](int k) {
        return glued(k) && glued(k + 1) && (sy(k, '-') || sy(k, '/') || sy(k, '.'));
    };
    if (len == 4) {
        const int y = intAt(i);
        if (y < 1000 || y > 2999 || !sep(i + 1))
            return false;
        const char16_t s1 = t[i + 1].lower.at(0).unicode();
        int m = 0;
        int k = i + 2;
        if (num(k) && t[k].length() <= 2) {
            const int a = intAt(k);
            if (sep(k + 1) && t[k + 1].lower.at(0).unicode() == s1) {
                int dd = 0;
                const int e = num(k + 2) ? (t[k + 2].length() <= 2 ? k + 3 : -1) : monthAt(k + 2, &m);
                if (e > 0 && num(k + 2)) {
                    dd = intAt(k + 2);
                    Period r = resolveDay(y, a, dd, true, e);
                    if (r.end > 0) {
                        *p = r;
                        return true;
                    }
                } else if (e > 0) {
                    Period r = resolveDay(y, m, a, true, e); // 2020/23/Sep
                    if (r.end > 0) {
                        *p = r;
                        return true;
                    }
                }
                return false;
            }
            if (a >= 1 && a <= 12 && s1 == '-' && y >= 1900 && y <= 2199 && !(sep(k + 1) && num(k + 2)) &&
                !(i > 0 && glued(i))) {
                *p = monthPeriod(y, a); // 2015-3
                p->end = k + 1;
                return true;
            }
            return false;
        }
        const int e = monthAt(k, &m);
        if (e > 0 && sep(e) && num(e + 1) && t[e + 1].length() <= 2) {
            Period r = resolveDay(y, m, intAt(e + 1), true, ordinalSuffix(e + 2));
            if (r.end > 0) {
                *p = r;
                return true;
            }
        }
        return false;
    }
    if (len > 2)
        return false;
    const int a = intAt(i);
    // day-monthname-year: 05-Aug-2016
    if (sep(i + 1) && !sy(i + 1, '.')) {
        int m = 0;
        const int e = monthAt(i + 2, &m);
        if (e > 0) {
            int y = pub.year();
            bool given = false;
            int end = e;
            if (sep(e) && num(e + 1) && t[e + 1].length() == 4) {
                y = intAt(e + 1);
                given = true;
                end = e + 2;
            }
            Period r = resolveDay(y, m, a, given, end);
            if (r.end > 0) {
                *p = r;
                return true;
            }
            return false;
        }
    }
    if (!sep(i + 1) || !num(i + 2) || t[i + 2].length() > 2)
        return false;
    const char16_t s1 = t[i + 1].lower.at(0).unicode();
    const int b = intAt(i + 2);
    int month = a, day = b;
    if (a > 12 && b <= 12) {
        month = b;
        day = a;
    }
    // with a year: m/d/yyyy, m-d-yyyy, d.m.yyyy, m/d/yy
    if (sep(i + 3) && t[i + 3].lower.at(0).unicode() == s1 && num(i + 4) &&
        (t[i + 4].length() == 4 || (t[i + 4].length() == 2 && s1 == '/'))) {
        int y = intAt(i + 4);
        if (t[i + 4].length() == 2)
            y = y < 40 ? 2000 + y : 1900 + y;
        if (s1 == '.' && a <= 31 && b <= 12) {
            month = b;
            day = a;
        }
        // "23.04.2022 14:55" and friends: a time right after makes it a date-time; still a date.
        Period r = resolveDay(y, month, day, true, i + 5);
        if (r.end > 0) {
            *p = r;
            return true;
        }
        return false;
    }
    // no year: m/d only after a date-ish word or in a list/range
    if (s1 == '-' && !(i > 0 && (w(i - 1, "from") || w(i - 1, "between"))))
        return false;
    if (sep(i + 3) || (glued(i + 3) && (sy(i + 3, '.') || sy(i + 3, ':'))))
        return false; // "30/4.85", "1/2/3/4"
    bool context = false;
    if (i > 0) {
        const Token &prev = t[i - 1];
        static const QSet<QString> leads = [] {
            QSet<QString> r;
            for (const char *w : {"on", "for", "from", "to", "this", "next", "by", "until", "till", "between",
                                  "and", "or", "due", "before", "after", "last", "through", "since", "dated"})
                r.insert(QString::fromLatin1(w));
            return r;
        }();
        if (prev.isWord() && (leads.contains(prev.lower) || weekdayNames().contains(prev.lower)))
            context = true;
        if (sy(i - 1, ',') || dash(i - 1))
            context = true;
    }
    if (dash(i + 3) || w(i + 3, "to"))
        context = true;
    if (s1 == '.' && !(i > 0 && (w(i - 1, "on") || weekdayNames().contains(t[i - 1].lower))))
        return false;
    if (!context)
        return false;
    int y = pub.year();
    bool given = false;
    int end = i + 3;
    if (sy(end, ',') && num(end + 1) && t[end + 1].length() == 4) {
        y = intAt(end + 1);
        given = true;
        end += 2;
    }
    Period r = resolveDay(y, month, day, given, end);
    if (r.end > 0) {
        *p = r;
        return true;
    }
    return false;
}

// March 31, 2028 / Dec. 31 , 1994 / May twenty nine / april 2017 / Dec/2018 / Sep-23-2020 / mar3
bool DateParser::monthLed(int i, Period *p) const
{
    int m = 0;
    int k = monthAt(i, &m);
    if (k < 0)
        return false;
    int y = pub.year();
    // mar3
    if (num(k) && glued(k) && t[k].length() <= 2 && !sy(k - 1, '.')) {
        Period r = resolveDay(y, m, intAt(k), false, ordinalSuffix(k + 1));
        if (r.end > 0) {
            *p = r;
            return true;
        }
    }
    // Month/2018, Month/3, Sep-23-2020, Jun-15
    if ((sy(k, '/') || sy(k, '-')) && glued(k) && num(k + 1) && glued(k + 1)) {
        const int v = intAt(k + 1);
        if (t[k + 1].length() == 4) {
            *p = monthPeriod(v, m);
            p->end = k + 2;
            return true;
        }
        if (v >= 1 && v <= 31) {
            int end = ordinalSuffix(k + 2);
            bool given = false;
            if ((sy(end, '-') || sy(end, '/')) && glued(end) && num(end + 1) && t[end + 1].length() == 4) {
                y = intAt(end + 1);
                given = true;
                end += 2;
            }
            Period r = resolveDay(y, m, v, given, end);
            if (r.end > 0) {
                *p = r;
                return true;
            }
        }
    }
    // Month + spelled year: "August two thousand and fifteen"
    {
        int yy = 0;
        const int ye = spelledYear(k, &yy);
        if (ye > 0 && yy >= 1000) {
            *p = monthPeriod(yy, m);
            p->end = ye;
            return true;
        }
    }
    // Month [the] day [, year]
    {
        int j = k;
        if (w(j, "the"))
            ++j;
        int d = 0;
        int e = -1;
        // a four-digit number is a year, not a day
        if (!(num(j) && t[j].length() > 2))
            e = dayNum(j, &d, true);
        if (e > 0 && !(num(j) && e < n && (sy(e, ':') || sy(e, '%')))) {
            // "january first two thousand and thirty two"
            int yy = 0;
            int ye = trailingYear(e, &yy);
            if (ye < 0 && !sy(e, ','))
                ye = spelledYear(e, &yy);
            // "Nov 18 2014" (no comma)
            if (ye > 0) {
                Period r = resolveDay(yy, m, d, true, ye);
                if (r.end > 0) {
                    *p = r;
                    return true;
                }
            }
            Period r = resolveDay(y, m, d, false, e);
            if (r.end < 0 && m == 2 && d == 29) {
                int leap = y;
                while (!QDate::isLeapYear(leap))
                    ++leap;
                r = resolveDay(leap, m, d, false, e);
            }
            if (r.end > 0) {
                *p = r;
                return true;
            }
        }
    }
    // Month [,|of|in] year
    {
        int yy = 0;
        int ye = trailingYear(k, &yy);
        if (ye < 0 && sy(k, '/') && glued(k))
            ye = -1;
        if (ye > 0) {
            *p = monthPeriod(yy, m);
            p->end = ye;
            return true;
        }
    }
    *p = monthPeriod(y, m);
    p->yearGiven = false;
    p->end = k;
    return true;
}

// 04th Jan 2019 / 19 June / the 09th of May / fourth of july 1995 / twenty five January nineteen eighty six
bool DateParser::dayLed(int i, Period *p) const
{
    int j = i;
    bool the = false;
    if (w(j, "the")) {
        ++j;
        the = true;
    }
    int d = 0;
    if (j > 0 && num(j) && t[j - 1].isSymbol()) {
        const QChar c = t[j - 1].lower.at(0);
        if (c == QLatin1Char('$') || c == QChar(0x20AC) || c == QChar(0xA3) || c == QChar(0xA5) ||
            c == QLatin1Char('#'))
            return false;
    }
    int e = dayNum(j, &d, !the);
    if (e < 0)
        return false;
    const bool numeric = num(j);
    const bool hasSuffix = numeric && e > j + 1;
    int k = e;
    if (w(k, "day") && w(k + 1, "of"))
        k += 2;
    else if (w(k, "of"))
        ++k;
    int m = 0;
    int me = monthAt(k, &m);
    if (me < 0) {
        // "the 15th day of next month"
        if (k > e && (w(k, "next") || w(k, "this") || w(k, "last")) && w(k + 1, "month")) {
            QDate base = pub.addMonths(w(k, "next") ? 1 : (w(k, "last") ? -1 : 0));
            Period r = resolveDay(base.year(), base.month(), d, true, k + 2);
            if (r.end > 0) {
                r.rel = w(k, "next") ? Rel::Future : (w(k, "last") ? Rel::Past : Rel::Present);
                *p = r;
                return true;
            }
        }
        if (k > e && w(k, "the") && w(k + 1, "month")) {
            Period r = resolveDay(pub.year(), pub.month(), d, true, k + 2);
            if (r.end > 0) {
                *p = r;
                return true;
            }
        }
        // "the 4th" alone: the day of the published month.
        if (the && hasSuffix && k == e &&
            (k >= n || !t[k].isWord() || w(k, "this") || w(k, "and") || w(k, "or") || w(k, "to") ||
             w(k, "at") || w(k, "of"))) {
            int end = e;
            if (w(k, "this") && w(k + 1, "month"))
                end = k + 2;
            Period r = resolveDay(pub.year(), pub.month(), d, true, end);
            if (r.end > 0) {
                *p = r;
                return true;
            }
        }
        return false;
    }
    // a bare small number before a month name must not be a count ("3 March" fine, "the 3 may" odd)
    if (numeric && !hasSuffix && k != e)
        return false; // "12 of May"? rare; avoid "5 of march"
    int yy = 0;
    int ye = trailingYear(me, &yy);
    if (ye < 0)
        ye = spelledYear(me, &yy);
    if (ye < 0 && w(me, "of") && w(me + 1, "next") && w(me + 2, "year")) {
        yy = pub.year() + 1;
        ye = me + 3;
    }
    if (ye > 0) {
        Period r = resolveDay(yy, m, d, true, ye);
        if (r.end > 0) {
            *p = r;
            return true;
        }
    }
    Period r = resolveDay(pub.year(), m, d, false, me);
    if (r.end > 0) {
        *p = r;
        return true;
    }
    return false;
}

bool DateParser::calendar(int i, Period *p) const
{
    return numericDate(i, p) || monthLed(i, p) || dayLed(i, p);
}

int DateParser::count(int i, int *c) const
{
    if (i >= n)
        return -1;
    if (num(i)) {
        if (t[i].length() > 4 || (glued(i + 1) && (sy(i + 1, '.') || sy(i + 1, ',') || sy(i + 1, ':'))))
            return -1;
        *c = intAt(i);
        return i + 1;
    }
    if (w(i, "a") || w(i, "an")) {
        if (w(i + 1, "couple")) {
            *c = 2;
            return w(i + 2, "of") ? i + 3 : i + 2;
        }
        if (w(i + 1, "few") || w(i + 1, "dozen"))
            return -1;
        *c = 1;
        return i + 1;
    }
    if (w(i, "couple")) {
        *c = 2;
        return w(i + 1, "of") ? i + 2 : i + 1;
    }
    int v = 0;
    const int k = spelled99(i, &v);
    if (k > 0 && v > 0) {
        *c = v;
        return k;
    }
    return -1;
}

int DateParser::unitAt(int i, Unit *u) const
{
    if (i >= n || !t[i].isWord())
        return -1;
    const QString &s = t[i].lower;
    auto is = [&](const char *a, const char *b) {
        return s == QLatin1String(a) || s == QLatin1String(b);
    };
    if ((w(i, "business") || w(i, "working")) && (w(i + 1, "days") || w(i + 1, "day"))) {
        *u = Unit::BusinessDay;
        return i + 2;
    }
    if (is("day", "days"))
        *u = Unit::Day;
    else if (is("week", "weeks"))
        *u = Unit::Week;
    else if (is("fortnight", "fortnights"))
        *u = Unit::Fortnight;
    else if (is("month", "months"))
        *u = Unit::Month;
    else if (is("quarter", "quarters"))
        *u = Unit::Quarter;
    else if (is("year", "years"))
        *u = Unit::Year;
    else if (is("decade", "decades"))
        *u = Unit::Decade;
    else if (is("century", "centuries"))
        *u = Unit::Century;
    else
        return -1;
    return i + 1;
}

// this/next/last week|month|year|quarter|decade, the year, same month, later this year ...
bool DateParser::unitPhrase(int i, Period *p) const
{
    int j = i;
    int dir = 0; // -1 past, 0 this, 1 next
    bool relWord = true;
    bool the = false;
    if (w(j, "the")) {
        the = true;
        ++j;
    }
    if (w(j, "this") && (w(j + 1, "coming") || w(j + 1, "upcoming")))
        j += 1;
    if (w(j, "next") || w(j, "coming") || w(j, "following") || w(j, "upcoming")) {
        dir = 1;
        ++j;
    } else if (w(j, "last") || w(j, "previous") || w(j, "past") || w(j, "prior")) {
        dir = -1;
        ++j;
    } else if (w(j, "this") || w(j, "current") || w(j, "same") || w(j, "present")) {
        ++j;
    } else if (the) {
        relWord = false;
    } else {
        return false;
    }
    if (w(j, "calendar") || w(j, "financial") || w(j, "fiscal"))
        ++j;
    const QString u = j < n ? t[j].lower : QString();
    {
        int yy = 0;
        if (u == QLatin1String("year") && year4(j + 1, &yy) > 0)
            return false; // "the year 2019", "calendar year 2008"
    }
    int end = j + 1;
    Period r;
    Rel rel = dir > 0 ? Rel::Future : (dir < 0 ? Rel::Past : Rel::Present);
    if (u == QLatin1String("year")) {
        r = yearPeriod(pub.year() + dir);
    } else if (u == QLatin1String("month")) {
        const QDate b = pub.addMonths(dir);
        r = monthPeriod(b.year(), b.month());
    } else if (u == QLatin1String("quarter")) {
        const QDate b = pub.addMonths(3 * dir);
        const int q = (b.month() - 1) / 3;
        r = spanPeriod(QDate(b.year(), q * 3 + 1, 1), endOfPeriod(b, DatePrecision::Quarter),
                       DatePrecision::Quarter, rel);
    } else if (u == QLatin1String("decade")) {
        const int d0 = (pub.year() / 10) * 10 + 10 * dir;
        r = spanPeriod(QDate(d0, 1, 1), QDate(d0 + 9, 12, 31), DatePrecision::Year, rel);
    } else if (u == QLatin1String("century")) {
        const int c0 = (pub.year() / 100) * 100 + 100 * dir;
        r = spanPeriod(QDate(c0, 1, 1), QDate(c0 + 99, 12, 31), DatePrecision::Year, rel);
    } else if (u == QLatin1String("week") || u == QLatin1String("workweek") ||
               u == QLatin1String("weekend") ||
               ((u == QLatin1String("working") || u == QLatin1String("work") ||
                 u == QLatin1String("business")) &&
                w(j + 1, "week"))) {
        const bool work = u != QLatin1String("week") && u != QLatin1String("weekend");
        if (u == QLatin1String("working") || u == QLatin1String("work") || u == QLatin1String("business"))
            end = j + 2;
        const QDate sunday = sundayOf(pub).addDays(7 * dir);
        r = spanPeriod(sunday.addDays(-6), work ? sunday.addDays(-2) : sunday, DatePrecision::Day, rel);
        // "next week Mon", "previous week - Monday", "next week Wednesday"
        int k = end;
        if (dash(k))
            ++k;
        int wd = 0;
        const int we = weekdayAt(k, &wd);
        if (we > 0 && u == QLatin1String("week")) {
            const QDate d = sunday.addDays(wd - 7);
            r = spanPeriod(d, d, DatePrecision::Day, rel);
            end = we;
        }
    } else if (u == QLatin1String("fortnight")) {
        r = spanPeriod(pub, pub.addDays(dir >= 0 ? 13 : -1), DatePrecision::Day, rel);
    } else if (u == QLatin1String("day") && (the || dir == 0)) {
        if (!relWord && (w(j + 1, "before") || w(j + 1, "after"))) {
            const int d = w(j + 1, "before") ? -1 : 1;
            if (w(j + 2, "yesterday") || w(j + 2, "tomorrow")) {
                const QDate x = pub.addDays(w(j + 2, "yesterday") ? -2 : 2);
                r = spanPeriod(x, x, DatePrecision::Day, d < 0 ? Rel::Past : Rel::Future);
                end = j + 3;
            } else {
                const QDate x = pub.addDays(d);
                r = spanPeriod(x, x, DatePrecision::Day, d < 0 ? Rel::Past : Rel::Future);
                end = j + 2;
            }
            r.end = end;
            *p = r;
            return true;
        }
        r = spanPeriod(pub, pub, DatePrecision::Day, Rel::Present);
    } else {
        return false;
    }
    r.rel = rel;
    r.shape = Shape::Other;
    r.end = end;
    *p = r;
    return true;
}

bool DateParser::weekdayPhrase(int i, Period *p) const
{
    int j = i;
    int mode =
        0; // 0 this week's, 1 next week's, -1 last week's, 2 past (most recent), 3 upcoming (strictly after)
    if (w(j, "this") && (w(j + 1, "upcoming") || w(j + 1, "coming"))) {
        mode = 3;
        j += 2;
    } else if (w(j, "next") || w(j, "following")) {
        mode = 1;
        ++j;
    } else if (w(j, "coming") || w(j, "upcoming")) {
        mode = 4;
        ++j;
    } else if (w(j, "last") || w(j, "previous")) {
        mode = -1;
        ++j;
    } else if (w(j, "past")) {
        mode = 2;
        ++j;
    } else if (w(j, "this")) {
        ++j;
    }
    int wd = 0;
    int e = weekdayAt(j, &wd);
    if (e < 0)
        return false;
    // weekday followed by an explicit date: "Friday 7/6", "Tue May 9", "Friday-Jun-15", "Mon 13th", "tuesday
    // the eleventh"
    {
        int k = e;
        if ((dash(k) || sy(k, ',')))
            ++k;
        Period c;
        if (k < n && calendar(k, &c) && c.shape == Shape::Day) {
            c.rel = Rel::Weekday;
            *p = c;
            return true;
        }
        int kk = w(k, "the") ? k + 1 : k;
        int d = 0;
        const int de = dayNum(kk, &d, false);
        Unit unitAfter = Unit::Day;
        if (de > 0 && unitAt(de, &unitAfter) < 0 && !(num(kk) && (sy(de, ':') || t[kk].length() > 2)) &&
            !(de < n && (w(de, "am") || w(de, "pm")))) {
            QDate m(pub.year(), pub.month(), 1);
            for (int s = 0; s < 24; ++s, m = m.addMonths(1)) {
                const QDate c2(m.year(), m.month(), d);
                if (c2.isValid() && c2.dayOfWeek() == wd) {
                    *p = dayPeriod(c2);
                    p->rel = Rel::Weekday;
                    p->end = de;
                    return true;
                }
            }
        }
    }
    QDate d = pub.addDays(wd - pub.dayOfWeek());
    int end = e;
    // "monday of the following week", "tuesday of next week", "tuesday of last week"
    if (mode == 0 && w(e, "of")) {
        int k = e + 1;
        if (w(k, "the"))
            ++k;
        if (w(k + 1, "week")) {
            if (w(k, "next") || w(k, "following")) {
                d = d.addDays(7);
                end = k + 2;
            } else if (w(k, "last") || w(k, "previous")) {
                d = d.addDays(-7);
                end = k + 2;
            } else if (w(k, "this")) {
                end = k + 2;
            }
        }
    }
    Rel rel = Rel::Weekday;
    switch (mode) {
    case 1:
        d = d.addDays(7);
        rel = Rel::Future;
        break;
    case -1:
        d = d.addDays(-7);
        rel = Rel::Past;
        break;
    case 2:
        if (d >= pub)
            d = d.addDays(-7);
        rel = Rel::Past;
        break;
    case 3:
        if (d <= pub)
            d = d.addDays(7);
        rel = Rel::Future;
        break;
    case 4:
        d = d.addDays(7);
        rel = Rel::Future;
        break;
    default:
        break;
    }
    *p = dayPeriod(d);
    p->rel = rel;
    p->end = end;
    return true;
}

bool DateParser::relative(int i, Period *p) const
{
    if (i >= n || !t[i].isWord())
        return false;
    const QString &s = t[i].lower;
    auto single = [&](int days, Rel rel, int end) {
        const QDate d = pub.addDays(days);
        *p = spanPeriod(d, d, DatePrecision::Day, rel);
        p->end = end;
        return true;
    };
    if (s == QLatin1String("today") || s == QLatin1String("tonight"))
        return single(0, Rel::Present, i + 1);
    if (s == QLatin1String("tomorrow"))
        return single(1, Rel::Future, i + 1);
    if (s == QLatin1String("yesterday"))
        return single(-1, Rel::Past, i + 1);
    if (s == QLatin1String("otd"))
        return single(0, Rel::Present, i + 1);
    if (s == QLatin1String("weekend") &&
        !(i > 0 && t[i - 1].isWord() &&
          (t[i - 1].lower == QLatin1String("a") || t[i - 1].lower == QLatin1String("every") ||
           t[i - 1].lower == QLatin1String("each")))) {
        const QDate sunday = sundayOf(pub);
        *p = spanPeriod(sunday.addDays(-1), sunday, DatePrecision::Day, Rel::Present);
        p->end = i + 1;
        return true;
    }
    if ((s == QLatin1String("later") || s == QLatin1String("earlier")) &&
        (w(i + 1, "this") || w(i + 1, "in"))) {
        int j = i + 1;
        if (w(j, "in") && w(j + 1, "the"))
            j += 1;
        Period u;
        if (!unitPhrase(j, &u))
            return false;
        if (s == QLatin1String("later")) {
            u.rel = Rel::Future;
            u.first = pub;
        } else {
            u = spanPeriod(u.first, pub.addDays(-1), u.precision, Rel::Past);
            u.end = j + 2;
        }
        u.end = std::max(u.end, j + 2);
        *p = u;
        return true;
    }
    if (s == QLatin1String("year") && w(i + 1, "to") && w(i + 2, "date"))
        return single(-1, Rel::Present, i + 3);
    if ((s == QLatin1String("ytd")))
        return single(-1, Rel::Present, i + 1);
    if (s == QLatin1String("till") && w(i + 1, "date"))
        return single(-1, Rel::Present, i + 2);
    if (s == QLatin1String("current") && w(i + 1, "date"))
        return single(-1, Rel::Present, i + 2);
    if (weekdayPhrase(i, p))
        return true;
    return unitPhrase(i, p);
}

// Inner period for modifiers: a year, a month [year], this/next/last year|month|decade, the year.
bool DateParser::inner(int i, Period *p) const
{
    int y = 0;
    int k = year4(i, &y);
    if (k > 0) {
        *p = yearPeriod(y);
        p->end = k;
        return true;
    }
    if (w(i, "the") && w(i + 1, "year") && year4(i + 2, &y) > 0) {
        *p = yearPeriod(y);
        p->end = i + 3;
        return true;
    }
    if (fiscal(i, p))
        return true;
    if (monthLed(i, p) && (p->shape == Shape::Month))
        return true;
    if (unitPhrase(i, p)) {
        const QString u = t[p->end - 1].lower;
        return u == QLatin1String("year") || u == QLatin1String("month") || u == QLatin1String("decade") ||
               u == QLatin1String("quarter") || u == QLatin1String("week") || u == QLatin1String("century");
    }
    // "end of year", "end of month" without an article
    if (w(i, "year") || w(i, "month")) {
        const bool year = w(i, "year");
        *p = year ? yearPeriod(pub.year()) : monthPeriod(pub.year(), pub.month());
        p->rel = Rel::Present;
        p->end = i + 1;
        return true;
    }
    return false;
}

// fiscal 2028, fiscal year 2028, FY2028, FY28, the fiscal year ending March 2026, fiscal year-end March 2027
bool DateParser::fiscal(int i, Period *p) const
{
    int j = i;
    if (w(j, "the"))
        ++j;
    if (w(j, "fy") && j + 1 < n) {
        int k = j + 1;
        if (num(k) && (t[k].length() == 4 || t[k].length() == 2)) {
            int y = intAt(k);
            if (y < 100)
                y += 2000;
            *p = yearPeriod(y);
            p->end = k + 1;
            return true;
        }
        return false;
    }
    if (!(w(j, "fiscal") || w(j, "financial")))
        return false;
    ++j;
    bool yearWord = false;
    if (w(j, "year")) {
        yearWord = true;
        ++j;
    }
    // "year-end March 2027", "year ending March 2026", "ending in March 2026"
    int k = j;
    if (yearWord && dash(k) && w(k + 1, "end"))
        k += 2;
    else if (yearWord && (w(k, "end") || w(k, "ending") || w(k, "ended")))
        ++k;
    if (k != j) {
        if (w(k, "in"))
            ++k;
        Period m;
        if (monthLed(k, &m) && m.shape == Shape::Month) {
            *p = m;
            return true;
        }
        int y = 0;
        const int e = year4(k, &y);
        if (e > 0) {
            *p = yearPeriod(y);
            p->end = e;
            return true;
        }
        return false;
    }
    int y = 0;
    int e = year4(j, &y);
    if (e < 0 && num(j) && t[j].length() == 2) {
        y = 2000 + intAt(j);
        e = j + 1;
    }
    if (e < 0)
        return false;
    *p = yearPeriod(y);
    p->end = e;
    return true;
}

// Q3 2026, 2017-q1, q1 of 2017, the third quarter of 2027, H2 2026, the second half of 2026
bool DateParser::quarterHalf(int i, Period *p) const
{
    int j = i;
    int q = 0; // quarter 1-4, or half 5-6
    int y = 0;
    bool yearGiven = false;
    auto qh = [&](int k, int *v) {
        // "Q3" / "q3" / "H2"
        if (k + 1 < n && t[k].isWord() && num(k + 1) && glued(k + 1) && t[k + 1].length() == 1) {
            const int d = intAt(k + 1);
            if ((t[k].lower == QLatin1String("q")) && d >= 1 && d <= 4) {
                *v = d;
                return k + 2;
            }
            if (t[k].lower == QLatin1String("h") && d >= 1 && d <= 2) {
                *v = 4 + d;
                return k + 2;
            }
        }
        return -1;
    };
    int e = -1;
    int yk = year4(j, &y);
    if (num(j) && t[j].length() == 4 && y == 0) {
        // year4 refuses "2017q1"? tokens "2017" + "q" glued; read manually
        const int v = intAt(j);
        if (v >= 1900 && v <= 2199 && glued(j + 1) && t[j + 1].isWord()) {
            const int qe = qh(j + 1, &q);
            if (qe > 0) {
                y = v;
                yearGiven = true;
                e = qe;
            }
        }
    }
    if (e < 0 && yk > 0) {
        int k = yk;
        if ((dash(k) && glued(k)) || !glued(k))
            k += dash(k) ? 1 : 0;
        const int qe = qh(k, &q);
        if (qe > 0) {
            yearGiven = true;
            e = qe;
        }
    }
    if (e < 0) {
        const int qe = qh(j, &q);
        if (qe > 0) {
            e = qe;
            int k = qe;
            if ((dash(k) && glued(k)) || w(k, "of"))
                ++k;
            int yy = 0;
            int ye = year4(k, &yy);
            if (ye < 0 && num(k) && t[k].length() == 2 && k == qe) {
                yy = 2000 + intAt(k); // "Q3 26"
                ye = k + 1;
            }
            if (ye > 0) {
                y = yy;
                yearGiven = true;
                e = ye;
            } else if (w(k, "fiscal") || w(k, "fy")) {
                Period f;
                if (fiscal(k, &f)) {
                    y = f.year;
                    yearGiven = true;
                    e = f.end;
                }
            }
        }
    }
    if (e < 0) {
        // the first quarter of 2027 / the second half of 2026 / 1st quarter of 2013
        int k = j;
        if (w(k, "the"))
            ++k;
        int ord = 0;
        if (k < n && t[k].isWord())
            ord = std::max(0, NumberParser::ordinalWord(t[k].lower));
        if (w(k, "final") || w(k, "last") || w(k, "latter"))
            ord = -1;
        int ke = k + 1;
        if (ord == 0 && num(k) && t[k].length() == 1) {
            ord = intAt(k);
            ke = ordinalSuffix(k + 1);
            if (ke == k + 1)
                return false;
        }
        if (ord == 0)
            return false;
        const bool quarter = w(ke, "quarter");
        const bool half = w(ke, "half");
        if (!quarter && !half)
            return false;
        if (quarter)
            q = ord == -1 ? 4 : ord;
        else
            q = ord == -1 ? 6 : 4 + ord;
        if ((quarter && (q < 1 || q > 4)) || (half && (q < 5 || q > 6)))
            return false;
        e = ke + 1;
        if (w(e, "of") || (w(e, "in") && !w(e + 1, "the"))) {
            Period in;
            if (inner(e + 1, &in) && in.shape != Shape::Month) {
                y = in.first.year();
                yearGiven = true;
                e = in.end;
            } else if (w(e + 1, "the") && w(e + 2, "year")) {
                e = e + 3;
            }
        } else {
            // "the second half" alone: this year, only with "the"; "the last quarter" is relative
            if (!w(i, "the") || ord == -1)
                return false;
        }
    }
    if (q == 0)
        return false;
    if (!yearGiven)
        y = pub.year();
    Period r;
    if (q <= 4)
        r = spanPeriod(QDate(y, 3 * q - 2, 1), endOfPeriod(QDate(y, 3 * q, 1), DatePrecision::Month),
                       DatePrecision::Quarter, Rel::Absolute);
    else
        r = spanPeriod(QDate(y, q == 5 ? 1 : 7, 1), QDate(y, q == 5 ? 6 : 12, q == 5 ? 30 : 31),
                       DatePrecision::Month, Rel::Absolute);
    r.year = y;
    r.yearGiven = yearGiven;
    r.end = e;
    *p = r;
    return true;
}

// week 31, week 27 of last year, the first week of 2021, the last week of july, the week of April 10th
bool DateParser::weekOf(int i, Period *p) const
{
    int j = i;
    if (w(j, "the"))
        ++j;
    if (w(j, "week") && num(j + 1) && t[j + 1].length() <= 2) {
        const int wk = intAt(j + 1);
        if (wk < 1 || wk > 53)
            return false;
        int y = pub.year();
        int e = j + 2;
        if (w(e, "of")) {
            Period in;
            if (inner(e + 1, &in)) {
                y = in.first.year();
                e = in.end;
            }
        }
        const QDate s = isoWeekSunday(y, wk);
        *p = spanPeriod(s.addDays(-6), s, DatePrecision::Day, Rel::Absolute);
        p->end = e;
        return true;
    }
    if (w(j, "week") &&
        (w(j + 1, "of") || w(j + 1, "beginning") || w(j + 1, "starting") || w(j + 1, "commencing"))) {
        int k = j + 2;
        if (w(k, "on"))
            ++k;
        Period c;
        if (calendar(k, &c) && c.shape == Shape::Day) {
            const QDate s = sundayOf(c.first);
            *p = spanPeriod(s.addDays(-6), s, DatePrecision::Day, Rel::Absolute);
            p->end = c.end;
            return true;
        }
        return false;
    }
    // ordinal week/month/days of X
    int ord = 0;
    int k = j;
    if (k < n && t[k].isWord())
        ord = std::max(0, NumberParser::ordinalWord(t[k].lower));
    if (w(k, "last"))
        ord = -1;
    int ke = k + 1;
    if (ord == 0 && num(k) && t[k].length() <= 2) {
        ke = ordinalSuffix(k + 1);
        if (ke == k + 1)
            return false;
        ord = intAt(k);
    }
    if (ord == 0)
        return false;
    // "the first 2 weeks of 2021", "the last four months of 2021", "first ten days of last year"
    int cnt = 0;
    int ce = count(ke, &cnt);
    Unit unit = Unit::Day;
    int ue = -1;
    if (ce > 0 && (ord == 1 || ord == -1)) {
        ue = unitAt(ce, &unit);
        if (ue < 0)
            ce = -1;
    }
    if (ce < 0) {
        cnt = 1;
        ue = unitAt(ke, &unit);
    }
    if (ue < 0 || !w(ue, "of"))
        return false;
    Period in;
    if (!inner(ue + 1, &in)) {
        Period m;
        if (!(monthLed(ue + 1, &m)))
            return false;
        in = m;
    }
    Period r;
    if (unit == Unit::Week) {
        if (in.precision == DatePrecision::Year && in.last.month() == 12 && in.first.month() == 1) {
            const int y = in.first.year();
            const QDate s = ord == -1 ? sundayOf(in.last) : isoWeekSunday(y, ord + (cnt - 1));
            r = spanPeriod(s.addDays(-6), s, DatePrecision::Day, in.rel);
        } else {
            const QDate s =
                ord == -1 ? sundayOf(in.last) : sundayOf(in.first.addDays(7 * (ord - 1 + cnt - 1)));
            r = spanPeriod(s.addDays(-6), s, DatePrecision::Day, in.rel);
        }
    } else if (unit == Unit::Month) {
        if (ord == -1)
            r = spanPeriod(in.last.addMonths(-cnt + 1), in.last, DatePrecision::Month, in.rel);
        else {
            const QDate m = in.first.addMonths(ord - 1 + cnt - 1);
            r = spanPeriod(in.first, endOfPeriod(m, DatePrecision::Month), DatePrecision::Month, in.rel);
        }
    } else if (unit == Unit::Day) {
        const QDate d = ord == -1 ? in.last : in.first.addDays(ord - 1 + cnt - 1);
        r = spanPeriod(d, d, DatePrecision::Day, in.rel);
    } else {
        return false;
    }
    r.end = in.end;
    *p = r;
    return true;
}

// 1990s, 1990 s, the nineties, 21st century
bool DateParser::decade(int i, Period *p) const
{
    int j = i;
    if (w(j, "the"))
        ++j;
    if (num(j) && (t[j].length() == 4 || t[j].length() == 2) && w(j + 1, "s") &&
        (glued(j + 1) || t[j].length() == 4 || true)) {
        int v = intAt(j);
        if (t[j].length() == 4 && v % 10 != 0)
            return false;
        if (t[j].length() == 2) {
            if (v % 10 != 0)
                return false;
            v += 1900;
        }
        *p = spanPeriod(QDate(v, 1, 1), QDate(v + 9, 12, 31), DatePrecision::Year, Rel::Absolute);
        p->end = j + 2;
        return true;
    }
    if ((sy(j, '\'') || sy(j, 0x2019)) && num(j + 1) && t[j + 1].length() == 2 && w(j + 2, "s") &&
        glued(j + 2)) {
        const int v = 1900 + intAt(j + 1);
        *p = spanPeriod(QDate(v, 1, 1), QDate(v + 9, 12, 31), DatePrecision::Year, Rel::Absolute);
        p->end = j + 3;
        return true;
    }
    if (j < n && t[j].isWord() && decadeWords().contains(t[j].lower) && (j > i || w(i - 1, "in"))) {
        const int v = 1900 + decadeWords().value(t[j].lower);
        *p = spanPeriod(QDate(v, 1, 1), QDate(v + 9, 12, 31), DatePrecision::Year, Rel::Absolute);
        p->end = j + 1;
        return true;
    }
    int ord = 0;
    int e = -1;
    if (num(j) && t[j].length() <= 2) {
        e = ordinalSuffix(j + 1);
        if (e == j + 1)
            return false;
        ord = intAt(j);
    } else if (j < n && t[j].isWord()) {
        int d = 0;
        e = dayNum(j, &d, false);
        ord = d;
    }
    if (e > 0 && ord > 0 && w(e, "century")) {
        const int c0 = (ord - 1) * 100;
        *p = spanPeriod(QDate(c0, 1, 1), QDate(c0 + 99, 12, 31), DatePrecision::Year, Rel::Absolute);
        p->end = e + 1;
        return true;
    }
    return false;
}

bool DateParser::holidayAt(int i, Period *p) const
{
    int j = i;
    int dir = 0;
    if (w(j, "next")) {
        dir = 1;
        ++j;
    } else if (w(j, "last")) {
        dir = -1;
        ++j;
    } else if (w(j, "the")) {
        ++j;
    }
    if (j >= n || !t[j].isWord())
        return false;
    static const QSet<QString> firstWords = [] {
        QSet<QString> r;
        for (const char *w : {"christmas",     "xmas",      "boxing",    "new",        "easter", "good",
                              "thanksgiving",  "black",     "cyber",     "labor",      "labour", "memorial",
                              "independence",  "halloween", "valentine", "valentines", "saint",  "st",
                              "international", "may",       "workers",   "veterans"})
            r.insert(QString::fromLatin1(w));
        return r;
    }();
    if (!firstWords.contains(t[j].lower))
        return false;
    // Build up to four words, skipping "'s" and apostrophes.
    QString name;
    int k = j;
    int bestEnd = -1;
    QString best;
    for (int words = 0; k < n && words < 4;) {
        if (sy(k, '\'') || sy(k, 0x2019)) {
            ++k;
            if (w(k, "s") && glued(k))
                ++k;
            continue;
        }
        if (!t[k].isWord())
            break;
        if (!name.isEmpty())
            name += QLatin1Char(' ');
        name += t[k].lower == QLatin1String("st") ? QStringLiteral("st") : t[k].lower;
        ++k;
        ++words;
        if (sy(k, '.') && t[k - 1].lower == QLatin1String("st"))
            ++k;
        if (holiday(name, 2000).isValid()) {
            bestEnd = k;
            best = name;
        }
    }
    if (bestEnd < 0)
        return false;
    // "may day" needs care: only with "day" after "may" capitalized
    if (best == QLatin1String("may day") && !t[j].capitalized)
        return false;
    int y = pub.year();
    int e = bestEnd;
    int yy = 0;
    const int ye = year4(e, &yy);
    bool given = false;
    if (ye > 0) {
        y = yy;
        e = ye;
        given = true;
    }
    QDate d = holiday(best, y);
    if (!given && dir > 0 && d < pub)
        d = holiday(best, y + 1);
    if (!given && dir < 0 && d > pub)
        d = holiday(best, y - 1);
    if (!d.isValid())
        return false;
    *p = dayPeriod(d);
    p->yearGiven = given;
    p->rel = dir > 0 ? Rel::Future : (dir < 0 ? Rel::Past : Rel::Absolute);
    if (w(e, "weekend")) {
        const QDate s = sundayOf(d);
        *p = spanPeriod(d, d.dayOfWeek() == 1 ? d : s, DatePrecision::Day, p->rel);
        ++e;
    }
    p->end = e;
    return true;
}

bool DateParser::plainYear(int i, Period *p) const
{
    int y = 0;
    int e = year4(i, &y);
    if (e < 0 || y < 1900 || y > 2199)
        return false;
    // Glued into a chain: "+86 2010-2015-86", "2015-32", "ABC-2019"
    if (i > 0 && glued(i)) {
        if (!(sy(i - 1, '(') || sy(i - 1, '"') || sy(i - 1, 0x201C) || sy(i - 1, '=') || sy(i - 1, '<') ||
              sy(i - 1, '-')))
            return false;
        if (sy(i - 1, '-') && i > 1 && glued(i - 1) && (t[i - 2].isNumber() || t[i - 2].isWord()))
            return false;
    }
    if (e < n && glued(e) && (sy(e, '-') || sy(e, '/') || sy(e, '.') || sy(e, ':')) && num(e + 1) &&
        glued(e + 1))
        return false;
    if (sy(e, '%') || w(e, "percent"))
        return false;
    // Digit groups around it: "0800 2030 4455"
    if ((i > 0 && t[i - 1].isNumber()) || (e < n && t[e].isNumber()))
        return false;
    if (i > 0 && t[i - 1].isSymbol() && !t[i - 1].lower.isEmpty()) {
        const QChar c = t[i - 1].lower.at(0);
        if (c == QLatin1Char('$') || c == QChar(0x20AC) || c == QChar(0xA3) || c == QChar(0xA5) ||
            c == QLatin1Char('#'))
            return false;
    }
    // A name with a year: "Vision 2030", "Made in China 2025".
    if (i > 0 && t[i - 1].isWord() && !t[i - 1].sentenceStart) {
        const Token &prev = t[i - 1];
        const bool upper = m_text.mid(prev.start, prev.length()) != prev.lower;
        if (upper && !yearLeads().contains(prev.lower) && !monthNames().contains(prev.lower))
            return false;
    }
    if (e < n && t[e].isWord()) {
        // "2025 plans" fine; "2000 pieces", "2019 model" - counted things
        static const QSet<QString> counted = [] {
            QSet<QString> r;
            for (const char *w :
                 {"pieces",   "units",  "people", "employees", "workers", "jobs",   "engineers", "shares",
                  "gpus",     "chips",  "model",  "models",    "edition", "series", "version",   "plan",
                  "strategy", "agenda", "vision", "roadmap",   "goals",   "targets"})
                r.insert(QString::fromLatin1(w));
            return r;
        }();
        if (counted.contains(t[e].lower))
            return false;
    }
    *p = yearPeriod(y);
    p->end = e;
    return true;
}

// Modifiers around an inner period.
bool DateParser::modified(int i, Period *p) const
{
    int j = i;
    if (w(j, "the"))
        ++j;
    // end / close / beginning / start / middle of X
    const bool end = w(j, "end") || w(j, "close");
    const bool begin = w(j, "beginning") || w(j, "start");
    const bool middle = w(j, "middle");
    if ((end || begin || middle) && w(j + 1, "of")) {
        Period in;
        if (!inner(j + 2, &in)) {
            Period m;
            if (!(quarterHalf(j + 2, &m)))
                return false;
            in = m;
        }
        Period r = in;
        if (end) {
            r.first = in.last;
            if (r.rel == Rel::Present)
                r.rel = Rel::Future;
        } else if (begin) {
            if (in.precision == DatePrecision::Year && in.shape == Shape::Year)
                r.last = QDate(in.first.year(), 4, 30);
            else if (in.precision == DatePrecision::Month)
                r.last = in.first.addDays(9);
            else
                r.last = in.first;
        } else {
            if (in.shape == Shape::Year) {
                r.first = QDate(in.first.year(), 5, 1);
                r.last = QDate(in.first.year(), 6, 30);
                r.precision = DatePrecision::Month;
            } else {
                r.first = in.first.addDays(9);
                r.last = in.first.addDays(14);
            }
        }
        r.shape = Shape::Other;
        *p = r;
        return true;
    }
    // year-end / year end / EOY
    if (j == i && (w(i, "eoy") || w(i, "eom"))) {
        const bool y = w(i, "eoy");
        const QDate d = y ? QDate(pub.year(), 12, 31) : endOfPeriod(pub, DatePrecision::Month);
        *p = spanPeriod(d, d, y ? DatePrecision::Year : DatePrecision::Month, Rel::Future);
        p->end = i + 1;
        return true;
    }
    if (w(j, "year") && ((dash(j + 1) && w(j + 2, "end")) || w(j + 1, "end"))) {
        const int e = w(j + 1, "end") ? j + 2 : j + 3;
        const QDate d(pub.year(), 12, 31);
        *p = spanPeriod(d, d, DatePrecision::Year, Rel::Future);
        p->end = e;
        return true;
    }
    // mid-2027, mid 1989, mid-November, early 2027, late 2026, early September
    const bool mid = w(j, "mid");
    const bool early = w(j, "early");
    const bool late = w(j, "late");
    if (mid || early || late) {
        int k = j + 1;
        if (dash(k) && glued(k))
            ++k;
        else if (glued(k) && !mid)
            return false;
        Period in;
        if (!inner(k, &in))
            return false;
        Period r = in;
        if (in.shape == Shape::Year) {
            if (mid) {
                r.first = QDate(in.first.year(), 5, 1);
                r.last = QDate(in.first.year(), 6, 30);
                r.precision = DatePrecision::Month;
            } else if (early) {
                r.last = QDate(in.first.year(), 4, 30);
            } else {
                r.first = QDate(in.first.year(), 9, 1);
            }
        } else if (in.shape == Shape::Month) {
            if (mid) {
                r.first = in.first.addDays(9);
                r.last = in.first.addDays(14);
            } else if (early) {
                r.last = in.first.addDays(9);
            } else {
                r.first = in.first.addDays(20);
            }
        } else {
            if (!mid && in.rel == Rel::Present)
                return false;
        }
        r.shape = Shape::Other;
        *p = r;
        return true;
    }
    return false;
}

bool DateParser::point(int i, Period *p) const
{
    if (i >= n)
        return false;
    const Token &tk = t[i];
    if (tk.isNumber()) {
        if (quarterHalf(i, p) || decade(i, p) || calendar(i, p) || weekOf(i, p))
            return true;
        return plainYear(i, p);
    }
    if (tk.isSymbol())
        return decade(i, p) || (sy(i, '<') && sy(i + 1, '=') && plainYear(i + 2, p));
    {
        // "in nineteen ninety six", "in two thousand and twenty"
        int y = 0;
        const int e = (i > 0 && (w(i - 1, "in") || w(i - 1, "since") || w(i - 1, "by") || w(i - 1, "until") ||
                                 w(i - 1, "of") || w(i - 1, "from")))
                          ? spelledYear(i, &y)
                          : -1;
        if (e > 0 && y >= 1000) {
            *p = yearPeriod(y);
            p->end = e;
            return true;
        }
    }
    return modified(i, p) || quarterHalf(i, p) || fiscal(i, p) || weekOf(i, p) || decade(i, p) ||
           holidayAt(i, p) || calendar(i, p) || relative(i, p) ||
           (w(i, "the") && w(i + 1, "year") && plainYear(i + 2, p)) ||
           ((w(i, "calendar") && w(i + 1, "year") && plainYear(i + 2, p))) ||
           ((w(i, "cy") && num(i + 1) && glued(i + 1) && t[i + 1].length() == 2) &&
            (*p = yearPeriod(2000 + intAt(i + 1)), p->end = i + 2, true));
}

// The end of a range after "to", "-", "through", "and": inherits month and year from the start.
bool DateParser::rangeEnd(int i, const Period &from, Period *p) const
{
    if (w(i, "now") || w(i, "date")) {
        *p = spanPeriod(pub, pub, DatePrecision::Day, Rel::Present);
        p->end = i + 1;
        return true;
    }
    Period y;
    bool ok = point(i, &y);
    if (!ok || y.shape == Shape::Other) {
        // a bare day: "18-19", "9th through 17th", "to the third of april"
        int j = w(i, "the") ? i + 1 : i;
        int d = 0;
        const int e = dayNum(j, &d, false);
        if (e > 0 && (from.shape == Shape::Day || from.shape == Shape::DayOnly) && (!ok || y.end <= e)) {
            if (num(j) && e == j + 1 && glued(j + 1) && (sy(j + 1, '/') || sy(j + 1, '.')))
                return false;
            Period r = resolveDay(from.year, from.month, d, from.yearGiven, e);
            if (r.end < 0)
                return false;
            int yy = 0;
            const int ye = trailingYear(e, &yy);
            if (ye > 0) {
                r = resolveDay(yy, from.month, d, true, ye);
                if (r.end < 0)
                    return false;
            }
            *p = r;
            return true;
        }
        if (!ok)
            return false;
    }
    if (!y.yearGiven && (y.shape == Shape::Day || y.shape == Shape::Month) && from.first.isValid()) {
        int yr = from.first.year();
        Period r = y.shape == Shape::Day ? resolveDay(yr, y.month, y.day, from.yearGiven, y.end)
                                         : monthPeriod(yr, y.month);
        if (r.shape == Shape::Month)
            r.end = y.end;
        if (r.end > 0 && r.last < from.first) {
            r = y.shape == Shape::Day ? resolveDay(yr + 1, y.month, y.day, from.yearGiven, y.end)
                                      : monthPeriod(yr + 1, y.month);
            if (r.shape == Shape::Month)
                r.end = y.end;
        }
        if (r.end > 0) {
            r.yearGiven = from.yearGiven;
            y = r;
        }
    }
    *p = y;
    return true;
}

bool DateParser::expr(int i, Period *p) const
{
    const bool between = w(i, "between");
    const bool from = w(i, "from");
    int j = (between || from) ? i + 1 : i;
    {
        // "2014-2018", "2014~2018"
        int y1 = 0, y2 = 0;
        const int e1 = year4(j, &y1);
        if (e1 > 0 && (dash(e1) || sy(e1, '~')) && glued(e1) && glued(e1 + 1)) {
            const int e2 = year4(e1 + 1, &y2);
            if (e2 > 0 && y2 > y1 && !(glued(e2) && (dash(e2) || sy(e2, '/')) && num(e2 + 1)) &&
                !(i > 0 && glued(i) && (dash(i - 1) || sy(i - 1, '+')))) {
                *p = yearPeriod(y2);
                p->first = QDate(y1, 1, 1);
                p->shape = Shape::Other;
                p->end = e2;
                return true;
            }
        }
    }
    Period a;
    bool ok = point(j, &a);
    if (!ok || (a.shape == Shape::Year && dash(a.end))) {
        // a bare first day: "between ninth and seventeenth of april", "from the 27th to the 3rd of april"
        int k = w(j, "the") ? j + 1 : j;
        int d = 0;
        const int e = dayNum(k, &d, false);
        const int conn = e;
        if (e > 0 &&
            (between || from || dash(conn) || w(conn, "and") || w(conn, "to") || w(conn, "through")) &&
            (w(conn, "and") || w(conn, "to") || dash(conn) || w(conn, "through"))) {
            int k2 = conn + 1;
            Period b;
            if (point(k2, &b) && b.shape == Shape::Day) {
                Period first = resolveDay(b.year, b.month, d, b.yearGiven, e);
                if (first.end > 0) {
                    Period r = b;
                    if (first.first > b.first) {
                        // "from the twenty-seventh to the third of april": the start is in the previous month
                    }
                    r.rel = b.rel;
                    *p = r;
                    return true;
                }
            }
        }
        if (!ok)
            return false;
    }
    int c = a.end;
    // "2014-2018": year ranges are written glued
    bool conn = false;
    if (between)
        conn = w(c, "and") || dash(c);
    else
        conn = w(c, "to") || w(c, "through") || w(c, "thru") || w(c, "till") || w(c, "until") || dash(c) ||
               sy(c, '~');
    if (conn) {
        Period b;
        if (rangeEnd(c + 1, a, &b)) {
            // chains such as phone numbers: "2010-2015-86"
            if (!(dash(b.end) && glued(b.end) && num(b.end + 1))) {
                Period r = b;
                r.first = a.first;
                if (a.rel == Rel::Past)
                    r.rel = Rel::Past;
                // "from May to Oct 2020": the start takes the end's year
                *p = r;
                return true;
            }
            if (a.shape == Shape::Year)
                return false;
        }
    }
    if (between || from) {
        // "from 2014" / "between" alone: not a closed range; leave it to the bare point.
        return false;
    }
    *p = a;
    return true;
}

// Durations: "18 months ago", "3 weeks later", "two days after today", "the next 4 business days", "last 3
// months"
bool DateParser::durationExpr(int i, Period *p) const
{
    int j = i;
    if (w(j, "the"))
        ++j;
    int dir = 0;
    bool before = false;
    if (w(j, "next") || w(j, "coming") || w(j, "following") || w(j, "upcoming")) {
        dir = 1;
        ++j;
    } else if (w(j, "last") || w(j, "past") || w(j, "previous") || w(j, "prior")) {
        dir = -1;
        ++j;
    }
    if (w(i, "more") && w(i + 1, "than"))
        j = i + 2;
    int c = 0;
    int k = count(j, &c);
    if (k < 0)
        return false;
    // "2 next days", "5 past years", "the 2 upcoming months"
    bool postDir = false;
    if (dir == 0) {
        postDir = w(k, "next") || w(k, "upcoming") || w(k, "coming") || w(k, "past") || w(k, "last") ||
                  w(k, "previous");
        if (w(k, "next") || w(k, "upcoming") || w(k, "coming")) {
            dir = 1;
            ++k;
        } else if (w(k, "past") || w(k, "last") || w(k, "previous")) {
            dir = -1;
            ++k;
        }
    }
    Unit u = Unit::Day;
    int e = unitAt(k, &u);
    if (e < 0)
        return false;
    if (c <= 0 || c > 1000)
        return false;
    // "3 next weeks" but not "3 next week" (three people, next week)
    if (postDir && c != 1 && !t[e - 1].lower.endsWith(QLatin1Char('s')))
        return false;
    const int firstEnd = e;
    // "2 years 1 month 21 days later"
    Unit lastUnit = u;
    struct Part
    {
        int c;
        Unit u;
    };
    Part parts[4] = {{c, u}, {0, Unit::Day}, {0, Unit::Day}, {0, Unit::Day}};
    int np = 1;
    while (np < 4) {
        int kk = e;
        if (w(kk, "and"))
            ++kk;
        int c2 = 0;
        const int k2 = count(kk, &c2);
        if (k2 < 0 || !num(kk))
            break;
        Unit u2 = Unit::Day;
        const int e2 = unitAt(k2, &u2);
        if (e2 < 0)
            break;
        parts[np++] = {c2, u2};
        e = e2;
        lastUnit = u2;
    }
    auto apply = [&](QDate base, int sign) {
        for (int q = 0; q < np; ++q)
            base = addUnits(base, parts[q].u, sign * parts[q].c);
        return base;
    };
    if (dir != 0) {
        np = 1; // "the last 3 months and 2 weeks ago": only the first part belongs here
        e = firstEnd;
        lastUnit = u;
    }
    const DatePrecision prec = unitPrecision(lastUnit);
    if (dir > 0) {
        const QDate d =
            u == Unit::Quarter ? endOfPeriod(pub.addMonths(3 * c), DatePrecision::Quarter) : apply(pub, 1);
        *p = spanPeriod(pub, d, prec, Rel::Future);
        p->end = e;
        return true;
    }
    if (dir < 0) {
        QDate last = pub.addDays(-1);
        if (u == Unit::Quarter)
            last = endOfPeriod(pub.addMonths(-3), DatePrecision::Quarter);
        *p = spanPeriod(apply(pub, -1), last, prec, Rel::Past);
        p->end = e;
        return true;
    }
    if (w(e, "ago") || w(e, "earlier") || w(e, "before") || w(e, "after") || w(e, "later") || w(e, "from") ||
        w(e, "since")) {
        const bool back = w(e, "ago") || w(e, "earlier") || w(e, "before");
        before = back;
        int anchorEnd = e + 1;
        QDate base = pub;
        Rel rel = back ? Rel::Past : Rel::Future;
        if (w(e, "before") || w(e, "after") || w(e, "from") || w(e, "since")) {
            if (w(e + 1, "now")) {
                anchorEnd = e + 2;
            } else {
                Period anchor;
                if (!point(e + 1, &anchor))
                    return false;
                base = anchor.first;
                anchorEnd = anchor.end;
                if (!anchor.yearGiven && !back && base < pub &&
                    (anchor.shape == Shape::Day || anchor.shape == Shape::Month))
                    base = base.addYears(1);
                if (anchor.rel == Rel::Past)
                    rel = Rel::Past;
                // "3 days from Tuesday": from a weekday means the coming one
                if (anchor.rel == Rel::Weekday && base < pub)
                    base = base.addDays(7);
                if (w(e, "since"))
                    base = anchor.first;
            }
        } else if (w(e, "later") && w(e + 1, "than")) {
            return false; // "a year later than planned"
        }
        const QDate d = apply(base, before ? -1 : 1);
        *p = spanPeriod(d, d, prec, rel);
        p->end = anchorEnd;
        return true;
    }
    return false;
}

// Triggers: by, before, until, through, no later than, within, over, in the next ...
bool DateParser::triggered(int i, Period *p, bool *deadlineTrigger) const
{
    *deadlineTrigger = false;
    if (i >= n || !t[i].isWord())
        return false;
    const QString &s = t[i].lower;
    int j = -1;
    bool before = false;
    if (s == QLatin1String("by") || s == QLatin1String("until") || s == QLatin1String("till") ||
        s == QLatin1String("through") || s == QLatin1String("thru") || s == QLatin1String("til") ||
        s == QLatin1String("throughout"))
        j = i + 1;
    else if ((s == QLatin1String("no") || s == QLatin1String("not")) && w(i + 1, "later") && w(i + 2, "than"))
        j = i + 3;
    else if (s == QLatin1String("as") && w(i + 1, "late") && w(i + 2, "as"))
        j = i + 3;
    else if (s == QLatin1String("before") || (s == QLatin1String("prior") && w(i + 1, "to"))) {
        j = s == QLatin1String("before") ? i + 1 : i + 2;
        before = true;
    } else if (s == QLatin1String("ahead") && w(i + 1, "of")) {
        j = i + 2;
        before = true;
    }
    if (j > 0) {
        if (w(j, "the") && w(j + 1, "end") && w(j + 2, "of")) {
            // handled by modified() through expr()
        }
        Period a;
        if (!expr(j, &a) && !(durationExpr(j, &a) && a.rel != Rel::Past))
            return false;
        if (before) {
            a.last = a.first.addDays(-1);
            if (a.rel == Rel::Present)
                a.rel = Rel::Future;
        }
        // "by March 31" without a year, already past: next year's
        if (!a.yearGiven && a.last < pub && (a.shape == Shape::Day || a.shape == Shape::Month)) {
            a.last = a.last.addYears(1);
            a.first = a.first.addYears(1);
        }
        if (a.rel == Rel::Present || a.rel == Rel::Weekday)
            a.rel = Rel::Future;
        *deadlineTrigger = a.rel != Rel::Past;
        *p = a;
        return true;
    }
    // within / over / in the next / during the next + duration
    if (s == QLatin1String("within") || s == QLatin1String("over") || s == QLatin1String("in") ||
        s == QLatin1String("during") || s == QLatin1String("for")) {
        int k = i + 1;
        if (w(k, "the"))
            ++k;
        int dir = 0;
        if (w(k, "next") || w(k, "coming") || w(k, "following") || w(k, "upcoming")) {
            dir = 1;
            ++k;
        } else if (w(k, "past") || w(k, "last") || w(k, "previous")) {
            dir = -1;
            ++k;
        }
        const bool strong = s == QLatin1String("within") || s == QLatin1String("over");
        if ((s == QLatin1String("during") || s == QLatin1String("for")) && dir == 0)
            return false;
        if (s == QLatin1String("in") && dir == 0 && k != i + 1)
            return false; // "in the 2 upcoming months" is handled as a duration expression
        int c = 1;
        int ce = count(k, &c);
        if (ce < 0) {
            if (!strong)
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
        if (c <= 0 || c > 1000)
            return false;
        if (!strong && w(e, "of"))
            return false; // "for the last four months of 2021"
        if (dir < 0) {
            const QDate last =
                u == Unit::Quarter ? endOfPeriod(pub.addMonths(-3), DatePrecision::Quarter) : pub.addDays(-1);
            *p = spanPeriod(addUnits(pub, u, -c), last, unitPrecision(u), Rel::Past);
            p->end = e;
            return true;
        }
        // "in 2 hours" never reaches here; "in a year" / "in two years" is a duration from now
        const QDate d = u == Unit::Quarter ? endOfPeriod(pub.addMonths(3 * c), DatePrecision::Quarter)
                                           : addUnits(pub, u, c);
        *p = spanPeriod(pub, d, unitPrecision(u), Rel::Future);
        p->end = e;
        *deadlineTrigger = true;
        return true;
    }
    return false;
}

bool DateParser::at(int i, Suggestion *out, int *next) const
{
    Period p;
    bool trigger = false;
    bool ok = triggered(i, &p, &trigger);
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
    Suggestion s;
    const bool pastish = p.rel == Rel::Past || p.rel == Rel::Present || p.rel == Rel::Weekday;
    bool deadline = false;
    if (trigger)
        deadline = p.last > pub;
    else if (!pastish)
        deadline =
            p.last > pub && (p.rel == Rel::Future || p.first > pub || p.precision != DatePrecision::Day);
    s.kind = deadline ? Suggestion::Kind::Deadline : Suggestion::Kind::Date;
    s.start = t[i].start;
    s.end = t[p.end - 1].end;
    s.text = m_text.mid(s.start, s.end - s.start);
    s.due = p.last;
    s.precision = p.precision;
    *out = s;
    *next = p.end;
    return true;
}

// Words that can start a date expression; other words are skipped without parsing.
bool canStart(const Token &tk)
{
    static const QSet<QString> starts = [] {
        QSet<QString> r;
        for (const char *w : {"by",
                              "until",
                              "till",
                              "til",
                              "through",
                              "thru",
                              "throughout",
                              "no",
                              "not",
                              "as",
                              "before",
                              "prior",
                              "ahead",
                              "within",
                              "over",
                              "in",
                              "during",
                              "for",
                              "the",
                              "next",
                              "coming",
                              "following",
                              "upcoming",
                              "last",
                              "past",
                              "previous",
                              "this",
                              "current",
                              "same",
                              "present",
                              "later",
                              "earlier",
                              "today",
                              "tonight",
                              "tomorrow",
                              "yesterday",
                              "otd",
                              "weekend",
                              "year",
                              "ytd",
                              "end",
                              "close",
                              "beginning",
                              "start",
                              "middle",
                              "mid",
                              "early",
                              "late",
                              "eoy",
                              "eom",
                              "fiscal",
                              "financial",
                              "fy",
                              "cy",
                              "calendar",
                              "q",
                              "h",
                              "week",
                              "between",
                              "from",
                              "more",
                              "a",
                              "an",
                              "couple",
                              "christmas",
                              "xmas",
                              "boxing",
                              "new",
                              "easter",
                              "good",
                              "thanksgiving",
                              "black",
                              "cyber",
                              "labor",
                              "labour",
                              "memorial",
                              "independence",
                              "halloween",
                              "valentine",
                              "valentines",
                              "saint",
                              "st",
                              "international",
                              "workers",
                              "veterans",
                              "final",
                              "latter"})
            r.insert(QString::fromLatin1(w));
        return r;
    }();
    if (!tk.isWord())
        return true;
    const QString &s = tk.lower;
    return starts.contains(s) || monthNames().contains(s) || weekdayNames().contains(s) ||
           decadeWords().contains(s) || NumberParser::cardinalWord(s) >= 0 ||
           NumberParser::ordinalWord(s) >= 0;
}

} // namespace

DateRecognizer::DateRecognizer(const QString &text, const QVector<Token> &tokens, const QDate &published)
    : m_text(text), m_tokens(tokens), m_published(published.isValid() ? published : QDate::currentDate())
{}

bool DateRecognizer::dateAt(int i, Suggestion *out, int *next) const
{
    DateParser parser(m_text, m_tokens, m_published);
    return parser.at(i, out, next);
}

void DateRecognizer::recognize(QVector<Suggestion> *out) const
{
    DateParser parser(m_text, m_tokens, m_published);
    const int n = int(m_tokens.size());
    int i = 0;
    while (i < n) {
        Suggestion s;
        int next = i + 1;
        if (m_tokens[i].isSymbol() && !m_tokens[i].lower.startsWith(QLatin1Char('\'')) &&
            !m_tokens[i].lower.startsWith(QChar(0x2019)) && m_tokens[i].lower != QLatin1String("<")) {
            ++i;
            continue;
        }
        if (canStart(m_tokens[i]) && parser.at(i, &s, &next)) {
            out->append(s);
            i = std::max(next, i + 1);
            continue;
        }
        ++i;
    }
}

} // namespace Gleaner
