#pragma once

#include <QString>

namespace Gleaner::JapaneseNumber {

// Whether `c` may start or continue a number as Japanese news writes them:
// digits (ASCII or full-width), kanji numerals, and the multipliers 十百千万億兆.
bool isDigit(QChar c); // 0-9, ０-９, 〇一二…九
bool isNumberChar(QChar c);

struct Parsed
{
    int length = 0;     // UTF-16 code units read; 0 when no number starts there
    QString value;      // plain decimal ("300000000000", "36.57"), no exponent
    bool kanji = false; // written (partly) in kanji numerals or multipliers
};

// The number at `position`: "3,000億" (300000000000), "36.57億", "5千万", "一千億",
// "１０", "2222". A number must start with a digit.
Parsed parse(const QString &text, int position);

// The same text with full-width digits as ASCII ones (same length, same offsets).
QString asciiDigits(const QString &text);

} // namespace Gleaner::JapaneseNumber
