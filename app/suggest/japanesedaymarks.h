#pragma once

#include <QString>
#include <QVector>

namespace Gleaner {

// A Japanese text without the marks in brackets that news puts after a day to name its
// weekday or holiday (6月30日（火）, 5日(土・祝)), nor the hour of a day that opens or closes
// a range (10日午前9時から12日正午まで), and where each of its characters stands in the text
// as written. The dates are read in it, so that a mark between a day and the words
// that follow (まで, から, に) changes nothing, and given back in the written text's offsets.
// The words of a mark are data (ja-vocabulary.tsv: day-mark and weekday).
class DayMarkFree
{
public:
    explicit DayMarkFree(const QString &text);

    // Whether the text had a mark at all (else text() is the text as written).
    bool removedAny() const { return m_removed; }
    const QString &text() const { return m_text; }
    // Where a span of text() from `start` to `end` stands in the text as written: a mark
    // inside it is inside the written span, one right after its end is not.
    int writtenStart(int start) const;
    int writtenEnd(int end) const;

private:
    QString m_text;
    QVector<int> m_at; // for each character of m_text, its offset as written (when a mark was removed)
    int m_written = 0; // the length of the text as written
    bool m_removed = false;
};

} // namespace Gleaner
