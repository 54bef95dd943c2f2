#include "library/searchcondition.h"

#include "library/libraryconnection.h"

#include <QRegularExpression>
#include <QSqlQuery>

namespace Gleaner {

namespace {
QString quoted(QString term)
{
    term.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + term + QLatin1Char('"');
}

QString likePattern(QString word)
{
    word.replace(QLatin1Char('\\'), QLatin1String("\\\\"))
        .replace(QLatin1Char('%'), QLatin1String("\\%"))
        .replace(QLatin1Char('_'), QLatin1String("\\_"));
    return QLatin1Char('%') + word + QLatin1Char('%');
}

// Articles whose own index or whose annotations' index matches.
QString matchIn(const char *articles, const char *annotations)
{
    return QStringLiteral("a.id IN (SELECT rowid FROM %1 WHERE %1 MATCH ? UNION "
                          "SELECT n.article_id FROM annotations n JOIN %2 f ON f.rowid = n.id "
                          "WHERE %2 MATCH ?)")
        .arg(QLatin1String(articles), QLatin1String(annotations));
}
} // namespace

bool SearchCondition::hasCjk(const QString &text)
{
    // The ranges of resources/sql/sqlite/004_cjk_search.sql's GLOB pattern.
    static const QRegularExpression cjk(QStringLiteral(
        "[\\x{3041}-\\x{30FF}\\x{3400}-\\x{4DBF}\\x{4E00}-\\x{9FFF}\\x{AC00}-\\x{D7AF}\\x{FF66}-\\x{FF9F}]"));
    return text.contains(cjk);
}

SearchCondition::SearchCondition(const LibraryConnection &db, const QString &search) : m_db(db)
{
    QStringList words;
    QStringList cjkWords;
    const QStringList split = search.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
    if (db.isServer()) {
        buildForServer(split);
        return;
    }
    for (const QString &word : split) {
        if (!hasCjk(word))
            words << quoted(word) + QLatin1Char('*');
        else if (word.toUcs4().size() >= 3)
            cjkWords << quoted(word);
        else
            addShortWord(word);
    }
    // All words of one index in one query: they are found together in the article
    // or together in one annotation.
    if (!words.isEmpty()) {
        m_conditions << matchIn("articles_fts", "annotations_fts");
        m_binds << words.join(QLatin1Char(' ')) << words.join(QLatin1Char(' '));
    }
    if (!cjkWords.isEmpty()) {
        m_conditions << matchIn("articles_cjk", "annotations_cjk");
        m_binds << cjkWords.join(QLatin1Char(' ')) << cjkWords.join(QLatin1Char(' '));
    }
}

void SearchCondition::addShortWord(const QString &word)
{
    // The index folds case as it stores; its vocabulary holds the folded runs.
    const QString prefix = word.toLower();
    QString articleRuns;
    QString annotationRuns;
    if (runsBeginningWith("articles_cjk_vocabulary", prefix, &articleRuns) &&
        runsBeginningWith("annotations_cjk_vocabulary", prefix, &annotationRuns)) {
        QStringList found;
        if (!articleRuns.isEmpty()) {
            found << QStringLiteral("a.id IN (SELECT rowid FROM articles_cjk WHERE articles_cjk MATCH ?)");
            m_binds << articleRuns;
        }
        if (!annotationRuns.isEmpty()) {
            found << QStringLiteral(
                "a.id IN (SELECT n.article_id FROM annotations n JOIN annotations_cjk f ON "
                "f.rowid = n.id WHERE annotations_cjk MATCH ?)");
            m_binds << annotationRuns;
        }
        m_conditions << (found.isEmpty()
                             ? QStringLiteral("0")
                             : QLatin1Char('(') + found.join(QLatin1String(" OR ")) + QLatin1Char(')'));
        return;
    }
    // Too common to list: read the texts that have such characters at all.
    const QString pattern = likePattern(word);
    m_conditions << QStringLiteral(
        "((a.id IN (SELECT rowid FROM articles_cjk) AND (a.title LIKE ? ESCAPE '\\' OR a.text LIKE ? ESCAPE "
        "'\\')) "
        "OR EXISTS (SELECT 1 FROM annotations s WHERE s.article_id = a.id AND s.id IN (SELECT rowid FROM "
        "annotations_cjk) AND (s.quote LIKE ? ESCAPE '\\' OR s.note LIKE ? ESCAPE '\\')))");
    m_binds << pattern << pattern << pattern << pattern;
}

bool SearchCondition::runsBeginningWith(const char *vocabulary, const QString &prefix, QString *match) const
{
    QSqlQuery query(m_db.database());
    query.setForwardOnly(true);
    // Every run beginning with prefix sorts between prefix and prefix followed by
    // the last code point.
    query.prepare(QStringLiteral("SELECT term FROM %1 WHERE term >= ? AND term < ? LIMIT ?")
                      .arg(QLatin1String(vocabulary)));
    query.addBindValue(prefix);
    query.addBindValue(QString(prefix + QString::fromUcs4(U"\U0010FFFF")));
    query.addBindValue(kMaxRuns + 1);
    if (!query.exec())
        return false;
    QStringList runs;
    while (query.next())
        runs << quoted(query.value(0).toString());
    if (runs.size() > kMaxRuns)
        return false;
    *match = runs.join(QLatin1String(" OR "));
    return true;
}

} // namespace Gleaner
