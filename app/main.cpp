// The gleaner executable: the command line (no display needed) or the window.
#include "cli/commandline.h"
#include "guiapplication.h"

#include <QCoreApplication>

int main(int argc, char **argv)
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    if (Gleaner::CommandLine::isCommandLineMode(arguments)) {
        QCoreApplication app(argc, argv);
        QCoreApplication::setApplicationName(QStringLiteral("gleaner"));
        QCoreApplication::setOrganizationName(QStringLiteral("Gleaner"));
        QCoreApplication::setApplicationVersion(QStringLiteral(GLEANER_VERSION));
        return Gleaner::CommandLine().run(QCoreApplication::arguments());
    }
    return Gleaner::runGui(argc, argv);
}
