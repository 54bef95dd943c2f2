// gleaner suggest
#include "cli/cliutil.h"
#include "cli/commandline.h"
#include "import/articleimporter.h"
#include "library/librarydocument.h"
#include "services/proposals.h"
#include "suggest/recognizer.h"
#include "suggest/suggestionjson.h"

#include <QFile>

namespace Gleaner {

int CommandLine::runSuggest(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("published"),
                      tr("Resolve dates against this day, YYYY-MM-DD (default: today)."),
                      QStringLiteral("DATE")});
    parser.addOption({QStringLiteral("batch"),
                      tr("Read lines {\"id\",\"text\",\"published\"} from IN.jsonl."),
                      QStringLiteral("IN.jsonl")});
    parser.addOption(Cli::libraryOption());
    parser.addOption(
        {QStringLiteral("article"),
         tr("With --library: what the window proposes for this article (amounts, deadlines, pillars)."),
         QStringLiteral("ID")});
    parser.addOption(
        {QStringLiteral("accept"),
         tr("With --article: accept the proposal of this index, as the window's Enter does (repeatable)."),
         QStringLiteral("INDEX")});
    parser.addPositionalArgument(QStringLiteral("FILE"),
                                 tr("A text file, or - / nothing for standard input."),
                                 QStringLiteral("[FILE|-]"));
    if (const int code = Cli::parse(
            parser, arguments,
            QStringLiteral("suggest [--published YYYY-MM-DD] [FILE|-]\n"
                           "       gleaner suggest --batch IN.jsonl\n"
                           "       gleaner suggest --library LIB --article ID [--accept INDEX]..."),
            m_out, m_err);
        code >= 0)
        return code;
    QDate published = QDate::currentDate();
    if (parser.isSet(QStringLiteral("published"))) {
        published = QDate::fromString(parser.value(QStringLiteral("published")), Qt::ISODate);
        if (!published.isValid())
            return error(tr("--published must be a date written as YYYY-MM-DD."), Usage);
    }
    // Options of one form are not silently dropped in another.
    const bool forArticle =
        parser.isSet(QStringLiteral("library")) || parser.isSet(QStringLiteral("article"));
    if (forArticle && (parser.isSet(QStringLiteral("published")) || parser.isSet(QStringLiteral("batch")) ||
                       !parser.positionalArguments().isEmpty()))
        return error(tr("--library and --article work on an article of a library: they take no FILE, --batch "
                        "or --published (the article's own date is used)."),
                     Usage);
    if (!forArticle && parser.isSet(QStringLiteral("accept")))
        return error(tr("--accept goes with --library LIB --article ID."), Usage);
    if (parser.isSet(QStringLiteral("batch")) && !parser.positionalArguments().isEmpty())
        return error(tr("--batch reads its own file; give no FILE with it."), Usage);
    if (forArticle)
        return suggestForArticle(parser);
    if (parser.isSet(QStringLiteral("batch"))) {
        const QString name = parser.value(QStringLiteral("batch"));
        QFile in;
        if (name == QLatin1String("-")) {
            in.open(stdin, QIODevice::ReadOnly);
        } else {
            in.setFileName(name);
            if (!in.open(QIODevice::ReadOnly))
                return error(tr("%1: %2. Check the path.").arg(name, in.errorString()));
        }
        m_out.flush();
        QFile out;
        if (!out.open(stdout, QIODevice::WriteOnly))
            return error(tr("Cannot write to standard output."));
        QString batchError;
        if (!SuggestionJson::runBatch(&in, &out, &batchError))
            return error(name + QLatin1String(": ") + batchError);
        if (!out.flush())
            return error(tr("Could not write the output: %1.").arg(out.errorString()));
        return Success;
    }
    const QStringList files = parser.positionalArguments();
    if (files.size() > 1)
        return error(tr("suggest takes one FILE."), Usage);
    QByteArray data;
    QString readError;
    if (!ArticleImporter::readFile(files.value(0, QStringLiteral("-")), &data, &readError))
        return error(readError);
    for (const Suggestion &s : Recognizer::recognize(QString::fromUtf8(data), published))
        m_out << Cli::compact(SuggestionJson::toJson(s)) << '\n';
    return Success;
}

// The proposals of the window's panel for one article, built by the same service,
// and accepting them as its Enter key does.
int CommandLine::suggestForArticle(const QCommandLineParser &parser)
{
    const QString libraryPath = parser.value(QStringLiteral("library"));
    if (libraryPath.isEmpty() || !parser.isSet(QStringLiteral("article")))
        return error(tr("suggest for an article needs both --library LIB and --article ID."), Usage);
    QString problem;
    const std::optional<qint64> id =
        wholeNumber(parser, QStringLiteral("article"), 1, std::numeric_limits<qint64>::max(), &problem);
    if (!id)
        return error(problem, Usage);
    QVector<int> accept;
    for (const QString &value : parser.values(QStringLiteral("accept"))) {
        bool ok = false;
        const int index = value.toInt(&ok);
        if (!ok || index < 0)
            return error(tr("--accept takes the index of a proposal (0, 1, …) as listed without it."), Usage);
        accept << index;
    }
    LibraryDocument document;
    if (!accept.isEmpty() ? !openDocument(&document, libraryPath)
                          : !openLibrary(document.store(), libraryPath, false, true))
        return Failure;
    LibraryStore *store = document.store();
    const std::optional<Article> article = store->article(*id);
    const std::optional<ArticleProposals> loaded = article ? Proposals::load(*store, *article) : std::nullopt;
    if (!loaded)
        return error(store->lastError().message);
    const QVector<Proposal> &proposals = loaded->proposals;
    if (accept.isEmpty()) {
        for (int i = 0; i < proposals.size(); ++i) {
            const Proposal &p = proposals.at(i);
            QJsonObject o = p.kind == Proposal::Kind::Pillar
                                ? QJsonObject{{QStringLiteral("start"), p.suggestion.start},
                                              {QStringLiteral("end"), p.suggestion.end},
                                              {QStringLiteral("text"), p.suggestion.text},
                                              {QStringLiteral("pillar"), p.pillarName}}
                                : SuggestionJson::toJson(p.suggestion);
            o.insert(QStringLiteral("index"), i);
            o.insert(QStringLiteral("kind"), p.kindName());
            m_out << Cli::compact(o) << '\n';
        }
        return Success;
    }
    for (int index : std::as_const(accept)) {
        if (index >= proposals.size())
            return error(tr("There is no proposal %1; the article has %n proposal(s). Run the command "
                            "without --accept "
                            "to list them (their indexes change as proposals are accepted).",
                            "", int(proposals.size()))
                             .arg(index));
        const std::optional<qint64> created = Proposals::accept(&document, proposals.at(index), *id);
        if (!created)
            return error(document.errorMessage());
        m_out << *created << '\n';
    }
    return Success;
}

} // namespace Gleaner
