#include "services/commitmentservice.h"

#include "library/librarydocument.h"

#include <future>
#include <thread>

namespace Gleaner {

namespace {
const QString kKind = QStringLiteral("commitment");

// Proposals that neither overlap a stored commitment's source nor were rejected.
QVector<CommitmentProposal> keepNew(const QVector<CommitmentProposal> &proposals,
                                    const QVector<QPair<int, int>> &stored,
                                    const QVector<QPair<int, int>> &rejected)
{
    QVector<CommitmentProposal> result;
    for (const CommitmentProposal &p : proposals) {
        const CommitmentSource &first = p.commitment.sources.first();
        if (rejected.contains(qMakePair(first.start, first.end)))
            continue;
        bool known = false;
        for (const auto &[start, end] : stored)
            for (const CommitmentSource &mine : p.commitment.sources)
                known = known || (start < mine.end && mine.start < end);
        if (!known)
            result << p;
    }
    return result;
}
// Marks the proposals that are further reports of a stored commitment.
bool markReports(const LibraryStore &store, QVector<CommitmentProposal> *proposals)
{
    for (CommitmentProposal &p : *proposals) {
        const std::optional<qint64> same = store.findSameCommitment(p.commitment);
        if (!same)
            return false;
        p.sameAs = *same;
    }
    return true;
}
} // namespace

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
    QVector<QPair<int, int>> storedSpans, rejectedSpans;
    for (const Commitment &c : *stored)
        for (const CommitmentSource &s : c.sources)
            if (s.articleId == article.id)
                storedSpans << qMakePair(s.start, s.end);
    for (const RejectedSpan &r : *rejected)
        if (r.kind == kKind)
            rejectedSpans << qMakePair(r.start, r.end);
    QVector<CommitmentProposal> result =
        keepNew(CommitmentProposer::propose(article, *pillars, *annotations), storedSpans, rejectedSpans);
    if (!markReports(store, &result))
        return std::nullopt;
    return result;
}

std::optional<QVector<CommitmentProposal>>
CommitmentService::proposalsForLibrary(const LibraryStore &store, const std::atomic_bool *cancel,
                                       std::atomic_int *percent)
{
    const std::optional<QVector<Pillar>> pillars = store.pillars();
    const std::optional<int> count = pillars ? store.articleCount() : std::nullopt;
    const auto context = count ? store.commitmentProposalContext() : std::nullopt;
    if (!context)
        return std::nullopt;
    // Reading the text is the work: batches of articles go to every core, the
    // one read of the library stays on this thread.
    const int workers = int(qBound(1u, std::thread::hardware_concurrency(), 8u));
    QVector<CommitmentProposal> result;
    QVector<Article> batch;
    int done = 0;
    const auto proposeBatch = [&]() {
        QVector<QVector<CommitmentProposal>> found(batch.size());
        const auto work = [&](int first, int step) {
            for (int i = first; i < batch.size(); i += step) {
                const Article &a = batch.at(i);
                found[i] = keepNew(CommitmentProposer::propose(a, *pillars, context->pillarTags.value(a.id)),
                                   context->sources.value(a.id), context->rejected.value(a.id));
            }
        };
        std::vector<std::future<void>> others;
        for (int w = 1; w < workers; ++w)
            others.push_back(std::async(std::launch::async, work, w, workers));
        work(0, workers);
        for (auto &f : others)
            f.get();
        for (const auto &list : std::as_const(found))
            result += list;
        done += int(batch.size());
        batch.clear();
        if (percent)
            *percent = int(100LL * done / qMax(1, *count));
    };
    const bool ok = store.forEachArticleText([&](const Article &article) {
        batch << article;
        if (batch.size() >= 64 * workers)
            proposeBatch();
        return !(cancel && *cancel);
    });
    if (!batch.isEmpty() && !(cancel && *cancel))
        proposeBatch();
    if (!ok || !markReports(store, &result))
        return std::nullopt;
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
