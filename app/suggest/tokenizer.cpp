#include "suggest/tokenizer.h"

#include "suggest/vocabulary.h"

#include <algorithm>

namespace Gleaner {

namespace {

enum class CharClass { Space, Letter, Digit, Other };

CharClass classify(QChar c)
{
    const char16_t u = c.unicode();
    if (u >= '0' && u <= '9')
        return CharClass::Digit;
    if (u < 128) {
        if ((u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z'))
            return CharClass::Letter;
        if (u == ' ' || u == '\t' || u == '\n' || u == '\r' || u == '\f' || u == '\v')
            return CharClass::Space;
        return CharClass::Other;
    }
    if (c.isSpace())
        return CharClass::Space;
    if (c.isLetter() || c.isMark())
        return CharClass::Letter;
    return CharClass::Other;
}

// A word that goes on a clock's time: its zone or a weekday (vocabulary clock-mark, weekday)
bool afterClockWord(const QString &lower)
{
    const Vocabulary &v = Vocabulary::english();
    return v.set(QStringLiteral("clock-mark")).contains(lower) ||
           v.set(QStringLiteral("weekday")).contains(lower);
}

bool endsSentence(const Token &t)
{
    if (!t.isSymbol())
        return false;
    const QChar c = t.lower.at(0);
    return c == QLatin1Char('.') || c == QLatin1Char('!') || c == QLatin1Char('?') || c == QLatin1Char(':') ||
           c == QLatin1Char(';') || c == QChar(0x201C) || c == QLatin1Char('"') || c == QLatin1Char('(');
}

// Writes the lower case of chars[0, length) to out and points `lower` at it; where the
// case mapping changes the length ("İ"), `lower` gets a string of its own.
void lowerInto(const QChar *chars, int length, QChar *out, QString *lower)
{
    for (int k = 0; k < length; ++k) {
        const char16_t u = chars[k].unicode();
        if (u >= 128) {
            const QString mapped = QString(chars, length).toLower();
            if (mapped.size() != length) {
                *lower = mapped;
                return;
            }
            std::copy(mapped.constBegin(), mapped.constEnd(), out);
            break;
        }
        out[k] = QChar(u >= 'A' && u <= 'Z' ? char16_t(u + 32) : u);
    }
    *lower = QString::fromRawData(out, length);
}

} // namespace

Tokenizer::Tokenizer(const QString &text) : m_lower(text.size(), Qt::Uninitialized)
{
    QVector<Token> &tokens = m_tokens;
    tokens.reserve(text.size() / 4 + 4);
    const int n = int(text.size());
    const QChar *data = text.constData();
    QChar *lowerData = m_lower.data();
    bool space = true;
    int i = 0;
    while (i < n) {
        const CharClass cls = classify(data[i]);
        if (cls == CharClass::Space) {
            space = true;
            ++i;
            continue;
        }
        Token t;
        t.start = i;
        t.spaceBefore = space;
        space = false;
        if (cls == CharClass::Letter || cls == CharClass::Digit) {
            int j = i + 1;
            while (j < n && classify(data[j]) == cls)
                ++j;
            t.type = cls == CharClass::Letter ? Token::Type::Word : Token::Type::Number;
            t.end = j;
            if (t.type == Token::Type::Word) {
                t.capitalized = data[i].isUpper();
                bool caps = true;
                for (int k = i; k < j && caps; ++k)
                    caps = !data[k].isLower();
                t.allCaps = caps;
            }
            i = j;
        } else {
            int j = i + 1;
            if (data[i].isHighSurrogate() && j < n && data[j].isLowSurrogate())
                ++j;
            t.type = Token::Type::Symbol;
            t.end = j;
            i = j;
        }
        lowerInto(data + t.start, t.end - t.start, lowerData + t.start, &t.lower);
        // (not after the point of "281.40" or the colon of "8:30", between the digits of one number)
        const bool insideNumber = t.type == Token::Type::Number && !t.spaceBefore && tokens.size() >= 2 &&
                                  !tokens.constLast().spaceBefore && tokens.at(tokens.size() - 2).isNumber();
        // (nor a word in lower case after an abbreviation's point: "at 5 p.m. on Friday", "U.S. troops")
        // (the point glued after a single letter: "p.m.", "U.S."; not "rise. eBay reported")
        const bool afterAbbreviation =
            t.type == Token::Type::Word && !t.capitalized && data[t.start].isLower() && tokens.size() >= 2 &&
            tokens.constLast().lower == QLatin1String(".") && !tokens.constLast().spaceBefore &&
            tokens.at(tokens.size() - 2).isWord() && tokens.at(tokens.size() - 2).length() == 1;
        // (nor a clock's zone or a weekday after "a.m." or "p.m.": "9:30 a.m. ET Monday")
        const bool afterClock = t.type == Token::Type::Word && tokens.size() >= 4 &&
                                tokens.constLast().lower == QLatin1String(".") &&
                                tokens.at(tokens.size() - 2).lower == QLatin1String("m") &&
                                tokens.at(tokens.size() - 3).lower == QLatin1String(".") &&
                                (tokens.at(tokens.size() - 4).lower == QLatin1String("a") ||
                                 tokens.at(tokens.size() - 4).lower == QLatin1String("p")) &&
                                afterClockWord(t.lower);
        // (nor a single letter glued to the point of another: "U.S.", not "last year.In December")
        const bool gluedToPoint = t.type == Token::Type::Word && t.end - t.start == 1 && !t.spaceBefore &&
                                  tokens.size() >= 2 && tokens.constLast().lower == QLatin1String(".") &&
                                  tokens.at(tokens.size() - 2).isWord() &&
                                  tokens.at(tokens.size() - 2).length() == 1;
        t.sentenceStart = tokens.isEmpty() || (endsSentence(tokens.constLast()) && !insideNumber &&
                                               !afterAbbreviation && !afterClock && !gluedToPoint);
        tokens.append(std::move(t));
    }
}

} // namespace Gleaner
