#include "suggest/amountrecognizer.h"
#include "suggest/amountwords.h"

#include <algorithm>

#include "suggest/numberparser.h"
#include "suggest/vocabulary.h"
#include "util/currencies.h"
#include "util/unitnames.h"

#include <QHash>
#include <QSet>

namespace Gleaner {

using namespace AmountWords;

AmountRecognizer::AmountRecognizer(const QString &text, const QVector<Token> &tokens)
    : m_text(text), m_tokens(tokens)
{}

bool AmountRecognizer::word(int i, const char *s) const
{
    return i >= 0 && i < m_tokens.size() && m_tokens[i].isWord() && m_tokens[i].lower == QLatin1String(s);
}

bool AmountRecognizer::sym(int i, char16_t c) const
{
    return i >= 0 && i < m_tokens.size() && m_tokens[i].isSymbol() && m_tokens[i].lower.at(0).unicode() == c;
}

bool AmountRecognizer::symbolCurrency(int i, QString *code) const
{
    if (i < 0 || i >= m_tokens.size() || !m_tokens[i].isSymbol())
        return false;
    auto it = symbols().constFind(m_tokens[i].lower);
    if (it == symbols().constEnd())
        return false;
    // (a bare "$" is the dollar of the story's country: localDollar)
    *code = it.value() == QLatin1String("USD") && m_tokens[i].lower == QLatin1String("$") ? localDollar()
                                                                                          : it.value();
    return true;
}

// "USD", "RMB", "Rs.", "MUSD"
bool AmountRecognizer::isoCode(int i, Currency *out) const
{
    if (i < 0 || i >= m_tokens.size() || !m_tokens[i].isWord())
        return false;
    const Token &t = m_tokens[i];
    // Codes ("USD", "MUSD") and the aliases ("Rs", "KSh") are two to four letters, capitalized.
    if (t.length() < 2 || t.length() > 4 || !(t.capitalized || t.allCaps))
        return false;
    const QString raw = m_text.mid(t.start, t.length());
    int next = i + 1;
    if (Currencies::isWrittenInNews(raw)) {
        out->code = raw;
    } else if (codeAliases().contains(raw)) {
        out->code = codeAliases().value(raw);
        if (const QString local = currencyOfPlace(i, true); !local.isEmpty())
            out->code = local;                             // "Rs" in a story from Karachi
        if (sym(next, '.') && !m_tokens[next].spaceBefore) // "Rs."
            ++next;
    } else if (raw.size() == 4 && raw.at(0) == QLatin1Char('M') && Currencies::isWrittenInNews(raw.mid(1))) {
        out->code = raw.mid(1);
        out->exponent = 6; // "MUSD": millions
    } else {
        return false;
    }
    // Glued to other letters or digits ("USD2" is fine, "XUSD" is not a token here anyway).
    out->next = next;
    return true;
}

bool AmountRecognizer::currencyPrefix(int i, Currency *out) const
{
    const int n = int(m_tokens.size());
    if (i >= n)
        return false;
    const Token &t = m_tokens[i];
    QString code;
    if (symbolCurrency(i, &code)) {
        *out = Currency();
        out->code = code;
        out->next = i + 1;
        return true;
    }
    if (t.isWord()) {
        // "GH¢", "GH₵": letters glued to a sign, written as one symbol in the vocabulary
        if (i + 1 < n && m_tokens[i + 1].isSymbol() && !m_tokens[i + 1].spaceBefore && t.length() <= 3) {
            auto it = symbols().constFind(t.lower + m_tokens[i + 1].lower);
            if (it != symbols().constEnd()) {
                *out = Currency();
                out->code = it.value();
                out->next = i + 2;
                return true;
            }
        }
        // "US$", "HK$", "C$"; spaced "us $" / "c $" as in tokenized wire text.
        if (sym(i + 1, '$') && t.length() <= 3) {
            const bool attached = !m_tokens[i + 1].spaceBefore;
            auto it = dollarPrefixes().constFind(t.lower);
            if (it != dollarPrefixes().constEnd() &&
                (attached || t.lower.size() >= 2 || t.lower == QLatin1String("c"))) {
                // "a $5 billion fund": the article, not Australian dollars.
                if (!attached && t.lower == QLatin1String("c") && t.capitalized)
                    return false;
                *out = Currency();
                out->code = it.value();
                out->next = i + 2;
                return true;
            }
        }
        // "N500m", "R2.5 billion", "P5,000" (amountletters.cpp)
        if (letterCurrency(i, out))
            return true;
        // "U.S. $" is rare; "R$" handled above. ISO codes before the number.
        Currency c;
        if (isoCode(i, &c)) {
            *out = c;
            return true;
        }
    }
    return false;
}

// After the number: "yen", "swiss francs", "USD", "€", "cents".
bool AmountRecognizer::currencySuffix(int i, Currency *out, int *subunitExponent) const
{
    const int n = int(m_tokens.size());
    if (i >= n)
        return false;
    *subunitExponent = 0;
    const Token &t = m_tokens[i];
    QString code;
    if (symbolCurrency(i, &code)) {
        // "$ 20,000.00 $ 37,305.97": a symbol followed by a number starts the next amount.
        if (i + 1 < n && m_tokens[i + 1].isNumber())
            return false;
        out->code = code;
        out->next = i + 1;
        return true;
    }
    // "66 US cents", "50 Australian cents", "5 U.S. cents": cents of the dollar named
    static const WordMap<QString> &centsOf = mapOf("cents-country");
    const int dotted = dottedLetters(i);
    QString country = t.lower;
    for (int k = i + 2; k < dotted; k += 2)
        country += m_tokens[k].lower;
    const int cents = dotted > i ? dotted : i + 1;
    if (t.isWord() && centsOf.contains(country) && cents < n && m_tokens[cents].isWord() &&
        (m_tokens[cents].lower == QLatin1String("cents") || m_tokens[cents].lower == QLatin1String("cent"))) {
        out->code = centsOf.value(country);
        out->next = cents + 1;
        *subunitExponent = -2;
        return true;
    }
    // Sub-units: "73¢", "68 cents".
    if ((t.isSymbol() && t.lower == QStringLiteral("¢")) ||
        (t.isWord() && (t.lower == QLatin1String("cents") || t.lower == QLatin1String("cent")))) {
        out->code = storyDollar();
        out->next = i + 1;
        *subunitExponent = -2;
        return true;
    }
    if (!t.isWord())
        return false;
    // "50 pesewas", "80 paise": a hundredth of the currency the word names (not a name: "500
    // Kobo readers")
    static const WordMap<QString> &subunits = mapOf("subunit");
    if (const auto sub = subunits.constFind(t.lower); sub != subunits.constEnd() && !t.capitalized) {
        out->code = sub.value();
        out->next = i + 1;
        *subunitExponent = -2;
        return true;
    }
    Currency c;
    if (isoCode(i, &c)) {
        *out = c;
        return true;
    }
    // "59p per kWh", "142.9p a litre", "Shares fell 12p to 245p": pence glued to a figure, in
    // any story (a figure glued to a small p is sterling's way)
    // (not a video's "720p" or "360p": vocabulary video-resolution)
    static const WordSet &resolutions = setOf("video-resolution");
    const bool decimal = i > 2 && sym(i - 2, '.') && !m_tokens[i - 2].spaceBefore;
    // (not a clock's "7.30p.m.")
    const bool clock = i + 2 < n && sym(i + 1, '.') && !m_tokens[i + 1].spaceBefore && word(i + 2, "m") &&
                       !m_tokens[i + 2].spaceBefore;
    const bool pence =
        t.lower == QLatin1String("p") && !t.spaceBefore && i > 0 && m_tokens[i - 1].isNumber() && !clock &&
        !(i > 2 && sym(i - 2, ',') && !m_tokens[i - 2].spaceBefore) &&
        (decimal || (!resolutions.contains(m_tokens[i - 1].lower) && m_tokens[i - 1].lower.toInt() < 1000)) &&
        !(!decimal && frameRate(i - 1));
    if (pence || t.lower == QLatin1String("pence") || t.lower == QLatin1String("penny") ||
        t.lower == QLatin1String("pennies")) {
        out->code = QStringLiteral("GBP");
        out->next = i + 1;
        *subunitExponent = -2;
        return true;
    }
    // "U.S. dollars": a place's letters with dots, as "US dollars"
    if (dottedLetters(i) == i + 4 && i + 4 < n && m_tokens[i + 4].isWord() && m_tokens[i + 4].spaceBefore) {
        const QString noun = m_tokens[i + 4].lower;
        const QString letters = m_tokens[i].lower + m_tokens[i + 2].lower + QLatin1Char(' ');
        auto q = qualifiedCurrencies().constFind(letters + noun);
        if (q == qualifiedCurrencies().constEnd() && noun.endsWith(QLatin1Char('s')))
            q = qualifiedCurrencies().constFind(letters + noun.left(noun.size() - 1));
        if (q != qualifiedCurrencies().constEnd()) {
            out->code = q.value();
            out->next = i + 5;
            return true;
        }
    }
    // One or two adjectives before the currency noun: "swiss francs", "new taiwan dollars".
    for (int k = i; k < n && k < i + 3; ++k) {
        if (!m_tokens[k].isWord())
            break;
        if (k > i && m_tokens[k].spaceBefore == false)
            break;
        auto it = currencyWords().constFind(m_tokens[k].lower);
        if (it == currencyWords().constEnd())
            continue;
        if (k > i) {
            QString noun = m_tokens[k].lower;
            const QString sing = noun.endsWith(QLatin1Char('s')) && noun != QLatin1String("reais")
                                     ? noun.left(noun.size() - 1)
                                     : noun;
            const QString adj = m_tokens[k - 1].lower;
            auto q = qualifiedCurrencies().constFind(adj + QLatin1Char(' ') + sing);
            if (q == qualifiedCurrencies().constEnd())
                q = qualifiedCurrencies().constFind(adj + QLatin1Char(' ') + noun);
            if (q == qualifiedCurrencies().constEnd())
                return false;
            out->code = q.value();
        } else {
            // "won" and "real" are also ordinary words: only as currency right after a number;
            // "crowns" only with its country ("Swedish crowns", or a place in the story)
            // (pounds: the story's own place, the first it names, "UK exports to Egypt reached 1.5
            // billion pounds" being sterling; and "pounds sterling" always)
            const bool pounds = m_tokens[k].lower.startsWith(QLatin1String("pound"));
            const QString local = pounds && word(k + 1, "sterling") ? QString() : currencyOfPlace(k, pounds);
            if (it.value().isEmpty() && local.isEmpty())
                return false;
            out->code = local.isEmpty() ? it.value() : local; // "rupees" in a story from Colombo
            if (weightAround(i, k))
                return false; // "weighed 12 pounds", "40 pounds of cocaine"
        }
        out->next = k + 1;
        return true;
    }
    return false;
}

bool AmountRecognizer::amountAt(int i, Suggestion *out, int *next) const
{
    const int n = int(m_tokens.size());
    if (i >= n)
        return false;
    NumberParser numbers(m_tokens);
    Currency prefix;
    bool hasPrefix = false;
    bool isoPrefix = false;
    int j = i;
    if (currencyPrefix(i, &prefix)) {
        // The number must follow the prefix directly (one space allowed).
        if (prefix.next < n && (m_tokens[prefix.next].isNumber() || m_tokens[prefix.next].isWord())) {
            hasPrefix = true;
            // a code or an alias, not letters of a sign ("US$", "E£", "GH¢")
            isoPrefix = m_tokens[i].isWord() && !sym(i + 1, '$') &&
                        !(m_tokens[i + 1].isSymbol() && !m_tokens[i + 1].spaceBefore);
            j = prefix.next;
        } else {
            return false;
        }
    }
    if (!hasPrefix) {
        if (!m_tokens[i].isNumber() && !m_tokens[i].isWord())
            return false;
    }
    NumberParser::Number num;
    if (hasPrefix && !m_tokens[j].spaceBefore && m_tokens[j].isNumber()) {
        // "$5" — glued to the currency sign: numeral() refuses a left-glued word, so parse it directly.
        // ("N500m", "USD3.5 billion", "RM1.2 billion": a letter or a code glued to it)
        const bool letterPrefix = m_tokens[i].isWord();
        if (!numbers.numeral(j, &num, letterPrefix)) {
            // "US$2.9bn": numeral() sees "$" before, which is fine; failure is real.
            return false;
        }
    } else if (!numbers.number(j, &num)) {
        return false;
    }
    if (!hasPrefix && m_tokens[j].isNumber() && !m_tokens[j].spaceBefore && j > 0) {
        // A number glued to a symbol on the left: "+49", "#3", "/2"; only "(" or quotes are fine,
        // and a slash between two measures ("600 MW/2,400 MWh").
        const QChar c = m_tokens[j - 1].lower.at(0);
        const bool measurePair =
            c == QLatin1Char('/') && j >= 2 && m_tokens[j - 2].isWord() && powerPair(j - 2);
        if (m_tokens[j - 1].isSymbol() && c != QLatin1Char('(') && c != QLatin1Char('"') &&
            c != QChar(0x201C) && c != QChar(0x2018) && c != QLatin1Char('\'') && !measurePair)
            return false;
    }
    // A spelled number needs a scale, a currency, or a known unit; small spelled counts are not proposed.
    int exponent = prefix.exponent;
    int k = num.next;
    int scaleNext = numbers.scale(k, &exponent);
    bool scaled = scaleNext >= 0;
    if (scaled)
        k = scaleNext;
    if (num.fraction && !scaled)
        return false;
    Decimal value = num.value.scaledBy(exponent);
    Decimal valueMax;
    // Ranges: "$2-3 billion", "€1.5–2 billion", "between 2 and 3 billion yen", "2 to 3 million".
    {
        const bool between = word(i - 1, "between") || (hasPrefix && word(i - 1, "between"));
        const bool dash = sym(k, '-') || sym(k, 0x2013) || sym(k, 0x2014);
        const bool to = word(k, "to") && !num.fraction;
        const bool andJoin = word(k, "and") && between;
        if (dash || to || andJoin) {
            int m = k + 1;
            Currency again;
            bool repeated = false; // "$140 million to $165 million"
            if (currencyPrefix(m, &again) && (!hasPrefix || again.code == prefix.code)) {
                m = again.next;
                repeated = hasPrefix;
            }
            NumberParser::Number num2;
            // (a figure glued to a letter's sign, "R60,000", is read as the first one was)
            const bool lettered = repeated && m < n && m_tokens[m - 1].isWord() && !m_tokens[m].spaceBefore;
            if (m < n && (dash ? m_tokens[m].isNumber() : true) &&
                (lettered ? numbers.numeral(m, &num2, true) : numbers.number(m, &num2)) && !num2.fraction) {
                int exp2 = prefix.exponent;
                int m2 = numbers.scale(num2.next, &exp2);
                const bool scaled2 = m2 >= 0;
                if (!scaled2)
                    m2 = num2.next;
                // Phone numbers and codes: "1-800-555-0199".
                const bool chain = sym(m2, '-') && m2 + 1 < n && m_tokens[m2 + 1].isNumber();
                Decimal first = value;
                // ("2 to 3 million", "$2 to $3 million"; but not "$500,000 to $2 million", a figure
                // in thousands already)
                const bool rescaled = !scaled && scaled2 && value.compare(Decimal::fromInteger(1000)) < 0;
                if (rescaled)
                    first = num.value.scaledBy(exp2);
                const Decimal second = num2.value.scaledBy(exp2);
                // "2 to 3 million"; "charges of $140 million to $165 million", but not a change
                // ("rose $12 million to $340 million", "from $140 million to $165 million")
                const bool rangeVerb = i > 1 && word(i - 1, "from") && m_tokens[i - 2].isWord() &&
                                       rangeVerbs().contains(m_tokens[i - 2].lower);
                static const WordSet &rangeAfter = setOf("range-after");
                // ("give families Rs 300,000 to Rs 500,000 each": what each gets is one range)
                // ("output of 54 million to 56 million bags": counts of one scale, unless a change)
                static const WordSet &changeLeads = setOf("change-lead");
                bool change = false;
                for (int b = i - 1; b >= 0 && b >= i - 6 && !change; --b)
                    change = m_tokens[b].isWord() && changeLeads.contains(m_tokens[b].lower);
                // ("fines of 20,000 to 100,000 baht": two bare figures and the currency after them)
                Currency after;
                int afterSub = 0;
                const bool suffixRange = !hasPrefix && !scaled && !scaled2 && !change &&
                                         !word(i - 1, "from") && currencySuffix(m2, &after, &afterSub) &&
                                         second.compare(first.multipliedBy(Decimal::fromInteger(10))) <= 0;
                const bool toRange =
                    rescaled || (rangeVerb && scaled == scaled2) || suffixRange ||
                    (!hasPrefix && scaled && scaled2 && exp2 == exponent && !change &&
                     second.compare(first.multipliedBy(Decimal::fromInteger(3))) <= 0) ||
                    (repeated && (scaled == scaled2 || (!scaled && scaled2)) &&
                     ((i > 0 && m_tokens[i - 1].isWord() && rangeLeads().contains(m_tokens[i - 1].lower)) ||
                      (m2 < n && m_tokens[m2].isWord() && rangeAfter.contains(m_tokens[m2].lower))));
                if (!chain && first.isValid() && second.isValid() && second.compare(first) > 0 &&
                    (!to || toRange)) {
                    value = first;
                    valueMax = second;
                    k = m2;
                    scaled = scaled || scaled2;
                }
            }
        }
    }
    if (!value.isValid())
        return false;
    // "PHP 8", "CAD 3": a code before a small bare number is a name or a version.
    // (glued to the number it is money: "RM50", "USD50"; so is a currency's abbreviation: "Rs 25")
    // (but a price per something is money: "KES 25 per litre", "UGX 50 per withdrawal")
    if (isoPrefix && m_tokens[i].allCaps && m_tokens[j].spaceBefore && !scaled && !num.grouped &&
        prefix.exponent == 0 && value.compare(Decimal::fromInteger(100)) < 0 &&
        !(word(k, "per") && !word(k + 1, "cent")))
        return false;
    // "COP29": a code that, glued to a number of two digits or fewer, names a meeting
    static const WordSet &codeNames = setOf("code-name");
    if (isoPrefix && !m_tokens[j].spaceBefore && !scaled && !num.grouped && !num.hasDecimals &&
        num.integerDigits <= 2 && codeNames.contains(m_tokens[i].lower))
        return false;
    Suggestion s;
    s.kind = Suggestion::Kind::Amount;
    int end = k;
    QString code = prefix.code;
    if (!hasPrefix) {
        Currency suffix;
        int sub = 0;
        // "75 USD million": a code between number and scale.
        if (currencySuffix(k, &suffix, &sub)) {
            code = suffix.code;
            end = suffix.next;
            int exp3 = suffix.exponent + sub;
            if (!scaled && sub == 0) {
                const int after = numbers.scale(end, &exp3);
                if (after >= 0)
                    end = after;
            }
            value = value.scaledBy(exp3);
            if (valueMax.isValid())
                valueMax = valueMax.scaledBy(exp3);
            // "617 naira 50 kobo", "5 euros 50 cents": the hundredths of the same currency after it
            Currency minor;
            int minorSub = 0;
            NumberParser::Number cents;
            if (sub == 0 && !scaled && !num.hasDecimals && !valueMax.isValid() && end < n &&
                m_tokens[end].isNumber() && numbers.number(end, &cents) && !cents.hasDecimals &&
                cents.integerDigits <= 2 && currencySuffix(cents.next, &minor, &minorSub) && minorSub == -2 &&
                (minor.code == code || word(cents.next, "cents") || word(cents.next, "cent"))) {
                value = value.plus(cents.value.scaledBy(-2));
                end = minor.next;
            }
        } else if (sym(k, '-') && !m_tokens[k].spaceBefore && k + 1 < n && !m_tokens[k + 1].spaceBefore &&
                   currencySuffix(k + 1, &suffix, &sub) && m_tokens[k + 1].isWord()) {
            // "12-cent", "one-yen"
            code = suffix.code;
            end = suffix.next;
            value = value.scaledBy(suffix.exponent + sub);
        }
    } else if (k < n && m_tokens[k].isWord() && !m_tokens[k].spaceBefore && !scaled) {
        return false; // "$5G"? letters glued after the number
    }
    if (!value.isValid())
        return false;

    bool plus = false;
    if (code.isEmpty()) {
        // A counted quantity.
        // "two more orders"; but "a dozen carriers", "three hundred jobs", "two to three hundred"
        const bool spelledRange =
            (word(k, "to") || word(k, "or")) && k + 2 < n && (word(k + 2, "hundred") || word(k + 2, "dozen"));
        if (num.spelled && !scaled && !num.multiplied && !spelledRange)
            return false;
        if (!num.spelled && nameBefore(j) && !num.grouped && !scaled)
            return false;
        // Years are not quantities ("2025 plans"); neither are percentages.
        if (!num.spelled && !num.grouped && !num.hasDecimals && !scaled && num.integerDigits == 4) {
            const qint64 v = num.value.toInteger();
            if (v >= 1800 && v <= 2199)
                return false;
        }
        // ("₹1.2 lakh per 10 grams", "deaths per 100,000 people": the measure of a rate)
        if (sym(k, '%') || word(k, "percent") || word(k, "per") || word(k, "pc") || word(k, "percentage") ||
            word(i - 1, "per"))
            return false;
        // "1 in 5 adults", "three out of 10 voters": the whole of a ratio, no count
        {
            int b = i - 1;
            if (word(b, "of") && word(b - 1, "out"))
                b -= 2;
            else if (word(b, "in"))
                b -= 1;
            else
                b = -1;
            NumberParser::Number part;
            if (b >= 0 && b < i - 1 && (m_tokens[b].isNumber() || numbers.spelled(b, &part)))
                return false;
        }
        // "911 calls": a number that names a service.
        if (!num.spelled && !num.grouped && serviceNumbers().contains(m_tokens[j].lower) && k < n &&
            m_tokens[k].isWord() && serviceNouns().contains(m_tokens[k].lower))
            return false;
        // "75 to 100 people": a range of counts, both ends kept.
        if (!valueMax.isValid() && !scaled && !num.spelled && word(k, "to") && k + 1 < n &&
            m_tokens[k + 1].isNumber()) {
            NumberParser::Number upper;
            int upperExponent = 0;
            QString upperUnit;
            int upperNext = -1;
            if (numbers.number(k + 1, &upper) && !upper.fraction &&
                numbers.scale(upper.next, &upperExponent) < 0 && upper.value.compare(value) > 0 &&
                quantityUnit(upper.next, &upperUnit, &upperNext)) {
                valueMax = upper.value;
                k = upper.next;
            }
        }
        // "two to three hundred workers", "two or three dozen engineers": the upper end's
        // multiplier counts the lower end too
        if (!valueMax.isValid() && num.spelled && !num.multiplied && !num.fraction &&
            (word(k, "to") || word(k, "or"))) {
            NumberParser::Number upper;
            const bool multiplied = numbers.spelled(k + 1, &upper) && upper.multiplied && !upper.fraction &&
                                    (word(upper.next - 1, "hundred") || word(upper.next - 1, "dozen"));
            const Decimal lower =
                multiplied
                    ? value.multipliedBy(Decimal::fromInteger(word(upper.next - 1, "dozen") ? 12 : 100))
                    : Decimal();
            if (lower.isValid() && upper.value.compare(lower) > 0) {
                value = lower;
                valueMax = upper.value;
                k = upper.next;
            }
        }
        // "5,000-plus employees": more than the number
        plus = sym(k, '-') && !m_tokens[k].spaceBefore && word(k + 1, "plus") && !m_tokens[k + 1].spaceBefore;
        if (plus)
            k += 2;
        QString unit;
        int unitNext = -1;
        if (!quantityUnit(k, &unit, &unitNext) && !nounAfterDash(k, &unit, &unitNext) &&
            !partOfWhole(k, &unit, &unitNext))
            return false;
        if (unitNamesNoAmount(unit, unitNext))
            return false;
        // Phone-like or code-like runs right before: "555 0198".
        s.unit = unit;
        end = unitNext;
    }
    s.currency = code;
    s.amount = value.toString();
    if (valueMax.isValid())
        s.amountMax = valueMax.toString();
    s.start = m_tokens[i].start;
    s.end = m_tokens[end - 1].end;
    s.text = m_text.mid(s.start, s.end - s.start);
    s.qualifier = qualifierBefore(i);
    if (plus && s.qualifier.isEmpty())
        s.qualifier = QStringLiteral("more than");
    *out = s;
    *next = end;
    return true;
}

void AmountRecognizer::recognize(QVector<Suggestion> *out) const
{
    const int n = int(m_tokens.size());
    int i = 0;
    while (i < n) {
        const Token &t = m_tokens[i];
        // Cheap pre-filter: amounts start with a number, a currency sign, a code or a number word.
        bool candidate = t.isNumber() || t.isSymbol();
        if (t.isWord()) {
            // currency prefixes and codes ("US$", "USD", "Rs"), number words ("ten", "half a", "a quarter")
            candidate = sym(i + 1, '$') || (t.length() <= 4 && (t.allCaps || t.capitalized)) ||
                        NumberParser::cardinalWord(t.lower) >= 0 || t.lower == QLatin1String("a") ||
                        t.lower == QLatin1String("an") || t.lower == QLatin1String("half");
        }
        if (candidate) {
            Suggestion s;
            int next = i + 1;
            if (amountAt(i, &s, &next)) {
                // (an exchange rate has no more than six characters: "161", "1.2745")
                if (s.currency.isEmpty() ||
                    (!exchangeRateAt(next) && !(s.amount.size() <= 6 && currencyQuotedBefore(i, s.currency))))
                    out->append(s);
                // "65 million euros plus 10 million in add-ons": the currency left off a second figure
                Suggestion second;
                if (!s.currency.isEmpty() && currencyLeftOff(next, s.currency, &second, &next))
                    out->append(second);
                i = std::max(next, i + 1);
                continue;
            }
        }
        ++i;
    }
}

} // namespace Gleaner
