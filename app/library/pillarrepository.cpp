#include "library/pillarrepository.h"

#include "library/libraryconnection.h"
#include "library/sqldialect.h"
#include "library/sqlvalues.h"

#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

namespace Gleaner {

namespace {
const char kPillarSelect[] = "SELECT p.id, p.name, p.color, p.description, "
                             "(SELECT count(*) FROM annotations n WHERE n.pillar_id = p.id) FROM pillars p";
enum PillarColumn { ColId, ColName, ColColor, ColDescription, ColCount };

Pillar fromQuery(const QSqlQuery &query)
{
    Pillar p;
    p.id = query.value(ColId).toLongLong();
    p.name = query.value(ColName).toString();
    p.color = query.value(ColColor).toString();
    p.description = query.value(ColDescription).toString();
    p.annotationCount = query.value(ColCount).toInt();
    return p;
}
} // namespace

bool PillarRepository::isValidColor(const QString &color)
{
    static const QRegularExpression re(QStringLiteral("^#[0-9a-fA-F]{6}$"));
    return color.isEmpty() || re.match(color).hasMatch();
}

std::optional<qint64> PillarRepository::add(const QString &rawName, const QString &color,
                                            const QString &description)
{
    const QString name = rawName.simplified();
    if (name.isEmpty()) {
        m_db.fail(LibraryError::Code::InvalidInput, tr("A pillar needs a name."));
        return std::nullopt;
    }
    if (!isValidColor(color)) {
        m_db.fail(LibraryError::Code::InvalidInput,
                  tr("“%1” is not a color; write it as #rrggbb.").arg(color));
        return std::nullopt;
    }
    qint64 id = 0;
    const bool ok = m_db.transaction(tr("add the pillar"), [&]() {
        const std::optional<Pillar> existing = find(name);
        if (!existing)
            return false;
        if (existing->id > 0)
            return m_db.fail(
                LibraryError::Code::Conflict,
                tr("There is already a pillar named “%1” (names ignore case). Choose another name.")
                    .arg(existing->name));
        QSqlQuery query(m_db.database());
        query.prepare(
            QStringLiteral("INSERT INTO pillars (name, color, description, created_at) VALUES (?, ?, ?, ?) "
                           "RETURNING id"));
        query.addBindValue(name);
        query.addBindValue(Sql::notNull(color));
        query.addBindValue(Sql::notNull(description));
        query.addBindValue(Sql::timestamp(QDateTime::currentDateTimeUtc()));
        if (!m_db.exec(query, tr("add the pillar")))
            return false;
        if (!query.next())
            return m_db.failQuery(query, tr("add the pillar"));
        id = query.value(0).toLongLong();
        m_db.pillarsWereChanged();
        return true;
    });
    return ok ? std::optional<qint64>(id) : std::nullopt;
}

bool PillarRepository::restore(const Pillar &pillar)
{
    return m_db.transaction(tr("restore the pillar"), [&]() {
        QSqlQuery query(m_db.database());
        query.prepare(QStringLiteral(
            "INSERT INTO pillars (id, name, color, description, created_at) VALUES (?, ?, ?, ?, ?)"));
        query.addBindValue(pillar.id);
        query.addBindValue(pillar.name);
        query.addBindValue(Sql::notNull(pillar.color));
        query.addBindValue(Sql::notNull(pillar.description));
        query.addBindValue(Sql::timestamp(QDateTime::currentDateTimeUtc()));
        if (!m_db.exec(query, tr("restore the pillar")))
            return false;
        m_db.pillarsWereChanged();
        return true;
    });
}

bool PillarRepository::rename(qint64 id, const QString &rawName, const QString &seen)
{
    const QString name = rawName.simplified();
    if (name.isEmpty())
        return m_db.fail(LibraryError::Code::InvalidInput, tr("A pillar needs a name."));
    return m_db.transaction(tr("rename the pillar"), [&]() {
        const std::optional<Pillar> existing = find(name);
        if (!existing)
            return false;
        if (existing->id > 0 && existing->id != id)
            return m_db.fail(
                LibraryError::Code::Conflict,
                tr("There is already a pillar named “%1”. To combine the two, merge them instead.")
                    .arg(name));
        QSqlQuery query(m_db.database());
        query.prepare(QStringLiteral("UPDATE pillars SET name = ? WHERE id = ?") +
                      (seen.isEmpty() ? QString() : QStringLiteral(" AND name = ?")));
        query.addBindValue(name);
        query.addBindValue(id);
        if (!seen.isEmpty())
            query.addBindValue(seen.simplified()); // as stored
        if (!m_db.exec(query, tr("rename the pillar")))
            return false;
        if (query.numRowsAffected() != 1)
            return failUnchanged(id, seen.isEmpty() ? QString() : seen);
        m_db.pillarsWereChanged();
        return true;
    });
}

bool PillarRepository::failUnchanged(qint64 id, const QString &seenName) const
{
    if (!seenName.isEmpty() && get(id))
        return m_db.fail(
            LibraryError::Code::Stale,
            tr("Someone else changed the pillar “%1” after you saw it; your change was not saved, "
               "and theirs is shown. Make your change again if it is still needed.")
                .arg(seenName));
    return m_db.fail(LibraryError::Code::InvalidInput, tr("There is no pillar %1 in this library.").arg(id));
}

bool PillarRepository::update(qint64 id, const QString &color, const QString &description, const Pillar *seen)
{
    if (!isValidColor(color))
        return m_db.fail(LibraryError::Code::InvalidInput,
                         tr("“%1” is not a color; write it as #rrggbb.").arg(color));
    return m_db.transaction(tr("change the pillar"), [&]() {
        QSqlQuery query(m_db.database());
        query.prepare(QStringLiteral("UPDATE pillars SET color = ?, description = ? WHERE id = ?") +
                      (seen ? QStringLiteral(" AND color = ? AND description = ?") : QString()));
        query.addBindValue(Sql::notNull(color));
        query.addBindValue(Sql::notNull(description));
        query.addBindValue(id);
        if (seen) {
            query.addBindValue(Sql::notNull(seen->color));
            query.addBindValue(Sql::notNull(seen->description));
        }
        if (!m_db.exec(query, tr("change the pillar")))
            return false;
        if (query.numRowsAffected() != 1)
            return failUnchanged(id, seen ? seen->name : QString());
        m_db.pillarsWereChanged();
        return true;
    });
}

namespace {
QVector<qint64> ids(QSqlQuery &query)
{
    QVector<qint64> result;
    while (query.next())
        result << query.value(0).toLongLong();
    return result;
}
} // namespace

std::optional<PillarMerge> PillarRepository::merge(qint64 from, qint64 into, const QDateTime &stamp)
{
    if (from == into) {
        m_db.fail(LibraryError::Code::InvalidInput, tr("A pillar cannot be merged into itself."));
        return std::nullopt;
    }
    PillarMerge moved;
    moved.into = into;
    const QString what = tr("merge the pillars");
    const auto run = [&](const QString &sql, QVector<qint64> *result) {
        QSqlQuery query(m_db.database());
        query.prepare(sql);
        const int binds = int(sql.count(QLatin1Char('?')));
        for (int i = 0; i < binds; ++i) // each statement binds from, then into
            query.addBindValue(i == 0 ? from : into);
        if (!m_db.exec(query, what))
            return false;
        if (result)
            *result = ids(query);
        return !query.lastError().isValid() || m_db.failQuery(query, what);
    };
    const bool ok = m_db.transaction(what, [&]() {
        if (!get(from) || !get(into))
            return false;
        QSqlQuery annotations(m_db.database());
        annotations.prepare(
            QStringLiteral("SELECT id, updated_at FROM annotations WHERE pillar_id = ? ORDER BY id"));
        annotations.addBindValue(from);
        if (!m_db.exec(annotations, what))
            return false;
        while (annotations.next()) {
            moved.annotations << annotations.value(0).toLongLong();
            moved.versions << Sql::parseTimestamp(annotations.value(1).toString());
        }
        if (annotations.lastError().isValid())
            return m_db.failQuery(annotations, what);
        if (!run(QStringLiteral("SELECT commitment_id FROM commitment_pillars WHERE pillar_id = ? AND "
                                "commitment_id NOT IN (SELECT commitment_id FROM commitment_pillars WHERE "
                                "pillar_id = ?)"),
                 &moved.commitments))
            return false;
        if (!run(QStringLiteral("SELECT commitment_id FROM commitment_pillars WHERE pillar_id = ? AND "
                                "commitment_id IN (SELECT commitment_id FROM commitment_pillars WHERE "
                                "pillar_id = ?)"),
                 &moved.commitmentsHadBoth))
            return false;
        QSqlQuery update(m_db.database());
        update.prepare(
            QStringLiteral("UPDATE annotations SET pillar_id = ?, updated_at = ? WHERE pillar_id = ?"));
        moved.stamp =
            stamp.isValid() ? stamp : Sql::parseTimestamp(Sql::timestamp(QDateTime::currentDateTimeUtc()));
        update.addBindValue(into);
        update.addBindValue(Sql::timestamp(moved.stamp));
        update.addBindValue(from);
        if (!m_db.exec(update, what))
            return false;
        // A commitment that had both keeps `into` once; the rest move to it.
        QSqlQuery move(m_db.database());
        move.prepare(QStringLiteral("UPDATE commitment_pillars SET pillar_id = ? WHERE pillar_id = ? AND "
                                    "commitment_id NOT IN (SELECT commitment_id FROM commitment_pillars "
                                    "WHERE pillar_id = ?)"));
        move.addBindValue(into);
        move.addBindValue(from);
        move.addBindValue(into);
        if (!m_db.exec(move, what))
            return false;
        if (!run(QStringLiteral("DELETE FROM commitment_pillars WHERE pillar_id = ?"), nullptr) ||
            !run(QStringLiteral("DELETE FROM pillars WHERE id = ?"), nullptr))
            return false;
        m_db.pillarsWereChanged();
        m_db.annotationsWereChanged(0);
        m_db.commitmentsWereChanged();
        return true;
    });
    return ok ? std::optional<PillarMerge>(moved) : std::nullopt;
}

bool PillarRepository::unmerge(const Pillar &pillar, const PillarMerge &moved)
{
    return m_db.transaction(tr("undo the merge"), [&]() {
        if (!restore(pillar))
            return false;
        QSqlQuery update(m_db.database());
        update.prepare(QStringLiteral("UPDATE annotations SET pillar_id = ?, updated_at = ? WHERE id = ? AND "
                                      "pillar_id = ? AND updated_at = ?"));
        for (int i = 0; i < moved.annotations.size(); ++i) {
            update.addBindValue(pillar.id);
            update.addBindValue(Sql::timestamp(moved.versions.value(i, moved.stamp)));
            update.addBindValue(moved.annotations.at(i));
            update.addBindValue(moved.into);
            update.addBindValue(Sql::timestamp(moved.stamp));
            if (!m_db.exec(update, tr("undo the merge")))
                return false;
        }
        QSqlQuery back(m_db.database());
        back.prepare(QStringLiteral("INSERT INTO commitment_pillars (commitment_id, pillar_id) "
                                    "VALUES (?, ?) ON CONFLICT DO NOTHING"));
        QSqlQuery drop(m_db.database());
        drop.prepare(
            QStringLiteral("DELETE FROM commitment_pillars WHERE commitment_id = ? AND pillar_id = ?"));
        for (qint64 id : moved.commitments) {
            drop.addBindValue(id);
            drop.addBindValue(moved.into);
            if (!m_db.exec(drop, tr("undo the merge")))
                return false;
        }
        for (const QVector<qint64> *list : {&moved.commitments, &moved.commitmentsHadBoth}) {
            for (qint64 id : *list) {
                back.addBindValue(id);
                back.addBindValue(pillar.id);
                if (!m_db.exec(back, tr("undo the merge")))
                    return false;
            }
        }
        m_db.annotationsWereChanged(0);
        m_db.commitmentsWereChanged();
        return true;
    });
}

bool PillarRepository::remove(qint64 id)
{
    return m_db.transaction(tr("delete the pillar"), [&]() {
        const std::optional<Pillar> p = get(id);
        if (!p)
            return false;
        if (p->annotationCount > 0)
            return m_db.fail(
                LibraryError::Code::Conflict,
                tr("The pillar “%1” is used by %n annotation(s). Merge it into another pillar first.", "",
                   p->annotationCount)
                    .arg(p->name));
        QSqlQuery used(m_db.database());
        used.prepare(QStringLiteral("SELECT count(*) FROM commitment_pillars WHERE pillar_id = ?"));
        used.addBindValue(id);
        if (!m_db.exec(used, tr("delete the pillar")) || !used.next())
            return m_db.failQuery(used, tr("delete the pillar"));
        if (const int n = used.value(0).toInt(); n > 0)
            return m_db.fail(
                LibraryError::Code::Conflict,
                tr("The pillar “%1” is used by %n commitment(s). Merge it into another pillar first.", "", n)
                    .arg(p->name));
        QSqlQuery query(m_db.database());
        query.prepare(QStringLiteral("DELETE FROM pillars WHERE id = ?"));
        query.addBindValue(id);
        if (!m_db.exec(query, tr("delete the pillar")))
            return false;
        m_db.pillarsWereChanged();
        return true;
    });
}

std::optional<QVector<Pillar>> PillarRepository::all() const
{
    QSqlQuery query(m_db.database());
    query.prepare(QLatin1String(kPillarSelect) + QLatin1String(" ORDER BY p.id"));
    if (!m_db.exec(query, tr("read the pillars")))
        return std::nullopt;
    QVector<Pillar> result;
    while (query.next())
        result << fromQuery(query);
    if (query.lastError().isValid()) {
        m_db.failQuery(query, tr("read the pillars"));
        return std::nullopt;
    }
    return result;
}

std::optional<Pillar> PillarRepository::get(qint64 id) const
{
    QSqlQuery query(m_db.database());
    query.prepare(QLatin1String(kPillarSelect) + QLatin1String(" WHERE p.id = ?"));
    query.addBindValue(id);
    if (!m_db.exec(query, tr("read the pillar")))
        return std::nullopt;
    if (query.next())
        return fromQuery(query);
    if (query.lastError().isValid())
        m_db.failQuery(query, tr("read the pillar"));
    else
        m_db.fail(LibraryError::Code::InvalidInput, tr("There is no pillar %1 in this library.").arg(id));
    return std::nullopt;
}

std::optional<Pillar> PillarRepository::find(const QString &name) const
{
    QSqlQuery query(m_db.database());
    // The column ignores case in SQLite; a server's unique index is on lower(name).
    query.prepare(QLatin1String(kPillarSelect) + QLatin1String(" WHERE ") +
                  (m_db.isServer() ? Sql::equalsIgnoringCase(m_db, QStringLiteral("p.name"))
                                   : QStringLiteral("p.name = ?")));
    query.addBindValue(name.simplified());
    if (!m_db.exec(query, tr("read the pillar")))
        return std::nullopt;
    if (query.next())
        return fromQuery(query);
    if (query.lastError().isValid()) {
        m_db.failQuery(query, tr("read the pillar"));
        return std::nullopt;
    }
    return Pillar{};
}

} // namespace Gleaner
