#pragma once

#include <QString>

#include <unordered_map>
#include <unordered_set>

namespace Gleaner {

// Hashes a word for the recognizers' vocabulary tables. The recognizers look up
// every token in several tables; Qt's seeded string hash is built to resist
// crafted keys and costs more than the rest of a lookup. These tables are fixed
// vocabularies with short keys, so FNV-1a over the UTF-16 code units serves.
struct WordHash
{
    size_t operator()(const QString &word) const noexcept
    {
        size_t h = 1469598103934665603ull;
        for (const QChar c : word) {
            h ^= c.unicode();
            h *= 1099511628211ull;
        }
        return h;
    }
};

// A set of words with QSet's lookup interface.
class WordSet
{
public:
    bool contains(const QString &word) const { return m_words.find(word) != m_words.end(); }
    void insert(const QString &word) { m_words.insert(word); }
    bool isEmpty() const { return m_words.empty(); }
    int size() const { return int(m_words.size()); }

private:
    std::unordered_set<QString, WordHash> m_words;
};

// A map from words to values with QHash's lookup interface.
template <typename T> class WordMap
{
    using Map = std::unordered_map<QString, T, WordHash>;

public:
    class const_iterator
    {
    public:
        explicit const_iterator(typename Map::const_iterator it) : m_it(it) {}
        const QString &key() const { return m_it->first; }
        const T &value() const { return m_it->second; }
        const T &operator*() const { return m_it->second; }
        bool operator==(const const_iterator &other) const { return m_it == other.m_it; }
        bool operator!=(const const_iterator &other) const { return m_it != other.m_it; }

    private:
        typename Map::const_iterator m_it;
    };

    bool contains(const QString &word) const { return m_words.find(word) != m_words.end(); }
    T value(const QString &word, const T &fallback = T()) const
    {
        const auto it = m_words.find(word);
        return it == m_words.end() ? fallback : it->second;
    }
    const_iterator constFind(const QString &word) const { return const_iterator(m_words.find(word)); }
    const_iterator constEnd() const { return const_iterator(m_words.end()); }
    void insert(const QString &word, const T &value) { m_words.insert_or_assign(word, value); }
    bool isEmpty() const { return m_words.empty(); }

private:
    Map m_words;
};

} // namespace Gleaner
