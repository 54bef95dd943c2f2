// cleaner_bench: runs the cleaning engine over files, the way `gleaner clean --out-dir`
// does, and reports the time spent (one thread, reading excluded, parsing included).
//
//   cleaner_bench --out-dir DIR [--format text|json] [--repeat N] FILE...
//
// Writes DIR/<file name without its extensions>.txt|.json for each input (.html,
// .html.gz or text) and prints "pages N total_ms T mean_ms M" on standard error.
#include "cleaning/articlecleaner.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTextStream>

using namespace Gleaner;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    QString outDir;
    QString format = QStringLiteral("text");
    int repeat = 1;
    QStringList files;
    QTextStream err(stderr);
    for (int i = 0; i < args.size(); ++i) {
        const QString a = args.at(i);
        if (a == QLatin1String("--out-dir") && i + 1 < args.size()) {
            outDir = args.at(++i);
        } else if (a == QLatin1String("--format") && i + 1 < args.size()) {
            format = args.at(++i);
        } else if (a == QLatin1String("--repeat") && i + 1 < args.size()) {
            repeat = qMax(1, args.at(++i).toInt());
        } else {
            files << a;
        }
    }
    if (files.isEmpty() || (format != QLatin1String("text") && format != QLatin1String("json"))) {
        err << "usage: cleaner_bench --out-dir DIR [--format text|json] [--repeat N] FILE...\n";
        return 2;
    }
    if (!outDir.isEmpty())
        QDir().mkpath(outDir);
    qint64 totalNs = 0;
    int pages = 0;
    int failures = 0;
    for (const QString &path : files) {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly)) {
            err << path << ": cannot read: " << f.errorString() << "\n";
            ++failures;
            continue;
        }
        CleanInput input;
        input.data = f.readAll();
        CleanResult result;
        for (int r = 0; r < repeat; ++r) {
            QElapsedTimer timer;
            timer.start();
            result = ArticleCleaner::clean(input);
            totalNs += timer.nsecsElapsed();
            ++pages;
        }
        if (!result.ok())
            err << path << ": " << result.error << "\n";
        if (outDir.isEmpty())
            continue;
        const QString base = QFileInfo(path).fileName().section(QLatin1Char('.'), 0, 0);
        QFile out(QDir(outDir).filePath(
            base + (format == QLatin1String("json") ? QLatin1String(".json") : QLatin1String(".txt"))));
        if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
            err << out.fileName() << ": cannot write: " << out.errorString() << "\n";
            ++failures;
            continue;
        }
        out.write(format == QLatin1String("json") ? ArticleCleaner::toJson(result.article)
                                                  : result.article.text.toUtf8());
    }
    err << "pages " << pages << " total_ms " << double(totalNs) / 1e6 << " mean_ms "
        << (pages ? double(totalNs) / 1e6 / pages : 0.0) << "\n";
    return failures ? 1 : 0;
}
