// Renders real screenshots of the running window for the README:
//   gleaner-screenshots OUT_DIR
// It creates a scratch library with the project's English and Japanese sample
// articles, tags pillars, amounts and deadlines the way a user would (accepting
// suggestions), and grabs: the main window (1440×900), a narrow window
// (1024×700) with find in the article, the dark reading theme, the findings
// panel of the sample, the pillars manager, and the Japanese UI on the
// Japanese article.
#include "annotationpanel.h"
#include "articleview.h"
#include "feeds/feedparser.h"
#include "feedsview.h"
#include "findbar.h"
#include "findingsview.h"
#include "guiapplication.h"
#include "mainwindow.h"
#include "pillarsdialog.h"
#include "readingstyle.h"

#include <QApplication>
#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QLineEdit>
#include <QStandardPaths>
#include <QStyleFactory>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace Gleaner;

namespace {
void settle()
{
    for (int i = 0; i < 5; ++i) {
        QCoreApplication::processEvents();
        QTest::qWait(30);
    }
}

void save(QWidget *widget, const QString &path)
{
    settle();
    if (!widget->grab().save(path))
        qWarning("could not write %s", qPrintable(path));
    else
        qInfo("wrote %s", qPrintable(path));
}

void tagSample(MainWindow &window, const QList<QPair<QString, QString>> &pillars)
{
    const QString text = window.articleView()->article().text;
    auto tagPillar = [&](const QString &phrase, const QString &pillar) {
        const int at = text.indexOf(phrase);
        if (at < 0)
            return;
        window.articleView()->selectRange(at, at + int(phrase.size()));
        window.tagSelectionAsPillar(pillar);
    };
    for (const auto &pillar : pillars)
        tagPillar(pillar.first, pillar.second);
    // Accept every amount and deadline Gleaner proposes.
    for (int guard = 0; guard < 40; ++guard) {
        int index = -1;
        const QVector<Proposal> &proposals = window.proposals();
        for (int i = 0; i < proposals.size(); ++i) {
            if (proposals.at(i).kind == Proposal::Kind::Amount ||
                proposals.at(i).kind == Proposal::Kind::Deadline) {
                index = i;
                break;
            }
        }
        if (index < 0 || !window.acceptProposal(index))
            break;
    }
    window.articleView()->moveCursor(QTextCursor::Start);
    // The panel from its top: pillars first, as a reader opening the article sees it.
    window.annotationPanel()->clearSelection();
    window.annotationPanel()->scrollToTop();
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Gleaner"));
    QApplication::setOrganizationName(QStringLiteral("Gleaner"));
    QStandardPaths::setTestModeEnabled(true);
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    const QString out = app.arguments().value(1, QStringLiteral("."));
    QDir().mkpath(out);
    QTemporaryDir scratch;
    const QString library = scratch.filePath(QStringLiteral("Sample.gleaner"));
    QString error;
    if (!ensureDefaultLibrary(library, &error)) {
        qCritical("%s", qPrintable(error));
        return 1;
    }

    const QList<QPair<QString, QString>> englishPillars{
        {QStringLiteral("Building Out AI Infrastructure"), QStringLiteral("AI Infrastructure")},
        {QStringLiteral("Hardening the Nation's Cybersecurity"), QStringLiteral("Cybersecurity")},
        {QStringLiteral("Developing Homegrown Talent"), QStringLiteral("Talent Development")}};
    {
        MainWindow window;
        window.resize(1440, 900);
        window.show();
        window.openLibrary(library);
        tagSample(window, englishPillars);
        save(&window, out + QStringLiteral("/main-window.png"));

        // The findings of the sample: the annotation panel on its own.
        save(window.panelDock(), out + QStringLiteral("/findings.png"));

        PillarsDialog pillars(window.document(), &window);
        pillars.show();
        save(&pillars, out + QStringLiteral("/pillars.png"));
        pillars.close();

        // A laptop-sized window, finding a word in the article.
        window.resize(1024, 700);
        settle();
        window.articleView()->setFocus();
        window.findBar()->open();
        window.findBar()->field()->setText(QStringLiteral("billion"));
        save(&window, out + QStringLiteral("/narrow.png"));
        window.findBar()->close();

        // The designed dark theme, as View ▸ Reading Settings chooses it.
        window.resize(1440, 900);
        ReadingStyle dark;
        dark.theme = ReadingStyle::Theme::Dark;
        window.applyReadingStyle(dark, false);
        save(&window, out + QStringLiteral("/dark.png"));
        window.applyReadingStyle(ReadingStyle{}, false);

        // The Findings tab: the commitments Gleaner proposes, accepted, with
        // their totals; then the timeline of their deadlines.
        window.tabs()->setCurrentIndex(1);
        FindingsView *findings = window.findingsView();
        findings->proposeForLibrary();
        findings->table()->selectAll();
        findings->acceptSelected();
        findings->setShow(FindingsView::Show::Commitments);
        findings->table()->resizeColumnsToContents();
        save(&window, out + QStringLiteral("/commitments.png"));
        findings->findChild<QTabWidget *>()->setCurrentIndex(1);
        save(&window, out + QStringLiteral("/timeline.png"));
        window.tabs()->setCurrentIndex(0);

        // The Feeds tab with the project's sample feed, stored as a refresh stores it.
        QFile sample(QStringLiteral(GLEANER_SOURCE_DIR "/resources/samples/sample-feed.xml"));
        if (sample.open(QIODevice::ReadOnly)) {
            const QUrl url(QStringLiteral("https://harborlight.example/feed/"));
            const ParsedFeed parsed = FeedParser::parse(sample.readAll(), url);
            LibraryStore *store = window.document()->store();
            Feed feed;
            feed.url = url;
            feed.title = parsed.title;
            feed.folder = QStringLiteral("Industry");
            const qint64 id = store->feeds().add(feed).value_or(0);
            const QDateTime now = QDateTime::currentDateTimeUtc();
            store->feeds().storeEntries(id, parsed.entries, now, QDateTime());
            store->feeds().recordCheck(id, now, QString(), QDateTime()); // not due: no network
            window.action(QStringLiteral("showFeeds"))->trigger();
            window.feedsView()->libraryChanged();
            window.feedsView()->selectFeed(id);
            window.feedsView()->itemList()->setFocus();
            save(&window, out + QStringLiteral("/feeds.png"));
            window.tabs()->setCurrentIndex(0);
        }
    }

    installTranslations(app, QStringLiteral("ja"));
    {
        MainWindow window;
        window.resize(1440, 900);
        window.show();
        window.openLibrary(library);
        // The project's Japanese article, tagged as a Japanese reader would.
        window.importFiles({QStringLiteral(GLEANER_SOURCE_DIR "/resources/samples/sample-article-ja.txt")});
        tagSample(window,
                  {{QStringLiteral("計算基盤の拡充"), QStringLiteral("計算基盤")},
                   {QStringLiteral("サイバーセキュリティの強化"), QStringLiteral("サイバーセキュリティ")},
                   {QStringLiteral("人材の育成"), QStringLiteral("人材育成")}});
        save(&window, out + QStringLiteral("/japanese.png"));
    }
    return 0;
}
