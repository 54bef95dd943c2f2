#include "library/librarydocument.h"

#include <QCoreApplication>

namespace Gleaner {

LibraryDocument::LibraryDocument(QObject *parent) : QObject(parent) {}

bool LibraryDocument::open(const QString &path, const LibraryStore::OpenOptions &options)
{
    m_undo.clear();
    return m_store.open(path, options);
}

std::optional<qint64> LibraryDocument::addAnnotation(const Annotation &annotation)
{
    auto command = std::make_unique<AddAnnotationCommand>(&m_store, annotation);
    AddAnnotationCommand *raw = command.get();
    if (!m_undo.push(std::move(command)))
        return std::nullopt;
    return raw->annotationId();
}

bool LibraryDocument::editAnnotation(const Annotation &before, const Annotation &after)
{
    return m_undo.push(std::make_unique<EditAnnotationCommand>(&m_store, before, after));
}

bool LibraryDocument::deleteAnnotation(qint64 id)
{
    const std::optional<Annotation> existing = m_store.annotation(id);
    return existing && m_undo.push(std::make_unique<DeleteAnnotationCommand>(&m_store, *existing));
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
    const QString chosen = color.isEmpty() ? nextPillarColor(m_store.pillars().size()) : color;
    auto command = std::make_unique<AddPillarCommand>(&m_store, name.simplified(), chosen);
    AddPillarCommand *raw = command.get();
    if (!m_undo.push(std::move(command)))
        return std::nullopt;
    return raw->pillarId();
}

std::optional<qint64> LibraryDocument::ensurePillar(const QString &name, MacroCommand *macro)
{
    if (const std::optional<Pillar> existing = m_store.pillarByName(name))
        return existing->id;
    if (!macro)
        return addPillar(name);
    auto command = std::make_unique<AddPillarCommand>(&m_store, name.simplified(),
                                                      nextPillarColor(m_store.pillars().size()));
    if (!command->redo())
        return std::nullopt;
    const qint64 id = command->pillarId();
    macro->add(std::move(command));
    return id;
}

bool LibraryDocument::renamePillar(qint64 id, const QString &newName)
{
    const std::optional<Pillar> p = m_store.pillar(id);
    return p &&
           m_undo.push(std::make_unique<RenamePillarCommand>(&m_store, id, p->name, newName.simplified()));
}

bool LibraryDocument::editPillar(qint64 id, const QString &color, const QString &description)
{
    const std::optional<Pillar> before = m_store.pillar(id);
    if (!before)
        return false;
    Pillar after = *before;
    after.color = color;
    after.description = description;
    return m_undo.push(std::make_unique<EditPillarCommand>(&m_store, *before, after));
}

bool LibraryDocument::mergePillars(qint64 from, qint64 into)
{
    const std::optional<Pillar> a = m_store.pillar(from);
    const std::optional<Pillar> b = m_store.pillar(into);
    return a && b && m_undo.push(std::make_unique<MergePillarsCommand>(&m_store, *a, *b));
}

bool LibraryDocument::deletePillar(qint64 id)
{
    const std::optional<Pillar> p = m_store.pillar(id);
    return p && m_undo.push(std::make_unique<DeletePillarCommand>(&m_store, *p));
}

bool LibraryDocument::editArticle(qint64 articleId, const ArticleProperties &after)
{
    const std::optional<Article> a = m_store.article(articleId);
    if (!a)
        return false;
    const ArticleProperties before{a->title, a->published, a->url, a->site};
    return m_undo.push(std::make_unique<EditArticleCommand>(&m_store, articleId, before, after));
}

bool LibraryDocument::rejectSuggestion(qint64 articleId, const QString &kind, int start, int end)
{
    return m_undo.push(std::make_unique<RejectSuggestionCommand>(&m_store, articleId, kind, start, end));
}

std::optional<qint64> LibraryDocument::tagPillar(qint64 articleId, int start, int end,
                                                 const QString &pillarName, AnnotationOrigin origin)
{
    auto macro = std::make_unique<MacroCommand>(
        QCoreApplication::translate("Gleaner::LibraryDocument", "Tag as pillar “%1”").arg(pillarName));
    Annotation a;
    a.articleId = articleId;
    a.kind = AnnotationKind::Pillar;
    a.start = start;
    a.end = end;
    a.origin = origin;
    // Check the range before creating a pillar for it, so a bad tag leaves nothing behind.
    Annotation probe = a;
    probe.pillarId = 0;
    probe.kind = AnnotationKind::Note;
    if (!m_store.validateAnnotation(&probe))
        return std::nullopt;
    const std::optional<qint64> pillarId = ensurePillar(pillarName, macro.get());
    if (!pillarId) {
        macro->undo();
        return std::nullopt;
    }
    a.pillarId = *pillarId;
    auto add = std::make_unique<AddAnnotationCommand>(&m_store, a);
    AddAnnotationCommand *raw = add.get();
    if (!add->redo()) {
        macro->undo();
        return std::nullopt;
    }
    macro->add(std::move(add));
    const qint64 id = raw->annotationId();
    // Both steps are done; record them as one undo step without running them again.
    m_undo.pushApplied(std::move(macro));
    return id;
}

} // namespace Gleaner
