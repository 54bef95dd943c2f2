#pragma once

#include "suggest/dateperiod.h"
#include "suggest/ruleengine.h"
#include "suggest/token.h"

#include <QHash>
#include <QVector>

#include <initializer_list>

namespace Gleaner::Dates {

// The atoms of the English date grammar that are rules as data
// (resources/data/en-date-rules.tsv, run by the rule engine): decades, centuries,
// fiscal years, quarters and halves, days in figures, holidays. Each is a period over
// whole tokens; DateParser builds expressions on them ("by the end of the 2020s").
// Found once per text.
class DateAtoms
{
public:
    // `published` resolves atoms without their year ("Q3").
    DateAtoms(const QString &text, const QVector<Token> &tokens, const QDate &published);

    // The longest atom made by one of `productions` that starts at token i, with
    // p->end the token after it.
    bool longest(int i, std::initializer_list<const char *> productions, Period *p) const;

    static const RuleSet &rules();

private:
    struct Atom
    {
        QString production;
        Period period;
    };
    QHash<int, QVector<Atom>> m_at; // first token -> the atoms that start there
};

} // namespace Gleaner::Dates
