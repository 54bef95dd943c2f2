// LibraryConnection: transactions (one writer, or writers side by side on a
// server), nested steps as savepoints, and the change signals a transaction
// sends once it is committed.
#include "library/libraryconnection.h"

#include <QSqlQuery>

namespace Gleaner {

bool LibraryConnection::relaxedTransaction(const QString &what, const std::function<bool()> &work)
{
    if (m_depth > 0 || !isOpen() || m_readOnly || isServer())
        return transaction(what, work);
    // Outside a transaction, so the setting applies to this commit alone.
    QSqlQuery relax(database());
    relax.exec(QStringLiteral("PRAGMA synchronous = NORMAL"));
    const bool ok = transaction(what, work);
    QSqlQuery restore(database());
    if (!restore.exec(QStringLiteral("PRAGMA synchronous = FULL")))
        return failQuery(restore, what);
    return ok;
}

bool LibraryConnection::transaction(const QString &what, const std::function<bool()> &work)
{
    return runTransaction(what, work, Writers::OneAtATime);
}

bool LibraryConnection::concurrentTransaction(const QString &what, const std::function<bool()> &work)
{
    return runTransaction(what, work, Writers::Concurrent);
}

bool LibraryConnection::runTransaction(const QString &what, const std::function<bool()> &work,
                                       Writers writers)
{
    if (!isOpen())
        return fail(LibraryError::Code::Database, tr("Could not %1: no library is open.").arg(what));
    if (m_readOnly)
        return fail(
            LibraryError::Code::ReadOnly,
            tr("Could not %1: the library “%2” is open read-only. Work on a copy: File ▸ Save Library "
               "As… in the window, or copy the file to a folder you can write to.")
                .arg(what, displayName()));
    const bool outer = m_depth == 0;
    const QString savepoint = QStringLiteral("gleaner_step_%1").arg(m_depth);
    QSqlQuery begin(database());
    const QString beginOuter = isServer() ? QStringLiteral("BEGIN") : QStringLiteral("BEGIN IMMEDIATE");
    if (!begin.exec(outer ? beginOuter : QStringLiteral("SAVEPOINT ") + savepoint))
        return failQuery(begin, what);
    if (outer && isServer() && !takeWriterLock(what, writers))
        return false;
    const qsizetype pendingBefore = m_pending.size();
    ++m_depth;
    m_error = {};
    const bool ok = work();
    --m_depth;
    auto rollback = [&]() {
        const LibraryError error = m_error;
        QSqlQuery undo(database());
        if (outer) {
            undo.exec(QStringLiteral("ROLLBACK"));
            m_pending.clear();
        } else {
            undo.exec(QStringLiteral("ROLLBACK TO ") + savepoint);
            undo.exec(QStringLiteral("RELEASE ") + savepoint);
            m_pending.resize(pendingBefore);
        }
        m_error = error;
        return false;
    };
    if (!ok) {
        if (!m_error.isError())
            fail(LibraryError::Code::Database, tr("Could not %1.").arg(what));
        return rollback();
    }
    QSqlQuery end(database());
    if (!end.exec(outer ? QStringLiteral("COMMIT") : QStringLiteral("RELEASE ") + savepoint)) {
        failQuery(end, what);
        return rollback();
    }
    if (outer) {
        const QVector<ChangeScope> changes = std::exchange(m_pending, {});
        QVector<ChangeScope> sent;
        for (const ChangeScope &change : changes) {
            if (sent.contains(change))
                continue;
            sent << change;
            emitChange(change);
        }
    }
    return true;
}

void LibraryConnection::queue(const ChangeScope &change)
{
    if (m_depth > 0)
        m_pending << change;
    else
        emitChange(change);
}

void LibraryConnection::emitChange(const ChangeScope &change)
{
    switch (change.kind) {
    case ChangeScope::ArticleAdded:
        Q_EMIT articleAdded(change.id);
        break;
    case ChangeScope::Article:
        Q_EMIT articleChanged(change.id);
        break;
    case ChangeScope::ArticleRemoved:
        Q_EMIT articleRemoved(change.id);
        break;
    case ChangeScope::Annotations:
        Q_EMIT annotationsChanged(change.id);
        break;
    case ChangeScope::Pillars:
        Q_EMIT pillarsChanged();
        break;
    case ChangeScope::Commitments:
        Q_EMIT commitmentsChanged();
        break;
    case ChangeScope::Feeds:
        Q_EMIT feedsChanged();
        break;
    }
}

} // namespace Gleaner
