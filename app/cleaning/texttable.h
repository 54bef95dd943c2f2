#pragma once

#include <QStringList>
#include <QVector>

#include <optional>

namespace Gleaner {

// A table copied from a page as plain text: each row on a line of its own, its
// cells separated by single spaces, and long cells wrapped onto a further line
// ("AI workload capacity" under "… Reduced latency and increased").
namespace TextTable {

// The rows of such a group of lines, each with its wrapped lines joined to it
// after a line break ("… and increased\nAI workload capacity"); nullopt when the
// lines do not read as a wrapped table (a list, a paragraph).
std::optional<QStringList> joinedRows(const QStringList &lines);

// The cells of the rows, when the columns can be found: a first cell of words in
// title case, then cells that start with a capital after a lower-case word or
// with a number; every row with the same count (a number inside a cell, as in
// "up to 2 gigawatts", gives way when it would make a row longer than the
// others), and a header row of title-case words that divide evenly. nullopt
// when they cannot be found: the rows then stay lines.
std::optional<QVector<QStringList>> cells(const QStringList &rows);

} // namespace TextTable

} // namespace Gleaner
