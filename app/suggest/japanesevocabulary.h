#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

namespace Gleaner {

// The Japanese words the recognizers read, from resources/data/ja-vocabulary.tsv:
// per kind ("currency", "unit", "before", "deadline", ...), each word with its
// value. Loaded once; safe to use from any thread afterwards.
class JapaneseVocabulary
{
public:
    static const JapaneseVocabulary &instance();

    // The longest word of `kind` that `text` has at `position`: its length (0 for
    // none) and, in *value, its value.
    int matchAt(const QString &kind, const QString &text, int position, QString *value = nullptr) const;
    // The longest word of `kind` that ends just before `position`.
    int matchBefore(const QString &kind, const QString &text, int position, QString *value = nullptr) const;
    // The words of a kind, longest first (to build patterns from).
    QStringList words(const QString &kind) const;
    QString value(const QString &kind, const QString &word) const;

private:
    JapaneseVocabulary();
    QHash<QString, QHash<QString, QString>> m_words; // kind -> word -> value
    QHash<QString, QStringList> m_byLength;          // kind -> words, longest first
};

} // namespace Gleaner
