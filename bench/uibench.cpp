// Window responsiveness benchmark (issue "The reader and annotator window"), offscreen:
//
//   QT_QPA_PLATFORM=offscreen build/bench/ui_bench [--large LIBRARY]
//
// 1. showing a 10,000-word article with 500 annotations;
// 2. tagging a selection until it appears in the panel;
// 3. showing real articles: the seed sample (../shared/samples, when it is there)
//    and the project's English and Japanese samples, each cleaned and imported;
// 4. with --large (a library from library_bench --keep): searches for English and
//    Japanese words updating the list.
#include "annotationpanel.h"
#include "articlelistmodel.h"
#include "articleview.h"
#include "mainwindow.h"

#include "import/articleimporter.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QLineEdit>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <cstdio>

using namespace Gleaner;

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("large"), QStringLiteral("A large library for the search timing."),
                      QStringLiteral("LIBRARY")});
    parser.process(app);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("ui.gleaner"));
    qint64 articleId = 0;
    QVector<QPair<QString, qint64>> samples;
    {
        LibraryStore store;
        if (!store.open(path, {true, false, 1000}))
            return 1;
        Article a;
        a.title = QStringLiteral("A long article");
        a.rawSource = "x";
        QString text;
        QString html;
        int words = 0;
        int paragraph = 0;
        while (words < 10000) {
            QString p;
            for (int i = 0; i < 80; ++i, ++words)
                p += (i ? QStringLiteral(" ") : QString()) + QStringLiteral("word%1").arg(words % 97);
            p += QLatin1Char('.');
            if (!text.isEmpty())
                text += QStringLiteral("\n\n");
            const int start = int(text.size());
            text += p;
            html += QStringLiteral("<p>") + p + QStringLiteral("</p>");
            a.segmentsJson += (paragraph++ ? QStringLiteral(",") : QStringLiteral("[")) +
                              QStringLiteral("[1,%1,%2,0]").arg(start).arg(text.size());
        }
        a.segmentsJson += QLatin1Char(']');
        a.text = text;
        a.html = html;
        articleId = *store.addArticle(a);
        store.database().transaction();
        for (int i = 0; i < 500; ++i) {
            Annotation n;
            n.articleId = articleId;
            n.kind = i % 2 ? AnnotationKind::Amount : AnnotationKind::Note;
            n.start = (i * 131) % (int(text.size()) - 20);
            n.end = n.start + 12;
            if (n.kind == AnnotationKind::Amount) {
                n.amount = QStringLiteral("1000");
                n.unit = QStringLiteral("word");
            }
            store.addAnnotation(n);
        }
        store.database().commit();
        for (const char *file : {GLEANER_SOURCE_DIR "/../shared/samples/ai-news-microsoft-japan.txt",
                                 GLEANER_SOURCE_DIR "/resources/samples/sample-article.txt",
                                 GLEANER_SOURCE_DIR "/resources/samples/sample-article-ja.txt"}) {
            QFile sample(QString::fromUtf8(file));
            if (!sample.open(QIODevice::ReadOnly))
                continue;
            ImportSource source;
            source.data = sample.readAll();
            source.sourceName = QFileInfo(sample).fileName();
            source.format = CleanInput::Format::Text;
            const ImportOutcome outcome = ArticleImporter(&store).import(source, DuplicatePolicy::Skip);
            if (outcome.articleId > 0)
                samples << qMakePair(source.sourceName, outcome.articleId);
        }
    }
    MainWindow window;
    window.resize(1400, 900);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        return 1;
    window.openLibrary(path);
    QVector<double> shows;
    for (int i = 0; i < 5; ++i) {
        window.articleView()->clearArticle();
        QElapsedTimer timer;
        timer.start();
        window.showArticle(articleId);
        QCoreApplication::processEvents();
        shows << timer.nsecsElapsed() / 1e6;
    }
    std::sort(shows.begin(), shows.end());
    std::printf("show a 10,000-word article with 500 annotations: median %.1f ms (min %.1f, max %.1f)\n",
                shows.at(2), shows.first(), shows.last());

    for (const auto &sample : std::as_const(samples)) {
        QVector<double> times;
        for (int i = 0; i < 5; ++i) {
            window.articleView()->clearArticle();
            QElapsedTimer timer;
            timer.start();
            window.showArticle(sample.second);
            QCoreApplication::processEvents();
            times << timer.nsecsElapsed() / 1e6;
        }
        std::sort(times.begin(), times.end());
        std::printf("show %s: median %.1f ms (max %.1f)\n", qPrintable(sample.first), times.at(2),
                    times.last());
    }

    window.showArticle(articleId);
    QVector<double> tags;
    for (int i = 0; i < 10; ++i) {
        window.articleView()->selectRange(100 + i * 300, 110 + i * 300);
        QElapsedTimer timer;
        timer.start();
        window.tagSelectionAsPillar(QStringLiteral("Bench"));
        const qint64 id = window.annotationPanel()->currentAnnotationId();
        tags << timer.nsecsElapsed() / 1e6;
        if (id <= 0)
            return 1;
    }
    std::sort(tags.begin(), tags.end());
    std::printf("tag a selection until its row is in the panel: median %.1f ms (max %.1f)\n", tags.at(5),
                tags.last());

    const QString large = parser.value(QStringLiteral("large"));
    if (!large.isEmpty() && window.openLibrary(large)) {
        // Each query as the list shows it, then the median of five.
        auto timeSearches = [&window](const QStringList &queries, const char *label) {
            QVector<double> searches;
            for (const QString &query : queries) {
                QElapsedTimer timer;
                timer.start();
                window.articleModel()->setFilter({query, 0});
                QCoreApplication::processEvents();
                searches << timer.nsecsElapsed() / 1e6;
                std::printf("  \"%s\": %d articles, %.1f ms\n", qPrintable(query),
                            window.articleModel()->totalCount(), searches.last());
            }
            std::sort(searches.begin(), searches.end());
            std::printf("%s search updating the list: median %.1f ms (max %.1f)\n", label,
                        searches.at(searches.size() / 2), searches.last());
        };
        // Words of the library's own first article, from frequent to rare.
        const QStringList words = window.document()->store()->article(1).value_or(Article{}).text.split(
            QLatin1Char(' '), Qt::SkipEmptyParts);
        QStringList english;
        for (int at : {3, 40, 120, 300, 600})
            english << words.value(at).remove(QLatin1Char('.'));
        timeSearches(english, "English");
        // Japanese words (library_bench makes one article in ten Japanese): through
        // the three-character index, and a two-character word through its runs.
        timeSearches({QStringLiteral("人工知能"), QStringLiteral("データセンター"),
                      QStringLiteral("安全保障"), QStringLiteral("半導体"), QStringLiteral("投資")},
                     "Japanese");
        window.openLibrary(path); // from another library, as a user switches
        QElapsedTimer timer;
        timer.start();
        window.openLibrary(large);
        QCoreApplication::processEvents();
        std::printf("open the large library in the window: %.1f ms\n", timer.nsecsElapsed() / 1e6);
    }
    return 0;
}
