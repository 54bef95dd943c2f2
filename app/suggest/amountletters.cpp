// One-letter currencies glued to their figures: "N500m" (naira), "R370 a month" (rand), "P5,000"
// (Philippine pesos). A capital letter before a number is as often a road (the R21), a mask (N95)
// or a phone (P60), so the letter is money only with a scale, or, in a story of its country or
// one that writes the letter with a scale elsewhere, when the figure is grouped in thousands, told
// as a price, or one end of a change or range near a word of money.
#include "suggest/amountrecognizer.h"
#include "suggest/amountwords.h"
#include "suggest/numberparser.h"

namespace Gleaner {

using namespace AmountWords;

namespace {

// The currency of the one capital letter at token k glued to a figure ("N500m", "R370"), with the
// figure and whether a scale follows it; empty when there is none.
QString letterFigure(const QString &text, const QVector<Token> &tokens, int k, NumberParser::Number *number,
                     bool *scaled)
{
    const Token &t = tokens[k];
    if (t.length() != 1 || !t.capitalized || k + 1 >= tokens.size() || !tokens[k + 1].isNumber() ||
        tokens[k + 1].spaceBefore)
        return {};
    const QString code = letterCurrencies().value(text.mid(t.start, 1));
    NumberParser numbers(tokens);
    if (code.isEmpty() || !numbers.numeral(k + 1, number, true))
        return {};
    int exponent = 0;
    *scaled = numbers.scale(number->next, &exponent) >= 0;
    return code;
}

} // namespace

bool AmountRecognizer::letterCurrency(int i, Currency *out) const
{
    const int n = int(m_tokens.size());
    const Token &t = m_tokens[i];
    NumberParser::Number number;
    bool scaled = false;
    const QString code = t.sentenceStart ? QString() : letterFigure(m_text, m_tokens, i, &number, &scaled);
    if (code.isEmpty())
        return false;
    if (scaled) {
        *out = Currency();
        out->code = code;
        out->next = i + 1;
        return true;
    }
    // (a small figure told as a price: "costs about R150 a month", "pensioners get R370 a month",
    // "down from R45", "a R4 hike"; not a road, "the R21", "at R21 near", nor "N95 masks": a
    // price word before it, or a rate word or the clause's end after it)
    static const WordSet &priceLeads = setOf("price-lead");
    static const WordSet &priceAfter = setOf("price-after");
    const int after = number.next;
    const bool closes = after >= n || (m_tokens[after].isSymbol() && !sym(after, '-'));
    const bool priced = (i > 0 && m_tokens[i - 1].isWord() && priceLeads.contains(m_tokens[i - 1].lower)) ||
                        (word(i - 1, "from") && (word(i - 2, "up") || word(i - 2, "down")));
    const bool rate = after < n && m_tokens[after].isWord() && priceAfter.contains(m_tokens[after].lower);
    // (one end of a range or a change whose other end writes the same letter: "from R370 to R400",
    // "to R30 from R26"; not roads, which take "the": "diverted from the R21 to R24")
    const auto joins = [&](int k) {
        return word(k, "to") || word(k, "from") || sym(k, '-');
    };
    const bool before = !word(i - 1, "the") && after + 2 < n && joins(after) &&
                        m_tokens[after + 1].isWord() && m_tokens[after + 1].lower == t.lower &&
                        m_tokens[after + 2].isNumber() && !m_tokens[after + 2].spaceBefore;
    bool behind = false;
    if (i >= 3 && joins(i - 1) && m_tokens[i - 2].isNumber()) {
        int k = i - 2; // back to the other figure's first digits, past its commas and points
        while (k > 1 && !m_tokens[k].spaceBefore &&
               (m_tokens[k - 1].isNumber() || sym(k - 1, ',') || sym(k - 1, '.')))
            --k;
        behind = m_tokens[k].isNumber() && !m_tokens[k].spaceBefore && m_tokens[k - 1].isWord() &&
                 m_tokens[k - 1].lower == t.lower && !word(k - 2, "the");
    }
    // (a pair only with a word of money near it: a fare, a cost, "a month" or "more" after it; not
    // roads, masks or phones, "diverted from R21 to R24", "switched from N95 to N99 masks")
    bool cue = priced || rate;
    for (int k = i - 1; k >= 0 && k >= i - 8 && !cue; --k)
        cue = m_tokens[k].isWord() && moneyCues().contains(m_tokens[k].lower);
    if (before && !cue) {
        NumberParser::Number other;
        const int end = NumberParser(m_tokens).numeral(after + 2, &other, true) ? other.next : -1;
        cue = end > 0 && end < n && m_tokens[end].isWord() && priceAfter.contains(m_tokens[end].lower);
    }
    if (!(number.grouped || ((before || behind) && cue) || ((priced || rate) && (closes || rate))))
        return false;
    // (in a story of the letter's country, or one that writes the letter with a scale: "N2bn for
    // schools … a N150,000 stipend")
    if (!storyNamesCurrency(code) && !letterScaled(t.lower))
        return false;
    *out = Currency();
    out->code = code;
    out->next = i + 1;
    return true;
}

bool AmountRecognizer::letterScaled(const QString &letter) const
{
    if (!m_scaledLetters) {
        QStringList letters;
        for (int k = 0; k + 1 < int(m_tokens.size()); ++k) {
            NumberParser::Number number;
            bool scaled = false;
            if (!letters.contains(m_tokens[k].lower) &&
                !letterFigure(m_text, m_tokens, k, &number, &scaled).isEmpty() && scaled)
                letters.append(m_tokens[k].lower);
        }
        m_scaledLetters = letters;
    }
    return m_scaledLetters->contains(letter);
}

} // namespace Gleaner
