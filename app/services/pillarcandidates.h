#pragma once

#include "cleaning/cleanedarticle.h"

#include <QString>
#include <QVector>

namespace Gleaner {

// Where an article marks its parts as the members of a set, and so as pillars a
// user may want: the headings after "three pillars" or "focus areas" (or the
// deeper headings under a heading that says so), the items of a list after such
// a sentence, and the members named in "… pillars: A, B and C". Never a heading
// the text does not announce, never a fragment of a sentence. The words that
// announce a set are data (resources/data/set-cues.txt), English and Japanese.
struct PillarCandidate
{
    int start = 0; // UTF-16 offsets into the article text
    int end = 0;
    QString name;
};

namespace PillarCandidates {
QVector<PillarCandidate> find(const QString &text, const QVector<TextSegment> &segments);
} // namespace PillarCandidates

} // namespace Gleaner
