#pragma once

#include "library/annotationfindings.h"
#include "library/annotationrepository.h"
#include "library/article.h"
#include "library/articlerepository.h"
#include "library/commitmentrepository.h"
#include "library/commitmenttotals.h"
#include "library/conversionrates.h"
#include "library/exportrows.h"
#include "library/feedrepository.h"
#include "library/libraryconnection.h"
#include "library/libraryerror.h"
#include "library/pillarrepository.h"
#include "util/annotation.h"

#include <QObject>
#include <QSqlDatabase>
#include <QVector>

#include <functional>
#include <memory>
#include <optional>

namespace Gleaner {

// A Gleaner library: one SQLite file holding articles, pillars and annotations.
//
// Every mutating call is one committed transaction (or a step of the caller's
// transaction()): when it returns true, the change is on disk. Failing calls leave
// the file as it was and set lastError(); so do failing reads, which return
// std::nullopt rather than an empty list. The store is used from the thread that
// opened it; other threads open their own, and stores of one thread opened on one
// file share its connection.
class LibraryStore : public QObject
{
    Q_OBJECT
public:
    static constexpr quint32 kApplicationId = LibraryConnection::kApplicationId;
    static constexpr int kSchemaVersion = LibraryConnection::kSchemaVersion;
    static constexpr int kExportColumns = ExportRows::kColumns;
    using OpenOptions = LibraryOpenOptions;
    using ArticleSort = Gleaner::ArticleSort;

    explicit LibraryStore(QObject *parent = nullptr);
    ~LibraryStore() override;

    bool open(const QString &path, const OpenOptions &options);
    bool open(const QString &path) { return open(path, OpenOptions{}); }
    void close();
    bool isOpen() const { return m_db->isOpen(); }
    bool isReadOnly() const { return m_db->isReadOnly(); }
    QString path() const { return m_db->path(); }
    QString label() const { return m_db->label(); }
    QString backupPath() const { return m_db->backupPath(); }
    const LibraryError &lastError() const { return m_db->lastError(); }
    int schemaVersion() const { return m_db->schemaVersion(); }
    // Changes to the file by other connections (another program, another thread) since open.
    qint64 dataVersion() const { return m_db->dataVersion(); }
    // Runs several changes as one transaction: all are kept or none.
    bool transaction(const QString &what, const std::function<bool()> &work)
    {
        return m_db->transaction(what, work);
    }
    // The same for changes that may commit alongside other users' (see LibraryConnection).
    bool concurrentTransaction(const QString &what, const std::function<bool()> &work)
    {
        return m_db->concurrentTransaction(what, work);
    }
    // One that a power cut may lose but never half-apply (see LibraryConnection).
    bool relaxedTransaction(const QString &what, const std::function<bool()> &work)
    {
        return m_db->relaxedTransaction(what, work);
    }
    void setAutoCheckpoint(bool on) { m_db->setAutoCheckpoint(on); }

    // Articles
    std::optional<qint64> addArticle(const Article &article) { return articleRepository().add(article); }
    std::optional<Article> article(qint64 id) const { return articleRepository().get(id); }
    bool updateArticleProperties(qint64 id, const QString &title, const QDate &published, const QString &url,
                                 const QString &site)
    {
        return articleRepository().updateProperties(id, title, published, url, site);
    }
    bool updateArticleProperties(qint64 id, const ArticleProperties &to, const ArticleProperties &seen)
    {
        return articleRepository().updateProperties(id, to.title, to.published, to.url, to.site, &seen);
    }
    std::optional<ArticleSnapshot> articleSnapshot(qint64 id) const
    {
        return articleRepository().snapshot(id);
    }
    bool deleteArticle(qint64 id) { return articleRepository().remove(id); }
    bool restoreArticle(const ArticleSnapshot &snapshot) { return articleRepository().restore(snapshot); }
    std::optional<QVector<ArticleSummary>> articles(const ArticleFilter &filter, ArticleSort sort,
                                                    Qt::SortOrder order, int offset, int limit) const
    {
        return articleRepository().list(filter, sort, order, offset, limit);
    }
    std::optional<int> articleCount(const ArticleFilter &filter = {}) const
    {
        return articleRepository().count(filter);
    }
    // The newest article with the same canonical URL or text: its id, 0 when none.
    std::optional<qint64> findDuplicate(const QString &canonicalUrl, const QString &textSha256) const
    {
        return articleRepository().findDuplicate(canonicalUrl, textSha256);
    }

    // Annotations
    std::optional<qint64> addAnnotation(const Annotation &a) { return annotationRepository().add(a); }
    bool restoreAnnotation(const Annotation &a) { return annotationRepository().restore(a); }
    bool updateAnnotation(const Annotation &a, QDateTime *stamped = nullptr, const QDateTime &version = {})
    {
        return annotationRepository().update(a, stamped, version);
    }
    bool deleteAnnotation(qint64 id, const QDateTime &seen = {})
    {
        return annotationRepository().remove(id, seen);
    }
    std::optional<Annotation> annotation(qint64 id) const { return annotationRepository().get(id); }
    std::optional<QVector<Annotation>> annotations(qint64 articleId) const
    {
        return annotationRepository().forArticle(articleId);
    }
    bool validateAnnotation(Annotation *a) const { return annotationRepository().validate(a); }
    // Annotations across the library, a page at a time (the findings list).
    std::optional<QVector<Finding>> findings(const FindingFilter &filter, AnnotationFindings::Sort sort,
                                             Qt::SortOrder order, int offset, int limit) const
    {
        return AnnotationFindings(*m_db).page(filter, sort, order, offset, limit);
    }
    std::optional<int> findingCount(const FindingFilter &filter = {},
                                    int cap = std::numeric_limits<int>::max()) const
    {
        return AnnotationFindings(*m_db).count(filter, cap);
    }

    // Pillars
    std::optional<qint64> addPillar(const QString &name, const QString &color = {},
                                    const QString &description = {})
    {
        return pillarRepository().add(name, color, description);
    }
    bool restorePillar(const Pillar &pillar) { return pillarRepository().restore(pillar); }
    bool renamePillar(qint64 id, const QString &newName, const QString &seen = {})
    {
        return pillarRepository().rename(id, newName, seen);
    }
    bool updatePillar(qint64 id, const QString &color, const QString &description,
                      const Pillar *seen = nullptr)
    {
        return pillarRepository().update(id, color, description, seen);
    }
    std::optional<PillarMerge> mergePillars(qint64 from, qint64 into, const QDateTime &stamp = {})
    {
        return pillarRepository().merge(from, into, stamp);
    }
    bool unmergePillars(const Pillar &pillar, const PillarMerge &moved)
    {
        return pillarRepository().unmerge(pillar, moved);
    }
    bool deletePillar(qint64 id) { return pillarRepository().remove(id); }
    std::optional<QVector<Pillar>> pillars() const { return pillarRepository().all(); }
    std::optional<Pillar> pillar(qint64 id) const { return pillarRepository().get(id); }
    // The pillar of that name (ignoring case); a Pillar with id 0 when there is none.
    std::optional<Pillar> findPillar(const QString &name) const { return pillarRepository().find(name); }

    // Commitments
    std::optional<qint64> addCommitment(const Commitment &c, bool keepIdentity = false)
    {
        return commitmentRepository().add(c, keepIdentity);
    }
    bool updateCommitment(const Commitment &c, const QDateTime &seen = {}, QDateTime *stamped = nullptr,
                          const QDateTime &version = {})
    {
        return commitmentRepository().update(c, seen, stamped, version);
    }
    bool deleteCommitment(qint64 id) { return commitmentRepository().remove(id); }
    bool validateCommitment(Commitment *c) const { return commitmentRepository().validate(c); }
    std::optional<Commitment> commitment(qint64 id) const { return commitmentRepository().get(id); }
    std::optional<QVector<Commitment>>
    commitments(const CommitmentFilter &filter = {}, int offset = 0, int limit = -1,
                CommitmentRepository::Sort sort = CommitmentRepository::Sort::Due,
                Qt::SortOrder order = Qt::AscendingOrder) const
    {
        return commitmentRepository().list(filter, offset, limit, sort, order);
    }
    std::optional<int> commitmentCount(const CommitmentFilter &filter = {}) const
    {
        return commitmentRepository().count(filter);
    }
    std::optional<QStringList> commitmentActors() const { return commitmentRepository().actors(); }
    std::optional<QStringList> sites() const { return articleRepository().sites(); }
    std::optional<QVector<qint64>> evidenceOf(qint64 annotationId) const
    {
        return commitmentRepository().evidenceOf(annotationId);
    }
    bool linkEvidence(qint64 annotationId, const QVector<qint64> &commitmentIds)
    {
        return commitmentRepository().linkEvidence(annotationId, commitmentIds);
    }
    std::optional<CommitmentRepository::ProposalContext> commitmentProposalContext() const
    {
        return commitmentRepository().proposalContext();
    }
    bool forEachArticleText(const std::function<bool(const Article &)> &visit) const
    {
        return articleRepository().forEachText(visit);
    }
    std::optional<qint64> findSameCommitment(const Commitment &c) const
    {
        return commitmentRepository().findSame(c);
    }
    std::optional<QVector<CommitmentTotal>> commitmentTotals(CommitmentTotals::By by,
                                                             const CommitmentFilter &filter = {},
                                                             const QString &convertTo = {}) const
    {
        return CommitmentTotals(*m_db).compute(by, filter, convertTo);
    }
    std::optional<QVector<ConversionRate>> conversionRates() const { return ConversionRates(*m_db).all(); }
    bool setConversionRate(const ConversionRate &rate) { return ConversionRates(*m_db).set(rate); }
    bool removeConversionRate(const QString &currency, const QString &target)
    {
        return ConversionRates(*m_db).remove(currency, target);
    }

    // Suggestions the user rejected, per article.
    bool rejectSuggestion(qint64 articleId, const QString &kind, int start, int end)
    {
        return annotationRepository().reject(articleId, kind, start, end);
    }
    bool unrejectSuggestion(qint64 articleId, const QString &kind, int start, int end)
    {
        return annotationRepository().unreject(articleId, kind, start, end);
    }
    std::optional<QSet<RejectedSpan>> rejectedSuggestions(qint64 articleId) const
    {
        return annotationRepository().rejected(articleId);
    }

    // Whole library
    bool
    saveCopyAs(const QString &destination); // a consistent copy with the same permissions; never overwrites
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
    // SQLite's quick check: "ok", or what it found; std::nullopt when it could not run.
    // cancel, when given, stops it soon after it turns true (LibraryError::Code::Cancelled).
    std::optional<QString> quickCheck(const std::atomic_bool *cancel = nullptr) const;
    bool isServer() const { return m_db->isServer(); }
    QString serverVersion() const { return m_db->serverVersion(); }

    bool forEachExportRow(qint64 articleId, const ExportRows::RowFunction &row) const
    {
        return ExportRows(*m_db).forEach(articleId, row);
    }

    QSqlDatabase database() const { return m_db->database(); }
    LibraryConnection *connection() const { return m_db.get(); }

    static QString sha256Hex(const QString &text);
    static QString timestamp(const QDateTime &time);

Q_SIGNALS:
    void articleAdded(qint64 id);
    void articleChanged(qint64 id);
    void articleRemoved(qint64 id);
    void annotationsChanged(qint64 articleId);
    void pillarsChanged();
    void commitmentsChanged();
    void feedsChanged();
    // On a server: another client committed a change (after its own signals above).
    void changedByOthers(const Gleaner::ChangeScope &scope);

public:
    // Subscriptions and their items.
    FeedRepository feeds() const { return FeedRepository(*m_db); }

private:
    ArticleRepository articleRepository() const { return ArticleRepository(*m_db); }
    AnnotationRepository annotationRepository() const { return AnnotationRepository(*m_db); }
    PillarRepository pillarRepository() const { return PillarRepository(*m_db); }
    CommitmentRepository commitmentRepository() const { return CommitmentRepository(*m_db); }
    void attach(std::shared_ptr<LibraryConnection> connection);
    // check() on a server: the counts its triggers keep agree with the rows.
    std::optional<CheckReport> checkOnServer(CheckReport report);

    std::shared_ptr<LibraryConnection> m_db;
    QList<QMetaObject::Connection> m_forwarding;
};

} // namespace Gleaner
