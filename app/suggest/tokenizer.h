#pragma once

#include "suggest/token.h"

#include <QVector>

namespace Gleaner {

// Splits a text into words, digit runs and single symbols. Letters and digits
// are never mixed in one token ("H100" is "H" + "100", "2.9bn" is "2" "." "9" "bn"),
// so the recognizers decide from `spaceBefore` what belongs together.
//
// The lower-case text of every token points into one lower-case copy of the whole text
// that the Tokenizer owns, so that a text of many tokens costs one allocation, not one
// per token: keep the Tokenizer while its tokens are in use, and copy a string made of
// a token's text before it outlives the Tokenizer (Recognizer does so for every
// suggestion). It cannot be copied.
class Tokenizer
{
public:
    explicit Tokenizer(const QString &text);
    Tokenizer(const Tokenizer &) = delete;
    Tokenizer &operator=(const Tokenizer &) = delete;

    const QVector<Token> &tokens() const { return m_tokens; }

private:
    QString m_lower; // the text in lower case, where case mapping keeps the length
    QVector<Token> m_tokens;
};

} // namespace Gleaner
