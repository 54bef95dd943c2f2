#include "util/decimal.h"

#include <QLocale>

namespace Gleaner {

namespace {
// Amounts beyond 10^30 or below 10^-30 are not news; refusing them keeps strings short.
constexpr int MaxExponent = 30;
} // namespace

Decimal Decimal::fromInteger(quint64 value)
{
    Decimal d;
    d.m_mantissa = value;
    d.m_valid = true;
    d.normalize();
    return d;
}

Decimal Decimal::fromDigits(QStringView integerDigits, QStringView fractionDigits)
{
    Decimal d;
    quint64 m = 0;
    int significant = 0;
    auto take = [&](QStringView digits) {
        for (QChar c : digits) {
            const char16_t u = c.unicode();
            if (u < '0' || u > '9')
                return false;
            if (m == 0 && u == '0')
                continue;
            if (++significant > 19)
                return false;
            m = m * 10 + (u - '0');
        }
        return true;
    };
    if (!take(integerDigits) || !take(fractionDigits))
        return d;
    if (integerDigits.isEmpty() && fractionDigits.isEmpty())
        return d;
    d.m_mantissa = m;
    d.m_exponent = -int(fractionDigits.size());
    d.m_valid = d.m_exponent >= -MaxExponent;
    d.normalize();
    return d;
}

void Decimal::normalize()
{
    if (m_mantissa == 0) {
        m_exponent = 0;
        return;
    }
    while (m_mantissa % 10 == 0) {
        m_mantissa /= 10;
        ++m_exponent;
    }
    if (m_exponent > MaxExponent || m_exponent < -MaxExponent)
        m_valid = false;
}

Decimal Decimal::multipliedBy(const Decimal &other) const
{
    Decimal d;
    if (!m_valid || !other.m_valid)
        return d;
    quint64 m = 0;
    if (__builtin_mul_overflow(m_mantissa, other.m_mantissa, &m))
        return d;
    d.m_mantissa = m;
    d.m_exponent = m_exponent + other.m_exponent;
    d.m_valid = true;
    d.normalize();
    return d;
}

Decimal Decimal::scaledBy(int powerOfTen) const
{
    Decimal d = *this;
    if (!m_valid)
        return d;
    d.m_exponent += powerOfTen;
    d.normalize();
    if (d.m_mantissa != 0 && (d.m_exponent > MaxExponent || d.m_exponent < -MaxExponent))
        d.m_valid = false;
    return d;
}

Decimal Decimal::plus(const Decimal &other) const
{
    Decimal d;
    if (!m_valid || !other.m_valid)
        return d;
    Decimal a = *this;
    Decimal b = other;
    if (a.m_mantissa == 0)
        return b;
    if (b.m_mantissa == 0)
        return a;
    // Bring both to the smaller exponent.
    while (a.m_exponent > b.m_exponent) {
        if (__builtin_mul_overflow(a.m_mantissa, quint64(10), &a.m_mantissa))
            return d;
        --a.m_exponent;
    }
    while (b.m_exponent > a.m_exponent) {
        if (__builtin_mul_overflow(b.m_mantissa, quint64(10), &b.m_mantissa))
            return d;
        --b.m_exponent;
    }
    if (__builtin_add_overflow(a.m_mantissa, b.m_mantissa, &d.m_mantissa))
        return d;
    d.m_exponent = a.m_exponent;
    d.m_valid = true;
    d.normalize();
    return d;
}

int Decimal::compare(const Decimal &other) const
{
    // Compare through strings of equal scale: both are short.
    Decimal a = *this;
    Decimal b = other;
    if (a.m_mantissa == 0 || b.m_mantissa == 0)
        return a.m_mantissa == b.m_mantissa ? 0 : (a.m_mantissa == 0 ? -1 : 1);
    const QString sa = a.toString();
    const QString sb = b.toString();
    const int ia = int(sa.indexOf(QLatin1Char('.')) < 0 ? sa.size() : sa.indexOf(QLatin1Char('.')));
    const int ib = int(sb.indexOf(QLatin1Char('.')) < 0 ? sb.size() : sb.indexOf(QLatin1Char('.')));
    if (ia != ib)
        return ia < ib ? -1 : 1;
    const int c = QString::compare(sa, sb);
    return c < 0 ? -1 : (c > 0 ? 1 : 0);
}

qint64 Decimal::toInteger() const
{
    if (!m_valid || m_exponent < 0)
        return -1;
    quint64 v = m_mantissa;
    for (int i = 0; i < m_exponent; ++i) {
        if (__builtin_mul_overflow(v, quint64(10), &v))
            return -1;
    }
    if (v > quint64(std::numeric_limits<qint64>::max()))
        return -1;
    return qint64(v);
}

QString Decimal::toString() const
{
    if (!m_valid)
        return {};
    QString digits = QString::number(m_mantissa);
    if (m_mantissa == 0)
        return QStringLiteral("0");
    if (m_exponent >= 0)
        return digits + QString(m_exponent, QLatin1Char('0'));
    const int frac = -m_exponent;
    if (digits.size() <= frac)
        digits = QString(frac - int(digits.size()) + 1, QLatin1Char('0')) + digits;
    const int point = int(digits.size()) - frac;
    return digits.left(point) + QLatin1Char('.') + digits.mid(point);
}

namespace PlainDecimal {

bool isValid(QStringView text)
{
    qsizetype i = 0;
    if (i < text.size() && text[i] == QLatin1Char('-'))
        ++i;
    const qsizetype integerStart = i;
    while (i < text.size() && text[i] >= QLatin1Char('0') && text[i] <= QLatin1Char('9'))
        ++i;
    const qsizetype integerDigits = i - integerStart;
    if (integerDigits == 0 || (integerDigits > 1 && text[integerStart] == QLatin1Char('0')))
        return false;
    if (i == text.size())
        return true;
    if (text[i] != QLatin1Char('.'))
        return false;
    const qsizetype fractionStart = ++i;
    while (i < text.size() && text[i] >= QLatin1Char('0') && text[i] <= QLatin1Char('9'))
        ++i;
    return i > fractionStart && i == text.size();
}

QString fromUserInput(const QString &text)
{
    QString value;
    value.reserve(text.size());
    for (const QChar c : text) {
        // Group separators people type: comma, space, no-break and thin spaces, underscore, apostrophe.
        if (c == QLatin1Char(',') || c.isSpace() || c == QLatin1Char('_') || c == QLatin1Char('\''))
            continue;
        value += c;
    }
    return isValid(value) ? value : QString();
}

QString toDisplay(const QString &plain, const QLocale &locale)
{
    if (!isValid(plain))
        return plain;
    const bool negative = plain.startsWith(QLatin1Char('-'));
    const QString digits = negative ? plain.mid(1) : plain;
    const qsizetype point = digits.indexOf(QLatin1Char('.'));
    const QString integer = point < 0 ? digits : digits.left(point);
    const QString group = locale.groupSeparator();
    QString grouped;
    for (qsizetype i = 0; i < integer.size(); ++i) {
        if (i > 0 && (integer.size() - i) % 3 == 0 && !(locale.numberOptions() & QLocale::OmitGroupSeparator))
            grouped += group;
        grouped += integer.at(i);
    }
    QString result = negative ? locale.negativeSign() + grouped : grouped;
    if (point >= 0)
        result += locale.decimalPoint() + digits.mid(point + 1);
    return result;
}

} // namespace PlainDecimal

} // namespace Gleaner
