#pragma once

#include "suggest/suggestion.h"
#include "suggest/token.h"
#include "suggest/wordtable.h"

#include <QHash>
#include <QRegularExpression>
#include <QString>
#include <QVector>

#include <functional>

namespace Gleaner {

class Vocabulary;

// A language-neutral rule engine, the shape of Duckling and Recognizers-Text: a rule is a
// name, a pattern and a production. The rules of a language are data (a table of
// `rule <TAB> name <TAB> production <TAB> pattern` rows). A pattern is a regular expression
// with named groups for the parts a production reads, where {kind} stands for the
// vocabulary's words of that kind (longest first) and {=piece} for a piece of pattern a
// `define <TAB> piece <TAB> pattern` row of the same table names; {kind|=piece} stands
// for the words of a kind with the spaces inside them matching the piece.
//
// A rule may add a fifth field, the tokens its matches start with: words, {kind} for the
// first words of a kind's entries, and <number> for a run of digits. Where the recognizer
// passes its tokens, such a rule is tried only at those tokens, anchored there, instead of
// being searched for across the whole text; the result is the same for a matcher that
// takes only matches starting at a token, and a rule led by a long list of words costs
// one table lookup per token instead of a search at every letter that could begin one.
//
// Every other rule, and every rule of a recognizer that passes no tokens, is searched for
// over the whole text. Each match goes to its rule's production, which
// makes a suggestion of it or declines; of suggestions that overlap, the longest wins,
// then the one whose rule comes first. Pure; safe on any thread once loaded.
class RuleSet
{
public:
    struct Rule
    {
        QString name;
        QString production;
        QRegularExpression pattern;
        // With start tokens: the pattern anchored with \G, tried only at them (PCRE2's JIT
        // does not take an anchor given at match time).
        QRegularExpression anchored;
    };
    // Makes a suggestion of a match (its start, end and value), or returns false.
    using Production = std::function<bool(const QRegularExpressionMatch &, Suggestion *)>;
    using Productions = QHash<QString, Production>;

    // The rules of a built-in table (":/data/..."), with the words of `vocabulary`. A
    // pattern that does not compile, or names an unknown piece, is a fatal error: the
    // tables are part of the program.
    RuleSet(const QString &resource, const Vocabulary &vocabulary,
            QRegularExpression::PatternOptions options = QRegularExpression::NoPatternOption);

    const QVector<Rule> &rules() const { return m_rules; }
    // The suggestions of every rule over `text`, overlaps resolved, in text order. A rule
    // whose production is missing from `productions` is a fatal error.
    QVector<Suggestion> apply(const QString &text, const Productions &productions) const;
    // Every non-empty match of every rule over `text`, rule by rule, for recognizers whose
    // productions make something else than a suggestion (the English date atoms). `visit`
    // says whether it took the match; the next match is looked for after a taken one, and
    // from the next character after one it declined, so that a declined match hides no other.
    // With `tokens` (the text's), a rule with start tokens is tried only at them.
    void scan(const QString &text,
              const std::function<bool(int rule, const QRegularExpressionMatch &)> &visit,
              const QVector<Token> *tokens = nullptr) const;
    // A fatal error unless `names` holds every rule's production.
    void requireProductions(const QStringList &names) const;

private:
    void readStarts(const QString &field, const Vocabulary &vocabulary, const QString &resource, int rule);
    // For each token of a text, the gated rules (bit r for rule r) that may start there.
    std::vector<quint64> startMasks(const QVector<Token> &tokens) const;

    QVector<Rule> m_rules;
    WordMap<quint64> m_startWords; // lower-case word -> the gated rules it may start
    quint64 m_startsAtNumber = 0;  // the gated rules that may start at a run of digits
    quint64 m_gated = 0;
};

} // namespace Gleaner
