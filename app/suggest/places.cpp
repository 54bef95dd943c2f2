// Places a text names, one lookup for both recognizers: the dollar of a bare "$"
// (amountplaces.cpp) and the fiscal year a country keeps (datefiscal.cpp).
#include "suggest/places.h"

#include "suggest/vocabulary.h"

namespace Gleaner {

PlaceName placeAt(const QString &text, const QVector<Token> &tokens, int k, const WordSet *lowerCase)
{
    static const WordMap<QString> &countries = Vocabulary::english().values(QStringLiteral("fiscal-place"));
    static const WordMap<QString> &dollars = Vocabulary::english().values(QStringLiteral("dollar-place"));
    const int n = int(tokens.size());
    const Token &t = tokens[k];
    PlaceName place;
    place.end = k + 1;
    if (!t.isWord() || !(t.capitalized || (lowerCase && lowerCase->contains(t.lower))))
        return place; // a place in lower case is a word ("green chile", "us", "perth")
    if (k + 1 < n && tokens[k + 1].isWord() && tokens[k + 1].spaceBefore) {
        const QString two = t.lower + QLatin1Char(' ') + tokens[k + 1].lower;
        place.country = countries.value(two);
        place.dollar = dollars.value(two);
        if (!place.country.isEmpty() || !place.dollar.isEmpty()) {
            place.end = k + 2;
            return place;
        }
    }
    if (const int dotted = dottedLettersEnd(tokens, k); dotted > k + 2) {
        QString letters;
        for (int j = k; j < dotted; j += 2)
            letters += tokens[j].lower.toUpper();
        place.country = countries.value(letters);
        place.end = dotted;
        return place;
    }
    place.country = countries.value(text.mid(t.start, t.length()));
    if (place.country.isEmpty())
        place.country = countries.value(t.lower);
    if (place.country.isEmpty() && t.capitalized)
        place.dollar = dollars.value(t.lower);
    return place;
}

int dottedLettersEnd(const QVector<Token> &tokens, int i)
{
    const int n = int(tokens.size());
    auto glued = [&](int k) {
        return tokens[k].isSymbol() && tokens[k].lower == QLatin1String(".") && !tokens[k].spaceBefore;
    };
    int end = i;
    while (end + 1 < n && tokens[end].isWord() && tokens[end].length() == 1 && tokens[end].allCaps &&
           glued(end + 1) && (end == i || !tokens[end].spaceBefore))
        end += 2;
    return end;
}

} // namespace Gleaner
