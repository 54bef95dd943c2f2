// Which side of publication a Japanese date that leaves out its month or year falls on,
// when the verb of its clause says: a day alone in a plan (2日に…開く in late November:
// December 2), a half alone in a report (上期に…計上した: the half gone by), and a limit
// of a month just gone by that a past clause tells of as met (3月末までに…募集した in April).
#include "suggest/japaneserecognizer.h"

#include "suggest/vocabulary.h"

#include <QRegularExpression>

namespace Gleaner {

namespace {

const Vocabulary &words()
{
    return Vocabulary::japanese();
}

} // namespace

// …するよう求めた, …ように命じた: the clause after `end` sets someone a task, whose limit is
// still ahead whatever the tense of the verb that set it
bool JapaneseRecognizer::requested(int end) const
{
    const int stop = int(m_text.indexOf(QChar(0x3002), end));
    const int last = stop < 0 ? int(m_text.size()) : stop;
    for (int at = int(m_text.indexOf(QStringLiteral("よう"), end)); at >= 0 && at < last;
         at = int(m_text.indexOf(QStringLiteral("よう"), at + 2))) {
        int verb = at + 2;
        if (m_text.mid(verb, 1) == QStringLiteral("に"))
            ++verb;
        if (words().matchAt(QStringLiteral("request-verb"), m_text, verb) > 0)
            return true;
    }
    return false;
}

void JapaneseRecognizer::placeAroundPublication(QVector<Suggestion> *found) const
{
    static const QRegularExpression dayAlone(QStringLiteral("^[0-9]{1,2}日$"));
    static const QRegularExpression monthLimit(QStringLiteral("^[0-9]{1,2}月(?:末|中)?までに?$"));
    for (Suggestion &s : *found) {
        if (s.kind == Suggestion::Kind::Amount)
            continue;
        const QString ascii = m_ascii.mid(s.start, s.end - s.start);
        const ClauseTime time = clauseTime(s.end);
        // 2日に臨時取締役会を開く in a late-November story: the next month's day (not one in the
        // week before publication, the story's own: 24日の県議会で…方針を示した)
        if (time == ClauseTime::Planned && s.due.daysTo(m_published) > 7 &&
            s.precision == DatePrecision::Day && dayAlone.match(ascii).hasMatch() &&
            s.due.addMonths(1) > m_published) {
            s.due = s.due.addMonths(1);
            s.kind = Suggestion::Kind::Deadline;
            continue;
        }
        // 上期に過去最高益を計上した: the half that has ended (not 上期中に, within it)
        const QString half = words().value(QStringLiteral("current-period"), s.text);
        if (time == ClauseTime::Past && s.due > m_published &&
            (half == QLatin1String("fiscal-first-half") || half == QLatin1String("fiscal-second-half")) &&
            !s.text.endsWith(QChar(u'中'))) {
            s.due = s.due.addYears(-1);
            s.kind = Suggestion::Kind::Date;
            continue;
        }
        // 3月末までに希望退職者を募集した in an April story: a limit just gone by, met (not
        // 9月末までに報告するよう求めた, a task set)
        if (s.kind == Suggestion::Kind::Deadline && time == ClauseTime::Past && s.due > m_published &&
            monthLimit.match(ascii).hasMatch() && s.due.addYears(-1).daysTo(m_published) <= 92 &&
            !requested(s.end)) {
            s.due = s.due.addYears(-1);
            s.due = QDate(s.due.year(), s.due.month(), s.due.daysInMonth());
            s.kind = Suggestion::Kind::Date;
        }
    }
}

} // namespace Gleaner
