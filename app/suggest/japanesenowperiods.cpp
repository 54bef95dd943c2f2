// The productions of the Japanese date rules whose dates count from publication: the end of
// this year or month (年末, 月末), a quarter named alone (第3四半期), the period in course
// (年内, 上期中), a company's fiscal term (来期中), a shift (2年後, 3カ月前) and a span from now
// (今後4年間で, 3年以内に, 48時間以内に) or up to now (過去5年間).
#include "suggest/japaneserecognizer.h"

#include "suggest/dateperiod.h"
#include "suggest/japanesematch.h"

#include "suggest/ruleengine.h"
#include "suggest/vocabulary.h"

#include <QRegularExpression>

namespace Gleaner {

namespace {
const Vocabulary &words()
{
    return Vocabulary::japanese();
}
} // namespace

void JapaneseRecognizer::addPeriodProductions(RuleSet::Productions *productions) const
{
    using Match = QRegularExpressionMatch;
    const int publishedYear = m_published.year();
    using JapaneseMatch::has;
    using JapaneseMatch::text;
    RuleSet::Productions &p = *productions;
    p.insert(QStringLiteral("period-end"), [=](const Match &m, Suggestion *s) {
        const bool year = text(m, "unit") == QStringLiteral("年");
        return dateOfMatch(m, s,
                           year ? QDate(m_published.year(), 12, 31)
                                : endOfMonth(m_published.year(), m_published.month()),
                           year ? DatePrecision::Year : DatePrecision::Month);
    });
    p.insert(QStringLiteral("quarter-alone"), [=](const Match &m, Suggestion *s) {
        const int q = smallNumber(text(m, "quarter"));
        if (q < 1 || q > 4)
            return false;
        // (the fiscal year's first quarter ends in June, its fourth in March)
        QDate due = endOfMonth(m_published.year(), (q * 3 + 2) % 12 + 1);
        if (due < m_published)
            due = endOfMonth(due.year() + 1, due.month());
        return dateOfMatch(m, s, due, DatePrecision::Quarter);
    });
    p.insert(QStringLiteral("current-period"), [=](const Match &m, Suggestion *s) {
        const QString period = words().value(QStringLiteral("current-period"), text(m, "period"));
        const int y = m_published.year();
        // the first day on or after publication that ends a period of this kind
        auto next = [&](int month, int day) {
            const QDate d(y, month, day);
            return d >= m_published ? d : d.addYears(1);
        };
        QDate due;
        DatePrecision precision = DatePrecision::Month;
        if (period == QLatin1String("year")) {
            due = QDate(y, 12, 31);
            precision = DatePrecision::Year;
        } else if (period == QLatin1String("month")) {
            due = endOfMonth(y, m_published.month());
        } else if (period == QLatin1String("week")) {
            due = m_published.addDays(7 - m_published.dayOfWeek() % 7); // 週内: to Sunday, the next
            precision = DatePrecision::Day;
        } else if (period == QLatin1String("fiscal-year") || period == QLatin1String("fiscal-second-half")) {
            due = next(3, 31);
            precision = period == QLatin1String("fiscal-year") ? DatePrecision::Year : DatePrecision::Month;
        } else if (period == QLatin1String("fiscal-first-half")) {
            due = next(9, 30);
        }
        if (!dateOfMatch(m, s, due, precision))
            return false;
        // within the period (年内, 上期中): a limit; the period alone (下期に) by its clause
        if (text(m, "period").endsWith(QChar(u'中')) || text(m, "period").endsWith(QChar(u'内')))
            s->kind = Suggestion::Kind::Deadline;
        return true;
    });
    // 来期, 今期中に, 来期末: a company's fiscal year from publication, ending in the month the
    // story gives (（2月期決算）) or March; 今期 alone names the year results are counted for
    const int fiscalEnd = fiscalEndMonth();
    p.insert(QStringLiteral("fiscal-term"), [=](const Match &m, Suggestion *s) {
        const int offset = words().value(QStringLiteral("fiscal-term"), text(m, "term")).toInt();
        // (今期 alone is a label; but 今期から3年間で counts a span from it)
        static const QRegularExpression span(QStringLiteral("^から[0-9一二三四五六七八九十]{1,2}年間"));
        if (offset == 0 && !has(m, "end") &&
            !span.match(QStringView(m_ascii).mid(m.capturedEnd(), 8)).hasMatch())
            return false;
        QDate end = endOfMonth(publishedYear, fiscalEnd);
        if (end < m_published)
            end = endOfMonth(publishedYear + 1, fiscalEnd);
        end = endOfMonth(end.year() + offset, fiscalEnd);
        if (!dateOfMatch(m, s, end, DatePrecision::Year))
            return false;
        if (text(m, "end") == QStringLiteral("中"))
            s->kind = Suggestion::Kind::Deadline; // within the year: a limit
        return true;
    });
    p.insert(QStringLiteral("shift"), [=](const Match &m, Suggestion *s) {
        const int sign = text(m, "direction") == QStringLiteral("前") ? -1 : 1;
        // (1年半後: eighteen months; 半年後: six)
        const bool half = has(m, "half") || has(m, "halfyear");
        const int months = has(m, "halfyear") ? 6 : 12 * smallNumber(text(m, "count")) + 6;
        const int count = sign * (half ? months : smallNumber(text(m, "count")));
        return dateOfMatch(m, s,
                           shiftedBy(m_published, count, half ? QStringLiteral("カ月") : text(m, "unit")),
                           DatePrecision::Day);
    });
    p.insert(QStringLiteral("hours-within"), [=](const Match &m, Suggestion *s) {
        const int hours = smallNumber(text(m, "count"));
        bool set = has(m, "ahead");
        for (int k = int(m.capturedEnd()); k < m_text.size() && m_text.at(k) != QChar(0x3002) && !set; ++k)
            set = words().matchAt(QStringLiteral("hours-set-by"), m_text, k) > 0;
        if (hours <= 0 || !set ||
            !dateOfMatch(m, s, addUnits(m_published, Dates::Unit::Hour, hours), DatePrecision::Day))
            return false;
        s->kind = Suggestion::Kind::Deadline;
        return true;
    });
    p.insert(QStringLiteral("period"), [=](const Match &m, Suggestion *s) {
        const bool ahead = has(m, "ahead") || has(m, "within");
        const bool back = has(m, "back") && !has(m, "ahead");
        const bool half = text(m, "unit") == QStringLiteral("半年"); // 半年以内に: six months
        const bool andHalf = has(m, "half");                         // 1年半以内に: eighteen
        const int count = half      ? 6
                          : andHalf ? 12 * smallNumber(text(m, "count")) + 6
                                    : smallNumber(text(m, "count"));
        if ((!ahead && !back) || count <= 0 || count > 100)
            return false;
        // 投開票は27日で、: a day of the month as a topic's predicate, not 27 days
        const int start = int(m.capturedStart());
        const int end = int(m.capturedEnd());
        if (text(m, "within") == QStringLiteral("で") && text(m, "unit") == QStringLiteral("日") &&
            end < m_text.size() && (m_text.at(end) == QChar(0x3001) || m_text.at(end) == QChar(0x3002)) &&
            start > 0 && m_text.at(start - 1) == QChar(u'は') &&
            words().matchBefore(QStringLiteral("day-topic"), m_text, start - 1) > 0)
            return false;
        if (back) { // ここ2日間, 過去5年間: the span up to the day before publication
            const int end = int(has(m, "span") ? m.capturedEnd(QLatin1String("span"))
                                               : m.capturedEnd(QLatin1String("unit")));
            *s = date(int(m.capturedStart()), end, m_published.addDays(-1), DatePrecision::Day);
            return true;
        }
        if (!dateOfMatch(
                m, s,
                shiftedBy(m_published, count, half || andHalf ? QStringLiteral("カ月") : text(m, "unit")),
                DatePrecision::Day))
            return false;
        s->kind = Suggestion::Kind::Deadline; // a span of time from now is a limit
        return true;
    });
}

} // namespace Gleaner
