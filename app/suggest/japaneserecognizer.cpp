#include "suggest/japaneserecognizer.h"

#include "suggest/japanesematch.h"

#include "suggest/japanesedaymarks.h"

#include "suggest/dateperiod.h"
#include "suggest/japanesenumber.h"
#include "suggest/ruleengine.h"
#include "suggest/vocabulary.h"

#include <QRegularExpression>

#include <algorithm>
#include <cstdlib>

namespace Gleaner {

namespace {

const Vocabulary &words()
{
    return Vocabulary::japanese();
}

} // namespace

// A number in a date, in digits or kanji: 2018, 二〇一八, 十二, 二十九.
int dateNumber(const QString &text)
{
    static const QString kanji = QStringLiteral("〇一二三四五六七八九");
    const auto digit = [](QChar c) {
        if (c >= QLatin1Char('0') && c <= QLatin1Char('9'))
            return c.unicode() - u'0';
        return int(kanji.indexOf(c));
    };
    const int ten = int(text.indexOf(QChar(u'十')));
    if (ten < 0) {
        int value = 0;
        for (const QChar c : text) {
            const int d = digit(c);
            if (d < 0 || value > 100000)
                return -1;
            value = value * 10 + d;
        }
        return text.isEmpty() ? -1 : value;
    }
    if (ten > 1 || text.size() - ten > 2)
        return -1;
    const int tens = ten == 0 ? 1 : digit(text.at(0));
    const int ones = ten == text.size() - 1 ? 0 : digit(text.at(ten + 1));
    return tens < 0 || ones < 0 ? -1 : tens * 10 + ones;
}

int smallNumber(const QString &digits)
{
    const JapaneseNumber::Parsed n = JapaneseNumber::parse(digits, 0);
    const double value = n.length == digits.size() ? n.value.toDouble() : -1;
    return value >= 0 && value <= 100000 ? int(value) : -1; // counts of days, months, years
}

JapaneseRecognizer::JapaneseRecognizer(const QString &text, const QDate &published)
    : m_text(text), m_ascii(JapaneseNumber::asciiDigits(text)),
      m_published(published.isValid() ? published : QDate::currentDate())
{}

bool JapaneseRecognizer::hasJapanese(const QString &text)
{
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if ((u >= 0x3040 && u <= 0x30FF) || (u >= 0x4E00 && u <= 0x9FFF))
            return true;
    }
    return false;
}

void JapaneseRecognizer::recognize(QVector<Suggestion> *out) const
{
    amounts(out);
    dates(out);
}

int JapaneseRecognizer::deadlineEnd(int end) const
{
    int at = end;
    if (m_text.mid(at, 1) == QStringLiteral("の") || m_text.mid(at, 1) == QStringLiteral("を"))
        return -1;
    const int length = words().matchAt(QStringLiteral("deadline"), m_text, at);
    return length > 0 ? at + length : -1;
}

Suggestion JapaneseRecognizer::date(int start, int end, const QDate &due, DatePrecision precision) const
{
    Suggestion s;
    const int deadline = deadlineEnd(end);
    s.kind = deadline > 0 ? Suggestion::Kind::Deadline : Suggestion::Kind::Date;
    s.start = start;
    s.end = deadline > 0 ? deadline : end;
    s.text = m_text.mid(s.start, s.end - s.start);
    s.due = due;
    s.precision = precision;
    return s;
}

namespace {

const RuleSet &dateRules()
{
    static const RuleSet rules(QStringLiteral(":/data/ja-date-rules.tsv"), Vocabulary::japanese());
    return rules;
}

// The Sunday that ends the week of `day` in the weeks of a period from `first` to `last`:
// week 1 is the first Monday-to-Sunday week holding four days of the period; `nth` -1 is its last.
QDate sundayOfWeek(const QDate &first, const QDate &last, int nth)
{
    if (nth < 0) {
        QDate monday = last.addDays(1 - last.dayOfWeek());
        if (last.dayOfWeek() < 4)
            monday = monday.addDays(-7);
        return monday.addDays(6);
    }
    QDate monday = first.addDays(1 - first.dayOfWeek());
    if (first.dayOfWeek() > 4)
        monday = monday.addDays(7);
    return monday.addDays(7 * (nth - 1) + 6);
}

} // namespace

const RuleSet &JapaneseRecognizer::rules()
{
    return dateRules();
}

bool JapaneseRecognizer::dateOfMatch(const QRegularExpressionMatch &m, Suggestion *s, const QDate &due,
                                     DatePrecision precision) const
{
    if (!due.isValid())
        return false;
    *s = date(int(m.capturedStart()), int(m.capturedEnd()), due, precision);
    return true;
}

// 1日当たり3000人, 1カ月あたり: the time a rate is counted per, no date; so is 1日 before a
// figure (1日約2万人, 1日500台)
bool JapaneseRecognizer::perDay(const Suggestion &s) const
{
    return (m_ascii.mid(s.start, s.end - s.start) == QStringLiteral("1日") &&
            (JapaneseNumber::parse(m_text, s.end).length > 0 ||
             words().matchAt(QStringLiteral("per-day-lead"), m_text, s.end) > 0)) ||
           words().matchAt(QStringLiteral("rate-after"), m_text, s.end) > 0;
}

// The productions of the rules in ja-date-rules.tsv: what date each kind of match names.
RuleSet::Productions JapaneseRecognizer::productions() const
{
    using Match = QRegularExpressionMatch;
    const int publishedYear = m_published.year();
    using JapaneseMatch::has;
    using JapaneseMatch::text;
    RuleSet::Productions p;
    p.insert(QStringLiteral("decade"), [=](const Match &m, Suggestion *s) {
        return dateOfMatch(m, s, QDate(text(m, "decade").toInt() + 9, 12, 31), DatePrecision::Year);
    });
    p.insert(QStringLiteral("century"), [=](const Match &m, Suggestion *s) {
        return dateOfMatch(m, s, QDate(text(m, "century").toInt() * 100 - 1, 12, 31), DatePrecision::Year);
    });
    p.insert(QStringLiteral("holiday"), [=](const Match &m, Suggestion *s) {
        const QString rule = words().value(QStringLiteral("holiday"), text(m, "holiday"));
        const bool yearGiven = has(m, "year") || has(m, "relyear");
        const int y =
            has(m, "year")
                ? text(m, "year").toInt()
                : publishedYear + words().value(QStringLiteral("relative-year"), text(m, "relyear")).toInt();
        QDate day = Dates::holidayByRule(rule, y);
        if (!yearGiven && day.isValid() && day < m_published)
            day = Dates::holidayByRule(rule, y + 1); // a holiday named alone is the next one
        if (day.isValid() && has(m, "before"))
            day = day.addDays(-1); // 独立記念日の前: the day before
        return dateOfMatch(m, s, day, DatePrecision::Day);
    });
    p.insert(QStringLiteral("year"), [=](const Match &m, Suggestion *s) {
        int y = 0;
        if (has(m, "era"))
            y = words().value(QStringLiteral("era"), text(m, "era")).toInt() +
                (text(m, "eranumber") == QStringLiteral("元") ? 0 : dateNumber(text(m, "eranumber")) - 1);
        else if (has(m, "year"))
            y = dateNumber(text(m, "year"));
        else if (has(m, "short"))
            y = shortYear(text(m, "short").toInt(), int(m.capturedEnd()));
        else
            y = publishedYear + words().value(QStringLiteral("relative-year"), text(m, "relyear")).toInt();
        if (has(m, "short") && y == 0)
            return false;
        const bool fiscal = has(m, "fiscal");
        // 今年度, 来年度 in January to March: counted from the fiscal year that began the April before
        if (fiscal && has(m, "relyear") && m_published.month() <= 3)
            --y;
        QDate due;
        DatePrecision precision = DatePrecision::Year;
        if (has(m, "month")) {
            const int month = dateNumber(text(m, "month"));
            const int calendarYear = fiscal && month <= 3 ? y + 1 : y;
            if (has(m, "day")) {
                due = QDate(calendarYear, month, dateNumber(text(m, "day")));
                precision = DatePrecision::Day;
            } else {
                due = endOfMonth(calendarYear, month);
                precision = DatePrecision::Month;
            }
        } else if (has(m, "quarter")) {
            const int q = smallNumber(text(m, "quarter"));
            const int lastMonth = fiscal ? (q * 3 + 3 - 1) % 12 + 1 : q * 3;
            due = endOfMonth(fiscal && q == 4 ? y + 1 : y, lastMonth);
            precision = DatePrecision::Quarter;
        } else if (has(m, "half")) {
            const bool first = text(m, "half").startsWith(QStringLiteral("上"));
            due = fiscal ? (first ? QDate(y, 9, 30) : QDate(y + 1, 3, 31))
                         : (first ? QDate(y, 6, 30) : QDate(y, 12, 31));
            precision = DatePrecision::Month;
        } else if (has(m, "season")) { // a season ends with its last month
            const int last = words().value(QStringLiteral("season"), text(m, "season")).toInt();
            due = endOfMonth(y + (last - 1) / 12, (last - 1) % 12 + 1);
            precision = DatePrecision::Month;
        } else {
            due = fiscal ? QDate(y + 1, 3, 31) : QDate(y, 12, 31);
            if (fiscal && text(m, "end") == QStringLiteral("末"))
                precision = DatePrecision::Day;
        }
        if (!dateOfMatch(m, s, due, precision))
            return false;
        // 2027年度中に, 2026年内に: within the period, a limit
        if ((text(m, "end") == QStringLiteral("中") || text(m, "end") == QStringLiteral("内")) &&
            due > m_published)
            s->kind = Suggestion::Kind::Deadline;
        return true;
    });
    // 今夏, 来春, 秋ごろ: a season named from publication (without one, the next to end)
    p.insert(QStringLiteral("relative-season"), [=](const Match &m, Suggestion *s) {
        const int last = words().value(QStringLiteral("season"), text(m, "season")).toInt();
        if (last < 1)
            return false;
        const bool shifted = has(m, "shift");
        // (今冬 in January: the winter that began last December)
        int y = publishedYear - (last > 12 && m_published.month() <= last - 12) +
                (shifted ? words().value(QStringLiteral("season-shift"), text(m, "shift")).toInt() : 0);
        QDate due = endOfMonth(y + (last - 1) / 12, (last - 1) % 12 + 1);
        if (!shifted && due < m_published)
            due = endOfMonth(y + 1 + (last - 1) / 12, (last - 1) % 12 + 1);
        return dateOfMatch(m, s, due, DatePrecision::Month);
    });
    // A week ends on Sunday; a weekday alone is the next one.
    auto monday = [=](const Match &m) {
        const QString week = text(m, "week");
        const int offset = week.isEmpty() ? 0 : words().value(QStringLiteral("relative-week"), week).toInt();
        return m_published.addDays(1 - m_published.dayOfWeek() + 7 * offset);
    };
    p.insert(QStringLiteral("weekday"), [=](const Match &m, Suggestion *s) {
        const int day = words().value(QStringLiteral("weekday"), text(m, "weekday")).toInt();
        QDate due = monday(m).addDays(day - 1);
        if (!has(m, "week") && due < m_published)
            due = due.addDays(7);
        return dateOfMatch(m, s, due, DatePrecision::Day);
    });
    p.insert(QStringLiteral("weekday-date"), [=](const Match &m, Suggestion *s) {
        const int month = dateNumber(text(m, "month"));
        const int day = dateNumber(text(m, "day"));
        if (month < 1 || month > 12 || day < 1)
            return false;
        int year = has(m, "year") ? dateNumber(text(m, "year")) : yearOfComing(m_published, month, day);
        const int weekday = words().value(QStringLiteral("weekday"), text(m, "weekday")).toInt();
        for (const int y : {year, year - 1, year + 1}) {
            if (!has(m, "year") && QDate(y, month, day).dayOfWeek() == weekday) {
                year = y;
                break;
            }
        }
        return dateOfMatch(m, s, QDate(year, month, day), DatePrecision::Day);
    });
    p.insert(QStringLiteral("week"), [=](const Match &m, Suggestion *s) {
        return dateOfMatch(m, s, monday(m).addDays(6), DatePrecision::Day);
    });
    p.insert(QStringLiteral("relative-month"), [=](const Match &m, Suggestion *s) {
        const QDate month =
            m_published.addMonths(words().value(QStringLiteral("relative-month"), text(m, "month")).toInt());
        if (has(m, "day"))
            return dateOfMatch(m, s, QDate(month.year(), month.month(), dateNumber(text(m, "day"))),
                               DatePrecision::Day);
        return dateOfMatch(m, s, endOfMonth(month.year(), month.month()), DatePrecision::Month);
    });
    p.insert(QStringLiteral("relative-day"), [=](const Match &m, Suggestion *s) {
        const QDate day =
            m_published.addDays(words().value(QStringLiteral("relative-day"), text(m, "day")).toInt());
        // (あす21日: told twice; when the two disagree, きょう1日で3万人, the day of the month is none)
        if (has(m, "dom") && text(m, "dom").toInt() != day.day()) {
            *s = date(int(m.capturedStart()), int(m.capturedEnd(QStringLiteral("day"))), day,
                      DatePrecision::Day);
            return true;
        }
        return dateOfMatch(m, s, day, DatePrecision::Day);
    });
    p.insert(QStringLiteral("month-day"), [=](const Match &m, Suggestion *s) {
        const int month = dateNumber(text(m, "month"));
        if (month < 1 || month > 12)
            return false;
        if (has(m, "day")) {
            const int day = dateNumber(text(m, "day"));
            return dateOfMatch(m, s, QDate(yearOfComing(m_published, month, day), month, day),
                               DatePrecision::Day);
        }
        return dateOfMatch(m, s, endOfMonth(yearOfComing(m_published, month), month), DatePrecision::Month);
    });
    p.insert(QStringLiteral("month-span"), [=](const Match &m, Suggestion *s) {
        const int from = dateNumber(text(m, "from"));
        const int to = dateNumber(text(m, "to"));
        if (from < 1 || from > 12 || to < 1 || to > 12)
            return false;
        // 2027年11～2月: the last month is in the next year
        const int given = has(m, "year")    ? dateNumber(text(m, "year"))
                          : has(m, "short") ? shortYear(text(m, "short").toInt(), -1)
                          : has(m, "relyear")
                              ? m_published.year() +
                                    words().value(QStringLiteral("relative-year"), text(m, "relyear")).toInt()
                              : 0;
        if (has(m, "short") && given == 0)
            return false;
        int year = given > 0 ? given + (to < from ? 1 : 0) : yearOfComing(m_published, to);
        // (7〜9月期決算 in October: a term ended in the last four months is the one reported, when
        // its results follow; not 1〜3月期に黒字化を目指す)
        const int ended =
            endOfMonth(m_published.year(), to) < m_published ? m_published.year() : m_published.year() - 1;
        if (given == 0 && has(m, "term") && endOfMonth(ended, to).daysTo(m_published) <= 122 &&
            termReported(int(m.capturedEnd())))
            year = ended;
        return dateOfMatch(m, s, endOfMonth(year, to), DatePrecision::Month);
    });
    p.insert(QStringLiteral("year-span"), [=](const Match &m, Suggestion *s) {
        const int from = text(m, "from").toInt();
        int to = text(m, "to").toInt();
        if (to < 100)
            to += from / 100 * 100;
        if (to <= from || to - from > 50)
            return false;
        return dateOfMatch(m, s, has(m, "fiscal") ? QDate(to + 1, 3, 31) : QDate(to, 12, 31),
                           DatePrecision::Year);
    });
    p.insert(QStringLiteral("day-span"), [=](const Match &m, Suggestion *s) {
        // (来月13〜14日: the month from publication, with its year)
        const QDate relative = m_published.addMonths(
            words().value(QStringLiteral("relative-month"), text(m, "relmonth")).toInt());
        const int month = has(m, "relmonth") ? relative.month() : dateNumber(text(m, "month"));
        const int from = dateNumber(text(m, "from"));
        const int to = dateNumber(text(m, "to"));
        // (two days listed are one event's: 1月17、18日, not 4月1日、20日)
        if (month < 1 || month > 12 || to <= from || (has(m, "list") && to - from > 3))
            return false;
        const int year = has(m, "relmonth") ? relative.year()
                         : has(m, "year")   ? dateNumber(text(m, "year"))
                                            : yearOfComing(m_published, month, to);
        return dateOfMatch(m, s, QDate(year, month, to), DatePrecision::Day);
    });
    p.insert(QStringLiteral("week-of-day"), [=](const Match &m, Suggestion *s) {
        const int month = dateNumber(text(m, "month"));
        const int day = dateNumber(text(m, "day"));
        if (month < 1 || month > 12)
            return false;
        const int year = has(m, "year") ? dateNumber(text(m, "year")) : yearOfComing(m_published, month, day);
        const QDate date(year, month, day);
        return date.isValid() && dateOfMatch(m, s, date.addDays(7 - date.dayOfWeek()), DatePrecision::Day);
    });
    p.insert(QStringLiteral("numeric-date"), [=](const Match &m, Suggestion *s) {
        return dateOfMatch(m, s,
                           QDate(text(m, "year").toInt(), text(m, "month").toInt(), text(m, "day").toInt()),
                           DatePrecision::Day);
    });
    p.insert(QStringLiteral("week-of-month"), [=](const Match &m, Suggestion *s) {
        if (!has(m, "year") && !has(m, "month"))
            return false; // 第3週 alone: of what?
        const int month = has(m, "month") ? dateNumber(text(m, "month")) : 0;
        if (has(m, "month") && (month < 1 || month > 12))
            return false;
        const int year = has(m, "year") ? dateNumber(text(m, "year")) : yearOfComing(m_published, month);
        const QDate first(year, month > 0 ? month : 1, 1);
        const QDate last = month > 0 ? endOfMonth(year, month) : QDate(year, 12, 31);
        const int nth = has(m, "last") ? -1 : has(m, "first") ? 1 : dateNumber(text(m, "nth"));
        if (!first.isValid())
            return false;
        const QDate sunday = sundayOfWeek(first, last, nth);
        if (sunday.addDays(-6) > last)
            return false; // 2月の第5週: no such week
        return dateOfMatch(m, s, sunday, DatePrecision::Day);
    });
    p.insert(QStringLiteral("span-from-day"), [=](const Match &m, Suggestion *s) {
        const QDate month =
            m_published.addMonths(words().value(QStringLiteral("relative-month"), text(m, "month")).toInt());
        const QDate anchor =
            has(m, "week")    ? monday(m)
            : has(m, "month") ? QDate(month.year(), month.month(), 1)
                              : m_published.addDays(
                                    words().value(QStringLiteral("relative-day"), text(m, "anchor")).toInt());
        const int count = smallNumber(text(m, "count"));
        if (count <= 0 || count > 100)
            return false;
        const QDate end = shiftedBy(anchor, count, text(m, "unit"));
        const bool within = has(m, "within"), span = (has(m, "span") || text(m, "unit").endsWith(u'間')) &&
                                                     !m.captured().endsWith(u'後');
        if (!dateOfMatch(m, s, within || span ? end.addDays(-1) : end,
                         DatePrecision::Day)) // (to its last day)
            return false;
        if (within)
            s->kind = Suggestion::Kind::Deadline;
        return true;
    });
    p.insert(QStringLiteral("day-of-month"), [=](const Match &m, Suggestion *s) {
        if (text(m, "day") == QStringLiteral("一"))
            return false; // 一日: "one day" far more often than the first of the month
        return dateOfMatch(m, s, dayOfMonthFrom(m_published, dateNumber(text(m, "day"))), DatePrecision::Day);
    });
    addPeriodProductions(&p);
    return p;
}

namespace {

// A span from now (3年以内に, 1週間で), not a date
bool isSpan(const Suggestion &s)
{
    return s.text.contains(QStringLiteral("以内")) || s.text.endsWith(QChar(u'で'));
}

} // namespace

void JapaneseRecognizer::dates(QVector<Suggestion> *out) const
{
    // 6月30日（火）まで: the dates are read past a day's weekday mark, then put back where written
    if (!m_marksRead) {
        const DayMarkFree unmarked(m_text);
        if (unmarked.removedAny()) {
            QVector<Suggestion> found;
            JapaneseRecognizer inner(unmarked.text(), m_published);
            inner.m_marksRead = true; // (once: the text without them is read as it is)
            inner.dates(&found);
            for (Suggestion &s : found) {
                s.start = unmarked.writtenStart(s.start);
                s.end = unmarked.writtenEnd(s.end);
                s.text = m_text.mid(s.start, s.end - s.start);
            }
            *out += found;
            return;
        }
    }
    QVector<Suggestion> found = dateRules().apply(m_ascii, productions());
    for (Suggestion &s : found) // (the text as written: full-width digits stay)
        s.text = m_text.mid(s.start, s.end - s.start);
    refine(&found);
    inheritMonth(&found);
    found.erase(std::remove_if(found.begin(), found.end(), [this](const Suggestion &s) { return perDay(s); }),
                found.end());
    // 判決から30日以内に: a span from an event the story names, whose date is not known here
    const auto anchored = [this](const Suggestion &s) {
        return isSpan(s) && s.start >= 3 && m_text.mid(s.start - 2, 2) == QStringLiteral("から") &&
               words().matchBefore(QStringLiteral("span-anchor"), m_text, s.start - 2) > 0;
    };
    found.erase(std::remove_if(found.begin(), found.end(), anchored), found.end());
    // 患者数は1週間で2倍に増えた: a span of a past clause is no limit (unless it sets a task)
    for (Suggestion &s : found) {
        if (s.kind == Suggestion::Kind::Deadline && isSpan(s) && clauseTime(s.end) == ClauseTime::Past &&
            !requested(s.end))
            s.kind = Suggestion::Kind::Date;
    }
    placeJustGoneBy(&found);
    // A limit passed is a date, as is one of a past clause (3月1日から4月30日まで開かれた)
    for (Suggestion &s : found) {
        if (s.kind != Suggestion::Kind::Deadline)
            continue;
        const bool yearless =
            !s.text.contains(QChar(u'年')) && !s.text.contains(QChar(u'度')) && s.text.contains(QChar(u'月'));
        // (a range's end only: 9月末までに報告するよう求めた is a limit set, still ahead)
        const bool rangeEnd = s.text.contains(QStringLiteral("から")) ||
                              m_text.mid(std::max(0, s.start - 2), 2) == QStringLiteral("から");
        if (s.due > m_published && yearless && rangeEnd && clauseTime(s.end) == ClauseTime::Past &&
            s.due.addYears(-1) <= m_published)
            s.due = yearsFrom(s, -1);
        // (21日までに、…表明した on the 21st: a limit of the past reached today)
        if (s.due < m_published || (s.due == m_published && clauseTime(s.end) == ClauseTime::Past))
            s.kind = Suggestion::Kind::Date;
    }
    // 2035年度に60%の削減を掲げた, 来年1月17日の共通テストに出願した: a date that names its year
    // and lies ahead cannot be what a past clause tells of as done; it is the time of a goal set
    // (more than a year ahead) or of the event its noun names (before の, からの); not a fiscal year's
    // label (2027年3月期を最終年度とする計画) nor a year a noun names (2026年度予算案に計上した,
    // 2026年度採用の選考), nor a span (10年で1.8倍になった)
    for (Suggestion &s : found) {
        const QChar after = s.end < m_text.size() ? m_text.at(s.end) : QChar();
        const bool named = (after.unicode() >= 0x3400 && after.unicode() <= 0x9FFF) ||
                           (after.unicode() >= 0x30A0 && after.unicode() <= 0x30FF);
        static const QRegularExpression namesYear(
            QStringLiteral("[0-9０-９〇一二三四五六七八九十元]年|来年"));
        // (a span only from a named year: N年度からM年間で)
        static const QRegularExpression fromYear(QStringLiteral("年度?から"));
        const bool year = s.text.contains(namesYear) && !s.text.endsWith(QChar(u'期')) && !named &&
                          (!isSpan(s) || s.text.contains(fromYear));
        if (s.kind == Suggestion::Kind::Date && year && s.due > m_published &&
            (s.due > m_published.addYears(1) || m_text.mid(s.end, 1) == QStringLiteral("の") ||
             m_text.mid(s.end, 3) == QStringLiteral("からの")) &&
            clauseTime(s.end) == ClauseTime::Past)
            s.kind = Suggestion::Kind::Deadline;
    }
    narratedInOrder(&found);
    labelFutureDates(&found);
    relabel(&found);
    plansUndone(&found);
    inheritYear(&found);
    followingPeriods(&found);
    *out += found;
}

} // namespace Gleaner
