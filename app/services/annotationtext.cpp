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
    // Japanese writes yen and counters after the number ("3,000円", "10,000人").
    const bool japanese = locale.language() == QLocale::Japanese;
    const QString japaneseUnit = japanese && !unit.isEmpty() ? UnitNames::japanese(unit) : QString();
    QString text;
    if (japanese && currency == QLatin1String("JPY"))
        text = number + QStringLiteral("円");
    else if (!currency.isEmpty())
        text = currency + QChar(0x00a0) + number;
    else if (!japaneseUnit.isEmpty())
        text = number + japaneseUnit;
    else if (!unit.isEmpty())
        text = number + QChar(0x00a0) + UnitNames::forAmount(unit, plainAmount);
    else
        text = number;
    return qualified(qualifier, text);
}

QString AnnotationText::qualified(const QString &qualifier, const QString &amount)
{
    // The qualifiers the recognizers store, each with the place of the amount in it,
    // so that a language can put it before or after ("最大%1", "%1以上").
    static const char *const phrases[][2] = {
        {"up to", QT_TRANSLATE_NOOP("Gleaner::AnnotationText", "up to %1")},
        {"about", QT_TRANSLATE_NOOP("Gleaner::AnnotationText", "about %1")},
        {"around", QT_TRANSLATE_NOOP("Gleaner::AnnotationText", "around %1")},
        {"approximately", QT_TRANSLATE_NOOP("Gleaner::AnnotationText", "approximately %1")},
        {"roughly", QT_TRANSLATE_NOOP("Gleaner::AnnotationText", "roughly %1")},
        {"nearly", QT_TRANSLATE_NOOP("Gleaner::AnnotationText", "nearly %1")},
        {"almost", QT_TRANSLATE_NOOP("Gleaner::AnnotationText", "almost %1")},
        {"more than", QT_TRANSLATE_NOOP("Gleaner::AnnotationText", "more than %1")},
        {"over", QT_TRANSLATE_NOOP("Gleaner::AnnotationText", "over %1")},
        {"at least", QT_TRANSLATE_NOOP("Gleaner::AnnotationText", "at least %1")},
        {"at most", QT_TRANSLATE_NOOP("Gleaner::AnnotationText", "at most %1")},
        {"less than", QT_TRANSLATE_NOOP("Gleaner::AnnotationText", "less than %1")},
        {"fewer than", QT_TRANSLATE_NOOP("Gleaner::AnnotationText", "fewer than %1")},
        {"under", QT_TRANSLATE_NOOP("Gleaner::AnnotationText", "under %1")},
        {"as much as", QT_TRANSLATE_NOOP("Gleaner::AnnotationText", "as much as %1")},
        {"as many as", QT_TRANSLATE_NOOP("Gleaner::AnnotationText", "as many as %1")},
        {"no more than", QT_TRANSLATE_NOOP("Gleaner::AnnotationText", "no more than %1")},
        {"no less than", QT_TRANSLATE_NOOP("Gleaner::AnnotationText", "no less than %1")},
        {"in excess of", QT_TRANSLATE_NOOP("Gleaner::AnnotationText", "in excess of %1")},
        {"upwards of", QT_TRANSLATE_NOOP("Gleaner::AnnotationText", "upwards of %1")},
        {"close to", QT_TRANSLATE_NOOP("Gleaner::AnnotationText", "close to %1")},
        {"some", QT_TRANSLATE_NOOP("Gleaner::AnnotationText", "some %1")},
    };
    if (qualifier.isEmpty())
        return amount;
    for (const auto &phrase : phrases) {
        if (qualifier == QLatin1String(phrase[0]))
            return tr(phrase[1]).arg(amount);
    }
    return qualifier + QLatin1Char(' ') + amount; // one the user typed
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
