#pragma once

#include "library/librarycommands.h"
#include "library/librarystore.h"
#include "library/undostack.h"

namespace Gleaner {

// An open library with its undo history: every edit the user makes goes through
// here as an undoable command, committed to the file before the call returns.
// Failures return false; the reason is in store()->lastError().
class LibraryDocument : public QObject
{
    Q_OBJECT
public:
    explicit LibraryDocument(QObject *parent = nullptr);

    LibraryStore *store() { return &m_store; }
    const LibraryStore *store() const { return &m_store; }
    UndoStack *undoStack() { return &m_undo; }
    QString errorMessage() const { return m_store.lastError().message; }

    bool open(const QString &path, const LibraryStore::OpenOptions &options);

    std::optional<qint64> addAnnotation(const Annotation &annotation);
    bool editAnnotation(const Annotation &before, const Annotation &after);
    bool deleteAnnotation(qint64 id);
    std::optional<qint64> addPillar(const QString &name, const QString &color = {});
    // The pillar of that name, created (undoably, within `macro` if given) when new.
    std::optional<qint64> ensurePillar(const QString &name, MacroCommand *macro = nullptr);
    bool renamePillar(qint64 id, const QString &newName);
    bool editPillar(qint64 id, const QString &color, const QString &description);
    bool mergePillars(qint64 from, qint64 into);
    bool deletePillar(qint64 id);
    bool editArticle(qint64 articleId, const ArticleProperties &after);
    bool rejectSuggestion(qint64 articleId, const QString &kind, int start, int end);
    // Adds a pillar annotation, creating the pillar if needed, as one undo step.
    std::optional<qint64> tagPillar(qint64 articleId, int start, int end, const QString &pillarName,
                                    AnnotationOrigin origin = AnnotationOrigin::User);

    static QString nextPillarColor(int index);

private:
    LibraryStore m_store;
    UndoStack m_undo;
};

} // namespace Gleaner
