#pragma once

#include <QStringList>
#include <QTextStream>

namespace Gleaner {

class LibraryStore;

// The `gleaner COMMAND ...` interface. Errors go to standard error prefixed
// "gleaner: "; exit status 0 on success, 1 on bad input or a failed operation,
// 2 on bad usage.
class CommandLine
{
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
    int runImport(const QStringList &arguments);
    int runAnnotate(const QStringList &arguments);
    int runList(const QStringList &arguments);
    int runShow(const QStringList &arguments);
    int runExport(const QStringList &arguments);
    int runCheck(const QStringList &arguments);
    int runClean(const QStringList &arguments);
    int runSuggest(const QStringList &arguments);
    int printHelp();

    int error(const QString &message, int code = Failure);
    bool openLibrary(LibraryStore *store, const QString &path, bool create, bool readOnly);

    QTextStream m_out;
    QTextStream m_err;
};

} // namespace Gleaner
