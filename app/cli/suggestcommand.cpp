// gleaner suggest
#include "cli/cliutil.h"
#include "cli/commandline.h"
#include "import/articleimporter.h"
#include "suggest/recognizer.h"
#include "suggest/suggestionjson.h"

#include <QFile>

namespace Gleaner {

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
    if (const int code = Cli::parse(parser, arguments,
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
        if (!out.open(stdout, QIODevice::WriteOnly))
            return error(tr("Cannot write to standard output."));
        QString batchError;
        if (!SuggestionJson::runBatch(&in, &out, &batchError))
            return error(name + QLatin1String(": ") + batchError);
        if (!out.flush())
            return error(tr("Could not write the output: %1.").arg(out.errorString()));
        return Success;
    }
    const QStringList files = parser.positionalArguments();
    if (files.size() > 1)
        return error(tr("suggest takes one FILE."), Usage);
    QByteArray data;
    QString readError;
    if (!ArticleImporter::readFile(files.value(0, QStringLiteral("-")), &data, &readError))
        return error(readError);
    for (const Suggestion &s : Recognizer::recognize(QString::fromUtf8(data), published))
        m_out << Cli::compact(SuggestionJson::toJson(s)) << '\n';
    return Success;
}

} // namespace Gleaner
