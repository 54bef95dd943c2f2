#pragma once

#include <QString>

#include <cstring>
#include <vector>

namespace Gleaner {

// Hashes a word for the recognizers' vocabulary tables. The recognizers look up
// every token in several tables, so the hash reads four UTF-16 code units at a
// time and mixes them with a multiply; Qt's seeded string hash is built to resist
// crafted keys, which fixed vocabularies with short keys do not need.
inline quint64 wordHash(const QChar *chars, qsizetype length) noexcept
{
    quint64 h = 0x9e3779b97f4a7c15ull ^ quint64(length);
    qsizetype i = 0;
    for (; i + 4 <= length; i += 4) {
        quint64 w;
        std::memcpy(&w, chars + i, sizeof w);
        h = (h ^ w) * 0xff51afd7ed558ccdull;
        h ^= h >> 32;
    }
    quint64 rest = 0;
    std::memcpy(&rest, chars + i, size_t(length - i) * sizeof(QChar));
    h = (h ^ rest) * 0xc4ceb9fe1a85ec53ull;
    return h ^ (h >> 29);
}

// A fixed table of words: open addressing over a power-of-two array of slots that
// keep each word's hash, so a lookup costs one hash, a mask and, almost always,
// one comparison of hashes before the comparison of the words.
template <typename T> class WordTable
{
    struct Slot
    {
        quint64 hash = 0;
        bool used = false;
        QString key;
        T value{};
    };

public:
    class const_iterator
    {
    public:
        const_iterator(const Slot *slot, const Slot *end) : m_slot(slot), m_end(end) { skip(); }
        const QString &key() const { return m_slot->key; }
        const T &value() const { return m_slot->value; }
        const T &operator*() const { return m_slot->value; }
        const_iterator &operator++()
        {
            ++m_slot;
            skip();
            return *this;
        }
        bool operator==(const const_iterator &other) const { return m_slot == other.m_slot; }
        bool operator!=(const const_iterator &other) const { return m_slot != other.m_slot; }

    private:
        void skip()
        {
            while (m_slot != m_end && !m_slot->used)
                ++m_slot;
        }
        const Slot *m_slot;
        const Slot *m_end;
    };

    const_iterator constFind(const QString &word) const
    {
        const qsizetype at = find(word);
        return at < 0 ? constEnd() : const_iterator(m_slots.data() + at, end());
    }
    const_iterator constBegin() const { return const_iterator(m_slots.data(), end()); }
    const_iterator constEnd() const { return const_iterator(end(), end()); }
    bool contains(const QString &word) const { return find(word) >= 0; }
    T value(const QString &word, const T &fallback = T()) const
    {
        const qsizetype at = find(word);
        return at < 0 ? fallback : m_slots[size_t(at)].value;
    }
    void insert(const QString &word, const T &value)
    {
        if ((m_size + 1) * 2 > qsizetype(m_slots.size()))
            grow();
        place(wordHash(word.constData(), word.size()), word, value);
    }
    bool isEmpty() const { return m_size == 0; }
    int size() const { return int(m_size); }

private:
    const Slot *end() const { return m_slots.data() + m_slots.size(); }
    qsizetype find(const QString &word) const
    {
        if (m_size == 0)
            return -1;
        const quint64 h = wordHash(word.constData(), word.size());
        const size_t mask = m_slots.size() - 1;
        for (size_t i = size_t(h) & mask;; i = (i + 1) & mask) {
            const Slot &slot = m_slots[i];
            if (!slot.used)
                return -1;
            if (slot.hash == h && slot.key == word)
                return qsizetype(i);
        }
    }
    void place(quint64 h, const QString &word, const T &value)
    {
        const size_t mask = m_slots.size() - 1;
        for (size_t i = size_t(h) & mask;; i = (i + 1) & mask) {
            Slot &slot = m_slots[i];
            if (!slot.used) {
                slot.used = true;
                slot.hash = h;
                slot.key = word;
                slot.value = value;
                ++m_size;
                return;
            }
            if (slot.hash == h && slot.key == word) {
                slot.value = value;
                return;
            }
        }
    }
    void grow()
    {
        std::vector<Slot> old;
        old.swap(m_slots);
        m_slots.resize(old.empty() ? 16 : old.size() * 2);
        m_size = 0;
        for (const Slot &slot : old) {
            if (slot.used)
                place(slot.hash, slot.key, slot.value);
        }
    }

    std::vector<Slot> m_slots;
    qsizetype m_size = 0;
};

// A map from words to values with QHash's lookup interface.
template <typename T> using WordMap = WordTable<T>;

// A set of words with QSet's lookup interface.
class WordSet
{
public:
    bool contains(const QString &word) const { return m_words.contains(word); }
    void insert(const QString &word) { m_words.insert(word, true); }
    bool isEmpty() const { return m_words.isEmpty(); }
    int size() const { return m_words.size(); }
    // The words, in no particular order.
    template <typename F> void forEach(F f) const
    {
        for (auto it = m_words.constBegin(); it != m_words.constEnd(); ++it)
            f(it.key());
    }

private:
    WordTable<bool> m_words;
};

} // namespace Gleaner
