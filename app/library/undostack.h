#pragma once

#include "library/changescope.h"

#include <QObject>
#include <QString>

#include <functional>
#include <memory>
#include <vector>

namespace Gleaner {

// One reversible change to a library. redo() and undo() return false when the
// library refused the change (the error is in LibraryStore::lastError()).
class UndoCommand
{
public:
    explicit UndoCommand(const QString &text) : m_text(text) {}
    virtual ~UndoCommand() = default;
    UndoCommand(const UndoCommand &) = delete;
    UndoCommand &operator=(const UndoCommand &) = delete;

    virtual bool redo() = 0;
    virtual bool undo() = 0;
    // What undoing or redoing it would write (see ChangeScope's conflicts()).
    virtual QVector<ChangeScope> scopes() const = 0;
    // Whether it may commit alongside other users' changes of the same kind
    // (LibraryConnection::concurrentTransaction): it reads nothing that the
    // database's keys and the rows' versions do not keep true.
    virtual bool commitsAlongsideOthers() const { return false; }
    QString text() const { return m_text; }

private:
    QString m_text;
};

// Several commands undone and redone as one (a bulk edit).
class MacroCommand : public UndoCommand
{
public:
    explicit MacroCommand(const QString &text) : UndoCommand(text) {}
    void add(std::unique_ptr<UndoCommand> command) { m_commands.push_back(std::move(command)); }
    bool isEmpty() const { return m_commands.empty(); }
    bool redo() override;
    bool undo() override;
    QVector<ChangeScope> scopes() const override;
    bool commitsAlongsideOthers() const override;

private:
    std::vector<std::unique_ptr<UndoCommand>> m_commands;
};

// The undo history of a library. QUndoStack lives in QtGui since Qt 6, and the
// core links no GUI module, so Gleaner keeps this small equivalent here; the
// window builds its Undo/Redo actions on top of its signals.
class UndoStack : public QObject
{
    Q_OBJECT
public:
    explicit UndoStack(QObject *parent = nullptr);
    ~UndoStack() override;

    // How each step runs: as it is by default; LibraryDocument runs it in one
    // transaction, so that the history moves only once the step is committed.
    using Runner = std::function<bool(const UndoCommand &command, const std::function<bool()> &step)>;
    void setRunner(Runner runner) { m_runner = std::move(runner); }

    // Runs the command's redo(); keeps it in the history only if that succeeded.
    bool push(std::unique_ptr<UndoCommand> command);
    // Records a command whose redo() the caller already ran successfully.
    void pushApplied(std::unique_ptr<UndoCommand> command);
    bool undo();
    bool redo();
    void clear();
    // Other users changed `theirs`: the steps whose undo or redo would write over
    // that, and every step behind them, leave the history; the rest stay.
    // Returns how many left.
    int dropConflicting(const QVector<ChangeScope> &theirs);

    bool canUndo() const { return m_index > 0; }
    bool canRedo() const { return m_index < int(m_commands.size()); }
    QString undoText() const;
    QString redoText() const;
    int count() const { return int(m_commands.size()); }
    int index() const { return m_index; }

Q_SIGNALS:
    void changed(); // index, texts, canUndo or canRedo may have changed
    void commandFailed(const QString &commandText);

private:
    bool run(const UndoCommand &command, const std::function<bool()> &step) const
    {
        return m_runner ? m_runner(command, step) : step();
    }

    std::vector<std::unique_ptr<UndoCommand>> m_commands;
    int m_index = 0;
    Runner m_runner;
};

} // namespace Gleaner
