// Period arithmetic for Japanese dates (a count of units from a day), and what follows a
// Japanese date and changes it: the part of a period it names
// (今月初め, 9月上旬, 去年の前半) and the end of a range (9月3日から12日まで).
#include "suggest/japaneserecognizer.h"

#include "suggest/vocabulary.h"

#include <QRegularExpression>

#include <algorithm>

namespace Gleaner {

namespace {

// `count` business days (Monday to Friday) after `from`, or before it when negative.
QDate businessDays(const QDate &from, int count)
{
    QDate d = from;
    for (int left = std::abs(count); left > 0;) {
        d = d.addDays(count > 0 ? 1 : -1);
        if (d.dayOfWeek() <= 5)
            --left;
    }
    return d;
}

QDate monthEnd(const QDate &d)
{
    return QDate(d.year(), d.month(), d.daysInMonth());
}

// The last day of the part of a month, a year or a decade that `part` names (the
// values of ja-vocabulary.tsv's period-part kind). The middle of a year ends in
// June and that of a decade in its sixth year, as "mid-2026" and "the mid-2030s" do; its
// very beginning (早々) is a month's first ten days, a year's first four months and a
// decade's first three years, as "early April", "early next year" and "the early 2030s" (初め
// and 初頭 are its first half, as Recognizers-Text reads 今年初め).
QDate partEnd(const Suggestion &s, const QString &part, bool decade)
{
    const QDate d = s.due;
    if (decade) {
        const int first = d.year() - 9;
        if (part == QLatin1String("early"))
            return QDate(first + 2, 12, 31);
        if (part == QLatin1String("first-half"))
            return QDate(first + 4, 12, 31);
        if (part == QLatin1String("first-third"))
            return QDate(first + 3, 12, 31);
        if (part == QLatin1String("middle-third"))
            return QDate(first + 6, 12, 31);
        if (part == QLatin1String("second-half") || part == QLatin1String("last-third"))
            return d;
        return {};
    }
    if (s.precision == DatePrecision::Month) {
        const QDate first(d.year(), d.month(), 1);
        if (part == QLatin1String("first-half"))
            return first.addDays(14);
        if (part == QLatin1String("first-third") || part == QLatin1String("early"))
            return first.addDays(9);
        if (part == QLatin1String("middle-third"))
            return first.addDays(19);
        if (part == QLatin1String("last-third") || part == QLatin1String("second-half"))
            return monthEnd(d);
        return {};
    }
    if (s.precision == DatePrecision::Year) {
        if (part == QLatin1String("early")) // (its first four months, as "early next year")
            return monthEnd(d.addMonths(-8));
        if (part == QLatin1String("first-half") || part == QLatin1String("first-third"))
            return monthEnd(d.addMonths(-6));
        if (part == QLatin1String("middle-third"))
            return monthEnd(d.addMonths(-6));
        if (part == QLatin1String("second-half") || part == QLatin1String("last-third"))
            return d;
    }
    return {};
}

} // namespace

QDate endOfMonth(int year, int month)
{
    const QDate first(year, month, 1);
    return first.isValid() ? first.addMonths(1).addDays(-1) : QDate();
}

int yearOfComing(const QDate &from, int month, int day)
{
    const QDate thisYear(from.year(), month, day > 0 ? day : 1);
    if (!thisYear.isValid())
        return from.year();
    const QDate end = day > 0 ? thisYear : endOfMonth(from.year(), month);
    return end < from ? from.year() + 1 : from.year();
}

QDate shiftedBy(const QDate &from, int count, const QString &unit)
{
    if (unit == QStringLiteral("営業日"))
        return businessDays(from, count);
    return unit == QStringLiteral("年")     ? from.addYears(count)
           : unit == QStringLiteral("週間") ? from.addDays(7 * count)
           : unit == QStringLiteral("日")   ? from.addDays(count)
                                            : from.addMonths(count);
}

QDate yearsFrom(const Suggestion &s, int years)
{
    const QDate moved = s.due.addYears(years);
    return s.precision == DatePrecision::Day ? moved
                                             : QDate(moved.year(), moved.month(), moved.daysInMonth());
}

void JapaneseRecognizer::refine(QVector<Suggestion> *found) const
{
    std::sort(found->begin(), found->end(),
              [](const Suggestion &a, const Suggestion &b) { return a.start < b.start; });
    const Vocabulary &words = Vocabulary::japanese();
    // 今月初め, 9月上旬, 去年の前半: a part of the period.
    for (Suggestion &s : *found) {
        if (s.kind != Suggestion::Kind::Date || s.end >= m_text.size())
            continue;
        int at = s.end;
        if (m_text.at(at) == QChar(0x306E)) // の
            ++at;
        QString part;
        const int length = words.matchAt(QStringLiteral("period-part"), m_text, at, &part);
        if (length == 0)
            continue;
        const bool decade = m_text.mid(s.start, s.end - s.start).endsWith(QStringLiteral("年代"));
        const QDate due = partEnd(s, part, decade);
        if (!due.isValid())
            continue;
        // the part of a decade is known to its year, of a year to its month
        const DatePrecision precision = decade                               ? DatePrecision::Year
                                        : s.precision == DatePrecision::Year ? DatePrecision::Month
                                                                             : DatePrecision::Day;
        const Suggestion changed = date(s.start, at + length, due, precision);
        s = changed;
    }
    // 2018年以前, ２０１５年前に, 3月以前: the day before the period begins.
    for (Suggestion &s : *found) {
        if (s.kind == Suggestion::Kind::Amount || s.end >= m_text.size())
            continue;
        const bool strict = m_text.mid(s.end, 2) == QStringLiteral("以前");
        const bool plain =
            m_text.at(s.end) == QChar(u'前') &&
            (s.end + 1 >= m_text.size() || QStringLiteral("に、。はの").contains(m_text.at(s.end + 1)));
        const QString written = m_text.mid(s.start, s.end - s.start);
        if (!(strict || plain) || !(written.endsWith(QChar(u'年')) || written.endsWith(QChar(u'月')) ||
                                    written.endsWith(QChar(u'日'))))
            continue;
        QDate begins = s.due;
        if (s.precision == DatePrecision::Year)
            begins = QDate(s.due.year(), 1, 1);
        else if (s.precision == DatePrecision::Month)
            begins = QDate(s.due.year(), s.due.month(), 1);
        s = date(s.start, s.end + (strict ? 2 : 1), begins.addDays(-1), s.precision);
        s.kind = Suggestion::Kind::Date;
    }
    // 9月3日から12日まで, 2020年5月から10月の間: one span, ending with the second date.
    static const QRegularExpression dayOnly(QStringLiteral("^([0-9一二三四五六七八九十]{1,3})日"));
    static const QRegularExpression monthDay(
        QStringLiteral("^([0-9一二三四五六七八九十]{1,3})月(?:([0-9一二三四五六七八九十]{1,3})日)?"));
    // 8月1日から同月29日まで, 4月から同年9月まで, 10月から3か月間: the second part of a range
    // that only the first date gives a time
    {
        QVector<Suggestion> withSecond;
        withSecond.reserve(found->size());
        int covered = -1; // the end of the last second part added: what it covers is dropped
        for (int k = 0; k < found->size(); ++k) {
            const Suggestion &s = found->at(k);
            if (s.start < covered)
                continue;
            withSecond.append(s);
            Suggestion same;
            if (s.kind == Suggestion::Kind::Amount || !anchoredAfter(s, &same))
                continue;
            if (k + 1 < found->size() && found->at(k + 1).start == same.start)
                continue; // found on its own: 2026年から5年間で
            withSecond.append(same);
            covered = same.end;
        }
        *found = withSecond;
    }
    QVector<Suggestion> joined;
    for (int k = 0; k < found->size(); ++k) {
        const Suggestion &a = found->at(k);
        if (k + 1 >= found->size() || a.kind == Suggestion::Kind::Amount) {
            joined.append(a);
            continue;
        }
        const Suggestion &b = found->at(k + 1);
        const QString between = m_text.mid(a.end, b.start - a.end);
        // (期限を5月31日から7月31日に延長した: a limit moved from one day to another, no range;
        // nor 来年3月30日から1日6便に, a day's count after the date)
        const bool moved = movedTo(b.end);
        if (b.kind == Suggestion::Kind::Amount || moved || perDay(b) ||
            !words.set(QStringLiteral("range-joint")).contains(between)) {
            joined.append(a);
            continue;
        }
        // The second date takes its year and month from the first when it has none.
        QDate due = b.due;
        const QString bText = m_ascii.mid(b.start, b.end - b.start);
        const QRegularExpressionMatch d = dayOnly.match(bText);
        const QRegularExpressionMatch md = monthDay.match(bText);
        if (const QDate counted = countedFrom(a, bText); counted.isValid()) {
            due = counted;
        } else if (d.hasMatch()) {
            due = QDate(a.due.year(), a.due.month(), dateNumber(d.captured(1)));
            if (due.isValid() && due < a.due)
                due = due.addMonths(1);
        } else if (md.hasMatch()) {
            const int month = dateNumber(md.captured(1));
            due = md.hasCaptured(2) ? QDate(a.due.year(), month, dateNumber(md.captured(2)))
                                    : monthEnd(QDate(a.due.year(), month, 1));
            if (due.isValid() && due < a.due)
                due = due.addYears(1);
        }
        if (!due.isValid()) {
            joined.append(a);
            continue;
        }
        // 5月から9月まで, written in June: this year's May, as the span still runs.
        Suggestion first = a;
        // (not 来期, named from publication already)
        const QString aText = m_text.mid(a.start, a.end - a.start);
        if (!aText.contains(QChar(u'年')) && words.value(QStringLiteral("fiscal-term"), aText).isEmpty() &&
            a.due.year() > m_published.year() && due.addYears(-1) >= m_published &&
            due.addYears(-1) >= a.due.addYears(-1)) {
            first.due = a.due.addYears(-1);
            due = due.addYears(-1);
        }
        int end = b.end;
        QString tail;
        const int tailLength = words.matchAt(QStringLiteral("range-end"), m_text, end, &tail);
        end += tailLength;
        Suggestion s = date(first.start, end, due, b.precision);
        if (b.kind == Suggestion::Kind::Deadline || tail == QLatin1String("deadline"))
            s.kind = Suggestion::Kind::Deadline;
        else if (s.kind != Suggestion::Kind::Deadline)
            s.kind = due > m_published ? Suggestion::Kind::Deadline : Suggestion::Kind::Date;
        // (4月26日〜5月29日に…実施したと発表した on May 31: without its year, a span a past clause
        // tells is the one gone by)
        // (only a span wholly ahead: one under way, 4月1日〜5月31日に販売した in mid-April, stays)
        if (s.kind == Suggestion::Kind::Deadline && b.kind != Suggestion::Kind::Deadline && tail.isEmpty() &&
            first.due > m_published && !s.text.contains(QChar(u'年')) && !s.text.contains(QChar(u'度')) &&
            due.addYears(-1) <= m_published && clauseTime(end) == ClauseTime::Past) {
            s.due = due.addYears(-1);
            s.kind = Suggestion::Kind::Date;
        }
        joined.append(s);
        ++k;
    }
    *found = joined;
}

// 2026年から5年間, 10月から3か月間: the last day of a count of units from the start of a's
// period, when `text` begins with one; invalid if not.
QDate JapaneseRecognizer::countedFrom(const Suggestion &a, QStringView text) const
{
    // from a whole year, fiscal year, month or day (not 上期, 夏, 6月期: where they start is
    // not where they end)
    // (or a company's fiscal term named from publication: 来期から3年間で)
    const QString first = m_text.mid(a.start, a.end - a.start);
    if (!(first.endsWith(QChar(u'年')) || first.endsWith(QStringLiteral("年度")) ||
          first.endsWith(QChar(u'月')) || first.endsWith(QChar(u'日')) ||
          !Vocabulary::japanese().value(QStringLiteral("fiscal-term"), first).isEmpty()))
        return {};
    // (半年間: six months)
    static const QRegularExpression counted(QStringLiteral(
        "^(?:([0-9一二三四五六七八九十]{1,3})(年|か月|ヶ月|カ月|ヵ月|週|日)|半年)間(?!以上|超)"));
    const QRegularExpressionMatch c = counted.match(text);
    if (!c.hasMatch() || a.precision == DatePrecision::Quarter)
        return {};
    const QDate from = a.precision == DatePrecision::Year    ? a.due.addYears(-1).addDays(1)
                       : a.precision == DatePrecision::Month ? QDate(a.due.year(), a.due.month(), 1)
                                                             : a.due;
    if (!c.hasCaptured(1))
        return from.addMonths(6).addDays(-1);
    const QString unit = c.captured(2) == QStringLiteral("週") ? QStringLiteral("週間") : c.captured(2);
    return shiftedBy(from, dateNumber(c.captured(1)), unit).addDays(-1);
}

// 8月1日から同月29日まで, 2026年4月から同年9月まで, 10月から3か月間: after a range joint, a
// date that takes the month (同月) or the year (同年) of the date `a` before it, or a count
// of units from it; false if none.
bool JapaneseRecognizer::anchoredAfter(const Suggestion &a, Suggestion *out) const
{
    const int joint = Vocabulary::japanese().matchAt(QStringLiteral("range-joint"), m_text, a.end);
    if (joint == 0)
        return false;
    const int at = a.end + joint;
    static const QRegularExpression sameMonth(QStringLiteral("^同月([0-9一二三四五六七八九十]{1,3})日"));
    static const QRegularExpression sameYear(
        QStringLiteral("^同年([0-9一二三四五六七八九十]{1,3})月(?:([0-9一二三四五六七八九十]{1,3})日)?"));
    const QStringView rest = QStringView(m_ascii).mid(at, 12);
    QDate due;
    DatePrecision precision = DatePrecision::Day;
    int length = 0;
    if (const QRegularExpressionMatch m = sameMonth.match(rest); m.hasMatch()) {
        due = QDate(a.due.year(), a.due.month(), dateNumber(m.captured(1)));
        length = int(m.capturedLength());
    } else if (const QRegularExpressionMatch y = sameYear.match(rest); y.hasMatch()) {
        const int month = dateNumber(y.captured(1));
        if (y.hasCaptured(2)) {
            due = QDate(a.due.year(), month, dateNumber(y.captured(2)));
        } else {
            due = monthEnd(QDate(a.due.year(), month, 1));
            precision = DatePrecision::Month;
        }
        length = int(y.capturedLength());
    } else if (due = countedFrom(a, rest); due.isValid()) {
        static const QRegularExpression count(QStringLiteral("^[^間]*間"));
        length = int(count.match(rest).capturedLength());
    }
    if (!due.isValid() || due < a.due)
        return false;
    *out = date(at, at + length, due, precision);
    return true;
}

// 首相は4日に閣僚と会談し、翌日には地方を視察する; 5日、翌月から料金を改定すると発表した: a
// day, week, month or year (vocabulary following-period) counted from the date found last before
// it in its sentence, not from publication; with none there, no date. Only before a particle or
// a comma: 翌日配送 and 翌月払い are names of a service.
void JapaneseRecognizer::followingPeriods(QVector<Suggestion> *found) const
{
    static const QString particles = QStringLiteral("にかまのはもで、，");
    QVector<Suggestion> added;
    int last = -1; // the date found last before the position, in `found`
    for (int i = 0; i + 2 < m_text.size(); ++i) {
        const QChar c = m_text.at(i);
        if (c != QChar(u'翌') && c != QChar(u'前'))
            continue;
        // (not a noun's day before or after: 大会前日, 発売翌日)
        const QChar before = i > 0 ? m_text.at(i - 1) : QChar();
        if ((before.unicode() >= 0x3400 && before.unicode() <= 0x9FFF) ||
            (before.unicode() >= 0x30A0 && before.unicode() <= 0x30FF))
            continue;
        QString value;
        int length = Vocabulary::japanese().matchAt(QStringLiteral("following-period"), m_text, i, &value);
        // (a month's part after it: 翌月上旬, 翌月末)
        QString part;
        if (length > 0 && value.startsWith(QLatin1String("month"))) {
            if (m_text.mid(i + length, 1) == QStringLiteral("末")) {
                part = QStringLiteral("last-third");
                length += 1;
            } else if (const int more = Vocabulary::japanese().matchAt(QStringLiteral("period-part"), m_text,
                                                                       i + length, &part);
                       more > 0) {
                length += more;
            }
        }
        if (length == 0 || i + length >= m_text.size() || !particles.contains(m_text.at(i + length)))
            continue;
        while (last + 1 < found->size() && found->at(last + 1).end <= i)
            ++last;
        int anchor = last;
        while (anchor >= 0 && anchor > last - 8 && found->at(anchor).kind == Suggestion::Kind::Amount)
            --anchor;
        if (anchor < 0 || found->at(anchor).start < sentenceStart(i) ||
            (last + 1 < found->size() && found->at(last + 1).start < i + length))
            continue;
        const Suggestion &a = found->at(anchor);
        const QString unit = value.section(QLatin1Char(' '), 0, 0);
        const int by = value.section(QLatin1Char(' '), 1, 1).toInt();
        const bool day = a.precision == DatePrecision::Day;
        Suggestion s;
        if (unit == QLatin1String("day") && day) {
            s = date(i, i + length, a.due.addDays(by), DatePrecision::Day);
        } else if (unit == QLatin1String("week") && day) {
            s = date(i, i + length, a.due.addDays(7 * by), DatePrecision::Day);
        } else if (unit == QLatin1String("month") && (day || a.precision == DatePrecision::Month)) {
            s = date(i, i + length, monthEnd(a.due.addMonths(by)), DatePrecision::Month);
            if (!part.isEmpty()) {
                const QDate end = partEnd(s, part, false);
                if (!end.isValid())
                    continue;
                s.due = end;
                s.precision = end.day() == end.daysInMonth() ? DatePrecision::Month : DatePrecision::Day;
            }
        } else if (unit == QLatin1String("year")) {
            s = date(i, i + length, QDate(a.due.year() + by, 12, 31), DatePrecision::Year);
        } else {
            continue;
        }
        if (s.due <= m_published || clauseTime(s.end) == ClauseTime::Past)
            s.kind = Suggestion::Kind::Date;
        else
            s.kind = Suggestion::Kind::Deadline;
        added.append(s);
        i += length - 1;
    }
    if (added.isEmpty())
        return;
    *found += added;
    std::stable_sort(found->begin(), found->end(),
                     [](const Suggestion &x, const Suggestion &y) { return x.start < y.start; });
}

} // namespace Gleaner
