#include "library/articlerepository.h"

#include "library/annotationrepository.h"
#include "library/commitmentrepository.h"
#include "library/libraryconnection.h"
#include "library/searchcondition.h"
#include "library/sqldialect.h"
#include "library/sqlvalues.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>

namespace Gleaner {

namespace {
// The columns of kArticleSelect, in order.
enum ArticleColumn {
    ColId,
    ColUrl,
    ColCanonicalUrl,
    ColTitle,
    ColByline,
    ColSite,
    ColDescription,
    ColPublished,
    ColImportedAt,
    ColLanguage,
    ColSourceKind,
    ColSourceName,
    ColSourceCharset,
    ColRawSource,
    ColText,
    ColHtml,
    ColSegments,
    ColTextSha256,
    ColPreviousVersion,
    ColAnnotationCount,
};
const char kArticleSelect[] =
    "SELECT id, url, canonical_url, title, byline, site, description, published, imported_at, language, "
    "source_kind, source_name, source_charset, raw_source, text, html, segments, text_sha256, "
    "previous_version_id, annotation_count FROM articles";

// The columns of the list's query, in order.
enum SummaryColumn { SumId, SumTitle, SumSite, SumPublished, SumImportedAt, SumAnnotationCount };

} // namespace

QString storableUrl(const QString &url)
{
    if (url.isEmpty())
        return url;
    const QUrl parsed(url);
    if (!parsed.isValid() || (parsed.userName().isEmpty() && parsed.password().isEmpty()))
        return url;
    return parsed.adjusted(QUrl::RemoveUserInfo).toString();
}

bool ArticleRepository::insert(const Article &article, bool keepId, qint64 *id)
{
    QSqlQuery query(m_db.database());
    const bool withId = keepId && article.id > 0;
    query.prepare(Sql::insertReturningId(
        "articles",
        QStringLiteral("url canonical_url title byline site description published imported_at language "
                       "source_kind source_name source_charset raw_source text html segments text_sha256 "
                       "previous_version_id")
            .split(QLatin1Char(' ')),
        withId));
    query.addBindValue(Sql::notNull(storableUrl(article.url)));
    query.addBindValue(Sql::notNull(storableUrl(article.canonicalUrl)));
    query.addBindValue(Sql::notNull(article.title));
    query.addBindValue(Sql::notNull(article.byline));
    query.addBindValue(Sql::notNull(article.site));
    query.addBindValue(Sql::notNull(article.description));
    query.addBindValue(Sql::dateOrNull(article.published));
    query.addBindValue(Sql::timestamp(article.importedAt));
    query.addBindValue(Sql::notNull(article.language));
    query.addBindValue(sourceKindName(article.sourceKind));
    query.addBindValue(Sql::notNull(article.sourceName));
    query.addBindValue(Sql::notNull(article.sourceCharset));
    query.addBindValue(article.rawSource.isNull() ? QByteArray("") : article.rawSource);
    query.addBindValue(article.text);
    query.addBindValue(Sql::notNull(article.html));
    query.addBindValue(Sql::notNull(article.segmentsJson));
    query.addBindValue(article.textSha256);
    query.addBindValue(Sql::idOrNull(article.previousVersionId));
    if (withId)
        query.addBindValue(article.id);
    if (!m_db.exec(query, tr("add the article")))
        return false;
    if (!query.next())
        return m_db.failQuery(query, tr("add the article"));
    *id = query.value(0).toLongLong();
    return true;
}

std::optional<qint64> ArticleRepository::add(Article article)
{
    if (article.text.isEmpty()) {
        m_db.fail(LibraryError::Code::InvalidInput,
                  tr("The article has no text to keep. Check that the file or page holds an article."));
        return std::nullopt;
    }
    if (!article.importedAt.isValid())
        article.importedAt = QDateTime::currentDateTimeUtc();
    article.textSha256 = Sql::sha256Hex(article.text);
    qint64 id = 0;
    const bool ok = m_db.transaction(tr("add the article"), [&]() {
        if (!insert(article, false, &id))
            return false;
        m_db.articleWasAdded(id);
        return true;
    });
    return ok ? std::optional<qint64>(id) : std::nullopt;
}

std::optional<Article> ArticleRepository::get(qint64 id) const
{
    QSqlQuery query(m_db.database());
    query.prepare(QLatin1String(kArticleSelect) + QLatin1String(" WHERE id = ?"));
    query.addBindValue(id);
    if (!m_db.exec(query, tr("read the article")))
        return std::nullopt;
    if (!query.next()) {
        if (query.lastError().isValid())
            m_db.failQuery(query, tr("read the article"));
        else
            m_db.fail(LibraryError::Code::InvalidInput,
                      tr("There is no article %1 in this library. Run “gleaner list” to see the article ids.")
                          .arg(id));
        return std::nullopt;
    }
    Article a;
    a.id = query.value(ColId).toLongLong();
    a.url = query.value(ColUrl).toString();
    a.canonicalUrl = query.value(ColCanonicalUrl).toString();
    a.title = query.value(ColTitle).toString();
    a.byline = query.value(ColByline).toString();
    a.site = query.value(ColSite).toString();
    a.description = query.value(ColDescription).toString();
    a.published = QDate::fromString(query.value(ColPublished).toString(), Qt::ISODate);
    a.importedAt = Sql::parseTimestamp(query.value(ColImportedAt).toString());
    a.language = query.value(ColLanguage).toString();
    sourceKindFromName(query.value(ColSourceKind).toString(), &a.sourceKind);
    a.sourceName = query.value(ColSourceName).toString();
    a.sourceCharset = query.value(ColSourceCharset).toString();
    a.rawSource = query.value(ColRawSource).toByteArray();
    a.text = query.value(ColText).toString();
    a.html = query.value(ColHtml).toString();
    a.segmentsJson = query.value(ColSegments).toString();
    a.textSha256 = query.value(ColTextSha256).toString();
    a.previousVersionId = query.value(ColPreviousVersion).toLongLong();
    a.annotationCount = query.value(ColAnnotationCount).toInt();
    return a;
}

bool ArticleRepository::updateProperties(qint64 id, const QString &title, const QDate &published,
                                         const QString &url, const QString &site,
                                         const ArticleProperties *seen)
{
    return m_db.transaction(tr("change the article's properties"), [&]() {
        QSqlQuery query(m_db.database());
        query.prepare(
            QStringLiteral("UPDATE articles SET title = ?, published = ?, url = ?, site = ? WHERE id = ?") +
            (seen ? QStringLiteral(" AND title = ? AND coalesce(published, '') = ? AND url = ? AND site = ?")
                  : QString()));
        query.addBindValue(Sql::notNull(title));
        query.addBindValue(Sql::dateOrNull(published));
        query.addBindValue(Sql::notNull(storableUrl(url)));
        query.addBindValue(Sql::notNull(site));
        query.addBindValue(id);
        if (seen) {
            query.addBindValue(Sql::notNull(seen->title));
            query.addBindValue(seen->published.isValid() ? seen->published.toString(Qt::ISODate)
                                                         : QString(""));
            query.addBindValue(Sql::notNull(storableUrl(seen->url)));
            query.addBindValue(Sql::notNull(seen->site));
        }
        if (!m_db.exec(query, tr("change the article's properties")))
            return false;
        if (query.numRowsAffected() != 1) {
            if (seen && get(id))
                return m_db.fail(LibraryError::Code::Stale,
                                 tr("Someone else changed the properties of “%1” after you saw them; your "
                                    "change was not saved, and theirs are shown. Make your change again if "
                                    "it is still needed.")
                                     .arg(seen->title));
            return m_db.fail(LibraryError::Code::InvalidInput,
                             tr("There is no article %1 in this library.").arg(id));
        }
        m_db.articleWasChanged(id);
        return true;
    });
}

std::optional<ArticleSnapshot> ArticleRepository::snapshot(qint64 id) const
{
    ArticleSnapshot s;
    const std::optional<Article> article = get(id);
    if (!article)
        return std::nullopt;
    s.article = *article;
    AnnotationRepository annotations(m_db);
    const std::optional<QVector<Annotation>> list = annotations.forArticle(id);
    if (!list)
        return std::nullopt;
    s.annotations = *list;
    QSqlQuery decisions(m_db.database());
    decisions.prepare(
        QStringLiteral("SELECT kind, start_offset, end_offset, decided_at FROM suggestion_decisions "
                       "WHERE article_id = ? ORDER BY id"));
    decisions.addBindValue(id);
    if (!m_db.exec(decisions, tr("read the article")))
        return std::nullopt;
    while (decisions.next())
        s.rejected << ArticleSnapshot::Decision{decisions.value(0).toString(), decisions.value(1).toInt(),
                                                decisions.value(2).toInt(), decisions.value(3).toString()};
    QSqlQuery newer(m_db.database());
    newer.prepare(QStringLiteral("SELECT id FROM articles WHERE previous_version_id = ? ORDER BY id"));
    newer.addBindValue(id);
    if (!m_db.exec(newer, tr("read the article")))
        return std::nullopt;
    while (newer.next())
        s.newerVersions << newer.value(0).toLongLong();
    CommitmentFilter reported;
    reported.articleId = id;
    const std::optional<QVector<Commitment>> commitments = CommitmentRepository(m_db).list(reported);
    if (!commitments)
        return std::nullopt;
    s.commitments = *commitments;
    return s;
}

bool ArticleRepository::remove(qint64 id)
{
    return m_db.transaction(tr("delete the article"), [&]() {
        QSqlQuery query(m_db.database());
        query.prepare(QStringLiteral("DELETE FROM articles WHERE id = ?"));
        query.addBindValue(id);
        if (!m_db.exec(query, tr("delete the article")))
            return false;
        if (query.numRowsAffected() != 1)
            return m_db.fail(
                LibraryError::Code::InvalidInput,
                tr("There is no article %1 in this library. Run “gleaner list” to see the article "
                   "ids.")
                    .arg(id));
        m_db.articleWasRemoved(id);
        m_db.commitmentsWereChanged(); // its sources went with it, and commitments with no other
        return true;
    });
}

bool ArticleRepository::restore(const ArticleSnapshot &s)
{
    return m_db.transaction(tr("restore the article"), [&]() {
        qint64 id = 0;
        if (!insert(s.article, true, &id))
            return false;
        AnnotationRepository annotations(m_db);
        for (const Annotation &a : s.annotations) {
            if (!annotations.restore(a))
                return false;
        }
        QSqlQuery decision(m_db.database());
        decision.prepare(
            QStringLiteral("INSERT INTO suggestion_decisions (article_id, kind, start_offset, end_offset, "
                           "decision, decided_at) VALUES (?, ?, ?, ?, 'rejected', ?)"));
        for (const ArticleSnapshot::Decision &d : s.rejected) {
            decision.addBindValue(id);
            decision.addBindValue(d.kind);
            decision.addBindValue(d.start);
            decision.addBindValue(d.end);
            decision.addBindValue(d.decidedAt);
            if (!m_db.exec(decision, tr("restore the article")))
                return false;
        }
        QSqlQuery relink(m_db.database());
        relink.prepare(QStringLiteral("UPDATE articles SET previous_version_id = ? WHERE id = ?"));
        for (qint64 newer : s.newerVersions) {
            relink.addBindValue(id);
            relink.addBindValue(newer);
            if (!m_db.exec(relink, tr("restore the article")))
                return false;
        }
        if (!s.commitments.isEmpty() && !CommitmentRepository(m_db).restoreForArticle(s.commitments))
            return false;
        m_db.articleWasAdded(id);
        return true;
    });
}

std::optional<QStringList> ArticleRepository::sites() const
{
    QSqlQuery query(m_db.database());
    if (!query.exec(QStringLiteral("SELECT site, %1 AS k FROM articles WHERE site <> '' "
                                   "GROUP BY site ORDER BY k, site")
                        .arg(Sql::ignoringCase(m_db, QStringLiteral("site"))))) {
        m_db.failQuery(query, tr("read the articles"));
        return std::nullopt;
    }
    QStringList sites;
    while (query.next())
        sites << query.value(0).toString();
    return sites;
}

bool ArticleRepository::forEachText(const std::function<bool(const Article &)> &visit) const
{
    QSqlQuery query(m_db.database());
    query.setForwardOnly(true);
    query.prepare(
        QStringLiteral("SELECT id, url, title, site, published, imported_at, text, segments, text_sha256 "
                       "FROM articles ORDER BY id"));
    if (!m_db.exec(query, tr("read the articles")))
        return false;
    while (query.next()) {
        Article a;
        a.id = query.value(0).toLongLong();
        a.url = query.value(1).toString();
        a.title = query.value(2).toString();
        a.site = query.value(3).toString();
        a.published = QDate::fromString(query.value(4).toString(), Qt::ISODate);
        a.importedAt = Sql::parseTimestamp(query.value(5).toString());
        a.text = query.value(6).toString();
        a.segmentsJson = query.value(7).toString();
        a.textSha256 = query.value(8).toString();
        if (!visit(a))
            return true;
    }
    return !query.lastError().isValid() || m_db.failQuery(query, tr("read the articles"));
}

QString ArticleRepository::filterSql(const ArticleFilter &filter, QVariantList *binds) const
{
    QStringList where;
    const QString search = filter.search.trimmed();
    if (!search.isEmpty()) {
        const SearchCondition condition(m_db, search);
        where << condition.conditions();
        *binds << condition.binds();
    }
    if (filter.pillarId > 0) {
        where << QStringLiteral(
            "EXISTS (SELECT 1 FROM annotations p WHERE p.article_id = a.id AND p.pillar_id = ?)");
        *binds << filter.pillarId;
    }
    return where.isEmpty() ? QString() : QLatin1String(" WHERE ") + where.join(QLatin1String(" AND "));
}

std::optional<QVector<ArticleSummary>> ArticleRepository::list(const ArticleFilter &filter, ArticleSort sort,
                                                               Qt::SortOrder order, int offset,
                                                               int limit) const
{
    QVariantList binds;
    const QString where = filterSql(filter, &binds);
    // Each order with the index that gives it.
    static const struct
    {
        const char *column;
        bool ignoringCase;
        const char *index;
    } orders[] = {
        {"a.imported_at", false, "articles_imported_at"},
        {"a.published", false, "articles_published"},
        {"a.title", true, "articles_title"},
        {"a.site", true, "articles_site"},
        {"a.annotation_count", false, "articles_annotation_count"},
    };
    const auto &chosen = orders[int(sort)];
    const QString column = chosen.ignoringCase ? Sql::ignoringCase(m_db, QLatin1String(chosen.column))
                                               : QString::fromLatin1(chosen.column);
    // A search matching most of a large library is listed fastest by walking the
    // sort order's index and keeping the matches, instead of fetching every match
    // and sorting it (SQLite would choose the latter).
    const QString from = !filter.search.trimmed().isEmpty() && !m_db.isServer()
                             ? QStringLiteral(" FROM articles a INDEXED BY ") + QLatin1String(chosen.index)
                             : QStringLiteral(" FROM articles a");
    const QString direction = order == Qt::AscendingOrder ? QStringLiteral(" ASC") : QStringLiteral(" DESC");
    QSqlQuery query(m_db.database());
    query.setForwardOnly(true);
    query.prepare(
        QStringLiteral("SELECT a.id, a.title, a.site, a.published, a.imported_at, a.annotation_count") +
        from + where + QLatin1String(" ORDER BY ") + column + direction + QLatin1String(", a.id") +
        direction + QLatin1String(" LIMIT ? OFFSET ?"));
    for (const QVariant &bind : std::as_const(binds))
        query.addBindValue(bind);
    query.addBindValue(Sql::limitValue(m_db, limit));
    query.addBindValue(offset);
    if (!m_db.exec(query, tr("list the articles")))
        return std::nullopt;
    QVector<ArticleSummary> rows;
    while (query.next()) {
        ArticleSummary s;
        s.id = query.value(SumId).toLongLong();
        s.title = query.value(SumTitle).toString();
        s.site = query.value(SumSite).toString();
        s.published = QDate::fromString(query.value(SumPublished).toString(), Qt::ISODate);
        s.importedAt = Sql::parseTimestamp(query.value(SumImportedAt).toString());
        s.annotationCount = query.value(SumAnnotationCount).toInt();
        rows << s;
    }
    // A page that cannot be read ends the loop with an error, not with fewer rows.
    if (query.lastError().isValid()) {
        m_db.failQuery(query, tr("list the articles"));
        return std::nullopt;
    }
    return rows;
}

std::optional<int> ArticleRepository::count(const ArticleFilter &filter) const
{
    QVariantList binds;
    const QString where = filterSql(filter, &binds);
    QSqlQuery query(m_db.database());
    query.prepare(QStringLiteral("SELECT count(*) FROM articles a") + where);
    for (const QVariant &bind : std::as_const(binds))
        query.addBindValue(bind);
    if (!m_db.exec(query, tr("count the articles")))
        return std::nullopt;
    if (!query.next()) {
        m_db.failQuery(query, tr("count the articles"));
        return std::nullopt;
    }
    return query.value(0).toInt();
}

std::optional<qint64> ArticleRepository::findDuplicate(const QString &canonicalUrl,
                                                       const QString &textSha256) const
{
    QSqlQuery query(m_db.database());
    query.prepare(
        QStringLiteral("SELECT id FROM articles WHERE (canonical_url <> '' AND canonical_url = ?) OR "
                       "text_sha256 = ? ORDER BY id DESC LIMIT 1"));
    query.addBindValue(storableUrl(canonicalUrl));
    query.addBindValue(textSha256);
    if (!m_db.exec(query, tr("look for the article")))
        return std::nullopt;
    if (query.next())
        return query.value(0).toLongLong();
    if (query.lastError().isValid()) {
        m_db.failQuery(query, tr("look for the article"));
        return std::nullopt;
    }
    return 0;
}

} // namespace Gleaner
