#pragma once

#include <QString>

namespace Gleaner::UnitNames {

// The unit as written next to a number: "data center" with 12 reads "data
// centers", "gwh" reads "GWh", "person" with 3 reads "people"; units in other
// scripts are returned as they are. plainAmount is the stored decimal ("1",
// "12", "0.5"); the table is resources/data/unit-names.tsv.
QString forAmount(const QString &unit, const QString &plainAmount);

} // namespace Gleaner::UnitNames
