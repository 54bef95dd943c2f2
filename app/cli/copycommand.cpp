// gleaner copy: a whole library between a file and a PostgreSQL server, in
// either direction (LibraryCopy).
#include "cli/cliutil.h"
#include "cli/commandline.h"
#include "library/librarycopy.h"
#include "library/librarystore.h"

namespace Gleaner {

int CommandLine::runCopy(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("from"),
                      tr("The library to copy: a file, or a PostgreSQL address (postgresql://host/db, "
                         "service=NAME)."),
                      QStringLiteral("SRC")});
    parser.addOption({QStringLiteral("to"),
                      tr("Where the copy goes: a new file, or a database on a server that holds no library "
                         "or an empty one."),
                      QStringLiteral("DST")});
    parser.addOption({QStringLiteral("quiet"), tr("Do not report progress.")});
    if (const int code =
            Cli::parse(parser, arguments, QStringLiteral("copy --from SRC --to DST"), m_out, m_err);
        code >= 0)
        return code;
    const QString from = parser.value(QStringLiteral("from"));
    const QString to = parser.value(QStringLiteral("to"));
    if (from.isEmpty() || to.isEmpty())
        return error(tr("copy needs --from SRC and --to DST."), Usage);
    LibraryStore source;
    if (!openLibrary(&source, from, false, true))
        return Failure;
    const bool quiet = parser.isSet(QStringLiteral("quiet"));
    int reported = -1;
    const LibraryCopy::Progress progress = [&](qint64 done, qint64 total) {
        const int percent = total > 0 ? int(done * 100 / total) : 100;
        if (quiet || percent / 10 == reported / 10)
            return;
        reported = percent;
        m_err << "gleaner: " << tr("copied %1 of %2 rows").arg(done).arg(total) << '\n';
        m_err.flush();
    };
    if (!LibraryCopy::copy(source, to, progress, nullptr, source.connection()))
        return error(source.lastError().message);
    LibraryStore copy;
    if (!openLibrary(&copy, to, false, true))
        return Failure;
    const std::optional<int> articles = copy.articleCount();
    const std::optional<LibraryStore::CheckReport> report = copy.check();
    if (!articles || !report)
        return error(copy.lastError().message);
    m_out << tr("copied %1 articles and %2 annotations to %3")
                 .arg(*articles)
                 .arg(report->annotations)
                 .arg(copy.path())
          << '\n';
    return Success;
}

} // namespace Gleaner
