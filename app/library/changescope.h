#pragma once

#include <QVector>
#include <QtGlobal>

namespace Gleaner {

// What a change touched. A server tells each window of other users' changes in
// these terms; an undo step says in the same terms what it would write back, so
// that the window ends only the history that another user's change overtook.
struct ChangeScope
{
    enum Kind {
        ArticleAdded,
        Article, // an article's properties (or, for an undo step, the whole article)
        ArticleRemoved,
        Annotations, // an article's annotations (`id` is the article's)
        Pillars,
        Commitments, // commitments and the rates their totals convert with
        Feeds
    } kind;
    qint64 id = 0;
    bool operator==(const ChangeScope &o) const { return kind == o.kind && id == o.id; }
};

// Whether an undo step that touched `mine` can no longer be undone or redone
// safely after another user's change `theirs`.
//   Annotations of an article: each row carries its version and an undo checks it,
//     so only the article's removal ends such a step.
//   A whole article (its properties, its deletion): any change to it or its
//     annotations, since undoing a deletion brings back the annotations as they were.
//   Pillars, commitments: any change of the same kind (names and merges are checked
//     against the whole list).
inline bool conflicts(const ChangeScope &mine, const ChangeScope &theirs)
{
    static const struct
    {
        ChangeScope::Kind mine;
        ChangeScope::Kind theirs;
        bool sameId;
    } rules[] = {
        {ChangeScope::Annotations, ChangeScope::ArticleRemoved, true},
        {ChangeScope::Article, ChangeScope::Article, true},
        {ChangeScope::Article, ChangeScope::ArticleRemoved, true},
        {ChangeScope::Article, ChangeScope::Annotations, true},
        {ChangeScope::Pillars, ChangeScope::Pillars, false},
        {ChangeScope::Commitments, ChangeScope::Commitments, false},
        {ChangeScope::Feeds, ChangeScope::Feeds, false},
    };
    for (const auto &rule : rules) {
        if (rule.mine == mine.kind && rule.theirs == theirs.kind && (!rule.sameId || mine.id == theirs.id))
            return true;
    }
    return false;
}

} // namespace Gleaner
