#pragma once

#include "library/article.h"

#include <QCoreApplication>
#include <QVector>

#include <optional>

namespace Gleaner {

class LibraryConnection;

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
    bool rename(qint64 id, const QString &newName);
    bool update(qint64 id, const QString &color, const QString &description);
    // Moves every annotation of `from` to `into` and deletes `from`; returns the moved annotation ids.
    std::optional<QVector<qint64>> merge(qint64 from, qint64 into);
    // Undo of a merge: recreates `pillar` and points `annotationIds` back to it.
    bool unmerge(const Pillar &pillar, const QVector<qint64> &annotationIds);
    bool remove(qint64 id); // only when unused
    std::optional<QVector<Pillar>> all() const;
    std::optional<Pillar> get(qint64 id) const;
    // The pillar of that name, a Pillar with id 0 when there is none, std::nullopt when the read failed.
    std::optional<Pillar> find(const QString &name) const;

    static bool isValidColor(const QString &color);

private:
    LibraryConnection &m_db;
};

} // namespace Gleaner
