#pragma once

#include "library/article.h"
#include "library/libraryerror.h"
#include "util/annotation.h"

#include <QObject>
#include <QSqlDatabase>
#include <QVector>

#include <functional>
#include <optional>

class QSqlQuery;

namespace Gleaner {

// A Gleaner library: one SQLite file holding articles, pillars and annotations.
//
// Every mutating call is one committed transaction: when it returns true, the
// change is on disk. Failing calls leave the file as it was and set lastError().
// The store is used from the thread that opened it; other threads open their own.
struct LibraryOpenOptions
{
    bool create = false;      // create the library when the file does not exist
    bool readOnly = false;    // open read-only even if the file is writable
    int busyTimeoutMs = 5000; // how long to wait for another program's lock
};

struct ArticleFilter
{
    QString search;      // full-text query over titles, text, quotes and notes; empty: all
    qint64 pillarId = 0; // only articles with an annotation of this pillar; 0: all
};

class LibraryStore : public QObject
{
    Q_OBJECT
public:
    static constexpr quint32 kApplicationId = 0x476c6e72; // "Glnr"
    static constexpr int kSchemaVersion = 3;
    using OpenOptions = LibraryOpenOptions;

    enum class ArticleSort { ImportedAt, Published, Title, Site, AnnotationCount };

    explicit LibraryStore(QObject *parent = nullptr);
    ~LibraryStore() override;

    bool open(const QString &path, const OpenOptions &options);
    bool open(const QString &path) { return open(path, OpenOptions{}); }
    void close();
    bool isOpen() const;
    bool isReadOnly() const { return m_readOnly; }
    QString path() const { return m_path; }
    QString backupPath() const { return m_backupPath; } // set when open() upgraded the schema
    const LibraryError &lastError() const { return m_error; }
    int schemaVersion() const;

    // Articles
    std::optional<qint64> addArticle(Article article);
    std::optional<Article> article(qint64 id) const;
    bool updateArticleProperties(qint64 id, const QString &title, const QDate &published, const QString &url,
                                 const QString &site);
    bool deleteArticle(qint64 id);
    QVector<ArticleSummary> articles(const ArticleFilter &filter, ArticleSort sort, Qt::SortOrder order,
                                     int offset, int limit) const;
    int articleCount(const ArticleFilter &filter = {}) const;
    // An article with the same canonical URL (when given) or the same text hash.
    std::optional<qint64> findDuplicate(const QString &canonicalUrl, const QString &textSha256) const;

    // Annotations
    std::optional<qint64> addAnnotation(const Annotation &annotation);
    // Puts back an annotation exactly as it was, with its id (undo of a delete).
    bool restoreAnnotation(const Annotation &annotation);
    bool updateAnnotation(const Annotation &annotation);
    bool deleteAnnotation(qint64 id);
    std::optional<Annotation> annotation(qint64 id) const;
    QVector<Annotation> annotations(qint64 articleId) const;
    // Checks an annotation against its article (offsets, values) without saving it.
    bool validateAnnotation(Annotation *annotation);

    // Pillars
    std::optional<qint64> addPillar(const QString &name, const QString &color = {},
                                    const QString &description = {});
    bool restorePillar(const Pillar &pillar);
    bool renamePillar(qint64 id, const QString &newName);
    bool updatePillar(qint64 id, const QString &color, const QString &description);
    // Moves every annotation of `from` to `into` and deletes `from`; returns the moved annotation ids.
    std::optional<QVector<qint64>> mergePillars(qint64 from, qint64 into);
    // Undo of a merge: recreates `pillar` and points `annotationIds` back to it.
    bool unmergePillars(const Pillar &pillar, const QVector<qint64> &annotationIds);
    bool deletePillar(qint64 id); // only when unused
    QVector<Pillar> pillars() const;
    std::optional<Pillar> pillar(qint64 id) const;
    std::optional<Pillar> pillarByName(const QString &name) const;

    // Suggestions the user rejected, per article.
    bool rejectSuggestion(qint64 articleId, const QString &kind, int start, int end);
    bool unrejectSuggestion(qint64 articleId, const QString &kind, int start, int end);
    bool isSuggestionRejected(qint64 articleId, const QString &kind, int start, int end) const;

    // Whole library
    bool saveCopyAs(const QString &destination); // a consistent copy; refuses to overwrite
    struct CheckReport
    {
        int schemaVersion = 0;
        QString integrity; // "ok" or SQLite's findings
        int articles = 0;
        int annotations = 0;
        int pillars = 0;
        bool ok() const { return integrity == QLatin1String("ok"); }
    };
    std::optional<CheckReport> check();

    // Streams every annotation (optionally of one article) joined with its article,
    // in article then offset order, as raw UTF-8 text straight from SQLite (fast
    // export): `cells` holds kExportColumns values in CSV column order after
    // "library" (article_id, article_title, article_url, published, annotation_id,
    // kind, quote, pillar, amount, currency, unit, qualifier, due, precision, note,
    // start, end, origin, created_at, updated_at); NULL columns are empty. Stops
    // early when `row` returns false.
    static constexpr int kExportColumns = 20;
    bool forEachExportRow(qint64 articleId,
                          const std::function<bool(const QByteArrayView *cells)> &row) const;

    QSqlDatabase database() const { return QSqlDatabase::database(m_connection, false); }

    static QString sha256Hex(const QString &text);
    static QString timestamp(const QDateTime &time);

Q_SIGNALS:
    void articleAdded(qint64 id);
    void articleChanged(qint64 id);
    void articleRemoved(qint64 id);
    void annotationsChanged(qint64 articleId);
    void pillarsChanged();

private:
    bool fail(LibraryError::Code code, const QString &message) const;
    bool failQuery(const QSqlQuery &query, const QString &what) const;
    bool checkWritable();
    bool createNew(const QString &path);
    std::optional<qint64> insertAnnotation(const Annotation &annotation, const QString &what);
    bool migrate(int fromVersion);
    bool applyMigration(int version);
    bool exec(QSqlQuery &query, const QString &what) const;
    bool inTransaction(const QString &what, const std::function<bool()> &work);
    QString articleFilterSql(const ArticleFilter &filter, QVariantList *binds) const;
    static Annotation annotationFromQuery(const QSqlQuery &query);

    QString m_connection;
    QString m_path;
    QString m_backupPath;
    bool m_readOnly = false;
    mutable LibraryError m_error;
};

} // namespace Gleaner
