#include "suggest/tokenizer.h"

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

bool endsSentence(const Token &t)
{
    if (!t.isSymbol())
        return false;
    const QChar c = t.lower.at(0);
    return c == QLatin1Char('.') || c == QLatin1Char('!') || c == QLatin1Char('?') || c == QLatin1Char(':') ||
           c == QLatin1Char(';') || c == QChar(0x201C) || c == QLatin1Char('"') || c == QLatin1Char('(');
}

} // namespace

QVector<Token> Tokenizer::tokenize(const QString &text)
{
    QVector<Token> tokens;
    tokens.reserve(text.size() / 4 + 4);
    const int n = int(text.size());
    const QChar *data = text.constData();
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
        t.lower = text.mid(t.start, t.end - t.start).toLower();
        t.sentenceStart = tokens.isEmpty() || endsSentence(tokens.constLast());
        tokens.append(t);
    }
    return tokens;
}

} // namespace Gleaner
