#pragma once

#include "library/annotationrepository.h"
#include "library/article.h"
#include "suggest/suggestion.h"
#include "util/annotation.h"

#include <QCoreApplication>
#include <QSet>
#include <QVector>

namespace Gleaner {

class LibraryDocument;
class LibraryStore;

// Something Gleaner proposes to tag: an amount or deadline the recognizers found,
// or a candidate pillar (a heading, a table's first column, a known pillar name).
struct Proposal
{
    enum class Kind { Amount, Deadline, Pillar, Note };
    Kind kind = Kind::Amount;     // what accepting it creates; the user may switch it
    Suggestion suggestion;        // span, text and normalized values (as shown, as stored)
    QString pillarName;           // for Kind::Pillar
    QString decisionKind() const; // the key its rejection is stored under
    QString kindName() const;     // "amount", "deadline", "pillar" or "note"
};

// An article's annotations, the library's pillars, and what to propose: what the
// window's panel shows and the command line lists.
struct ArticleProposals
{
    QVector<Annotation> annotations;
    QVector<Pillar> pillars;
    QVector<Proposal> proposals;
};

// Building and accepting proposals: one code path for the window and the command
// line, tested without a window.
class Proposals
{
    Q_DECLARE_TR_FUNCTIONS(Gleaner::Proposals)
public:
    // What to propose for `article`: nothing that overlaps an annotation or was
    // rejected, in text order. Deadlines come with the precision they will be
    // stored with, so what the user sees is what accepting keeps.
    static QVector<Proposal> build(const Article &article, const QVector<Annotation> &annotations,
                                   const QVector<Pillar> &pillars, const QSet<RejectedSpan> &rejected,
                                   const QDate &referenceDate);
    // Reads what build() needs for `article` and builds; nullopt when the library
    // cannot be read (its lastError() says why: never shown as "nothing").
    static std::optional<ArticleProposals> load(const LibraryStore &store, const Article &article);
    // Accepts a proposal as the panel's Enter key does: one annotation (a pillar
    // proposal with its pillar, created if need be), one undo step.
    static std::optional<qint64> accept(LibraryDocument *document, const Proposal &proposal,
                                        qint64 articleId);
    // The date relative deadlines count from: the published date, else the import day.
    static QDate referenceDate(const Article &article);
    // The annotation accepting `proposal` creates on `articleId` (a pillar
    // proposal also needs its pillar, by proposal.pillarName).
    static Annotation toAnnotation(const Proposal &proposal, qint64 articleId);
    // The next kind the K key switches a proposal to.
    static void switchKind(Proposal *proposal);
};

} // namespace Gleaner
