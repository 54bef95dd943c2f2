#pragma once

#include "library/article.h"

#include <QCoreApplication>
#include <QVector>

#include <optional>

namespace Gleaner {

class LibraryConnection;

// What merging one pillar into another moved, to put it back.
struct PillarMerge
{
    qint64 into = 0;
    QVector<qint64> annotations;        // pointed to `from`, now to `into`
    QVector<qint64> commitments;        // had `from` only, now `into`
    QVector<qint64> commitmentsHadBoth; // had both, now `into` alone
    QVector<QDateTime> versions;        // each moved annotation's updated_at before
    QDateTime stamp;                    // the updated_at the merge gave them
};

// The pillars table. Reads that fail return std::nullopt with the reason in the
// connection's lastError().
class PillarRepository
{
    Q_DECLARE_TR_FUNCTIONS(Gleaner::PillarRepository)
public:
    explicit PillarRepository(LibraryConnection &db) : m_db(db) {}

    std::optional<qint64> add(const QString &name, const QString &color = {},
                              const QString &description = {});
    bool restore(const Pillar &pillar);
    // With `seen` (the name, or the pillar, as the caller saw it), refused as
    // stale when someone else changed it since.
    bool rename(qint64 id, const QString &newName, const QString &seen = {});
    bool update(qint64 id, const QString &color, const QString &description, const Pillar *seen = nullptr);
    // Moves every annotation and commitment of `from` to `into` and deletes `from`.
    // `stamp`: the time to date the moved annotations with (a redo writes the
    // first run's again, so that later steps find them as they left them).
    std::optional<PillarMerge> merge(qint64 from, qint64 into, const QDateTime &stamp = {});
    // Undo of a merge: recreates `pillar` and points what moved back to it, each
    // annotation with its version from before; one another user changed since
    // the merge stays as they left it.
    bool unmerge(const Pillar &pillar, const PillarMerge &moved);
    bool remove(qint64 id); // only when unused
    std::optional<QVector<Pillar>> all() const;
    std::optional<Pillar> get(qint64 id) const;
    // The pillar of that name, a Pillar with id 0 when there is none, std::nullopt when the read failed.
    std::optional<Pillar> find(const QString &name) const;

    static bool isValidColor(const QString &color);

private:
    // Why an update changed no row: a stale view (with `seenName`), or no such pillar.
    bool failUnchanged(qint64 id, const QString &seenName) const;
    LibraryConnection &m_db;
};

} // namespace Gleaner
