#include "suggest/recognizer.h"

namespace Gleaner {

// Placeholder until the recognizers land.
QVector<Suggestion> Recognizer::recognize(const QString &, const QDate &)
{
    return {};
}

Suggestion Recognizer::parseAmount(const QString &, bool *ok)
{
    *ok = false;
    return {};
}

Suggestion Recognizer::parseDeadline(const QString &, const QDate &, bool *ok)
{
    *ok = false;
    return {};
}

} // namespace Gleaner
