// LibraryDocument: the edits of commitments, each one undo step.
#include "library/commitmentcommands.h"
#include "library/librarydocument.h"

namespace Gleaner {

std::optional<qint64> LibraryDocument::makeCommitment(const Commitment &input,
                                                      const QVector<Annotation> &newEvidence,
                                                      const QStringList &pillarNames, bool mergeSame)
{
    auto macro = std::make_unique<MacroCommand>(AddCommitmentCommand(&m_store, input).text());
    qint64 id = 0;
    const bool ok = m_store.transaction(macro->text(), [&]() {
        Commitment c = input;
        Commitment probe = c; // checked first, so that a bad commitment creates nothing
        probe.pillarIds.clear();
        if (!m_store.validateCommitment(&probe))
            return false;
        for (const QString &name : pillarNames) {
            const std::optional<qint64> pillarId = pillarNamed(name, macro.get());
            if (!pillarId)
                return false;
            if (!c.pillarIds.contains(*pillarId))
                c.pillarIds << *pillarId;
        }
        for (const Annotation &wanted : newEvidence) {
            const std::optional<QVector<Annotation>> present = m_store.annotations(wanted.articleId);
            if (!present)
                return false;
            qint64 evidenceId = 0;
            for (const Annotation &other : *present)
                if (other.kind == wanted.kind && other.start == wanted.start && other.end == wanted.end)
                    evidenceId = other.id;
            if (evidenceId == 0) {
                auto add = std::make_unique<AddAnnotationCommand>(&m_store, wanted);
                if (!add->redo())
                    return false;
                evidenceId = add->annotationId();
                macro->add(std::move(add));
            }
            if (!c.evidence.contains(evidenceId))
                c.evidence << evidenceId;
        }
        const std::optional<qint64> same =
            mergeSame ? m_store.findSameCommitment(c) : std::optional<qint64>(0);
        if (!same)
            return false;
        if (*same > 0) {
            const std::optional<Commitment> before = m_store.commitment(*same);
            if (!before)
                return false;
            Commitment after = *before;
            for (const CommitmentSource &s : std::as_const(c.sources)) {
                const bool known =
                    std::any_of(after.sources.cbegin(), after.sources.cend(), [&](const auto &o) {
                        return o.articleId == s.articleId && o.start == s.start && o.end == s.end;
                    });
                if (!known)
                    after.sources << CommitmentSource{0, s.articleId, s.start, s.end, {}, {}, {}, {}};
            }
            for (qint64 e : std::as_const(c.evidence))
                if (!after.evidence.contains(e))
                    after.evidence << e;
            for (qint64 p : std::as_const(c.pillarIds))
                if (!after.pillarIds.contains(p))
                    after.pillarIds << p;
            auto edit = std::make_unique<EditCommitmentCommand>(&m_store, *before, after);
            if (!edit->redo())
                return false;
            macro->add(std::move(edit));
            id = *same;
            return true;
        }
        auto add = std::make_unique<AddCommitmentCommand>(&m_store, c);
        AddCommitmentCommand *raw = add.get();
        if (!add->redo())
            return false;
        id = raw->commitmentId();
        macro->add(std::move(add));
        return true;
    });
    if (!ok)
        return std::nullopt;
    m_undo.pushApplied(std::move(macro));
    return id;
}

bool LibraryDocument::editCommitment(const Commitment &before, const Commitment &after)
{
    return push(std::make_unique<EditCommitmentCommand>(&m_store, before, after));
}

bool LibraryDocument::deleteCommitment(qint64 id)
{
    const std::optional<Commitment> c = m_store.commitment(id);
    return c && push(std::make_unique<DeleteCommitmentCommand>(&m_store, *c));
}

bool LibraryDocument::mergeCommitments(qint64 from, qint64 into)
{
    if (from == into)
        return m_store.connection()->fail(LibraryError::Code::InvalidInput,
                                          tr("A commitment cannot be merged with itself."));
    const std::optional<Commitment> a = m_store.commitment(from);
    const std::optional<Commitment> b = a ? m_store.commitment(into) : std::nullopt;
    return b && push(std::make_unique<MergeCommitmentsCommand>(&m_store, *a, *b));
}

std::optional<qint64> LibraryDocument::splitCommitment(qint64 id, qint64 sourceId)
{
    const std::optional<Commitment> c = m_store.commitment(id);
    if (!c)
        return std::nullopt;
    auto split = std::make_unique<SplitCommitmentCommand>(&m_store, *c, sourceId);
    SplitCommitmentCommand *raw = split.get();
    if (!push(std::move(split)))
        return std::nullopt;
    return raw->newId();
}

namespace {
std::optional<ConversionRate> existingRate(const LibraryStore &store, const QString &currency,
                                           const QString &target, bool *ok)
{
    const std::optional<QVector<ConversionRate>> all = store.conversionRates();
    *ok = all.has_value();
    for (const ConversionRate &r : all.value_or(QVector<ConversionRate>()))
        if (r.currency == currency.trimmed().toUpper() && r.target == target.trimmed().toUpper())
            return r;
    return std::nullopt;
}
} // namespace

bool LibraryDocument::setConversionRate(const ConversionRate &rate)
{
    bool ok = false;
    const std::optional<ConversionRate> before = existingRate(m_store, rate.currency, rate.target, &ok);
    ConversionRate after = rate;
    after.currency = after.currency.trimmed().toUpper();
    after.target = after.target.trimmed().toUpper();
    if (!ok)
        return false;
    if (before && *before == after)
        return true;
    return push(std::make_unique<SetConversionRateCommand>(&m_store, before, after));
}

bool LibraryDocument::removeConversionRate(const QString &currency, const QString &target)
{
    bool ok = false;
    const std::optional<ConversionRate> before = existingRate(m_store, currency, target, &ok);
    if (!ok)
        return false;
    if (!before)
        return m_store.connection()->fail(
            LibraryError::Code::InvalidInput,
            tr("There is no rate of %1 to %2 in this library.").arg(currency.toUpper(), target.toUpper()));
    return push(std::make_unique<SetConversionRateCommand>(&m_store, before, std::nullopt));
}

} // namespace Gleaner
