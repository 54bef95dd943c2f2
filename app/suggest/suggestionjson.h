#pragma once

#include "suggest/suggestion.h"

#include <QByteArray>
#include <QJsonObject>

class QIODevice;

namespace Gleaner {

// The JSON form of suggestions used by `gleaner suggest` and its batch mode:
//   {"kind":"amount","start","end","text","amount","currency","unit"[,"amount_max"][,"qualifier"]}
//   {"kind":"deadline"|"date","start","end","text","due","precision"}
class SuggestionJson
{
public:
    static QJsonObject toJson(const Suggestion &suggestion);

    // "YYYY-MM-DD"; an empty or invalid string gives today's date (the import date).
    static QDate publishedDate(const QString &iso);

    // One batch line: {"id","text","published"} → {"id","suggestions":[...]} (compact, no newline).
    // Returns an empty array and sets *error when the line is not such an object.
    static QByteArray batchLine(const QByteArray &line, QString *error);

    // Reads JSON lines from `in` and writes one result line per input line to `out`.
    // Blank lines are skipped; a malformed line stops the run with *error set
    // ("line N: ...") and returns false.
    static bool runBatch(QIODevice *in, QIODevice *out, QString *error);
};

} // namespace Gleaner
