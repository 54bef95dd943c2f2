// Which side of publication a Japanese date that leaves out its month or year falls on,
// when the verb of its clause says: a day alone in a plan (2日に…開く in late November:
// December 2), a half alone in a report (上期に…計上した: the half gone by), and a limit
// of a month just gone by that a past clause tells of as met (3月末までに…募集した in April);
// a figure of months without their year (7～9月期の実質GDP: the ones nearest publication);
// a future date's kind by its clause; and plans given up (予定だった), which set no limit.
#include "suggest/japanesenumber.h"
#include "suggest/japaneserecognizer.h"

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

// Day `day` of the month of `month`, or of the nearest month that has it `step` months on at a
// time (30日 in February: March 30 ahead, January 30 back); invalid for no such day
QDate dayInMonthFrom(const QDate &month, int day, int step)
{
    for (int k = 0; k <= 2; ++k) {
        const QDate first = QDate(month.year(), month.month(), 1).addMonths(k * step);
        if (const QDate d(first.year(), first.month(), day); d.isValid())
            return d;
    }
    return {};
}

// The same day of the month `months` away, in the nearest month that has it: 30日 a month
// back from March is January 30, not February 28
QDate sameDayMonthsAway(const QDate &d, int months)
{
    const QDate moved = dayInMonthFrom(d.addMonths(months), d.day(), months < 0 ? -1 : 1);
    return moved.isValid() ? moved : d.addMonths(months);
}

} // namespace

QDate dayOfMonthFrom(const QDate &published, int day)
{
    return dayInMonthFrom(published, day, 1);
}

// 28年4月, 30年度: the year of two digits nearest publication, read only within ten years of
// it (45年 may be 1945 or 2045); before までに, a limit, the one ahead within forty years
// (50年までに: 2050). 0 for none.
int JapaneseRecognizer::shortYear(int yy, int end) const
{
    const int published = m_published.year();
    int y = published / 100 * 100 + yy;
    if (end >= 0 && m_text.mid(end, 3) == QStringLiteral("までに")) {
        // (a limit of the last ten years keeps its nearest reading: 23年3月までに…導入した)
        if (y < published - 10)
            y += 100;
        return y - published <= 40 ? y : 0;
    }
    y = y > published + 50 ? y - 100 : y < published - 50 ? y + 100 : y;
    return std::abs(y - published) <= 10 ? y : 0;
}

// …するよう求めた, …ように命じた: the clause after `end` sets someone a task, whose limit is
// still ahead whatever the tense of the verb that set it
bool JapaneseRecognizer::requested(int end) const
{
    // (within the sentence, and no further than a clause reaches: linear on text without 。)
    const QStringView clause = QStringView(m_text).mid(end, std::min(qsizetype(80), m_text.size() - end));
    const qsizetype stop = clause.indexOf(QChar(0x3002));
    const QStringView sentence = stop < 0 ? clause : clause.left(stop);
    for (qsizetype at = sentence.indexOf(u"よう"); at >= 0; at = sentence.indexOf(u"よう", at + 2)) {
        int verb = end + int(at) + 2;
        if (m_text.mid(verb, 1) == QStringLiteral("に"))
            ++verb;
        if (words().matchAt(QStringLiteral("request-verb"), m_text, verb) > 0)
            return true;
    }
    return false;
}

// 3月末までに出荷する予定だった, 2027年までに新設する計画を撤回した: the clause after `end`
// (to its comma or the sentence's end) plans something no longer planned
bool JapaneseRecognizer::planUndone(int end) const
{
    const int limit = std::min(int(m_text.size()), end + 40);
    for (int i = end; i < limit; ++i) {
        // (nor past another clause's start: 年内に稼働させる一方で旧工場の新設を断念した)
        if (m_text.at(i) == QChar(0x3001) || m_text.at(i) == QChar(0x3002) ||
            words().matchAt(QStringLiteral("clause-turn"), m_text, i) > 0)
            return false;
        if (words().matchAt(QStringLiteral("plan-undone"), m_text, i) > 0) {
            // (not one kept: 5月に予定していた通り稼働させる, …としていた新型車を予定通り発売する)
            const qsizetype stop = m_text.indexOf(QChar(0x3002), i);
            const QStringView rest = QStringView(m_text).mid(i, stop < 0 ? -1 : stop - i);
            return !rest.contains(u"通り") && !rest.contains(u"とおり");
        }
    }
    return false;
}

// 8月5日に開幕し、…行われる, お盆期間の利用者は on August 19: a day without its year that fell
// in the week before publication is that one, whatever the verb's time (a story does not
// name next year's day so near without 来年)
void JapaneseRecognizer::placeJustGoneBy(QVector<Suggestion> *found) const
{
    static const QRegularExpression monthDay(QStringLiteral("^[0-9]{1,2}月[0-9]{1,2}日(?!後|前|間)"));
    static const QRegularExpression thisSeason(QStringLiteral("^今(?:春|夏|秋|冬)$"));
    for (Suggestion &s : *found) {
        // 今冬は暖冬となり、…落ち込んだ, 今冬のボーナスは…だった in May: this season, not yet begun, in
        // a past sentence is the one just gone by, if that ended in the last four months (the
        // sentence's predicate: a topic or a chained clause has no time of its own; not a plan
        // told, 今夏から徴収すると発表した, nor a season ahead a sentence reports on, 今夏の大会の
        // 日程が決まった in April)
        if (s.kind != Suggestion::Kind::Amount && thisSeason.match(s.text).hasMatch() &&
            QDate(s.due.year(), s.due.month(), 1).addMonths(-2) > m_published &&
            yearsFrom(s, -1).daysTo(m_published) <= 122) {
            int end = s.end;
            while (end < std::min(int(m_text.size()), s.end + 200) && m_text.at(end) != QChar(0x3002) &&
                   m_text.at(end) != QChar(u'\n'))
                ++end;
            if (words().matchBefore(QStringLiteral("past-ending"), m_text, end) == 0 ||
                clauseTime(s.end) == ClauseTime::Planned)
                continue;
            s.due = yearsFrom(s, -1);
            s.kind = Suggestion::Kind::Date;
            continue;
        }
        if (s.kind == Suggestion::Kind::Amount || s.precision != DatePrecision::Day || s.due <= m_published)
            continue;
        // (a holiday two weeks back: ゴールデンウィークの人出は on May 15)
        const bool holiday = words().matchAt(QStringLiteral("holiday"), s.text, 0) > 0;
        const QDate earlier = s.due.addYears(-1);
        if (earlier > m_published || earlier.daysTo(m_published) > (holiday ? 14 : 7))
            continue;
        // (not a limit, which a plan sets ahead: 3月31日までに提出する on April 2 is next year's,
        // unlike a span's end, 6月27日から7月29日まで;
        // nor in a request, which looks ahead: 11月22日に時間を見つけてください)
        if ((s.text.contains(QStringLiteral("まで")) && !s.text.contains(QStringLiteral("から"))) ||
            QStringView(m_text).mid(s.end).startsWith(u"まで"))
            continue;
        // (the request's end: the sentence's, or its quotation's: 「…見つけてください」と呼びかけた)
        qsizetype stop = m_text.indexOf(QChar(0x3002), s.end);
        if (const qsizetype quoted = m_text.indexOf(QChar(0x300D), s.end);
            quoted >= 0 && (stop < 0 || quoted < stop))
            stop = quoted;
        if (words().matchBefore(QStringLiteral("ask-ending"), m_text, int(stop < 0 ? m_text.size() : stop)) >
            0)
            continue;
        const QString ascii = m_ascii.mid(s.start, s.end - s.start);
        if (monthDay.match(ascii).hasMatch() || holiday) {
            s.due = earlier;
            if (s.kind == Suggestion::Kind::Deadline)
                s.kind = Suggestion::Kind::Date;
        }
    }
}

// 12月に新製品を発表し、4月に発売する (in March), 4月13日に開幕し、10月13日まで開かれる (in
// July): clauses chained with 、 tell events in order, so a month without its year in the first
// that fell after a date of the next is the one a year earlier (vocabulary chain-ending; not a
// clause that looks ahead to its date, 12月の総選挙に向けて、: forward-connective)
void JapaneseRecognizer::narratedInOrder(QVector<Suggestion> *found) const
{
    constexpr int kClause = 60; // how far a clause reaches: the scans stay linear without 。
    const int n = int(m_text.size());
    for (int a = 0; a < found->size(); ++a) {
        Suggestion &s = (*found)[a];
        if (s.kind == Suggestion::Kind::Amount || s.due <= m_published || s.text.contains(QChar(u'年')) ||
            s.text.contains(QChar(u'度')) || !s.text.contains(QChar(u'月')) ||
            JapaneseNumber::parse(s.text, 0).length == 0)
            continue;
        // the comma that ends the date's clause, when a verb chains it to the next
        int comma = -1;
        for (int k = s.end; k < std::min(n, s.end + kClause) && comma < 0; ++k) {
            const QChar c = m_text.at(k);
            if (c == QChar(u'。') || c == QChar(u'\n'))
                break;
            if (c != QChar(u'、'))
                continue;
            if (words().matchBefore(QStringLiteral("chain-ending"), m_text, k) == 0 ||
                words().matchBefore(QStringLiteral("forward-connective"), m_text, k) > 0)
                break;
            comma = k;
        }
        if (comma < 0)
            continue;
        // a date of the next clause, in the same sentence
        for (int b = a + 1; b < found->size(); ++b) {
            const Suggestion &later = found->at(b);
            if (later.start <= comma)
                continue;
            const QStringView between = QStringView(m_text).mid(comma, later.start - comma);
            if (later.start > comma + kClause || between.contains(QChar(u'。')) ||
                between.contains(QChar(u'\n')))
                break;
            // (a time ahead the next clause sets, not a fiscal term it names: 3月期決算を承認する)
            if (later.kind == Suggestion::Kind::Amount || later.due <= m_published || later.due >= s.due ||
                later.text.endsWith(QChar(u'期')))
                continue;
            if (const QDate earlier = yearsFrom(s, -1); earlier < later.due) {
                s.due = earlier;
                if (s.due < m_published)
                    s.kind = Suggestion::Kind::Date;
            }
            break;
        }
    }
}

// A future date in a planned clause is a deadline (2026年に稼働する予定だ), and one
// named as a limit (提出期限は15日), unless the limit was (期日は25日だった).
void JapaneseRecognizer::labelFutureDates(QVector<Suggestion> *found) const
{
    for (Suggestion &s : *found) {
        // (2026年度予算案に…盛り込む: a year that names a budget, no time of the verb)
        if (s.kind != Suggestion::Kind::Date || s.due <= m_published ||
            words().matchAt(QStringLiteral("label-noun"), m_text, s.end) > 0)
            continue;
        // 4〜5月以来: the start of a time up to now, gone by (without its year, the last one)
        if (words().matchAt(QStringLiteral("since-mark"), m_text, s.end) > 0) {
            if (!s.text.contains(QChar(u'年')) && !s.text.contains(QChar(u'度')) &&
                s.due.addYears(-1) <= m_published)
                s.due = yearsFrom(s, -1);
            continue;
        }
        const bool namedLimit = words().matchBefore(QStringLiteral("deadline-lead"), m_text, s.start) > 0 &&
                                words().matchAt(QStringLiteral("past-ending"), m_text, s.end) == 0;
        // 8月末時点で, 9月末現在: the date of a state of things, not a limit (without its year,
        // the one nearest publication), unless a state still ahead is a plan's
        // (11月末時点で…増やす目標だ)
        ClauseTime time = clauseTime(s.end);
        // 制度の開始を10月1日に決定した, 発売を4月に決めた: the day set for what goes before を;
        // 開催日は12月5日に決まった: the day its topic was set to
        // 新紙幣の発行が7月3日に迫った, 2024年4月を前に: a day of the calendar that comes near is still
        // ahead (not a count of days, 5日後に迫った選挙)
        if ((s.text.contains(QChar(u'月')) || s.text.contains(QChar(u'年'))) &&
            (words().matchAt(QStringLiteral("approach-after"), m_text, s.end) > 0 ||
             words().matchAt(QStringLiteral("ahead-of"), m_text, s.end) > 0))
            time = ClauseTime::Planned;
        // 2月末を期限に調査票を送った: a limit set for what the clause's verb asks, ahead whatever its
        // tense (without its year and in a past clause, the one nearest publication: gone by in late March)
        if (words().matchAt(QStringLiteral("limit-set-after"), m_text, s.end) > 0) {
            const QDate earlier = yearsFrom(s, -1);
            if (time == ClauseTime::Past && !s.text.contains(QChar(u'年')) &&
                !s.text.contains(QChar(u'度')) && earlier.daysTo(m_published) < m_published.daysTo(s.due)) {
                s.due = earlier;
                continue;
            }
            time = ClauseTime::Planned;
        }
        // (past the comma after a topic: 次回の会合は、9月10日に決まった)
        const int leadAt = s.start > 1 && m_text.at(s.start - 1) == QChar(0x3001) ? s.start - 2 : s.start - 1;
        const QChar lead = leadAt >= 0 ? m_text.at(leadAt) : QChar();
        const QChar joint = s.end < m_text.size() ? m_text.at(s.end) : QChar();
        if (joint == QChar(u'に') && ((lead == QChar(u'を') && words().matchAt(QStringLiteral("set-to-verb"),
                                                                               m_text, s.end + 1) > 0) ||
                                      ((lead == QChar(u'は') || lead == QChar(u'が')) &&
                                       words().matchAt(QStringLiteral("fixed-verb"), m_text, s.end + 1) > 0)))
            time = ClauseTime::Planned;
        // 開館日は5月3日と発表された, 納付期限は7月1日となっている, 言い渡しは4月24日に指定された:
        // the day a topic that is a day or an event was set to (not 会合は9月10日に開かれた, held)
        if ((joint == QChar(u'に') || joint == QChar(u'と')) && lead == QChar(u'は') &&
            words().matchBefore(QStringLiteral("day-topic"), m_text, leadAt) > 0 &&
            words().matchAt(QStringLiteral("topic-set-verb"), m_text, s.end + 1) > 0)
            time = ClauseTime::Planned;
        if (words().matchAt(QStringLiteral("state-point"), m_text, s.end) > 0) {
            const QDate earlier = s.due.addYears(-1);
            const bool yearless = !s.text.contains(QChar(u'年')) && !s.text.contains(QChar(u'度'));
            const bool back = yearless && (time == ClauseTime::Past ||
                                           earlier.daysTo(m_published) < m_published.daysTo(s.due));
            if (back)
                s.due = yearsFrom(s, -1);
            if (back || time != ClauseTime::Planned)
                continue;
        }
        // 5月1日付で…交代する, 12月1日付で社長交代を発表した: the day a change takes effect, still
        // ahead whatever the verb's time (not 10月1日付で就任した on October 15: gone by)
        // (付で: not a paper's edition, 28日付の朝刊; nor a day alone in a past clause, 5日付で報じた)
        // (in a past clause, only a change announced, not one made: 4月1日付で社長に就任した in
        // November is gone by)
        const bool dayAlone = !s.text.contains(QChar(u'月'));
        // (asked only of an effective day in a past clause)
        const auto announced = [&] {
            for (int i = s.end; i < std::min(int(m_text.size()), s.end + 40); ++i) {
                if (m_text.at(i) == QChar(u'。') || m_text.at(i) == QChar(u'、'))
                    return false; // (the date's own clause: not 就任し、記者会見で抱負を語った)
                if (words().matchAt(QStringLiteral("quote-verb"), m_text, i) > 0 ||
                    words().matchAt(QStringLiteral("decide-verb"), m_text, i) > 0)
                    return true;
            }
            return false;
        };
        const bool effective =
            words().matchAt(QStringLiteral("effective-mark"), m_text, s.end) > 0 &&
            (time != ClauseTime::Past || (!dayAlone && s.due <= m_published.addMonths(6) && announced()));
        // 実施は8月1日から。, 開業は来年4月。, 期間は8月31日までで、, 開業は来年4月の予定。: a date ahead
        // that is its sentence's predicate after a topic tells when a plan happens
        // (販売は12月14日午前10時から。: past its hour too)
        static const QRegularExpression predicateEnd(
            QStringLiteral("^(?:(?:午前|午後)?[0-9０-９]{1,2}時(?:[0-9０-９]{1,2}分|半)?)?(?:から|まで|ごろ|"
                           "頃|付)?(?:[（(](?:予定|見込み)[）)]|の予定)?(?:。|\\n|$|で[、，])"));
        // (or an event's noun ends it: 新制度は10月1日施行。)
        const int event = words().matchAt(QStringLiteral("scheduled-event"), m_text, s.end);
        // (or after a label and its colon: 効力発生日：2025年7月1日; a plan in brackets, 7月1日（予定）。)
        const bool predicate = s.start > 0 && QStringLiteral("は：:").contains(m_text.at(s.start - 1)) &&
                               (predicateEnd.match(QStringView(m_text).mid(s.end, 14)).hasMatch() ||
                                (event > 0 && m_text.mid(s.end + event, 1) == QStringLiteral("。")));
        if (namedLimit || time == ClauseTime::Planned || effective || predicate) {
            s.kind = Suggestion::Kind::Deadline;
        } else if (time == ClauseTime::Past && words().set(QStringLiteral("weekday")).contains(s.text)) {
            // 同社は火曜日に工場を閉鎖した on a Friday, 週明けに急落した: a weekday alone in a past
            // clause is the one before publication
            s.due = s.due.addDays(-7);
        } else if (s.due.addYears(-1) <= m_published &&
                   (s.due.year() > m_published.year() || !s.text.startsWith(QStringLiteral("年明け"))) &&
                   QStringLiteral("\u306B\u306F\u304B").contains(m_text.mid(s.end, 1)) && // に は か
                   ((time == ClauseTime::Past && (words().matchAt(QStringLiteral("holiday"), s.text, 0) > 0 ||
                                                  s.text.startsWith(QStringLiteral("年明け")))) ||
                    (time == ClauseTime::Other && s.text.startsWith(QStringLiteral("年明け")) &&
                     m_published.month() <= 4))) {
            // 三が日に多くの客を集めた, お盆に帰省した: a holiday in a past report, the one gone by
            // (年明けから下落が続いた in spring: this year's turn; the holiday as the clause's time, not
            // ゴールデンウィークの混雑に備えた対策, ahead)
            s.due = yearsFrom(s, -1);
        } else if (time == ClauseTime::Past && s.text == QStringLiteral("年度末")) {
            // 年度末の人事異動で…就いた: the fiscal year's end gone by
            s.due = s.due.addYears(-1);
        } else if (time == ClauseTime::Past && !s.text.contains(QChar(u'年')) &&
                   !s.text.contains(QChar(u'月')) && s.text.contains(QChar(u'日')) &&
                   !s.text.contains(QChar(u'後')) && !s.text.contains(QChar(u'前')) &&
                   JapaneseNumber::parse(s.text, 0).length > 0 && s.precision == DatePrecision::Day &&
                   sameDayMonthsAway(s.due, -1) <= m_published) {
            // 最高裁は3日、…言い渡した on May 1: a day without its month in a past clause is
            // the one of the month before
            s.due = sameDayMonthsAway(s.due, -1);
        } else if (time == ClauseTime::Past && !s.text.contains(QStringLiteral("以内")) &&
                   !s.text.contains(QChar(u'年')) && !s.text.contains(QChar(u'度')) &&
                   s.text.contains(QChar(u'月')) && JapaneseNumber::parse(s.text, 0).length > 0 &&
                   s.due.addYears(-1) <= m_published &&
                   !(s.precision == DatePrecision::Month && s.due.year() == m_published.year() &&
                     s.due.month() == m_published.month())) {
            // 6月に発売した in a September story: a month or day without its year in a past
            // clause is the one before publication (but 6月に急落した in June: this month)
            s.due = yearsFrom(s, -1);
        } else if (time == ClauseTime::Past && s.text.startsWith(QChar(u'第')) &&
                   s.text.endsWith(QStringLiteral("四半期")) && s.due.addYears(-1) <= m_published) {
            // 第1四半期に最高益を計上した: so is a quarter without its year
            s.due = yearsFrom(s, -1);
        }
    }
}

// 3月末までに出荷する予定だった in September: a plan given up is no limit, its day the plan's,
// without its year the one before publication
void JapaneseRecognizer::plansUndone(QVector<Suggestion> *found) const
{
    for (Suggestion &s : *found) {
        if (s.kind == Suggestion::Kind::Amount || !planUndone(s.end))
            continue;
        // (without its year, the one nearest publication, whichever side the clause's verb put it
        // on: 3月末までに出荷する予定だった in September is last March's, 5月に予定していた会合を
        // 延期した in April this May's; a month by its number: 今月末 has its year)
        const bool yearless = !s.text.contains(QChar(u'年')) && !s.text.contains(QChar(u'度')) &&
                              s.text.contains(QChar(u'月')) && JapaneseNumber::parse(s.text, 0).length > 0;
        if (yearless) {
            for (const int years : {-1, 1}) {
                if (const QDate moved = yearsFrom(s, years);
                    std::abs(moved.daysTo(m_published)) < std::abs(s.due.daysTo(m_published)))
                    s.due = moved;
            }
        }
        s.kind = Suggestion::Kind::Date;
    }
}

// A figure's noun at `at` (1～8月の累計), or one that ends the noun phrase from `at` to its topic
// or subject (4〜9月のクマによる人身被害は, 10月の新制度の利用率が)
bool JapaneseRecognizer::figureAfter(int at) const
{
    if (words().matchAt(QStringLiteral("figure-noun"), m_text, at) > 0)
        return true;
    const int limit = std::min(int(m_text.size()), at + 16);
    for (int i = at + 1; i < limit; ++i) {
        const QChar c = m_text.at(i);
        if (c == QChar(u'は') || c == QChar(u'が'))
            return words().matchBefore(QStringLiteral("figure-noun"), m_text, i) > 0;
        if (QStringLiteral("\u3001\u3002\u3092\u3067").contains(c)) // 、。を で
            return false;
    }
    return false;
}

void JapaneseRecognizer::placeAroundPublication(QVector<Suggestion> *found) const
{
    static const QRegularExpression dayAlone(QStringLiteral("^[0-9]{1,2}日(?:までに?)?$"));
    static const QRegularExpression monthLimit(QStringLiteral("^[0-9]{1,2}月(?:末日?|中)?までに?$"));
    for (Suggestion &s : *found) {
        if (s.kind == Suggestion::Kind::Amount)
            continue;
        const QString ascii = m_ascii.mid(s.start, s.end - s.start);
        const QString half = words().value(QStringLiteral("current-period"), s.text);
        // (the clause's time only for the shapes below: it may read far on text without a comma)
        const bool day = s.precision == DatePrecision::Day && s.due.daysTo(m_published) > 7 &&
                         s.due.addMonths(1) > m_published && dayAlone.match(ascii).hasMatch();
        const bool halfAlone =
            s.due > m_published && !s.text.endsWith(QChar(u'中')) &&
            (half == QLatin1String("fiscal-first-half") || half == QLatin1String("fiscal-second-half"));
        const bool limit = s.kind == Suggestion::Kind::Deadline && s.due > m_published &&
                           s.due.addYears(-1).daysTo(m_published) <= 92 && monthLimit.match(ascii).hasMatch();
        // 7～9月期の実質GDPは, 1～8月の累計は, 10月の新制度の利用率は: a figure of months without
        // their year is of the ones nearest publication
        if (ascii.contains(QChar(u'月')) && !ascii.contains(QChar(u'年')) && !ascii.contains(QChar(u'度')) &&
            !ascii.isEmpty() && ascii.at(0).isDigit() && s.due > m_published &&
            m_text.mid(s.end, 1) == QStringLiteral("の") && figureAfter(s.end + 1)) {
            const QDate earlier = yearsFrom(s, -1);
            if (earlier.daysTo(m_published) < m_published.daysTo(s.due)) {
                s.due = earlier;
                s.kind = Suggestion::Kind::Date;
            }
            continue;
        }
        if (!day && !halfAlone && !limit)
            continue;
        const ClauseTime time = clauseTime(s.end);
        // 2日に臨時取締役会を開く, 5日までに回答するよう求めた in a late-November story: the next
        // month's day (not one in the week before publication, the story's own: 24日の県議会で…
        // 方針を示した)
        // (首相は9日、…まとめるよう指示した: the day a task was set, not the task's)
        const bool taskSet = m_text.mid(s.end, 1) == QStringLiteral("、") && requested(s.end);
        if (day && !taskSet && (time == ClauseTime::Planned || requested(s.end))) {
            s.due = sameDayMonthsAway(s.due, 1);
            s.kind = Suggestion::Kind::Deadline;
        } else if (halfAlone && time == ClauseTime::Past) {
            // 上期に過去最高益を計上した: the half that has ended (not 上期中に, within it); in the
            // half's last three months, the one a calendar year's company has just closed
            const QDate calendarHalf = s.due.addMonths(-3); // (Jan-Jun or Jul-Dec, just closed)
            if (calendarHalf >= m_published)
                s.due = s.due.addYears(-1);
            else
                s.due = QDate(calendarHalf.year(), calendarHalf.month(), calendarHalf.daysInMonth());
            s.kind = Suggestion::Kind::Date;
        } else if (limit && time == ClauseTime::Past && !requested(s.end)) {
            // 3月末までに希望退職者を募集した in an April story: a limit just gone by, met (not
            // 9月末までに報告するよう求めた, a task set)
            s.due = yearsFrom(s, -1);
            s.kind = Suggestion::Kind::Date;
        }
    }
}

} // namespace Gleaner
