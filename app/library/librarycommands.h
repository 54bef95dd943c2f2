#pragma once

#include "library/article.h"
#include "library/articlerepository.h"
#include "library/pillarrepository.h"
#include "library/undostack.h"
#include "util/annotation.h"

#include <QVector>

namespace Gleaner {

class LibraryStore;

// The reversible edits of a library, one class each (as Okular's documentcommands).
// Each holds what it needs to put the library back exactly as it was.

class AddAnnotationCommand : public UndoCommand
{
public:
    AddAnnotationCommand(LibraryStore *store, const Annotation &annotation);
    bool redo() override;
    bool undo() override;
    QVector<ChangeScope> scopes() const override;
    bool commitsAlongsideOthers() const override { return true; }
    qint64 annotationId() const { return m_annotation.id; }

private:
    LibraryStore *m_store;
    Annotation m_annotation;
};

class DeleteAnnotationCommand : public UndoCommand
{
public:
    DeleteAnnotationCommand(LibraryStore *store, const Annotation &annotation);
    bool redo() override;
    bool undo() override;
    QVector<ChangeScope> scopes() const override;
    bool commitsAlongsideOthers() const override { return true; }

private:
    LibraryStore *m_store;
    Annotation m_annotation;
    QVector<qint64> m_evidenceOf; // the commitments it was evidence of
};

class EditAnnotationCommand : public UndoCommand
{
public:
    EditAnnotationCommand(LibraryStore *store, const Annotation &before, const Annotation &after);
    bool redo() override;
    bool undo() override;
    QVector<ChangeScope> scopes() const override;
    bool commitsAlongsideOthers() const override { return true; }

private:
    LibraryStore *m_store;
    Annotation m_before;
    Annotation m_after;
    // The row's time as this window last wrote or saw it: each step applies only
    // while the row still carries it (no other user changed it meanwhile).
    QDateTime m_current;
    QDateTime m_redone; // the version the first redo wrote, written again by later ones
};

class AddPillarCommand : public UndoCommand
{
public:
    AddPillarCommand(LibraryStore *store, const QString &name, const QString &color);
    bool redo() override;
    bool undo() override;
    QVector<ChangeScope> scopes() const override;
    qint64 pillarId() const { return m_pillar.id; }

private:
    LibraryStore *m_store;
    Pillar m_pillar;
};

class RenamePillarCommand : public UndoCommand
{
public:
    RenamePillarCommand(LibraryStore *store, qint64 id, const QString &oldName, const QString &newName);
    bool redo() override;
    bool undo() override;
    QVector<ChangeScope> scopes() const override;

private:
    LibraryStore *m_store;
    qint64 m_id;
    QString m_oldName;
    QString m_newName;
};

class EditPillarCommand : public UndoCommand
{
public:
    EditPillarCommand(LibraryStore *store, const Pillar &before, const Pillar &after);
    bool redo() override;
    bool undo() override;
    QVector<ChangeScope> scopes() const override;

private:
    LibraryStore *m_store;
    Pillar m_before;
    Pillar m_after;
};

class MergePillarsCommand : public UndoCommand
{
public:
    MergePillarsCommand(LibraryStore *store, const Pillar &from, const Pillar &into);
    bool redo() override;
    bool undo() override;
    QVector<ChangeScope> scopes() const override;

private:
    LibraryStore *m_store;
    Pillar m_from;
    qint64 m_into;
    PillarMerge m_moved;
};

class DeletePillarCommand : public UndoCommand
{
public:
    DeletePillarCommand(LibraryStore *store, const Pillar &pillar);
    bool redo() override;
    bool undo() override;
    QVector<ChangeScope> scopes() const override;

private:
    LibraryStore *m_store;
    Pillar m_pillar;
};

class EditArticleCommand : public UndoCommand
{
public:
    EditArticleCommand(LibraryStore *store, qint64 articleId, const ArticleProperties &before,
                       const ArticleProperties &after);
    bool redo() override;
    bool undo() override;
    QVector<ChangeScope> scopes() const override;

private:
    bool apply(const ArticleProperties &to, const ArticleProperties &from);
    LibraryStore *m_store;
    qint64 m_articleId;
    ArticleProperties m_before;
    ArticleProperties m_after;
};

class RejectSuggestionCommand : public UndoCommand
{
public:
    RejectSuggestionCommand(LibraryStore *store, qint64 articleId, const QString &kind, int start, int end);
    bool redo() override;
    bool undo() override;
    QVector<ChangeScope> scopes() const override;

private:
    LibraryStore *m_store;
    qint64 m_articleId;
    QString m_kind;
    int m_start;
    int m_end;
};

class DeleteArticleCommand : public UndoCommand
{
public:
    // `snapshot` holds everything the article was (see LibraryStore::articleSnapshot).
    DeleteArticleCommand(LibraryStore *store, const ArticleSnapshot &snapshot);
    bool redo() override;
    bool undo() override;
    QVector<ChangeScope> scopes() const override;

private:
    LibraryStore *m_store;
    ArticleSnapshot m_snapshot;
};

} // namespace Gleaner
