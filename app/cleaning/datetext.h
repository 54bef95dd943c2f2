#pragma once

#include <QDate>
#include <QString>

namespace Gleaner {

// Dates as pages write them for readers, in the languages of
// resources/data/month-names.tsv: ISO 8601 ("2026-04-02"), "April 2, 2026",
// "2 April 2026", "2. April 2026", "2 kwietnia 2026", "2 de abril de 2026",
// "02.04.2026" and "2026年4月2日".
namespace DateText {

struct Found
{
    QDate date;
    int start = -1; // where the date is written in the text
    int end = -1;   // exclusive
};

// The first date written in the first 2,000 characters of `text`.
Found find(const QString &text);

// The month a word names ("april", "kwietnia", "dez"), 0 for none.
int monthOf(const QString &word);

} // namespace DateText

} // namespace Gleaner
