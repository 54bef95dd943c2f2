#include "library/annotationrepository.h"

#include "library/libraryconnection.h"
#include "library/sqldialect.h"
#include "library/sqlvalues.h"
#include "util/currencies.h"
#include "util/decimal.h"

#include <QSqlError>
#include <QSqlQuery>

namespace Gleaner {

const char AnnotationRepository::kSelect[] =
    "SELECT n.id, n.article_id, n.kind, n.start_offset, n.end_offset, n.quote, n.prefix, n.suffix, "
    "n.pillar_id, "
    "p.name, n.amount, n.currency, n.unit, n.qualifier, n.due, n.precision, n.note, n.origin, n.created_at, "
    "n.updated_at, n.created_by FROM annotations n LEFT JOIN pillars p ON p.id = n.pillar_id";

namespace {

// The columns of AnnotationRepository::kSelect, in order.
enum AnnotationColumn {
    ColId,
    ColArticle,
    ColKind,
    ColStart,
    ColEnd,
    ColQuote,
    ColPrefix,
    ColSuffix,
    ColPillarId,
    ColPillarName,
    ColAmount,
    ColCurrency,
    ColUnit,
    ColQualifier,
    ColDue,
    ColPrecision,
    ColNote,
    ColOrigin,
    ColCreatedAt,
    ColUpdatedAt,
    ColCreatedBy,
};

} // namespace

// The columns of AnnotationRepository::kSelect come first in the query; others may follow.
Annotation AnnotationRepository::fromQuery(const QSqlQuery &query)
{
    Annotation a;
    a.id = query.value(ColId).toLongLong();
    a.articleId = query.value(ColArticle).toLongLong();
    kindFromName(query.value(ColKind).toString(), &a.kind);
    a.start = query.value(ColStart).toInt();
    a.end = query.value(ColEnd).toInt();
    a.quote = query.value(ColQuote).toString();
    a.prefix = query.value(ColPrefix).toString();
    a.suffix = query.value(ColSuffix).toString();
    a.pillarId = query.value(ColPillarId).toLongLong();
    a.pillarName = query.value(ColPillarName).toString();
    a.amount = query.value(ColAmount).toString();
    a.currency = query.value(ColCurrency).toString();
    a.unit = query.value(ColUnit).toString();
    a.qualifier = query.value(ColQualifier).toString();
    a.due = QDate::fromString(query.value(ColDue).toString(), Qt::ISODate);
    precisionFromName(query.value(ColPrecision).toString(), &a.precision);
    a.note = query.value(ColNote).toString();
    originFromName(query.value(ColOrigin).toString(), &a.origin);
    a.createdAt = Sql::parseTimestamp(query.value(ColCreatedAt).toString());
    a.updatedAt = Sql::parseTimestamp(query.value(ColUpdatedAt).toString());
    a.author = query.value(ColCreatedBy).toString();
    return a;
}

namespace {
// The values of an annotation in the order of the INSERT and UPDATE statements below.
void bindValues(QSqlQuery &query, const Annotation &a)
{
    query.addBindValue(a.articleId);
    query.addBindValue(kindName(a.kind));
    query.addBindValue(a.start);
    query.addBindValue(a.end);
    query.addBindValue(Sql::notNull(a.quote));
    query.addBindValue(Sql::notNull(a.prefix));
    query.addBindValue(Sql::notNull(a.suffix));
    query.addBindValue(Sql::idOrNull(a.pillarId));
    query.addBindValue(Sql::nullIfEmpty(a.amount));
    query.addBindValue(Sql::nullIfEmpty(a.currency));
    query.addBindValue(Sql::nullIfEmpty(a.unit));
    query.addBindValue(Sql::nullIfEmpty(a.qualifier));
    query.addBindValue(Sql::dateOrNull(a.due));
    query.addBindValue(a.due.isValid() ? QVariant(precisionName(a.precision))
                                       : QVariant(QMetaType(QMetaType::QString)));
    query.addBindValue(Sql::nullIfEmpty(a.note));
    query.addBindValue(originName(a.origin));
}
} // namespace

bool AnnotationRepository::validate(Annotation *a) const
{
    QSqlQuery query(m_db.database());
    query.prepare(QStringLiteral("SELECT text FROM articles WHERE id = ?"));
    query.addBindValue(a->articleId);
    if (!m_db.exec(query, tr("read the article")))
        return false;
    if (!query.next()) {
        if (query.lastError().isValid())
            return m_db.failQuery(query, tr("read the article"));
        return m_db.fail(
            LibraryError::Code::InvalidInput,
            tr("There is no article %1 in this library. Run “gleaner list” to see the article ids.")
                .arg(a->articleId));
    }
    const QString text = query.value(0).toString();
    if (a->start < 0 || a->end <= a->start || a->end > text.size())
        return m_db.fail(LibraryError::Code::InvalidInput,
                         tr("The range %1–%2 is not inside the article's text, which is %3 characters long "
                            "(UTF-16 units); the start must be smaller than the end.")
                             .arg(a->start)
                             .arg(a->end)
                             .arg(text.size()));
    for (const int offset : {a->start, a->end}) {
        if (splitsSurrogatePair(text, offset))
            return m_db.fail(
                LibraryError::Code::InvalidInput,
                tr("The offset %1 falls inside a character written with two UTF-16 units (such as "
                   "an emoji); start or end the annotation one unit before or after it.")
                    .arg(offset));
    }
    a->quote = text.mid(a->start, a->end - a->start);
    const int prefixStart = qMax(0, a->start - kContextLength);
    a->prefix = text.mid(prefixStart, a->start - prefixStart);
    a->suffix = text.mid(a->end, kContextLength);
    // The context must not cut a character in two either.
    if (!a->prefix.isEmpty() && a->prefix.front().isLowSurrogate())
        a->prefix.remove(0, 1);
    if (!a->suffix.isEmpty() && a->suffix.back().isHighSurrogate())
        a->suffix.chop(1);
    if (!a->amount.isEmpty() && !PlainDecimal::isValid(a->amount))
        return m_db.fail(
            LibraryError::Code::InvalidInput,
            tr("“%1” is not a decimal number. Write the amount with digits and an optional decimal "
               "point, without separators, e.g. 10000000000 or 2.5.")
                .arg(a->amount));
    if (!a->currency.isEmpty()) {
        a->currency = a->currency.toUpper();
        if (!Currencies::isKnown(a->currency))
            return m_db.fail(
                LibraryError::Code::InvalidInput,
                tr("“%1” is not a known ISO 4217 currency code. Use a three-letter code such as USD, "
                   "EUR or JPY.")
                    .arg(a->currency));
    }
    if (!a->currency.isEmpty() && !a->unit.isEmpty())
        return m_db.fail(LibraryError::Code::InvalidInput,
                         tr("An amount has either a currency or a unit, not both."));
    if (a->kind == AnnotationKind::Amount && a->amount.isEmpty())
        return m_db.fail(LibraryError::Code::InvalidInput,
                         tr("An amount annotation needs a value (e.g. 10000000000)."));
    if (a->kind == AnnotationKind::Deadline && !a->due.isValid())
        return m_db.fail(LibraryError::Code::InvalidInput,
                         tr("A deadline annotation needs a valid due date written as YYYY-MM-DD."));
    a->precision = precisionKeeping(a->due, a->precision);
    if (a->pillarId > 0) {
        QSqlQuery pillar(m_db.database());
        pillar.prepare(QStringLiteral("SELECT name FROM pillars WHERE id = ?"));
        pillar.addBindValue(a->pillarId);
        if (!m_db.exec(pillar, tr("read the pillar")))
            return false;
        if (!pillar.next())
            return pillar.lastError().isValid()
                       ? m_db.failQuery(pillar, tr("read the pillar"))
                       : m_db.fail(LibraryError::Code::InvalidInput,
                                   tr("There is no pillar %1 in this library.").arg(a->pillarId));
        a->pillarName = pillar.value(0).toString();
    }
    if (a->kind == AnnotationKind::Pillar && a->pillarId <= 0)
        return m_db.fail(LibraryError::Code::InvalidInput, tr("A pillar annotation needs a pillar name."));
    return true;
}

std::optional<qint64> AnnotationRepository::add(const Annotation &input)
{
    Annotation a = input;
    a.id = 0;
    a.createdAt = a.updatedAt = QDateTime();
    return insert(a, false, tr("save the annotation"));
}

bool AnnotationRepository::restore(const Annotation &annotation)
{
    return insert(annotation, true, tr("restore the annotation")).has_value();
}

std::optional<qint64> AnnotationRepository::insert(const Annotation &input, bool keepIdentity,
                                                   const QString &what)
{
    Annotation a = input;
    qint64 id = 0;
    const bool ok = m_db.concurrentTransaction(what, [&]() {
        if (!validate(&a))
            return false;
        const QString now = Sql::timestamp(QDateTime::currentDateTimeUtc());
        QSqlQuery query(m_db.database());
        const bool withId = keepIdentity && a.id > 0;
        query.prepare(Sql::insertReturningId(
            "annotations",
            {QStringLiteral("article_id"), QStringLiteral("kind"), QStringLiteral("start_offset"),
             QStringLiteral("end_offset"), QStringLiteral("quote"), QStringLiteral("prefix"),
             QStringLiteral("suffix"), QStringLiteral("pillar_id"), QStringLiteral("amount"),
             QStringLiteral("currency"), QStringLiteral("unit"), QStringLiteral("qualifier"),
             QStringLiteral("due"), QStringLiteral("precision"), QStringLiteral("note"),
             QStringLiteral("origin"), QStringLiteral("created_at"), QStringLiteral("updated_at"),
             QStringLiteral("created_by")},
            withId));
        bindValues(query, a);
        query.addBindValue(keepIdentity && a.createdAt.isValid() ? Sql::timestamp(a.createdAt) : now);
        query.addBindValue(keepIdentity && a.updatedAt.isValid() ? Sql::timestamp(a.updatedAt) : now);
        // An undone deletion brings back the annotation as its author made it.
        query.addBindValue(keepIdentity && !a.author.isNull() ? a.author : Sql::notNull(m_db.author()));
        if (withId)
            query.addBindValue(a.id);
        if (!m_db.exec(query, what))
            return false;
        if (!query.next())
            return m_db.failQuery(query, what);
        id = query.value(0).toLongLong();
        m_db.annotationsWereChanged(a.articleId);
        return true;
    });
    return ok ? std::optional<qint64>(id) : std::nullopt;
}

bool AnnotationRepository::update(const Annotation &input, QDateTime *stamped, const QDateTime &version)
{
    Annotation a = input;
    const bool checked = input.updatedAt.isValid();
    return m_db.concurrentTransaction(tr("change the annotation"), [&]() {
        if (!validate(&a))
            return false;
        QSqlQuery query(m_db.database());
        query.prepare(
            QStringLiteral(
                "UPDATE annotations SET article_id = ?, kind = ?, start_offset = ?, end_offset = ?, "
                "quote = ?, prefix = ?, suffix = ?, pillar_id = ?, amount = ?, currency = ?, unit = ?, "
                "qualifier = ?, due = ?, precision = ?, note = ?, origin = ?, updated_at = ? WHERE id = ?") +
            (checked ? QStringLiteral(" AND updated_at = ?") : QString()));
        bindValues(query, a);
        // updated_at is the version another user's edit is checked against: a change
        // is dated now; an undo puts back the version with the values, so that the
        // steps before it in the history find the row as they left it.
        const QDateTime now = version.isValid() ? version : QDateTime::currentDateTimeUtc();
        query.addBindValue(Sql::timestamp(now));
        query.addBindValue(a.id);
        if (checked)
            query.addBindValue(Sql::timestamp(input.updatedAt));
        if (!m_db.exec(query, tr("change the annotation")))
            return false;
        if (query.numRowsAffected() != 1) {
            const bool exists = get(a.id).has_value(); // else: "There is no annotation …"
            if (!checked || (!exists && m_db.lastError().code != LibraryError::Code::InvalidInput))
                return exists ? m_db.fail(LibraryError::Code::InvalidInput,
                                          tr("There is no annotation %1 in this library.").arg(a.id))
                              : false;
            if (!exists)
                return m_db.fail(
                    LibraryError::Code::Stale,
                    tr("The annotation “%1” was deleted, perhaps by another user, after you saw it; "
                       "your change was not saved.")
                        .arg(input.quote));
            return m_db.fail(
                LibraryError::Code::Stale,
                tr("Someone else changed the annotation “%1” after you saw it; your change was not "
                   "saved, and theirs is shown. Make your change again if it is still needed.")
                    .arg(input.quote));
        }
        if (stamped)
            *stamped = QDateTime::fromString(Sql::timestamp(now), Qt::ISODateWithMs);
        m_db.annotationsWereChanged(a.articleId);
        return true;
    });
}

bool AnnotationRepository::remove(qint64 id, const QDateTime &seen)
{
    return m_db.concurrentTransaction(tr("delete the annotation"), [&]() {
        const std::optional<Annotation> existing = get(id);
        if (!existing)
            return false;
        QSqlQuery query(m_db.database());
        query.prepare(QStringLiteral("DELETE FROM annotations WHERE id = ?") +
                      (seen.isValid() ? QStringLiteral(" AND updated_at = ?") : QString()));
        query.addBindValue(id);
        if (seen.isValid())
            query.addBindValue(Sql::timestamp(seen));
        if (!m_db.exec(query, tr("delete the annotation")))
            return false;
        if (seen.isValid() && query.numRowsAffected() != 1)
            return m_db.fail(
                LibraryError::Code::Stale,
                tr("Someone else changed the annotation “%1” after you saw it; it was not deleted, and "
                   "their version is shown. Delete it again if it is still not wanted.")
                    .arg(existing->quote));
        m_db.annotationsWereChanged(existing->articleId);
        return true;
    });
}

std::optional<Annotation> AnnotationRepository::get(qint64 id) const
{
    QSqlQuery query(m_db.database());
    query.prepare(QLatin1String(AnnotationRepository::kSelect) + QLatin1String(" WHERE n.id = ?"));
    query.addBindValue(id);
    if (!m_db.exec(query, tr("read the annotation")))
        return std::nullopt;
    if (!query.next()) {
        if (query.lastError().isValid())
            m_db.failQuery(query, tr("read the annotation"));
        else
            m_db.fail(LibraryError::Code::InvalidInput,
                      tr("There is no annotation %1 in this library.").arg(id));
        return std::nullopt;
    }
    return fromQuery(query);
}

std::optional<QVector<Annotation>> AnnotationRepository::forArticle(qint64 articleId) const
{
    QSqlQuery query(m_db.database());
    query.setForwardOnly(true);
    query.prepare(QLatin1String(AnnotationRepository::kSelect) +
                  QLatin1String(" WHERE n.article_id = ? ORDER BY n.start_offset, n.end_offset, n.id"));
    query.addBindValue(articleId);
    if (!m_db.exec(query, tr("read the annotations")))
        return std::nullopt;
    QVector<Annotation> result;
    while (query.next())
        result << fromQuery(query);
    if (query.lastError().isValid()) {
        m_db.failQuery(query, tr("read the annotations"));
        return std::nullopt;
    }
    return result;
}

bool AnnotationRepository::reject(qint64 articleId, const QString &kind, int start, int end)
{
    return m_db.transaction(tr("reject the suggestion"), [&]() {
        QSqlQuery query(m_db.database());
        query.prepare(QStringLiteral(
            "INSERT INTO suggestion_decisions (article_id, kind, start_offset, end_offset, "
            "decision, decided_at) VALUES (?, ?, ?, ?, 'rejected', ?) ON CONFLICT DO NOTHING"));
        query.addBindValue(articleId);
        query.addBindValue(kind);
        query.addBindValue(start);
        query.addBindValue(end);
        query.addBindValue(Sql::timestamp(QDateTime::currentDateTimeUtc()));
        if (!m_db.exec(query, tr("reject the suggestion")))
            return false;
        m_db.annotationsWereChanged(articleId);
        return true;
    });
}

bool AnnotationRepository::unreject(qint64 articleId, const QString &kind, int start, int end)
{
    return m_db.transaction(tr("restore the suggestion"), [&]() {
        QSqlQuery query(m_db.database());
        query.prepare(QStringLiteral("DELETE FROM suggestion_decisions WHERE article_id = ? AND kind = ? AND "
                                     "start_offset = ? AND end_offset = ?"));
        query.addBindValue(articleId);
        query.addBindValue(kind);
        query.addBindValue(start);
        query.addBindValue(end);
        if (!m_db.exec(query, tr("restore the suggestion")))
            return false;
        m_db.annotationsWereChanged(articleId);
        return true;
    });
}

std::optional<QSet<RejectedSpan>> AnnotationRepository::rejected(qint64 articleId) const
{
    QSqlQuery query(m_db.database());
    query.prepare(QStringLiteral(
        "SELECT kind, start_offset, end_offset FROM suggestion_decisions WHERE article_id = ?"));
    query.addBindValue(articleId);
    if (!m_db.exec(query, tr("read the suggestions")))
        return std::nullopt;
    QSet<RejectedSpan> spans;
    while (query.next())
        spans.insert({query.value(0).toString(), query.value(1).toInt(), query.value(2).toInt()});
    if (query.lastError().isValid()) {
        m_db.failQuery(query, tr("read the suggestions"));
        return std::nullopt;
    }
    return spans;
}

} // namespace Gleaner
