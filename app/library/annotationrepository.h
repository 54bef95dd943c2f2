#pragma once

#include "util/annotation.h"

#include <QCoreApplication>
#include <QSet>
#include <QVector>

class QSqlQuery;

#include <optional>

namespace Gleaner {

class LibraryConnection;

// A suggestion the user rejected on an article: its kind and span.
struct RejectedSpan
{
    QString kind;
    int start = 0;
    int end = 0;
    bool operator==(const RejectedSpan &o) const
    {
        return kind == o.kind && start == o.start && end == o.end;
    }
};
inline size_t qHash(const RejectedSpan &s, size_t seed = 0)
{
    return qHashMulti(seed, s.kind, s.start, s.end);
}

// The annotations table and the rejected suggestions. Reads that fail return
// std::nullopt with the reason in the connection's lastError().
class AnnotationRepository
{
    Q_DECLARE_TR_FUNCTIONS(Gleaner::AnnotationRepository)
public:
    static constexpr int kContextLength = 32; // characters of prefix and suffix kept for re-anchoring

    explicit AnnotationRepository(LibraryConnection &db) : m_db(db) {}

    // Checks an annotation against its article and the library's rules and fills
    // quote, prefix and suffix; a due date that is not the end of its period keeps
    // its day (precision becomes Day). Nothing is written.
    bool validate(Annotation *annotation) const;
    std::optional<qint64> add(const Annotation &annotation);
    // Puts back an annotation exactly as it was, with its id and times (undo of a delete).
    bool restore(const Annotation &annotation);
    // Changes the row to `annotation`. When annotation.updatedAt is set, the row
    // must still carry that time (nobody changed it since it was read): else the
    // change is refused (LibraryError::Code::Stale) and the row kept as the other
    // user left it. *stamped, when given, receives the row's new time.
    // `version`: the updated_at to write (an undo putting back the row as it was,
    // version included); by default now.
    bool update(const Annotation &annotation, QDateTime *stamped = nullptr, const QDateTime &version = {});
    // With `seen` (the updated_at this window saw), refused as stale when another
    // user changed the annotation since.
    bool remove(qint64 id, const QDateTime &seen = {});
    std::optional<Annotation> get(qint64 id) const;
    std::optional<QVector<Annotation>> forArticle(qint64 articleId) const;

    bool reject(qint64 articleId, const QString &kind, int start, int end);
    bool unreject(qint64 articleId, const QString &kind, int start, int end);
    std::optional<QSet<RejectedSpan>> rejected(qint64 articleId) const;

    // "SELECT <every annotation column> FROM annotations n LEFT JOIN pillars p …",
    // and the Annotation of a row of it.
    static const char kSelect[];
    static Annotation fromQuery(const QSqlQuery &query);

private:
    std::optional<qint64> insert(const Annotation &annotation, bool keepIdentity, const QString &what);
    LibraryConnection &m_db;
};

} // namespace Gleaner
