#pragma once

// Reading a rule's match in the productions of the Japanese recognizer: whether a named group
// took part in it, and its text.
#include <QRegularExpressionMatch>

namespace Gleaner::JapaneseMatch {

inline bool has(const QRegularExpressionMatch &m, const char *group)
{
    return m.hasCaptured(QLatin1String(group));
}

inline QString text(const QRegularExpressionMatch &m, const char *group)
{
    return m.captured(QLatin1String(group));
}

} // namespace Gleaner::JapaneseMatch
