// The time of a date's clause in Japanese: which predicate a date belongs to, and whether
// that predicate tells of the past, of a plan, or of neither.
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

} // namespace

namespace {

bool endsWithWordOf(QStringView text, const QString &kind)
{
    return words().matchBefore(kind, text, int(text.size())) > 0;
}

} // namespace

// A verb of saying at `at`, or after whom it is said to (…値上げすると財務省に申請した)
bool JapaneseRecognizer::quoteVerbAt(int at) const
{
    if (words().matchAt(QStringLiteral("quote-verb"), m_text, at) > 0 ||
        words().matchAt(QStringLiteral("quote-plain-verb"), m_text, at) > 0)
        return true;
    // (or の and a noun of plan: 9月末になるとの見通しを示した)
    if (at < m_text.size() && m_text.at(at) == QChar(u'の') &&
        words().matchAt(QStringLiteral("plan-noun"), m_text, at + 1) > 0)
        return true;
    // (or any verb of two to four kanji with する: …実施すると通達した, と合意した; not と同時に)
    int han = at;
    while (han < m_text.size() && han < at + 5 && m_text.at(han).unicode() >= 0x4E00 &&
           m_text.at(han).unicode() <= 0x9FFF)
        ++han;
    if (han - at >= 2 && han - at <= 4 && han < m_text.size() &&
        (m_text.at(han) == QChar(u'し') || m_text.at(han) == QChar(u'す')))
        return true;
    const int limit = std::min(int(m_text.size()) - 1, at + 10);
    for (int i = at + 1; i < limit; ++i) {
        const QChar c = m_text.at(i);
        if (c == QChar(0x3001) || c == QChar(0x3002) || c == QChar(u'を') || c == QChar(u'と'))
            return false;
        if (c == QChar(u'に'))
            return words().matchAt(QStringLiteral("quote-verb"), m_text, i + 1) > 0;
    }
    return false;
}

// The predicate a date belongs to is the first one after it in its sentence: up to a
// quotation (2026年に稼働を始めると発表した: 始める) or the sentence's end; the
// sentence's own when a comma sets the date off. A non-past one (する, 予定だ,
// 目指す, 方針) makes a future date a planned event, a past one (した) a past date.
JapaneseRecognizer::ClauseTime JapaneseRecognizer::clauseTime(int end) const
{
    if (m_text.mid(end, 1) == QStringLiteral("の")) {
        // 3月9日・10日の2日間開催する: the days counted after the date are the date's, and so is
        // the verb after them
        static const QRegularExpression counted(QStringLiteral(
            "^[0-9０-９一二三四五六七八九十]{1,3}(?:日|週|か月|カ月|ヶ月|年)間(?:に(?:わた|渡)って|で|に)?"));
        if (const QRegularExpressionMatch c = counted.match(QStringView(m_text).mid(end + 1, 12));
            c.hasMatch())
            return clauseTime(end + 1 + int(c.capturedLength()));
        // the time of an aim (2050年のカーボンニュートラル実現に向け、): a plan's
        for (int i = end + 1; i < std::min(int(m_text.size()), end + 24); ++i) {
            if (QStringLiteral("\u3001\u3002\u306F\u304C").contains(m_text.at(i)))
                break;
            if (words().matchAt(QStringLiteral("aim-after"), m_text, i) > 0)
                return ClauseTime::Planned;
        }
        // the date of a plan (2027年下期の見込み), or of the event a plan aims at
        // (2026年半ばの完成を目指す); else a noun's time (2026年3月期の決算)
        // the plan is the predicate (…は2027年下期の見込みだ), not an object or a topic
        // (2027年の計画を発表した, 2026年の見通しについて)
        if (const int noun = words().matchAt(QStringLiteral("plan-noun"), m_text, end + 1); noun > 0) {
            const int after = end + 1 + noun;
            return after >= m_text.size() ||
                           words().matchAt(QStringLiteral("predicate-start"), m_text, after) > 0
                       ? ClauseTime::Planned
                       : ClauseTime::Other;
        }
        // a disaster's date, told as the cause (6月末の大雨で不通が続く): the past, whatever follows
        // (not a forecast, 7日の大雨に警戒, nor a compound, 20日の停電作業)
        if (const int disaster = words().matchAt(QStringLiteral("disaster-noun"), m_text, end + 1);
            disaster > 0 && words().matchAt(QStringLiteral("disaster-after"), m_text, end + 1 + disaster) > 0)
            return ClauseTime::Past;
        // the date of an event the clause's verb takes place at (7月1日の取締役会で決める)
        if (const int event = words().matchAt(QStringLiteral("event-noun"), m_text, end + 1); event > 0) {
            const int after = end + 1 + event;
            if (after < m_text.size() &&
                (m_text.at(after) == QChar(u'で') || m_text.at(after) == QChar(u'に')))
                return clauseTime(after + 1);
        }
        const int limit = std::min(int(m_text.size()), end + 16);
        for (int i = end + 1; i < limit; ++i) {
            const QChar c = m_text.at(i);
            // 3月の新車販売台数は…だった, 10月の世界販売が…: a month's figure as the topic or
            // subject is of the time of the sentence's predicate; another noun as the topic only
            // when that is a plan (6月の株主総会は大阪で開く; not 3月の大統領選が近づき, nor
            // 令和7年度の税制改正大綱では, an adjunct)
            const int adjunct = m_text.at(i - 1) == QChar(u'で') ? 1 : 0;
            if ((c == QChar(u'は') || c == QChar(u'が')) && i > end + 1 &&
                words().matchBefore(QStringLiteral("figure-noun"), m_text, i - adjunct) > 0)
                return clauseTime(i + 1);
            if (c == QChar(u'は') && i > end + 1 && !adjunct && m_text.at(i - 1) != QChar(u'に') &&
                words().matchBefore(QStringLiteral("plan-noun"), m_text, i) == 0)
                return clauseTime(i + 1) == ClauseTime::Planned ? ClauseTime::Planned : ClauseTime::Other;
            if (QStringLiteral("\u3001\u3002\u306F\u304C").contains(c)) // 、。は が
                return ClauseTime::Other;
            // 6月の定例県議会に…提出する, 来年3月14日のダイヤ改正で…増発する: the time of a
            // noun the clause's verb takes place at
            // (not a topic: 令和7年度の税制改正大綱では)
            const bool topic = i + 1 < m_text.size() &&
                               (m_text.at(i + 1) == QChar(u'は') || m_text.at(i + 1) == QChar(u'も'));
            const bool from = c == QChar(u'か') && i + 1 < m_text.size() && m_text.at(i + 1) == QChar(u'ら');
            if ((c == QChar(u'に') || c == QChar(u'で') || from) && i > end + 2 && i < end + 10 && !topic) {
                // (1月1日の地震で被災した住宅: the time of the verb that qualifies a noun)
                if (const ClauseTime relative = relativeTime(i); relative != ClauseTime::Other)
                    return relative;
                // (来年4月の入学生から、…免除する: the noun's verb, past the comma after it)
                int next = from ? i + 2 : i + 1;
                if (m_text.mid(next, 1) == QStringLiteral("\u3001"))
                    ++next;
                return clauseTime(next);
            }
            if (c == QChar(u'を'))
                return words().matchAt(QStringLiteral("plan-verb"), m_text, i + 1) > 0 ? ClauseTime::Planned
                                                                                       : ClauseTime::Other;
        }
        return ClauseTime::Other;
    }
    // Set off by a comma (北海クラウドは18日、…と発表した), the date is the time of the
    // sentence's own predicate, at its end, past any quotation.
    // 10月下旬に延期された, 来年3月に延期した: the time something was moved to, still ahead
    const int moved = m_text.mid(end, 1) == QStringLiteral("に")      ? end + 1
                      : end > 0 && m_text.at(end - 1) == QChar(u'に') ? end
                                                                      : -1;
    if (moved > 0 && words().matchAt(QStringLiteral("move-to-verb"), m_text, moved) > 0)
        return ClauseTime::Planned;
    const bool ofSentence = m_text.mid(end, 1) == QStringLiteral("\u3001");
    if (const ClauseTime relative = ofSentence ? ClauseTime::Other : relativeTime(end);
        relative != ClauseTime::Other)
        return relative;
    const int limit = std::min(int(m_text.size()), end + (ofSentence ? 200 : 80));
    int i = end;
    int brackets = 0; // 「…」 opened after the date: a name or a quotation inside the clause
    for (; i < limit; ++i) {
        const QChar c = m_text.at(i);
        if (c == QChar(0x300C))
            ++brackets;
        else if (c == QChar(0x300D) && brackets > 0) {
            --brackets;
            continue;
        }
        if (QStringLiteral("\u3002\uFF01\uFF1F!?\n").contains(c) || (c == QChar(0x300D) && !ofSentence))
            break; // the sentence's end, or the end of a quotation 「…」
        // a verb that describes a plan (2035年度に60％削減する目標を提出した): the plan's time,
        // whatever the sentence's own predicate
        // (or a figure set as the aim: 2027年度に営業利益500億円を目標に掲げた)
        if (const int noun =
                !ofSentence && i > end ? words().matchAt(QStringLiteral("plan-noun"), m_text, i) : 0;
            noun > 0) {
            // (past the kanji the plan's noun is compounded with, …を行う中期経営計画; but not a
            // label, 2027年3月期を最終年度とする中期経営計画)
            QStringView before = QStringView(m_text).mid(end, i - end);
            const qsizetype whole = before.size();
            while (before.size() > 1 && before.back().unicode() >= 0x4E00 &&
                   before.back().unicode() <= 0x9FFF)
                before.chop(1);
            const bool label =
                before.size() < whole && endsWithWordOf(before, QStringLiteral("label-verb-ending"));
            if (endsWithWordOf(before, QStringLiteral("plan-verb-ending")) && !label &&
                !endsWithWordOf(before, QStringLiteral("past-ending")))
                return ClauseTime::Planned;
            if (before.endsWith(QChar(u'を')) && i + noun < m_text.size() &&
                (m_text.at(i + noun) == QChar(u'に') || m_text.at(i + noun) == QChar(u'と')))
                return ClauseTime::Planned;
        }
        // the dates of a schedule (3月31日告示、4月9日投開票の日程を決めた), or a schedule
        // decided (7月3日公示、20日投開票と決めた): ahead, whatever the verb of deciding
        // (in the date's own clause, or a list of dates: 3月31日告示、4月9日投開票; not past a comma
        // to another clause, 10日に記者会見し、新工場の稼働までの日程を説明した)
        const auto listed = [&] {
            for (int comma = int(m_text.indexOf(QChar(0x3001), end)); comma >= 0 && comma < i;
                 comma = int(m_text.indexOf(QChar(0x3001), comma + 1))) {
                if (comma + 1 >= m_text.size() || !m_ascii.at(comma + 1).isDigit())
                    return false;
            }
            return true;
        };
        if (!ofSentence && i > end && m_text.at(i - 1) == QChar(u'の') &&
            words().matchAt(QStringLiteral("schedule-noun"), m_text, i) > 0 && listed())
            return ClauseTime::Planned;
        if (!ofSentence && i > end && c == QChar(u'と') && quoteVerbAt(i + 1) && listed() &&
            endsWithWordOf(QStringView(m_text).mid(end, i - end), QStringLiteral("scheduled-event")))
            return ClauseTime::Planned;
        // A quotation ends at と before a verb of saying (…始めると発表した); so does a clause
        // made a noun by こと (来年4月に値上げすることを決めた: the plan's, not the decision's)
        const bool quoted = c == QChar(u'と') && quoteVerbAt(i + 1);
        // (in the date's own clause: no comma between them)
        const bool nominal =
            c == QChar(u'こ') && m_text.mid(i, 2) == QStringLiteral("こと") &&
            QStringLiteral("\u3092\u304C\u306B\u3067").contains(m_text.mid(i + 2, 1)) && // を が に で
            !m_text.mid(end, i - end).contains(QChar(0x3001));
        if ((quoted || nominal) && i > end && !ofSentence &&
            (endsWithWordOf(QStringView(m_text).mid(end, i - end), QStringLiteral("planned-ending")) ||
             endsWithWordOf(QStringView(m_text).mid(end, i - end), QStringLiteral("past-ending"))))
            break;
    }
    if (i == limit)
        return ClauseTime::Other;
    const QString clause = m_text.mid(end, i - end).trimmed();
    if (endsWithWordOf(clause, QStringLiteral("past-ending")))
        return ClauseTime::Past;
    // (a state that goes on in the date's own clause: begun, unless it is a plan or a wait; not
    // a limit it goes on to, 来年1月31日まで受け付けている, nor past a comma, 投開票は27日で、…となっている)
    const QStringView head = QStringView(m_text).left(end);
    const bool toLimit = head.endsWith(u"まで") || head.endsWith(u"までに") ||
                         QStringView(m_text).mid(end).startsWith(u"まで");
    // (nor a plan quoted: 4月に発表するとしている, 利上げするとみている, 得たいと考えている)
    const int ongoing = words().matchBefore(QStringLiteral("ongoing-ending"), clause, int(clause.size()));
    const QStringView stem = QStringView(clause).chopped(ongoing);
    // (と of a quotation, not of となっている, a state)
    qsizetype quote = stem.lastIndexOf(QChar(u'と'));
    if (quote >= 0 && stem.mid(quote).startsWith(u"とな"))
        quote = -1;
    // (past a comma only after the date's own verb: 5月1日に開業し、…増えている; not 27日で、)
    const qsizetype comma = clause.indexOf(QChar(0x3001));
    const bool ownVerb = comma < 0 || !clause.left(comma).endsWith(QChar(u'で'));
    if (ongoing > 0 && !toLimit && ownVerb && !(quote >= 0 && stem.size() - quote <= 5))
        return endsWithWordOf(stem, QStringLiteral("ongoing-ahead")) ? ClauseTime::Planned : ClauseTime::Past;
    return endsWithWordOf(clause, QStringLiteral("planned-ending")) ? ClauseTime::Planned : ClauseTime::Other;
}

// The time of a verb that ends the date's clause before the first comma after `end`: one
// that qualifies a noun, past (3月に開業した新駅は, 9月に開いた横浜店に続き; not 完成した後に, a
// time still to come) or not (来年3月2日に開かれる「…」の募集が始まった: planned), or a past that
// goes on in -ており (6月に契約を結んでおり、); else Other
JapaneseRecognizer::ClauseTime JapaneseRecognizer::relativeTime(int end) const
{
    // (the date as the clause's time, 3月に, 5日から, or a limit that holds its に, 8月までに; not a
    // name's or a noun's: 2027年型の)
    if (end > 2 && end < m_text.size() && QStringView(m_text).mid(end - 3, 3) == u"までに" &&
        !QStringLiteral("\u306B\u3067\u304B\u307E").contains(m_text.at(end)))
        --end;
    if (end >= m_text.size() ||
        !QStringLiteral("\u306B\u3067\u304B\u307E").contains(m_text.at(end))) // に で か ま
        return ClauseTime::Other;
    const int limit = std::min(int(m_text.size()), end + 40);
    for (int i = end + 1; i < limit; ++i) {
        const QChar c = m_text.at(i);
        if (QStringLiteral("\u3001\u3002").contains(c)) { // 、。
            // (not a plan quoted before it: 来年度から無償にすると公約しており、)
            for (int q = end + 1; q < i; ++q) {
                if (m_text.at(q) == QChar(u'と') && quoteVerbAt(q + 1) &&
                    endsWithWordOf(QStringView(m_text).mid(end, q - end), QStringLiteral("planned-ending")))
                    return ClauseTime::Other;
            }
            return c == QChar(0x3001) && words().matchBefore(QStringLiteral("past-continuing"), m_text, i) > 0
                       ? ClauseTime::Past
                       : ClauseTime::Other;
        }
        const bool past = c == QChar(u'た') || c == QChar(u'だ');
        // (a dictionary form in す, く, う, つ, む, ぶ, ぐ after its kanji stem: 目指す, 開く, 結ぶ)
        // (not an adverb or a count: 多く, 近く, 一つ; vocabulary not-verb-stem)
        const bool stemmed = QStringLiteral("\u3059\u304F\u3046\u3064\u3080\u3076\u3050").contains(c) &&
                             words().matchAt(QStringLiteral("not-verb-stem"), m_text, i - 1) == 0;
        if ((!past && c != QChar(u'る') && !stemmed) || i + 1 >= m_text.size())
            continue;
        const QChar before = m_text.at(i - 1);
        const QChar next = m_text.at(i + 1);
        const bool kana = stemmed ? before.unicode() >= 0x4E00 && before.unicode() <= 0x9FFF
                                  : before.unicode() >= 0x3041 && before.unicode() <= 0x3093;
        // (a figure too: 3月に放出した14万トンは)
        const bool noun = next.isDigit() || (next.unicode() >= 0x4E00 && next.unicode() <= 0x9FFF) ||
                          (next.unicode() >= 0x30A1 && next.unicode() <= 0x30FA) || next == QChar(0x300C);
        if (kana && noun && words().matchAt(QStringLiteral("after-past-not-noun"), m_text, i + 1) == 0)
            return past ? ClauseTime::Past : ClauseTime::Planned;
        // (or of the event that the sentence then answers: 1日に始まったのを受け、)
        if (past && kana && words().matchAt(QStringLiteral("past-event-link"), m_text, i + 1) > 0)
            return ClauseTime::Past;
        if (c == QChar(0x300C))
            return ClauseTime::Other;
    }
    return ClauseTime::Other;
}

// 7〜9月期決算, 7〜9月期の運用益: the results of a term right after it (vocabulary term-results)
bool JapaneseRecognizer::termReported(int end) const
{
    const int at = m_text.mid(end, 1) == QStringLiteral("の") ? end + 1 : end;
    return words().matchAt(QStringLiteral("term-results"), m_text, at) > 0;
}

} // namespace Gleaner
