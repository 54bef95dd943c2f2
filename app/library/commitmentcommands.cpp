#include "library/commitmentcommands.h"

#include "library/librarystore.h"

#include <QCoreApplication>

namespace Gleaner {

namespace {
QString label(const char *context, const char *text, const Commitment &c)
{
    return QCoreApplication::translate(context, text)
        .arg(c.actor.isEmpty() ? QCoreApplication::translate("Gleaner::Commitment", "(no actor)") : c.actor);
}
} // namespace

AddCommitmentCommand::AddCommitmentCommand(LibraryStore *store, const Commitment &commitment)
    : UndoCommand(label("Gleaner::AddCommitmentCommand",
                        QT_TRANSLATE_NOOP("Gleaner::AddCommitmentCommand", "Make commitment of %1"),
                        commitment)),
      m_store(store), m_commitment(commitment)
{}

bool AddCommitmentCommand::redo()
{
    // The first time it is made; after an undo it comes back as it was, same id.
    const std::optional<qint64> id = m_store->addCommitment(m_commitment, m_added);
    if (!id)
        return false;
    if (!m_added) {
        const std::optional<Commitment> stored = m_store->commitment(*id);
        if (!stored)
            return false;
        m_commitment = *stored;
        m_added = true;
    }
    return true;
}

bool AddCommitmentCommand::undo()
{
    // What it is now, so that a redo brings back sources added since.
    const std::optional<Commitment> now = m_store->commitment(m_commitment.id);
    if (!now)
        return false;
    m_commitment = *now;
    return m_store->deleteCommitment(m_commitment.id);
}

QVector<ChangeScope> AddCommitmentCommand::scopes() const
{
    return {{ChangeScope::Commitments, 0}};
}

EditCommitmentCommand::EditCommitmentCommand(LibraryStore *store, const Commitment &before,
                                             const Commitment &after)
    : UndoCommand(label("Gleaner::EditCommitmentCommand",
                        QT_TRANSLATE_NOOP("Gleaner::EditCommitmentCommand", "Edit commitment of %1"), after)),
      m_store(store), m_before(before), m_after(after), m_current(before.updatedAt)
{}

bool EditCommitmentCommand::redo()
{
    // As EditAnnotationCommand: later redos write the first one's version again.
    if (!m_store->updateCommitment(m_after, m_current, &m_current, m_redone))
        return false;
    if (!m_redone.isValid())
        m_redone = m_current;
    return true;
}

bool EditCommitmentCommand::undo()
{
    return m_store->updateCommitment(m_before, m_current, &m_current, m_before.updatedAt);
}

QVector<ChangeScope> EditCommitmentCommand::scopes() const
{
    return {{ChangeScope::Commitments, 0}};
}

DeleteCommitmentCommand::DeleteCommitmentCommand(LibraryStore *store, const Commitment &commitment)
    : UndoCommand(label("Gleaner::DeleteCommitmentCommand",
                        QT_TRANSLATE_NOOP("Gleaner::DeleteCommitmentCommand", "Delete commitment of %1"),
                        commitment)),
      m_store(store), m_commitment(commitment)
{}

bool DeleteCommitmentCommand::redo()
{
    const std::optional<Commitment> now = m_store->commitment(m_commitment.id);
    if (!now)
        return false;
    m_commitment = *now;
    return m_store->deleteCommitment(m_commitment.id);
}

bool DeleteCommitmentCommand::undo()
{
    return m_store->addCommitment(m_commitment, true).has_value();
}

QVector<ChangeScope> DeleteCommitmentCommand::scopes() const
{
    return {{ChangeScope::Commitments, 0}};
}

MergeCommitmentsCommand::MergeCommitmentsCommand(LibraryStore *store, const Commitment &from,
                                                 const Commitment &into)
    : UndoCommand(label("Gleaner::MergeCommitmentsCommand",
                        QT_TRANSLATE_NOOP("Gleaner::MergeCommitmentsCommand", "Merge two commitments of %1"),
                        into)),
      m_store(store), m_from(from), m_into(into)
{}

bool MergeCommitmentsCommand::redo()
{
    const std::optional<Commitment> from = m_store->commitment(m_from.id);
    const std::optional<Commitment> into = from ? m_store->commitment(m_into.id) : std::nullopt;
    if (!into)
        return false;
    m_from = *from;
    m_into = *into;
    Commitment merged = m_into;
    if (merged.actor.isEmpty())
        merged.actor = m_from.actor;
    if (merged.beneficiary.isEmpty())
        merged.beneficiary = m_from.beneficiary;
    if (!merged.due.isValid()) {
        merged.due = m_from.due;
        merged.precision = m_from.precision;
    }
    if (merged.period.isEmpty())
        merged.period = m_from.period;
    for (const CommitmentAmount &a : std::as_const(m_from.amounts))
        if (!merged.amounts.contains(a))
            merged.amounts << a;
    for (qint64 id : std::as_const(m_from.pillarIds))
        if (!merged.pillarIds.contains(id))
            merged.pillarIds << id;
    for (CommitmentSource s : std::as_const(m_from.sources)) {
        s.id = 0; // a new row of `into`; the old one goes with `from`
        merged.sources << s;
    }
    for (qint64 id : std::as_const(m_from.evidence))
        if (!merged.evidence.contains(id))
            merged.evidence << id;
    return m_store->transaction(text(), [&]() {
        QDateTime written;
        if (!m_store->deleteCommitment(m_from.id) ||
            !m_store->updateCommitment(merged, {}, &written, m_redone))
            return false;
        m_redone = written; // a later redo dates it the same
        return true;
    });
}

bool MergeCommitmentsCommand::undo()
{
    return m_store->transaction(text(), [&]() {
        // Each as it was, its version too, so that earlier steps find it as they left it.
        return m_store->updateCommitment(m_into, {}, nullptr, m_into.updatedAt) &&
               m_store->addCommitment(m_from, true).has_value();
    });
}

QVector<ChangeScope> MergeCommitmentsCommand::scopes() const
{
    return {{ChangeScope::Commitments, 0}};
}

SplitCommitmentCommand::SplitCommitmentCommand(LibraryStore *store, const Commitment &commitment,
                                               qint64 sourceId)
    : UndoCommand(label(
          "Gleaner::SplitCommitmentCommand",
          QT_TRANSLATE_NOOP("Gleaner::SplitCommitmentCommand", "Split a source from the commitment of %1"),
          commitment)),
      m_store(store), m_before(commitment), m_sourceId(sourceId)
{}

bool SplitCommitmentCommand::redo()
{
    const std::optional<Commitment> now = m_store->commitment(m_before.id);
    if (!now)
        return false;
    m_before = *now;
    Commitment rest = m_before;
    Commitment alone = m_before;
    alone.id = 0;
    alone.sources.clear();
    alone.evidence.clear();
    rest.sources.clear();
    for (const CommitmentSource &s : std::as_const(m_before.sources)) {
        if (s.id == m_sourceId)
            alone.sources << s;
        else
            rest.sources << s;
    }
    if (alone.sources.isEmpty() || rest.sources.isEmpty()) {
        m_store->connection()->fail(LibraryError::Code::InvalidInput,
                                    QCoreApplication::translate("Gleaner::SplitCommitmentCommand",
                                                                "Only a commitment with two or more sources "
                                                                "can be split, by one of its sources."));
        return false;
    }
    alone.sources.first().id = 0;
    return m_store->transaction(text(), [&]() {
        // The source leaves first: two commitments never hold the same row.
        QDateTime written;
        if (!m_store->updateCommitment(rest, {}, &written, m_redone))
            return false;
        m_redone = written; // a later redo dates it the same
        const std::optional<qint64> id = m_store->addCommitment(alone);
        m_newId = id.value_or(0);
        return id.has_value();
    });
}

bool SplitCommitmentCommand::undo()
{
    return m_store->transaction(text(), [&]() {
        return m_store->deleteCommitment(m_newId) &&
               m_store->updateCommitment(m_before, {}, nullptr, m_before.updatedAt);
    });
}

QVector<ChangeScope> SplitCommitmentCommand::scopes() const
{
    return {{ChangeScope::Commitments, 0}};
}

SetConversionRateCommand::SetConversionRateCommand(LibraryStore *store,
                                                   const std::optional<ConversionRate> &before,
                                                   const std::optional<ConversionRate> &after)
    : UndoCommand(
          QCoreApplication::translate("Gleaner::SetConversionRateCommand", "Set the rate of %1 to %2")
              .arg(after ? after->currency : before->currency, after ? after->target : before->target)),
      m_store(store), m_before(before), m_after(after)
{}

bool SetConversionRateCommand::apply(const std::optional<ConversionRate> &from,
                                     const std::optional<ConversionRate> &to)
{
    return to ? m_store->setConversionRate(*to) : m_store->removeConversionRate(from->currency, from->target);
}

bool SetConversionRateCommand::redo()
{
    return apply(m_before, m_after);
}

bool SetConversionRateCommand::undo()
{
    return apply(m_after, m_before);
}

QVector<ChangeScope> SetConversionRateCommand::scopes() const
{
    return {{ChangeScope::Commitments, 0}};
}

} // namespace Gleaner
