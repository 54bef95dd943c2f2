// gleaner annotate, gleaner delete: edits through the same LibraryDocument the window uses.
#include "cli/cliutil.h"
#include "cli/commandline.h"
#include "library/librarydocument.h"
#include "services/annotationtext.h"

#include <QFile>

#include <cstdio>
#include <limits>
#include <unistd.h>

namespace Gleaner {

int CommandLine::runAnnotate(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOption(Cli::libraryOption());
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
    if (const int code = Cli::parse(
            parser, arguments,
            QStringLiteral("annotate --library LIB --article ID --kind KIND --start S --end E [options]"),
            m_out, m_err);
        code >= 0)
        return code;
    const QString libraryPath = parser.value(QStringLiteral("library"));
    if (libraryPath.isEmpty())
        return error(tr("annotate needs --library LIB."), Usage);
    for (const char *required : {"article", "kind", "start", "end"}) {
        if (!parser.isSet(QLatin1String(required)))
            return error(tr("annotate needs --%1.").arg(QLatin1String(required)), Usage);
    }
    Annotation a;
    QString problem;
    const std::optional<qint64> article =
        wholeNumber(parser, QStringLiteral("article"), 1, std::numeric_limits<qint64>::max(), &problem);
    const std::optional<qint64> start =
        article ? wholeNumber(parser, QStringLiteral("start"), 0, std::numeric_limits<int>::max(), &problem)
                : std::nullopt;
    const std::optional<qint64> end =
        start ? wholeNumber(parser, QStringLiteral("end"), 1, std::numeric_limits<int>::max(), &problem)
              : std::nullopt;
    if (!end)
        return error(problem, Usage);
    a.articleId = *article;
    a.start = int(*start);
    a.end = int(*end);
    if (!kindFromName(parser.value(QStringLiteral("kind")), &a.kind))
        return error(tr("--kind must be pillar, amount, deadline or note."), Usage);
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
    const QString pillarName = parser.value(QStringLiteral("pillar")).simplified();
    if (a.kind == AnnotationKind::Pillar && pillarName.isEmpty())
        return error(tr("A pillar annotation needs --pillar NAME."), Usage);
    if (const QString kept = AnnotationText::keptByDay(a.due, a.precision, QLocale::c()); !kept.isEmpty()) {
        m_err << "gleaner: " << tr("note: %1").arg(kept) << '\n';
        a.precision = DatePrecision::Day;
    }

    LibraryDocument document;
    if (!openDocument(&document, libraryPath))
        return Failure;
    const std::optional<qint64> id = document.annotate(a, pillarName);
    if (!id)
        return error(document.errorMessage());
    m_out << *id << '\n';
    return Success;
}

int CommandLine::runDelete(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOption(Cli::libraryOption());
    parser.addOption(
        {QStringLiteral("article"), tr("The article to delete (see gleaner list)."), QStringLiteral("ID")});
    parser.addOption({QStringLiteral("yes"), tr("Delete without asking.")});
    if (const int code = Cli::parse(
            parser, arguments, QStringLiteral("delete --library LIB --article ID [--yes]"), m_out, m_err);
        code >= 0)
        return code;
    const QString libraryPath = parser.value(QStringLiteral("library"));
    if (libraryPath.isEmpty())
        return error(tr("delete needs --library LIB."), Usage);
    if (!parser.isSet(QStringLiteral("article")))
        return error(tr("delete needs --article ID."), Usage);
    QString problem;
    const std::optional<qint64> id =
        wholeNumber(parser, QStringLiteral("article"), 1, std::numeric_limits<qint64>::max(), &problem);
    if (!id)
        return error(problem, Usage);
    LibraryDocument document;
    if (!openDocument(&document, libraryPath))
        return Failure;
    const std::optional<Article> article = document.store()->article(*id);
    if (!article)
        return error(document.errorMessage());
    if (!parser.isSet(QStringLiteral("yes"))) {
        if (!::isatty(STDIN_FILENO))
            return error(tr("delete asks before deleting, and standard input is not a terminal; add --yes to "
                            "delete article %1 without asking.")
                             .arg(*id),
                         Usage);
        m_err << tr("Delete article %1 “%2” and its %n annotation(s)? [y/N] ", "", article->annotationCount)
                     .arg(*id)
                     .arg(article->title);
        m_err.flush();
        QFile in;
        in.open(stdin, QIODevice::ReadOnly);
        const QString answer = QString::fromLocal8Bit(in.readLine()).trimmed().toLower();
        if (answer != QLatin1String("y") && answer != QLatin1String("yes") && answer != tr("y"))
            return error(tr("Nothing was deleted."));
    }
    if (!document.deleteArticle(*id))
        return error(document.errorMessage());
    m_out << tr("Deleted article %1 “%2” and its %n annotation(s).", "", article->annotationCount)
                 .arg(*id)
                 .arg(article->title)
          << '\n';
    return Success;
}

} // namespace Gleaner
