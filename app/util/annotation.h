#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

namespace Gleaner {

// What an annotation marks. Stored as the lower-case name.
enum class AnnotationKind { Pillar, Amount, Deadline, Note };

// How exact a due date is; the stored due date is always the last day of the period.
enum class DatePrecision { Day, Month, Quarter, Year };

// Who made an annotation: the user, or the user accepting a Gleaner suggestion.
enum class AnnotationOrigin { User, Suggestion };

QString kindName(AnnotationKind kind);
bool kindFromName(const QString &name, AnnotationKind *kind);
QString precisionName(DatePrecision precision);
bool precisionFromName(const QString &name, DatePrecision *precision);
QString originName(AnnotationOrigin origin);
bool originFromName(const QString &name, AnnotationOrigin *origin);

// The last day of the period of the given precision that contains `date`.
QDate endOfPeriod(const QDate &date, DatePrecision precision);
// The precision a due date is kept with: `wanted` when the date is the last day of
// such a period, else Day, so that the date the user saw or typed is the one kept
// ("2029-06-15" typed for a year-precision deadline stays 2029-06-15, by day).
DatePrecision precisionKeeping(const QDate &due, DatePrecision wanted);

// Whether a UTF-16 offset falls between the two halves of a surrogate pair (inside
// one character such as an emoji). Offsets that do cannot start or end an annotation.
bool splitsSurrogatePair(const QString &text, int offset);

struct Annotation
{
    qint64 id = 0;
    qint64 articleId = 0;
    AnnotationKind kind = AnnotationKind::Note;
    int start = 0; // UTF-16 offset into the article text
    int end = 0;   // exclusive
    QString quote;
    QString prefix;      // up to 32 characters before the quote, for re-anchoring
    QString suffix;      // up to 32 characters after it
    qint64 pillarId = 0; // 0: none
    QString pillarName;  // filled when read back
    QString amount;      // plain decimal string, never a float
    QString currency;    // ISO 4217 code, or empty
    QString unit;        // counted noun ("engineer"), or empty
    QString qualifier;   // "up to", "more than", ...
    QDate due;
    DatePrecision precision = DatePrecision::Day;
    QString note;
    AnnotationOrigin origin = AnnotationOrigin::User;
    QDateTime createdAt;
    QDateTime updatedAt;
    QString author; // who made it (LibraryConnection::author()); '' before format 7
};

} // namespace Gleaner
