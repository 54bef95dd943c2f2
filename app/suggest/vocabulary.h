#pragma once

#include "suggest/wordtable.h"

#include <QHash>
#include <QString>
#include <QStringList>

namespace Gleaner {

// The words of one language the recognizers read, from
// resources/data/<language>-vocabulary.tsv: per kind ("month", "currency",
// "deadline", ...), each word with its value. Loaded once; safe to use from any
// thread afterwards.
class Vocabulary
{
public:
    static const Vocabulary &english();
    static const Vocabulary &japanese();
    // A vocabulary from a table (a resource or a file) of rows: kind, word, value. Rows with
    // no word are left out.
    explicit Vocabulary(const QString &table);

    // The longest word of `kind` that `text` has at `position`: its length (0 for
    // none) and, in *value, its value.
    int matchAt(const QString &kind, QStringView text, int position, QString *value = nullptr) const;
    // The longest word of `kind` that ends just before `position`.
    int matchBefore(const QString &kind, QStringView text, int position, QString *value = nullptr) const;
    // The words of a kind, longest first (to build patterns from).
    const QStringList &words(const QString &kind) const;
    QString value(const QString &kind, const QString &word) const;
    // The words of a kind with their values.
    const WordMap<QString> &values(const QString &kind) const;
    // The words of a kind with whole-number values (months, weekdays, ...).
    const WordMap<int> &numbers(const QString &kind) const;
    // The words of a kind, for membership tests.
    const WordSet &set(const QString &kind) const;
    // The first words of a kind's entries ("no" of "no later than"), for a quick test of
    // whether a token can start one.
    const WordSet &firstWords(const QString &kind) const;

private:
    // A kind's words, longest first: all of them, and by their first and by their last
    // character, so that a match at a place tries only the words that can start (or end)
    // there. Recognizers ask at nearly every character of a clause.
    struct Words
    {
        QStringList byLength;
        QHash<char16_t, QStringList> byFirst;
        QHash<char16_t, QStringList> byLast;
    };
    const Words *find(const QString &kind) const;
    QHash<QString, Words> m_words;             // kind -> its words
    QHash<QString, WordMap<QString>> m_values; // kind -> word -> value
    QHash<QString, WordMap<int>> m_numbers;    // kind -> word -> whole-number value
    QHash<QString, WordSet> m_sets;            // kind -> words
    QHash<QString, WordSet> m_firstWords;      // kind -> first words of its entries
};

} // namespace Gleaner
