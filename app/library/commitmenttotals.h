#pragma once

#include "library/commitmentrepository.h"

#include <QCoreApplication>

namespace Gleaner {

class LibraryConnection;

// One line of totals: the amounts of the commitments under one key, in one
// currency or unit. Each commitment counts once however many articles report
// it; reportedTotal counts it once per report, to show what merging changed.
struct CommitmentTotal
{
    QString key; // the pillar, actor or year ("" for none); for By::Currency, the currency or unit
    QString currency;
    QString unit;
    QString total;         // plain decimal string
    QString reportedTotal; // the same, counting every source
    int commitments = 0;
    int sources = 0;
    QStringList ratesUsed; // "1 EUR = 1.08 USD (2026-11-30)" for each rate a converted total used
};

// Totals of commitments per pillar, actor, year of the deadline or currency.
// Amounts of different currencies or units are never added together: each has
// its own line. A commitment in several pillars counts under each of them.
class CommitmentTotals
{
    Q_DECLARE_TR_FUNCTIONS(Gleaner::CommitmentTotals)
public:
    enum class By { Pillar, Actor, Year, Currency };
    static bool byFromName(const QString &name, By *by);

    explicit CommitmentTotals(LibraryConnection &db) : m_db(db) {}
    // In order of key, then currency or unit. With `convertTo`, amounts in a
    // currency that has a rate to it (conversion_rates) are converted and added
    // to its line, which lists the rates used; the others keep their own line.
    std::optional<QVector<CommitmentTotal>> compute(By by, const CommitmentFilter &filter = {},
                                                    const QString &convertTo = {}) const;

private:
    LibraryConnection &m_db;
};

} // namespace Gleaner
