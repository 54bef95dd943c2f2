#include "library/librarycommands.h"

#include "library/librarystore.h"

#include <QCoreApplication>

namespace Gleaner {

namespace {
// The name of a kind inside an undo text ("Add amount").
QString kindLabel(AnnotationKind kind)
{
    switch (kind) {
    case AnnotationKind::Pillar:
        return QCoreApplication::translate("Gleaner::LibraryCommands", "pillar");
    case AnnotationKind::Amount:
        return QCoreApplication::translate("Gleaner::LibraryCommands", "amount");
    case AnnotationKind::Deadline:
        return QCoreApplication::translate("Gleaner::LibraryCommands", "deadline");
    case AnnotationKind::Note:
        return QCoreApplication::translate("Gleaner::LibraryCommands", "note");
    }
    return {};
}
// An annotation's own scope, and the pillar it names: undo brings back its pillar id.
QVector<ChangeScope> annotationScopes(const Annotation &a)
{
    QVector<ChangeScope> scopes{{ChangeScope::Annotations, a.articleId}};
    if (a.pillarId > 0)
        scopes << ChangeScope{ChangeScope::Pillars, 0};
    return scopes;
}
} // namespace

AddAnnotationCommand::AddAnnotationCommand(LibraryStore *store, const Annotation &annotation)
    : UndoCommand(QCoreApplication::translate("Gleaner::AddAnnotationCommand", "Add %1")
                      .arg(kindLabel(annotation.kind))),
      m_store(store), m_annotation(annotation)
{}

bool AddAnnotationCommand::redo()
{
    if (m_annotation.id > 0) // redo after undo: bring back the same row
        return m_store->restoreAnnotation(m_annotation);
    const std::optional<qint64> id = m_store->addAnnotation(m_annotation);
    if (!id)
        return false;
    if (const std::optional<Annotation> saved = m_store->annotation(*id))
        m_annotation = *saved;
    return true;
}

bool AddAnnotationCommand::undo()
{
    return m_store->deleteAnnotation(m_annotation.id, m_annotation.updatedAt);
}

QVector<ChangeScope> AddAnnotationCommand::scopes() const
{
    // Another user may have made it evidence of a commitment: undoing the add
    // would take that link with it.
    return annotationScopes(m_annotation) << ChangeScope{ChangeScope::Commitments, 0};
}

DeleteAnnotationCommand::DeleteAnnotationCommand(LibraryStore *store, const Annotation &annotation)
    : UndoCommand(QCoreApplication::translate("Gleaner::DeleteAnnotationCommand", "Delete %1")
                      .arg(kindLabel(annotation.kind))),
      m_store(store), m_annotation(annotation)
{}

bool DeleteAnnotationCommand::redo()
{
    // The annotation as it is now, read in the delete's transaction: an edit another
    // program made since it was shown comes back with Undo.
    const std::optional<Annotation> now = m_store->annotation(m_annotation.id);
    if (!now)
        return false;
    m_annotation = *now;
    const std::optional<QVector<qint64>> evidenceOf = m_store->evidenceOf(m_annotation.id);
    if (!evidenceOf)
        return false;
    m_evidenceOf = *evidenceOf;
    return m_store->deleteAnnotation(m_annotation.id, m_annotation.updatedAt);
}

bool DeleteAnnotationCommand::undo()
{
    return m_store->restoreAnnotation(m_annotation) && m_store->linkEvidence(m_annotation.id, m_evidenceOf);
}

QVector<ChangeScope> DeleteAnnotationCommand::scopes() const
{
    QVector<ChangeScope> scopes = annotationScopes(m_annotation);
    if (!m_evidenceOf.isEmpty())
        scopes << ChangeScope{ChangeScope::Commitments, 0};
    return scopes;
}

EditAnnotationCommand::EditAnnotationCommand(LibraryStore *store, const Annotation &before,
                                             const Annotation &after)
    : UndoCommand(QCoreApplication::translate("Gleaner::EditAnnotationCommand", "Edit %1")
                      .arg(kindLabel(after.kind))),
      m_store(store), m_before(before), m_after(after), m_current(before.updatedAt)
{}

bool EditAnnotationCommand::redo()
{
    Annotation next = m_after;
    next.updatedAt = m_current;
    // A redo after an undo writes the version the first run wrote, so that the
    // steps after this one find the row as they left it.
    if (!m_store->updateAnnotation(next, &m_current, m_redone))
        return false;
    if (!m_redone.isValid())
        m_redone = m_current;
    return true;
}

bool EditAnnotationCommand::undo()
{
    Annotation back = m_before;
    back.updatedAt = m_current;
    return m_store->updateAnnotation(back, &m_current, m_before.updatedAt);
}

QVector<ChangeScope> EditAnnotationCommand::scopes() const
{
    QVector<ChangeScope> scopes = annotationScopes(m_after);
    if (m_before.pillarId > 0 && m_after.pillarId <= 0)
        scopes << ChangeScope{ChangeScope::Pillars, 0};
    return scopes;
}

AddPillarCommand::AddPillarCommand(LibraryStore *store, const QString &name, const QString &color)
    : UndoCommand(QCoreApplication::translate("Gleaner::AddPillarCommand", "Add pillar “%1”").arg(name)),
      m_store(store)
{
    m_pillar.name = name;
    m_pillar.color = color;
}

bool AddPillarCommand::redo()
{
    if (m_pillar.id > 0)
        return m_store->restorePillar(m_pillar);
    const std::optional<qint64> id = m_store->addPillar(m_pillar.name, m_pillar.color);
    if (!id)
        return false;
    if (const std::optional<Pillar> saved = m_store->pillar(*id))
        m_pillar = *saved;
    return true;
}

bool AddPillarCommand::undo()
{
    return m_store->deletePillar(m_pillar.id);
}

QVector<ChangeScope> AddPillarCommand::scopes() const
{
    return {{ChangeScope::Pillars, 0}};
}

RenamePillarCommand::RenamePillarCommand(LibraryStore *store, qint64 id, const QString &oldName,
                                         const QString &newName)
    : UndoCommand(QCoreApplication::translate("Gleaner::RenamePillarCommand", "Rename pillar “%1” to “%2”")
                      .arg(oldName, newName)),
      m_store(store), m_id(id), m_oldName(oldName), m_newName(newName)
{}

bool RenamePillarCommand::redo()
{
    return m_store->renamePillar(m_id, m_newName, m_oldName);
}

bool RenamePillarCommand::undo()
{
    return m_store->renamePillar(m_id, m_oldName, m_newName);
}

QVector<ChangeScope> RenamePillarCommand::scopes() const
{
    return {{ChangeScope::Pillars, 0}};
}

EditPillarCommand::EditPillarCommand(LibraryStore *store, const Pillar &before, const Pillar &after)
    : UndoCommand(
          QCoreApplication::translate("Gleaner::EditPillarCommand", "Change pillar “%1”").arg(before.name)),
      m_store(store), m_before(before), m_after(after)
{}

bool EditPillarCommand::redo()
{
    return m_store->updatePillar(m_after.id, m_after.color, m_after.description, &m_before);
}

bool EditPillarCommand::undo()
{
    return m_store->updatePillar(m_before.id, m_before.color, m_before.description, &m_after);
}

QVector<ChangeScope> EditPillarCommand::scopes() const
{
    return {{ChangeScope::Pillars, 0}};
}

MergePillarsCommand::MergePillarsCommand(LibraryStore *store, const Pillar &from, const Pillar &into)
    : UndoCommand(QCoreApplication::translate("Gleaner::MergePillarsCommand", "Merge pillar “%1” into “%2”")
                      .arg(from.name, into.name)),
      m_store(store), m_from(from), m_into(into.id)
{}

bool MergePillarsCommand::redo()
{
    // A redo dates the moved annotations as the first run did (see PillarRepository::merge).
    const std::optional<PillarMerge> moved = m_store->mergePillars(m_from.id, m_into, m_moved.stamp);
    if (!moved)
        return false;
    m_moved = *moved;
    return true;
}

bool MergePillarsCommand::undo()
{
    return m_store->unmergePillars(m_from, m_moved);
}

QVector<ChangeScope> MergePillarsCommand::scopes() const
{
    // It moves annotations' and commitments' pillars too.
    return {{ChangeScope::Pillars, 0}, {ChangeScope::Commitments, 0}};
}

DeletePillarCommand::DeletePillarCommand(LibraryStore *store, const Pillar &pillar)
    : UndoCommand(
          QCoreApplication::translate("Gleaner::DeletePillarCommand", "Delete pillar “%1”").arg(pillar.name)),
      m_store(store), m_pillar(pillar)
{}

bool DeletePillarCommand::redo()
{
    return m_store->deletePillar(m_pillar.id);
}

bool DeletePillarCommand::undo()
{
    return m_store->restorePillar(m_pillar);
}

QVector<ChangeScope> DeletePillarCommand::scopes() const
{
    return {{ChangeScope::Pillars, 0}};
}

EditArticleCommand::EditArticleCommand(LibraryStore *store, qint64 articleId, const ArticleProperties &before,
                                       const ArticleProperties &after)
    : UndoCommand(QCoreApplication::translate("Gleaner::EditArticleCommand", "Edit article properties")),
      m_store(store), m_articleId(articleId), m_before(before), m_after(after)
{}

bool EditArticleCommand::apply(const ArticleProperties &to, const ArticleProperties &from)
{
    // Only over what this window saw: never over another user's change.
    return m_store->updateArticleProperties(m_articleId, to, from);
}

bool EditArticleCommand::redo()
{
    return apply(m_after, m_before);
}

bool EditArticleCommand::undo()
{
    return apply(m_before, m_after);
}

QVector<ChangeScope> EditArticleCommand::scopes() const
{
    return {{ChangeScope::Article, m_articleId}};
}

RejectSuggestionCommand::RejectSuggestionCommand(LibraryStore *store, qint64 articleId, const QString &kind,
                                                 int start, int end)
    : UndoCommand(QCoreApplication::translate("Gleaner::RejectSuggestionCommand", "Reject suggestion")),
      m_store(store), m_articleId(articleId), m_kind(kind), m_start(start), m_end(end)
{}

bool RejectSuggestionCommand::redo()
{
    return m_store->rejectSuggestion(m_articleId, m_kind, m_start, m_end);
}

bool RejectSuggestionCommand::undo()
{
    return m_store->unrejectSuggestion(m_articleId, m_kind, m_start, m_end);
}

QVector<ChangeScope> RejectSuggestionCommand::scopes() const
{
    return {{ChangeScope::Annotations, m_articleId}};
}

DeleteArticleCommand::DeleteArticleCommand(LibraryStore *store, const ArticleSnapshot &snapshot)
    : UndoCommand(QCoreApplication::translate("Gleaner::DeleteArticleCommand", "Delete article “%1”")
                      .arg(snapshot.article.title)),
      m_store(store), m_snapshot(snapshot)
{}

bool DeleteArticleCommand::redo()
{
    // Everything the article is now, read in the delete's transaction: annotations
    // another program added since come back with Undo too.
    const std::optional<ArticleSnapshot> now = m_store->articleSnapshot(m_snapshot.article.id);
    if (!now)
        return false;
    m_snapshot = *now;
    return m_store->deleteArticle(m_snapshot.article.id);
}

bool DeleteArticleCommand::undo()
{
    return m_store->restoreArticle(m_snapshot);
}

QVector<ChangeScope> DeleteArticleCommand::scopes() const
{
    // Undo brings back its annotations with their pillars, and its commitments' sources.
    return {{ChangeScope::Article, m_snapshot.article.id},
            {ChangeScope::Pillars, 0},
            {ChangeScope::Commitments, 0}};
}

} // namespace Gleaner
