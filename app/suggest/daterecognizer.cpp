#include "suggest/daterecognizer.h"

#include "suggest/dateparser.h"

namespace Gleaner {

namespace Dates {

QDate holiday(const QString &name, int y)
{
    const QString rule = Vocabulary::english().value(QStringLiteral("holiday"), name);
    return rule.isEmpty() ? QDate() : holidayByRule(rule, y);
}

// Words that can start a date expression; other words are skipped without parsing.
bool canStart(const Token &tk)
{
    // Every word that can begin an expression, in one table: one lookup per token.
    static const WordSet starts = [] {
        WordSet r;
        const Vocabulary &v = Vocabulary::english();
        for (const char *kind : {"start", "month", "weekday", "decade-word"})
            for (const QString &word : v.words(QString::fromLatin1(kind)))
                r.insert(word);
        for (const char *kind : {"holiday", "date-trigger", "span-trigger"})
            for (const QString &phrase : v.words(QString::fromLatin1(kind)))
                r.insert(phrase.section(QLatin1Char(' '), 0, 0));
        for (const QString &word : NumberParser::numberWords())
            r.insert(word);
        return r;
    }();
    return !tk.isWord() || starts.contains(tk.lower);
}

} // namespace Dates

using Dates::canStart;
using Dates::DateParser;

DateRecognizer::DateRecognizer(const QString &text, const QVector<Token> &tokens, const QDate &published)
    : m_text(text), m_tokens(tokens), m_published(published.isValid() ? published : QDate::currentDate())
{}

void DateRecognizer::recognize(QVector<Suggestion> *out) const
{
    DateParser parser(m_text, m_tokens, m_published);
    const int n = int(m_tokens.size());
    int i = 0;
    while (i < n) {
        Suggestion s;
        int next = i + 1;
        if (m_tokens[i].isSymbol() && !m_tokens[i].lower.startsWith(QLatin1Char('\'')) &&
            !m_tokens[i].lower.startsWith(QChar(0x2019)) && m_tokens[i].lower != QLatin1String("<")) {
            ++i;
            continue;
        }
        // (a reading refused whole may pass over its words: a day that comes round every year)
        if (canStart(m_tokens[i]) && parser.at(i, &s, &next))
            out->append(s);
        i = std::max(next, i + 1);
    }
}

} // namespace Gleaner
