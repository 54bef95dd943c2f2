#include "suggest/vocabulary.h"

#include "util/datatable.h"

#include <algorithm>

namespace Gleaner {

const Vocabulary &Vocabulary::english()
{
    static const Vocabulary vocabulary(QStringLiteral(":/data/en-vocabulary.tsv"));
    return vocabulary;
}

const Vocabulary &Vocabulary::japanese()
{
    static const Vocabulary vocabulary(QStringLiteral(":/data/ja-vocabulary.tsv"));
    return vocabulary;
}

Vocabulary::Vocabulary(const QString &table)
{
    for (const QStringList &fields : DataTable::rows(table)) {
        if (fields.size() < 2 || fields.at(1).isEmpty())
            continue; // (lookups index words by their first and last characters)
        m_words[fields.at(0)].byLength.append(fields.at(1));
        m_sets[fields.at(0)].insert(fields.at(1));
        m_firstWords[fields.at(0)].insert(fields.at(1).section(QLatin1Char(' '), 0, 0));
        m_values[fields.at(0)].insert(fields.at(1), fields.value(2));
        bool whole = false;
        const int number = fields.value(2).toInt(&whole);
        if (whole)
            m_numbers[fields.at(0)].insert(fields.at(1), number);
    }
    for (Words &words : m_words) {
        std::stable_sort(words.byLength.begin(), words.byLength.end(),
                         [](const QString &a, const QString &b) { return a.size() > b.size(); });
        for (const QString &word : std::as_const(words.byLength)) {
            if (word.isEmpty())
                continue;
            words.byFirst[word.front().unicode()].append(word);
            words.byLast[word.back().unicode()].append(word);
        }
    }
}

const Vocabulary::Words *Vocabulary::find(const QString &kind) const
{
    const auto it = m_words.constFind(kind);
    return it == m_words.constEnd() ? nullptr : &*it;
}

int Vocabulary::matchAt(const QString &kind, QStringView text, int position, QString *value) const
{
    const Words *words = find(kind);
    if (!words || position < 0 || position >= text.size())
        return 0;
    const auto first = words->byFirst.constFind(text.at(position).unicode());
    if (first == words->byFirst.constEnd())
        return 0;
    for (const QString &word : *first) {
        if (text.mid(position).startsWith(word)) {
            if (value)
                *value = values(kind).value(word);
            return int(word.size());
        }
    }
    return 0;
}

int Vocabulary::matchBefore(const QString &kind, QStringView text, int position, QString *value) const
{
    const Words *words = find(kind);
    if (!words || position <= 0 || position > text.size())
        return 0;
    const auto last = words->byLast.constFind(text.at(position - 1).unicode());
    if (last == words->byLast.constEnd())
        return 0;
    for (const QString &word : *last) {
        if (position >= word.size() && text.left(position).endsWith(word)) {
            if (value)
                *value = values(kind).value(word);
            return int(word.size());
        }
    }
    return 0;
}

const QStringList &Vocabulary::words(const QString &kind) const
{
    static const QStringList none;
    const Words *words = find(kind);
    return words ? words->byLength : none;
}

QString Vocabulary::value(const QString &kind, const QString &word) const
{
    return values(kind).value(word);
}

const WordMap<QString> &Vocabulary::values(const QString &kind) const
{
    static const WordMap<QString> none;
    const auto it = m_values.constFind(kind);
    return it == m_values.constEnd() ? none : *it;
}

const WordMap<int> &Vocabulary::numbers(const QString &kind) const
{
    static const WordMap<int> none;
    const auto it = m_numbers.constFind(kind);
    return it == m_numbers.constEnd() ? none : *it;
}

const WordSet &Vocabulary::firstWords(const QString &kind) const
{
    static const WordSet none;
    const auto it = m_firstWords.constFind(kind);
    return it == m_firstWords.constEnd() ? none : *it;
}

const WordSet &Vocabulary::set(const QString &kind) const
{
    static const WordSet none;
    const auto it = m_sets.constFind(kind);
    return it == m_sets.constEnd() ? none : *it;
}

} // namespace Gleaner
