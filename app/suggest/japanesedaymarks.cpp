// The marks of a day's weekday or holiday in Japanese text, read past by the dates.
#include "suggest/japanesedaymarks.h"

#include "suggest/vocabulary.h"

#include <QRegularExpression>

#include <algorithm>

namespace Gleaner {

namespace {

bool isOpen(QChar c)
{
    return c == QChar(u'（') || c == QChar(u'(');
}

bool isClose(QChar c)
{
    return c == QChar(u'）') || c == QChar(u')');
}

// Between the words of one mark: (土・祝), (土･日), (月、祝)
bool isJoint(QChar c)
{
    return c == QChar(u'・') || c == QChar(u'･') || c == QChar(u'、') || c == QChar(u'/');
}

// The length of a mark at `at` (an opening bracket right after a day, the words of a weekday
// or holiday, a closing bracket), or 0.
int markAt(const QString &text, int at, bool afterMark = false)
{
    if (at == 0 || at >= text.size() || !isOpen(text.at(at)))
        return 0;
    const QChar before = text.at(at - 1);
    if (!afterMark && before != QChar(u'日') && !before.isDigit())
        return 0;
    const Vocabulary &words = Vocabulary::japanese();
    for (int i = at + 1; i < text.size();) {
        const int length = std::max(words.matchAt(QStringLiteral("weekday"), text, i),
                                    words.matchAt(QStringLiteral("day-mark"), text, i));
        if (length == 0 || i + length >= text.size())
            return 0;
        i += length;
        if (isClose(text.at(i)))
            return i + 1 - at;
        if (!isJoint(text.at(i)))
            return 0;
        ++i;
    }
    return 0;
}

// The length of an hour at `at` right after a day (5日午前9時から, 12日（水）正午まで: `at` past
// its mark) and before the joint or end of a range (から, まで, 〜), or 0: the range is read
// between the days.
int hourAt(const QString &text, int at, bool afterMark)
{
    static const QRegularExpression hour(QStringLiteral(
        "(?:(?:午前|午後)?[0-9０-９]{1,2}時(?:[0-9０-９]{1,2}分|半)?|正午)(?=から|まで|[〜～~])"));
    if (at < 2 || at >= text.size())
        return 0;
    // (a day's number before 日: not 毎日9時から)
    if (!afterMark &&
        !(text.at(at - 1) == QChar(u'日') &&
          (text.at(at - 2).isDigit() || QStringLiteral("一二三四五六七八九十").contains(text.at(at - 2)))))
        return 0;
    const QRegularExpressionMatch m = hour.match(
        QStringView(text).mid(at, 16), 0, QRegularExpression::NormalMatch,
        QRegularExpression::AnchorAtOffsetMatchOption); // (a few characters: not all checked each time)
    return m.hasMatch() ? int(m.capturedLength()) : 0;
}

} // namespace

DayMarkFree::DayMarkFree(const QString &text)
{
    int copied = 0; // the written characters before this offset are in m_text
    for (int i = 1; i < text.size(); ++i) {
        int length = isOpen(text.at(i)) ? markAt(text, i) : 0;
        if (length > 0) // (and an hour after the mark: 10日（月）午前9時から)
            length += hourAt(text, i + length, true);
        else
            length = hourAt(text, i, false);
        if (length == 0)
            continue;
        for (int j = copied; j < i; ++j)
            m_at.append(j);
        m_text += QStringView(text).mid(copied, i - copied);
        copied = i + length;
        // (marks side by side after one day: 5日(土)(祝))
        while (const int more = markAt(text, copied, true))
            copied += more;
        i = copied - 1;
    }
    if (copied == 0) {
        m_text = text;
        return;
    }
    m_removed = true;
    m_written = int(text.size());
    for (int j = copied; j < text.size(); ++j)
        m_at.append(j);
    m_text += QStringView(text).mid(copied);
}

int DayMarkFree::writtenStart(int start) const
{
    if (!m_removed)
        return start;
    return start < m_at.size() ? m_at.at(start) : m_written;
}

int DayMarkFree::writtenEnd(int end) const
{
    if (!m_removed || end <= 0)
        return end;
    return m_at.at(std::min<int>(end, m_at.size()) - 1) + 1;
}

} // namespace Gleaner
