#include "cli/commandline.h"

#include "cleaning/articlecleaner.h"
#include "cleaning/gzipreader.h"
#include "export/csvexporter.h"
#include "import/articleimporter.h"
#include "library/librarystore.h"
#include "network/urlfetcher.h"
#include "suggest/recognizer.h"
#include "suggest/suggestionjson.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QUrl>

#include <cstdio>

namespace Gleaner {

namespace {
QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("Gleaner::CommandLine", text, disambiguation, n);
}

QJsonValue stringOrNull(const QString &value)
{
    return value.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(value);
}

QJsonValue dateOrNull(const QDate &date)
{
    return date.isValid() ? QJsonValue(date.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

QString compact(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

struct CommandInfo
{
    const char *name;
    const char *summary;
};

const CommandInfo kCommands[] = {
    {"import",
     QT_TRANSLATE_NOOP("Gleaner::CommandLine", "Import articles from files, standard input or URLs")},
    {"annotate", QT_TRANSLATE_NOOP("Gleaner::CommandLine", "Add an annotation to an article")},
    {"list", QT_TRANSLATE_NOOP("Gleaner::CommandLine", "List the articles of a library")},
    {"show", QT_TRANSLATE_NOOP("Gleaner::CommandLine", "Show an article with its annotations")},
    {"export", QT_TRANSLATE_NOOP("Gleaner::CommandLine", "Export annotations to CSV")},
    {"check", QT_TRANSLATE_NOOP("Gleaner::CommandLine", "Check a library's format and integrity")},
    {"clean", QT_TRANSLATE_NOOP("Gleaner::CommandLine", "Clean a web page or pasted text into an article")},
    {"suggest", QT_TRANSLATE_NOOP("Gleaner::CommandLine", "Find amounts and deadlines in a text")},
};

// Parses `arguments` (starting with the command name); prints help for --help.
// Returns -1 to go on, or the exit code to return.
int parse(QCommandLineParser &parser, const QStringList &arguments, const QString &usage, QTextStream &out,
          QTextStream &err)
{
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, tr("Show this help."));
    parser.addOption(help);
    if (!parser.parse(arguments)) {
        err << "gleaner: " << parser.errorText() << '\n'
            << tr("Run “gleaner %1 --help” for its options.").arg(arguments.value(0)) << '\n';
        return CommandLine::Usage;
    }
    if (parser.isSet(help)) {
        QString text = parser.helpText();
        text = text.mid(text.indexOf(QLatin1Char('\n')) + 1); // drop Qt's own usage line
        out << tr("Usage: gleaner %1").arg(usage) << '\n' << text;
        return CommandLine::Success;
    }
    return -1;
}

bool readSource(const QString &name, QByteArray *data, QString *error)
{
    QFile file;
    if (name == QLatin1String("-")) {
        if (!file.open(stdin, QIODevice::ReadOnly)) {
            *error = tr("Cannot read standard input.");
            return false;
        }
    } else {
        file.setFileName(name);
        if (!QFileInfo(name).isFile()) {
            *error = tr("%1: no such file. Check the path.").arg(name);
            return false;
        }
        if (!file.open(QIODevice::ReadOnly)) {
            *error = tr("%1: %2. Check that you may read the file.").arg(name, file.errorString());
            return false;
        }
    }
    *data = file.readAll();
    if (GzipReader::isGzip(*data)) {
        QString gzError;
        const QByteArray plain = GzipReader::decompress(*data, &gzError);
        if (!gzError.isEmpty()) {
            *error = name + QLatin1String(": ") + gzError;
            return false;
        }
        *data = plain;
    }
    return true;
}

bool fetchSource(const QUrl &url, const FetchOptions &options, ImportSource *source, QString *error)
{
    const FetchResult result = UrlFetcher::fetchBlocking(url, options);
    if (!result.ok()) {
        *error = result.errorString;
        return false;
    }
    source->data = result.body;
    source->charset = result.charset;
    source->url = result.finalUrl;
    source->kind = SourceKind::Url;
    source->format = result.contentType == QLatin1String("text/plain") ? CleanInput::Format::Text
                                                                       : CleanInput::Format::Html;
    return true;
}

QString baseName(const QString &path)
{
    QString name = QFileInfo(path).fileName();
    const int dot = name.indexOf(QLatin1Char('.'));
    return dot > 0 ? name.left(dot) : name;
}
} // namespace

CommandLine::CommandLine() : m_out(stdout), m_err(stderr)
{
    m_out.setEncoding(QStringConverter::Utf8);
    m_err.setEncoding(QStringConverter::Utf8);
}

QStringList CommandLine::commandNames()
{
    QStringList names;
    for (const CommandInfo &c : kCommands)
        names << QLatin1String(c.name);
    return names;
}

bool CommandLine::isCommandLineMode(const QStringList &arguments)
{
    if (arguments.size() < 2)
        return false;
    const QString first = arguments.at(1);
    if (commandNames().contains(first) || first == QLatin1String("--help") || first == QLatin1String("-h") ||
        first == QLatin1String("--version") || first == QLatin1String("-v") || first == QLatin1String("help"))
        return true;
    // A word that is neither an option nor a library file is a mistyped command:
    // answer on the command line instead of opening a window.
    return !first.startsWith(QLatin1Char('-')) && !first.endsWith(QLatin1String(".gleaner")) &&
           !QFileInfo::exists(first);
}

int CommandLine::error(const QString &message, int code)
{
    m_err << "gleaner: " << message << '\n';
    m_err.flush();
    return code;
}

int CommandLine::printHelp()
{
    m_out
        << tr("Gleaner %1 — a reader and annotator for technology news.").arg(QLatin1String(GLEANER_VERSION))
        << "\n\n"
        << tr("Usage:") << '\n'
        << "  gleaner [--lang CODE] [LIBRARY.gleaner]   " << tr("start the window") << '\n'
        << "  gleaner COMMAND [options] ...             " << tr("run a command") << "\n\n"
        << tr("Commands:") << '\n';
    for (const CommandInfo &c : kCommands)
        m_out << "  " << QString::fromLatin1(c.name).leftJustified(10) << tr(c.summary) << '\n';
    m_out << '\n'
          << tr("Run “gleaner COMMAND --help” for a command's options.") << '\n'
          << tr("Exit status: 0 success, 1 bad input or failed operation, 2 bad usage.") << '\n';
    return Success;
}

int CommandLine::run(const QStringList &arguments)
{
    const QString command = arguments.value(1);
    const QStringList rest = arguments.mid(1);
    if (command == QLatin1String("--version") || command == QLatin1String("-v")) {
        m_out << "gleaner " << GLEANER_VERSION << '\n';
        return Success;
    }
    if (command.isEmpty() || command == QLatin1String("--help") || command == QLatin1String("-h") ||
        command == QLatin1String("help"))
        return printHelp();
    int code = Usage;
    if (command == QLatin1String("import"))
        code = runImport(rest);
    else if (command == QLatin1String("annotate"))
        code = runAnnotate(rest);
    else if (command == QLatin1String("list"))
        code = runList(rest);
    else if (command == QLatin1String("show"))
        code = runShow(rest);
    else if (command == QLatin1String("export"))
        code = runExport(rest);
    else if (command == QLatin1String("check"))
        code = runCheck(rest);
    else if (command == QLatin1String("clean"))
        code = runClean(rest);
    else if (command == QLatin1String("suggest"))
        code = runSuggest(rest);
    else
        code = error(tr("“%1” is not a command. Run “gleaner --help” for the list.").arg(command), Usage);
    m_out.flush();
    m_err.flush();
    return code;
}

bool CommandLine::openLibrary(LibraryStore *store, const QString &path, bool create, bool readOnly)
{
    LibraryStore::OpenOptions options;
    options.create = create;
    options.readOnly = readOnly;
    if (!store->open(path, options)) {
        error(store->lastError().message);
        return false;
    }
    if (store->isReadOnly() && !readOnly)
        m_err << "gleaner: " << tr("note: “%1” is read-only; it was opened for reading only.").arg(path)
              << '\n';
    return true;
}

namespace {
const QCommandLineOption libraryOption()
{
    return QCommandLineOption(
        {QStringLiteral("l"), QStringLiteral("library")},
        QCoreApplication::translate("Gleaner::CommandLine", "The library file (.gleaner)."),
        QStringLiteral("LIB"));
}

bool requireLibrary(const QCommandLineParser &parser, QString *path)
{
    *path = parser.value(QStringLiteral("library"));
    return !path->isEmpty();
}
} // namespace

int CommandLine::runImport(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOption(libraryOption());
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
    if (const int code = parse(parser, arguments, QStringLiteral("import --library LIB [options] SOURCE..."),
                               m_out, m_err);
        code >= 0)
        return code;
    QString libraryPath;
    if (!requireLibrary(parser, &libraryPath))
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
    if (parser.isSet(QStringLiteral("timeout"))) {
        bool ok = false;
        const double seconds = parser.value(QStringLiteral("timeout")).toDouble(&ok);
        if (!ok || seconds <= 0)
            return error(tr("--timeout must be a number of seconds greater than 0."), Usage);
        fetch.timeoutMs = int(seconds * 1000);
    }
    if (parser.isSet(QStringLiteral("max-size"))) {
        bool ok = false;
        fetch.maxBytes = parser.value(QStringLiteral("max-size")).toLongLong(&ok);
        if (!ok || fetch.maxBytes <= 0)
            return error(tr("--max-size must be a number of bytes greater than 0."), Usage);
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
        if (scheme == QLatin1String("http") || scheme == QLatin1String("https")) {
            QString fetchError;
            if (!fetchSource(asUrl, fetch, &source, &fetchError)) {
                error(fetchError);
                ++failures;
                continue;
            }
        } else {
            QString readError;
            if (!readSource(name, &source.data, &readError)) {
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

int CommandLine::runAnnotate(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOption(libraryOption());
    parser.addOption(
        {QStringLiteral("article"), tr("The article id (see gleaner list)."), QStringLiteral("ID")});
    parser.addOption(
        {QStringLiteral("kind"), tr("pillar, amount, deadline or note."), QStringLiteral("KIND")});
    parser.addOption({QStringLiteral("start"), tr("Start offset (UTF-16 units) in the article text."),
                      QStringLiteral("S")});
    parser.addOption({QStringLiteral("end"), tr("End offset, exclusive."), QStringLiteral("E")});
    parser.addOption({QStringLiteral("pillar"), tr("The pillar it names or belongs to (created if new)."),
                      QStringLiteral("NAME")});
    parser.addOption({QStringLiteral("amount"), tr("The amount as a plain decimal (10000000000)."),
                      QStringLiteral("DEC")});
    parser.addOption(
        {QStringLiteral("currency"), tr("ISO 4217 currency code (USD)."), QStringLiteral("ISO")});
    parser.addOption({QStringLiteral("unit"), tr("The counted noun (engineer)."), QStringLiteral("NOUN")});
    parser.addOption({QStringLiteral("qualifier"), tr("up to, more than, about, ..."), QStringLiteral("Q")});
    parser.addOption({QStringLiteral("due"), tr("Due date, YYYY-MM-DD."), QStringLiteral("DATE")});
    parser.addOption({QStringLiteral("precision"), tr("day, month, quarter or year."), QStringLiteral("P")});
    parser.addOption({QStringLiteral("note"), tr("A note."), QStringLiteral("TEXT")});
    if (const int code =
            parse(parser, arguments,
                  QStringLiteral("annotate --library LIB --article ID --kind KIND --start S --end E "
                                 "[options]"),
                  m_out, m_err);
        code >= 0)
        return code;
    QString libraryPath;
    if (!requireLibrary(parser, &libraryPath))
        return error(tr("annotate needs --library LIB."), Usage);
    for (const char *required : {"article", "kind", "start", "end"}) {
        if (!parser.isSet(QLatin1String(required)))
            return error(tr("annotate needs --%1.").arg(QLatin1String(required)), Usage);
    }
    Annotation a;
    bool ok = false;
    a.articleId = parser.value(QStringLiteral("article")).toLongLong(&ok);
    if (!ok)
        return error(tr("--article must be an article id (a whole number)."), Usage);
    if (!kindFromName(parser.value(QStringLiteral("kind")), &a.kind))
        return error(tr("--kind must be pillar, amount, deadline or note."), Usage);
    a.start = parser.value(QStringLiteral("start")).toInt(&ok);
    if (!ok)
        return error(tr("--start must be a whole number."), Usage);
    a.end = parser.value(QStringLiteral("end")).toInt(&ok);
    if (!ok)
        return error(tr("--end must be a whole number."), Usage);
    if (parser.isSet(QStringLiteral("currency")) && parser.isSet(QStringLiteral("unit")))
        return error(tr("Give either --currency or --unit, not both."), Usage);
    a.amount = parser.value(QStringLiteral("amount"));
    a.currency = parser.value(QStringLiteral("currency"));
    a.unit = parser.value(QStringLiteral("unit"));
    a.qualifier = parser.value(QStringLiteral("qualifier"));
    a.note = parser.value(QStringLiteral("note"));
    if (parser.isSet(QStringLiteral("due"))) {
        a.due = QDate::fromString(parser.value(QStringLiteral("due")), Qt::ISODate);
        if (!a.due.isValid())
            return error(tr("--due must be a valid date written as YYYY-MM-DD."));
        a.precision = DatePrecision::Day;
        if (parser.isSet(QStringLiteral("precision")) &&
            !precisionFromName(parser.value(QStringLiteral("precision")), &a.precision))
            return error(tr("--precision must be day, month, quarter or year."), Usage);
    } else if (parser.isSet(QStringLiteral("precision"))) {
        return error(tr("--precision goes with --due."), Usage);
    }
    if (a.kind == AnnotationKind::Pillar && !parser.isSet(QStringLiteral("pillar")))
        return error(tr("A pillar annotation needs --pillar NAME."), Usage);

    LibraryStore store;
    if (!openLibrary(&store, libraryPath, false, false))
        return Failure;
    // Check the annotation before creating a pillar for it, so a bad annotation leaves nothing behind.
    Annotation probe = a;
    if (!store.validateAnnotation(&probe))
        return error(store.lastError().message);
    const QString pillarName = parser.value(QStringLiteral("pillar")).simplified();
    if (!pillarName.isEmpty()) {
        if (const std::optional<Pillar> existing = store.pillarByName(pillarName)) {
            a.pillarId = existing->id;
        } else {
            const std::optional<qint64> id = store.addPillar(pillarName);
            if (!id)
                return error(store.lastError().message);
            a.pillarId = *id;
        }
    }
    const std::optional<qint64> id = store.addAnnotation(a);
    if (!id)
        return error(store.lastError().message);
    m_out << *id << '\n';
    return Success;
}

int CommandLine::runList(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOption(libraryOption());
    parser.addOption({QStringLiteral("json"), tr("Print one JSON object per line.")});
    if (const int code =
            parse(parser, arguments, QStringLiteral("list --library LIB [--json]"), m_out, m_err);
        code >= 0)
        return code;
    QString libraryPath;
    if (!requireLibrary(parser, &libraryPath))
        return error(tr("list needs --library LIB."), Usage);
    LibraryStore store;
    if (!openLibrary(&store, libraryPath, false, true))
        return Failure;
    const bool json = parser.isSet(QStringLiteral("json"));
    const int batch = 1000;
    for (int offset = 0;; offset += batch) {
        const QVector<ArticleSummary> rows =
            store.articles({}, LibraryStore::ArticleSort::ImportedAt, Qt::AscendingOrder, offset, batch);
        if (store.lastError().isError())
            return error(store.lastError().message);
        for (const ArticleSummary &s : rows) {
            if (json) {
                m_out << compact({{QStringLiteral("id"), s.id},
                                  {QStringLiteral("title"), s.title},
                                  {QStringLiteral("site"), s.site},
                                  {QStringLiteral("published"), dateOrNull(s.published)},
                                  {QStringLiteral("imported_at"), LibraryStore::timestamp(s.importedAt)},
                                  {QStringLiteral("annotations"), s.annotationCount}})
                      << '\n';
            } else {
                m_out << s.id << '\t' << s.title << '\t' << s.site << '\t'
                      << (s.published.isValid() ? s.published.toString(Qt::ISODate) : QStringLiteral("-"))
                      << '\t' << tr("%n annotation(s)", "", s.annotationCount) << '\n';
            }
        }
        if (rows.size() < batch)
            break;
    }
    return Success;
}

int CommandLine::runShow(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOption(libraryOption());
    parser.addOption(
        {QStringLiteral("article"), tr("The article id (see gleaner list)."), QStringLiteral("ID")});
    parser.addOption({QStringLiteral("json"), tr("Print one JSON object.")});
    if (const int code = parse(parser, arguments, QStringLiteral("show --library LIB --article ID [--json]"),
                               m_out, m_err);
        code >= 0)
        return code;
    QString libraryPath;
    if (!requireLibrary(parser, &libraryPath))
        return error(tr("show needs --library LIB."), Usage);
    bool ok = false;
    const qint64 id = parser.value(QStringLiteral("article")).toLongLong(&ok);
    if (!ok)
        return error(tr("show needs --article ID (a whole number)."), Usage);
    LibraryStore store;
    if (!openLibrary(&store, libraryPath, false, true))
        return Failure;
    const std::optional<Article> article = store.article(id);
    if (!article)
        return error(store.lastError().message);
    const QVector<Annotation> annotations = store.annotations(id);
    const QString url = article->canonicalUrl.isEmpty() ? article->url : article->canonicalUrl;
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray list;
        for (const Annotation &a : annotations) {
            list.append(QJsonObject{{QStringLiteral("id"), a.id},
                                    {QStringLiteral("kind"), kindName(a.kind)},
                                    {QStringLiteral("start"), a.start},
                                    {QStringLiteral("end"), a.end},
                                    {QStringLiteral("quote"), a.quote},
                                    {QStringLiteral("pillar"), stringOrNull(a.pillarName)},
                                    {QStringLiteral("amount"), stringOrNull(a.amount)},
                                    {QStringLiteral("currency"), stringOrNull(a.currency)},
                                    {QStringLiteral("unit"), stringOrNull(a.unit)},
                                    {QStringLiteral("qualifier"), stringOrNull(a.qualifier)},
                                    {QStringLiteral("due"), dateOrNull(a.due)},
                                    {QStringLiteral("precision"),
                                     a.due.isValid() ? QJsonValue(precisionName(a.precision)) : QJsonValue()},
                                    {QStringLiteral("note"), stringOrNull(a.note)},
                                    {QStringLiteral("origin"), originName(a.origin)}});
        }
        m_out << compact({{QStringLiteral("id"), article->id},
                          {QStringLiteral("title"), article->title},
                          {QStringLiteral("byline"), stringOrNull(article->byline)},
                          {QStringLiteral("url"), stringOrNull(url)},
                          {QStringLiteral("site"), stringOrNull(article->site)},
                          {QStringLiteral("published"), dateOrNull(article->published)},
                          {QStringLiteral("description"), stringOrNull(article->description)},
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
    m_out << '\n' << article->text << "\n\n" << tr("Annotations: %1").arg(annotations.size()) << '\n';
    for (const Annotation &a : annotations) {
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

int CommandLine::runExport(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOption(libraryOption());
    parser.addOption({QStringLiteral("csv"), tr("Write CSV to this file, or - for standard output."),
                      QStringLiteral("OUT")});
    parser.addOption(
        {QStringLiteral("article"), tr("Only this article's annotations."), QStringLiteral("ID")});
    parser.addOption({QStringLiteral("bom"), tr("Start with a UTF-8 byte order mark (for Excel).")});
    if (const int code =
            parse(parser, arguments,
                  QStringLiteral("export --library LIB --csv OUT|- [--article ID] [--bom]"), m_out, m_err);
        code >= 0)
        return code;
    QString libraryPath;
    if (!requireLibrary(parser, &libraryPath))
        return error(tr("export needs --library LIB."), Usage);
    const QString out = parser.value(QStringLiteral("csv"));
    if (out.isEmpty())
        return error(tr("export needs --csv OUT (a file name, or - for standard output)."), Usage);
    CsvExporter::Options options;
    options.bom = parser.isSet(QStringLiteral("bom"));
    if (parser.isSet(QStringLiteral("article"))) {
        bool ok = false;
        options.articleId = parser.value(QStringLiteral("article")).toLongLong(&ok);
        if (!ok || options.articleId <= 0)
            return error(tr("--article must be an article id (a whole number)."), Usage);
    }
    LibraryStore store;
    if (!openLibrary(&store, libraryPath, false, true))
        return Failure;
    if (options.articleId > 0 && !store.article(options.articleId))
        return error(store.lastError().message);
    CsvExporter exporter;
    bool ok = false;
    if (out == QLatin1String("-")) {
        m_out.flush();
        QFile file;
        file.open(stdout, QIODevice::WriteOnly);
        ok = exporter.write(store, &file, options);
    } else {
        ok = exporter.writeFile(store, out, options);
    }
    if (!ok)
        return error(exporter.error());
    return Success;
}

int CommandLine::runCheck(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOption(libraryOption());
    if (const int code = parse(parser, arguments, QStringLiteral("check --library LIB"), m_out, m_err);
        code >= 0)
        return code;
    QString libraryPath;
    if (!requireLibrary(parser, &libraryPath))
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

namespace {
QJsonObject articleJson(const CleanedArticle &a)
{
    return {{QStringLiteral("title"), a.title},
            {QStringLiteral("byline"), stringOrNull(a.byline)},
            {QStringLiteral("published"), dateOrNull(a.published)},
            {QStringLiteral("site"), stringOrNull(a.site)},
            {QStringLiteral("description"), stringOrNull(a.description)},
            {QStringLiteral("language"), stringOrNull(a.language)},
            {QStringLiteral("url"), a.url.isValid() ? QJsonValue(a.url.toString()) : QJsonValue()},
            {QStringLiteral("text"), a.text},
            {QStringLiteral("html"), a.html}};
}
} // namespace

int CommandLine::runClean(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOption(
        {QStringLiteral("url"), tr("Where the page came from (for relative links)."), QStringLiteral("URL")});
    parser.addOption(
        {QStringLiteral("charset"), tr("The page's character set, if known."), QStringLiteral("NAME")});
    parser.addOption({QStringLiteral("format"), tr("text (body only), json or html. Default: text."),
                      QStringLiteral("FORMAT"), QStringLiteral("text")});
    parser.addOption({QStringLiteral("out-dir"), tr("Write DIR/<name>.txt or .json for each FILE."),
                      QStringLiteral("DIR")});
    parser.addPositionalArgument(QStringLiteral("FILE"),
                                 tr("HTML or text file (.html.gz too), or - for standard "
                                    "input."),
                                 QStringLiteral("FILE|-"));
    if (const int code =
            parse(parser, arguments,
                  QStringLiteral("clean [--url URL] [--charset NAME] [--format text|json|html] FILE|-\n"
                                 "       gleaner clean --out-dir DIR [--format text|json] FILE..."),
                  m_out, m_err);
        code >= 0)
        return code;
    const QString format = parser.value(QStringLiteral("format"));
    if (format != QLatin1String("text") && format != QLatin1String("json") && format != QLatin1String("html"))
        return error(tr("--format must be text, json or html."), Usage);
    const QStringList files = parser.positionalArguments();
    const QString outDir = parser.value(QStringLiteral("out-dir"));
    if (files.isEmpty())
        return error(tr("clean needs a FILE, or - for standard input."), Usage);
    if (outDir.isEmpty() && files.size() > 1)
        return error(tr("clean takes one FILE; use --out-dir DIR for several."), Usage);
    if (!outDir.isEmpty() && format == QLatin1String("html"))
        return error(tr("--out-dir writes text or json."), Usage);
    if (!outDir.isEmpty() && !QDir().mkpath(outDir))
        return error(tr("Cannot create the folder “%1”.").arg(outDir));

    int failures = 0;
    for (const QString &name : files) {
        CleanInput input;
        QString readError;
        if (!readSource(name, &input.data, &readError)) {
            error(readError);
            ++failures;
            continue;
        }
        input.charset = parser.value(QStringLiteral("charset"));
        input.url = QUrl(parser.value(QStringLiteral("url")));
        input.format = ArticleImporter::formatForFileName(name);
        const CleanResult result = ArticleCleaner::clean(input);
        if (!result.ok()) {
            error(name + QLatin1String(": ") + result.error);
            ++failures;
            continue;
        }
        QString output;
        if (format == QLatin1String("json"))
            output = compact(articleJson(result.article)) + QLatin1Char('\n');
        else if (format == QLatin1String("html"))
            output = result.article.html + QLatin1Char('\n');
        else
            output = result.article.text + QLatin1Char('\n');
        if (outDir.isEmpty()) {
            m_out << output;
            continue;
        }
        const QString target =
            QDir(outDir).filePath(baseName(name) + (format == QLatin1String("json") ? QLatin1String(".json")
                                                                                    : QLatin1String(".txt")));
        QSaveFile file(target);
        if (!file.open(QIODevice::WriteOnly) || file.write(output.toUtf8()) < 0 || !file.commit()) {
            error(tr("Cannot write “%1”: %2.").arg(target, file.errorString()));
            ++failures;
        }
    }
    return failures > 0 ? Failure : Success;
}

int CommandLine::runSuggest(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("published"),
                      tr("Resolve dates against this day, YYYY-MM-DD (default: today)."),
                      QStringLiteral("DATE")});
    parser.addOption({QStringLiteral("batch"),
                      tr("Read lines {\"id\",\"text\",\"published\"} from IN.jsonl."),
                      QStringLiteral("IN.jsonl")});
    parser.addPositionalArgument(QStringLiteral("FILE"),
                                 tr("A text file, or - / nothing for standard input."),
                                 QStringLiteral("[FILE|-]"));
    if (const int code = parse(parser, arguments,
                               QStringLiteral("suggest [--published YYYY-MM-DD] [FILE|-]\n"
                                              "       gleaner suggest --batch IN.jsonl"),
                               m_out, m_err);
        code >= 0)
        return code;
    QDate published = QDate::currentDate();
    if (parser.isSet(QStringLiteral("published"))) {
        published = QDate::fromString(parser.value(QStringLiteral("published")), Qt::ISODate);
        if (!published.isValid())
            return error(tr("--published must be a date written as YYYY-MM-DD."), Usage);
    }
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
        out.open(stdout, QIODevice::WriteOnly);
        QString batchError;
        if (!SuggestionJson::runBatch(&in, &out, &batchError))
            return error(name + QLatin1String(": ") + batchError);
        return Success;
    }
    const QStringList files = parser.positionalArguments();
    if (files.size() > 1)
        return error(tr("suggest takes one FILE."), Usage);
    QByteArray data;
    QString readError;
    if (!readSource(files.value(0, QStringLiteral("-")), &data, &readError))
        return error(readError);
    for (const Suggestion &s : Recognizer::recognize(QString::fromUtf8(data), published))
        m_out << compact(SuggestionJson::toJson(s)) << '\n';
    return Success;
}

} // namespace Gleaner
