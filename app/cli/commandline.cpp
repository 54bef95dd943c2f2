#include "cli/commandline.h"

#include "cli/cliutil.h"
#include "export/outputfile.h"
#include "library/librarydocument.h"
#include "library/libraryheader.h"
#include "library/librarystore.h"
#include "library/serverlocation.h"

#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <cmath>
#include <cstdio>
#include <cstring>

namespace Gleaner {

namespace {
struct CommandInfo
{
    const char *name;
    const char *summary;
};

const CommandInfo kCommands[] = {
    {"import",
     QT_TRANSLATE_NOOP("Gleaner::CommandLine", "Import articles from files, standard input or URLs")},
    {"annotate", QT_TRANSLATE_NOOP("Gleaner::CommandLine", "Add an annotation to an article")},
    {"delete", QT_TRANSLATE_NOOP("Gleaner::CommandLine", "Delete an article with its annotations")},
    {"list", QT_TRANSLATE_NOOP("Gleaner::CommandLine", "List the articles of a library")},
    {"show", QT_TRANSLATE_NOOP("Gleaner::CommandLine", "Show an article with its annotations")},
    {"export", QT_TRANSLATE_NOOP("Gleaner::CommandLine", "Export annotations to CSV")},
    {"check", QT_TRANSLATE_NOOP("Gleaner::CommandLine", "Check a library's format and integrity")},
    {"clean", QT_TRANSLATE_NOOP("Gleaner::CommandLine", "Clean a web page or pasted text into an article")},
    {"suggest", QT_TRANSLATE_NOOP("Gleaner::CommandLine", "Find amounts and deadlines in a text")},
    {"findings",
     QT_TRANSLATE_NOOP("Gleaner::CommandLine", "List the annotations of every article, filtered")},
    {"commitments", QT_TRANSLATE_NOOP("Gleaner::CommandLine", "List, propose or export commitments")},
    {"totals",
     QT_TRANSLATE_NOOP("Gleaner::CommandLine", "Add up commitments by pillar, actor, year or currency")},
    {"rates",
     QT_TRANSLATE_NOOP("Gleaner::CommandLine", "List or set the currency rates totals may convert with")},
    {"feed", QT_TRANSLATE_NOOP("Gleaner::CommandLine",
                               "Subscribe to feeds, refresh them, list their items, import or export OPML")},
    {"copy", QT_TRANSLATE_NOOP("Gleaner::CommandLine",
                               "Copy a whole library between a file and a PostgreSQL server")},
};
} // namespace

namespace Cli {

QCommandLineOption libraryOption()
{
    return QCommandLineOption(
        {QStringLiteral("l"), QStringLiteral("library")},
        QCoreApplication::translate("Gleaner::CommandLine",
                                    "The library: a file (.gleaner), or a PostgreSQL address "
                                    "(postgresql://host/db, service=NAME)."),
        QStringLiteral("LIB"));
}

int parse(QCommandLineParser &parser, const QStringList &arguments, const QString &usage, QTextStream &out,
          QTextStream &err)
{
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")},
                                  QCoreApplication::translate("Gleaner::CommandLine", "Show this help."));
    parser.addOption(help);
    if (!parser.parse(arguments)) {
        err << "gleaner: " << parser.errorText() << '\n'
            << QCoreApplication::translate("Gleaner::CommandLine", "Run “gleaner %1 --help” for its options.")
                   .arg(arguments.value(0))
            << '\n';
        return CommandLine::Usage;
    }
    if (parser.isSet(help)) {
        QString text = parser.helpText();
        text = text.mid(text.indexOf(QLatin1Char('\n')) + 1); // drop Qt's own usage line
        out << QCoreApplication::translate("Gleaner::CommandLine", "Usage: gleaner %1").arg(usage) << '\n'
            << text;
        return CommandLine::Success;
    }
    return -1;
}

} // namespace Cli

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
    // A word that is neither an option nor a library (a file, a server address)
    // is a mistyped command: answer on the command line instead of opening a window.
    return !first.startsWith(QLatin1Char('-')) && !first.endsWith(QLatin1String(".gleaner")) &&
           !QFileInfo::exists(first) && !ServerLocation::looksLikeServer(first);
}

int CommandLine::error(const QString &message, int code)
{
    m_err << "gleaner: " << message << '\n';
    m_err.flush();
    return code;
}

bool CommandLine::outputOk(QString *reason)
{
    m_out.flush();
    if (m_out.status() != QTextStream::Ok) {
        *reason = m_out.device() ? m_out.device()->errorString() : QString();
        return false;
    }
    errno = 0;
    if (std::fflush(stdout) != 0 || std::ferror(stdout)) {
        *reason = errno ? QString::fromLocal8Bit(std::strerror(errno)) : QString();
        return false;
    }
    return true;
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
        m_out << "  " << QString::fromLatin1(c.name).leftJustified(12) << tr(c.summary) << '\n';
    m_out << '\n'
          << tr("Run “gleaner COMMAND --help” for a command's options.") << '\n'
          << tr("Exit status: 0 success, 1 bad input or failed operation, 2 bad usage.") << '\n';
    return Success;
}

int CommandLine::run(const QStringList &arguments)
{
    const int code = dispatch(arguments.value(1), arguments.mid(1));
    // Output that did not reach its destination (a full disk, a closed pipe) is a failure.
    // A command that failed has said why already: one message, not two.
    QString reason;
    if (!outputOk(&reason) && code == Success) {
        error(
            tr("Could not write the output: %1. Check the free disk space, or that the program reading it is "
               "still running.")
                .arg(reason.isEmpty() ? tr("the write failed") : reason));
        return Failure;
    }
    m_err.flush();
    return code;
}

int CommandLine::dispatch(const QString &command, const QStringList &rest)
{
    if (command == QLatin1String("--version") || command == QLatin1String("-v")) {
        m_out << "gleaner " << GLEANER_VERSION << '\n';
        return Success;
    }
    if (command.isEmpty() || command == QLatin1String("--help") || command == QLatin1String("-h") ||
        command == QLatin1String("help"))
        return printHelp();
    using Runner = int (CommandLine::*)(const QStringList &);
    static const QHash<QString, Runner> runners{
        {QStringLiteral("import"), &CommandLine::runImport},
        {QStringLiteral("annotate"), &CommandLine::runAnnotate},
        {QStringLiteral("delete"), &CommandLine::runDelete},
        {QStringLiteral("list"), &CommandLine::runList},
        {QStringLiteral("show"), &CommandLine::runShow},
        {QStringLiteral("export"), &CommandLine::runExport},
        {QStringLiteral("check"), &CommandLine::runCheck},
        {QStringLiteral("clean"), &CommandLine::runClean},
        {QStringLiteral("suggest"), &CommandLine::runSuggest},
        {QStringLiteral("commitments"), &CommandLine::runCommitments},
        {QStringLiteral("totals"), &CommandLine::runTotals},
        {QStringLiteral("rates"), &CommandLine::runRates},
        {QStringLiteral("findings"), &CommandLine::runFindings},
        {QStringLiteral("feed"), &CommandLine::runFeed},
        {QStringLiteral("copy"), &CommandLine::runCopy},
    };
    const auto it = runners.constFind(command);
    if (it == runners.constEnd())
        return error(tr("“%1” is not a command. Run “gleaner --help” for the list.").arg(command), Usage);
    return (this->*it.value())(rest);
}

void CommandLine::noteUpgrade(const QString &path)
{
    if (LibraryHeader::read(path).needsUpgrade())
        m_err << "gleaner: "
              << tr("note: upgrading “%1” to library format %2; this may take a while for a large library.")
                     .arg(path)
                     .arg(LibraryStore::kSchemaVersion)
              << '\n';
    m_err.flush();
}

void CommandLine::noteBackup(const LibraryStore &store)
{
    if (!store.backupPath().isEmpty())
        m_err << "gleaner: " << tr("note: the library as it was is kept as “%1”.").arg(store.backupPath())
              << '\n';
}

bool CommandLine::openLibrary(LibraryStore *store, const QString &path, bool create, bool readOnly)
{
    if (!readOnly && QFileInfo::exists(path))
        noteUpgrade(path);
    LibraryStore::OpenOptions options;
    options.create = create;
    options.readOnly = readOnly;
    if (!store->open(path, options)) {
        error(store->lastError().message);
        return false;
    }
    if (store->isReadOnly() && !readOnly) {
        // Said at once, not after fetching and cleaning every source in vain.
        error(tr("“%1” is read-only, and this command changes it. Work on a copy in a folder you can write "
                 "to, or make the file writable.")
                  .arg(path));
        store->close();
        return false;
    }
    noteBackup(*store);
    return true;
}

bool CommandLine::openDocument(LibraryDocument *document, const QString &path)
{
    if (QFileInfo::exists(path))
        noteUpgrade(path);
    if (!document->open(path, {})) {
        error(document->errorMessage());
        return false;
    }
    noteBackup(*document->store());
    return true;
}

std::optional<bool> CommandLine::readDates(const QCommandLineParser &parser,
                                           const QVector<std::pair<const char *, QDate *>> &dates)
{
    for (const auto &[option, date] : dates) {
        if (!parser.isSet(QLatin1String(option)))
            continue;
        *date = QDate::fromString(parser.value(QLatin1String(option)), Qt::ISODate);
        if (!date->isValid()) {
            error(tr("--%1 must be a date written as YYYY-MM-DD.").arg(QLatin1String(option)), Usage);
            return std::nullopt;
        }
    }
    return true;
}

int CommandLine::writeReport(const QString &target, const QByteArray &report)
{
    if (target == QLatin1String("-")) {
        m_out << QString::fromUtf8(report);
        return Success;
    }
    QString problem;
    if (!OutputFile::save(target, report, &problem))
        return error(problem);
    return Success;
}

std::optional<qint64> CommandLine::pillarOption(const QCommandLineParser &parser, const LibraryStore &store)
{
    if (!parser.isSet(QStringLiteral("pillar")))
        return qint64(0);
    const std::optional<Pillar> pillar = store.findPillar(parser.value(QStringLiteral("pillar")));
    if (!pillar) {
        error(store.lastError().message);
        return std::nullopt;
    }
    if (pillar->id == 0) {
        error(
            tr("There is no pillar named “%1” in this library.").arg(parser.value(QStringLiteral("pillar"))));
        return std::nullopt;
    }
    return pillar->id;
}

std::optional<qint64> CommandLine::wholeNumber(const QCommandLineParser &parser, const QString &option,
                                               qint64 min, qint64 max, QString *problem)
{
    bool ok = false;
    const qint64 value = parser.value(option).trimmed().toLongLong(&ok);
    if (ok && value >= min && value <= max)
        return value;
    *problem = max == std::numeric_limits<qint64>::max() || max == std::numeric_limits<int>::max()
                   ? tr("--%1 must be a whole number of at least %2.").arg(option).arg(min)
                   : tr("--%1 must be a whole number from %2 to %3.").arg(option).arg(min).arg(max);
    return std::nullopt;
}

std::optional<double> CommandLine::seconds(const QCommandLineParser &parser, const QString &option,
                                           double min, double max, QString *problem)
{
    bool ok = false;
    const double value = parser.value(option).trimmed().toDouble(&ok);
    // NaN and infinities fail both comparisons or the finiteness test.
    if (ok && std::isfinite(value) && value >= min && value <= max)
        return value;
    *problem = tr("--%1 must be a number of seconds from %2 to %3.").arg(option).arg(min).arg(max);
    return std::nullopt;
}

} // namespace Gleaner
