#pragma once

#include "library/commitment.h"

#include <QCoreApplication>
#include <QHash>
#include <QVector>

#include <optional>

namespace Gleaner {

class LibraryConnection;

// Which commitments a list shows; empty fields do not filter.
struct CommitmentFilter
{
    QString actor;                    // exact, ignoring case
    qint64 pillarId = 0;              // with this pillar
    qint64 articleId = 0;             // reported by this article
    QString currency;                 // with an amount in this currency
    QDate dueFrom, dueTo;             // due inside this range (inclusive)
    QString search;                   // words in the actor, beneficiary, note or a source's quote
    QString site;                     // reported by an article of this site
    QDate publishedFrom, publishedTo; // reported by an article published in this range
};

// The commitments tables (commitments, their amounts, pillars, sources and
// evidence). Reads that fail return std::nullopt with the reason in the
// connection's lastError(); every write is one transaction.
class CommitmentRepository
{
    Q_DECLARE_TR_FUNCTIONS(Gleaner::CommitmentRepository)
public:
    explicit CommitmentRepository(LibraryConnection &db) : m_db(db) {}

    // Checks a commitment against the library (each source inside its article's
    // text, at least one source, amounts as plain decimals, pillars that exist)
    // and fills each source's quote and content hash. Nothing is written.
    bool validate(Commitment *commitment) const;
    // With keepIdentity, the ids and times given are kept (undo of a delete).
    std::optional<qint64> add(const Commitment &commitment, bool keepIdentity = false);
    // With `seen` (the updated_at the caller last saw or wrote), refused as stale
    // when someone else changed the commitment since. `version`: the updated_at to
    // write (an undo putting the row back as it was); by default now. *stamped,
    // when given, receives the time written.
    bool update(const Commitment &commitment, const QDateTime &seen = {}, QDateTime *stamped = nullptr,
                const QDateTime &version = {});
    bool remove(qint64 id);
    std::optional<Commitment> get(qint64 id) const;
    // In the order asked (by default by due date, undated last), then id.
    enum class Sort { Due, Actor, Beneficiary, Amount, Pillars, Sources };
    std::optional<QVector<Commitment>> list(const CommitmentFilter &filter, int offset = 0, int limit = -1,
                                            Sort sort = Sort::Due,
                                            Qt::SortOrder order = Qt::AscendingOrder) const;
    std::optional<int> count(const CommitmentFilter &filter) const;
    // Puts back what deleting an article took: each commitment it reported, whole
    // when it went with the article, else only this article's sources and evidence.
    bool restoreForArticle(const QVector<Commitment> &commitments);
    // A stored commitment that says the same as `c` (same actor ignoring case, an
    // equal amount, and a due date in the same year when both have one): its id, 0 if none.
    std::optional<qint64> findSame(const Commitment &c) const;

    // What proposing commitments for the whole library needs to know of it, read
    // once: per article, the spans of stored commitment sources and of rejected
    // proposals, and its pillar annotations (with their pillar names).
    struct ProposalContext
    {
        QHash<qint64, QVector<QPair<int, int>>> sources;
        QHash<qint64, QVector<QPair<int, int>>> rejected;
        QHash<qint64, QVector<Annotation>> pillarTags;
    };
    std::optional<ProposalContext> proposalContext() const;

    // The commitments an annotation is evidence of, and putting those links back
    // (undo of deleting the annotation).
    std::optional<QVector<qint64>> evidenceOf(qint64 annotationId) const;
    bool linkEvidence(qint64 annotationId, const QVector<qint64> &commitmentIds);

    // Every actor of a commitment, in alphabetical order (for the filters).
    std::optional<QStringList> actors() const;

    // " WHERE …" over commitments `c` for the filter, its values appended to binds.
    static QString filterSql(const LibraryConnection &db, const CommitmentFilter &filter,
                             QVariantList *binds);

private:
    bool insertParts(const Commitment &c, bool withSources) const;
    bool fillParts(Commitment *c) const;
    LibraryConnection &m_db;
};

} // namespace Gleaner
