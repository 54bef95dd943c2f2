#pragma once

// Suggestions as text, for the recognizer tests' failure messages and comparisons.
#include "suggest/suggestion.h"

#include <QStringList>
#include <QTest>

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

// A table of sentences and a part of each that no suggestion (or no amount) may cover.
inline void addPartColumns()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("part");
}
inline void partRow(const char *name, const char *text, const char *part)
{
    QTest::newRow(name) << QString::fromUtf8(text) << QString::fromUtf8(part);
}

// The first amount of `list` that overlaps the UTF-16 range [from, to) of its text, or null.
inline const Suggestion *amountOver(const QVector<Suggestion> &list, int from, int to)
{
    for (const Suggestion &s : list) {
        if (s.kind == Suggestion::Kind::Amount && s.end > from && s.start < to)
            return &s;
    }
    return nullptr;
}

} // namespace Gleaner::Test
