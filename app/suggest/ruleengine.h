#pragma once

#include "suggest/suggestion.h"

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
// Every rule runs over the whole text. Each match goes to its rule's production, which
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
    void scan(const QString &text,
              const std::function<bool(int rule, const QRegularExpressionMatch &)> &visit) const;
    // A fatal error unless `names` holds every rule's production.
    void requireProductions(const QStringList &names) const;

private:
    QVector<Rule> m_rules;
};

} // namespace Gleaner
