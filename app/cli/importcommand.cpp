// gleaner import
#include "cli/cliutil.h"
#include "cli/commandline.h"
#include "import/articleimporter.h"
#include "library/librarystore.h"
#include "network/urlfetcher.h"

#include <QFileInfo>
#include <QUrl>

namespace Gleaner {

namespace {
bool fetchSource(const QUrl &url, const FetchOptions &options, ImportSource *source, QString *error)
{
    const FetchResult result = UrlFetcher::fetchBlocking(url, options);
    if (!result.ok()) {
        *error = result.errorString;
        return false;
    }
    // What the user said on top (--title, --url, --published) is kept.
    ImportSource fetched = ArticleImporter::fromFetch(result);
    fetched.title = source->title;
    fetched.urlOverride = source->urlOverride;
    fetched.published = source->published;
    *source = fetched;
    return true;
}
} // namespace

int CommandLine::runImport(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOption(Cli::libraryOption());
    parser.addOption(
        {QStringLiteral("title"), tr("Use this title instead of the one found."), QStringLiteral("T")});
    parser.addOption(
        {QStringLiteral("url"), tr("The article's URL, for a file or pasted text."), QStringLiteral("U")});
    parser.addOption(
        {QStringLiteral("published"), tr("The publication date, YYYY-MM-DD."), QStringLiteral("DATE")});
    parser.addOption(
        {QStringLiteral("new-version"),
         tr("Import an article already in the library as a new version (the old one is kept).")});
    parser.addOption({QStringLiteral("timeout"), tr("Network transfer timeout in seconds (default 30)."),
                      QStringLiteral("SECONDS")});
    parser.addOption({QStringLiteral("max-size"), tr("Largest page to download, in bytes (default 20 MB)."),
                      QStringLiteral("BYTES")});
    parser.addPositionalArgument(QStringLiteral("SOURCE"),
                                 tr("A file (HTML or text), - for standard input, or an http(s) URL."),
                                 QStringLiteral("SOURCE..."));
    if (const int code = Cli::parse(parser, arguments,
                                    QStringLiteral("import --library LIB [options] SOURCE..."), m_out, m_err);
        code >= 0)
        return code;
    const QString libraryPath = parser.value(QStringLiteral("library"));
    if (libraryPath.isEmpty())
        return error(tr("import needs --library LIB."), Usage);
    const QStringList sources = parser.positionalArguments();
    if (sources.isEmpty())
        return error(tr("import needs at least one SOURCE: a file, - for standard input, or a URL."), Usage);
    QDate published;
    if (parser.isSet(QStringLiteral("published"))) {
        published = QDate::fromString(parser.value(QStringLiteral("published")), Qt::ISODate);
        if (!published.isValid())
            return error(tr("--published must be a date written as YYYY-MM-DD."), Usage);
    }
    FetchOptions fetch;
    QString problem;
    if (parser.isSet(QStringLiteral("timeout"))) {
        // Below a tenth of a second no page arrives; an hour is longer than any page takes.
        const std::optional<double> timeout = seconds(parser, QStringLiteral("timeout"), 0.1, 3600, &problem);
        if (!timeout)
            return error(problem, Usage);
        fetch.timeoutMs = int(*timeout * 1000);
    }
    if (parser.isSet(QStringLiteral("max-size"))) {
        const std::optional<qint64> bytes =
            wholeNumber(parser, QStringLiteral("max-size"), 1, qint64(2) * 1024 * 1024 * 1024, &problem);
        if (!bytes)
            return error(problem, Usage);
        fetch.maxBytes = *bytes;
    }

    LibraryStore store;
    if (!openLibrary(&store, libraryPath, true, false))
        return Failure;
    ArticleImporter importer(&store);
    const DuplicatePolicy policy =
        parser.isSet(QStringLiteral("new-version")) ? DuplicatePolicy::NewVersion : DuplicatePolicy::Skip;
    int failures = 0;
    for (const QString &name : sources) {
        ImportSource source;
        source.title = parser.value(QStringLiteral("title"));
        source.urlOverride = parser.value(QStringLiteral("url"));
        source.published = published;
        const QUrl asUrl = QUrl(name, QUrl::StrictMode);
        const QString scheme = asUrl.scheme().toLower();
        QString readError;
        if (scheme == QLatin1String("http") || scheme == QLatin1String("https")) {
            if (!fetchSource(asUrl, fetch, &source, &readError)) {
                error(readError);
                ++failures;
                continue;
            }
        } else {
            if (!ArticleImporter::readFile(name, &source.data, &readError)) {
                error(readError);
                ++failures;
                continue;
            }
            source.kind = name == QLatin1String("-") ? SourceKind::Paste : SourceKind::File;
            source.sourceName = name == QLatin1String("-") ? QString() : QFileInfo(name).fileName();
            source.format = ArticleImporter::formatForFileName(name);
        }
        const ImportOutcome outcome = importer.import(source, policy);
        switch (outcome.status) {
        case ImportOutcome::Status::Imported:
            m_out << outcome.articleId << '\t' << outcome.title << '\n';
            m_out.flush();
            break;
        case ImportOutcome::Status::Duplicate:
            m_err << "gleaner: " << name << ": " << outcome.error << ' '
                  << tr("Not imported again; use --new-version to keep both.") << '\n';
            break;
        case ImportOutcome::Status::Failed:
            error(name + QLatin1String(": ") + outcome.error);
            ++failures;
            break;
        }
    }
    return failures > 0 ? Failure : Success;
}

} // namespace Gleaner
