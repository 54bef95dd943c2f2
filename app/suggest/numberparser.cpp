#include "suggest/numberparser.h"

#include "suggest/vocabulary.h"

#include <QHash>

namespace Gleaner {

namespace {

bool isSym(const Token &t, char16_t c)
{
    return t.isSymbol() && t.lower.at(0).unicode() == c;
}

const WordMap<int> &cardinals()
{
    static const WordMap<int> &table = Vocabulary::english().numbers(QStringLiteral("cardinal"));
    return table;
}

const WordMap<int> &ordinals()
{
    static const WordMap<int> &table = Vocabulary::english().numbers(QStringLiteral("ordinal"));
    return table;
}

// Scale words and abbreviations as powers of ten (en-vocabulary.tsv: scale, glued-scale).
// Single letters count only when glued to the number ("400M", "5B", "10k"); "t" only in
// capitals ("5T").
int scaleExponent(const Token &t, bool attached)
{
    if (!t.isWord())
        return -1;
    static const WordMap<int> &scales = Vocabulary::english().numbers(QStringLiteral("scale"));
    static const WordMap<int> &glued = Vocabulary::english().numbers(QStringLiteral("glued-scale"));
    const int scale = scales.value(t.lower, -1);
    if (scale >= 0 || !attached)
        return scale;
    if (t.lower == QLatin1String("t") && !t.allCaps)
        return -1;
    return glued.value(t.lower, -1);
}

} // namespace

NumberParser::NumberParser(const QVector<Token> &tokens) : m_tokens(tokens) {}

int NumberParser::cardinalWord(const QString &lower)
{
    return cardinals().value(lower, -1);
}

int NumberParser::ordinalWord(const QString &lower)
{
    return ordinals().value(lower, -1);
}

QStringList NumberParser::numberWords()
{
    const Vocabulary &v = Vocabulary::english();
    return v.words(QStringLiteral("cardinal")) + v.words(QStringLiteral("ordinal"));
}

bool NumberParser::numeral(int i, Number *out, bool afterLetterPrefix) const
{
    const int n = int(m_tokens.size());
    if (i < 0 || i >= n || !m_tokens[i].isNumber())
        return false;
    const Token &first = m_tokens[i];
    // Glued to a word on the left ("H100", "GPT-4", "COVID-19"): a name, not a number.
    if (!first.spaceBefore && i > 0) {
        const Token &prev = m_tokens[i - 1];
        if ((prev.isWord() && !afterLetterPrefix) || prev.isNumber())
            return false;
        if ((isSym(prev, '-') || isSym(prev, '.')) && i > 1 && !prev.spaceBefore && m_tokens[i - 2].isWord())
            return false;
        // The middle of a number: "17.5", "18,000" seen from the second digit run.
        if ((isSym(prev, '.') || isSym(prev, ',')) && i > 1 && !prev.spaceBefore &&
            m_tokens[i - 2].isNumber())
            return false;
    }
    QString intDigits = first.lower;
    int j = i + 1;
    bool grouped = false;
    // Thousands separators: "18,000", "1,000,000" (no spaces around the comma).
    if (first.length() <= 3) {
        while (j + 1 < n && isSym(m_tokens[j], ',') && !m_tokens[j].spaceBefore &&
               m_tokens[j + 1].isNumber() && !m_tokens[j + 1].spaceBefore && m_tokens[j + 1].length() == 3) {
            intDigits += m_tokens[j + 1].lower;
            grouped = true;
            j += 2;
        }
    }
    QString fracDigits;
    if (j + 1 < n && isSym(m_tokens[j], '.') && !m_tokens[j].spaceBefore && m_tokens[j + 1].isNumber() &&
        !m_tokens[j + 1].spaceBefore) {
        fracDigits = m_tokens[j + 1].lower;
        j += 2;
        // A second point: a version or a dotted date ("2.4.1", "23.04.2022").
        if (j + 1 < n && isSym(m_tokens[j], '.') && !m_tokens[j].spaceBefore && m_tokens[j + 1].isNumber() &&
            !m_tokens[j + 1].spaceBefore)
            return false;
    }
    if (j + 1 < n && !m_tokens[j].spaceBefore && m_tokens[j + 1].isNumber() && !m_tokens[j + 1].spaceBefore &&
        (isSym(m_tokens[j], ':') || isSym(m_tokens[j], '/')))
        return false; // a time or a fraction/date
    Number r;
    r.value = Decimal::fromDigits(intDigits, fracDigits);
    if (!r.value.isValid())
        return false;
    r.next = j;
    r.grouped = grouped;
    r.hasDecimals = !fracDigits.isEmpty();
    r.integerDigits = int(intDigits.size());
    *out = r;
    return true;
}

bool NumberParser::spelled(int i, Number *out) const
{
    const int n = int(m_tokens.size());
    if (i < 0 || i >= n || !m_tokens[i].isWord())
        return false;
    auto word = [&](int k, const char *s) {
        return k < n && m_tokens[k].isWord() && m_tokens[k].lower == QLatin1String(s);
    };
    auto skipOfA = [&](int k) {
        if (word(k, "of"))
            ++k;
        if (word(k, "a") || word(k, "an"))
            ++k;
        return k;
    };
    Number r;
    r.spelled = true;
    // Fractions of a scale: "half a million", "a quarter of a trillion", "three quarters of a billion".
    // "half a dozen": six
    if (word(i, "half") && (word(i + 1, "a") || word(i + 1, "an")) && word(i + 2, "dozen")) {
        r.value = Decimal::fromInteger(6);
        r.multiplied = true;
        r.next = i + 3;
        *out = r;
        return true;
    }
    // "a half-dozen", "half-dozen": six
    const int h = (word(i, "a") || word(i, "one")) && word(i + 1, "half") ? i + 1 : i;
    if (word(h, "half") && h + 3 <= n && m_tokens[h + 1].lower == QLatin1String("-") &&
        !m_tokens[h + 1].spaceBefore && word(h + 2, "dozen") && !m_tokens[h + 2].spaceBefore) {
        r.value = Decimal::fromInteger(6);
        r.multiplied = true;
        r.next = h + 3;
        *out = r;
        return true;
    }
    if (word(i, "half")) {
        r.value = Decimal::fromDigits(u"", u"5");
        r.fraction = true;
        r.next = skipOfA(i + 1);
        *out = r;
        return true;
    }
    if ((word(i, "a") || word(i, "one")) && (word(i + 1, "half") || word(i + 1, "quarter"))) {
        r.value = word(i + 1, "half") ? Decimal::fromDigits(u"", u"5") : Decimal::fromDigits(u"", u"25");
        r.fraction = true;
        r.next = skipOfA(i + 2);
        *out = r;
        return true;
    }
    // "three quarters", "three-quarters of a billion", "two-fifths of a million": a count of
    // parts of a whole (vocabulary fraction)
    static const WordMap<int> &parts = Vocabulary::english().numbers(QStringLiteral("fraction"));
    const int count = i < n && m_tokens[i].isWord() ? cardinalWord(m_tokens[i].lower) : -1;
    const int partAt = i + 2 < n && m_tokens[i + 1].lower == QLatin1String("-") &&
                               !m_tokens[i + 1].spaceBefore && !m_tokens[i + 2].spaceBefore
                           ? i + 2
                           : i + 1;
    const int whole = partAt < n && m_tokens[partAt].isWord() ? parts.value(m_tokens[partAt].lower, 0) : 0;
    // "one and a half billion", "two and a half million": a count and a half of a scale
    if (count > 0 && count < 100 && word(i + 1, "and") && word(i + 2, "a") && word(i + 3, "half") &&
        i + 4 < n && scaleExponent(m_tokens[i + 4], false) >= 0) {
        r.value = Decimal::fromDigits(QString::number(count), u"5");
        r.fraction = true;
        r.next = i + 4;
        *out = r;
        return true;
    }
    if (count > 1 && whole > count) {
        // (an exact decimal: the wholes are divisors of 10,000)
        r.value = Decimal::fromDigits(u"", QString::number(10000 + count * 10000 / whole).mid(1));
        r.fraction = true;
        r.next = skipOfA(partAt + 1);
        *out = r;
        return true;
    }
    if (word(i, "a") || word(i, "an")) {
        // "a million", "a hundred", "a dozen"
        if (i + 1 < n &&
            (scaleExponent(m_tokens[i + 1], false) >= 0 || word(i + 1, "hundred") || word(i + 1, "dozen"))) {
            if (word(i + 1, "dozen")) {
                r.value = Decimal::fromInteger(12);
                r.next = i + 2;
                r.multiplied = true;
            } else if (word(i + 1, "hundred")) {
                r.value = Decimal::fromInteger(100);
                r.next = i + 2;
                r.multiplied = true;
            } else {
                r.value = Decimal::fromInteger(1);
                r.next = i + 1;
                r.fraction = true; // needs its scale word
            }
            *out = r;
            return true;
        }
        return false;
    }
    quint64 total = 0;
    quint64 current = 0;
    int j = i;
    bool any = false;
    int lastValue = -1;
    while (j < n && m_tokens[j].isWord()) {
        const int v = cardinalWord(m_tokens[j].lower);
        if (v < 0)
            break;
        // one multiplier to a number: "two hundred and three hundred" is two numbers
        if ((v == 100 || m_tokens[j].lower == QLatin1String("dozen")) && r.multiplied)
            break;
        if (v == 100) {
            if (!any)
                break;
            current = (current == 0 ? 1 : current) * 100;
            r.multiplied = true;
        } else if (v == 12 && m_tokens[j].lower == QLatin1String("dozen")) {
            if (!any)
                break; // "the initial dozen offerings": no count of its own
            current *= 12;
            r.multiplied = true;
        } else {
            // "twenty five" / "twenty-five" combine; "five five" does not.
            if (any && lastValue >= 0 && lastValue < 20 && lastValue != 100 && v < 100)
                break;
            if (any && lastValue >= 20 && lastValue < 100 && v >= 10)
                break;
            current += quint64(v);
        }
        any = true;
        lastValue = v;
        int k = j + 1;
        // hyphenated "twenty-five"
        if (k + 1 < n && isSym(m_tokens[k], '-') && !m_tokens[k].spaceBefore &&
            !m_tokens[k + 1].spaceBefore && m_tokens[k + 1].isWord() &&
            cardinalWord(m_tokens[k + 1].lower) >= 0 && cardinalWord(m_tokens[k + 1].lower) < 10) {
            j = k + 1;
            continue;
        }
        // "one hundred and twenty" (not "two hundred and three hundred")
        if (word(k, "and") && lastValue == 100 && k + 1 < n && cardinalWord(m_tokens[k + 1].lower) > 0 &&
            cardinalWord(m_tokens[k + 1].lower) < 100 && !word(k + 2, "hundred") &&
            scaleExponent(m_tokens[std::min(k + 2, n - 1)], false) < 0) {
            j = k + 1;
            continue;
        }
        j = k;
    }
    if (!any)
        return false;
    total += current;
    r.value = Decimal::fromInteger(total);
    r.next = j;
    *out = r;
    return true;
}

int NumberParser::scale(int i, int *exponent) const
{
    const int n = int(m_tokens.size());
    if (i < 0)
        return -1;
    int j = i;
    int exp = 0;
    bool any = false;
    while (j < n) {
        const Token &t = m_tokens[j];
        bool attached = !t.spaceBefore;
        int k = j;
        // "10-billion" (hyphenated scale)
        if (isSym(t, '-') && !t.spaceBefore && j + 1 < n && !m_tokens[j + 1].spaceBefore && !any) {
            const int e = scaleExponent(m_tokens[j + 1], false);
            if (e < 0)
                break;
            exp += e;
            any = true;
            j += 2;
            continue;
        }
        const int e = scaleExponent(t, attached && !any);
        if (e < 0)
            break;
        // a single-letter abbreviation must not run on into a word ("5 m" is fine only glued)
        if (attached && t.length() <= 2 && j + 1 < n && !m_tokens[j + 1].spaceBefore &&
            m_tokens[j + 1].isWord())
            break;
        exp += e;
        any = true;
        j = k + 1;
        if (exp > 24)
            return -1;
    }
    if (!any)
        return -1;
    *exponent += exp;
    return j;
}

} // namespace Gleaner
