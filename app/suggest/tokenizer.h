#pragma once

#include "suggest/token.h"

#include <QVector>

namespace Gleaner {

// Splits a text into words, digit runs and single symbols. Letters and digits
// are never mixed in one token ("H100" is "H" + "100", "2.9bn" is "2" "." "9" "bn"),
// so the recognizers decide from `spaceBefore` what belongs together.
class Tokenizer
{
public:
    static QVector<Token> tokenize(const QString &text);
};

} // namespace Gleaner
