#pragma once

#include "suggest/suggestion.h"

namespace Gleaner {

// Something Gleaner proposes to tag: an amount or deadline the recognizers found,
// or a candidate pillar (a heading, a table's first column, a known pillar name).
struct Proposal
{
    enum class Kind { Amount, Deadline, Pillar, Note };
    Kind kind = Kind::Amount;     // what accepting it creates; the user may switch it
    Suggestion suggestion;        // span, text and normalized values
    QString pillarName;           // for Kind::Pillar
    QString decisionKind() const; // the key its rejection is stored under
};

} // namespace Gleaner
