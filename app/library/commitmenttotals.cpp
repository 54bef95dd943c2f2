#include "library/commitmenttotals.h"

#include "library/conversionrates.h"
#include "library/libraryconnection.h"
#include "util/decimal.h"

#include <QSqlError>
#include <QSqlQuery>

#include <QHash>

#include <map>
#include <set>
#include <tuple>

namespace Gleaner {

namespace {
Decimal parsePlain(const QString &plain)
{
    const int dot = int(plain.indexOf(QLatin1Char('.')));
    return dot < 0 ? Decimal::fromDigits(plain)
                   : Decimal::fromDigits(QStringView(plain).left(dot), QStringView(plain).mid(dot + 1));
}
} // namespace

bool CommitmentTotals::byFromName(const QString &name, By *by)
{
    static const std::pair<const char *, By> names[] = {
        {"pillar", By::Pillar}, {"actor", By::Actor}, {"year", By::Year}, {"currency", By::Currency}};
    for (const auto &[n, b] : names) {
        if (name == QLatin1String(n)) {
            *by = b;
            return true;
        }
    }
    return false;
}

std::optional<QVector<CommitmentTotal>> CommitmentTotals::compute(By by, const CommitmentFilter &filter,
                                                                  const QString &convertTo) const
{
    // The rates to the target currency, as (currency -> rate).
    QHash<QString, ConversionRate> rates;
    if (!convertTo.isEmpty()) {
        const std::optional<QVector<ConversionRate>> all = ConversionRates(m_db).all();
        if (!all)
            return std::nullopt;
        for (const ConversionRate &r : *all)
            if (r.target == convertTo.toUpper())
                rates.insert(r.currency, r);
    }
    QString key, join;
    switch (by) {
    case By::Pillar:
        key = QStringLiteral("coalesce(p.name, '')");
        join = QStringLiteral(" LEFT JOIN commitment_pillars cp ON cp.commitment_id = c.id "
                              "LEFT JOIN pillars p ON p.id = cp.pillar_id");
        break;
    case By::Actor:
        key = QStringLiteral("c.actor");
        break;
    case By::Year:
        key = QStringLiteral("coalesce(substr(c.due, 1, 4), '')");
        break;
    case By::Currency:
        key = QStringLiteral("coalesce(a.currency, a.unit, '')");
        break;
    }
    QVariantList binds;
    const QString where = CommitmentRepository::filterSql(m_db, filter, &binds);
    QSqlQuery query(m_db.database());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT %1, coalesce(a.currency, ''), coalesce(a.unit, ''), a.amount, c.id, "
                                 "(SELECT count(*) FROM commitment_sources s WHERE s.commitment_id = c.id) "
                                 "FROM commitments c JOIN commitment_amounts a ON a.commitment_id = c.id%2%3")
                      .arg(key, join, where));
    for (const QVariant &b : std::as_const(binds))
        query.addBindValue(b);
    if (!m_db.exec(query, tr("add up the commitments")))
        return std::nullopt;
    struct Sum
    {
        Decimal total = Decimal::fromInteger(0);
        Decimal reported = Decimal::fromInteger(0);
        std::set<qint64> commitments;
        int sources = 0;
        QStringList ratesUsed;
    };
    std::map<std::tuple<QString, QString, QString>, Sum> sums;
    bool overflow = false;
    while (query.next()) {
        QString currency = query.value(1).toString();
        Decimal value = parsePlain(query.value(3).toString());
        QString rateUsed;
        if (const auto rate = rates.constFind(currency); rate != rates.constEnd()) {
            value = value.multipliedBy(parsePlain(rate->rate));
            rateUsed = tr("1 %1 = %2 %3 (%4)")
                           .arg(rate->currency, rate->rate, rate->target, rate->asOf.toString(Qt::ISODate));
            currency = rate->target;
        }
        // By currency, the key is the currency (converted, when it was).
        const QString key = by == By::Currency && !currency.isEmpty() ? currency : query.value(0).toString();
        Sum &sum = sums[{key, currency, query.value(2).toString()}];
        if (!rateUsed.isEmpty() && !sum.ratesUsed.contains(rateUsed))
            sum.ratesUsed << rateUsed;
        const qint64 id = query.value(4).toLongLong();
        const int sources = query.value(5).toInt();
        sum.total = sum.total.plus(value);
        sum.reported = sum.reported.plus(value.multipliedBy(Decimal::fromInteger(quint64(sources))));
        overflow = overflow || !sum.total.isValid() || !sum.reported.isValid();
        if (sum.commitments.insert(id).second)
            sum.sources += sources;
    }
    if (query.lastError().isValid()) {
        m_db.failQuery(query, tr("add up the commitments"));
        return std::nullopt;
    }
    if (overflow) {
        m_db.fail(LibraryError::Code::InvalidInput,
                  tr("A total has more than 19 significant digits, more than Gleaner adds exactly. Narrow "
                     "the totals with a filter, or check the amounts for a mistyped value."));
        return std::nullopt;
    }
    QVector<CommitmentTotal> result;
    for (const auto &[k, sum] : sums) {
        const auto &[name, currency, unit] = k;
        result << CommitmentTotal{name,
                                  currency,
                                  unit,
                                  sum.total.toString(),
                                  sum.reported.toString(),
                                  int(sum.commitments.size()),
                                  sum.sources,
                                  sum.ratesUsed};
    }
    return result;
}

} // namespace Gleaner
