#pragma once

#include "suggest/token.h"
#include "suggest/wordtable.h"

#include <QString>
#include <QVector>

namespace Gleaner {

// A place the text names at a token, as en-vocabulary.tsv lists places: the country of its
// fiscal-place row, and the dollar of its dollar-place row (words for a country no fiscal-place
// names: "American", "Wall Street"). Both empty when no place starts there.
struct PlaceName
{
    QString country;
    QString dollar;
    int end = 0; // the token after the place
};

// The place at token k: two words before one ("New Zealand" before "Zealand"), capitals with
// their dots letter by letter ("U.S."), then the word as written ("US") or, capitalized, in
// lower case ("Tokyo", "TOKYO"). A word in lower case names a place only when `lowerCase`
// holds it ("crore"); pass none to read capitalized places only.
PlaceName placeAt(const QString &text, const QVector<Token> &tokens, int k, const WordSet *lowerCase);

// Past the capitals with dots at `i` ("U.S.", "U.K.", "N.Z."): each glued to its dot, no space
// inside; `i` itself when there are none.
int dottedLettersEnd(const QVector<Token> &tokens, int i);

} // namespace Gleaner
