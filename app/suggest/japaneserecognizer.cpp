#include "suggest/japaneserecognizer.h"

#include "suggest/dateperiod.h"
#include "suggest/japanesenumber.h"
#include "suggest/vocabulary.h"

#include <QRegularExpression>

namespace Gleaner {

namespace {

const Vocabulary &words()
{
    return Vocabulary::japanese();
}

QString alternation(const QString &kind)
{
    QStringList escaped;
    for (const QString &w : words().words(kind))
        escaped << QRegularExpression::escape(w);
    return escaped.join(QLatin1Char('|'));
}

QDate endOfMonth(int year, int month)
{
    const QDate first(year, month, 1);
    return first.isValid() ? first.addMonths(1).addDays(-1) : QDate();
}

// The month in or after `from`'s month: a month named without a year is the next
// one to come (news speaks of plans).
int yearOfComing(const QDate &from, int month, int day = 0)
{
    const QDate thisYear(from.year(), month, day > 0 ? day : 1);
    if (!thisYear.isValid())
        return from.year();
    const QDate end = day > 0 ? thisYear : endOfMonth(from.year(), month);
    return end < from ? from.year() + 1 : from.year();
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

namespace {

int smallNumber(const QString &digits)
{
    const JapaneseNumber::Parsed n = JapaneseNumber::parse(digits, 0);
    const double value = n.length == digits.size() ? n.value.toDouble() : -1;
    return value >= 0 && value <= 100000 ? int(value) : -1; // counts of days, months, years
}

} // namespace

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

void JapaneseRecognizer::amounts(QVector<Suggestion> *out) const
{
    const int n = int(m_text.size());
    for (int i = 0; i < n; ++i) {
        if (!JapaneseNumber::isNumberChar(m_text.at(i)) ||
            (i > 0 && JapaneseNumber::isNumberChar(m_text.at(i - 1))))
            continue;
        const JapaneseNumber::Parsed number = JapaneseNumber::parse(m_text, i);
        if (number.length == 0)
            continue;
        int start = i;
        int end = i + number.length;
        QString currency;
        QString unit;
        QString value = number.value;
        // A symbol before (¥100, $5億), or a name after (100億ドル, 1000万人民元, 5万人).
        QString symbol;
        int before = start;
        while (before > 0 &&
               (m_text.at(before - 1) == QLatin1Char(' ') || m_text.at(before - 1) == QChar(0x3000)))
            --before; // "$ 48.2 万", "£ 512.5"
        if (const int s = words().matchBefore(QStringLiteral("symbol"), m_text, before, &symbol)) {
            start = before - s;
            currency = symbol;
        }
        QString name;
        const int asCurrency = words().matchAt(QStringLiteral("currency"), m_text, end, &name);
        QString counted;
        const int asUnit = words().matchAt(QStringLiteral("unit"), m_text, end, &counted);
        if (currency.isEmpty() && asCurrency > 0 && asCurrency >= asUnit) {
            currency = name;
            end += asCurrency;
            // 2222円13銭: the hundredths after the currency.
            const JapaneseNumber::Parsed cents = JapaneseNumber::parse(m_text, end);
            QString sub;
            if (cents.length > 0 &&
                words().matchAt(QStringLiteral("subunit"), m_text, end + cents.length, &sub) &&
                sub == currency && cents.value.toDouble() < 100) {
                end += cents.length + 1;
                value = QString::number(value.toLongLong() + cents.value.toDouble() / 100, 'f', 2);
            }
        } else if (currency.isEmpty() && asUnit > 0) {
            unit = counted;
            end += asUnit;
        } else if (currency.isEmpty()) {
            continue; // a bare number is not an amount
        }
        Suggestion s;
        s.kind = Suggestion::Kind::Amount;
        s.start = start;
        s.end = end;
        s.text = m_text.mid(start, end - start);
        s.amount = value;
        s.currency = currency;
        s.unit = unit;
        QString qualifier;
        if (words().matchBefore(QStringLiteral("before"), m_text, start, &qualifier) ||
            words().matchAt(QStringLiteral("after"), m_text, end, &qualifier))
            s.qualifier = qualifier;
        out->append(s);
        i = end - 1;
    }
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

void JapaneseRecognizer::dates(QVector<Suggestion> *out) const
{
    QVector<Suggestion> found;
    QVector<bool> taken(m_text.size() + 1, false);
    const auto take = [&](const Suggestion &s) {
        for (int k = s.start; k < s.end; ++k) {
            if (taken[k])
                return;
        }
        for (int k = s.start; k < s.end; ++k)
            taken[k] = true;
        found.append(s);
    };
    const int publishedYear = m_published.year();

    // Decades and centuries: 1990年代, 21世紀.
    static const QRegularExpression span(QStringLiteral("(\\d{3}0)年代|(\\d{1,2})世紀"));
    for (auto it = span.globalMatch(m_ascii); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        const int last = m.hasCaptured(1) ? m.captured(1).toInt() + 9 : m.captured(2).toInt() * 100 - 1;
        take(date(int(m.capturedStart()), int(m.capturedEnd()), QDate(last, 12, 31), DatePrecision::Year));
    }

    // Holidays, in a year or the next one to come: 今年の独立記念日, 大晦日, 2027年の元日.
    static const QRegularExpression holidayDay(
        QStringLiteral("(?:(\\d{4})年|(%1))?の?(%2)(の前日|の前)?")
            .arg(alternation(QStringLiteral("relative-year")), alternation(QStringLiteral("holiday"))));
    for (auto it = holidayDay.globalMatch(m_ascii); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        const QString rule = words().value(QStringLiteral("holiday"), m.captured(3));
        const bool yearGiven = m.hasCaptured(1) || m.hasCaptured(2);
        const int y =
            m.hasCaptured(1)
                ? m.captured(1).toInt()
                : publishedYear + words().value(QStringLiteral("relative-year"), m.captured(2)).toInt();
        QDate day = Dates::holidayByRule(rule, y);
        if (!yearGiven && day.isValid() && day < m_published)
            day = Dates::holidayByRule(rule, y + 1); // a holiday named alone is the next one
        if (day.isValid() && m.hasCaptured(4))
            day = day.addDays(-1); // 独立記念日の前: the day before
        if (day.isValid())
            take(date(int(m.capturedStart()), int(m.capturedEnd()), day, DatePrecision::Day));
    }

    // A year (2029年, 令和8年, 来年), then what narrows it: 度 (fiscal, April to
    // March), a month and day, a quarter, a half, 末 or 内.
    static const QRegularExpression year(
        QStringLiteral(
            "(?:(%1)([0-9一二三四五六七八九十]{1,3}|元)年|([0-9〇一二三四五六七八九]{4})年|(%2))(度)?"
            "(?:の?([0-9一二三四五六七八九十]{1,3})月(?:([0-9一二三四五六七八九十]{1,3})日|(末|期))?|第?([1-"
            "4一二三四])四半期|(上期|上半期|下期|"
            "下半期)|(末|内|中)|(%3))?")
            .arg(alternation(QStringLiteral("era")), alternation(QStringLiteral("relative-year")),
                 alternation(QStringLiteral("season"))));
    for (auto it = year.globalMatch(m_ascii); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        int y = 0;
        if (m.hasCaptured(1))
            y = words().value(QStringLiteral("era"), m.captured(1)).toInt() +
                (m.captured(2) == QStringLiteral("元") ? 0 : dateNumber(m.captured(2)) - 1);
        else if (m.hasCaptured(3))
            y = dateNumber(m.captured(3));
        else
            y = publishedYear + words().value(QStringLiteral("relative-year"), m.captured(4)).toInt();
        const bool fiscal = m.hasCaptured(5);
        QDate due;
        DatePrecision precision = DatePrecision::Year;
        if (m.hasCaptured(6)) {
            const int month = dateNumber(m.captured(6));
            const int calendarYear = fiscal && month <= 3 ? y + 1 : y;
            if (m.hasCaptured(7)) {
                due = QDate(calendarYear, month, dateNumber(m.captured(7)));
                precision = DatePrecision::Day;
            } else {
                due = endOfMonth(calendarYear, month);
                precision = DatePrecision::Month;
            }
        } else if (m.hasCaptured(9)) {
            const int q = smallNumber(m.captured(9));
            const int lastMonth = fiscal ? (q * 3 + 3 - 1) % 12 + 1 : q * 3;
            due = endOfMonth(fiscal && q == 4 ? y + 1 : y, lastMonth);
            precision = DatePrecision::Quarter;
        } else if (m.hasCaptured(10)) {
            const bool first = m.captured(10).startsWith(QStringLiteral("上"));
            due = fiscal ? (first ? QDate(y, 9, 30) : QDate(y + 1, 3, 31))
                         : (first ? QDate(y, 6, 30) : QDate(y, 12, 31));
            precision = DatePrecision::Month;
        } else if (m.hasCaptured(12)) { // a season ends with its last month
            const int last = words().value(QStringLiteral("season"), m.captured(12)).toInt();
            due = endOfMonth(y + (last - 1) / 12, (last - 1) % 12 + 1);
            precision = DatePrecision::Month;
        } else {
            due = fiscal ? QDate(y + 1, 3, 31) : QDate(y, 12, 31);
            if (fiscal && m.captured(11) == QStringLiteral("末"))
                precision = DatePrecision::Day;
        }
        if (due.isValid())
            take(date(int(m.capturedStart()), int(m.capturedEnd()), due, precision));
    }

    // Weeks from publication, and a day of one: 来週の火曜日, 今週, 木曜日. A week ends on Sunday.
    static const QRegularExpression week(
        QStringLiteral("(?:(%1)(?:の)?)?(%2)|(%1)")
            .arg(alternation(QStringLiteral("relative-week")), alternation(QStringLiteral("weekday"))));
    for (auto it = week.globalMatch(m_ascii); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        const QString weekWord = m.hasCaptured(1) ? m.captured(1) : m.captured(3);
        const int offset =
            weekWord.isEmpty() ? 0 : words().value(QStringLiteral("relative-week"), weekWord).toInt();
        const QDate monday = m_published.addDays(1 - m_published.dayOfWeek() + 7 * offset);
        if (m.hasCaptured(2)) {
            const int day = words().value(QStringLiteral("weekday"), m.captured(2)).toInt();
            QDate due = monday.addDays(day - 1);
            if (weekWord.isEmpty() && due < m_published)
                due = due.addDays(7); // a weekday alone is the next one
            take(date(int(m.capturedStart()), int(m.capturedEnd()), due, DatePrecision::Day));
        } else {
            take(date(int(m.capturedStart()), int(m.capturedEnd()), monday.addDays(6), DatePrecision::Day));
        }
    }

    // Months and days named from the day of publication: 来月, 今月末, 明日.
    static const QRegularExpression relative(
        QStringLiteral("(%1)(?:(末)|の?([0-9一二三四五六七八九十]{1,3})日)?|(%2)")
            .arg(alternation(QStringLiteral("relative-month")), alternation(QStringLiteral("relative-day"))));
    for (auto it = relative.globalMatch(m_ascii); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        if (m.hasCaptured(1)) {
            const QDate month =
                m_published.addMonths(words().value(QStringLiteral("relative-month"), m.captured(1)).toInt());
            if (m.hasCaptured(3)) {
                const QDate day(month.year(), month.month(), dateNumber(m.captured(3)));
                if (day.isValid())
                    take(date(int(m.capturedStart()), int(m.capturedEnd()), day, DatePrecision::Day));
                continue;
            }
            take(date(int(m.capturedStart()), int(m.capturedEnd()), endOfMonth(month.year(), month.month()),
                      DatePrecision::Month));
        } else {
            take(date(
                int(m.capturedStart()), int(m.capturedEnd()),
                m_published.addDays(words().value(QStringLiteral("relative-day"), m.captured(4)).toInt()),
                DatePrecision::Day));
        }
    }

    // A month, with or without its day, in the year to come: 3月31日, 10月, 9月末.
    static const QRegularExpression monthDay(
        QStringLiteral("([0-9一二三四五六七八九十]{1,3})月(?:([0-9一二三四五六七八九十]{1,3})日|(末|期))?"));
    for (auto it = monthDay.globalMatch(m_ascii); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        const int month = dateNumber(m.captured(1));
        if (month < 1 || month > 12)
            continue;
        if (m.hasCaptured(2)) {
            const int day = dateNumber(m.captured(2));
            const QDate due(yearOfComing(m_published, month, day), month, day);
            if (due.isValid())
                take(date(int(m.capturedStart()), int(m.capturedEnd()), due, DatePrecision::Day));
        } else {
            take(date(int(m.capturedStart()), int(m.capturedEnd()),
                      endOfMonth(yearOfComing(m_published, month), month), DatePrecision::Month));
        }
    }

    // A day of the month on its own (同社は18日、…): of the month of publication.
    static const QRegularExpression dayOnly(QStringLiteral(
        "(?<![0-9〇一二三四五六七八九十月])([0-9一二三四五六七八九十]{1,3})日(?!間|後|前|以内)"));
    for (auto it = dayOnly.globalMatch(m_ascii); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        if (m.captured(1) == QStringLiteral("一"))
            continue; // 一日: "one day" far more often than the first of the month
        const QDate due(m_published.year(), m_published.month(), dateNumber(m.captured(1)));
        if (due.isValid())
            take(date(int(m.capturedStart()), int(m.capturedEnd()), due, DatePrecision::Day));
    }

    // The end of this year or month on its own: 年末, 月末.
    static const QRegularExpression periodEnd(
        QStringLiteral("(?<![0-9〇一二三四五六七八九十今来昨去本])(年|月)末"));
    for (auto it = periodEnd.globalMatch(m_ascii); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        const bool year = m.captured(1) == QStringLiteral("年");
        take(date(int(m.capturedStart()), int(m.capturedEnd()),
                  year ? QDate(m_published.year(), 12, 31)
                       : endOfMonth(m_published.year(), m_published.month()),
                  year ? DatePrecision::Year : DatePrecision::Month));
    }

    // Days, weeks, months or years before or after publication: 3日後, 2年前.
    static const QRegularExpression shift(
        QStringLiteral("([0-9]+|[一二三四五六七八九十]+)(年|か月|ヶ月|カ月|ヵ月|週間|日)(後|前)"));
    for (auto it = shift.globalMatch(m_ascii); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        const int count = smallNumber(m.captured(1)) * (m.captured(3) == QStringLiteral("前") ? -1 : 1);
        const QString unit = m.captured(2);
        const QDate due = unit == QStringLiteral("年")     ? m_published.addYears(count)
                          : unit == QStringLiteral("週間") ? m_published.addDays(7 * count)
                          : unit == QStringLiteral("日")   ? m_published.addDays(count)
                                                           : m_published.addMonths(count);
        take(date(int(m.capturedStart()), int(m.capturedEnd()), due, DatePrecision::Day));
    }

    // A period from publication: 今後4年間で, 3年以内に, 今後10年, 2年で.
    static const QRegularExpression period(
        QStringLiteral(
            "(%1)?(%2)?([0-9]+|[一二三四五六七八九十]+)(年|か月|ヶ月|カ月|ヵ月|週間|日)(間)?(で|以内に?)?")
            .arg(alternation(QStringLiteral("period-ahead")), alternation(QStringLiteral("period-back"))));
    for (auto it = period.globalMatch(m_ascii); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        const bool ahead = m.hasCaptured(1) || !m.captured(6).isEmpty();
        const bool back = m.hasCaptured(2) && !m.hasCaptured(1);
        if (!ahead && !back)
            continue;
        const int count = smallNumber(m.captured(3));
        if (count <= 0 || count > 100)
            continue;
        if (back) { // ここ2日間, 過去5年間: the span up to the day before publication
            const int end = int(m.hasCaptured(5) ? m.capturedEnd(5) : m.capturedEnd(4));
            take(date(int(m.capturedStart()), end, m_published.addDays(-1), DatePrecision::Day));
            continue;
        }
        const QString unit = m.captured(4);
        const QDate due = unit == QStringLiteral("年")     ? m_published.addYears(count)
                          : unit == QStringLiteral("週間") ? m_published.addDays(7 * count)
                          : unit == QStringLiteral("日")   ? m_published.addDays(count)
                                                           : m_published.addMonths(count);
        Suggestion s = date(int(m.capturedStart()), int(m.capturedEnd()), due, DatePrecision::Day);
        s.kind = Suggestion::Kind::Deadline; // a span of time from now is a limit
        take(s);
    }
    refine(&found);
    *out += found;
}

} // namespace Gleaner
