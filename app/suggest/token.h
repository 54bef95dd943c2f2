#pragma once

#include <QString>

namespace Gleaner {

// One token of a text as the recognizers see it: a run of letters, a run of
// ASCII digits, or a single other character (punctuation, currency sign, ...).
struct Token
{
    enum class Type { Word, Number, Symbol };
    Type type = Type::Symbol;
    int start = 0;            // UTF-16 offset into the text
    int end = 0;              // exclusive
    bool spaceBefore = true;  // whitespace (or the start of the text) precedes it
    bool capitalized = false; // a word whose first letter is upper case
    bool allCaps = false;     // a word of upper-case letters only
    bool sentenceStart = false;
    QString lower; // the text, lower case

    bool isWord() const { return type == Type::Word; }
    bool isNumber() const { return type == Type::Number; }
    bool isSymbol() const { return type == Type::Symbol; }
    int length() const { return end - start; }
};

} // namespace Gleaner
