// The articles list of a large library: it loads a batch at a time, as the user
// scrolls to its end by keys, wheel or scroll bar, and a search runs once.
#include "articlelistmodel.h"
#include "articleview.h"
#include "mainwindow.h"
#include "testengine.h"
#include "testfiles.h"

#include "library/librarydocument.h"

#include "library/librarystore.h"

#include <QApplication>
#include <QInputMethodEvent>
#include <QLineEdit>
#include <QProcess>
#include <QScrollBar>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QWheelEvent>

using namespace Gleaner;

class TestArticleList : public QObject
{
    Q_OBJECT
private:
    static constexpr int kArticles = 450;
    static constexpr int kJapanese = 30;
    QTemporaryDir m_dir;
    QString m_library;
    MainWindow *m_window = nullptr;

    void search(const QString &text)
    {
        auto *box = m_window->findChild<QLineEdit *>(QStringLiteral("searchField"));
        QVERIFY(box);
        box->setFocus();
        box->selectAll();
        // As an input method commits what the user typed (Japanese included).
        QInputMethodEvent typed;
        typed.setCommitString(text);
        QApplication::sendEvent(box, &typed);
        QTRY_COMPARE(m_window->articleModel()->filter().search, text);
        QTest::qWait(50);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        GLEANER_REQUIRE_ENGINE();
        m_library = Gleaner::Test::newLibrary(m_dir, QStringLiteral("many.gleaner"));
        LibraryStore store;
        QVERIFY(store.open(m_library, {true, false, 1000}));
        if (!Gleaner::Test::onServer())
            QSqlQuery(store.database()).exec(QStringLiteral("PRAGMA synchronous = OFF")); // set-up only
        for (int i = 1; i <= kArticles; ++i) {
            Article a;
            a.title = QStringLiteral("Article %1").arg(i, 3, 10, QLatin1Char('0'));
            a.rawSource = "x";
            a.text = i % 15 == 0 ? QStringLiteral("政府は半導体に投資する計画を発表した。") // 30 of 450
                                 : QStringLiteral("A plain English article about cloud regions.");
            a.text += QStringLiteral(" Number %1.").arg(i);
            a.published = QDate(2026, 1, 1).addDays(i);
            QVERIFY2(store.addArticle(a), qPrintable(store.lastError().message));
        }
    }
    void init()
    {
        m_window = new MainWindow;
        m_window->resize(1200, 800);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window));
        QVERIFY(m_window->openLibrary(m_library));
        QTest::qWait(50);
    }
    void cleanup()
    {
        delete m_window;
        m_window = nullptr;
    }

    // Opening loads one batch only, and says how many articles there are.
    void opensWithOneBatch()
    {
        QCOMPARE(m_window->articleModel()->rowCount(), ArticleListModel::kBatchSize);
        QVERIFY(m_window->articleModel()->hasMore());
        QCOMPARE(m_window->articleModel()->totalCount(), kArticles);
    }

    // End on the list goes to the last loaded row, which loads the next batch;
    // pressing it again reaches the last article of the library.
    void endKeyLoadsTheRest()
    {
        QTreeView *list = m_window->articleList();
        list->setFocus();
        list->setCurrentIndex(m_window->articleModel()->index(0, 0));
        const qint64 first = m_window->articleModel()->articleIdAt(0);
        QTest::keyClick(list, Qt::Key_End);
        QTRY_COMPARE(m_window->articleModel()->rowCount(), 2 * ArticleListModel::kBatchSize);
        QTest::keyClick(list, Qt::Key_End);
        QTRY_COMPARE(m_window->articleModel()->rowCount(), kArticles);
        QVERIFY(!m_window->articleModel()->hasMore());
        QTest::keyClick(list, Qt::Key_End);
        QTest::qWait(20);
        // The oldest article (dates ascend with the number) is last in date order.
        const QModelIndex current = list->currentIndex();
        QCOMPARE(current.row(), kArticles - 1);
        QCOMPARE(current.siblingAtColumn(ArticleListModel::TitleColumn).data().toString(),
                 QStringLiteral("Article 001"));
        // The rows loaded on the way are the library's, each once, in order.
        QCOMPARE(m_window->articleModel()->articleIdAt(0), first);
        QSet<qint64> ids;
        for (int row = 0; row < kArticles; ++row)
            ids.insert(m_window->articleModel()->articleIdAt(row));
        QCOMPARE(int(ids.size()), kArticles);
    }

    // The wheel down the list, as a reader does, reaches every article of a search.
    void wheelLoadsTheRestOfASearch()
    {
        search(QStringLiteral("cloud"));
        QTreeView *list = m_window->articleList();
        QCOMPARE(m_window->articleModel()->rowCount(), ArticleListModel::kBatchSize);
        const int expected = kArticles - kJapanese;
        QScrollBar *bar = list->verticalScrollBar();
        for (int i = 0;
             i < 400 && (m_window->articleModel()->rowCount() < expected || bar->value() < bar->maximum());
             ++i) {
            const QPoint at = list->viewport()->rect().center();
            QWheelEvent wheel(at, list->viewport()->mapToGlobal(at), QPoint(), QPoint(0, -120), Qt::NoButton,
                              Qt::NoModifier, Qt::NoScrollPhase, false);
            QApplication::sendEvent(list->viewport(), &wheel);
            QCoreApplication::processEvents();
        }
        QCOMPARE(m_window->articleModel()->rowCount(), expected);
        QVERIFY(!m_window->articleModel()->hasMore());
        QCOMPARE(bar->value(), bar->maximum());
    }

    // A Japanese word inside a sentence finds its articles; the list is not loaded
    // further than the search's matches, and the status bar counts them.
    void japaneseSearchFindsItsArticles()
    {
        search(QStringLiteral("半導体"));
        QCOMPARE(m_window->articleModel()->rowCount(), kJapanese);
        QVERIFY(!m_window->articleModel()->hasMore());
        QVERIFY2(m_window->statusBar()->currentMessage().contains(QString::number(kJapanese)),
                 qPrintable(m_window->statusBar()->currentMessage()));
        search(QStringLiteral("投資"));
        QCOMPARE(m_window->articleModel()->rowCount(), kJapanese);
        search(QStringLiteral("投資 number"));
        QCOMPARE(m_window->articleModel()->rowCount(), kJapanese);
    }

    // Another program adds an article while the reader is far down the list and
    // has tagged something: the list keeps its place and its current article, the
    // new article appears, and Undo can no longer write over the other program.
    void outsideChangesKeepTheReadersPlace()
    {
        QTreeView *list = m_window->articleList();
        list->setFocus();
        list->setCurrentIndex(m_window->articleModel()->index(0, 0));
        QTest::keyClick(list, Qt::Key_End);
        QTest::keyClick(list, Qt::Key_End);
        QTRY_COMPARE(m_window->articleModel()->rowCount(), kArticles);
        list->setCurrentIndex(m_window->articleModel()->index(kArticles - 10, 0));
        const qint64 current = m_window->currentArticleId();
        QVERIFY(current > 0);
        const int scroll = list->verticalScrollBar()->value();
        QVERIFY(scroll > 0);
        m_window->articleView()->selectRange(0, 5);
        QVERIFY(m_window->tagSelectionAsPillar(QStringLiteral("Outside")));
        QVERIFY(m_window->document()->undoStack()->canUndo());

        QProcess cli;
        cli.start(QStringLiteral(GLEANER_BINARY), {QStringLiteral("import"), QStringLiteral("--library"),
                                                   m_library, Gleaner::Test::sampleArticlePath()});
        QVERIFY(cli.waitForFinished(30000));
        QCOMPARE(cli.exitStatus(), QProcess::NormalExit);
        QCOMPARE(cli.exitCode(), 0);
        QTRY_COMPARE_WITH_TIMEOUT(m_window->articleModel()->rowCount(), kArticles + 1, 15000);
        QCOMPARE(m_window->currentArticleId(), current);
        QCOMPARE(list->currentIndex().data(ArticleListModel::ArticleIdRole).toLongLong(), current);
        QVERIFY2(list->verticalScrollBar()->value() >= scroll - 2 * list->sizeHintForRow(0),
                 qPrintable(QStringLiteral("%1 vs %2").arg(list->verticalScrollBar()->value()).arg(scroll)));
        if (Gleaner::Test::onServer()) {
            // The server says what changed: a new article overtakes none of the
            // reader's steps, so the tag can still be undone.
            QVERIFY(m_window->document()->undoStack()->canUndo());
            m_window->action(QStringLiteral("undo"))->trigger();
            QCOMPARE(m_window->document()->store()->annotations(current)->size(), 0);
        } else {
            // A file does not: the history ends.
            QVERIFY(!m_window->document()->undoStack()->canUndo());
        }
        // Put the library back for the other tests.
        QVERIFY(m_window->document()->deleteArticle(m_window->articleModel()->articleIdAt(0)));
    }

    // Dragging the scroll bar's handle to the end loads the next batch.
    void scrollBarLoadsTheNextBatch()
    {
        QScrollBar *bar = m_window->articleList()->verticalScrollBar();
        QTRY_VERIFY(bar->maximum() > 0);
        bar->setValue(bar->maximum());
        QTRY_COMPARE(m_window->articleModel()->rowCount(), 2 * ArticleListModel::kBatchSize);
        QTRY_VERIFY(bar->value() < bar->maximum() - bar->pageStep()); // the new rows are below
        QCOMPARE(m_window->articleModel()->rowCount(), 2 * ArticleListModel::kBatchSize); // and no more
    }
};

QTEST_MAIN(TestArticleList)
#include "tst_articlelist.moc"
