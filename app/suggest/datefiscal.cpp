// Fiscal years: "fiscal 2028", "FY27", "the 2026-27 financial year", and the month they
// end in where the story is set (en-vocabulary.tsv's fiscal-place and fiscal-year-end).
#include "suggest/dateparser.h"
#include "suggest/places.h"

#include <algorithm>

namespace Gleaner::Dates {

// The country of the nearest place the text names before token i in its sentence, else
// after it in its sentence, else before or after it anywhere (the places are indexed once
// per text); empty when it names none.
QString DateParser::countryNear(int i) const
{
    if (!m_places) {
        static const WordMap<QString> &places = englishValues("fiscal-place");
        QVector<QPair<int, QString>> found;
        static const WordSet &lowerCase = englishWords("fiscal-place-word");
        for (int k = 0; k < n; ++k) {
            // "₹": a sign of one country's money
            if (t[k].isSymbol()) {
                if (const QString country = places.value(t[k].lower); !country.isEmpty())
                    found.append({k, country});
                continue;
            }
            if (!t[k].isWord())
                continue;
            // "A$", "NZ$", "E£": the letters of a currency sign (and not the sign alone after them)
            if (k + 1 < n && t[k + 1].isSymbol() && glued(k + 1)) {
                if (const QString country = places.value(t[k].lower + t[k + 1].lower); !country.isEmpty()) {
                    found.append({k, country});
                    ++k;
                    continue;
                }
                // "US$" in a story from Karachi: the dollar is foreign there, no place of the story
                if (sy(k + 1, '$'))
                    continue;
            }
            // ("1.5 trillion yen": a currency named after its figure, not "the yen fell")
            static const WordSet &afterNumber = englishWords("fiscal-place-after-number");
            static const WordMap<int> &scales = englishNumbers("scale");
            if (afterNumber.contains(t[k].lower)) {
                if (num(k - 1) || (k > 0 && t[k - 1].isWord() && scales.contains(t[k - 1].lower)))
                    found.append({k, places.value(t[k].lower)});
                continue;
            }
            // (a place in lower case is a word, "green chile", unless written so, "crore")
            if (const QString country = placeAt(m_text, t, k, &lowerCase).country; !country.isEmpty())
                found.append({k, country});
        }
        m_places = found;
    }
    const auto after =
        std::lower_bound(m_places->cbegin(), m_places->cend(), i,
                         [](const QPair<int, QString> &p, int token) { return p.first < token; });
    // a place of the same sentence first ("Sony said ... . Delhi will ... by fiscal 2027")
    int s0 = i;
    while (s0 > 0 && s0 > i - 60 && !t[s0].sentenceStart)
        --s0;
    int s1 = i + 1;
    while (s1 < n && s1 < i + 60 && !t[s1].sentenceStart)
        ++s1;
    if (after != m_places->cbegin() && std::prev(after)->first >= s0)
        return std::prev(after)->second;
    if (after != m_places->cend() && after->first < s1)
        return after->second;
    if (after != m_places->cbegin())
        return std::prev(after)->second;
    return after != m_places->cend() ? after->second : QString();
}

// The fiscal year of the country of the nearest place (en-vocabulary.tsv's fiscal-year-end).
FiscalEnd DateParser::fiscalEndNear(int i) const
{
    static const WordMap<QString> &ends = englishValues("fiscal-year-end");
    const QString country = countryNear(i);
    if (country.isEmpty())
        return {};
    const QStringList end = ends.value(country).split(QLatin1Char(' '));
    FiscalEnd f;
    f.month = end.value(0).toInt();
    f.yearOffset = end.value(1).toInt();
    return f.month >= 1 && f.month <= 12 ? f : FiscalEnd();
}

// "2026-27", "the 2026-27 financial year": a fiscal year over the turn of the year ends in
// the second, in the month of the country's fiscal year (March where none is named)
QDate DateParser::splitYearEnd(int secondYear, int i) const
{
    const FiscalEnd f = fiscalEndNear(i);
    const int month = f.month > 0 ? f.month : 3;
    const QDate first(secondYear, month, 1);
    return QDate(secondYear, month, first.daysInMonth());
}

// "-27" or "/2027" glued after the year y at token e: the token after it, else -1
int DateParser::splitSecondYear(int e, int y) const
{
    if (!(e + 1 < n && glued(e) && (sy(e, '-') || sy(e, '/')) && num(e + 1) && glued(e + 1) &&
          (t[e + 1].length() == 2 || t[e + 1].length() == 4) &&
          !(e + 2 < n && glued(e + 2) && t[e + 2].isNumber())))
        return -1;
    return intAt(e + 1) == (t[e + 1].length() == 2 ? (y + 1) % 100 : y + 1) ? e + 2 : -1;
}

// fiscal 2028, fiscal year 2028, FY2028, FY28, the fiscal year ending March 2026, fiscal year-end March 2027
bool DateParser::fiscal(int i, Period *p) const
{
    int j = i;
    if (w(j, "the"))
        ++j;
    // FY2028, fiscal 2028, fiscal year 2028: atoms of en-date-rules.tsv, which end with the
    // calendar year; in a country whose fiscal years end in another month, they end there
    if (atoms.longest(j, {"fy", "fiscal-year"}, p)) {
        // "fiscal 2025-26", "FY2026/27": over the turn of the year
        const int e = p->end;
        if (num(e - 1)) {
            const int written = intAt(e - 1);
            const int y = written < 100 ? 2000 + written : written;
            if (const int se = splitSecondYear(e, y); se > 0) {
                p->last = splitYearEnd(y + 1, j);
                p->first = p->last.addYears(-1).addDays(1);
                p->end = se;
                return true;
            }
        }
        if (const FiscalEnd f = fiscalEndNear(j); f.month > 0) {
            p->last = QDate(p->last.year() + f.yearOffset, f.month, 1);
            p->last = QDate(p->last.year(), f.month, p->last.daysInMonth());
            p->first = p->last.addYears(-1).addDays(1);
        }
        // "fiscal 2026, which ends in August", "fiscal 2027 (ending June 30)": the month the story gives
        int k = p->end;
        if (sy(k, ',') || sy(k, '('))
            ++k;
        if (w(k, "which") || w(k, "that"))
            ++k;
        if (w(k, "ends") || w(k, "ending") || w(k, "end") || w(k, "ended")) {
            ++k;
            if (w(k, "in") || w(k, "on"))
                ++k;
            Period m;
            if (monthLed(k, &m) && (m.shape == Shape::Month || m.shape == Shape::Day)) {
                const int month = m.first.month();
                const int year = m.yearGiven                                         ? m.last.year()
                                 : month <= p->last.month() || p->last.month() == 12 ? p->last.year()
                                                                                     : p->last.year() - 1;
                p->last = QDate(year, month, QDate(year, month, 1).daysInMonth());
                p->first = p->last.addYears(-1).addDays(1);
                p->end = m.end;
            }
        }
        return true;
    }
    if (!(w(j, "fiscal") || w(j, "financial")))
        return false;
    // "year-end March 2027", "year ending March 2026", "year ending in March 2026"
    int k = j + 1;
    if (!w(k, "year"))
        return false;
    ++k;
    if (dash(k) && w(k + 1, "end"))
        k += 2;
    else if (w(k, "end") || w(k, "ending") || w(k, "ended"))
        ++k;
    else
        return false;
    if (w(k, "in"))
        ++k;
    Period m;
    if (monthLed(k, &m) && m.shape == Shape::Month) {
        *p = m;
        return true;
    }
    int y = 0;
    const int e = year4(k, &y);
    if (e < 0)
        return false;
    *p = yearPeriod(y);
    p->end = e;
    return true;
}

} // namespace Gleaner::Dates
