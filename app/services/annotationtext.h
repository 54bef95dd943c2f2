#pragma once

#include "util/annotation.h"

#include <QCoreApplication>
#include <QLocale>

namespace Gleaner {

struct Suggestion;

// How an annotation's values read for a person, in the user's language: the
// panel, tool tips, the Markdown and PDF exports all say it the same way.
class AnnotationText
{
    Q_DECLARE_TR_FUNCTIONS(Gleaner::AnnotationText)
public:
    // "USD 10,000,000,000", "up to 2 gigawatts", "1,000,000 engineers" (the unit as
    // written with its number: UnitNames)
    static QString amount(const QString &plainAmount, const QString &currency, const QString &unit,
                          const QString &qualifier, const QLocale &locale = QLocale());
    // "up to 2 gigawatts" / "最大2ギガワット": the qualifier around an amount's text, translated.
    static QString qualified(const QString &qualifier, const QString &amount);
    // A date in the locale's long form without the day of the week ("20 November 2031",
    // "November 20, 2031", "2031年11月20日").
    static QString date(const QDate &date, const QLocale &locale = QLocale());
    // "31 December 2029" by day, "end of 2029", "end of Q3 2028", "end of May 2028"
    static QString due(const QDate &date, DatePrecision precision, const QLocale &locale = QLocale());
    // The precision in words: "day", "month", "quarter", "year" (translated)
    static QString precision(DatePrecision precision);
    // The kind in words: "Pillar", "Amount", "Deadline", "Note" (translated)
    static QString kind(AnnotationKind kind);
    // The value line of an annotation: its amount, due date or pillar.
    static QString value(const Annotation &annotation, const QLocale &locale = QLocale());
    static QString value(const Suggestion &suggestion, const QLocale &locale = QLocale());
    // Empty when `due` is the last day of its period for `wanted`; else the
    // sentence that says it is kept by day instead (window and command line alike).
    static QString keptByDay(const QDate &due, DatePrecision wanted, const QLocale &locale = QLocale());
    // The kind with its value: "Amount: USD 10,000,000,000", "Pillar: Cybersecurity", "Note".
    static QString summary(const Annotation &annotation, const QLocale &locale = QLocale());
    // "Pillar: Cybersecurity" for an amount, deadline or note that has a pillar; else empty.
    static QString pillarOf(const Annotation &annotation);
    // One line for lists and footnotes: "Amount: USD 2,000,000,000 · Pillar: Europe — the note".
    static QString describe(const Annotation &annotation, const QLocale &locale = QLocale());
};

} // namespace Gleaner
