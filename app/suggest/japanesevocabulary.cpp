#include "suggest/japanesevocabulary.h"

#include <QFile>
#include <QTextStream>

#include <algorithm>

namespace Gleaner {

const JapaneseVocabulary &JapaneseVocabulary::instance()
{
    static const JapaneseVocabulary vocabulary;
    return vocabulary;
}

JapaneseVocabulary::JapaneseVocabulary()
{
    QFile file(QStringLiteral(":/data/ja-vocabulary.tsv"));
    if (!file.open(QIODevice::ReadOnly))
        return;
    QTextStream in(&file);
    while (!in.atEnd()) {
        const QString line = in.readLine();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        const QStringList fields = line.split(QLatin1Char('\t'));
        if (fields.size() < 2)
            continue;
        m_words[fields.at(0)].insert(fields.at(1), fields.value(2));
        m_byLength[fields.at(0)].append(fields.at(1));
    }
    for (QStringList &list : m_byLength)
        std::stable_sort(list.begin(), list.end(),
                         [](const QString &a, const QString &b) { return a.size() > b.size(); });
}

int JapaneseVocabulary::matchAt(const QString &kind, const QString &text, int position, QString *value) const
{
    for (const QString &word : m_byLength.value(kind)) {
        if (QStringView(text).mid(position).startsWith(word)) {
            if (value)
                *value = m_words.value(kind).value(word);
            return int(word.size());
        }
    }
    return 0;
}

int JapaneseVocabulary::matchBefore(const QString &kind, const QString &text, int position,
                                    QString *value) const
{
    for (const QString &word : m_byLength.value(kind)) {
        if (position >= word.size() && QStringView(text).left(position).endsWith(word)) {
            if (value)
                *value = m_words.value(kind).value(word);
            return int(word.size());
        }
    }
    return 0;
}

QStringList JapaneseVocabulary::words(const QString &kind) const
{
    return m_byLength.value(kind);
}

QString JapaneseVocabulary::value(const QString &kind, const QString &word) const
{
    return m_words.value(kind).value(word);
}

} // namespace Gleaner
