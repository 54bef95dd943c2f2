#pragma once

#include <QString>
#include <QVariantList>

namespace Gleaner {

class LibraryConnection;

// The SQL condition on "articles a" that a library search means: every word of
// the search is in the article's title or text, or in one of its annotations'
// quotes or notes. Words go to the index that can find them:
// - words in scripts written with spaces go to the word index (FTS5 unicode61),
//   as prefixes ("semicond" finds "semiconductor");
// - Japanese, Chinese and Korean words of three characters or more go to the
//   index of three-character runs (schema 4), which finds them inside a sentence;
// - such words of one or two characters (株, 投資) go to the same index through
//   the runs they begin, listed by its vocabulary; a word beginning too many runs
//   to list is looked for with LIKE among the texts that have such characters.
// User input is never SQL or FTS syntax: it reaches SQLite as bound values only.
class SearchCondition
{
public:
    SearchCondition(const LibraryConnection &db, const QString &search);

    // " AND "-joinable conditions and their values, in the order of the "?"s.
    const QStringList &conditions() const { return m_conditions; }
    const QVariantList &binds() const { return m_binds; }

    // Whether text has a hiragana, katakana, CJK ideograph or hangul character:
    // the ranges of the pattern that fills the three-character index.
    static bool hasCjk(const QString &text);

    // More runs than this for one short word make a query FTS5 parses slower
    // than LIKE reads the texts.
    static constexpr int kMaxRuns = 400;

    // On a server: the condition that every word is in the text of the columns
    // `head` and `body` (servercondition.cpp); empty when no word can be looked for.
    static QString serverMatch(const QString &head, const QString &body, const QStringList &words,
                               QVariantList *binds);

private:
    void buildForServer(const QStringList &words);
    void addShortWord(const QString &word);
    // The runs that begin with prefix in a vocabulary table, as an FTS5 query
    // ("投資の" OR "投資を" ...); empty if none; nullopt-like "false" if too many.
    bool runsBeginningWith(const char *vocabulary, const QString &prefix, QString *match) const;

    const LibraryConnection &m_db;
    QStringList m_conditions;
    QVariantList m_binds;
};

} // namespace Gleaner
