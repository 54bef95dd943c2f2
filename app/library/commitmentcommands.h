#pragma once

#include "library/commitment.h"
#include "library/conversionrates.h"
#include "library/undostack.h"

#include <optional>

namespace Gleaner {

class LibraryStore;

// The reversible edits of commitments (see librarycommands.h).

class AddCommitmentCommand : public UndoCommand
{
public:
    AddCommitmentCommand(LibraryStore *store, const Commitment &commitment);
    bool redo() override;
    bool undo() override;
    QVector<ChangeScope> scopes() const override;
    qint64 commitmentId() const { return m_commitment.id; }

private:
    LibraryStore *m_store;
    Commitment m_commitment;
    bool m_added = false;
};

class EditCommitmentCommand : public UndoCommand
{
public:
    EditCommitmentCommand(LibraryStore *store, const Commitment &before, const Commitment &after);
    bool redo() override;
    bool undo() override;
    QVector<ChangeScope> scopes() const override;

private:
    LibraryStore *m_store;
    Commitment m_before;
    Commitment m_after;
    // The row's time as this window last wrote or saw it (see EditAnnotationCommand).
    QDateTime m_current;
    QDateTime m_redone;
};

class DeleteCommitmentCommand : public UndoCommand
{
public:
    DeleteCommitmentCommand(LibraryStore *store, const Commitment &commitment);
    bool redo() override;
    bool undo() override;
    QVector<ChangeScope> scopes() const override;

private:
    LibraryStore *m_store;
    Commitment m_commitment;
};

// Two records of the same promise become one: `into` gains the other's sources,
// evidence and pillars, and the other goes. Undo puts both back as they were.
class MergeCommitmentsCommand : public UndoCommand
{
public:
    MergeCommitmentsCommand(LibraryStore *store, const Commitment &from, const Commitment &into);
    bool redo() override;
    bool undo() override;
    QVector<ChangeScope> scopes() const override;

private:
    LibraryStore *m_store;
    Commitment m_from;
    Commitment m_into;
    QDateTime m_redone; // the version the first redo wrote, written again by later ones
};

// One source of a commitment becomes a commitment of its own (undo of a wrong merge).
class SplitCommitmentCommand : public UndoCommand
{
public:
    SplitCommitmentCommand(LibraryStore *store, const Commitment &commitment, qint64 sourceId);
    bool redo() override;
    bool undo() override;
    QVector<ChangeScope> scopes() const override;
    qint64 newId() const { return m_newId; }

private:
    LibraryStore *m_store;
    Commitment m_before;
    qint64 m_sourceId;
    qint64 m_newId = 0;
    QDateTime m_redone; // the version the first redo wrote, written again by later ones
};

// Sets, replaces or removes the conversion rate of a currency to another.
class SetConversionRateCommand : public UndoCommand
{
public:
    SetConversionRateCommand(LibraryStore *store, const std::optional<ConversionRate> &before,
                             const std::optional<ConversionRate> &after);
    bool redo() override;
    bool undo() override;
    QVector<ChangeScope> scopes() const override;

private:
    bool apply(const std::optional<ConversionRate> &from, const std::optional<ConversionRate> &to);
    LibraryStore *m_store;
    std::optional<ConversionRate> m_before;
    std::optional<ConversionRate> m_after;
};

} // namespace Gleaner
