#pragma once

#include <QString>

namespace Gleaner {

// The ISO 4217 codes Gleaner knows, read from resources/data/iso4217.tsv: the one
// table behind the library's validation, the recognizers and the panel.
namespace Currencies {

// A code of the table, current or historic ("USD", "FRF"); upper case only.
bool isKnown(QStringView code);
// A code the recognizers accept as a bare word in running text ("USD 5 million").
bool isWrittenInNews(QStringView code);

} // namespace Currencies
} // namespace Gleaner
