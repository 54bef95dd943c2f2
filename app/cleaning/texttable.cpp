#include "cleaning/texttable.h"

#include <QRegularExpression>

#include <map>

namespace Gleaner {

namespace {
bool endsSentence(const QString &line)
{
    return line.endsWith(QLatin1Char('.')) || line.endsWith(QLatin1Char('!')) ||
           line.endsWith(QLatin1Char('?')) || line.endsWith(QChar(0x3002));
}

int words(const QString &line)
{
    return int(line.split(QLatin1Char(' '), Qt::SkipEmptyParts).size());
}

bool isTitleWord(const QString &w) // "Infrastructure", not "AI" nor "of"
{
    return w.size() > 1 && w.front().isUpper() && w.at(1).isLower();
}

bool isCapitalized(const QString &w) // "Infrastructure" or "AI"
{
    return !w.isEmpty() && w.front().isUpper();
}

bool isNumber(const QString &w)
{
    return !w.isEmpty() &&
           (w.front().isDigit() ||
            ((w.front() == QLatin1Char('$') || w.front() == QChar(0x20AC) || w.front() == QChar(0xA3)) &&
             w.size() > 1 && w.at(1).isDigit()));
}

struct Boundary
{
    int word;     // the first word of a cell
    bool numeric; // a cell that starts with a number: the weakest sign
};

// Where the cells of a body row start, after the first.
QVector<Boundary> boundaries(const QStringList &w)
{
    QVector<Boundary> result;
    int i = 0;
    // The first cell: the run of capitalized words, up to the last title-case
    // word that a lower-case word follows (that one begins the second cell).
    int run = 0;
    while (run < w.size() && isCapitalized(w.at(run)))
        ++run;
    if (run == w.size())
        return result;
    int second = isNumber(w.at(run)) ? run : -1;
    for (int k = run - 1; k >= 1 && second < 0; --k)
        if (isTitleWord(w.at(k)))
            second = k;
    if (second < 0)
        return result;
    result << Boundary{second, isNumber(w.at(second))};
    for (i = second + 1; i < w.size(); ++i) {
        const QString &prev = w.at(i - 1);
        const bool afterLower = !prev.isEmpty() && (prev.back().isLower() || prev.back() == QLatin1Char(','));
        if (afterLower && isTitleWord(w.at(i)))
            result << Boundary{i, false};
        else if (afterLower && isNumber(w.at(i)))
            result << Boundary{i, true};
    }
    return result;
}
} // namespace

std::optional<QStringList> TextTable::joinedRows(const QStringList &lines)
{
    if (lines.size() < 4)
        return std::nullopt;
    int longest = 0;
    for (const QString &l : lines) {
        if (endsSentence(l) || l.size() > 160 || l.contains(QLatin1Char('\t')))
            return std::nullopt;
        longest = qMax(longest, int(l.size()));
    }
    // A wrapped line: it starts in lower case, or it is a few words (six at most)
    // under a row at least twice as long.
    QStringList rows;
    int continuations = 0;
    for (const QString &l : lines) {
        const bool wrapped =
            !rows.isEmpty() &&
            (l.front().isLower() ||
             (words(l) <= 6 && l.size() * 2 <= rows.last().section(QLatin1Char('\n'), 0, 0).size()));
        if (wrapped) {
            rows.last() +=
                (rows.last().contains(QLatin1Char('\n')) ? QLatin1Char(' ') : QLatin1Char('\n')) + l;
            ++continuations;
        } else {
            rows << l;
        }
    }
    if (continuations == 0 || rows.size() < 3 || longest < 40)
        return std::nullopt;
    return rows;
}

std::optional<QVector<QStringList>> TextTable::cells(const QStringList &rows)
{
    if (rows.size() < 3)
        return std::nullopt;
    QVector<QStringList> wordsOf;
    QVector<QVector<Boundary>> cuts;
    std::map<int, int> counts; // cells per row -> rows
    QStringList wrappedParts;  // what was wrapped onto further lines: the end of the last cell
    for (int r = 1; r < rows.size(); ++r) {
        wordsOf << rows.at(r).section(QLatin1Char('\n'), 0, 0).split(QLatin1Char(' '), Qt::SkipEmptyParts);
        wrappedParts << rows.at(r).section(QLatin1Char('\n'), 1);
        cuts << boundaries(wordsOf.last());
        ++counts[int(cuts.last().size()) + 1];
    }
    // The count most rows have; a row with more gives up its numeric cuts, last first.
    int columns = 0;
    int most = 0;
    for (const auto &[n, rowsWithN] : counts) {
        if (rowsWithN > most || (rowsWithN == most && n < columns)) {
            most = rowsWithN;
            columns = n;
        }
    }
    if (columns < 2)
        return std::nullopt;
    QVector<QStringList> table;
    for (int r = 0; r < cuts.size(); ++r) {
        QVector<Boundary> &c = cuts[r];
        for (int k = int(c.size()) - 1; k >= 0 && int(c.size()) + 1 > columns; --k)
            if (c.at(k).numeric)
                c.remove(k);
        if (int(c.size()) + 1 != columns)
            return std::nullopt;
        QStringList row;
        int from = 0;
        for (const Boundary &b : std::as_const(c)) {
            row << QStringList(wordsOf.at(r).mid(from, b.word - from)).join(QLatin1Char(' '));
            from = b.word;
        }
        row << (QStringList(wordsOf.at(r).mid(from)) << wrappedParts.at(r)).join(QLatin1Char(' ')).trimmed();
        table << row;
    }
    // The header: title-case words that divide evenly among the columns (a word
    // in lower case after them, "by 2029", belongs to the last).
    const QStringList head = QString(rows.first())
                                 .replace(QLatin1Char('\n'), QLatin1Char(' '))
                                 .split(QLatin1Char(' '), Qt::SkipEmptyParts);
    int titled = 0;
    while (titled < head.size() && isCapitalized(head.at(titled)))
        ++titled;
    if (titled == 0 || titled % columns != 0)
        return std::nullopt;
    QStringList header;
    const int per = titled / columns;
    for (int k = 0; k < columns; ++k)
        header << QStringList(head.mid(k * per, per)).join(QLatin1Char(' '));
    if (titled < head.size())
        header.last() += QLatin1Char(' ') + QStringList(head.mid(titled)).join(QLatin1Char(' '));
    table.prepend(header);
    return table;
}

} // namespace Gleaner
