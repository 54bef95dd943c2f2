// The window where users lost or saw the wrong thing: drags inside the window,
// deleting articles, tagging twice, edits that change nothing, changes made by
// another program, a new library after an old one, page text that looks like
// markup, a damaged library, due dates that are not the end of their period.
#include "annotationpanel.h"
#include "articlelistmodel.h"
#include "articleview.h"
#include "backgroundtask.h"
#include "damage.h"
#include "library/libraryheader.h"
#include "mainwindow.h"
#include "oldlibrary.h"
#include "testlibrary.h"
#include "windowtest.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QDrag>
#include <QElapsedTimer>
#include <QFrame>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QMimeData>
#include <QProcess>
#include <QProgressDialog>
#include <QPushButton>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTimer>
#include <QTreeView>
#include <QTreeWidget>

using namespace Gleaner;
using Gleaner::Test::whenModal;

class TestWindowTrust : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    MainWindow *m_window = nullptr;
    QString m_path;
    int m_counter = 0;
    QStringList m_nextFiles;
    QStringList m_suggested; // what each file dialog proposed
    QStringList m_questions;
    bool m_answer = true;

    void newLibraryWithSample()
    {
        m_path = m_dir.filePath(QStringLiteral("trust-%1.gleaner").arg(++m_counter));
        QVERIFY(m_window->openLibrary(m_path, true));
        QVERIFY(m_window->importFiles({Gleaner::Test::sampleArticlePath()}));
        QVERIFY(m_window->currentArticleId() > 0);
    }
    void selectText(const QString &phrase)
    {
        const QString text = m_window->articleView()->article().text;
        const int at = int(text.indexOf(phrase));
        QVERIFY2(at >= 0, qPrintable(phrase));
        m_window->articleView()->selectRange(at, at + int(phrase.size()));
        m_window->articleView()->setFocus();
    }
    int annotationCount() const
    {
        return int(m_window->document()->store()->annotations(m_window->currentArticleId())->size());
    }
    int gleaner(const QStringList &args)
    {
        QProcess process;
        process.start(QStringLiteral(GLEANER_BINARY), args);
        // A binary that did not start, crashed or hung is no exit code 0.
        if (!process.waitForFinished(30000) || process.exitStatus() != QProcess::NormalExit)
            return -1;
        return process.exitCode();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }
    void init()
    {
        m_window = new MainWindow;
        m_window->setFileChooser(
            [this](MainWindow::FileRequest, const QString &, const QString &suggested, const QString &) {
                m_suggested << suggested;
                return std::exchange(m_nextFiles, {});
            });
        m_window->setConfirmer([this](const QString &question) {
            m_questions << question;
            return m_answer;
        });
        m_window->resize(1200, 800);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window));
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window));
    }
    void cleanup()
    {
        delete m_window;
        m_window = nullptr;
        m_questions.clear();
        m_suggested.clear();
        m_answer = true;
    }
    void dragInsideTheWindowImportsNothing();
    void deleteArticleAsksAndUndoes();
    void taggingTwiceSaysSo();
    void editThatChangesNothingIsNoUndoStep();
    void changesFromTheCommandLineAppear();
    void newLibraryShowsNothingOfTheOld();
    void pageTextIsNeverMarkup();
    void damagedLibraryOpensReadOnlyAndRecovers();
    void dueDateEditKeepsTheDayVisibly();
    void openingTheOpenLibraryKeepsIt();
    void oldLibraryUpgradesWithProgress();
    void longWorkShowsProgressAndStops();
    void dialogsStartWhereTheLibraryIs();
    void articleExportsNeverReplaceTheLibrary();
};

void TestWindowTrust::dragInsideTheWindowImportsNothing()
{
    // The offscreen platform has no drag and drop: CTest runs this test under Xvfb.
    if (QGuiApplication::platformName() == QLatin1String("offscreen"))
        QSKIP("drag and drop needs a display server (xvfb-run)");
    newLibraryWithSample();
    ArticleView *view = m_window->articleView();
    selectText(QStringLiteral("Developing Homegrown Talent"));
    const QTextCursor selection = view->textCursor();
    QTextCursor middle(view->document());
    middle.setPosition((selection.selectionStart() + selection.selectionEnd()) / 2);
    view->ensureCursorVisible();
    const QPoint from = view->cursorRect(middle).center();
    const QPoint to = m_window->articleList()->viewport()->rect().center();
    // Whether the drag really started and reached the window.
    struct DropWatch : QObject
    {
        int enters = 0;
        int drops = 0;
        bool eventFilter(QObject *, QEvent *event) override
        {
            enters += event->type() == QEvent::DragEnter;
            drops += event->type() == QEvent::Drop;
            return false;
        }
    } watch;
    m_window->installEventFilter(&watch);
    // Real pointer events from the X server (Qt's own drag loop reads those, not
    // synthesized ones): press on the selection, carry it over the list, let go.
    const QString xdotool = QStandardPaths::findExecutable(QStringLiteral("xdotool"));
    if (xdotool.isEmpty())
        QFAIL("xdotool is needed to drag under Xvfb (scripts/bootstrap.sh installs it)");
    const QPoint start = view->viewport()->mapToGlobal(from);
    const QPoint end = m_window->articleList()->viewport()->mapToGlobal(to);
    auto at = [](const QPoint &p) {
        return QStringList{QString::number(p.x()), QString::number(p.y())};
    };
    QProcess pointer;
    pointer.start(xdotool, QStringList{QStringLiteral("mousemove"), QStringLiteral("--sync")} + at(start) +
                               QStringList{QStringLiteral("mousedown"), QStringLiteral("1"),
                                           QStringLiteral("mousemove"), QStringLiteral("--sync")} +
                               at(start + QPoint(QApplication::startDragDistance() + 20, 0)) +
                               QStringList{QStringLiteral("sleep"), QStringLiteral("0.3"),
                                           QStringLiteral("mousemove"), QStringLiteral("--sync")} +
                               at(end) +
                               QStringList{QStringLiteral("sleep"), QStringLiteral("0.2"),
                                           QStringLiteral("mousemove"), QStringLiteral("--sync")} +
                               at(end + QPoint(5, 5)) +
                               QStringList{QStringLiteral("sleep"), QStringLiteral("0.2"),
                                           QStringLiteral("mouseup"), QStringLiteral("1")});
    // The drag reached the window, which refused it: it is no import, so it
    // never becomes a drop.
    QTRY_VERIFY_WITH_TIMEOUT(watch.enters > 0, 5000);
    QTRY_VERIFY_WITH_TIMEOUT(pointer.state() == QProcess::NotRunning, 10000);
    QCOMPARE(pointer.exitCode(), 0);
    QTest::qWait(100);
    QCOMPARE(watch.drops, 0);
    m_window->removeEventFilter(&watch);
    QCOMPARE(m_window->articleModel()->rowCount(), 1);
    QCOMPARE(m_window->document()->store()->articleCount().value_or(-1), 1);
}

void TestWindowTrust::deleteArticleAsksAndUndoes()
{
    newLibraryWithSample();
    const qint64 id = m_window->currentArticleId();
    QVERIFY(m_window->acceptProposal(0));
    QTreeView *list = m_window->articleList();
    list->setCurrentIndex(m_window->articleModel()->index(0, 0));
    list->setFocus();
    // Saying no keeps it.
    m_answer = false;
    QTest::keyClick(list, Qt::Key_Delete);
    QCOMPARE(m_questions.size(), 1);
    QVERIFY(m_questions.first().contains(QStringLiteral("1 annotation")));
    QVERIFY(m_window->document()->store()->article(id));
    // Saying yes deletes it, with its annotations; the view empties.
    m_answer = true;
    QTest::keyClick(list, Qt::Key_Delete);
    QVERIFY(!m_window->document()->store()->article(id));
    QCOMPARE(m_window->articleModel()->rowCount(), 0);
    QCOMPARE(m_window->currentArticleId(), 0);
    // Undo brings it back, with the annotation.
    m_window->action(QStringLiteral("undo"))->trigger();
    QVERIFY(m_window->document()->store()->article(id));
    QCOMPARE(m_window->document()->store()->article(id)->annotationCount, 1);
    QCOMPARE(m_window->articleModel()->rowCount(), 1);
    // The list's context menu offers it too.
    bool offered = false;
    whenModal<QMenu>([&offered](QMenu *menu) {
        for (QAction *a : menu->actions())
            offered = offered || a->objectName() == QLatin1String("deleteArticle");
        menu->close();
    });
    Q_EMIT list->customContextMenuRequested(list->visualRect(m_window->articleModel()->index(0, 0)).center());
    QTRY_VERIFY(offered);
}

void TestWindowTrust::taggingTwiceSaysSo()
{
    newLibraryWithSample();
    QVERIFY(m_window->document()->addPillar(QStringLiteral("Talent & Skills")));
    selectText(QStringLiteral("Developing Homegrown Talent"));
    QTest::keyClick(m_window->articleView(), Qt::Key_1);
    QCOMPARE(annotationCount(), 1);
    const int steps = m_window->document()->undoStack()->count();
    selectText(QStringLiteral("Developing Homegrown Talent"));
    QTest::keyClick(m_window->articleView(), Qt::Key_1);
    QCOMPARE(annotationCount(), 1);
    QCOMPARE(m_window->document()->undoStack()->count(), steps);
    QVERIFY2(m_window->lastMessage().contains(QStringLiteral("already tagged")),
             qPrintable(m_window->lastMessage()));
    QVERIFY(!m_window->lastMessageBox() ||
            !m_window->lastMessageBox()->isVisible()); // a remark, not an error
}

void TestWindowTrust::editThatChangesNothingIsNoUndoStep()
{
    newLibraryWithSample();
    QVERIFY(m_window->acceptProposal(0));
    const int steps = m_window->document()->undoStack()->count();
    AnnotationPanel *panel = m_window->annotationPanel();
    const qint64 id = m_window->document()->store()->annotations(m_window->currentArticleId())->first().id;
    QTreeWidgetItem *item = panel->itemForAnnotation(id);
    item->setText(AnnotationPanel::ValueColumn, item->text(AnnotationPanel::ValueColumn));
    item = panel->itemForAnnotation(id);
    item->setText(AnnotationPanel::NoteColumn, item->text(AnnotationPanel::NoteColumn));
    QCOMPARE(m_window->document()->undoStack()->count(), steps);
}

void TestWindowTrust::changesFromTheCommandLineAppear()
{
    newLibraryWithSample();
    const qint64 article = m_window->currentArticleId();
    const QString other = m_dir.filePath(QStringLiteral("other.txt"));
    QFile f(other);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("Another story\n\nHarbor Cloud will invest $2 billion in Kenya by 2029, the company said.\n");
    f.close();
    QCOMPARE(gleaner({QStringLiteral("import"), QStringLiteral("--library"), m_path, other}), 0);
    QCOMPARE(
        gleaner({QStringLiteral("annotate"), QStringLiteral("--library"), m_path, QStringLiteral("--article"),
                 QString::number(article), QStringLiteral("--kind"), QStringLiteral("note"),
                 QStringLiteral("--start"), QStringLiteral("0"), QStringLiteral("--end"), QStringLiteral("9"),
                 QStringLiteral("--note"), QStringLiteral("from the shell")}),
        0);
    // Within a few seconds, without a restart.
    QTRY_COMPARE_WITH_TIMEOUT(m_window->articleModel()->rowCount(), 2, 15000);
    QTRY_COMPARE_WITH_TIMEOUT(annotationCount(), 1, 15000);
    QVERIFY(m_window->annotationPanel()->itemForAnnotation(
        m_window->document()->store()->annotations(article)->first().id));
    QCOMPARE(m_window->currentArticleId(), article);
    // An article deleted elsewhere leaves the view.
    QCOMPARE(gleaner({QStringLiteral("delete"), QStringLiteral("--library"), m_path,
                      QStringLiteral("--article"), QString::number(article), QStringLiteral("--yes")}),
             0);
    QTRY_VERIFY_WITH_TIMEOUT(m_window->currentArticleId() != article, 15000);
    QTRY_COMPARE_WITH_TIMEOUT(m_window->articleModel()->rowCount(), 1, 15000);
}

void TestWindowTrust::newLibraryShowsNothingOfTheOld()
{
    newLibraryWithSample();
    QVERIFY(m_window->acceptProposal(0));
    AnnotationPanel *panel = m_window->annotationPanel();
    QVERIFY(panel->sectionItem(AnnotationPanel::SuggestionSection)->childCount() > 0);
    const QString empty = m_dir.filePath(QStringLiteral("empty-%1.gleaner").arg(++m_counter));
    m_nextFiles = {empty};
    m_window->action(QStringLiteral("newLibrary"))->trigger();
    QCOMPARE(m_window->document()->store()->path(), empty);
    for (int s = 0; s < AnnotationPanel::SectionCount; ++s)
        QCOMPARE(panel->sectionItem(AnnotationPanel::Section(s))->childCount(), 0);
    QCOMPARE(m_window->articleView()->toPlainText().trimmed(), QString());
    QVERIFY(m_window->proposals().isEmpty());
}

void TestWindowTrust::pageTextIsNeverMarkup()
{
    m_path = m_dir.filePath(QStringLiteral("markup-%1.gleaner").arg(++m_counter));
    QVERIFY(m_window->openLibrary(m_path, true));
    const QByteArray text = "<img src=file:///etc/hostname width=30000 height=30000> Harbor <b>Cloud</b>\n\n"
                            "Harbor Cloud will invest $4 billion <img src=file:///etc/hostname width=30000 "
                            "height=30000> in Kenya by 2029, the company said on Monday.\n";
    QVERIFY(m_window->importData(text, CleanInput::Format::Text, SourceKind::Paste, QString()));
    const QString articleText = m_window->articleView()->article().text;
    const int at = int(articleText.indexOf(QStringLiteral("<img")));
    QVERIFY(at >= 0);
    Annotation a;
    a.articleId = m_window->currentArticleId();
    a.kind = AnnotationKind::Note;
    a.start = at;
    a.end = int(articleText.indexOf(QLatin1Char('>'), at)) + 1;
    a.note = QStringLiteral("<img src=file:///etc/hostname width=30000 height=30000>");
    const auto id = m_window->document()->annotate(a);
    QVERIFY(id);
    // The quote's tool tip shows the characters, escaped, never an image.
    const QString tip =
        m_window->annotationPanel()->itemForAnnotation(*id)->toolTip(AnnotationPanel::QuoteColumn);
    QVERIFY2(tip.contains(QStringLiteral("&lt;img")) && !tip.contains(QStringLiteral("<img")),
             qPrintable(tip));
    // The list's tool tip for the title likewise.
    const QString titleTip =
        m_window->articleModel()->data(m_window->articleModel()->index(0, 0), Qt::ToolTipRole).toString();
    QVERIFY(!titleTip.contains(QStringLiteral("<img")));
    // The same page again: the question quotes the title as plain text.
    Qt::TextFormat format = Qt::RichText;
    whenModal<QMessageBox>([&format](QMessageBox *box) {
        format = box->textFormat();
        box->reject();
    });
    m_window->importData(text, CleanInput::Format::Text, SourceKind::Paste, QString());
    QCOMPARE(format, Qt::PlainText);
    m_window->showError(QStringLiteral("<img src=x> is a title"));
    QCOMPARE(m_window->lastMessageBox()->textFormat(), Qt::PlainText);
}

void TestWindowTrust::damagedLibraryOpensReadOnlyAndRecovers()
{
    const QString lib = m_dir.filePath(QStringLiteral("damaged-window.gleaner"));
    QCOMPARE(gleaner({QStringLiteral("import"), QStringLiteral("--library"), lib,
                      Gleaner::Test::sampleArticlePath()}),
             0);
    for (int i = 0; i < 20; ++i)
        QCOMPARE(gleaner({QStringLiteral("annotate"), QStringLiteral("--library"), lib,
                          QStringLiteral("--article"), QStringLiteral("1"), QStringLiteral("--kind"),
                          QStringLiteral("note"), QStringLiteral("--start"), QString::number(i),
                          QStringLiteral("--end"), QString::number(i + 4), QStringLiteral("--note"),
                          QStringLiteral("a long note to fill pages %1 ").arg(i).repeated(10)}),
                 0);
    QVERIFY(Gleaner::Test::damageLeafPage(lib, "annotations", 0) > 0);
    QFile file(lib);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray before = file.readAll();
    file.close();
    QVERIFY(m_window->openLibrary(lib));
    QVERIFY(m_window->damageBar()->isVisible());
    QVERIFY(m_window->windowTitle().contains(QStringLiteral("damaged")));
    QVERIFY(!m_window->action(QStringLiteral("tagPillar"))->isEnabled());
    QVERIFY(!m_window->action(QStringLiteral("importFile"))->isEnabled());
    QVERIFY(m_window->action(QStringLiteral("saveRecoveredCopy"))->isEnabled());
    const QString rescued = m_dir.filePath(QStringLiteral("rescued-window.gleaner"));
    m_nextFiles = {rescued};
    m_window->damageBar()->findChild<QPushButton *>(QStringLiteral("recoverButton"))->click();
    QTRY_VERIFY(QFile::exists(rescued));
    QVERIFY2(m_window->lastMessage().contains(QStringLiteral("kept")), qPrintable(m_window->lastMessage()));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), before); // nothing was written to the damaged file
    file.close();
    QVERIFY(m_window->openLibrary(rescued));
    QVERIFY(!m_window->damageBar()->isVisible());
    QVERIFY(m_window->action(QStringLiteral("tagPillar"))->isEnabled());
}

void TestWindowTrust::dueDateEditKeepsTheDayVisibly()
{
    newLibraryWithSample();
    Annotation d;
    d.articleId = m_window->currentArticleId();
    d.kind = AnnotationKind::Deadline;
    d.start = 0;
    d.end = 8;
    d.due = QDate(2029, 12, 31);
    d.precision = DatePrecision::Year;
    const auto id = m_window->document()->annotate(d);
    QVERIFY(id);
    QTreeWidgetItem *item = m_window->annotationPanel()->itemForAnnotation(*id);
    item->setText(AnnotationPanel::ValueColumn, QStringLiteral("2029-06-15"));
    const Annotation saved = *m_window->document()->store()->annotation(*id);
    QCOMPARE(saved.due, QDate(2029, 6, 15));
    QCOMPARE(saved.precision, DatePrecision::Day);
    QVERIFY(m_window->lastMessage().contains(QStringLiteral("kept by day")));
    QCOMPARE(m_window->annotationPanel()->itemForAnnotation(*id)->text(AnnotationPanel::UnitColumn),
             QStringLiteral("day"));
}

void TestWindowTrust::openingTheOpenLibraryKeepsIt()
{
    newLibraryWithSample();
    LibraryDocument *document = m_window->document();
    QVERIFY(m_window->acceptProposal(0));
    const int steps = document->undoStack()->count();
    auto *recent = m_window->findChild<QMenu *>(QStringLiteral("recentMenu"));
    recent->actions().value(0)->trigger();
    QCOMPARE(m_window->document(), document); // the same open library, its undo history kept
    QCOMPARE(document->undoStack()->count(), steps);
    QVERIFY(m_window->lastMessage().contains(QStringLiteral("already open")));
}

// A library from an older Gleaner is upgraded off the GUI thread with a progress
// dialog: Cancel leaves the file exactly as it was and the open library open;
// letting it run upgrades it, and Japanese search works in it.
void TestWindowTrust::oldLibraryUpgradesWithProgress()
{
    newLibraryWithSample();
    const QString before = m_path;
    const QString old =
        Gleaner::Test::formatThreeLibrary(m_dir.filePath(QStringLiteral("old.gleaner")), 3000, 300);
    QVERIFY(!old.isEmpty());
    const QByteArray hash = Gleaner::Test::fileHash(old);
    bool sawProgress = false;
    bool windowResponded = false;
    whenModal<QProgressDialog>([&](QProgressDialog *progress) {
        sawProgress = true;
        // The window still paints and handles events while the worker runs.
        QCoreApplication::processEvents();
        windowResponded = m_window->isVisible();
        auto *cancel = progress->findChild<QPushButton *>();
        QVERIFY(cancel);
        QTest::mouseClick(cancel, Qt::LeftButton);
    });
    QVERIFY(!m_window->openLibrary(old));
    QVERIFY(sawProgress);
    QVERIFY(windowResponded);
    QVERIFY2(m_window->lastMessage().contains(QStringLiteral("stopped")),
             qPrintable(m_window->lastMessage()));
    QCOMPARE(Gleaner::Test::fileHash(old), hash); // byte for byte
    QVERIFY(!QFile::exists(old + QStringLiteral("-wal")));
    QCOMPARE(m_window->document()->store()->path(), before); // the open library stays open
    if (m_window->lastMessageBox())
        m_window->lastMessageBox()->close();

    QElapsedTimer timer;
    timer.start();
    QVERIFY(m_window->openLibrary(old));
    qInfo("upgrade of 3,000 articles in the window: %lld ms", timer.elapsed());
    QCOMPARE(LibraryHeader::read(old).userVersion, LibraryStore::kSchemaVersion);
    m_window->articleModel()->setFilter({QStringLiteral("人材育成"), 0});
    QCOMPARE(m_window->articleModel()->rowCount(), ArticleListModel::kBatchSize);
    QVERIFY(m_window->articleModel()->hasMore());
    m_window->articleModel()->setFilter({QStringLiteral("投資 Story"), 0});
    QVERIFY(m_window->articleModel()->rowCount() > 0);
}

// What every long task of the window shares (import cleaning, CSV export,
// upgrade, recovery): past half a second a progress dialog shows, with Cancel,
// whether or not the work knows how far it is; the window keeps handling events;
// Cancel reaches the work, which stops.
void TestWindowTrust::longWorkShowsProgressAndStops()
{
    for (const bool knowsProgress : {false, true}) {
        bool sawDialog = false;
        int shownMaximum = -1;
        whenModal<QProgressDialog>([&](QProgressDialog *progress) {
            sawDialog = true;
            QTest::qWait(250); // the window goes on; the dialog follows the work's percent
            shownMaximum = progress->maximum();
            QTest::mouseClick(progress->findChild<QPushButton *>(), Qt::LeftButton);
        });
        bool cancelled = false;
        QElapsedTimer timer;
        timer.start();
        const int steps = runInBackground<int>(
            m_window, QStringLiteral("Working…"),
            [knowsProgress](std::atomic_bool *cancel, std::atomic_int *percent) {
                int step = 0;
                for (; step < 2000 && !*cancel; ++step) { // at most 20 s
                    if (knowsProgress)
                        *percent = step / 20;
                    QThread::msleep(10);
                }
                return step;
            },
            &cancelled);
        QVERIFY(sawDialog);
        QVERIFY(cancelled);
        QVERIFY2(steps < 2000 && timer.elapsed() < 10000, qPrintable(QString::number(steps)));
        QCOMPARE(shownMaximum, knowsProgress ? 100 : 0); // a percentage, or a busy indicator
    }
}

// Save dialogs propose the library's folder and a name from the library or the
// article; Open Recent names each library and shows its full path as a tool tip.
void TestWindowTrust::dialogsStartWhereTheLibraryIs()
{
    newLibraryWithSample();
    const QFileInfo library(m_path);
    whenModal<QMessageBox>([](QMessageBox *box) {
        for (QAbstractButton *button : box->buttons()) {
            if (button->text().contains(QStringLiteral("Whole")))
                button->click();
        }
    });
    m_window->action(QStringLiteral("exportCsv"))->trigger();
    QCOMPARE(m_suggested.value(0),
             library.absolutePath() + QLatin1Char('/') + library.completeBaseName() + QStringLiteral(".csv"));
    m_window->action(QStringLiteral("exportMarkdown"))->trigger();
    QCOMPARE(m_suggested.value(1),
             library.absolutePath() +
                 QStringLiteral("/Northwind Cloud Bets $6.5 Billion on Canada's AI Future.md"));
    m_window->action(QStringLiteral("exportPdf"))->trigger();
    QVERIFY(m_suggested.value(2).endsWith(QStringLiteral("AI Future.pdf")));
    m_window->action(QStringLiteral("newLibrary"))->trigger();
    m_window->action(QStringLiteral("openLibrary"))->trigger();
    m_window->action(QStringLiteral("saveLibraryAs"))->trigger();
    QCOMPARE(m_suggested.size(), 6);
    for (const QString &suggested : m_suggested.mid(3))
        QVERIFY2(suggested.startsWith(library.absolutePath()), qPrintable(suggested));
    QCOMPARE(QFileInfo(m_suggested.at(5)).suffix(), QStringLiteral("gleaner"));
    QVERIFY(m_suggested.at(5) != library.absoluteFilePath()); // a copy never proposes the library itself

    const QString first = m_path;
    newLibraryWithSample(); // a second library; the first is now in Open Recent
    auto *recent = m_window->findChild<QMenu *>(QStringLiteral("recentMenu"));
    QVERIFY(recent && recent->toolTipsVisible());
    bool found = false;
    for (QAction *action : recent->actions()) {
        if (action->toolTip() == QFileInfo(first).absoluteFilePath()) {
            found = true;
            QVERIFY(action->text().contains(QFileInfo(first).fileName()));
        }
    }
    QVERIFY2(found, qPrintable(first));
}

// Markdown and PDF exports go through the same guard as the CSV export: a name
// typed in the save dialog that is the open library is refused, the file intact.
void TestWindowTrust::articleExportsNeverReplaceTheLibrary()
{
    newLibraryWithSample();
    const QByteArray before = Gleaner::Test::fileHash(m_path);
    QVERIFY(!m_window->exportArticleMarkdown(m_path));
    QVERIFY2(m_window->lastMessage().contains(QStringLiteral("library")),
             qPrintable(m_window->lastMessage()));
    QVERIFY(!m_window->exportArticlePdf(m_path + QStringLiteral("-wal")));
    QVERIFY(!m_window->exportArticlePdf(m_path));
    QCOMPARE(Gleaner::Test::fileHash(m_path), before);
    QCOMPARE(m_window->document()->store()->quickCheck().value_or(QString()), QStringLiteral("ok"));
    // And a PDF that is written replaces an older one only when complete.
    const QString pdf = m_dir.filePath(QStringLiteral("again.pdf"));
    QVERIFY(m_window->exportArticlePdf(pdf));
    const qint64 size = QFileInfo(pdf).size();
    QVERIFY(m_window->exportArticlePdf(pdf));
    QCOMPARE(QFileInfo(pdf).size(), size);
    QCOMPARE(QDir(m_dir.path()).entryList({QStringLiteral(".again.pdf*")}, QDir::Hidden | QDir::Files).size(),
             0);
}

QTEST_MAIN(TestWindowTrust)
#include "tst_windowtrust.moc"
