// The currency a place decides: "48 billion rupees" in a story from Colombo are Sri
// Lankan rupees, "pesos" in one from Manila Philippine pesos.
#include "suggest/amountrecognizer.h"
#include "suggest/amountwords.h"

#include <algorithm>

namespace Gleaner {

using namespace AmountWords;

namespace {

// Nouns several countries' currencies share.
const WordSet &placeCurrencyNouns()
{
    static const WordSet &s = setOf("place-currency-noun");
    return s;
}
// A place or its people, by the adjective that qualifies its currency noun.
const WordMap<QString> &currencyPlaces()
{
    static const WordMap<QString> &m = mapOf("currency-place");
    return m;
}

constexpr int kReach = 3000; // tokens each way a place may stand from the amount

} // namespace

QString AmountRecognizer::currencyOfPlace(int noun) const
{
    const QString &plural = m_tokens[noun].lower;
    if (!placeCurrencyNouns().contains(plural))
        return {};
    const QString sing = plural.endsWith(QLatin1Char('s')) ? plural.left(plural.size() - 1) : plural;
    const int n = int(m_tokens.size());
    QString best;
    int bestDistance = 2 * kReach + 1;
    for (int k = std::max(0, noun - kReach); k < std::min(n, noun + kReach); ++k) {
        if (!m_tokens[k].isWord() || k == noun)
            continue;
        // "Sri Lanka" before "Lanka"; the nearest place before the amount, else the nearest after
        QString adjective;
        if (k + 1 < n && m_tokens[k + 1].isWord() && m_tokens[k + 1].spaceBefore)
            adjective = currencyPlaces().value(m_tokens[k].lower + QLatin1Char(' ') + m_tokens[k + 1].lower);
        if (adjective.isEmpty())
            adjective = currencyPlaces().value(m_tokens[k].lower);
        if (adjective.isEmpty())
            continue;
        QString code = qualifiedCurrencies().value(adjective + QLatin1Char(' ') + sing);
        if (code.isEmpty())
            code = qualifiedCurrencies().value(adjective + QLatin1Char(' ') + plural);
        const int distance = k < noun ? noun - k : kReach + k - noun; // before the amount first
        if (!code.isEmpty() && distance < bestDistance) {
            best = code;
            bestDistance = distance;
        }
    }
    return best;
}

} // namespace Gleaner
