// The marks of a day's weekday or holiday in Japanese text, read past by the dates.
#include "suggest/japanesedaymarks.h"

#include "suggest/vocabulary.h"

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

} // namespace

DayMarkFree::DayMarkFree(const QString &text)
{
    int copied = 0; // the written characters before this offset are in m_text
    for (int i = 1; i < text.size(); ++i) {
        const int length = isOpen(text.at(i)) ? markAt(text, i) : 0;
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
