#include "suggest/japanesenumber.h"

#include "suggest/vocabulary.h"

#include <QHash>

#include <cstdio>
#include <cstdlib>

namespace Gleaner::JapaneseNumber {

namespace {
const QString kKanjiDigits = QStringLiteral("〇一二三四五六七八九");

int digitValue(QChar c)
{
    if (c >= QLatin1Char('0') && c <= QLatin1Char('9'))
        return c.unicode() - '0';
    if (c.unicode() >= 0xFF10 && c.unicode() <= 0xFF19)
        return c.unicode() - 0xFF10;
    const qsizetype k = kKanjiDigits.indexOf(c);
    if (k >= 0)
        return int(k);
    if (c == QChar(0x96F6)) // 零
        return 0;
    return -1;
}

long double multiplierOf(QChar c)
{
    // Asked for every character of a text: the vocabulary's one-character words, once.
    static const QHash<char16_t, long double> multipliers = []() {
        QHash<char16_t, long double> table;
        const Vocabulary &words = Vocabulary::japanese();
        for (const QString &word : words.words(QStringLiteral("multiplier"))) {
            if (word.size() == 1)
                table.insert(word.at(0).unicode(),
                             words.value(QStringLiteral("multiplier"), word).toDouble());
        }
        return table;
    }();
    return c.unicode() < 0x3000 ? 0 : multipliers.value(c.unicode(), 0);
}

// A digit of the Arabic numerals, ASCII or full-width (not a kanji digit)
bool arabic(QChar c)
{
    return c.unicode() < 0x3000 || (c.unicode() >= 0xFF10 && c.unicode() <= 0xFF19);
}

QString plain(long double v)
{
    char buffer[64];
    std::snprintf(buffer, sizeof buffer, "%.4Lf", v);
    QString s = QString::fromLatin1(buffer);
    while (s.contains(QLatin1Char('.')) && (s.endsWith(QLatin1Char('0')) || s.endsWith(QLatin1Char('.'))))
        s.chop(1);
    return s;
}
} // namespace

bool isDigit(QChar c)
{
    return digitValue(c) >= 0;
}

bool isNumberChar(QChar c)
{
    return isDigit(c) || multiplierOf(c) > 0;
}

Parsed parse(const QString &text, int position)
{
    Parsed out;
    const int n = int(text.size());
    // A number starts with a digit, or with 十, 百 or 千 (千二百億ドル).
    if (position < 0 || position >= n ||
        !(isDigit(text.at(position)) ||
          (multiplierOf(text.at(position)) > 0 && multiplierOf(text.at(position)) < 10000)))
        return out;
    long double total = 0;   // of the big groups (万, 億, 兆) read
    long double group = 0;   // within the current big group (千, 百, 十)
    long double current = 0; // the digits just read
    bool haveCurrent = false;
    long double lastBig = 0; // the last of 万, 億, 兆 read: 一万億 is 万 × 億
    int i = position;
    while (i < n) {
        const QChar c = text.at(i);
        const int d = digitValue(c);
        if (d >= 0 && arabic(c)) {
            // ASCII or full-width digits, with thousands separators and a decimal point.
            QString digits;
            while (i < n) {
                const QChar x = text.at(i);
                const int v = digitValue(x);
                if (v >= 0 && arabic(x)) {
                    digits += QChar(u'0' + v);
                    ++i;
                } else if ((x == QLatin1Char(',') || x == QChar(0xFF0C)) && i + 1 < n &&
                           digitValue(text.at(i + 1)) >= 0 && arabic(text.at(i + 1)) &&
                           !digits.contains(QLatin1Char('.'))) {
                    ++i;
                } else if ((x == QLatin1Char('.') || x == QChar(0xFF0E)) && i + 1 < n &&
                           digitValue(text.at(i + 1)) >= 0 && arabic(text.at(i + 1)) &&
                           !digits.contains(QLatin1Char('.'))) {
                    digits += QLatin1Char('.');
                    ++i;
                } else {
                    break;
                }
            }
            if (digits.size() > 18)
                return Parsed(); // a serial number or garbage, not an amount
            // (read as a long double: a double's 21.9 times 兆 prints 21899999999999.9986)
            current = std::strtold(digits.toLatin1().constData(), nullptr);
            haveCurrent = true;
            continue;
        }
        if (d >= 0) { // kanji digits: positional when several in a row (二〇二九)
            current = haveCurrent ? current * 10 + d : d;
            haveCurrent = true;
            out.kanji = true;
            ++i;
            continue;
        }
        long double m = multiplierOf(c);
        if (m <= 0 && (c == QLatin1Char(' ') || c == QChar(0x3000)) && haveCurrent && i + 1 < n &&
            multiplierOf(text.at(i + 1)) >= 10000) {
            ++i; // "48.2 万"
            m = multiplierOf(text.at(i));
        }
        if (m <= 0)
            break;
        out.kanji = true;
        if (m < 10000) {
            group += (haveCurrent ? current : 1) * m;
        } else {
            const long double here = group + (haveCurrent ? current : 0);
            if (lastBig > 0 && m > lastBig && here == 0)
                total *= m; // a larger unit right after a smaller one multiplies it
            else
                total += (here > 0 ? here : 1) * m;
            lastBig = m;
            group = 0;
        }
        current = 0;
        haveCurrent = false;
        ++i;
    }
    const long double value = total + group + (haveCurrent ? current : 0);
    if (value >= 1e20L) // more than anyone commits (兆 of 兆)
        return Parsed();
    out.length = i - position;
    out.value = plain(value);
    return out;
}

QString asciiDigits(const QString &text)
{
    QString out = text;
    for (QChar &c : out) {
        if (c.unicode() >= 0xFF10 && c.unicode() <= 0xFF19)
            c = QChar(u'0' + (c.unicode() - 0xFF10));
    }
    return out;
}

} // namespace Gleaner::JapaneseNumber
