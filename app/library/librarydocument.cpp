#include "library/librarydocument.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace Gleaner {

LibraryDocument::LibraryDocument(QObject *parent) : QObject(parent)
{
    // Each step is one transaction; the history moves only when it is committed.
    m_undo.setRunner([this](const UndoCommand &command, const std::function<bool()> &step) {
        return command.commitsAlongsideOthers() ? m_store.concurrentTransaction(command.text(), step)
                                                : m_store.transaction(command.text(), step);
    });
}

bool LibraryDocument::open(const QString &path, const LibraryStore::OpenOptions &options, bool verify)
{
    if (!verify)
        return openChecked(path, options, QStringLiteral("ok"));
    const Check result = check(path);
    if (!result.ran) {
        m_undo.clear();
        m_damage.clear();
        m_store.close();
        m_store.connection()->setError(result.error);
        return false;
    }
    return openChecked(path, options, result.findings);
}

LibraryDocument::Check LibraryDocument::check(const QString &path, const std::atomic_bool *cancel)
{
    Check result;
    if (!QFileInfo::exists(path)) {
        result.ran = true;
        result.findings = QStringLiteral("ok");
        return result;
    }
    LibraryStore store;
    LibraryStore::OpenOptions probe;
    probe.readOnly = true;
    probe.neverWrite = true;
    probe.cancel = cancel;
    if (!store.open(path, probe)) {
        // An old format the read-only probe cannot read: the real open upgrades it.
        result.ran = store.lastError().code == LibraryError::Code::ReadOnly;
        result.findings = QStringLiteral("ok");
        result.error = store.lastError();
        return result;
    }
    const std::optional<QString> findings = store.quickCheck(cancel);
    result.ran = findings.has_value();
    result.findings = findings.value_or(QString());
    result.error = store.lastError();
    return result;
}

bool LibraryDocument::openChecked(const QString &path, const LibraryStore::OpenOptions &options,
                                  const QString &findings)
{
    m_undo.clear();
    m_damage.clear();
    if (findings == QLatin1String("ok"))
        return m_store.open(path, options);
    // Never written to: the connection cannot write.
    LibraryStore::OpenOptions damaged = options;
    damaged.readOnly = true;
    damaged.neverWrite = true;
    damaged.create = false;
    if (!m_store.open(path, damaged))
        return false;
    m_damage = findings;
    return true;
}

bool LibraryDocument::push(std::unique_ptr<UndoCommand> command)
{
    return m_undo.push(std::move(command));
}

bool LibraryDocument::undo()
{
    return m_undo.undo();
}

bool LibraryDocument::redo()
{
    return m_undo.redo();
}

bool LibraryDocument::sameContent(const Annotation &a, const Annotation &b)
{
    return a.articleId == b.articleId && a.kind == b.kind && a.start == b.start && a.end == b.end &&
           a.pillarId == b.pillarId && a.amount == b.amount && a.currency.toUpper() == b.currency.toUpper() &&
           a.unit == b.unit && a.qualifier == b.qualifier && a.due == b.due &&
           (!a.due.isValid() ||
            precisionKeeping(a.due, a.precision) == precisionKeeping(b.due, b.precision)) &&
           a.note == b.note;
}

bool LibraryDocument::failDuplicate(const Annotation &existing)
{
    const QString quote = existing.quote.simplified().left(60);
    QString message;
    switch (existing.kind) {
    case AnnotationKind::Pillar:
        message = tr("“%1” is already tagged as pillar “%2”.").arg(quote, existing.pillarName);
        break;
    case AnnotationKind::Amount:
        message = tr("“%1” is already tagged with this amount.").arg(quote);
        break;
    case AnnotationKind::Deadline:
        message = tr("“%1” is already tagged with this deadline.").arg(quote);
        break;
    case AnnotationKind::Note:
        message = tr("“%1” already has this note.").arg(quote);
        break;
    }
    m_store.connection()->setError(LibraryError::make(LibraryError::Code::Duplicate, message));
    return false;
}

std::optional<qint64> LibraryDocument::pillarNamed(const QString &name, MacroCommand *macro)
{
    const std::optional<Pillar> existing = m_store.findPillar(name);
    if (!existing)
        return std::nullopt;
    if (existing->id > 0)
        return existing->id;
    const std::optional<QVector<Pillar>> all = m_store.pillars();
    if (!all)
        return std::nullopt;
    auto add =
        std::make_unique<AddPillarCommand>(&m_store, name.simplified(), nextPillarColor(int(all->size())));
    if (!add->redo())
        return std::nullopt;
    const qint64 id = add->pillarId();
    macro->add(std::move(add));
    return id;
}

std::optional<qint64> LibraryDocument::annotate(const Annotation &input, const QString &pillarName)
{
    auto macro = std::make_unique<MacroCommand>(pillarName.isEmpty() || input.kind != AnnotationKind::Pillar
                                                    ? AddAnnotationCommand(&m_store, input).text()
                                                    : tr("Tag as pillar “%1”").arg(pillarName.simplified()));
    qint64 id = 0;
    const bool ok = m_store.transaction(macro->text(), [&]() {
        Annotation a = input;
        // Check the range and values first, so a bad tag creates no pillar.
        Annotation probe = a;
        probe.pillarId = 0;
        if (probe.kind == AnnotationKind::Pillar)
            probe.kind = AnnotationKind::Note;
        if (!m_store.validateAnnotation(&probe))
            return false;
        if (!pillarName.trimmed().isEmpty()) {
            const std::optional<qint64> pillar = pillarNamed(pillarName, macro.get());
            if (!pillar)
                return false;
            a.pillarId = *pillar;
        }
        const std::optional<QVector<Annotation>> present = m_store.annotations(a.articleId);
        if (!present)
            return false;
        for (const Annotation &other : *present) {
            if (sameContent(other, a))
                return failDuplicate(other);
        }
        auto add = std::make_unique<AddAnnotationCommand>(&m_store, a);
        AddAnnotationCommand *raw = add.get();
        if (!add->redo())
            return false;
        id = raw->annotationId();
        macro->add(std::move(add));
        return true;
    });
    if (!ok)
        return std::nullopt;
    // Every step is done and committed; record them as one undo step without running them again.
    m_undo.pushApplied(std::move(macro));
    return id;
}

std::optional<qint64> LibraryDocument::tagPillar(qint64 articleId, int start, int end,
                                                 const QString &pillarName, AnnotationOrigin origin)
{
    Annotation a;
    a.articleId = articleId;
    a.kind = AnnotationKind::Pillar;
    a.start = start;
    a.end = end;
    a.origin = origin;
    return annotate(a, pillarName);
}

bool LibraryDocument::editAnnotation(const Annotation &before, const Annotation &after)
{
    if (sameContent(before, after) && before.origin == after.origin)
        return true; // nothing changes: no undo step
    return push(std::make_unique<EditAnnotationCommand>(&m_store, before, after));
}

bool LibraryDocument::deleteAnnotation(qint64 id)
{
    const std::optional<Annotation> existing = m_store.annotation(id);
    return existing && push(std::make_unique<DeleteAnnotationCommand>(&m_store, *existing));
}

QString LibraryDocument::nextPillarColor(int index)
{
    // Distinct hues that read on light and dark backgrounds alike.
    static const char *const colors[] = {"#3b6ed8", "#d8553b", "#2e9d4a", "#b8860b", "#8e5bd0",
                                         "#0f9bb0", "#c2457a", "#6b8e23", "#a0522d", "#4169e1"};
    return QLatin1String(colors[index % int(sizeof colors / sizeof *colors)]);
}

std::optional<qint64> LibraryDocument::addPillar(const QString &name, const QString &color)
{
    const std::optional<QVector<Pillar>> all = m_store.pillars();
    if (!all)
        return std::nullopt;
    const QString chosen = color.isEmpty() ? nextPillarColor(int(all->size())) : color;
    auto command = std::make_unique<AddPillarCommand>(&m_store, name.simplified(), chosen);
    AddPillarCommand *raw = command.get();
    if (!push(std::move(command)))
        return std::nullopt;
    return raw->pillarId();
}

bool LibraryDocument::renamePillar(qint64 id, const QString &newName)
{
    const std::optional<Pillar> p = m_store.pillar(id);
    if (!p)
        return false;
    if (p->name == newName.simplified())
        return true;
    return push(std::make_unique<RenamePillarCommand>(&m_store, id, p->name, newName.simplified()));
}

bool LibraryDocument::editPillar(qint64 id, const QString &color, const QString &description)
{
    const std::optional<Pillar> before = m_store.pillar(id);
    if (!before)
        return false;
    if (before->color == color && before->description == description)
        return true;
    Pillar after = *before;
    after.color = color;
    after.description = description;
    return push(std::make_unique<EditPillarCommand>(&m_store, *before, after));
}

bool LibraryDocument::mergePillars(qint64 from, qint64 into)
{
    const std::optional<Pillar> a = m_store.pillar(from);
    const std::optional<Pillar> b = a ? m_store.pillar(into) : std::nullopt;
    return a && b && push(std::make_unique<MergePillarsCommand>(&m_store, *a, *b));
}

bool LibraryDocument::deletePillar(qint64 id)
{
    const std::optional<Pillar> p = m_store.pillar(id);
    return p && push(std::make_unique<DeletePillarCommand>(&m_store, *p));
}

bool LibraryDocument::editArticle(qint64 articleId, const ArticleProperties &after)
{
    const std::optional<Article> a = m_store.article(articleId);
    if (!a)
        return false;
    const ArticleProperties before{a->title, a->published, a->url, a->site};
    if (before.title == after.title && before.published == after.published && before.url == after.url &&
        before.site == after.site)
        return true;
    return push(std::make_unique<EditArticleCommand>(&m_store, articleId, before, after));
}

bool LibraryDocument::deleteArticle(qint64 articleId)
{
    const std::optional<ArticleSnapshot> snapshot = m_store.articleSnapshot(articleId);
    return snapshot && push(std::make_unique<DeleteArticleCommand>(&m_store, *snapshot));
}

bool LibraryDocument::rejectSuggestion(qint64 articleId, const QString &kind, int start, int end)
{
    return push(std::make_unique<RejectSuggestionCommand>(&m_store, articleId, kind, start, end));
}

} // namespace Gleaner
