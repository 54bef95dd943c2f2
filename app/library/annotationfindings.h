#pragma once

#include "util/annotation.h"

#include <QCoreApplication>
#include <QDate>
#include <QVector>

#include <limits>
#include <optional>

namespace Gleaner {

class LibraryConnection;

// Which annotations the library-wide findings list shows; empty fields do not filter.
struct FindingFilter
{
    int kinds = 0; // bit (1 << int(AnnotationKind)) per kind shown; 0: all
    qint64 pillarId = 0;
    QString site;  // exact, ignoring case
    QString actor; // evidence of a commitment by this actor (exact, ignoring case)
    QString currency;
    QDate publishedFrom, publishedTo;
    QDate dueFrom, dueTo;
    QString search;     // words in the quote or note (as the article search finds them)
    qint64 afterId = 0; // only annotations with a larger id (paging through all of them in id order)
};

// One row of the findings list: an annotation with the article it is in.
struct Finding
{
    Annotation annotation;
    QString articleTitle;
    QString site;
    QDate published;
    QString url;
};

// The annotations of every article, filtered and sorted in SQL, a page at a
// time, so that a library of a million annotations lists at once.
class AnnotationFindings
{
    Q_DECLARE_TR_FUNCTIONS(Gleaner::AnnotationFindings)
public:
    enum class Sort { Newest, Kind, Quote, Value, Pillar, Due, Article, Published };

    explicit AnnotationFindings(const LibraryConnection &db) : m_db(db) {}
    std::optional<QVector<Finding>> page(const FindingFilter &filter, Sort sort, Qt::SortOrder order,
                                         int offset, int limit) const;
    // How many match, counted up to `cap` (counting every match of a broad
    // filter costs more than showing the first page).
    std::optional<int> count(const FindingFilter &filter, int cap = std::numeric_limits<int>::max()) const;

private:
    QString whereSql(const FindingFilter &filter, QVariantList *binds) const;
    const LibraryConnection &m_db;
};

} // namespace Gleaner
