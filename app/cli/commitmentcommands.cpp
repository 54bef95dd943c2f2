// gleaner commitments, gleaner totals
#include "cli/cliutil.h"
#include "cli/commandline.h"
#include "export/commitmentexport.h"
#include "library/librarydocument.h"
#include "services/commitmentservice.h"

namespace Gleaner {

namespace {
// Sources of proposals carry their article's address, as stored ones do.
void describeSources(Commitment *c, const Article &article)
{
    for (CommitmentSource &s : c->sources) {
        s.articleUrl = article.url;
        s.articleTitle = article.title;
        s.contentSha256 = article.textSha256;
    }
}
} // namespace

int CommandLine::runCommitments(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOption(Cli::libraryOption());
    parser.addOption({QStringLiteral("propose"), tr("List the commitments Gleaner proposes for every article "
                                                    "(or --article), instead of the stored ones.")});
    parser.addOption({QStringLiteral("accept"), tr("With --propose: store them, as the window's Accept does; "
                                                   "reports of a stored commitment are merged into it.")});
    parser.addOption({QStringLiteral("article"), tr("Only this article."), QStringLiteral("ID")});
    parser.addOption({QStringLiteral("json"), tr("One JSON object per line (the default).")});
    parser.addOption({QStringLiteral("csv"), tr("Write CSV to this file, or - for standard output."),
                      QStringLiteral("OUT")});
    parser.addOption(
        {QStringLiteral("markdown"),
         tr("Write a Markdown report (totals and quotes) to this file, or - for standard output."),
         QStringLiteral("OUT")});
    if (const int code =
            Cli::parse(parser, arguments,
                       QStringLiteral("commitments --library LIB [--propose [--accept]] [--article ID] "
                                      "[--json | --csv OUT|- | --markdown OUT|-]"),
                       m_out, m_err);
        code >= 0)
        return code;
    const QString libraryPath = parser.value(QStringLiteral("library"));
    if (libraryPath.isEmpty())
        return error(tr("commitments needs --library LIB."), Usage);
    const bool propose = parser.isSet(QStringLiteral("propose"));
    const bool accept = parser.isSet(QStringLiteral("accept"));
    if (accept && !propose)
        return error(tr("--accept goes with --propose: it stores the proposed commitments."), Usage);
    const int formats = int(parser.isSet(QStringLiteral("json"))) + int(parser.isSet(QStringLiteral("csv"))) +
                        int(parser.isSet(QStringLiteral("markdown")));
    if (formats > 1)
        return error(tr("Choose one of --json, --csv and --markdown."), Usage);
    qint64 articleId = 0;
    if (parser.isSet(QStringLiteral("article"))) {
        QString problem;
        const std::optional<qint64> id =
            wholeNumber(parser, QStringLiteral("article"), 1, std::numeric_limits<qint64>::max(), &problem);
        if (!id)
            return error(problem, Usage);
        articleId = *id;
    }
    LibraryDocument document;
    if (accept ? !openDocument(&document, libraryPath)
               : !openLibrary(document.store(), libraryPath, false, true))
        return Failure;
    LibraryStore *store = document.store();

    QVector<Commitment> list;
    if (propose) {
        // One article, or every one in a single pass over the library.
        std::optional<QVector<CommitmentProposal>> proposals;
        if (articleId > 0) {
            const std::optional<Article> article = store->article(articleId);
            proposals = article ? CommitmentService::proposals(*store, *article) : std::nullopt;
        } else {
            proposals = CommitmentService::proposalsForLibrary(*store);
        }
        if (!proposals)
            return error(store->lastError().message);
        for (const CommitmentProposal &p : std::as_const(*proposals)) {
            if (!accept) {
                Commitment c = p.commitment;
                const std::optional<Article> article = store->article(c.sources.first().articleId);
                if (article)
                    describeSources(&c, *article);
                c.pillarNames = p.pillarNames;
                list << c;
                continue;
            }
            const std::optional<qint64> stored = CommitmentService::accept(&document, p);
            const std::optional<Commitment> c = stored ? store->commitment(*stored) : std::nullopt;
            if (!c)
                return error(document.errorMessage());
            list << *c;
        }
    } else {
        CommitmentFilter filter;
        filter.articleId = articleId;
        const std::optional<QVector<Commitment>> stored = store->commitments(filter);
        if (!stored)
            return error(store->lastError().message);
        list = *stored;
    }

    CommitmentExport::Format format = CommitmentExport::Format::JsonLines;
    QString target = QStringLiteral("-");
    for (const char *name : {"csv", "markdown"}) {
        if (parser.isSet(QLatin1String(name))) {
            CommitmentExport::formatFromName(QLatin1String(name), &format);
            target = parser.value(QLatin1String(name));
        }
    }
    CommitmentFilter filter;
    filter.articleId = articleId;
    const QByteArray output = CommitmentExport::render(list, format, store, filter, propose);
    return writeReport(target, output);
}

int CommandLine::runTotals(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOption(Cli::libraryOption());
    parser.addOption({QStringLiteral("by"), tr("pillar, actor, year (of the deadline) or currency."),
                      QStringLiteral("KEY")});
    parser.addOption({QStringLiteral("json"), tr("One JSON object per line.")});
    parser.addOption({QStringLiteral("convert-to"),
                      tr("Convert amounts to this currency with the library's rates (see gleaner rates)."),
                      QStringLiteral("CUR")});
    parser.addOption({QStringLiteral("pillar"), tr("Only commitments in this pillar."), QStringLiteral("P")});
    parser.addOption({QStringLiteral("actor"), tr("Only this actor's commitments."), QStringLiteral("A")});
    parser.addOption({QStringLiteral("currency"), tr("Only commitments with an amount in this currency."),
                      QStringLiteral("CUR")});
    for (const char *name : {"due-from", "due-to"})
        parser.addOption({QLatin1String(name), tr("A date, YYYY-MM-DD."), QStringLiteral("DATE")});
    if (const int code = Cli::parse(parser, arguments,
                                    QStringLiteral("totals --library LIB --by pillar|actor|year|currency "
                                                   "[--pillar P] [--actor A] [--currency CUR] [--due-from D] "
                                                   "[--due-to D] [--convert-to CUR] [--json]"),
                                    m_out, m_err);
        code >= 0)
        return code;
    const QString libraryPath = parser.value(QStringLiteral("library"));
    if (libraryPath.isEmpty())
        return error(tr("totals needs --library LIB."), Usage);
    CommitmentTotals::By by;
    if (!CommitmentTotals::byFromName(parser.value(QStringLiteral("by")), &by))
        return error(tr("totals needs --by pillar, actor, year or currency."), Usage);
    CommitmentFilter filter;
    filter.actor = parser.value(QStringLiteral("actor"));
    filter.currency = parser.value(QStringLiteral("currency"));
    if (!readDates(parser, {{"due-from", &filter.dueFrom}, {"due-to", &filter.dueTo}}))
        return Usage;
    LibraryStore store;
    if (!openLibrary(&store, libraryPath, false, true))
        return Failure;
    const std::optional<qint64> pillar = pillarOption(parser, store);
    if (!pillar)
        return Failure;
    filter.pillarId = *pillar;
    const std::optional<QVector<CommitmentTotal>> totals =
        store.commitmentTotals(by, filter, parser.value(QStringLiteral("convert-to")));
    if (!totals)
        return error(store.lastError().message);
    for (const CommitmentTotal &t : *totals) {
        if (parser.isSet(QStringLiteral("json")))
            m_out << Cli::compact(CommitmentExport::toJson(t)) << '\n';
        else
            m_out << (t.key.isEmpty() ? QStringLiteral("-") : t.key) << '\t' << t.total << '\t'
                  << (t.currency.isEmpty() ? t.unit : t.currency) << '\t' << t.commitments << '\t'
                  << t.sources
                  << (t.ratesUsed.isEmpty() ? QString()
                                            : QLatin1Char('\t') + t.ratesUsed.join(QLatin1String("; ")))
                  << '\n';
    }
    return Success;
}

int CommandLine::runRates(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOption(Cli::libraryOption());
    parser.addOption({QStringLiteral("set"), tr("Set a rate: CUR=RATE, one CUR worth RATE of --to."),
                      QStringLiteral("CUR=RATE")});
    parser.addOption(
        {QStringLiteral("remove"), tr("Remove the rate of this currency to --to."), QStringLiteral("CUR")});
    parser.addOption({QStringLiteral("to"), tr("The currency the rate converts to."), QStringLiteral("CUR")});
    parser.addOption({QStringLiteral("as-of"), tr("The day the rate holds, YYYY-MM-DD (default: today)."),
                      QStringLiteral("DATE")});
    parser.addOption({QStringLiteral("json"), tr("One JSON object per line.")});
    if (const int code =
            Cli::parse(parser, arguments,
                       QStringLiteral("rates --library LIB [--json]\n"
                                      "       gleaner rates --library LIB --set CUR=RATE --to CUR "
                                      "[--as-of YYYY-MM-DD]\n"
                                      "       gleaner rates --library LIB --remove CUR --to CUR"),
                       m_out, m_err);
        code >= 0)
        return code;
    const QString libraryPath = parser.value(QStringLiteral("library"));
    if (libraryPath.isEmpty())
        return error(tr("rates needs --library LIB."), Usage);
    const bool set = parser.isSet(QStringLiteral("set"));
    const bool remove = parser.isSet(QStringLiteral("remove"));
    if (set && remove)
        return error(tr("Give --set or --remove, not both."), Usage);
    if ((set || remove) && !parser.isSet(QStringLiteral("to")))
        return error(tr("--set and --remove need --to CUR, the currency the rate converts to."), Usage);
    if (!set && !remove) {
        LibraryStore store;
        if (!openLibrary(&store, libraryPath, false, true))
            return Failure;
        const std::optional<QVector<ConversionRate>> rates = store.conversionRates();
        if (!rates)
            return error(store.lastError().message);
        for (const ConversionRate &r : *rates) {
            if (parser.isSet(QStringLiteral("json")))
                m_out << Cli::compact({{QStringLiteral("currency"), r.currency},
                                       {QStringLiteral("target"), r.target},
                                       {QStringLiteral("rate"), r.rate},
                                       {QStringLiteral("as_of"), r.asOf.toString(Qt::ISODate)}})
                      << '\n';
            else
                m_out << r.currency << '\t' << r.target << '\t' << r.rate << '\t'
                      << r.asOf.toString(Qt::ISODate) << '\n';
        }
        return Success;
    }
    LibraryDocument document;
    if (!openDocument(&document, libraryPath))
        return Failure;
    const QString target = parser.value(QStringLiteral("to"));
    if (remove) {
        if (!document.removeConversionRate(parser.value(QStringLiteral("remove")), target))
            return error(document.errorMessage());
        return Success;
    }
    const QString value = parser.value(QStringLiteral("set"));
    if (value.count(QLatin1Char('=')) != 1)
        return error(tr("--set takes CUR=RATE, e.g. EUR=1.08."), Usage);
    ConversionRate rate{value.section(QLatin1Char('='), 0, 0), target, value.section(QLatin1Char('='), 1),
                        QDate::currentDate()};
    if (parser.isSet(QStringLiteral("as-of"))) {
        rate.asOf = QDate::fromString(parser.value(QStringLiteral("as-of")), Qt::ISODate);
        if (!rate.asOf.isValid())
            return error(tr("--as-of must be a date written as YYYY-MM-DD."), Usage);
    }
    if (!document.setConversionRate(rate))
        return error(document.errorMessage());
    return Success;
}

} // namespace Gleaner
