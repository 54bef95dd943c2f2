#include "services/commitmentservice.h"

#include "library/librarydocument.h"

namespace Gleaner {

namespace {
const QString kKind = QStringLiteral("commitment");
}

std::optional<QVector<CommitmentProposal>> CommitmentService::proposals(const LibraryStore &store,
                                                                        const Article &article)
{
    const std::optional<QVector<Pillar>> pillars = store.pillars();
    CommitmentFilter here;
    here.articleId = article.id;
    const std::optional<QVector<Commitment>> stored = pillars ? store.commitments(here) : std::nullopt;
    const std::optional<QSet<RejectedSpan>> rejected =
        stored ? store.rejectedSuggestions(article.id) : std::nullopt;
    const std::optional<QVector<Annotation>> annotations =
        rejected ? store.annotations(article.id) : std::nullopt;
    if (!annotations)
        return std::nullopt;
    QVector<CommitmentProposal> result;
    for (const CommitmentProposal &p : CommitmentProposer::propose(article, *pillars, *annotations)) {
        const CommitmentSource &first = p.commitment.sources.first();
        if (rejected->contains(RejectedSpan{kKind, first.start, first.end}))
            continue;
        bool known = false;
        for (const Commitment &c : *stored)
            for (const CommitmentSource &s : c.sources)
                for (const CommitmentSource &mine : p.commitment.sources)
                    known = known || (s.articleId == article.id && s.start < mine.end && mine.start < s.end);
        if (!known)
            result << p;
    }
    return result;
}

std::optional<qint64> CommitmentService::accept(LibraryDocument *document, const CommitmentProposal &proposal)
{
    return document->makeCommitment(proposal.commitment, proposal.evidence, proposal.pillarNames, true);
}

bool CommitmentService::reject(LibraryDocument *document, const CommitmentProposal &proposal)
{
    const CommitmentSource &first = proposal.commitment.sources.first();
    return document->rejectSuggestion(first.articleId, kKind, first.start, first.end);
}

} // namespace Gleaner
