#pragma once

#include "library/librarycommands.h"
#include "library/librarystore.h"
#include "library/undostack.h"

namespace Gleaner {

// An open library with its undo history: every edit, from the window or the
// command line, goes through here as an undoable command, committed to the file
// in one transaction before the call returns (a multi-step edit, such as tagging
// with a new pillar, is one transaction and one undo step). Failures return
// false; the reason is in errorMessage().
class LibraryDocument : public QObject
{
    Q_OBJECT
public:
    explicit LibraryDocument(QObject *parent = nullptr);

    LibraryStore *store() { return &m_store; }
    const LibraryStore *store() const { return &m_store; }
    UndoStack *undoStack() { return &m_undo; }
    QString errorMessage() const { return m_store.lastError().message; }
    LibraryError::Code errorCode() const { return m_store.lastError().code; }

    // With `verify`, SQLite's quick check runs first on a connection that cannot
    // write; a library that fails it stays open read-only and damage() says why.
    bool open(const QString &path, const LibraryStore::OpenOptions &options, bool verify = false);

    // The quick check alone, on a connection of its own that cannot write: safe on
    // a worker thread (it reads the whole file, seconds for a large library), and
    // stopped by *cancel. findings is "ok" or what SQLite found; a library that
    // must be upgraded first, or does not exist yet, counts as "ok" (opening it
    // says what is wrong, if anything).
    struct Check
    {
        bool ran = false;
        QString findings;
        LibraryError error;
    };
    static Check check(const QString &path, const std::atomic_bool *cancel = nullptr);
    // Opens a library whose check gave `findings`: with anything but "ok" it opens
    // on a connection that cannot write, and damage() says why.
    bool openChecked(const QString &path, const LibraryStore::OpenOptions &options, const QString &findings);
    QString damage() const { return m_damage; }

    bool undo();
    bool redo();

    // Adds an annotation; with a pillar name, the pillar is found or created in the
    // same transaction and undo step. The same annotation twice is refused
    // (LibraryError::Code::Duplicate).
    std::optional<qint64> annotate(const Annotation &annotation, const QString &pillarName = {});
    std::optional<qint64> addAnnotation(const Annotation &annotation) { return annotate(annotation); }
    // Adds a pillar annotation, creating the pillar if needed, as one undo step.
    std::optional<qint64> tagPillar(qint64 articleId, int start, int end, const QString &pillarName,
                                    AnnotationOrigin origin = AnnotationOrigin::User);
    // An edit that changes nothing succeeds without an undo step.
    bool editAnnotation(const Annotation &before, const Annotation &after);
    bool deleteAnnotation(qint64 id);
    std::optional<qint64> addPillar(const QString &name, const QString &color = {});
    bool renamePillar(qint64 id, const QString &newName);
    bool editPillar(qint64 id, const QString &color, const QString &description);
    bool mergePillars(qint64 from, qint64 into);
    bool deletePillar(qint64 id);
    bool editArticle(qint64 articleId, const ArticleProperties &after);
    bool deleteArticle(qint64 articleId);
    bool rejectSuggestion(qint64 articleId, const QString &kind, int start, int end);

    // Commitments (librarydocument_commitments.cpp). Making one is one undo step
    // with what it needs: the pillars named in `pillarNames` (created if new) and
    // the annotations in `newEvidence` (an annotation already there is reused).
    // With mergeSame, a stored commitment that says the same (same actor, an
    // equal amount, same due date) gains the sources instead: its id is returned.
    std::optional<qint64> makeCommitment(const Commitment &commitment,
                                         const QVector<Annotation> &newEvidence = {},
                                         const QStringList &pillarNames = {}, bool mergeSame = false);
    bool editCommitment(const Commitment &before, const Commitment &after);
    bool deleteCommitment(qint64 id);
    bool mergeCommitments(qint64 from, qint64 into);
    std::optional<qint64> splitCommitment(qint64 id, qint64 sourceId);
    // Conversion rates for totals (undoable like every edit).
    bool setConversionRate(const ConversionRate &rate);
    bool removeConversionRate(const QString &currency, const QString &target);

    static QString nextPillarColor(int index);
    // Whether two annotations say the same (kind, span, pillar, values, note).
    static bool sameContent(const Annotation &a, const Annotation &b);

private:
    bool push(std::unique_ptr<UndoCommand> command);
    bool failDuplicate(const Annotation &existing);
    // The pillar of that name, created (as a step of `macro`) when there is none.
    std::optional<qint64> pillarNamed(const QString &name, MacroCommand *macro);

    LibraryStore m_store;
    UndoStack m_undo;
    QString m_damage;
};

} // namespace Gleaner
