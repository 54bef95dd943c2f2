#include "library/undostack.h"

#include <algorithm>

namespace Gleaner {

bool MacroCommand::redo()
{
    for (std::size_t i = 0; i < m_commands.size(); ++i) {
        if (!m_commands[i]->redo()) {
            // Put back what this macro already did, newest first.
            for (std::size_t j = i; j-- > 0;)
                m_commands[j]->undo();
            return false;
        }
    }
    return true;
}

bool MacroCommand::undo()
{
    for (std::size_t i = m_commands.size(); i-- > 0;) {
        if (!m_commands[i]->undo()) {
            for (std::size_t j = i + 1; j < m_commands.size(); ++j)
                m_commands[j]->redo();
            return false;
        }
    }
    return true;
}

QVector<ChangeScope> MacroCommand::scopes() const
{
    QVector<ChangeScope> all;
    for (const auto &command : m_commands) {
        for (const ChangeScope &scope : command->scopes()) {
            if (!all.contains(scope))
                all << scope;
        }
    }
    return all;
}

bool MacroCommand::commitsAlongsideOthers() const
{
    return !m_commands.empty() && std::all_of(m_commands.begin(), m_commands.end(), [](const auto &command) {
        return command->commitsAlongsideOthers();
    });
}

UndoStack::UndoStack(QObject *parent) : QObject(parent) {}

UndoStack::~UndoStack() = default;

bool UndoStack::push(std::unique_ptr<UndoCommand> command)
{
    UndoCommand *raw = command.get();
    if (!run(*raw, [raw]() { return raw->redo(); })) {
        Q_EMIT commandFailed(command->text());
        return false;
    }
    pushApplied(std::move(command));
    return true;
}

void UndoStack::pushApplied(std::unique_ptr<UndoCommand> command)
{
    m_commands.erase(m_commands.begin() + m_index, m_commands.end());
    m_commands.push_back(std::move(command));
    m_index = int(m_commands.size());
    Q_EMIT changed();
}

bool UndoStack::undo()
{
    if (!canUndo())
        return false;
    UndoCommand *command = m_commands[std::size_t(m_index - 1)].get();
    if (!run(*command, [command]() { return command->undo(); })) {
        Q_EMIT commandFailed(command->text());
        return false;
    }
    --m_index;
    Q_EMIT changed();
    return true;
}

bool UndoStack::redo()
{
    if (!canRedo())
        return false;
    UndoCommand *command = m_commands[std::size_t(m_index)].get();
    if (!run(*command, [command]() { return command->redo(); })) {
        Q_EMIT commandFailed(command->text());
        return false;
    }
    ++m_index;
    Q_EMIT changed();
    return true;
}

void UndoStack::clear()
{
    m_commands.clear();
    m_index = 0;
    Q_EMIT changed();
}

int UndoStack::dropConflicting(const QVector<ChangeScope> &theirs)
{
    const auto overtaken = [&theirs](const UndoCommand &command) {
        const QVector<ChangeScope> mine = command.scopes();
        return std::any_of(mine.begin(), mine.end(), [&theirs](const ChangeScope &scope) {
            return std::any_of(theirs.begin(), theirs.end(),
                               [&scope](const ChangeScope &their) { return conflicts(scope, their); });
        });
    };
    int dropped = 0;
    // Redo runs upwards from the index: nothing from the first overtaken step on.
    for (int i = m_index; i < int(m_commands.size()); ++i) {
        if (overtaken(*m_commands[std::size_t(i)])) {
            dropped += int(m_commands.size()) - i;
            m_commands.erase(m_commands.begin() + i, m_commands.end());
            break;
        }
    }
    // Undo runs downwards: nothing from the newest overtaken step back.
    for (int i = m_index; i-- > 0;) {
        if (overtaken(*m_commands[std::size_t(i)])) {
            dropped += i + 1;
            m_commands.erase(m_commands.begin(), m_commands.begin() + i + 1);
            m_index -= i + 1;
            break;
        }
    }
    if (dropped > 0)
        Q_EMIT changed();
    return dropped;
}

QString UndoStack::undoText() const
{
    return canUndo() ? m_commands[std::size_t(m_index - 1)]->text() : QString();
}

QString UndoStack::redoText() const
{
    return canRedo() ? m_commands[std::size_t(m_index)]->text() : QString();
}

} // namespace Gleaner
