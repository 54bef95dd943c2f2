// The currency a place decides: "48 billion rupees" in a story from Colombo are Sri
// Lankan rupees, "pesos" in one from Manila Philippine pesos. And whether a story's
// "pounds" are sterling or a weight.
#include "suggest/amountrecognizer.h"
#include "suggest/amountwords.h"
#include "suggest/numberparser.h"
#include "suggest/places.h"
#include "suggest/vocabulary.h"

#include <QHash>

#include <algorithm>

namespace Gleaner {

using namespace AmountWords;

namespace {

// Nouns several countries' currencies share, with their singular.
const WordMap<QString> &placeCurrencyNouns()
{
    static const WordMap<QString> &m = mapOf("place-currency-noun");
    return m;
}
// A place or its people, by the adjective that qualifies its currency noun.
const WordMap<QString> &currencyPlaces()
{
    static const WordMap<QString> &m = mapOf("currency-place");
    return m;
}

} // namespace

const QVector<AmountRecognizer::Place> &AmountRecognizer::places() const
{
    if (!m_places) {
        const int n = int(m_tokens.size());
        // "Sri Lanka" before "Lanka"
        QVector<Place> found;
        for (int k = 0; k < n; ++k) {
            if (!m_tokens[k].isWord())
                continue;
            // one lookup per word: only the first word of a place ("sri", "abu") builds a pair
            static const WordSet &firstWords =
                Vocabulary::english().firstWords(QStringLiteral("currency-place"));
            if (!firstWords.contains(m_tokens[k].lower))
                continue;
            QString adjective;
            if (k + 1 < n && m_tokens[k + 1].isWord() && m_tokens[k + 1].spaceBefore)
                adjective =
                    currencyPlaces().value(m_tokens[k].lower + QLatin1Char(' ') + m_tokens[k + 1].lower);
            if (adjective.isEmpty())
                adjective = currencyPlaces().value(m_tokens[k].lower);
            if (!adjective.isEmpty())
                found.append({k, adjective});
        }
        m_places = found;
    }
    return *m_places;
}

bool AmountRecognizer::storyNamesCurrency(const QString &code) const
{
    // the adjectives of a place whose currency is each code ("nigerian" for NGN)
    static const QHash<QString, QStringList> adjectives = [] {
        QHash<QString, QStringList> byCode;
        const WordMap<QString> &qualified = qualifiedCurrencies();
        for (auto it = qualified.constBegin(); it != qualified.constEnd(); ++it)
            byCode[it.value()].append(it.key().section(QLatin1Char(' '), 0, -2));
        return byCode;
    }();
    const QStringList wanted = adjectives.value(code);
    return std::any_of(places().cbegin(), places().cend(),
                       [&](const Place &p) { return wanted.contains(p.adjective); });
}

QString AmountRecognizer::storyDollar() const
{
    if (!m_dollar) {
        const int n = int(m_tokens.size());
        // (a story that writes euros and no dollars at all: euro cents, "raise the deposit to 25
        // cents" in a Dutch story with "€450,000")
        bool dollars = false;
        bool euros = false;
        for (int k = 0; k < n; ++k) {
            dollars = dollars || sym(k, '$') ||
                      (m_tokens[k].isWord() && m_tokens[k].lower.startsWith(QLatin1String("dollar")));
            euros = euros || sym(k, 0x20AC) ||
                    (m_tokens[k].isWord() && m_tokens[k].lower.startsWith(QLatin1String("euro")));
        }
        const QString lettered = letteredDollar();
        m_dollar = !lettered.isEmpty() ? lettered : euros && !dollars ? QStringLiteral("EUR") : localDollar();
    }
    return *m_dollar;
}

// "A$1.2 billion ... its 50-cent fare": the dollars the story writes with their sign's letters
// before a figure (not "A$AP Rocky"): their code when they are one country's, USD when the story
// writes US$ or two countries' signs, empty when it writes none.
QString AmountRecognizer::letteredDollar() const
{
    if (m_lettered)
        return *m_lettered;
    m_lettered = QString();
    QString &code = *m_lettered;
    const int n = int(m_tokens.size());
    for (int k = 0; k + 2 < n; ++k) {
        if (!m_tokens[k].isWord() || m_tokens[k].length() > 4 || m_tokens[k + 1].spaceBefore ||
            !sym(k + 1, '$') || !m_tokens[k + 2].isNumber())
            continue;
        const QString prefix = dollarPrefixes().value(m_tokens[k].lower);
        if (prefix.isEmpty())
            continue;
        if (prefix == QLatin1String("USD") || (!code.isEmpty() && code != prefix))
            return code = QStringLiteral("USD");
        code = prefix;
    }
    return code;
}

// "The Ontario government will spend $1.2 billion": a bare "$" in a story set in a country of
// dollars is that country's. The story is set where the first place its first sentence names
// before its first "$" is, after a preposition too (a city's permit fees told by its council;
// not "will spend $6.5 billion in Canada", a destination after the sum). Not in a story that writes a sign
// with letters (A$, US$), which keeps the bare sign for US dollars, nor in one that names places of two
// dollars ("Canada's tariffs on Texas goods").
QString AmountRecognizer::localDollar() const
{
    if (!m_localDollar) {
        const int n = int(m_tokens.size());
        QString code;
        bool mixed = !letteredDollar().isEmpty();
        bool set = false;    // the first sentence's place is found
        bool opening = true; // in the first sentence, before its first "$"
        for (int k = 0; k < n && !mixed; ++k) {
            const Token &t = m_tokens[k];
            opening = opening && !(k > 0 && t.sentenceStart) && !sym(k, '$');
            if (!t.isWord())
                continue;
            const bool first = !set && opening;
            int end = k + 1;
            const QString dollar = dollarOfPlace(k, &end);
            if (dollar.isEmpty())
                continue;
            // (a place that opens a company's name or qualifies one is no setting: "Singapore
            // Airlines", "Canada's Maple Mining"; wire copy writes such a company's home dollars with
            // letters. A public body takes "the": "the Hong Kong Tourism Board" is local)
            const bool possessive = end + 1 < n && (sym(end, '\'') || sym(end, 0x2019)) &&
                                    m_tokens[end + 1].lower == QLatin1String("s");
            // (nor one whose name ends in a public body's noun: "Singapore's Health Sciences Authority",
            // "Canberra City Council"; vocabulary public-body-noun)
            static const WordSet &bodies = setOf("public-body-noun");
            const auto publicBody = [&](int from) {
                for (int j = from; j < n && j < from + 5 && m_tokens[j].isWord() && m_tokens[j].capitalized;
                     ++j) {
                    if (bodies.contains(m_tokens[j].lower))
                        return true;
                }
                return false;
            };
            const bool named = !possessive && end < n && m_tokens[end].isWord() &&
                               m_tokens[end].capitalized &&
                               !(k > 0 && m_tokens[k - 1].lower == QLatin1String("the")) && !publicBody(end);
            const bool owned = possessive && end + 2 < n && m_tokens[end + 2].isWord() &&
                               m_tokens[end + 2].capitalized && !m_tokens[end + 2].allCaps &&
                               !publicBody(end + 2);
            if (named || owned)
                continue;
            if (first) {
                set = true;
            } else if (!set) {
                mixed = true; // (no place in the first sentence: no country of the story)
            }
            mixed = mixed || (!code.isEmpty() && code != dollar);
            code = dollar;
            k = end - 1;
        }
        m_localDollar = mixed || code.isEmpty() || code == QLatin1String("-") ? QStringLiteral("USD") : code;
    }
    return *m_localDollar;
}

// The dollar of the country a place at token k names ("Ontario", "New Zealand", "U.S."), with
// the token after it; "-" for a place of a country without dollars, empty for no place.
QString AmountRecognizer::dollarOfPlace(int k, int *end) const
{
    static const WordMap<QString> &dollarOf = mapOf("dollar-country");
    const PlaceName place = placeAt(m_text, m_tokens, k, nullptr);
    *end = place.end;
    if (place.dollar.isEmpty() && !place.country.isEmpty())
        return dollarOf.value(place.country, QStringLiteral("-"));
    return place.dollar;
}

QString AmountRecognizer::currencyOfPlace(int noun, bool firstPlace) const
{
    const QString &plural = m_tokens[noun].lower;
    const QString sing = placeCurrencyNouns().value(plural);
    if (sing.isEmpty())
        return {};
    const QVector<Place> &named = places();
    // The nearest place before the amount whose country has such a currency, else the
    // nearest after it; of the 64 nearest each way, so that many places cost no more.
    constexpr int kLook = 64;
    QHash<QString, QString> known; // adjective -> code, for this noun
    auto codeOf = [&](const Place &place) {
        if (const auto it = known.constFind(place.adjective); it != known.constEnd())
            return it.value();
        QString code = qualifiedCurrencies().value(place.adjective + QLatin1Char(' ') + sing);
        if (code.isEmpty())
            code = qualifiedCurrencies().value(place.adjective + QLatin1Char(' ') + plural);
        known.insert(place.adjective, code);
        return code;
    };
    // ("Rs": the story's own place, the first it names, not one it mentions on the way: "the
    // Mumbai firm, which also sells in Pakistan, paid Rs 300 crore")
    if (firstPlace) {
        for (auto it = named.cbegin(); it != named.cend() && it - named.cbegin() < kLook; ++it) {
            if (const QString code = codeOf(*it); !code.isEmpty())
                return code;
        }
        return {};
    }
    const auto after = std::lower_bound(named.cbegin(), named.cend(), noun,
                                        [](const Place &p, int token) { return p.token < token; });
    for (auto it = after; it != named.cbegin() && after - it < kLook;) {
        --it;
        if (const QString code = codeOf(*it); !code.isEmpty())
            return code;
    }
    for (auto it = after; it != named.cend() && it - after < kLook; ++it) {
        if (const QString code = codeOf(*it); !code.isEmpty() && it->token != noun)
            return code;
    }
    return {};
}

// Whether the text writes sterling ("£") or names a British place (fiscal-place uk).
bool AmountRecognizer::britishStory() const
{
    if (!m_british) {
        static const WordMap<QString> &places = mapOf("fiscal-place");
        m_british = std::any_of(m_tokens.cbegin(), m_tokens.cend(), [](const Token &t) {
            return (t.isSymbol() && t.lower == QStringLiteral("\u00a3")) ||
                   (t.isWord() && (places.value(t.lower) == QLatin1String("uk") ||
                                   (t.allCaps && t.lower == QLatin1String("uk"))));
        });
    }
    return *m_british;
}

// A currency noun that is also a weight ("pounds"), used as one here.
bool AmountRecognizer::weightAround(int number, int noun) const
{
    if (!weightNouns().contains(m_tokens[noun].lower))
        return false;
    if (word(noun + 1, "of"))
        return weightOf(noun);
    // "a 1,400-pound battery pack" (but "a 10-pound note"): a weight that describes a noun,
    // outside stories that write sterling ("a 20-pound gift card" in a British one)
    const int n = int(m_tokens.size());
    if (!britishStory() && sym(noun - 1, '-') && !m_tokens[noun].spaceBefore &&
        !m_tokens[noun - 1].spaceBefore && noun + 1 < n && m_tokens[noun + 1].isWord() &&
        m_tokens[noun + 1].spaceBefore && !stopWords().contains(m_tokens[noun + 1].lower) &&
        !moneyNouns().contains(m_tokens[noun + 1].lower))
        return true;
    for (int k = number - 1; k >= 0 && k >= number - 4; --k) {
        if (m_tokens[k].isWord() && weightCues().contains(m_tokens[k].lower))
            return true;
    }
    // "exported 610 million pounds of shrimp … aims for 800 million pounds by 2028": one sense
    // through a story that writes no sterling, unless a word of money stands before the number
    // ("costing it 12 million pounds", "earned 900 pounds a week"; vocabulary money-cue)
    for (int k = number - 1; k >= 0 && k >= number - 6; --k) {
        if (m_tokens[k].isWord() && moneyCues().contains(m_tokens[k].lower))
            return false;
    }
    return !britishStory() && poundsOfWeight();
}

// "40 pounds of cocaine" (at `noun`, before "of") is a weight, but not "5 million pounds of
// public money".
bool AmountRecognizer::weightOf(int noun) const
{
    const int n = int(m_tokens.size());
    for (int k = noun + 2; k < n && k <= noun + 4; ++k) {
        if (m_tokens[k].isWord() && moneyOf().contains(m_tokens[k].lower))
            return false;
    }
    return true;
}

// Whether the story weighs something in pounds: "pounds of" a thing after a number, or pounds
// after a number that a word of weight comes just before ("a harvest of 211 million pounds").
bool AmountRecognizer::poundsOfWeight() const
{
    if (!m_poundsOfWeight) {
        m_poundsOfWeight = false;
        for (int k = 1; k + 1 < int(m_tokens.size()) && !*m_poundsOfWeight; ++k) {
            if (!weightNouns().contains(m_tokens[k].lower))
                continue;
            // (after a number: "610 million pounds of", not "a pound of flesh")
            int number = -1;
            for (int j = k - 1; j >= 0 && j >= k - 3 && number < 0; --j) {
                if (m_tokens[j].isNumber())
                    number = j;
            }
            if (number < 0)
                continue;
            bool cue = word(k + 1, "of") && weightOf(k);
            for (int j = number - 1; j >= 0 && j >= number - 4 && !cue; --j)
                cue = m_tokens[j].isWord() && weightCues().contains(m_tokens[j].lower);
            m_poundsOfWeight = cue;
        }
    }
    return *m_poundsOfWeight;
}

bool AmountRecognizer::exchangeRateAt(int k) const
{
    const int n = int(m_tokens.size());
    int j = k;
    if (word(j, "per") || word(j, "a") || word(j, "an"))
        ++j;
    else if (word(j, "to") && word(j + 1, "the"))
        j += 2;
    else
        return false;
    // (past the country's name: "per U.S. dollar", "to the Swiss franc"; only capitalized words
    // and their dots, so a price per thing is not passed over to a later currency)
    auto currency = [&](int at) {
        return m_tokens[at].isWord() && currencyWords().contains(m_tokens[at].lower);
    };
    for (int skipped = 0; j < n && skipped < 5 && !currency(j); ++skipped, ++j) {
        if (!(m_tokens[j].isWord() && (m_tokens[j].capitalized || m_tokens[j].allCaps)) && !sym(j, '.'))
            return false;
    }
    // (a currency's name in lower case: not a name that holds one, "the Rand Corp.", "Sierra Leone";
    // nor a weight, "$4.20 a pound")
    static const WordSet &weights = setOf("weight-noun");
    return j < n && currency(j) && !m_tokens[j].capitalized && !m_tokens[j].allCaps &&
           !weights.contains(m_tokens[j].lower);
}

bool AmountRecognizer::currencyQuotedBefore(int i, const QString &code) const
{
    // the subject ("the dollar", "sterling"), its verb ("rose", "traded"), then only the words of
    // a level reached ("to", "at", "as high as", "briefly past") right before the amount: not "The
    // yen weakened while Brent crude rose to $85"
    static const WordSet &moves = setOf("currency-move");
    static const WordSet &levels = setOf("currency-level");
    int k = i - 1;
    while (k >= 0 && i - k <= 4 && m_tokens[k].isWord() && levels.contains(m_tokens[k].lower))
        --k;
    if (k == i - 1 || k < 1 || !m_tokens[k].isWord() || !moves.contains(m_tokens[k].lower))
        return false;
    const int subject = k - 1;
    const QString &w = m_tokens[subject].lower;
    if (!m_tokens[subject].isWord() || !(w == QLatin1String("sterling") || word(subject - 1, "the")))
        return false;
    QString other = currencyWords().value(w);
    if (other.isEmpty() && w == QLatin1String("sterling"))
        other = QStringLiteral("GBP");
    return !other.isEmpty() && other != code;
}

bool AmountRecognizer::currencyLeftOff(int k, const QString &code, Suggestion *out, int *next) const
{
    const int n = int(m_tokens.size());
    if (!(word(k, "plus") || word(k, "and") || word(k, "or")) || k + 2 >= n || !m_tokens[k + 1].isNumber())
        return false;
    NumberParser numbers(m_tokens);
    NumberParser::Number num;
    if (!numbers.number(k + 1, &num) || num.fraction)
        return false;
    int exponent = 0;
    const int end = numbers.scale(num.next, &exponent);
    // (a scale word, then nothing it counts: "10 million in add-ons", "10 million.", not "10
    // million fans" nor "10 million dollars", which are read on their own)
    if (end < 0 || (end < n && m_tokens[end].isWord() && !stopWords().contains(m_tokens[end].lower)))
        return false;
    out->kind = Suggestion::Kind::Amount;
    out->amount = num.value.scaledBy(exponent).toString();
    out->currency = code;
    out->start = m_tokens[k + 1].start;
    out->end = m_tokens[end - 1].start + m_tokens[end - 1].length();
    out->text = m_text.mid(out->start, out->end - out->start);
    *next = end;
    return true;
}

} // namespace Gleaner
