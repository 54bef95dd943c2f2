#pragma once

#include "library/article.h"
#include "library/commitment.h"
#include "util/annotation.h"

#include <QCoreApplication>
#include <QVector>

#include <functional>

#include <optional>

namespace Gleaner {

class LibraryConnection;

struct ArticleFilter
{
    QString search;      // full-text query over titles, text, quotes and notes; empty: all
    qint64 pillarId = 0; // only articles with an annotation of this pillar; 0: all
};

enum class ArticleSort { ImportedAt, Published, Title, Site, AnnotationCount };

// Everything an article is in a library, kept to put it back exactly as it was
// (undo of a delete): its row, its annotations, the suggestions rejected on it,
// the newer versions that pointed to it, and the commitments it reports.
// The properties a user edits (Article ▸ Properties…).
struct ArticleProperties
{
    QString title;
    QDate published;
    QString url;
    QString site;
};

struct ArticleSnapshot
{
    Article article;
    QVector<Annotation> annotations;
    struct Decision
    {
        QString kind;
        int start = 0;
        int end = 0;
        QString decidedAt;
    };
    QVector<Decision> rejected;
    QVector<qint64> newerVersions;
    QVector<Commitment> commitments; // each whole, as it was
};

// The articles table: every read that fails returns nothing (std::nullopt) and
// leaves the reason in the connection's lastError(), so no caller can take a
// failed read for an empty library.
class ArticleRepository
{
    Q_DECLARE_TR_FUNCTIONS(Gleaner::ArticleRepository)
public:
    explicit ArticleRepository(LibraryConnection &db) : m_db(db) {}

    std::optional<qint64> add(Article article);
    std::optional<Article> get(qint64 id) const;
    // With `seen` (the properties as the caller saw them), refused as stale when
    // someone else changed them since.
    bool updateProperties(qint64 id, const QString &title, const QDate &published, const QString &url,
                          const QString &site, const ArticleProperties *seen = nullptr);
    std::optional<ArticleSnapshot> snapshot(qint64 id) const;
    bool remove(qint64 id);
    bool restore(const ArticleSnapshot &snapshot);
    std::optional<QVector<ArticleSummary>> list(const ArticleFilter &filter, ArticleSort sort,
                                                Qt::SortOrder order, int offset, int limit) const;
    std::optional<int> count(const ArticleFilter &filter) const;
    // The newest article with the same canonical URL (when given) or the same
    // text hash: its id, 0 when there is none.
    std::optional<qint64> findDuplicate(const QString &canonicalUrl, const QString &textSha256) const;
    // Every article in id order, read in one pass without its source bytes and
    // HTML (what reading the text needs: a run over the whole library). Stops
    // when `visit` returns false; false when the read failed.
    bool forEachText(const std::function<bool(const Article &)> &visit) const;
    // Every site the library has articles of, in alphabetical order (for the filters).
    std::optional<QStringList> sites() const;

private:
    QString filterSql(const ArticleFilter &filter, QVariantList *binds) const;
    bool insert(const Article &article, bool keepId, qint64 *id);
    LibraryConnection &m_db;
};

// A web address as a library keeps it: without user name or password
// ("https://user:secret@host/" becomes "https://host/").
QString storableUrl(const QString &url);

} // namespace Gleaner
