#pragma once

#include "services/commitmentproposer.h"

#include <QCoreApplication>

#include <atomic>
#include <optional>

namespace Gleaner {

class LibraryDocument;
class LibraryStore;

// Proposing, accepting and rejecting commitments: one code path for the window
// and the command line.
class CommitmentService
{
    Q_DECLARE_TR_FUNCTIONS(Gleaner::CommitmentService)
public:
    // What to propose for `article`: nothing the library already holds as a
    // commitment source there, nothing the user rejected. nullopt when the
    // library cannot be read (its lastError() says why).
    static std::optional<QVector<CommitmentProposal>> proposals(const LibraryStore &store,
                                                                const Article &article);
    // The proposals for every article, as proposals() makes them, in one pass
    // over the library (what Propose for Library runs on a worker thread).
    // *cancel stops it early with what was found so far; *percent follows it.
    static std::optional<QVector<CommitmentProposal>>
    proposalsForLibrary(const LibraryStore &store, const std::atomic_bool *cancel = nullptr,
                        std::atomic_int *percent = nullptr);
    // Stores a proposal as one undo step: its evidence annotations and pillars
    // are created, and a stored commitment that says the same gains its sources
    // instead of a second record. Returns the commitment's id.
    static std::optional<qint64> accept(LibraryDocument *document, const CommitmentProposal &proposal);
    // Keeps the proposal from being made again for that article (undoable).
    static bool reject(LibraryDocument *document, const CommitmentProposal &proposal);
};

} // namespace Gleaner
