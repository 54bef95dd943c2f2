#pragma once

// Suggestions as text, for the recognizer tests' failure messages and comparisons.
#include "suggest/suggestion.h"

#include <QStringList>

namespace Gleaner::Test {

inline QString kindName(Suggestion::Kind kind)
{
    switch (kind) {
    case Suggestion::Kind::Amount:
        return QStringLiteral("amount");
    case Suggestion::Kind::Deadline:
        return QStringLiteral("deadline");
    case Suggestion::Kind::Date:
        return QStringLiteral("date");
    }
    return {};
}

inline QString describe(const QVector<Suggestion> &list)
{
    QStringList parts;
    for (const Suggestion &s : list)
        parts << QStringLiteral("[%1] %2 %3 %4%5 %6")
                     .arg(s.text, kindName(s.kind), s.amount, s.currency, s.unit,
                          s.due.toString(Qt::ISODate));
    return parts.join(QStringLiteral("; "));
}

// The suggestion whose text is `text`, or null.
inline const Suggestion *findByText(const QVector<Suggestion> &found, const QString &text)
{
    for (const Suggestion &s : found) {
        if (s.text == text)
            return &s;
    }
    return nullptr;
}

} // namespace Gleaner::Test
