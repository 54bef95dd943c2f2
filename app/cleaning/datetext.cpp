#include "cleaning/datetext.h"

#include "util/datatable.h"

#include <QHash>
#include <QRegularExpression>

namespace Gleaner::DateText {

namespace {

const QHash<QString, int> &monthNames()
{
    static const QHash<QString, int> names = [] {
        QHash<QString, int> r;
        for (const QStringList &fields : DataTable::rows(QStringLiteral(":/data/month-names.tsv"))) {
            if (fields.size() >= 2)
                r.insert(fields.at(0), fields.at(1).toInt());
        }
        return r;
    }();
    return names;
}

Found found(const QRegularExpressionMatch &m, int year, int month, int day)
{
    Found f;
    f.date = QDate(year, month, day);
    if (f.date.isValid()) {
        f.start = int(m.capturedStart());
        f.end = int(m.capturedEnd());
    }
    return f;
}

} // namespace

int monthOf(const QString &word)
{
    return monthNames().value(word.toLower());
}

Found find(const QString &text)
{
    if (text.isEmpty())
        return {};
    const QString sample = text.left(2000);
    static const QRegularExpression iso(
        QStringLiteral("(?<!\\d)(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})(?!\\d)"));
    static const QRegularExpression cjk(
        QStringLiteral("(\\d{4})\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日"));
    // "2 April 2026", "2. April 2026", "2 de abril de 2026", "2nd April, 2026"
    static const QRegularExpression dmy(
        QStringLiteral(
            "(?<!\\d)(\\d{1,2})(?:\\.|st|nd|rd|th|er|º)?\\s*(?:de\\s+)?(\\p{L}{3,12})\\.?,?\\s+(?:de\\s+|"
            "del\\s+)?(\\d{4})(?!\\d)"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    // "April 2, 2026", "Apr. 2 2026"
    static const QRegularExpression mdy(
        QStringLiteral("(?<!\\p{L})(\\p{L}{3,12})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})(?!\\d)"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    // "02.04.2026"
    static const QRegularExpression dotted(
        QStringLiteral("(?<![\\d.])(\\d{1,2})\\.\\s?(\\d{1,2})\\.\\s?(\\d{4})(?!\\d)"));

    QRegularExpressionMatch m = iso.match(sample);
    if (m.hasMatch()) {
        const Found f = found(m, m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
        if (f.date.isValid())
            return f;
    }
    m = cjk.match(sample);
    if (m.hasMatch()) {
        const Found f = found(m, m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
        if (f.date.isValid())
            return f;
    }
    // The earliest of the written forms.
    Found best;
    for (auto it = mdy.globalMatch(sample); it.hasNext();) {
        const QRegularExpressionMatch w = it.next();
        const int month = monthOf(w.captured(1));
        if (month == 0)
            continue;
        best = found(w, w.captured(3).toInt(), month, w.captured(2).toInt());
        if (best.date.isValid())
            break;
    }
    for (auto it = dmy.globalMatch(sample); it.hasNext();) {
        const QRegularExpressionMatch w = it.next();
        if (best.date.isValid() && w.capturedStart() >= best.start)
            break;
        const int month = monthOf(w.captured(2));
        if (month == 0)
            continue;
        const Found f = found(w, w.captured(3).toInt(), month, w.captured(1).toInt());
        if (f.date.isValid()) {
            best = f;
            break;
        }
    }
    m = dotted.match(sample);
    if (m.hasMatch() && (!best.date.isValid() || m.capturedStart() < best.start)) {
        const Found f = found(m, m.captured(3).toInt(), m.captured(2).toInt(), m.captured(1).toInt());
        if (f.date.isValid())
            best = f;
    }
    return best;
}

} // namespace Gleaner::DateText
