#pragma once

#include "suggest/token.h"
#include "util/decimal.h"

#include <QStringList>
#include <QVector>

namespace Gleaner {

// Reads numbers from tokens: numerals with grouping and decimals ("18,000",
// "2.9"), spelled numbers ("twenty-five", "half a", "a quarter of a") and scale
// words and abbreviations ("billion", "bn", "lakh crore").
class NumberParser
{
public:
    struct Number
    {
        Decimal value;
        int next = -1;            // token after the number
        bool spelled = false;     // written in words
        bool fraction = false;    // "half a", "a quarter of a": needs a scale word after it
        bool grouped = false;     // "18,000"
        bool hasDecimals = false; // "2.9"
        int integerDigits = 0;    // digits before the decimal point (numerals)
        bool multiplied = false;  // spelled with "dozen" or "hundred": "a dozen", "three hundred"
    };

    explicit NumberParser(const QVector<Token> &tokens);

    // A numeral at token i. Refuses versions ("2.4.1"), times ("8:30"), and
    // numbers glued to letters on the left ("H100").
    bool numeral(int i, Number *out, bool afterLetterPrefix = false) const;
    // A spelled cardinal below 1000, or a fraction word group ("half a").
    bool spelled(int i, Number *out) const;
    bool number(int i, Number *out) const { return numeral(i, out) || spelled(i, out); }

    // Scale words after a number at token i: adds the power of ten to *exponent
    // and returns the token after them, or -1. `attachedOnly` limits to "5bn"-style.
    int scale(int i, int *exponent) const;

    // 0-90 and "hundred" (100) as words, else -1.
    static int cardinalWord(const QString &lower);
    // "first" .. "thirty-first" parts: 1-19 ordinals and "twentieth"/"thirtieth", else -1.
    static int ordinalWord(const QString &lower);
    // Every cardinal and ordinal number word.
    static QStringList numberWords();

private:
    const QVector<Token> &m_tokens;
};

} // namespace Gleaner
