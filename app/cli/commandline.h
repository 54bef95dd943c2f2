#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

#include <QDate>
#include <QVector>

#include <optional>
#include <utility>

class QCommandLineParser;

namespace Gleaner {

class LibraryDocument;
class LibraryStore;

// The `gleaner COMMAND ...` interface: parsing arguments and printing results;
// the work itself is done by the core services the window uses too. Errors go to
// standard error prefixed "gleaner: "; exit status 0 on success, 1 on bad input
// or a failed operation (a write to a full disk or a closed pipe included), 2 on
// bad usage. One file per group of commands.
class CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(Gleaner::CommandLine)
public:
    enum ExitCode { Success = 0, Failure = 1, Usage = 2 };

    CommandLine();

    // True when `argument` (argv[1]) names a command or a command-line-only option,
    // so main() can pick QCoreApplication over QApplication.
    static bool isCommandLineMode(const QStringList &arguments);
    static QStringList commandNames();

    // `arguments` includes the program name, as QCoreApplication::arguments().
    int run(const QStringList &arguments);

private:
    int dispatch(const QString &command, const QStringList &arguments);
    int runImport(const QStringList &arguments);   // importcommand.cpp
    int runAnnotate(const QStringList &arguments); // editcommands.cpp
    int runDelete(const QStringList &arguments);   // editcommands.cpp
    int runList(const QStringList &arguments);     // readcommands.cpp
    int runShow(const QStringList &arguments);     // readcommands.cpp
    int runCheck(const QStringList &arguments);    // readcommands.cpp
    int runExport(const QStringList &arguments);   // exportcommand.cpp
    int runClean(const QStringList &arguments);    // cleancommand.cpp
    int runSuggest(const QStringList &arguments);  // suggestcommand.cpp
    int suggestForArticle(const QCommandLineParser &parser);
    int runCommitments(const QStringList &arguments); // commitmentcommands.cpp
    int runTotals(const QStringList &arguments);      // commitmentcommands.cpp
    int runRates(const QStringList &arguments);       // commitmentcommands.cpp
    int runFindings(const QStringList &arguments);    // findingscommand.cpp
    int runFeed(const QStringList &arguments);        // feedcommands.cpp
    int runCopy(const QStringList &arguments);        // copycommand.cpp
    int printHelp();

    int error(const QString &message, int code = Failure);
    bool openLibrary(LibraryStore *store, const QString &path, bool create, bool readOnly);
    bool openDocument(LibraryDocument *document, const QString &path);
    void noteUpgrade(const QString &path);
    void noteBackup(const LibraryStore &store); // says so before a long upgrade of the format
    // Flushes standard output and says whether everything written reached it.
    bool outputOk(QString *reason);
    // Whole numbers and seconds given as options, checked for range; on failure
    // *problem says what is acceptable.
    // The dates given as these options, each checked (nullopt: the message said
    // which is not a date), and the id of the pillar named by --pillar, 0 without
    // it (nullopt: the message said why).
    std::optional<bool> readDates(const QCommandLineParser &parser,
                                  const QVector<std::pair<const char *, QDate *>> &dates);
    std::optional<qint64> pillarOption(const QCommandLineParser &parser, const LibraryStore &store);
    // A whole report to standard output (target "-") or, past OutputGuard and
    // atomically, to a file; returns the exit code.
    int writeReport(const QString &target, const QByteArray &report);
    static std::optional<qint64> wholeNumber(const QCommandLineParser &parser, const QString &option,
                                             qint64 min, qint64 max, QString *problem);
    static std::optional<double> seconds(const QCommandLineParser &parser, const QString &option, double min,
                                         double max, QString *problem);

    QTextStream m_out;
    QTextStream m_err;
};

} // namespace Gleaner
