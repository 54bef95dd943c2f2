#include "library/conversionrates.h"

#include "library/libraryconnection.h"
#include "util/currencies.h"
#include "util/decimal.h"

#include <QSqlError>
#include <QSqlQuery>

namespace Gleaner {

std::optional<QVector<ConversionRate>> ConversionRates::all() const
{
    QSqlQuery query(m_db.database());
    if (!query.exec(QStringLiteral("SELECT currency, target, rate, as_of FROM conversion_rates "
                                   "ORDER BY target, currency"))) {
        m_db.failQuery(query, tr("read the conversion rates"));
        return std::nullopt;
    }
    QVector<ConversionRate> rates;
    while (query.next())
        rates << ConversionRate{query.value(0).toString(), query.value(1).toString(),
                                query.value(2).toString(),
                                QDate::fromString(query.value(3).toString(), Qt::ISODate)};
    return rates;
}

bool ConversionRates::set(const ConversionRate &input)
{
    ConversionRate r = input;
    r.currency = r.currency.trimmed().toUpper();
    r.target = r.target.trimmed().toUpper();
    for (const QString &code : {r.currency, r.target})
        if (!Currencies::isKnown(code))
            return m_db.fail(LibraryError::Code::InvalidInput,
                             tr("“%1” is not a known ISO 4217 currency code. Use a three-letter code such as "
                                "USD, EUR or JPY.")
                                 .arg(code));
    if (r.currency == r.target)
        return m_db.fail(LibraryError::Code::InvalidInput,
                         tr("A currency converts to another currency, not itself."));
    if (!PlainDecimal::isValid(r.rate) || r.rate.startsWith(QLatin1Char('-')) ||
        QStringView(r.rate).toString().remove(QLatin1Char('.')).remove(QLatin1Char('0')).isEmpty())
        return m_db.fail(LibraryError::Code::InvalidInput,
                         tr("“%1” is not a rate. Write how many units of %2 one %3 is worth, e.g. 1.08.")
                             .arg(r.rate, r.target, r.currency));
    if (!r.asOf.isValid())
        return m_db.fail(LibraryError::Code::InvalidInput,
                         tr("Say on which day the rate holds, as YYYY-MM-DD."));
    return m_db.transaction(tr("save the conversion rate"), [&]() {
        QSqlQuery query(m_db.database());
        query.prepare(
            QStringLiteral("INSERT INTO conversion_rates (currency, target, rate, as_of) VALUES (?, ?, ?, ?) "
                           "ON CONFLICT (currency, target) DO UPDATE SET rate = excluded.rate, "
                           "as_of = excluded.as_of"));
        query.addBindValue(r.currency);
        query.addBindValue(r.target);
        query.addBindValue(r.rate);
        query.addBindValue(r.asOf.toString(Qt::ISODate));
        if (!m_db.exec(query, tr("save the conversion rate")))
            return false;
        m_db.commitmentsWereChanged(); // the totals that use it
        return true;
    });
}

bool ConversionRates::remove(const QString &currency, const QString &target)
{
    return m_db.transaction(tr("delete the conversion rate"), [&]() {
        QSqlQuery query(m_db.database());
        query.prepare(QStringLiteral("DELETE FROM conversion_rates WHERE currency = ? AND target = ?"));
        query.addBindValue(currency.toUpper());
        query.addBindValue(target.toUpper());
        if (!m_db.exec(query, tr("delete the conversion rate")))
            return false;
        m_db.commitmentsWereChanged();
        return true;
    });
}

} // namespace Gleaner
