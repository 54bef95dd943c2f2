// What the words around a Japanese date say it is when it is no time to meet: the label
// of a fiscal year's results (2026年3月期の決算), the start of an open range (10月1日以降),
// the time since which something is counted (今年に入って), and the span of a plan that
// the limit before it already gives (2026年度までの3年間で).
#include "suggest/japaneserecognizer.h"

#include "suggest/vocabulary.h"

#include <QRegularExpression>

#include <algorithm>

namespace Gleaner {

namespace {

const Vocabulary &words()
{
    return Vocabulary::japanese();
}

// 2027年3月期, 27年2月期, 3月期: a fiscal year named by the month it ends in (not 4〜6月期,
// a quarter, which is a time of its own)
bool fiscalYearName(const QString &ascii)
{
    static const QRegularExpression name(QStringLiteral("^(?:[0-9]{2,4}年)?[0-9]{1,2}月期$"));
    return name.match(ascii).hasMatch();
}

} // namespace

int JapaneseRecognizer::fiscalEndMonth() const
{
    // 若葉堂（2月期決算）, 12月決算の企業: the month the company's fiscal year ends in
    // (not 4〜6月期決算, a quarter's results)
    static const QRegularExpression given(QStringLiteral("(?<![0-9〜～~])([0-9]{1,2})月(?:期)?決算"));
    const QRegularExpressionMatch m = given.match(m_ascii);
    const int month = m.hasMatch() ? m.captured(1).toInt() : 0;
    return month >= 1 && month <= 12 ? month : 3;
}

void JapaneseRecognizer::inheritMonth(QVector<Suggestion> *found) const
{
    // 4月14日告示、21日投開票, 12月3日から韓国を訪問し、5日に帰国: a day alone soon after a day of a
    // month, in its sentence, is of that month
    static const QRegularExpression dayAlone(QStringLiteral("^([0-9]{1,2})日$"));
    static const QRegularExpression monthDay(QStringLiteral("月([0-9]{1,2})日$"));
    for (int k = 1; k < found->size(); ++k) {
        Suggestion &s = (*found)[k];
        const Suggestion &before = found->at(k - 1);
        if (s.kind == Suggestion::Kind::Amount || before.kind == Suggestion::Kind::Amount ||
            s.start - before.end > 16 || s.start < before.end)
            continue;
        const QRegularExpressionMatch day = dayAlone.match(m_ascii.mid(s.start, s.end - s.start));
        const QRegularExpressionMatch first =
            monthDay.match(m_ascii.mid(before.start, before.end - before.start));
        if (!day.hasMatch() || !first.hasMatch() ||
            m_text.mid(before.end, s.start - before.end).contains(QChar(0x3002)))
            continue;
        const QDate due(before.due.year(), before.due.month(), day.captured(1).toInt());
        if (due.isValid() && due > before.due)
            s.due = due;
    }
}

// 2026年のアジア大会は、9月19日開幕の予定だ, 来年の雪まつりは2月4日から: a month or day without
// its year after the topic a year still to come names (2026年の…は, 来年の…は) is of that year,
// not of an earlier one (not a goal's year: 2030年の目標達成に向け、6月に…)
void JapaneseRecognizer::inheritYear(QVector<Suggestion> *found) const
{
    static const QRegularExpression yearAlone(QStringLiteral("^((?:19|20)[0-9]{2})年$|^(?:再?来年)$"));
    static const QRegularExpression yearless(QStringLiteral("^[0-9]{1,2}月"));
    for (int k = 1; k < found->size(); ++k) {
        Suggestion &s = (*found)[k];
        // (a date still ahead, or one gone by this year that the topic's year moves ahead, right
        // after its topic's は or が: not 2026年の目標を掲げ、3月に発表した, a past clause's)
        const int lead = s.start > 1 && m_text.at(s.start - 1) == QChar(0x3001) ? s.start - 2 : s.start - 1;
        const bool ahead = s.kind == Suggestion::Kind::Deadline ||
                           (s.kind == Suggestion::Kind::Date && s.precision != DatePrecision::Year &&
                            clauseTime(s.end) != ClauseTime::Past);
        if (!ahead || lead < 0 || (m_text.at(lead) != QChar(u'は') && m_text.at(lead) != QChar(u'が')) ||
            !yearless.match(m_ascii.mid(s.start, s.end - s.start)).hasMatch())
            continue;
        // (the date found right before, in the sentence and near)
        const Suggestion &before = found->at(k - 1);
        const QRegularExpressionMatch year =
            yearAlone.match(m_ascii.mid(before.start, before.end - before.start));
        if (before.end > s.start || s.start - before.end > 40 || !year.hasMatch() ||
            m_text.mid(before.end, 1) != QStringLiteral("の") ||
            m_text.mid(before.end, s.start - before.end).contains(QChar(0x3002)))
            continue;
        // (the topic is the named year's event itself: not 来年の大会の会場は、5月に決まる, a venue
        // chosen this year)
        if (m_text.mid(before.end + 1, lead - before.end - 1).contains(QChar(u'の')))
            continue;
        bool aim = false;
        for (int i = before.end; i < s.start && !aim; ++i)
            aim = words().matchAt(QStringLiteral("aim-after"), m_text, i) > 0;
        if (aim)
            continue;
        const int named = year.captured(1).isEmpty() ? before.due.year() : year.captured(1).toInt();
        if (named > m_published.year() && named > s.due.year()) {
            s.due = yearsFrom(s, named - s.due.year());
            s.kind = Suggestion::Kind::Deadline;
        }
    }
}

// 同社は2022年に「3年以内に上場する」と表明していた, 市は昨年、2年以内に…と発表した: a span a
// past statement set counts from the year the sentence names before it
void JapaneseRecognizer::spansOfPastStatements(QVector<Suggestion> *found) const
{
    for (int k = 1; k < found->size(); ++k) {
        Suggestion &s = (*found)[k];
        if (s.kind != Suggestion::Kind::Deadline || !s.text.contains(QStringLiteral("以内")))
            continue;
        const int stop = int(m_text.indexOf(QChar(0x3002), s.end));
        const int end = stop < 0 ? int(m_text.size()) : stop;
        if (end <= s.end || words().matchBefore(QStringLiteral("past-ending"), m_text, end) == 0)
            continue;
        for (int j = k - 1; j >= 0; --j) {
            const Suggestion &year = found->at(j);
            if (year.kind == Suggestion::Kind::Amount)
                continue;
            if (m_text.mid(year.end, s.start - year.end).contains(QChar(0x3002)))
                break;
            if (year.text.endsWith(QChar(u'年')) && year.due.year() < m_published.year()) {
                s.due = s.due.addYears(year.due.year() - m_published.year());
                if (s.due <= m_published)
                    s.kind = Suggestion::Kind::Date;
                break;
            }
        }
    }
}

// A limit or a plan named before `at` in its sentence (期限を, 日程を, 当初予定の): what a verb
// of moving moves
bool JapaneseRecognizer::movedThingBefore(int at) const
{
    for (int k = at; k > 0 && k >= at - 16; --k) {
        if (m_text.at(k - 1) == QChar(0x3002))
            return false;
        if (words().matchBefore(QStringLiteral("moved-thing"), m_text, k) > 0)
            return true;
    }
    return false;
}

// に or へ and a verb of moving at `end`, past a word of approximation (7月31日に延長した,
// 2031年以降にずれ込む): the date before `end` is the one something moved to
bool JapaneseRecognizer::movedTo(int end) const
{
    const int to = end + words().matchAt(QStringLiteral("approximate-after"), m_text, end);
    return (m_text.mid(to, 1) == QStringLiteral("に") || m_text.mid(to, 1) == QStringLiteral("へ")) &&
           words().matchAt(QStringLiteral("move-verb"), m_text, to + 1) > 0;
}

// movedTo with a verb that brings a day forward (来年4月から1月に前倒し)
bool JapaneseRecognizer::movedEarlier(int end) const
{
    const int to = end + words().matchAt(QStringLiteral("approximate-after"), m_text, end);
    return movedTo(end) && words().matchAt(QStringLiteral("move-earlier-verb"), m_text, to + 1) > 0;
}

// より at `at` before a figure or a word of comparison: 今年度より2000億円少ない, 前年より多い
bool JapaneseRecognizer::comparedAt(int at) const
{
    if (m_text.mid(at, 2) != QStringLiteral("より"))
        return false;
    // a word of comparison soon after, past a figure (2000億円少ない), not past a punctuation
    for (int k = at + 2; k < m_text.size() && k <= at + 14; ++k) {
        if (m_text.at(k) == QChar(0x3001) || m_text.at(k) == QChar(0x3002))
            return false;
        if (words().matchAt(QStringLiteral("comparison-word"), m_text, k) > 0)
            return true;
    }
    return false;
}

void JapaneseRecognizer::relabel(QVector<Suggestion> *found) const
{
    placeAroundPublication(found);
    spansOfPastStatements(found);
    QVector<Suggestion> kept;
    kept.reserve(found->size());
    for (int k = 0; k < found->size(); ++k) {
        Suggestion s = found->at(k);
        if (s.kind == Suggestion::Kind::Amount) {
            kept.append(s);
            continue;
        }
        const QString ascii = m_ascii.mid(s.start, s.end - s.start);
        // （2月期決算）: which fiscal year the company keeps, no time at all; 2026年3月期の決算,
        // 2027年3月期は…見通し: the year results are counted for, not a limit
        if (fiscalYearName(ascii) &&
            words().matchAt(QStringLiteral("fiscal-label-after"), m_text, s.end) > 0) {
            if (!ascii.contains(QChar(u'年')))
                continue;
            s.kind = Suggestion::Kind::Date;
        }
        // 今年度の売上高は500億円の見込みだ, 今年度見込みの2倍: a figure of the present year, even
        // forecast, is no limit (not 今年度中に, within it)
        if (s.kind == Suggestion::Kind::Deadline && s.precision == DatePrecision::Year &&
            s.due >= m_published && s.due.addYears(-1) < m_published && !s.text.endsWith(QChar(u'中')) &&
            !s.text.endsWith(QChar(u'内')) && !s.text.endsWith(QChar(u'末')) &&
            ((m_text.mid(s.end, 1) == QStringLiteral("の") && figureAfter(s.end + 1)) ||
             words().matchAt(QStringLiteral("current-figure-after"), m_text, s.end) > 0))
            s.kind = Suggestion::Kind::Date;
        // 2028年ロサンゼルス五輪, 2025年大阪・関西万博, 2030年冬季五輪: a year in an event's name (not
        // 2009年フォードと, 2027年に開く博覧会)
        static const QRegularExpression yearFirst(QStringLiteral("^[0-9]{4}年(?!度)"));
        if (yearFirst.match(ascii).hasMatch()) {
            bool named = false;
            for (int at = s.start + 5; at < m_text.size() && at < s.start + 25 && !named; ++at) {
                const char16_t c = m_text.at(at).unicode();
                if (!((c >= 0x30A1 && c <= 0x30FC) || c == 0x30FB || (c >= 0x4E00 && c <= 0x9FFF) ||
                      c == 0x3005))
                    break;
                named = words().matchAt(QStringLiteral("event-name"), m_text, at) > 0;
            }
            // (2025年型カムリ, 2024年問題, 2030年ビジョン: a model, an issue, a plan named by a year)
            if (named || words().matchAt(QStringLiteral("year-name-after"), m_text, s.end) > 0)
                continue;
        }
        // 今年、…増やす, 今年は…達する見通し: the year a statement is framed in, no limit (but
        // 今年、…採用する計画だ: the year of a plan, not of a forecast)
        if ((s.text == QStringLiteral("今年") || s.text == QStringLiteral("本年")) &&
            (m_text.mid(s.end, 1) == QStringLiteral("\u3001") ||
             m_text.mid(s.end, 1) == QStringLiteral("は"))) {
            const int stop = int(m_text.indexOf(QChar(0x3002), s.end));
            int end = stop < 0 ? int(m_text.size()) : stop;
            if (end > s.end + 1 && m_text.at(end - 1) == QChar(u'だ'))
                --end; // (計画だ)
            const bool plan =
                end > s.end && words().matchBefore(QStringLiteral("commitment-noun"), m_text, end) > 0;
            if (!plan)
                s.kind = Suggestion::Kind::Date;
        }
        // 今年度より2000億円少ない, 前年に比べ: the base of a comparison, no time (but 4月1日より施行:
        // a start, and 2030年より前に: a limit)
        if (words().matchAt(QStringLiteral("comparison-after"), m_text, s.end) > 0 || comparedAt(s.end))
            continue;
        // 期間は最長2年で, 任期は2年で: a length; 発売から10年後: counted from an event the story names (not
        // 今から3年後, nor 2025年度から3年間で, a span from a date found before it, nor 企業から今後5年で,
        // nor a year of the calendar)
        if (s.kind != Suggestion::Kind::Amount && !ascii.contains(QChar(u'月')) &&
            !ascii.contains(QChar(u'度'))) {
            // (also past the topic's は: 任期は2年で)
            const int lead = s.start > 0 && m_text.at(s.start - 1) == QChar(u'は') ? s.start - 1 : s.start;
            const bool length = s.kind == Suggestion::Kind::Deadline &&
                                words().matchBefore(QStringLiteral("span-length-lead"), m_text, lead) > 0;
            const int anchor = m_text.mid(s.start - 2, 2) == QStringLiteral("から") ? 2
                               : m_text.mid(s.start - 1, 1) == QStringLiteral("後") ? 1
                                                                                    : 0;
            // (a year of the calendar is no count from the event: 35店から2027年までに100店に)
            static const QRegularExpression calendarYear(QStringLiteral("^(?:19|20)[0-9]{2}年"));
            const bool fromEvent =
                anchor > 0 && dateNumber(ascii.left(1)) >= 0 && !calendarYear.match(ascii).hasMatch() &&
                words().matchBefore(QStringLiteral("span-anchor-now"), m_text, s.start - anchor) == 0 &&
                (k == 0 || found->at(k - 1).kind == Suggestion::Kind::Amount ||
                 found->at(k - 1).end != s.start - anchor);
            if (length || fromEvent)
                continue;
        }
        // 改修工事は2年半で完了した, 感染者は2週間で3倍に増えた: how long something took, told in the
        // past, no time from now
        if (s.kind == Suggestion::Kind::Date && s.text.endsWith(QChar(u'で')) &&
            !s.text.endsWith(QStringLiteral("まで")) && !s.text.contains(QStringLiteral("から")) &&
            dateNumber(ascii.left(1)) >= 0)
            continue;
        // 期限を7月31日に延長した, 3月末から6月末に延期した: the new day of a limit moved, the next
        // one without its year, still to meet (not 制度は4月に変更された: what moved must be a limit
        // or a plan, or the day it moved from must be named); the day it moved from is a date
        const bool fromBefore = !kept.isEmpty() && kept.last().kind != Suggestion::Kind::Amount &&
                                kept.last().end == s.start - 2 &&
                                m_text.mid(s.start - 2, 2) == QStringLiteral("から");
        if (movedTo(s.end) && (fromBefore || movedThingBefore(s.start))) {
            if (!ascii.contains(QChar(u'年')) && s.due < m_published)
                s.due = yearsFrom(s, 1);
            s.kind = s.due >= m_published ? Suggestion::Kind::Deadline : Suggestion::Kind::Date;
            if (fromBefore) {
                // (without its year, the day nearest the new one: 10月21日から11月4日に延期された
                // in mid-October moves this year's vote, 12月から1月に延期 a day before the new)
                Suggestion &from = kept.last();
                from.kind = Suggestion::Kind::Date;
                // (the new day without its year after one with it: 当初予定の来年4月から10月に延期
                // is next year's October)
                if (!ascii.contains(QChar(u'年')) &&
                    m_ascii.mid(from.start, from.end - from.start).contains(QChar(u'年'))) {
                    // (after the old day when put off; when brought forward, the last one before it)
                    const bool earlier = movedEarlier(s.end);
                    for (int guard = 0; guard < 4 && !earlier && s.due < from.due; ++guard)
                        s.due = yearsFrom(s, 1);
                    for (int guard = 0; guard < 4 && earlier && yearsFrom(s, 1) < from.due; ++guard)
                        s.due = yearsFrom(s, 1);
                    s.kind = s.due >= m_published ? Suggestion::Kind::Deadline : Suggestion::Kind::Date;
                }
                if (!m_ascii.mid(from.start, from.end - from.start).contains(QChar(u'年'))) {
                    for (int guard = 0; guard < 4 && from.due.daysTo(s.due) > 183; ++guard)
                        from.due = yearsFrom(from, 1);
                    for (int guard = 0; guard < 4 && s.due.daysTo(from.due) > 183; ++guard)
                        from.due = yearsFrom(from, -1);
                }
            }
        }
        // 警報を11月末まで延長した, 申請期限は3月31日まで延長された: the new end of what is extended,
        // still ahead (without its year, the next one)
        if (s.text.endsWith(QStringLiteral("まで")) &&
            words().matchAt(QStringLiteral("extend-until-verb"), m_text, s.end) > 0) {
            // (not a day just gone by: 受付期間を3月31日まで延長した told on April 5)
            if (!ascii.contains(QChar(u'年')) && !ascii.contains(QChar(u'度')) && s.due < m_published &&
                s.due.daysTo(m_published) > 31 && yearsFrom(s, 1) >= m_published)
                s.due = yearsFrom(s, 1);
            s.kind = s.due >= m_published ? Suggestion::Kind::Deadline : Suggestion::Kind::Date;
        }
        // 回答期限の12月1日を過ぎた: a day gone by, the last one without its year
        if (words().matchAt(QStringLiteral("passed-after"), m_text, s.end) > 0) {
            if (!ascii.contains(QChar(u'年')) && s.due > m_published)
                s.due = yearsFrom(s, -1);
            s.kind = Suggestion::Kind::Date;
        }
        // 8月20日の出漁を前に: ahead of an event on that day, a time to meet (also its verb's,
        // 来年10月に開幕するのを前に)
        const bool verbOf = m_text.mid(s.end, 1) == QStringLiteral("に");
        if (s.kind == Suggestion::Kind::Date && s.due > m_published &&
            (m_text.mid(s.end, 1) == QStringLiteral("の") || verbOf)) {
            for (int at = s.end + 2; at < m_text.size() && at <= s.end + (verbOf ? 14 : 10); ++at) {
                const QChar c = m_text.at(at - 1);
                if (!(c.unicode() >= 0x3041 && c.unicode() <= 0x9FFF)) // (kana and kanji, not 、 or 。)
                    break;
                if ((!verbOf || c == QChar(u'の')) &&
                    words().matchAt(QStringLiteral("ahead-of"), m_text, at) > 0) {
                    s.kind = Suggestion::Kind::Deadline;
                    break;
                }
            }
        }
        // 10月1日以降, 今年に入って: where an open span starts (without its year, the nearest one)
        if (words().matchAt(QStringLiteral("start-after"), m_text, s.end) > 0) {
            const bool yearless = !ascii.contains(QChar(u'年')) && !ascii.contains(QChar(u'度'));
            const QDate earlier = yearsFrom(s, -1);
            if (yearless && s.due > m_published && earlier.daysTo(m_published) < m_published.daysTo(s.due))
                s.due = earlier;
            s.kind = Suggestion::Kind::Date;
        }
        // 2026年度までの3年間で, 2026〜2028年の3年間で: one span, the limit before の; 2025年度からの
        // 3年間で: one span, counted from the start of the period before からの
        if (k + 1 < found->size()) {
            const Suggestion &span = found->at(k + 1);
            const QString gap = m_text.mid(s.end, span.start - s.end);
            const bool limitBefore = (ascii.endsWith(QStringLiteral("まで")) ||
                                      ascii.contains(QChar(u'〜')) || ascii.contains(QChar(u'～'))) &&
                                     gap == QStringLiteral("の");
            const bool from = gap == QStringLiteral("からの");
            const bool spanAfter = span.kind == Suggestion::Kind::Deadline &&
                                   (span.text.endsWith(QChar(u'で')) || span.text.endsWith(QChar(u'間')));
            const QDate counted =
                from && spanAfter ? countedFrom(s, m_ascii.mid(span.start, span.end - span.start)) : QDate();
            if (spanAfter && (limitBefore || counted.isValid())) {
                if (counted.isValid())
                    s.due = counted;
                s.kind = s.due > m_published ? Suggestion::Kind::Deadline : Suggestion::Kind::Date;
                s.end = span.end;
                s.text = m_text.mid(s.start, s.end - s.start);
                ++k;
            }
        }
        kept.append(s);
    }
    *found = kept;
}

} // namespace Gleaner
