// Throughput of both recognizers on one core: feeds news-like text through
// Recognizer::recognize and prints MB/s (UTF-8 bytes of input per second).
//   suggest_bench [FILE] [--mb N]    FILE: a text to repeat (default: a built-in news sample)
#include "suggest/recognizer.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QStringList>

#include <cstdio>

using namespace Gleaner;

namespace {

const char *const kSample =
    "Kitami Semiconductor said on Tuesday it will receive an additional \u00a5590 billion in government "
    "subsidies, bringing total state support to more than \u00a5920 billion by 2027. The company plans to "
    "hire "
    "1,200 engineers within 18 months and spend $2-3 billion next year on a 500-megawatt campus in Texas. "
    "Shares rose 8.5% after the announcement (NASDAQ: KTMI); the stock has gained about 160% this year. "
    "India's cabinet approved Rs 1.26 lakh crore for three plants that should start production in the second "
    "half of 2026, while the EU's \u20ac43 billion Chips Act aims to double market share by the end of the "
    "decade. Customers can call +1 800 555 0199 or update to iOS 17.5; Nvidia's H100 and GPT-4 were also "
    "mentioned in the filing, which was published on March 31, 2025 and revised in Q3 2025.\n";

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments().mid(1);
    double targetMb = 20.0;
    QString unit = QString::fromUtf8(kSample);
    for (int i = 0; i < args.size(); ++i) {
        if (args[i] == QLatin1String("--mb") && i + 1 < args.size()) {
            targetMb = args[++i].toDouble();
        } else {
            QFile f(args[i]);
            if (!f.open(QIODevice::ReadOnly)) {
                std::fprintf(stderr, "suggest_bench: cannot open %s\n", qPrintable(args[i]));
                return 1;
            }
            unit = QString::fromUtf8(f.readAll());
        }
    }
    // Articles of about 5 kB each, as the reader would pass them.
    QString article;
    while (article.size() < 5000)
        article += unit;
    const qint64 articleBytes = article.toUtf8().size();
    const qint64 target = qint64(targetMb * 1024 * 1024);
    const QDate published(2025, 6, 1);
    qint64 bytes = 0;
    qint64 found = 0;
    QElapsedTimer timer;
    timer.start();
    while (bytes < target) {
        found += Recognizer::recognize(article, published).size();
        bytes += articleBytes;
    }
    const double seconds = timer.nsecsElapsed() / 1e9;
    std::printf("suggest_bench: %.1f MB in %.3f s = %.2f MB/s (%lld suggestions)\n", bytes / 1048576.0,
                seconds, bytes / 1048576.0 / seconds, static_cast<long long>(found));
    return 0;
}
