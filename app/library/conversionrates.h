#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QVector>

#include <optional>

namespace Gleaner {

class LibraryConnection;

// A rate the user supplies for adding amounts of different currencies: one unit
// of `currency` is worth `rate` units of `target`, as of a day.
struct ConversionRate
{
    QString currency;
    QString target;
    QString rate; // plain decimal string
    QDate asOf;
    bool operator==(const ConversionRate &o) const
    {
        return currency == o.currency && target == o.target && rate == o.rate && asOf == o.asOf;
    }
};

// The conversion_rates table. Totals never convert without these rows.
class ConversionRates
{
    Q_DECLARE_TR_FUNCTIONS(Gleaner::ConversionRates)
public:
    explicit ConversionRates(LibraryConnection &db) : m_db(db) {}
    std::optional<QVector<ConversionRate>> all() const;
    // Adds or replaces the rate of (currency, target).
    bool set(const ConversionRate &rate);
    bool remove(const QString &currency, const QString &target);

private:
    LibraryConnection &m_db;
};

} // namespace Gleaner
