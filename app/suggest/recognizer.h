#pragma once

#include "suggest/suggestion.h"

namespace Gleaner {

// Finds amounts (money and counted quantities) and deadlines/dates in English
// news text. Pure functions; safe to call from any thread.
class Recognizer
{
public:
    // Everything found, sorted by start offset, without overlaps. Dates resolve
    // against `published` (today when it is invalid).
    static QVector<Suggestion> recognize(const QString &text, const QDate &published);

    // For tagging a selection: the amount, or the deadline/date, that the whole
    // selection (or most of it) expresses, if any. `ok` is set to whether one was found.
    // Offsets in the result are relative to the selection.
    static Suggestion parseAmount(const QString &selection, bool *ok);
    static Suggestion parseDeadline(const QString &selection, const QDate &published, bool *ok);
};

} // namespace Gleaner
