// LibraryStore::check() for a library on a PostgreSQL server. The server keeps
// its pages and enforces the references itself; what can still go wrong is what
// the library's triggers keep (counts), and a table this role cannot read.
#include "library/librarystore.h"

#include <QSqlError>
#include <QSqlQuery>

namespace Gleaner {

std::optional<LibraryStore::CheckReport> LibraryStore::checkOnServer(CheckReport report)
{
    QStringList findings;
    auto count = [&](const char *table, int *out) {
        QSqlQuery q(database());
        if (q.exec(QStringLiteral("SELECT count(*) FROM ") + QLatin1String(table)) && q.next()) {
            *out = q.value(0).toInt();
            return;
        }
        findings << tr("the %1 table cannot be read: %2").arg(QLatin1String(table), q.lastError().text());
        *out = -1;
    };
    count("articles", &report.articles);
    count("annotations", &report.annotations);
    count("pillars", &report.pillars);
    const struct
    {
        const char *sql;
        const char *finding;
    } checks[] = {
        {"SELECT count(*) FROM articles a WHERE a.annotation_count <> "
         "(SELECT count(*) FROM annotations n WHERE n.article_id = a.id)",
         QT_TR_NOOP("%n article(s) show a wrong number of annotations")},
        {"SELECT count(*) FROM feeds f WHERE f.item_count <> (SELECT count(*) FROM feed_items i WHERE "
         "i.feed_id = f.id) OR f.unread_count <> (SELECT count(*) FROM feed_items i WHERE i.feed_id = f.id "
         "AND i.is_read = 0)",
         QT_TR_NOOP("%n feed(s) show wrong item counts")},
    };
    for (const auto &check : checks) {
        QSqlQuery q(database());
        if (!q.exec(QLatin1String(check.sql)) || !q.next()) {
            m_db->failQuery(q, tr("check the library"));
            return std::nullopt;
        }
        if (const int wrong = q.value(0).toInt(); wrong > 0)
            findings << tr(check.finding, nullptr, wrong);
    }
    report.integrity = findings.isEmpty() ? QStringLiteral("ok") : findings.join(QLatin1Char('\n'));
    return report;
}

} // namespace Gleaner
