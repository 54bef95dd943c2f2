#pragma once

#include "library/article.h"
#include "library/commitment.h"
#include "util/annotation.h"

#include <QCoreApplication>
#include <QStringList>
#include <QVector>

namespace Gleaner {

// A commitment Gleaner proposes from an article's text, with what accepting it
// creates: the amount and deadline annotations it rests on, and its pillars by
// name (created when the library has no such pillar).
struct CommitmentProposal
{
    Commitment commitment; // sources on the article; no id
    QVector<Annotation> evidence;
    QStringList pillarNames;
    qint64 sameAs = 0; // a stored commitment it is another report of (accepting adds a source there), or 0
};

// Finds commitments in an article: each sentence that holds an amount and a
// deadline or period is one, with the actor taken from the sentence's subject
// (or the title's, when the sentence names none), the beneficiary from the name
// after "in", "to" or "for", and the pillar from the section the sentence stands
// in. Sentences of one article that promise the same amount by the same actor
// are one commitment with several sources. The words it reads are data
// (resources/data/commitment-cues.txt).
namespace CommitmentProposer {
// `annotations`: the article's, so that a heading the user tagged as a pillar
// gives commitments under it that pillar.
QVector<CommitmentProposal> propose(const Article &article, const QVector<Pillar> &libraryPillars,
                                    const QVector<Annotation> &annotations = {});
// The sentences of a text, as [start, end) ranges, inside the given blocks.
QVector<QPair<int, int>> sentences(const QString &text, int start, int end);
} // namespace CommitmentProposer

} // namespace Gleaner
