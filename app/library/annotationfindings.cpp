#include "library/annotationfindings.h"
#include "library/sqldialect.h"

#include "library/annotationrepository.h"
#include "library/libraryconnection.h"
#include "library/searchcondition.h"

#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

namespace Gleaner {

namespace {
QString quoted(QString term)
{
    term.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + term + QLatin1Char('"');
}

// The article columns after the annotation's, in this order.
enum { ColTitle = 21, ColSite, ColPublished, ColUrl }; // after AnnotationRepository::kSelect's
} // namespace

QString AnnotationFindings::whereSql(const FindingFilter &f, QVariantList *binds) const
{
    QStringList where;
    if (f.kinds != 0) {
        QStringList kinds;
        for (AnnotationKind k : {AnnotationKind::Pillar, AnnotationKind::Amount, AnnotationKind::Deadline,
                                 AnnotationKind::Note}) {
            if (f.kinds & (1 << int(k))) {
                kinds << QStringLiteral("?");
                *binds << kindName(k);
            }
        }
        where << QStringLiteral("n.kind IN (%1)").arg(kinds.join(QLatin1String(", ")));
    }
    if (f.afterId > 0) {
        where << QStringLiteral("n.id > ?");
        *binds << f.afterId;
    }
    if (f.pillarId > 0) {
        where << QStringLiteral("n.pillar_id = ?");
        *binds << f.pillarId;
    }
    if (!f.site.isEmpty()) {
        where << Sql::equalsIgnoringCase(m_db, QStringLiteral("a.site"));
        *binds << f.site;
    }
    if (!f.actor.isEmpty()) {
        where << QStringLiteral(
                     "n.id IN (SELECT e.annotation_id FROM commitment_evidence e JOIN commitments c "
                     "ON c.id = e.commitment_id WHERE %1)")
                     .arg(Sql::equalsIgnoringCase(m_db, QStringLiteral("c.actor")));
        *binds << f.actor;
    }
    if (!f.currency.isEmpty()) {
        where << QStringLiteral("n.currency = ?");
        *binds << f.currency.toUpper();
    }
    const std::pair<const char *, QDate> ranges[] = {{"a.published >= ?", f.publishedFrom},
                                                     {"a.published <= ?", f.publishedTo},
                                                     {"n.due >= ?", f.dueFrom},
                                                     {"n.due <= ?", f.dueTo}};
    for (const auto &[condition, date] : ranges) {
        if (date.isValid()) {
            where << QLatin1String(condition);
            *binds << date.toString(Qt::ISODate);
        }
    }
    // Words go to the index that can find them, as in the article search.
    const QStringList searched =
        f.search.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
    if (m_db.isServer()) {
        if (const QString match = SearchCondition::serverMatch(QStringLiteral("n.quote"),
                                                               QStringLiteral("n.note"), searched, binds);
            !match.isEmpty())
            where << match;
        return where.isEmpty() ? QString() : QLatin1String(" WHERE ") + where.join(QLatin1String(" AND "));
    }
    QStringList words, cjkWords;
    for (const QString &word : searched) {
        if (!SearchCondition::hasCjk(word)) {
            words << quoted(word) + QLatin1Char('*');
        } else if (word.toUcs4().size() >= 3) {
            cjkWords << quoted(word);
        } else {
            where << QStringLiteral("instr(n.quote || ' ' || coalesce(n.note, ''), ?) > 0");
            *binds << word;
        }
    }
    if (!words.isEmpty()) {
        where << QStringLiteral("n.id IN (SELECT rowid FROM annotations_fts WHERE annotations_fts MATCH ?)");
        *binds << words.join(QLatin1Char(' '));
    }
    if (!cjkWords.isEmpty()) {
        where << QStringLiteral("n.id IN (SELECT rowid FROM annotations_cjk WHERE annotations_cjk MATCH ?)");
        *binds << cjkWords.join(QLatin1Char(' '));
    }
    return where.isEmpty() ? QString() : QLatin1String(" WHERE ") + where.join(QLatin1String(" AND "));
}

std::optional<QVector<Finding>> AnnotationFindings::page(const FindingFilter &filter, Sort sort,
                                                         Qt::SortOrder order, int offset, int limit) const
{
    QString orderBy;
    switch (sort) {
    case Sort::Newest:
        orderBy = QStringLiteral("n.id");
        break;
    case Sort::Kind:
        orderBy = QStringLiteral("n.kind %1, n.id");
        break;
    case Sort::Quote:
        orderBy = Sql::ignoringCase(m_db, QStringLiteral("n.quote")) + QStringLiteral(" %1, n.id");
        break;
    case Sort::Value:
        orderBy = m_db.isServer()
                      ? QStringLiteral(
                            "coalesce(n.currency, n.unit) %1, CAST(n.amount AS double precision) %1, n.id")
                      : QStringLiteral("coalesce(n.currency, n.unit) %1, CAST(n.amount AS REAL) %1, n.id");
        break;
    case Sort::Pillar:
        orderBy = QStringLiteral("p.name IS NULL, ") + Sql::ignoringCase(m_db, QStringLiteral("p.name")) +
                  QStringLiteral(" %1, n.id");
        break;
    case Sort::Due:
        orderBy = QStringLiteral("n.due IS NULL, n.due %1, n.id");
        break;
    case Sort::Article:
        orderBy =
            Sql::ignoringCase(m_db, QStringLiteral("a.title")) + QStringLiteral(" %1, n.start_offset, n.id");
        break;
    case Sort::Published:
        orderBy = QStringLiteral("a.published IS NULL, a.published %1, n.id");
        break;
    }
    const QString direction = order == Qt::AscendingOrder ? QStringLiteral("ASC") : QStringLiteral("DESC");
    orderBy = orderBy.contains(QLatin1String("%1")) ? orderBy.arg(direction)
                                                    : orderBy + QLatin1Char(' ') + direction;
    QString select = QLatin1String(AnnotationRepository::kSelect);
    select.replace(QLatin1String(" FROM annotations n"),
                   QLatin1String(", a.title, a.site, a.published, a.url FROM annotations n"));
    QVariantList binds;
    QSqlQuery query(m_db.database());
    query.setForwardOnly(true);
    query.prepare(select + QLatin1String(" JOIN articles a ON a.id = n.article_id") +
                  whereSql(filter, &binds) +
                  QStringLiteral(" ORDER BY %1 LIMIT %2 OFFSET %3")
                      .arg(orderBy, Sql::limitText(m_db, limit))
                      .arg(offset));
    for (const QVariant &b : std::as_const(binds))
        query.addBindValue(b);
    if (!m_db.exec(query, tr("list the findings")))
        return std::nullopt;
    QVector<Finding> result;
    while (query.next())
        result << Finding{AnnotationRepository::fromQuery(query), query.value(ColTitle).toString(),
                          query.value(ColSite).toString(),
                          QDate::fromString(query.value(ColPublished).toString(), Qt::ISODate),
                          query.value(ColUrl).toString()};
    if (query.lastError().isValid()) {
        m_db.failQuery(query, tr("list the findings"));
        return std::nullopt;
    }
    return result;
}

std::optional<int> AnnotationFindings::count(const FindingFilter &filter, int cap) const
{
    QVariantList binds;
    QSqlQuery query(m_db.database());
    const QString where = whereSql(filter, &binds);
    query.prepare(
        cap == std::numeric_limits<int>::max()
            ? QStringLiteral("SELECT count(*) FROM annotations n JOIN articles a ON a.id = n.article_id") +
                  where
            : QStringLiteral("SELECT count(*) FROM (SELECT 1 FROM annotations n JOIN articles a ON "
                             "a.id = n.article_id%1 LIMIT %2) AS capped")
                  .arg(where)
                  .arg(cap));
    for (const QVariant &b : std::as_const(binds))
        query.addBindValue(b);
    if (!m_db.exec(query, tr("count the findings")) || !query.next()) {
        if (query.lastError().isValid())
            m_db.failQuery(query, tr("count the findings"));
        return std::nullopt;
    }
    return query.value(0).toInt();
}

} // namespace Gleaner
