// gleaner list, show, check: reads that fail say so and exit 1, never print less.
#include "cli/cliutil.h"
#include "cli/commandline.h"
#include "library/librarystore.h"

#include <QJsonArray>

namespace Gleaner {

int CommandLine::runList(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOption(Cli::libraryOption());
    parser.addOption({QStringLiteral("json"), tr("Print one JSON object per line.")});
    if (const int code =
            Cli::parse(parser, arguments, QStringLiteral("list --library LIB [--json]"), m_out, m_err);
        code >= 0)
        return code;
    const QString libraryPath = parser.value(QStringLiteral("library"));
    if (libraryPath.isEmpty())
        return error(tr("list needs --library LIB."), Usage);
    LibraryStore store;
    if (!openLibrary(&store, libraryPath, false, true))
        return Failure;
    const bool json = parser.isSet(QStringLiteral("json"));
    const int batch = 1000;
    for (int offset = 0;; offset += batch) {
        const std::optional<QVector<ArticleSummary>> rows =
            store.articles({}, LibraryStore::ArticleSort::ImportedAt, Qt::AscendingOrder, offset, batch);
        if (!rows)
            return error(store.lastError().message);
        for (const ArticleSummary &s : *rows) {
            if (json) {
                m_out << Cli::compact({{QStringLiteral("id"), s.id},
                                       {QStringLiteral("title"), s.title},
                                       {QStringLiteral("site"), s.site},
                                       {QStringLiteral("published"), Cli::dateOrNull(s.published)},
                                       {QStringLiteral("imported_at"), LibraryStore::timestamp(s.importedAt)},
                                       {QStringLiteral("annotations"), s.annotationCount}})
                      << '\n';
            } else {
                m_out << s.id << '\t' << s.title << '\t' << s.site << '\t'
                      << (s.published.isValid() ? s.published.toString(Qt::ISODate) : QStringLiteral("-"))
                      << '\t' << tr("%n annotation(s)", "", s.annotationCount) << '\n';
            }
        }
        if (rows->size() < batch)
            break;
    }
    return Success;
}

int CommandLine::runShow(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOption(Cli::libraryOption());
    parser.addOption(
        {QStringLiteral("article"), tr("The article id (see gleaner list)."), QStringLiteral("ID")});
    parser.addOption({QStringLiteral("json"), tr("Print one JSON object.")});
    if (const int code = Cli::parse(parser, arguments,
                                    QStringLiteral("show --library LIB --article ID [--json]"), m_out, m_err);
        code >= 0)
        return code;
    const QString libraryPath = parser.value(QStringLiteral("library"));
    if (libraryPath.isEmpty())
        return error(tr("show needs --library LIB."), Usage);
    bool ok = false;
    const qint64 id = parser.value(QStringLiteral("article")).toLongLong(&ok);
    if (!ok || id <= 0)
        return error(tr("show needs --article ID (a whole number)."), Usage);
    LibraryStore store;
    if (!openLibrary(&store, libraryPath, false, true))
        return Failure;
    const std::optional<Article> article = store.article(id);
    if (!article)
        return error(store.lastError().message);
    const std::optional<QVector<Annotation>> annotations = store.annotations(id);
    if (!annotations)
        return error(store.lastError().message);
    const QString url = article->canonicalUrl.isEmpty() ? article->url : article->canonicalUrl;
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray list;
        for (const Annotation &a : *annotations) {
            list.append(QJsonObject{{QStringLiteral("id"), a.id},
                                    {QStringLiteral("kind"), kindName(a.kind)},
                                    {QStringLiteral("start"), a.start},
                                    {QStringLiteral("end"), a.end},
                                    {QStringLiteral("quote"), a.quote},
                                    {QStringLiteral("pillar"), Cli::stringOrNull(a.pillarName)},
                                    {QStringLiteral("amount"), Cli::stringOrNull(a.amount)},
                                    {QStringLiteral("currency"), Cli::stringOrNull(a.currency)},
                                    {QStringLiteral("unit"), Cli::stringOrNull(a.unit)},
                                    {QStringLiteral("qualifier"), Cli::stringOrNull(a.qualifier)},
                                    {QStringLiteral("due"), Cli::dateOrNull(a.due)},
                                    {QStringLiteral("precision"),
                                     a.due.isValid() ? QJsonValue(precisionName(a.precision)) : QJsonValue()},
                                    {QStringLiteral("note"), Cli::stringOrNull(a.note)},
                                    {QStringLiteral("origin"), originName(a.origin)}});
        }
        m_out << Cli::compact({{QStringLiteral("id"), article->id},
                               {QStringLiteral("title"), article->title},
                               {QStringLiteral("byline"), Cli::stringOrNull(article->byline)},
                               {QStringLiteral("url"), Cli::stringOrNull(url)},
                               {QStringLiteral("site"), Cli::stringOrNull(article->site)},
                               {QStringLiteral("published"), Cli::dateOrNull(article->published)},
                               {QStringLiteral("description"), Cli::stringOrNull(article->description)},
                               {QStringLiteral("text"), article->text},
                               {QStringLiteral("annotations"), list}})
              << '\n';
        return Success;
    }
    m_out << tr("Title: %1").arg(article->title) << '\n';
    if (!article->byline.isEmpty())
        m_out << tr("Byline: %1").arg(article->byline) << '\n';
    if (!article->site.isEmpty())
        m_out << tr("Site: %1").arg(article->site) << '\n';
    if (article->published.isValid())
        m_out << tr("Published: %1").arg(article->published.toString(Qt::ISODate)) << '\n';
    if (!url.isEmpty())
        m_out << tr("URL: %1").arg(url) << '\n';
    m_out << '\n' << article->text << "\n\n" << tr("Annotations: %1").arg(annotations->size()) << '\n';
    for (const Annotation &a : *annotations) {
        QStringList values;
        if (!a.pillarName.isEmpty())
            values << tr("pillar %1").arg(a.pillarName);
        if (!a.amount.isEmpty())
            values << (a.qualifier.isEmpty() ? QString() : a.qualifier + QLatin1Char(' ')) + a.amount +
                          QLatin1Char(' ') + (a.currency.isEmpty() ? a.unit : a.currency);
        if (a.due.isValid())
            values << tr("due %1 (%2)").arg(a.due.toString(Qt::ISODate), precisionName(a.precision));
        if (!a.note.isEmpty())
            values << tr("note: %1").arg(a.note);
        m_out << a.id << '\t' << kindName(a.kind) << '\t' << a.start << '-' << a.end << "\t“" << a.quote
              << "”\t" << values.join(QLatin1String("; ")) << '\n';
    }
    return Success;
}

int CommandLine::runCheck(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOption(Cli::libraryOption());
    if (const int code = Cli::parse(parser, arguments, QStringLiteral("check --library LIB"), m_out, m_err);
        code >= 0)
        return code;
    const QString libraryPath = parser.value(QStringLiteral("library"));
    if (libraryPath.isEmpty())
        return error(tr("check needs --library LIB."), Usage);
    LibraryStore store;
    if (!openLibrary(&store, libraryPath, false, true))
        return Failure;
    const std::optional<LibraryStore::CheckReport> report = store.check();
    if (!report)
        return error(store.lastError().message);
    m_out << tr("schema version: %1").arg(report->schemaVersion) << '\n'
          << tr("integrity: %1").arg(report->integrity) << '\n'
          << tr("articles: %1").arg(report->articles) << '\n'
          << tr("annotations: %1").arg(report->annotations) << '\n'
          << tr("pillars: %1").arg(report->pillars) << '\n';
    if (!report->ok())
        return error(tr("the library is damaged; keep this file and use a backup copy."));
    return Success;
}

} // namespace Gleaner
