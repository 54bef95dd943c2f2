#pragma once

#include "suggest/suggestion.h"
#include "suggest/token.h"

#include <QVector>

#include <optional>

namespace Gleaner {

// Finds money ("$10 billion", "Rs 1.26 lakh crore", "4.5 trillion yen") and counted
// quantities ("3,000 GPUs", "5 gigawatts") in tokenized text. Percentages, years,
// model names, versions, phone numbers and ordinals are not amounts.
class AmountRecognizer
{
public:
    AmountRecognizer(const QString &text, const QVector<Token> &tokens);

    // Appends every amount found, in text order.
    void recognize(QVector<Suggestion> *out) const;

    // The amount that starts at token i, if any; *next is the token after it.
    bool amountAt(int i, Suggestion *out, int *next) const;

private:
    struct Currency
    {
        QString code;
        int exponent = 0; // "MUSD": scale carried by the code
        int next = -1;
    };

    bool word(int i, const char *s) const;
    bool sym(int i, char16_t c) const;
    bool currencyPrefix(int i, Currency *out) const;
    bool currencySuffix(int i, Currency *out, int *subunitExponent) const;
    bool frameRate(int i) const;
    bool isoCode(int i, Currency *out) const;
    // A one-letter currency glued to its figure ("N500m", "R370 a month"), at token `i`.
    bool letterCurrency(int i, Currency *out) const;
    // Whether the story writes `letter` glued to a figure with a scale ("N2bn").
    bool letterScaled(const QString &letter) const;
    bool symbolCurrency(int i, QString *code) const;
    bool quantityUnit(int i, QString *unit, int *next) const;
    // Whether a unit counted, ending before token `next`, names something rather than measures it:
    // a race ("the 10,000 metres champion", "the 400m hurdles final") or a grade ("24-carat gold").
    bool unitNamesNoAmount(const QString &unit, int next) const;
    int dottedLetters(int i) const;
    bool partOfWhole(int i, QString *unit, int *next) const;
    bool modelNumberFirst(int i) const;
    bool nameBefore(int i) const;
    bool weightAround(int number, int noun) const;
    bool weightOf(int noun) const;
    bool britishStory() const;
    bool poundsOfWeight() const;
    // Whether the words at `k`, right after an amount of money, make it an exchange rate ("110 birr
    // per dollar", "157 yen to the dollar"): a price of a currency, no amount.
    bool exchangeRateAt(int k) const;
    // Whether another currency is the subject quoted in this one right before the amount at `i`
    // ("the dollar rose to 161 yen", "sterling traded at 1.27 dollars").
    bool currencyQuotedBefore(int i, const QString &code) const;
    // A second figure of the same currency joined right after an amount without its own
    // ("65 million euros plus 10 million in add-ons"), at token `k`: true with it and its end.
    bool currencyLeftOff(int k, const QString &code, Suggestion *out, int *next) const;
    // The dollars of the story's cents: those it writes with a country's letters (A$), else USD.
    QString storyDollar() const;
    // The dollar a bare "$" is: the one country of dollars the story names, else USD.
    QString localDollar() const;
    // The dollars the story writes with their sign's letters (A$), found once per text: their code,
    // USD for US$ or two countries', empty for none.
    QString letteredDollar() const;
    QString dollarOfPlace(int k, int *end) const;
    // The currency of a noun several countries use, as a place named nearby decides, or the
    // story's first place (amountplaces.cpp).
    QString currencyOfPlace(int noun, bool firstPlace = false) const;
    void energyHours(int power, QString *unit, int *next) const;
    bool areaOrVolume(int i, QString *unit, int *next) const;
    bool powerPair(int i) const;
    bool kindOfTime(int first, int head, const QString &unit) const;
    bool nounAfterDash(int i, QString *unit, int *next) const;
    QString qualifierBefore(int i) const;

    const QString &m_text;
    const QVector<Token> &m_tokens;
    // The places the text names, by token, with the adjective of their currencies; found
    // when a currency noun first needs them.
    struct Place
    {
        int token;
        QString adjective;
    };
    const QVector<Place> &places() const;
    // Whether the story names a place whose currency is `code` ("Lagos" for NGN).
    bool storyNamesCurrency(const QString &code) const;
    mutable std::optional<QVector<Place>> m_places;
    mutable std::optional<bool> m_british;              // britishStory(), found once per text
    mutable std::optional<bool> m_poundsOfWeight;       // poundsOfWeight(), found once per text
    mutable std::optional<QString> m_dollar;            // storyDollar(), found once per text
    mutable std::optional<QString> m_localDollar;       // localDollar(), found once per text
    mutable std::optional<QStringList> m_scaledLetters; // letterScaled(), found once per text
    mutable std::optional<QString> m_lettered;          // letteredDollar(), found once per text
};

} // namespace Gleaner
