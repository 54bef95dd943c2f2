#pragma once

#include <QString>
#include <QtGlobal>

#include <limits>

class QLocale;

namespace Gleaner {

// An exact non-negative decimal number, mantissa × 10^exponent, for amounts such
// as "1.26 lakh crore". Operations that would overflow make it invalid.
class Decimal
{
public:
    Decimal() = default;
    static Decimal fromInteger(quint64 value);
    // Digits only: "12345" and "67" for 12345.67. Invalid beyond 19 significant digits.
    static Decimal fromDigits(QStringView integerDigits, QStringView fractionDigits = {});

    bool isValid() const { return m_valid; }
    bool isZero() const { return m_valid && m_mantissa == 0; }
    bool isInteger() const { return m_valid && m_exponent >= 0; }

    Decimal multipliedBy(const Decimal &other) const;
    Decimal scaledBy(int powerOfTen) const;
    Decimal plus(const Decimal &other) const;
    // -1, 0 or 1; both must be valid.
    int compare(const Decimal &other) const;
    // The integer value when it fits, else -1.
    qint64 toInteger() const;

    // Plain decimal notation without exponent: "10000000000", "0.5".
    QString toString() const;

private:
    void normalize();

    quint64 m_mantissa = 0;
    int m_exponent = 0;
    bool m_valid = false;
};

// The one rule for an amount stored in a library: a plain decimal string, digits
// with an optional minus sign and decimal point, no separators ("10000000000",
// "2.5", "-12.5"). Shared by the library, the recognizers and the panel.
namespace PlainDecimal {
bool isValid(QStringView text);
// What a user typed with group separators or spaces ("10,000,000,000", "2 500"),
// as a plain decimal; empty when it is not a number.
QString fromUserInput(const QString &text);
// A plain decimal grouped for reading in `locale` ("10,000,000,000", "10.000.000.000"),
// keeping every digit (no rounding, no exponent).
QString toDisplay(const QString &plain, const QLocale &locale);
} // namespace PlainDecimal

} // namespace Gleaner
