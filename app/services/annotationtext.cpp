#include "services/annotationtext.h"

#include "suggest/suggestion.h"
#include "util/decimal.h"
#include "util/unitnames.h"

#include <QRegularExpression>

namespace Gleaner {

QString AnnotationText::amount(const QString &plainAmount, const QString &currency, const QString &unit,
                               const QString &qualifier, const QLocale &locale)
{
    const QString number = PlainDecimal::toDisplay(plainAmount, locale);
    QString text;
    if (!currency.isEmpty())
        text = currency + QChar(0x00a0) + number;
    else if (!unit.isEmpty())
        text = number + QChar(0x00a0) + UnitNames::forAmount(unit, plainAmount);
    else
        text = number;
    return qualifier.isEmpty() ? text : qualifier + QLatin1Char(' ') + text;
}

QString AnnotationText::date(const QDate &date, const QLocale &locale)
{
    QString format = locale.dateFormat(QLocale::LongFormat);
    // Drop the weekday and what separates it from the rest ("dddd, d MMMM yyyy").
    static const QRegularExpression weekday(QStringLiteral("\\(?dddd\\)?[,、\\s]*|[,、\\s]*\\(?dddd\\)?"));
    format.remove(weekday);
    return locale.toString(date, format.trimmed());
}

QString AnnotationText::due(const QDate &date, DatePrecision precision, const QLocale &locale)
{
    if (!date.isValid())
        return {};
    switch (precision) {
    case DatePrecision::Day:
        return AnnotationText::date(date, locale);
    case DatePrecision::Month:
        return tr("end of %1", "a month and year")
            .arg(locale.toString(date, locale.language() == QLocale::Japanese ? QStringLiteral("yyyy年M月")
                                                                              : QStringLiteral("MMMM yyyy")));
    case DatePrecision::Quarter:
        return tr("end of Q%1 %2").arg((date.month() - 1) / 3 + 1).arg(date.year());
    case DatePrecision::Year:
        return tr("end of %1", "a year").arg(date.year());
    }
    return {};
}

QString AnnotationText::precision(DatePrecision precision)
{
    switch (precision) {
    case DatePrecision::Day:
        return tr("day");
    case DatePrecision::Month:
        return tr("month");
    case DatePrecision::Quarter:
        return tr("quarter");
    case DatePrecision::Year:
        return tr("year");
    }
    return {};
}

QString AnnotationText::kind(AnnotationKind kind)
{
    switch (kind) {
    case AnnotationKind::Pillar:
        return tr("Pillar");
    case AnnotationKind::Amount:
        return tr("Amount");
    case AnnotationKind::Deadline:
        return tr("Deadline");
    case AnnotationKind::Note:
        return tr("Note");
    }
    return {};
}

QString AnnotationText::value(const Annotation &a, const QLocale &locale)
{
    switch (a.kind) {
    case AnnotationKind::Pillar:
        return a.pillarName;
    case AnnotationKind::Amount:
        return amount(a.amount, a.currency, a.unit, a.qualifier, locale);
    case AnnotationKind::Deadline:
        return due(a.due, a.precision, locale);
    case AnnotationKind::Note:
        return {};
    }
    return {};
}

QString AnnotationText::value(const Suggestion &s, const QLocale &locale)
{
    if (s.kind == Suggestion::Kind::Amount) {
        QString text = amount(s.amount, s.currency, s.unit, s.qualifier, locale);
        if (!s.amountMax.isEmpty())
            text += QStringLiteral(" – ") + PlainDecimal::toDisplay(s.amountMax, locale);
        return text;
    }
    return due(s.due, s.precision, locale);
}

QString AnnotationText::keptByDay(const QDate &due, DatePrecision wanted, const QLocale &locale)
{
    if (!due.isValid() || precisionKeeping(due, wanted) == wanted)
        return {};
    return tr("%1 is not the last day of its %2, so the deadline is kept by day.")
        .arg(date(due, locale), precision(wanted));
}

QString AnnotationText::summary(const Annotation &a, const QLocale &locale)
{
    const QString text = value(a, locale);
    return text.isEmpty() ? kind(a.kind) : tr("%1: %2", "kind: value").arg(kind(a.kind), text);
}

QString AnnotationText::pillarOf(const Annotation &a)
{
    if (a.kind == AnnotationKind::Pillar || a.pillarName.isEmpty())
        return {};
    return tr("%1: %2", "kind: value").arg(kind(AnnotationKind::Pillar), a.pillarName);
}

QString AnnotationText::describe(const Annotation &a, const QLocale &locale)
{
    QStringList parts{summary(a, locale)};
    if (const QString pillar = pillarOf(a); !pillar.isEmpty())
        parts << pillar;
    QString line = parts.join(QStringLiteral(" · "));
    if (!a.note.isEmpty())
        line += QStringLiteral(" — ") + a.note.simplified();
    return line;
}

} // namespace Gleaner
