// CommitmentRepository: what other parts of the library ask of commitments
// (the actors for the filters, the evidence links of an annotation, and the
// context of a library-wide proposal run).
#include "library/commitmentrepository.h"
#include "library/sqldialect.h"

#include "library/libraryconnection.h"

#include <QSqlError>
#include <QSqlQuery>

namespace Gleaner {

std::optional<QStringList> CommitmentRepository::actors() const
{
    QSqlQuery query(m_db.database());
    // DISTINCT needs its sort key in the list on a server: pick it, read the name.
    if (!query.exec(QStringLiteral("SELECT actor, %1 AS k FROM commitments WHERE actor <> '' "
                                   "GROUP BY actor ORDER BY k, actor")
                        .arg(Sql::ignoringCase(m_db, QStringLiteral("actor"))))) {
        m_db.failQuery(query, tr("read the commitments"));
        return std::nullopt;
    }
    QStringList actors;
    while (query.next())
        actors << query.value(0).toString();
    return actors;
}

std::optional<QVector<qint64>> CommitmentRepository::evidenceOf(qint64 annotationId) const
{
    QSqlQuery query(m_db.database());
    query.prepare(QStringLiteral("SELECT commitment_id FROM commitment_evidence WHERE annotation_id = ?"));
    query.addBindValue(annotationId);
    if (!m_db.exec(query, tr("read the commitments")))
        return std::nullopt;
    QVector<qint64> ids;
    while (query.next())
        ids << query.value(0).toLongLong();
    return ids;
}

bool CommitmentRepository::linkEvidence(qint64 annotationId, const QVector<qint64> &commitmentIds)
{
    return m_db.transaction(tr("save the commitment"), [&]() {
        QSqlQuery query(m_db.database());
        query.prepare(QStringLiteral("INSERT INTO commitment_evidence (commitment_id, annotation_id) "
                                     "SELECT id, ? FROM commitments WHERE id = ? ON CONFLICT DO NOTHING"));
        for (qint64 id : commitmentIds) {
            query.addBindValue(annotationId);
            query.addBindValue(id);
            if (!m_db.exec(query, tr("save the commitment")))
                return false;
        }
        if (!commitmentIds.isEmpty())
            m_db.commitmentsWereChanged();
        return true;
    });
}

std::optional<CommitmentRepository::ProposalContext> CommitmentRepository::proposalContext() const
{
    ProposalContext context;
    const QString what = tr("read the commitments");
    QSqlQuery query(m_db.database());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT article_id, start_offset, end_offset FROM commitment_sources")))
        return m_db.failQuery(query, what), std::nullopt;
    while (query.next())
        context.sources[query.value(0).toLongLong()]
            << qMakePair(query.value(1).toInt(), query.value(2).toInt());
    if (!query.exec(QStringLiteral("SELECT article_id, start_offset, end_offset FROM suggestion_decisions "
                                   "WHERE kind = 'commitment'")))
        return m_db.failQuery(query, what), std::nullopt;
    while (query.next())
        context.rejected[query.value(0).toLongLong()]
            << qMakePair(query.value(1).toInt(), query.value(2).toInt());
    if (!query.exec(
            QStringLiteral("SELECT n.article_id, n.start_offset, n.end_offset, p.name FROM annotations n "
                           "JOIN pillars p ON p.id = n.pillar_id WHERE n.kind = 'pillar'")))
        return m_db.failQuery(query, what), std::nullopt;
    while (query.next()) {
        Annotation a;
        a.kind = AnnotationKind::Pillar;
        a.articleId = query.value(0).toLongLong();
        a.start = query.value(1).toInt();
        a.end = query.value(2).toInt();
        a.pillarName = query.value(3).toString();
        context.pillarTags[a.articleId] << a;
    }
    if (query.lastError().isValid())
        return m_db.failQuery(query, what), std::nullopt;
    return context;
}

} // namespace Gleaner
