#include "library/commitmentrepository.h"

#include "library/libraryconnection.h"
#include "library/sqldialect.h"
#include "library/sqlvalues.h"
#include "util/currencies.h"
#include "util/decimal.h"

#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

namespace Gleaner {

namespace {
const char kCommitmentSelect[] = "SELECT c.id, c.actor, c.beneficiary, c.due, c.precision, c.period, c.note, "
                                 "c.created_at, c.updated_at FROM commitments c";

Commitment fromQuery(const QSqlQuery &q)
{
    Commitment c;
    c.id = q.value(0).toLongLong();
    c.actor = q.value(1).toString();
    c.beneficiary = q.value(2).toString();
    c.due = QDate::fromString(q.value(3).toString(), Qt::ISODate);
    precisionFromName(q.value(4).toString(), &c.precision);
    c.period = q.value(5).toString();
    c.note = q.value(6).toString();
    c.createdAt = Sql::parseTimestamp(q.value(7).toString());
    c.updatedAt = Sql::parseTimestamp(q.value(8).toString());
    return c;
}

// The values of a commitment's own row in the order of the INSERT and UPDATE below.
void bindFields(QSqlQuery &query, const Commitment &c)
{
    query.addBindValue(Sql::notNull(c.actor));
    query.addBindValue(Sql::notNull(c.beneficiary));
    query.addBindValue(Sql::dateOrNull(c.due));
    query.addBindValue(c.due.isValid() ? QVariant(precisionName(c.precision))
                                       : QVariant(QMetaType(QMetaType::QString)));
    query.addBindValue(Sql::notNull(c.period));
    query.addBindValue(Sql::notNull(c.note));
}

// An ISO 8601 duration of whole years, months, weeks or days ("P4Y", "P18M").
bool isPeriod(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("^P(\\d+Y)?(\\d+M)?(\\d+W)?(\\d+D)?$"));
    return text.size() > 1 && re.match(text).hasMatch();
}
} // namespace

bool CommitmentRepository::validate(Commitment *c) const
{
    c->actor = c->actor.simplified();
    c->beneficiary = c->beneficiary.simplified();
    if (c->sources.isEmpty())
        return m_db.fail(
            LibraryError::Code::InvalidInput,
            tr("A commitment needs at least one source: a quote of an article that reports it."));
    if (!c->period.isEmpty() && !isPeriod(c->period))
        return m_db.fail(LibraryError::Code::InvalidInput,
                         tr("“%1” is not a period. Write it as an ISO 8601 duration, e.g. P4Y for four years "
                            "or P18M for eighteen months.")
                             .arg(c->period));
    if (c->due.isValid())
        c->precision = precisionKeeping(c->due, c->precision);
    for (CommitmentAmount &a : c->amounts) {
        if (!PlainDecimal::isValid(a.amount) || a.amount.startsWith(QLatin1Char('-')))
            return m_db.fail(LibraryError::Code::InvalidInput,
                             tr("“%1” is not an amount a commitment can promise. Write it with digits and an "
                                "optional decimal point, without separators or sign, e.g. 10000000000.")
                                 .arg(a.amount));
        a.currency = a.currency.toUpper();
        if (!a.currency.isEmpty() && !Currencies::isKnown(a.currency))
            return m_db.fail(LibraryError::Code::InvalidInput,
                             tr("“%1” is not a known ISO 4217 currency code. Use a three-letter code such as "
                                "USD, EUR or JPY.")
                                 .arg(a.currency));
        if (!a.currency.isEmpty() && !a.unit.isEmpty())
            return m_db.fail(LibraryError::Code::InvalidInput,
                             tr("An amount has either a currency or a unit, not both."));
    }
    QSqlQuery text(m_db.database());
    text.prepare(QStringLiteral("SELECT text, text_sha256 FROM articles WHERE id = ?"));
    for (CommitmentSource &s : c->sources) {
        text.addBindValue(s.articleId);
        if (!m_db.exec(text, tr("read the article")))
            return false;
        if (!text.next())
            return text.lastError().isValid()
                       ? m_db.failQuery(text, tr("read the article"))
                       : m_db.fail(LibraryError::Code::InvalidInput,
                                   tr("There is no article %1 in this library. Run “gleaner list” to see the "
                                      "article ids.")
                                       .arg(s.articleId));
        const QString body = text.value(0).toString();
        if (s.start < 0 || s.end <= s.start || s.end > body.size() || splitsSurrogatePair(body, s.start) ||
            splitsSurrogatePair(body, s.end))
            return m_db.fail(LibraryError::Code::InvalidInput,
                             tr("The range %1–%2 is not a quote of article %3, whose text is %4 characters "
                                "long (UTF-16 units).")
                                 .arg(s.start)
                                 .arg(s.end)
                                 .arg(s.articleId)
                                 .arg(body.size()));
        s.quote = body.mid(s.start, s.end - s.start);
        s.contentSha256 = text.value(1).toString();
        text.finish();
    }
    QSqlQuery pillar(m_db.database());
    pillar.prepare(QStringLiteral("SELECT name FROM pillars WHERE id = ?"));
    for (qint64 id : std::as_const(c->pillarIds)) {
        pillar.addBindValue(id);
        if (!m_db.exec(pillar, tr("read the pillars")))
            return false;
        if (!pillar.next())
            return m_db.fail(LibraryError::Code::InvalidInput,
                             tr("There is no pillar %1 in this library.").arg(id));
        pillar.finish();
    }
    return true;
}

bool CommitmentRepository::insertParts(const Commitment &c, bool withSources) const
{
    const QString what = tr("save the commitment");
    QSqlQuery amount(m_db.database());
    amount.prepare(
        QStringLiteral("INSERT INTO commitment_amounts (commitment_id, position, amount, currency, "
                       "unit, qualifier) VALUES (?, ?, ?, ?, ?, ?)"));
    for (int i = 0; i < c.amounts.size(); ++i) {
        const CommitmentAmount &a = c.amounts.at(i);
        amount.addBindValue(c.id);
        amount.addBindValue(i);
        amount.addBindValue(a.amount);
        amount.addBindValue(Sql::nullIfEmpty(a.currency));
        amount.addBindValue(Sql::nullIfEmpty(a.unit));
        amount.addBindValue(Sql::nullIfEmpty(a.qualifier));
        if (!m_db.exec(amount, what))
            return false;
    }
    QSqlQuery pillar(m_db.database());
    pillar.prepare(QStringLiteral("INSERT INTO commitment_pillars (commitment_id, pillar_id) "
                                  "VALUES (?, ?) ON CONFLICT DO NOTHING"));
    for (qint64 id : c.pillarIds) {
        pillar.addBindValue(c.id);
        pillar.addBindValue(id);
        if (!m_db.exec(pillar, what))
            return false;
    }
    if (withSources) {
        // A source keeps its id when it has one (an undo, a copy); else the engine numbers it.
        QSqlQuery numbered(m_db.database());
        QSqlQuery kept(m_db.database());
        const QString insert = QStringLiteral(
            "INSERT INTO commitment_sources (commitment_id, article_id, start_offset, end_offset, quote, "
            "content_sha256%1) VALUES (?, ?, ?, ?, ?, ?%2) ON CONFLICT DO NOTHING");
        numbered.prepare(insert.arg(QString(), QString()));
        kept.prepare(insert.arg(QStringLiteral(", id"), QStringLiteral(", ?")));
        for (const CommitmentSource &s : c.sources) {
            QSqlQuery &source = s.id > 0 ? kept : numbered;
            source.addBindValue(c.id);
            source.addBindValue(s.articleId);
            source.addBindValue(s.start);
            source.addBindValue(s.end);
            source.addBindValue(s.quote);
            source.addBindValue(s.contentSha256);
            if (s.id > 0)
                source.addBindValue(s.id);
            if (!m_db.exec(source, what))
                return false;
        }
    }
    // Evidence whose annotation is gone (deleted since) is left out, not an error.
    QSqlQuery evidence(m_db.database());
    evidence.prepare(QStringLiteral("INSERT INTO commitment_evidence (commitment_id, annotation_id) "
                                    "SELECT ?, id FROM annotations WHERE id = ? ON CONFLICT DO NOTHING"));
    for (qint64 id : c.evidence) {
        evidence.addBindValue(c.id);
        evidence.addBindValue(id);
        if (!m_db.exec(evidence, what))
            return false;
    }
    return true;
}

std::optional<qint64> CommitmentRepository::add(const Commitment &input, bool keepIdentity)
{
    Commitment c = input;
    const bool ok = m_db.transaction(tr("save the commitment"), [&]() {
        if (!keepIdentity && !validate(&c))
            return false;
        const QString now = Sql::timestamp(QDateTime::currentDateTimeUtc());
        QSqlQuery query(m_db.database());
        const bool withId = keepIdentity && c.id > 0;
        query.prepare(Sql::insertReturningId(
            "commitments",
            QStringLiteral("actor beneficiary due precision period note created_at updated_at")
                .split(QLatin1Char(' ')),
            withId));
        bindFields(query, c);
        query.addBindValue(keepIdentity && c.createdAt.isValid() ? Sql::timestamp(c.createdAt) : now);
        query.addBindValue(keepIdentity && c.updatedAt.isValid() ? Sql::timestamp(c.updatedAt) : now);
        if (withId)
            query.addBindValue(c.id);
        if (!m_db.exec(query, tr("save the commitment")))
            return false;
        if (!query.next())
            return m_db.failQuery(query, tr("save the commitment"));
        c.id = query.value(0).toLongLong();
        if (!keepIdentity)
            for (CommitmentSource &s : c.sources)
                s.id = 0;
        if (!insertParts(c, true))
            return false;
        m_db.commitmentsWereChanged();
        return true;
    });
    return ok ? std::optional<qint64>(c.id) : std::nullopt;
}

bool CommitmentRepository::update(const Commitment &input, const QDateTime &seen, QDateTime *stamped,
                                  const QDateTime &version)
{
    Commitment c = input;
    return m_db.transaction(tr("change the commitment"), [&]() {
        if (!validate(&c))
            return false;
        const QString what = tr("change the commitment");
        QSqlQuery query(m_db.database());
        query.prepare(
            QStringLiteral("UPDATE commitments SET actor = ?, beneficiary = ?, due = ?, precision = ?, "
                           "period = ?, note = ?, updated_at = ? WHERE id = ?") +
            (seen.isValid() ? QStringLiteral(" AND updated_at = ?") : QString()));
        bindFields(query, c);
        const QString now = Sql::timestamp(version.isValid() ? version : QDateTime::currentDateTimeUtc());
        query.addBindValue(now);
        query.addBindValue(c.id);
        if (seen.isValid())
            query.addBindValue(Sql::timestamp(seen));
        if (!m_db.exec(query, what))
            return false;
        if (query.numRowsAffected() != 1) {
            if (seen.isValid() && get(c.id))
                return m_db.fail(LibraryError::Code::Stale,
                                 tr("Someone else changed the commitment of %1 after you saw it; your change "
                                    "was not saved, and theirs is shown. Make your change again if it is "
                                    "still needed.")
                                     .arg(input.actor));
            return m_db.fail(LibraryError::Code::InvalidInput,
                             tr("The commitment %1 is no longer in the library.").arg(c.id));
        }
        if (stamped)
            *stamped = Sql::parseTimestamp(now);
        // Sources are added before the old ones go, so that the commitment is
        // never without one (the last source's trigger would delete it).
        for (const char *table : {"commitment_amounts", "commitment_pillars", "commitment_evidence"}) {
            QSqlQuery clear(m_db.database());
            clear.prepare(QStringLiteral("DELETE FROM %1 WHERE commitment_id = ?").arg(QLatin1String(table)));
            clear.addBindValue(c.id);
            if (!m_db.exec(clear, what))
                return false;
        }
        if (!insertParts(c, true))
            return false;
        QStringList kept;
        QVariantList binds{c.id};
        for (const CommitmentSource &s : std::as_const(c.sources)) {
            kept << QStringLiteral("(article_id = ? AND start_offset = ? AND end_offset = ?)");
            binds << s.articleId << s.start << s.end;
        }
        QSqlQuery drop(m_db.database());
        drop.prepare(QStringLiteral("DELETE FROM commitment_sources WHERE commitment_id = ? AND NOT (%1)")
                         .arg(kept.join(QLatin1String(" OR "))));
        for (const QVariant &b : std::as_const(binds))
            drop.addBindValue(b);
        if (!m_db.exec(drop, what))
            return false;
        m_db.commitmentsWereChanged();
        return true;
    });
}

bool CommitmentRepository::remove(qint64 id)
{
    return m_db.transaction(tr("delete the commitment"), [&]() {
        QSqlQuery query(m_db.database());
        query.prepare(QStringLiteral("DELETE FROM commitments WHERE id = ?"));
        query.addBindValue(id);
        if (!m_db.exec(query, tr("delete the commitment")))
            return false;
        if (query.numRowsAffected() != 1)
            return m_db.fail(LibraryError::Code::InvalidInput,
                             tr("The commitment %1 is no longer in the library.").arg(id));
        m_db.commitmentsWereChanged();
        return true;
    });
}

bool CommitmentRepository::fillParts(Commitment *c) const
{
    const QString what = tr("read the commitments");
    QSqlQuery amounts(m_db.database());
    amounts.prepare(QStringLiteral("SELECT amount, currency, unit, qualifier FROM commitment_amounts "
                                   "WHERE commitment_id = ? ORDER BY position"));
    amounts.addBindValue(c->id);
    if (!m_db.exec(amounts, what))
        return false;
    while (amounts.next())
        c->amounts << CommitmentAmount{amounts.value(0).toString(), amounts.value(1).toString(),
                                       amounts.value(2).toString(), amounts.value(3).toString()};
    QSqlQuery pillars(m_db.database());
    pillars.prepare(QStringLiteral("SELECT p.id, p.name FROM commitment_pillars cp JOIN pillars p ON "
                                   "p.id = cp.pillar_id WHERE cp.commitment_id = ? ORDER BY %1")
                        .arg(Sql::ignoringCase(m_db, QStringLiteral("p.name"))));
    pillars.addBindValue(c->id);
    if (!m_db.exec(pillars, what))
        return false;
    while (pillars.next()) {
        c->pillarIds << pillars.value(0).toLongLong();
        c->pillarNames << pillars.value(1).toString();
    }
    QSqlQuery sources(m_db.database());
    sources.prepare(QStringLiteral(
        "SELECT s.id, s.article_id, s.start_offset, s.end_offset, s.quote, s.content_sha256, a.title, a.url "
        "FROM commitment_sources s JOIN articles a ON a.id = s.article_id WHERE s.commitment_id = ? "
        "ORDER BY s.article_id, s.start_offset"));
    sources.addBindValue(c->id);
    if (!m_db.exec(sources, what))
        return false;
    while (sources.next())
        c->sources << CommitmentSource{sources.value(0).toLongLong(), sources.value(1).toLongLong(),
                                       sources.value(2).toInt(),      sources.value(3).toInt(),
                                       sources.value(4).toString(),   sources.value(5).toString(),
                                       sources.value(6).toString(),   sources.value(7).toString()};
    QSqlQuery evidence(m_db.database());
    evidence.prepare(QStringLiteral("SELECT annotation_id FROM commitment_evidence WHERE commitment_id = ? "
                                    "ORDER BY annotation_id"));
    evidence.addBindValue(c->id);
    if (!m_db.exec(evidence, what))
        return false;
    while (evidence.next())
        c->evidence << evidence.value(0).toLongLong();
    for (const QSqlQuery *q : {&amounts, &pillars, &sources, &evidence})
        if (q->lastError().isValid())
            return m_db.failQuery(*q, what);
    return true;
}

std::optional<Commitment> CommitmentRepository::get(qint64 id) const
{
    QSqlQuery query(m_db.database());
    query.prepare(QLatin1String(kCommitmentSelect) + QLatin1String(" WHERE c.id = ?"));
    query.addBindValue(id);
    if (!m_db.exec(query, tr("read the commitment")))
        return std::nullopt;
    if (!query.next()) {
        if (query.lastError().isValid())
            m_db.failQuery(query, tr("read the commitment"));
        else
            m_db.fail(LibraryError::Code::InvalidInput,
                      tr("There is no commitment %1 in this library.").arg(id));
        return std::nullopt;
    }
    Commitment c = fromQuery(query);
    if (!fillParts(&c))
        return std::nullopt;
    return c;
}

QString CommitmentRepository::filterSql(const LibraryConnection &db, const CommitmentFilter &f,
                                        QVariantList *binds)
{
    QStringList where;
    if (!f.actor.isEmpty()) {
        where << Sql::equalsIgnoringCase(db, QStringLiteral("c.actor"));
        *binds << f.actor;
    }
    if (f.pillarId > 0) {
        where << QStringLiteral("c.id IN (SELECT commitment_id FROM commitment_pillars WHERE pillar_id = ?)");
        *binds << f.pillarId;
    }
    if (f.articleId > 0) {
        where << QStringLiteral(
            "c.id IN (SELECT commitment_id FROM commitment_sources WHERE article_id = ?)");
        *binds << f.articleId;
    }
    if (!f.site.isEmpty() || f.publishedFrom.isValid() || f.publishedTo.isValid()) {
        QStringList article;
        if (!f.site.isEmpty()) {
            article << Sql::equalsIgnoringCase(db, QStringLiteral("a.site"));
            *binds << f.site;
        }
        if (f.publishedFrom.isValid()) {
            article << QStringLiteral("a.published >= ?");
            *binds << f.publishedFrom.toString(Qt::ISODate);
        }
        if (f.publishedTo.isValid()) {
            article << QStringLiteral("a.published <= ?");
            *binds << f.publishedTo.toString(Qt::ISODate);
        }
        where << QStringLiteral(
                     "c.id IN (SELECT s.commitment_id FROM commitment_sources s JOIN articles a ON "
                     "a.id = s.article_id WHERE %1)")
                     .arg(article.join(QLatin1String(" AND ")));
    }
    if (!f.currency.isEmpty()) {
        where << QStringLiteral("c.id IN (SELECT commitment_id FROM commitment_amounts WHERE currency = ?)");
        *binds << f.currency.toUpper();
    }
    if (f.dueFrom.isValid()) {
        where << QStringLiteral("c.due >= ?");
        *binds << f.dueFrom.toString(Qt::ISODate);
    }
    if (f.dueTo.isValid()) {
        where << QStringLiteral("c.due <= ?");
        *binds << f.dueTo.toString(Qt::ISODate);
    }
    for (const QString &word : f.search.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        // instr() on lower(): LIKE would read % and _ in the user's words as patterns.
        where << QStringLiteral("(%1 OR c.id IN (SELECT commitment_id FROM commitment_sources WHERE %2))")
                     .arg(Sql::containsBound(
                              db, QStringLiteral("lower(c.actor || ' ' || c.beneficiary || ' ' || c.note)")),
                          Sql::containsBound(db, QStringLiteral("lower(quote)")));
        *binds << word.toLower() << word.toLower();
    }
    return where.isEmpty() ? QString() : QLatin1String(" WHERE ") + where.join(QLatin1String(" AND "));
}

std::optional<QVector<Commitment>> CommitmentRepository::list(const CommitmentFilter &filter, int offset,
                                                              int limit, Sort sort, Qt::SortOrder order) const
{
    QString key;
    switch (sort) {
    case Sort::Due:
        key = QStringLiteral("c.due IS NULL, c.due %1");
        break;
    case Sort::Actor:
        key = Sql::ignoringCase(m_db, QStringLiteral("c.actor")) + QStringLiteral(" %1");
        break;
    case Sort::Beneficiary:
        key = Sql::ignoringCase(m_db, QStringLiteral("c.beneficiary")) + QStringLiteral(" %1");
        break;
    case Sort::Amount:
        key = QStringLiteral(
            "(SELECT coalesce(currency, unit) FROM commitment_amounts WHERE commitment_id = c.id "
            "AND position = 0) %1, (SELECT CAST(amount AS REAL) FROM commitment_amounts WHERE "
            "commitment_id = c.id AND position = 0) %1");
        break;
    case Sort::Pillars:
        key = QStringLiteral(
            "(SELECT min(p.name) FROM commitment_pillars cp JOIN pillars p ON p.id = cp.pillar_id "
            "WHERE cp.commitment_id = c.id) %1");
        break;
    case Sort::Sources:
        key = QStringLiteral("(SELECT count(*) FROM commitment_sources WHERE commitment_id = c.id) %1");
        break;
    }
    key = key.arg(order == Qt::AscendingOrder ? QLatin1String("ASC") : QLatin1String("DESC"));
    QVariantList binds;
    QSqlQuery query(m_db.database());
    query.prepare(QLatin1String(kCommitmentSelect) + filterSql(m_db, filter, &binds) +
                  QStringLiteral(" ORDER BY %1, c.id LIMIT %2 OFFSET %3")
                      .arg(key, Sql::limitText(m_db, limit))
                      .arg(offset));
    for (const QVariant &b : std::as_const(binds))
        query.addBindValue(b);
    if (!m_db.exec(query, tr("read the commitments")))
        return std::nullopt;
    QVector<Commitment> result;
    while (query.next())
        result << fromQuery(query);
    if (query.lastError().isValid()) {
        m_db.failQuery(query, tr("read the commitments"));
        return std::nullopt;
    }
    for (Commitment &c : result)
        if (!fillParts(&c))
            return std::nullopt;
    return result;
}

std::optional<int> CommitmentRepository::count(const CommitmentFilter &filter) const
{
    QVariantList binds;
    QSqlQuery query(m_db.database());
    query.prepare(QStringLiteral("SELECT count(*) FROM commitments c") + filterSql(m_db, filter, &binds));
    for (const QVariant &b : std::as_const(binds))
        query.addBindValue(b);
    if (!m_db.exec(query, tr("count the commitments")) || !query.next()) {
        if (query.lastError().isValid())
            m_db.failQuery(query, tr("count the commitments"));
        return std::nullopt;
    }
    return query.value(0).toInt();
}

bool CommitmentRepository::restoreForArticle(const QVector<Commitment> &commitments)
{
    return m_db.transaction(tr("put back the commitments"), [&]() {
        for (const Commitment &c : commitments) {
            QSqlQuery exists(m_db.database());
            exists.prepare(QStringLiteral("SELECT 1 FROM commitments WHERE id = ?"));
            exists.addBindValue(c.id);
            if (!m_db.exec(exists, tr("put back the commitments")))
                return false;
            if (!exists.next()) {
                if (!add(c, true))
                    return false;
                continue;
            }
            Commitment parts = c;
            parts.amounts.clear();
            parts.pillarIds.clear();
            if (!insertParts(parts, true))
                return false;
        }
        m_db.commitmentsWereChanged();
        return true;
    });
}

std::optional<qint64> CommitmentRepository::findSame(const Commitment &c) const
{
    if (c.actor.isEmpty() || c.amounts.isEmpty())
        return qint64(0);
    QStringList amountTests;
    QVariantList binds{c.actor.simplified()};
    for (const CommitmentAmount &a : c.amounts) {
        amountTests << QStringLiteral(
            "(amount = ? AND coalesce(currency, '') = ? AND coalesce(unit, '') = ?)");
        binds << a.amount << Sql::notNull(a.currency.toUpper()) << Sql::notNull(a.unit);
    }
    QString sql = QStringLiteral("SELECT c.id FROM commitments c WHERE %1 AND c.id IN "
                                 "(SELECT commitment_id FROM commitment_amounts WHERE %2)")
                      .arg(Sql::equalsIgnoringCase(m_db, QStringLiteral("c.actor")),
                           amountTests.join(QLatin1String(" OR ")));
    if (c.due.isValid()) {
        // Reports of one promise word its deadline differently ("over five
        // years", "by 2031"): the same year counts as the same deadline.
        sql += QStringLiteral(" AND (c.due IS NULL OR substr(c.due, 1, 4) = ?)");
        binds << QString::number(c.due.year());
    }
    QSqlQuery query(m_db.database());
    query.prepare(sql + QStringLiteral(" ORDER BY c.id LIMIT 1"));
    for (const QVariant &b : std::as_const(binds))
        query.addBindValue(b);
    if (!m_db.exec(query, tr("read the commitments")))
        return std::nullopt;
    if (query.next())
        return query.value(0).toLongLong();
    if (query.lastError().isValid()) {
        m_db.failQuery(query, tr("read the commitments"));
        return std::nullopt;
    }
    return qint64(0);
}

} // namespace Gleaner
