// The productions of the English date rules (resources/data/en-date-rules.tsv).
#include "suggest/dateatoms.h"

#include "suggest/dateparser.h"
#include "suggest/vocabulary.h"

#include <algorithm>
#include <functional>

namespace Gleaner::Dates {

namespace {

using Match = QRegularExpressionMatch;
using Production = std::function<bool(const Match &, const QDate &published, Period *)>;

int numberOf(const Match &m, const char *group)
{
    const QString digits = m.captured(QString::fromLatin1(group));
    return digits.isEmpty() ? -1 : digits.toInt();
}

Period years(int first, int count)
{
    return spanPeriod(QDate(first, 1, 1), QDate(first + count - 1, 12, 31), DatePrecision::Year,
                      Rel::Absolute);
}

// What each rule's match names, by production name.
const QHash<QString, Production> &productions()
{
    static const QHash<QString, Production> p = {
        // 1990s, 90s, ’90s; the 1300s and 1900s are centuries (the 2000s a decade)
        {QStringLiteral("decade"),
         [](const Match &m, const QDate &, Period *out) {
             const int shortYear = numberOf(m, "short");
             if (shortYear >= 0) {
                 *out = years(1900 + shortYear, 10);
                 return true;
             }
             const QString digits = m.captured(QStringLiteral("number"));
             const int v = digits.toInt();
             if (v % 10 != 0)
                 return false;
             if (digits.size() == 4 && v % 100 == 0 && v < 2000)
                 *out = years(v, 100);
             else
                 *out = years(digits.size() == 2 ? 1900 + v : v, 10);
             return true;
         }},
        {QStringLiteral("decade-word"),
         [](const Match &m, const QDate &, Period *out) {
             const WordMap<int> &words = Vocabulary::english().numbers(QStringLiteral("decade-word"));
             *out = years(1900 + words.value(m.captured(QStringLiteral("word")).toLower()), 10);
             return true;
         }},
        // 21st century, twenty-first century
        {QStringLiteral("century"),
         [](const Match &m, const QDate &, Period *out) {
             int ord = numberOf(m, "number"); // 21st, 32nd
             if (ord < 0) {                   // first to thirty-first
                 const WordMap<int> &ordinals = Vocabulary::english().numbers(QStringLiteral("ordinal"));
                 ord = ordinals.value(m.captured(QStringLiteral("ordinal")).toLower(), 0);
                 const QString tens = m.captured(QStringLiteral("tens")).toLower();
                 if (!tens.isEmpty()) {
                     if (ord >= 10)
                         return false;
                     ord += tens == QLatin1String("twenty") ? 20 : 30;
                 }
             }
             if (ord < 1 || (numberOf(m, "number") < 0 && ord > 31))
                 return false;
             *out = years((ord - 1) * 100, 100);
             return true;
         }},
        // FY2028, FY28: the century is the 2000s
        {QStringLiteral("fy"),
         [](const Match &m, const QDate &, Period *out) {
             const int y = numberOf(m, "year");
             *out = yearPeriod(y < 100 ? 2000 + y : y);
             return true;
         }},
        {QStringLiteral("fiscal-year"),
         [](const Match &m, const QDate &, Period *out) {
             const int y = numberOf(m, "year");
             *out = yearPeriod(y >= 0 ? y : expandTwoDigitYear(numberOf(m, "short")));
             return true;
         }},
        // Q3 2026, 2017-q1, H2, Q3 26, Q1 of 2027: without a year, of the year of publication
        {QStringLiteral("quarter"),
         [](const Match &m, const QDate &published, Period *out) {
             const int n = numberOf(m, "n");
             const bool half = m.captured(QStringLiteral("letter")).toLower() == QLatin1String("h");
             if (half && n > 2)
                 return false;
             int y = numberOf(m, "year");
             const bool glued = y >= 0 && m.hasCaptured(QStringLiteral("gap")) == false &&
                                m.capturedStart(QStringLiteral("year")) == m.capturedStart();
             if ((glued && (y < 1900 || y > 2199)) || (y >= 0 && (y < 1000 || y > 2999)))
                 return false;
             if (y < 0 && numberOf(m, "short") >= 0)
                 y = expandTwoDigitYear(numberOf(m, "short"));
             *out = quarterPeriod(y >= 0 ? y : published.year(), half ? 4 + n : n, y >= 0);
             return true;
         }},
        // Christmas, next Easter, Christmas 2026, the Easter weekend; "May Day" in capitals only
        {QStringLiteral("holiday"),
         [](const Match &m, const QDate &published, Period *out) {
             static const QRegularExpression possessive(QStringLiteral("['’]s?|\\."));
             const QString written = m.captured(QStringLiteral("holiday"));
             const QString name = written.toLower().remove(possessive).simplified();
             if (name == QLatin1String("may day") && !written.at(0).isUpper())
                 return false;
             const QString dir = m.captured(QStringLiteral("dir")).toLower();
             // "Christmas 2026", "Easter next year"
             const QString shift = m.captured(QStringLiteral("shift")).toLower();
             const bool given = m.hasCaptured(QStringLiteral("year")) || !shift.isEmpty();
             const int y = m.hasCaptured(QStringLiteral("year")) ? numberOf(m, "year")
                           : shift == QLatin1String("next")      ? published.year() + 1
                           : shift == QLatin1String("last")      ? published.year() - 1
                                                                 : published.year();
             QDate d = holiday(name, y);
             if (!given && dir == QLatin1String("next") && d < published)
                 d = holiday(name, y + 1);
             if (!given && dir == QLatin1String("last") && d > published)
                 d = holiday(name, y - 1);
             // a holiday of a lunar calendar (Diwali, Eid al-Fitr) past this year: the next
             // one, as the year arithmetic of tenses and triggers would keep its month and day
             const QString rule = Vocabulary::english().value(QStringLiteral("holiday"), name);
             const bool moving = rule.startsWith(QLatin1String("table"));
             if (!given && dir.isEmpty() && moving && d.isValid() && d < published)
                 d = holiday(name, y + 1);
             if (!d.isValid())
                 return false;
             const Rel rel = dir == QLatin1String("next")   ? Rel::Future
                             : dir == QLatin1String("last") ? Rel::Past
                                                            : Rel::Absolute;
             if (m.hasCaptured(QStringLiteral("weekend"))) {
                 *out = spanPeriod(d, d.dayOfWeek() == 1 ? d : sundayOf(d), DatePrecision::Day, rel);
                 return true;
             }
             *out = dayPeriod(d);
             out->yearGiven = given;
             out->rel = rel;
             out->holidayRule = rule;
             return true;
         }},
        // 2002-10-09, 20161016: years from 1000 (from 1900 when compact)
        {QStringLiteral("year-month-day"),
         [](const Match &m, const QDate &, Period *out) {
             const int y = numberOf(m, "year");
             const QDate day(y, numberOf(m, "month"), numberOf(m, "day"));
             if (y < 1000 || y > 2999 || !day.isValid())
                 return false;
             *out = dayPeriod(day);
             return true;
         }},
        // 10/1/2018 is October 1; 23/4/2022 and 23.04.2022 put the day first
        {QStringLiteral("day-month-year"),
         [](const Match &m, const QDate &, Period *out) {
             const QChar sep = m.captured(QStringLiteral("sep")).at(0);
             const int a = numberOf(m, "first");
             const int b = numberOf(m, "second");
             int y = numberOf(m, "year");
             if (y < 0) {
                 if (sep != QLatin1Char('/'))
                     return false;
                 y = expandTwoDigitYear(numberOf(m, "short"));
             }
             const bool dayFirst = (a > 12 && b <= 12) || (sep == QLatin1Char('.') && a <= 31 && b <= 12);
             const QDate day(y, dayFirst ? b : a, dayFirst ? a : b);
             if (!day.isValid())
                 return false;
             *out = dayPeriod(day);
             return true;
         }},
    };
    return p;
}

} // namespace

const RuleSet &DateAtoms::rules()
{
    static const RuleSet rules = [] {
        RuleSet r(QStringLiteral(":/data/en-date-rules.tsv"), Vocabulary::english(),
                  QRegularExpression::CaseInsensitiveOption);
        r.requireProductions(productions().keys());
        return r;
    }();
    return rules;
}

DateAtoms::DateAtoms(const QString &text, const QVector<Token> &tokens, const QDate &published)
{
    // The token that starts, or ends, at a text offset: -1 when the offset is inside one.
    auto tokenAt = [&tokens](int offset, bool end) {
        const auto it = std::lower_bound(tokens.begin(), tokens.end(), offset, [end](const Token &t, int o) {
            return (end ? t.end : t.start) < o;
        });
        return it != tokens.end() && (end ? it->end : it->start) == offset ? int(it - tokens.begin()) : -1;
    };
    const RuleSet &set = rules();
    set.scan(
        text,
        [&](int r, const Match &m) {
            const int first = tokenAt(int(m.capturedStart()), false);
            const int last = tokenAt(int(m.capturedEnd()), true);
            if (first < 0 || last < first)
                return false;
            const QString &production = set.rules().at(r).production;
            Period p;
            if (!(*productions().constFind(production))(m, published, &p))
                return false;
            p.end = last + 1;
            m_at[first].append({production, p});
            return true;
        },
        &tokens);
}

bool DateAtoms::longest(int i, std::initializer_list<const char *> productions, Period *p) const
{
    const auto it = m_at.constFind(i);
    if (it == m_at.constEnd())
        return false;
    const Atom *best = nullptr;
    for (const Atom &a : *it) {
        const bool wanted = std::any_of(productions.begin(), productions.end(), [&a](const char *name) {
            return a.production == QLatin1String(name);
        });
        if (wanted && (!best || a.period.end > best->period.end))
            best = &a;
    }
    if (best)
        *p = best->period;
    return best != nullptr;
}

} // namespace Gleaner::Dates
