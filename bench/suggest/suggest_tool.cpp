// Command-line front end for the recognizers, used by eval/recognizers/run.py and by hand.
// Same input and output as `gleaner suggest --batch IN.jsonl`:
//   suggest_tool --batch IN.jsonl|-        lines {"id","text","published"} -> {"id","suggestions":[...]}
//   suggest_tool [--published YYYY-MM-DD] [FILE|-]   one suggestion per line for a plain text
#include "suggest/recognizer.h"
#include "suggest/suggestionjson.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QStringList>

#include <cstdio>

using namespace Gleaner;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    bool batch = false;
    QString published;
    QString path = QStringLiteral("-");
    for (int i = 0; i < args.size(); ++i) {
        if (args[i] == QLatin1String("--batch"))
            batch = true;
        else if (args[i] == QLatin1String("--published") && i + 1 < args.size())
            published = args[++i];
        else
            path = args[i];
    }
    QFile in;
    if (path == QLatin1String("-")) {
        if (!in.open(stdin, QIODevice::ReadOnly)) {
            std::fprintf(stderr, "suggest_tool: cannot read standard input\n");
            return 1;
        }
    } else {
        in.setFileName(path);
        if (!in.open(QIODevice::ReadOnly)) {
            std::fprintf(stderr, "suggest_tool: cannot open %s: %s\n", qPrintable(path),
                         qPrintable(in.errorString()));
            return 1;
        }
    }
    QFile out;
    if (!out.open(stdout, QIODevice::WriteOnly))
        return 1;
    if (batch) {
        QString error;
        if (!SuggestionJson::runBatch(&in, &out, &error)) {
            out.flush();
            std::fprintf(stderr, "suggest_tool: %s\n", qPrintable(error));
            return 2;
        }
        return 0;
    }
    const QString text = QString::fromUtf8(in.readAll());
    const QVector<Suggestion> found = Recognizer::recognize(text, SuggestionJson::publishedDate(published));
    for (const Suggestion &s : found) {
        out.write(QJsonDocument(SuggestionJson::toJson(s)).toJson(QJsonDocument::Compact));
        out.write("\n");
    }
    return 0;
}
