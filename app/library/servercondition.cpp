// SearchCondition on a PostgreSQL server: the server's own text search instead
// of FTS5. Words of scripts written with spaces go to the word index
// (gleaner_words: a tsvector of the 'simple' configuration, so no stemming and
// no stop words, as unicode61), as prefixes; Japanese, Chinese and Korean words
// go to the trigram index (gleaner_runs, pg_trgm), which finds them inside a
// sentence. User input reaches the server as bound values only: each word part
// becomes a quoted tsquery lexeme by quote_literal() on the server.
#include "library/searchcondition.h"

#include "library/libraryconnection.h"

#include <QRegularExpression>

namespace Gleaner {

namespace {

QString likePattern(QString word)
{
    word.replace(QLatin1Char('\\'), QLatin1String("\\\\"))
        .replace(QLatin1Char('%'), QLatin1String("\\%"))
        .replace(QLatin1Char('_'), QLatin1String("\\_"));
    return QLatin1Char('%') + word + QLatin1Char('%');
}

// The parts the 'simple' parser makes of a word: runs of letters and digits.
QStringList wordParts(const QString &word)
{
    static const QRegularExpression separators(QStringLiteral("[^\\p{L}\\p{N}\\p{M}]+"));
    return word.toLower().split(separators, Qt::SkipEmptyParts);
}

} // namespace

QString SearchCondition::serverMatch(const QString &head, const QString &body, const QStringList &words,
                                     QVariantList *binds)
{
    QStringList lexemes;
    QStringList conditions;
    QVariantList values;
    for (const QString &word : words) {
        if (hasCjk(word)) {
            conditions << QStringLiteral("gleaner_runs(%1, %2) LIKE ? ESCAPE '\\'").arg(head, body);
            values << likePattern(word);
            continue;
        }
        const QStringList parts = wordParts(word);
        if (parts.isEmpty())
            conditions << QStringLiteral("1 = 0"); // no letters or digits: in no text's words
        for (const QString &part : parts) {
            lexemes << QStringLiteral("to_tsquery('simple', quote_literal(CAST(? AS text)) || ':*')");
            binds->append(part);
        }
    }
    if (!lexemes.isEmpty())
        conditions.prepend(QStringLiteral("gleaner_words(%1, %2) @@ (%3)")
                               .arg(head, body, lexemes.join(QLatin1String(" && "))));
    *binds += values;
    return conditions.join(QLatin1String(" AND "));
}

void SearchCondition::buildForServer(const QStringList &words)
{
    // Every word in the article, or every word in one of its annotations.
    QVariantList articleBinds;
    QVariantList annotationBinds;
    const QString inArticle =
        serverMatch(QStringLiteral("title"), QStringLiteral("text"), words, &articleBinds);
    const QString inAnnotation =
        serverMatch(QStringLiteral("quote"), QStringLiteral("note"), words, &annotationBinds);
    if (inArticle.isEmpty())
        return;
    m_conditions << QStringLiteral("a.id IN (SELECT id FROM articles WHERE %1 UNION "
                                   "SELECT article_id FROM annotations WHERE %2)")
                        .arg(inArticle, inAnnotation);
    m_binds << articleBinds << annotationBinds;
}

} // namespace Gleaner
