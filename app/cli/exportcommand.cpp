// gleaner export
#include "cli/cliutil.h"
#include "cli/commandline.h"
#include "export/csvexporter.h"
#include "library/librarystore.h"

#include <QFile>

#include <cstdio>

namespace Gleaner {

int CommandLine::runExport(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOption(Cli::libraryOption());
    parser.addOption({QStringLiteral("csv"), tr("Write CSV to this file, or - for standard output."),
                      QStringLiteral("OUT")});
    parser.addOption(
        {QStringLiteral("article"), tr("Only this article's annotations."), QStringLiteral("ID")});
    parser.addOption({QStringLiteral("bom"), tr("Start with a UTF-8 byte order mark (for Excel).")});
    if (const int code = Cli::parse(parser, arguments,
                                    QStringLiteral("export --library LIB --csv OUT|- [--article ID] [--bom]"),
                                    m_out, m_err);
        code >= 0)
        return code;
    const QString libraryPath = parser.value(QStringLiteral("library"));
    if (libraryPath.isEmpty())
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
    if (out == QLatin1String("-")) {
        m_out.flush();
        QFile file;
        if (!file.open(stdout, QIODevice::WriteOnly))
            return error(tr("Cannot write to standard output."));
        if (!exporter.write(store, &file, options))
            return error(exporter.error());
        if (!file.flush())
            return error(tr("Could not write the CSV to standard output: %1.").arg(file.errorString()));
        return Success;
    }
    if (!exporter.writeFile(store, out, options))
        return error(exporter.error());
    return Success;
}

} // namespace Gleaner
