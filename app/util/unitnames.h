#pragma once

#include <QString>

namespace Gleaner::UnitNames {

// The unit as written next to a number: "data center" with 12 reads "data
// centers", "gwh" reads "GWh", "person" with 3 reads "people"; units in other
// scripts are returned as they are. plainAmount is the stored decimal ("1",
// "12", "0.5"); the table is resources/data/unit-names.tsv.
QString forAmount(const QString &unit, const QString &plainAmount);

// The unit stored for an irregular or uncounted English plural of the table
// ("children" → "child", "people" → "people", "feet" → "foot"); empty for any
// other word, whose singular the regular rules give.
QString storedForPlural(const QString &word);

// The unit as written after a number in Japanese ("people" → "人", "megawatt" →
// "メガワット"; resources/data/unit-names-ja.tsv); empty for a unit not listed.
QString japanese(const QString &unit);

} // namespace Gleaner::UnitNames
