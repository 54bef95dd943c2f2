// gleaner findings
#include "cli/cliutil.h"
#include "cli/commandline.h"
#include "export/csvexporter.h"
#include "library/librarystore.h"

namespace Gleaner {

namespace {
const char *const kColumns[] = {"article_id", "annotation_id", "kind", "quote",     "pillar",
                                "amount",     "currency",      "unit", "qualifier", "due",
                                "precision",  "note",          "url",  "title",     "published"};

// The values of one finding, in the order of kColumns.
QVariantList valuesOf(const Finding &f)
{
    const Annotation &a = f.annotation;
    return {a.articleId,
            a.id,
            kindName(a.kind),
            a.quote,
            a.pillarName,
            a.amount,
            a.currency,
            a.unit,
            a.qualifier,
            a.due.isValid() ? a.due.toString(Qt::ISODate) : QString(),
            a.due.isValid() ? precisionName(a.precision) : QString(),
            a.note,
            f.url,
            f.articleTitle,
            f.published.isValid() ? f.published.toString(Qt::ISODate) : QString()};
}
} // namespace

int CommandLine::runFindings(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOption(Cli::libraryOption());
    parser.addOption({QStringLiteral("kind"),
                      tr("Only this kind: pillar, amount, deadline or note (repeatable)."),
                      QStringLiteral("K")});
    parser.addOption({QStringLiteral("pillar"), tr("Only annotations of this pillar."), QStringLiteral("P")});
    parser.addOption(
        {QStringLiteral("actor"), tr("Only the evidence of this actor's commitments."), QStringLiteral("A")});
    parser.addOption({QStringLiteral("site"), tr("Only articles of this site."), QStringLiteral("SITE")});
    parser.addOption({QStringLiteral("search"), tr("Only annotations whose quote or note has these words."),
                      QStringLiteral("WORDS")});
    for (const char *name : {"due-from", "due-to", "published-from", "published-to"})
        parser.addOption({QLatin1String(name), tr("A date, YYYY-MM-DD."), QStringLiteral("DATE")});
    parser.addOption({QStringLiteral("json"), tr("One JSON object per line (the default).")});
    parser.addOption({QStringLiteral("csv"), tr("Write CSV to this file, or - for standard output."),
                      QStringLiteral("OUT")});
    if (const int code =
            Cli::parse(parser, arguments,
                       QStringLiteral("findings --library LIB [--kind K]... [--pillar P] [--actor A] "
                                      "[--site S] [--search WORDS] [--due-from D] [--due-to D] "
                                      "[--published-from D] [--published-to D] [--json | --csv OUT|-]"),
                       m_out, m_err);
        code >= 0)
        return code;
    const QString libraryPath = parser.value(QStringLiteral("library"));
    if (libraryPath.isEmpty())
        return error(tr("findings needs --library LIB."), Usage);
    if (parser.isSet(QStringLiteral("json")) && parser.isSet(QStringLiteral("csv")))
        return error(tr("Choose one of --json and --csv."), Usage);
    FindingFilter filter;
    for (const QString &name : parser.values(QStringLiteral("kind"))) {
        AnnotationKind kind;
        if (!kindFromName(name, &kind))
            return error(tr("--kind takes pillar, amount, deadline or note."), Usage);
        filter.kinds |= 1 << int(kind);
    }
    if (!readDates(parser, {{"due-from", &filter.dueFrom},
                            {"due-to", &filter.dueTo},
                            {"published-from", &filter.publishedFrom},
                            {"published-to", &filter.publishedTo}}))
        return Usage;
    filter.actor = parser.value(QStringLiteral("actor"));
    filter.site = parser.value(QStringLiteral("site"));
    filter.search = parser.value(QStringLiteral("search"));
    LibraryStore store;
    if (!openLibrary(&store, libraryPath, false, true))
        return Failure;
    const std::optional<qint64> pillar = pillarOption(parser, store);
    if (!pillar)
        return Failure;
    filter.pillarId = *pillar;
    const bool csv = parser.isSet(QStringLiteral("csv"));
    const QString target = csv ? parser.value(QStringLiteral("csv")) : QStringLiteral("-");
    QByteArray out;
    if (csv) {
        QStringList header;
        for (const char *c : kColumns)
            header << QLatin1String(c);
        out = header.join(QLatin1Char(',')).toUtf8() + "\r\n";
    }
    // In id order, a page at a time from the last id seen: memory stays flat and
    // every page costs the same, however large the library.
    for (;;) {
        const std::optional<QVector<Finding>> page =
            store.findings(filter, AnnotationFindings::Sort::Newest, Qt::AscendingOrder, 0, 2000);
        if (!page)
            return error(store.lastError().message);
        for (const Finding &f : *page) {
            const QVariantList values = valuesOf(f);
            if (csv) {
                QStringList cells;
                for (const QVariant &v : values)
                    cells << CsvExporter::field(v.toString());
                out += cells.join(QLatin1Char(',')).toUtf8() + "\r\n";
            } else {
                QJsonObject o;
                for (int i = 0; i < values.size(); ++i) {
                    const QVariant &v = values.at(i);
                    o.insert(QLatin1String(kColumns[i]), v.typeId() == QMetaType::LongLong
                                                             ? QJsonValue(v.toLongLong())
                                                             : Cli::stringOrNull(v.toString()));
                }
                out += Cli::compact(o).toUtf8() + '\n';
            }
        }
        if (page->size() < 2000)
            break;
        filter.afterId = page->last().annotation.id;
    }
    return writeReport(target, out);
}

} // namespace Gleaner
