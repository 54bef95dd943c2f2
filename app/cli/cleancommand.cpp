// gleaner clean
#include "cleaning/articlecleaner.h"
#include "cli/cliutil.h"
#include "cli/commandline.h"
#include "import/articleimporter.h"
#include "library/fileprobe.h"
#include "library/outputguard.h"

#include <QDir>
#include <QFileInfo>
#include <QSaveFile>
#include <QSet>
#include <QUrl>

namespace Gleaner {

namespace {
QJsonObject articleJson(const CleanedArticle &a)
{
    return {{QStringLiteral("title"), a.title},
            {QStringLiteral("byline"), Cli::stringOrNull(a.byline)},
            {QStringLiteral("published"), Cli::dateOrNull(a.published)},
            {QStringLiteral("site"), Cli::stringOrNull(a.site)},
            {QStringLiteral("description"), Cli::stringOrNull(a.description)},
            {QStringLiteral("language"), Cli::stringOrNull(a.language)},
            {QStringLiteral("url"), a.url.isValid() ? QJsonValue(a.url.toString()) : QJsonValue()},
            {QStringLiteral("text"), a.text},
            {QStringLiteral("html"), a.html}};
}

QString baseName(const QString &path)
{
    QString name = QFileInfo(path).fileName();
    const int dot = int(name.indexOf(QLatin1Char('.')));
    return dot > 0 ? name.left(dot) : name;
}

// Where each input's output goes: NAME.txt after the input's name up to its first
// dot; when two inputs would share that name, the later ones keep their whole
// file name ("notes.html.txt"), then a number ("notes-2.txt").
QStringList outputNames(const QStringList &inputs, const QString &extension)
{
    QStringList names;
    QSet<QString> taken;
    for (const QString &input : inputs) {
        QString name = baseName(input) + extension;
        if (taken.contains(name))
            name = QFileInfo(input).fileName() + extension;
        for (int n = 2; taken.contains(name); ++n)
            name = baseName(input) + QLatin1Char('-') + QString::number(n) + extension;
        taken.insert(name);
        names << name;
    }
    return names;
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
                                 tr("HTML or text file (.html.gz too), or - for standard input."),
                                 QStringLiteral("FILE|-"));
    if (const int code =
            Cli::parse(parser, arguments,
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
    const QString extension =
        format == QLatin1String("json") ? QStringLiteral(".json") : QStringLiteral(".txt");
    const QStringList targets = outputNames(files, extension);

    int failures = 0;
    for (int i = 0; i < files.size(); ++i) {
        const QString &name = files.at(i);
        QString target;
        if (!outDir.isEmpty()) {
            target = QDir(outDir).filePath(targets.at(i));
            // Checked before anything is read or written: an input is never replaced by its output.
            if (const QString problem = OutputGuard::problem(target, files); !problem.isEmpty()) {
                error(name + QLatin1String(": ") + problem);
                ++failures;
                continue;
            }
            if (targets.at(i) != baseName(name) + extension)
                m_err << "gleaner: "
                      << tr("note: %1 is written to %2, as another input takes the shorter name.")
                             .arg(name, target)
                      << '\n';
        }
        CleanInput input;
        QString readError;
        if (!ArticleImporter::readFile(name, &input.data, &readError)) {
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
            output = Cli::compact(articleJson(result.article)) + QLatin1Char('\n');
        else if (format == QLatin1String("html"))
            output = result.article.html + QLatin1Char('\n');
        else
            output = result.article.text + QLatin1Char('\n');
        if (outDir.isEmpty()) {
            m_out << output;
            continue;
        }
        QSaveFile file(target);
        if (!file.open(QIODevice::WriteOnly) || file.write(output.toUtf8()) < 0 || !file.commit()) {
            error(tr("Cannot write “%1”: %2.").arg(target, file.errorString()));
            ++failures;
        }
    }
    return failures > 0 ? Failure : Success;
}

} // namespace Gleaner
