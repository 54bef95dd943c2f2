// The window driven as a user drives it: real widgets, real keys, and the
// library file checked through a second connection after each step.
#include "annotationeditdialog.h"
#include "annotationpanel.h"
#include "articlelistmodel.h"
#include "articleview.h"
#include "importurldialog.h"
#include "library/librarynames.h"
#include "mainwindow.h"
#include "pillarsdialog.h"
#include "settings.h"
#include "tagdialogs.h"
#include "testengine.h"
#include "testhttpserver.h"
#include "windowtest.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDockWidget>
#include <QFileDialog>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeView>

#include <functional>
#include <memory>

using namespace Gleaner;

using Gleaner::Test::whenModal;

namespace {
QString sampleArticle()
{
    return Gleaner::Test::sampleArticlePath();
}
} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    MainWindow *m_window = nullptr;
    QString m_path;
    int m_counter = 0;
    QStringList m_nextFiles; // what the next file dialog answers

    // The file dialogs answer with the next name given here (Qt's own dialog is Qt's to test).
    void whenFileDialog(const QString &path) { m_nextFiles = {path}; }

    // A fresh library with the sample article imported through the window.
    void newLibraryWithSample();
    // A second connection to the same file: what is really on disk.
    QVector<Annotation> annotationsOnDisk();
    void selectText(const QString &phrase, int occurrence = 0);
    void trigger(const char *action) { m_window->action(QLatin1String(action))->trigger(); }

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void showsSampleArticle();
    void segmentMapPlacesHighlightsOnTheirText();
    void tagAmountEditUndoRedo();
    void invalidEditIsRefused();
    void tagWithNumberKeys();
    void tagPillarFromMenu();
    void tagDeadlineAndNote();
    void clickingHighlightSelectsRow();
    void acceptRejectSwitchSuggestions();
    void rejectedSuggestionStaysRejected();
    void pillarRenameMergeWithUndo();
    void csvExportFromMenu();
    void corruptLibraryKeepsCurrent();
    void readOnlyLibraryDisablesEditing();
    void newOpenRecentAndSaveAs();
    void importFileFromMenu();
    void importUrlFromMenu();
    void pasteArticleFromClipboard();
    void dropTextImports();
    void articleProperties();
    void searchAndPillarFilter();
    void findAboutPanelQuit();
    void deleteAnnotationAction();
    void duplicateImportOpensOrAddsVersion();
    void windowStateIsRestored();
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    GLEANER_REQUIRE_ENGINE();
}

void TestMainWindow::init()
{
    m_window = new MainWindow;
    m_window->setFileChooser(
        [this](MainWindow::FileRequest, const QString &, const QString &, const QString &) {
            const QStringList answer = m_nextFiles;
            m_nextFiles.clear();
            return answer;
        });
    m_window->resize(1200, 800);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
}

void TestMainWindow::cleanup()
{
    delete m_window;
    m_window = nullptr;
}

void TestMainWindow::newLibraryWithSample()
{
    m_path = Gleaner::Test::newLibrary(m_dir, QStringLiteral("ui-%1.gleaner").arg(++m_counter));
    QVERIFY(m_window->openLibrary(m_path, true));
    QVERIFY(m_window->importFiles({sampleArticle()}));
    QVERIFY(m_window->currentArticleId() > 0);
}

QVector<Annotation> TestMainWindow::annotationsOnDisk()
{
    LibraryStore store;
    LibraryStore::OpenOptions options;
    options.readOnly = true;
    if (!store.open(m_path, options))
        return {};
    return store.annotations(m_window->currentArticleId()).value_or(QVector<Annotation>());
}

void TestMainWindow::selectText(const QString &phrase, int occurrence)
{
    const QString text = m_window->articleView()->article().text;
    int at = -1;
    for (int i = 0; i <= occurrence; ++i)
        at = text.indexOf(phrase, at + 1);
    QVERIFY2(at >= 0, qPrintable(phrase));
    m_window->articleView()->selectRange(at, at + int(phrase.size()));
    m_window->articleView()->setFocus();
}

void TestMainWindow::showsSampleArticle()
{
    newLibraryWithSample();
    const Article &a = m_window->articleView()->article();
    QCOMPARE(a.site, QStringLiteral("Circuit Ledger"));
    const QString shown = m_window->articleView()->toPlainText();
    QVERIFY(shown.startsWith(a.title));
    QVERIFY(shown.contains(QStringLiteral("Northwind Cloud will spend")));
    QVERIFY(!shown.contains(QStringLiteral("SlideSmith")));
    QCOMPARE(m_window->articleModel()->rowCount(), 1);
    // Named by its file, or on a server by its database.
    QVERIFY2(m_window->windowTitle().contains(Gleaner::Test::onServer() ? QStringLiteral("gleaner_t")
                                                                        : QStringLiteral("ui-")),
             qPrintable(m_window->windowTitle()));
}

void TestMainWindow::segmentMapPlacesHighlightsOnTheirText()
{
    newLibraryWithSample();
    ArticleView *view = m_window->articleView();
    const QString text = view->article().text;
    // Every word of the text maps to the same word on screen.
    for (const QString &phrase :
         {QStringLiteral("$6.5 billion"), QStringLiteral("Developing Homegrown Talent"),
          QStringLiteral("within 18 months")}) {
        const int at = text.indexOf(phrase);
        QTextCursor c(view->document());
        c.setPosition(view->documentPosition(at));
        c.setPosition(view->documentPosition(at + int(phrase.size())), QTextCursor::KeepAnchor);
        QCOMPARE(c.selectedText(), phrase);
        QCOMPARE(view->textOffset(view->documentPosition(at)), at);
    }
}

void TestMainWindow::tagAmountEditUndoRedo()
{
    newLibraryWithSample();
    selectText(QStringLiteral("$6.5 billion"));
    // The dialog comes pre-filled from the selection; Enter accepts it.
    QString prefilled;
    whenModal([&prefilled](QWidget *w) {
        auto *dialog = qobject_cast<AmountDialog *>(w);
        prefilled = dialog ? dialog->amountEdit()->text() : QStringLiteral("no dialog");
        QTest::keyClick(w, Qt::Key_Return);
    });
    QElapsedTimer timer;
    timer.start();
    trigger("tagAmount");
    QCOMPARE(prefilled, QStringLiteral("6500000000"));
    QVector<Annotation> disk = annotationsOnDisk();
    QCOMPARE(disk.size(), 1);
    QCOMPARE(disk.at(0).amount, QStringLiteral("6500000000"));
    QCOMPARE(disk.at(0).currency, QStringLiteral("USD"));
    QCOMPARE(disk.at(0).quote, QStringLiteral("$6.5 billion"));
    const qint64 id = disk.at(0).id;
    QTreeWidgetItem *item = m_window->annotationPanel()->itemForAnnotation(id);
    QVERIFY(item);

    // Edit the value with the keyboard: F2 opens the annotation's editor, Ctrl+Enter saves.
    AnnotationPanel *panel = m_window->annotationPanel();
    panel->setFocus();
    panel->setCurrentItem(item);
    QString shownAmount;
    whenModal<AnnotationEditDialog>([&shownAmount](AnnotationEditDialog *dialog) {
        shownAmount = dialog->amountEdit()->text();
        dialog->amountEdit()->selectAll();
        QTest::keyClicks(dialog->amountEdit(),
                         QStringLiteral("7,000,000,000")); // separators as people type them
        QTest::keyClick(dialog->noteEdit(), Qt::Key_Return, Qt::ControlModifier);
    });
    QTest::keyClick(panel, Qt::Key_F2);
    QCOMPARE(shownAmount, QStringLiteral("6500000000"));
    QTRY_COMPARE(annotationsOnDisk().value(0).amount, QStringLiteral("7000000000"));

    trigger("undo");
    QCOMPARE(annotationsOnDisk().value(0).amount, QStringLiteral("6500000000"));
    trigger("redo");
    QCOMPARE(annotationsOnDisk().value(0).amount, QStringLiteral("7000000000"));
    trigger("undo");
    trigger("undo");
    QCOMPARE(annotationsOnDisk().size(), 0);
    QVERIFY(!m_window->annotationPanel()->itemForAnnotation(id));
    trigger("redo");
    QCOMPARE(annotationsOnDisk().size(), 1);
    QCOMPARE(annotationsOnDisk().value(0).id, id);
}

void TestMainWindow::invalidEditIsRefused()
{
    newLibraryWithSample();
    const qint64 article = m_window->currentArticleId();
    Annotation a;
    a.articleId = article;
    a.kind = AnnotationKind::Amount;
    a.start = 0;
    a.end = 8;
    a.amount = QStringLiteral("5");
    a.currency = QStringLiteral("USD");
    const auto id = m_window->document()->addAnnotation(a);
    QVERIFY(id);
    QTreeWidgetItem *item = m_window->annotationPanel()->itemForAnnotation(*id);
    item->setText(AnnotationPanel::ValueColumn, QStringLiteral("lots"));
    QVERIFY(m_window->lastMessage().contains(QStringLiteral("not a number")));
    QCOMPARE(annotationsOnDisk().value(0).amount, QStringLiteral("5"));
    QCOMPARE(m_window->annotationPanel()->itemForAnnotation(*id)->text(AnnotationPanel::ValueColumn),
             QStringLiteral("5"));
    // A currency that is not ISO 4217 is refused by the library with its reason.
    item = m_window->annotationPanel()->itemForAnnotation(*id);
    item->setText(AnnotationPanel::UnitColumn, QStringLiteral("XQZ"));
    QVERIFY(m_window->lastMessage().contains(QStringLiteral("ISO 4217")));
    QCOMPARE(annotationsOnDisk().value(0).currency, QStringLiteral("USD"));
}

void TestMainWindow::tagWithNumberKeys()
{
    newLibraryWithSample();
    QVERIFY(m_window->document()->addPillar(QStringLiteral("AI Infrastructure")));
    QVERIFY(m_window->document()->addPillar(QStringLiteral("Cybersecurity")));
    selectText(QStringLiteral("Hardening the Nation's Cybersecurity"));
    QTest::keyClick(m_window->articleView(), Qt::Key_2);
    QVector<Annotation> disk = annotationsOnDisk();
    QCOMPARE(disk.size(), 1);
    QCOMPARE(disk.at(0).kind, AnnotationKind::Pillar);
    QCOMPARE(disk.at(0).pillarName, QStringLiteral("Cybersecurity"));
    selectText(QStringLiteral("Building Out AI Infrastructure"));
    QTest::keyClick(m_window->articleView(), Qt::Key_1);
    QCOMPARE(annotationsOnDisk().size(), 2);
    // A number without a pillar says so and tags nothing.
    selectText(QStringLiteral("Developing Homegrown Talent"));
    QTest::keyClick(m_window->articleView(), Qt::Key_7);
    QCOMPARE(annotationsOnDisk().size(), 2);
    QVERIFY(m_window->lastMessage().contains(QStringLiteral("no pillar 7")));
}

void TestMainWindow::tagPillarFromMenu()
{
    newLibraryWithSample();
    QVERIFY(m_window->document()->addPillar(QStringLiteral("Talent Development")));
    selectText(QStringLiteral("Developing Homegrown Talent"));
    whenModal([](QWidget *w) { QTest::keyClick(w, Qt::Key_1); });
    trigger("tagPillar");
    QTRY_COMPARE(annotationsOnDisk().size(), 1);
    QCOMPARE(annotationsOnDisk().at(0).pillarName, QStringLiteral("Talent Development"));
    // "New Pillar…" creates the pillar and tags, as one undo step.
    selectText(QStringLiteral("Hardening the Nation's Cybersecurity"));
    whenModal([](QWidget *menu) {
        whenModal<QInputDialog>([](QInputDialog *input) {
            input->setTextValue(QStringLiteral("Cyber Defense"));
            input->accept();
        });
        QTest::keyClick(menu, Qt::Key_N);
    });
    trigger("tagPillar");
    QTRY_COMPARE(annotationsOnDisk().size(), 2);
    QCOMPARE(m_window->document()->store()->findPillar(QStringLiteral("Cyber Defense"))->name,
             QStringLiteral("Cyber Defense"));
    trigger("undo");
    QCOMPARE(annotationsOnDisk().size(), 1);
    QCOMPARE(m_window->document()->store()->findPillar(QStringLiteral("Cyber Defense"))->id, 0);
}

void TestMainWindow::tagDeadlineAndNote()
{
    newLibraryWithSample();
    selectText(QStringLiteral("by the end of 2027"));
    whenModal([](QWidget *w) { QTest::keyClick(w, Qt::Key_Return); });
    trigger("tagDeadline");
    QVector<Annotation> disk = annotationsOnDisk();
    QCOMPARE(disk.size(), 1);
    QCOMPARE(disk.at(0).kind, AnnotationKind::Deadline);
    QCOMPARE(disk.at(0).due, QDate(2027, 12, 31)); // resolved from the selection
    QCOMPARE(disk.at(0).precision, DatePrecision::Year);
    selectText(QStringLiteral("Maya Tremblay"));
    // The note dialog: Enter starts a new line, Ctrl+Enter saves.
    whenModal<QDialog>([](QDialog *dialog) {
        auto *edit = dialog->findChild<QPlainTextEdit *>();
        QTest::keyClicks(edit, QStringLiteral("Country lead;"));
        QTest::keyClick(edit, Qt::Key_Return);
        QTest::keyClicks(edit, QStringLiteral("quoted twice"));
        QTest::keyClick(edit, Qt::Key_Return, Qt::ControlModifier);
    });
    trigger("addNote");
    QTRY_COMPARE(annotationsOnDisk().size(), 2);
    const QVector<Annotation> both = annotationsOnDisk();
    const Annotation note = both.at(0).kind == AnnotationKind::Note ? both.at(0) : both.at(1);
    QCOMPARE(note.kind, AnnotationKind::Note);
    QCOMPARE(note.note, QStringLiteral("Country lead;\nquoted twice"));
}

void TestMainWindow::clickingHighlightSelectsRow()
{
    newLibraryWithSample();
    const QString text = m_window->articleView()->article().text;
    Annotation a;
    a.articleId = m_window->currentArticleId();
    a.kind = AnnotationKind::Amount;
    a.start = text.indexOf(QStringLiteral("C$900 million"));
    a.end = a.start + 13;
    a.amount = QStringLiteral("900000000");
    a.currency = QStringLiteral("CAD");
    const auto id = m_window->document()->addAnnotation(a);
    QVERIFY(id);
    ArticleView *view = m_window->articleView();
    QTextCursor c(view->document());
    c.setPosition(view->documentPosition(a.start + 3));
    view->setTextCursor(c);
    view->ensureCursorVisible();
    QTest::qWait(50);
    const QPoint point = view->cursorRect(c).center();
    QTest::mouseClick(view->viewport(), Qt::LeftButton, Qt::NoModifier, point);
    QTRY_COMPARE(m_window->annotationPanel()->currentAnnotationId(), *id);
    // And the reverse: choosing the row emphasizes the highlight.
    m_window->annotationPanel()->setCurrentItem(m_window->annotationPanel()->itemForAnnotation(*id));
    QCOMPARE(view->textCursor().position(), view->documentPosition(a.start));
}

void TestMainWindow::acceptRejectSwitchSuggestions()
{
    newLibraryWithSample();
    const QVector<Proposal> &proposals = m_window->proposals();
    int amountIndex = -1;
    for (int i = 0; i < proposals.size(); ++i) {
        if (proposals.at(i).kind == Proposal::Kind::Amount &&
            proposals.at(i).suggestion.text == QLatin1String("$6.5 billion")) {
            amountIndex = i;
            break;
        }
    }
    QVERIFY2(amountIndex >= 0, "the recognizers propose $6.5 billion");
    AnnotationPanel *panel = m_window->annotationPanel();
    panel->setFocus();
    panel->selectProposal(amountIndex);
    QTest::keyClick(panel, Qt::Key_Return);
    QVector<Annotation> disk = annotationsOnDisk();
    QCOMPARE(disk.size(), 1);
    QCOMPARE(disk.at(0).amount, QStringLiteral("6500000000"));
    QCOMPARE(disk.at(0).currency, QStringLiteral("USD"));
    QCOMPARE(disk.at(0).origin, AnnotationOrigin::Suggestion);
    trigger("undo"); // accepting is undoable
    QCOMPARE(annotationsOnDisk().size(), 0);

    // Delete rejects the selected suggestion.
    const int before = m_window->proposals().size();
    const Proposal first = m_window->proposals().at(0);
    panel->selectProposal(0);
    QTest::keyClick(panel, Qt::Key_Delete);
    QCOMPARE(m_window->proposals().size(), before - 1);
    QVERIFY(m_window->document()
                ->store()
                ->rejectedSuggestions(m_window->currentArticleId())
                ->contains(RejectedSpan{first.decisionKind(), first.suggestion.start, first.suggestion.end}));
    // K switches the kind before accepting: an amount becomes a note.
    int idx = -1;
    for (int i = 0; i < m_window->proposals().size(); ++i) {
        if (m_window->proposals().at(i).kind == Proposal::Kind::Amount)
            idx = i;
    }
    QVERIFY(idx >= 0);
    panel->selectProposal(idx);
    QTest::keyClick(panel, Qt::Key_K);
    QCOMPARE(m_window->proposals().at(idx).kind, Proposal::Kind::Note);
    QTest::keyClick(panel, Qt::Key_Return);
    QCOMPARE(annotationsOnDisk().value(0).kind, AnnotationKind::Note);
}

void TestMainWindow::rejectedSuggestionStaysRejected()
{
    newLibraryWithSample();
    const qint64 article = m_window->currentArticleId();
    const Proposal first = m_window->proposals().at(0);
    QVERIFY(m_window->rejectProposal(0));
    // Reopen the library: the rejection was saved with the article.
    QVERIFY(m_window->openLibrary(m_path));
    m_window->showArticle(article);
    for (const Proposal &p : m_window->proposals())
        QVERIFY(!(p.suggestion.start == first.suggestion.start && p.suggestion.end == first.suggestion.end &&
                  p.kind == first.kind));
}

void TestMainWindow::pillarRenameMergeWithUndo()
{
    newLibraryWithSample();
    QVERIFY(m_window->document()->addPillar(QStringLiteral("Compute")));
    QVERIFY(m_window->document()->addPillar(QStringLiteral("AI Infrastructure")));
    selectText(QStringLiteral("Building Out AI Infrastructure"));
    QTest::keyClick(m_window->articleView(), Qt::Key_1);
    QCOMPARE(annotationsOnDisk().value(0).pillarName, QStringLiteral("Compute"));
    const qint64 compute = m_window->document()->store()->findPillar(QStringLiteral("Compute"))->id;
    const qint64 infra = m_window->document()->store()->findPillar(QStringLiteral("AI Infrastructure"))->id;
    bool renamed = false;
    bool merged = false;
    whenModal<PillarsDialog>([&](PillarsDialog *dialog) {
        QWidget *w = dialog;
        {
            QCOMPARE(dialog->table()->rowCount(), 2);
            renamed = dialog->rename(compute, QStringLiteral("Compute Capacity"));
            merged = dialog->merge(compute, infra);
            QCOMPARE(dialog->table()->rowCount(), 1);
        }
        w->close();
    });
    trigger("managePillars");
    QVERIFY(renamed);
    QVERIFY(merged);
    QCOMPARE(annotationsOnDisk().value(0).pillarName, QStringLiteral("AI Infrastructure"));
    trigger("undo"); // merge
    QCOMPARE(annotationsOnDisk().value(0).pillarName, QStringLiteral("Compute Capacity"));
    trigger("undo"); // rename
    QCOMPARE(annotationsOnDisk().value(0).pillarName, QStringLiteral("Compute"));
    trigger("redo");
    trigger("redo");
    QCOMPARE(annotationsOnDisk().value(0).pillarName, QStringLiteral("AI Infrastructure"));
    // Recolor and delete from the dialog, too.
    whenModal<PillarsDialog>([&](PillarsDialog *dialog) {
        QWidget *w = dialog;
        {
            QVERIFY(dialog->recolor(infra, QColor(QStringLiteral("#112233"))));
            QVERIFY(!dialog->remove(infra)); // still used
        }
        w->close();
    });
    trigger("managePillars");
    QCOMPARE(m_window->document()->store()->pillar(infra)->color, QStringLiteral("#112233"));
    QVERIFY(m_window->lastMessage().contains(QStringLiteral("Merge it into another pillar")));
}

void TestMainWindow::csvExportFromMenu()
{
    newLibraryWithSample();
    QVERIFY(m_window->acceptProposal(0));
    const QString csv = m_dir.filePath(QStringLiteral("menu-export.csv"));
    QSignalSpy finished(m_window, &MainWindow::exportFinished);
    whenFileDialog(csv);
    whenModal([](QWidget *box) {
        // First the scope question, then the file dialog.
        // (the file name was given before the action)
        const auto buttons = box->findChildren<QPushButton *>();
        for (QPushButton *b : buttons) {
            if (b->text().remove(QLatin1Char('&')).contains(QStringLiteral("Whole Library")))
                b->click();
        }
    });
    trigger("exportCsv");
    QTRY_COMPARE(finished.count(), 1);
    QCOMPARE(finished.at(0).at(0).toBool(), true);
    QFile file(csv);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = file.readAll().split('\n');
    QVERIFY(lines.at(0).startsWith("library,article_id,"));
    QCOMPARE(lines.size(), 3); // header, one row, and the empty tail after the last CRLF
}

void TestMainWindow::corruptLibraryKeepsCurrent()
{
    if (Gleaner::Test::onServer())
        QSKIP("files only; a server library's menus: tst_windowserver");
    newLibraryWithSample();
    const QString current = m_window->document()->store()->path();
    const QString bad = m_dir.filePath(QStringLiteral("corrupt.gleaner"));
    QFile::copy(m_path, bad);
    {
        QFile f(bad);
        QVERIFY(f.open(QIODevice::ReadWrite));
        f.seek(100);
        f.write(QByteArray(3996, '\xA5')); // the schema page, after the header
    }
    QVERIFY(!m_window->openLibrary(bad));
    QVERIFY(m_window->lastMessage().contains(QStringLiteral("damaged")));
    QVERIFY(m_window->lastMessageBox() && m_window->lastMessageBox()->isVisible());
    QCOMPARE(m_window->document()->store()->path(), current);
    QVERIFY(m_window->currentArticleId() > 0);
    // Through the menu, too.
    whenFileDialog(bad);
    m_window->lastMessageBox()->close();
    trigger("openLibrary");
    QTRY_VERIFY(m_window->lastMessageBox() && m_window->lastMessageBox()->isVisible());
    QCOMPARE(m_window->document()->store()->path(), current);
}

void TestMainWindow::readOnlyLibraryDisablesEditing()
{
    if (Gleaner::Test::onServer())
        QSKIP("files only; a server library's menus: tst_windowserver");
    newLibraryWithSample();
    const QString copy = m_dir.filePath(QStringLiteral("readonly.gleaner"));
    QVERIFY(m_window->document()->store()->saveCopyAs(copy));
    QFile::setPermissions(copy, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther);
    QVERIFY(m_window->openLibrary(copy));
    QVERIFY(m_window->windowTitle().contains(QStringLiteral("read-only")));
    QVERIFY(!m_window->action(QStringLiteral("importFile"))->isEnabled());
    QVERIFY(!m_window->action(QStringLiteral("tagAmount"))->isEnabled());
    QVERIFY(m_window->action(QStringLiteral("exportCsv"))->isEnabled());
    QVERIFY(m_window->lastMessage().contains(QStringLiteral("read-only")));
}

void TestMainWindow::newOpenRecentAndSaveAs()
{
    if (Gleaner::Test::onServer())
        QSKIP("files only; a server library's menus: tst_windowserver");
    const QString created = m_dir.filePath(QStringLiteral("from-menu.gleaner"));
    whenFileDialog(created);
    trigger("newLibrary");
    QTRY_COMPARE(m_window->document() ? m_window->document()->store()->path() : QString(), created);
    m_path = created;
    QVERIFY(m_window->importFiles({sampleArticle()}));

    const QString copy = m_dir.filePath(QStringLiteral("copy-from-menu.gleaner"));
    whenFileDialog(copy);
    trigger("saveLibraryAs");
    QTRY_VERIFY(QFile::exists(copy));
    QCOMPARE(m_window->document()->store()->path(), m_path); // still working on the original
    // Save As never overwrites.
    whenFileDialog(copy);
    trigger("saveLibraryAs");
    QTRY_VERIFY(m_window->lastMessage().contains(QStringLiteral("already exists")));

    // Open the copy through the menu, then come back through Open Recent.
    whenFileDialog(copy);
    trigger("openLibrary");
    QTRY_COMPARE(m_window->document()->store()->path(), copy);
    QMenu *recent = m_window->findChild<QMenu *>(QStringLiteral("recentMenu"));
    QVERIFY(recent);
    QAction *previous = nullptr;
    for (QAction *a : recent->actions()) {
        if (a->data().toString() == m_path)
            previous = a;
    }
    QVERIFY(previous);
    previous->trigger();
    QCOMPARE(m_window->document()->store()->path(), m_path);
    // New Library refuses an existing name.
    if (m_window->lastMessageBox())
        m_window->lastMessageBox()->close();
    QTest::qWait(50);
    whenFileDialog(copy);
    trigger("newLibrary");
    QTRY_VERIFY(m_window->lastMessage().contains(QStringLiteral("already exists")));
    QCOMPARE(m_window->document()->store()->path(), m_path);
}

void TestMainWindow::importFileFromMenu()
{
    m_path = Gleaner::Test::newLibrary(m_dir, QStringLiteral("import-menu.gleaner"));
    QVERIFY(m_window->openLibrary(m_path, true));
    whenFileDialog(QStringLiteral(GLEANER_FIXTURES "/cli/harbor.html"));
    trigger("importFile");
    QTRY_COMPARE(m_window->articleModel()->rowCount(), 1);
    QCOMPARE(m_window->articleView()->article().title,
             QStringLiteral("Harbor Grid to Spend $3 Billion on Kenyan Data Centers"));
    QVERIFY(m_window->articleView()->usesSegmentMap());
    // A file that is not an article is refused with a reason; the library is unchanged.
    const QString binary = m_dir.filePath(QStringLiteral("binary.bin"));
    QFile f(binary);
    QVERIFY(f.open(QIODevice::WriteOnly));
    QByteArray junk(4096, '\0');
    for (int i = 0; i < junk.size(); ++i)
        junk[i] = char((i * 37) % 256);
    f.write(junk);
    f.close();
    QVERIFY(!m_window->importFiles({binary}));
    QVERIFY(m_window->lastMessage().contains(QStringLiteral("binary.bin")));
    QCOMPARE(m_window->articleModel()->rowCount(), 1);
}

void TestMainWindow::importUrlFromMenu()
{
    TestHttpServer server;
    QVERIFY(server.start());
    QFile page(QStringLiteral(GLEANER_FIXTURES "/cli/harbor.html"));
    QVERIFY(page.open(QIODevice::ReadOnly));
    server.route(QStringLiteral("/story"), TestHttpResponse::page(page.readAll()));
    TestHttpResponse missing;
    missing.status = 404;
    server.route(QStringLiteral("/missing"), missing);
    m_path = Gleaner::Test::newLibrary(m_dir, QStringLiteral("url-menu.gleaner"));
    QVERIFY(m_window->openLibrary(m_path, true));
    const QString urls = server.url(QStringLiteral("/story")).toString() + QLatin1Char('\n') +
                         server.url(QStringLiteral("/missing")).toString();
    int succeeded = -1;
    int failed = -1;
    QString failure;
    whenModal<QInputDialog>([&](QInputDialog *input) {
        whenModal<ImportUrlDialog>([&](ImportUrlDialog *dialog) {
            auto report = [&, dialog]() {
                succeeded = dialog->succeeded();
                failed = dialog->failed();
                failure = dialog->items()->topLevelItem(1)->text(1);
                dialog->accept();
            };
            if (dialog->isDone())
                report();
            else
                QObject::connect(dialog, &ImportUrlDialog::allDone, dialog, report);
        });
        input->setTextValue(urls);
        input->accept();
    });
    trigger("importUrl");
    QTRY_COMPARE_WITH_TIMEOUT(succeeded, 1, 15000);
    QCOMPARE(failed, 1);
    QVERIFY(failure.contains(QStringLiteral("404")));
    QCOMPARE(m_window->articleModel()->rowCount(), 1);
    QCOMPARE(m_window->articleView()->article().url, server.url(QStringLiteral("/story")).toString());
}

void TestMainWindow::pasteArticleFromClipboard()
{
    m_path = Gleaner::Test::newLibrary(m_dir, QStringLiteral("paste.gleaner"));
    QVERIFY(m_window->openLibrary(m_path, true));
    auto *mime = new QMimeData;
    mime->setHtml(
        QStringLiteral("<h1>Tidewater Chips opens a ¥50 billion fab</h1><p>Tidewater Chips will open a "
                       "¥50 billion factory in Kumamoto by 2028, hiring 1,200 workers.</p><nav>Home "
                       "News</nav>"));
    mime->setText(QStringLiteral("plain fallback"));
    QGuiApplication::clipboard()->setMimeData(mime);
    trigger("pasteArticle");
    QTRY_COMPARE(m_window->articleModel()->rowCount(), 1);
    QVERIFY(m_window->articleView()->article().text.contains(QStringLiteral("Kumamoto")));
    QCOMPARE(m_window->articleView()->article().sourceKind, SourceKind::Paste);
    // Plain text when no HTML is there.
    QGuiApplication::clipboard()->setText(
        QStringLiteral("Pasted headline here\n\nA second paragraph of the pasted "
                       "story says 300 engineers will join by 2027."));
    trigger("pasteArticle");
    QTRY_COMPARE(m_window->articleModel()->rowCount(), 2);
}

void TestMainWindow::dropTextImports()
{
    m_path = Gleaner::Test::newLibrary(m_dir, QStringLiteral("drop.gleaner"));
    QVERIFY(m_window->openLibrary(m_path, true));
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(QStringLiteral(GLEANER_FIXTURES "/cli/harbor.html"))});
    QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(m_window, &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(m_window, &drop);
    QTRY_COMPARE(m_window->articleModel()->rowCount(), 1);
    QMimeData text;
    text.setText(QStringLiteral("Dropped story\n\nSome text that was dragged from another program."));
    QDragEnterEvent enter2(QPoint(10, 10), Qt::CopyAction, &text, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(m_window, &enter2);
    QVERIFY(enter2.isAccepted());
    QDropEvent drop2(QPointF(10, 10), Qt::CopyAction, &text, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(m_window, &drop2);
    QTRY_VERIFY2(m_window->articleModel()->rowCount() == 2, qPrintable(m_window->lastMessage()));
}

void TestMainWindow::articleProperties()
{
    newLibraryWithSample();
    whenModal([](QWidget *w) {
        auto *edit = w->findChild<QLineEdit *>();
        if (edit) {
            edit->selectAll();
            QTest::keyClicks(edit, QStringLiteral("Renamed story"));
        }
        QTest::keyClick(w, Qt::Key_Return);
    });
    trigger("articleProperties");
    QTRY_COMPARE(m_window->articleView()->article().title, QStringLiteral("Renamed story"));
    LibraryStore store;
    QVERIFY(store.open(m_path, {false, true, 1000}));
    QCOMPARE(store.article(m_window->currentArticleId())->title, QStringLiteral("Renamed story"));
    trigger("undo");
    QVERIFY(m_window->articleView()->article().title.contains(QStringLiteral("Northwind")));
}

void TestMainWindow::searchAndPillarFilter()
{
    newLibraryWithSample();
    QVERIFY(m_window->importFiles({QStringLiteral(GLEANER_FIXTURES "/cli/harbor.html")}));
    QCOMPARE(m_window->articleModel()->rowCount(), 2);
    trigger("find");
    QTRY_VERIFY(m_window->searchField()->hasFocus());
    QTest::keyClicks(m_window->searchField(), QStringLiteral("geothermal"));
    QTRY_COMPARE(m_window->articleModel()->rowCount(), 1);
    QVERIFY(m_window->articleModel()
                ->data(m_window->articleModel()->index(0, 0), Qt::DisplayRole)
                .toString()
                .contains(QStringLiteral("Harbor")));
    m_window->searchField()->clear();
    QTRY_COMPARE(m_window->articleModel()->rowCount(), 2);
    // Filter by pillar.
    selectText(QStringLiteral("Power and cooling"));
    QVERIFY(m_window->tagSelectionAsPillar(QStringLiteral("Energy")));
    QComboBox *filter = m_window->pillarFilter();
    const int index = filter->findText(QStringLiteral("Energy (1)"));
    QVERIFY(index > 0);
    filter->setCurrentIndex(index);
    Q_EMIT filter->activated(index);
    QTRY_COMPARE(m_window->articleModel()->rowCount(), 1);
}

void TestMainWindow::findAboutPanelQuit()
{
    newLibraryWithSample();
    QAction *toggle = m_window->action(QStringLiteral("togglePanel"));
    QVERIFY(m_window->panelDock()->isVisible());
    toggle->trigger();
    QVERIFY(!m_window->panelDock()->isVisible());
    toggle->trigger();
    QVERIFY(m_window->panelDock()->isVisible());
    QString about;
    whenModal([&about](QWidget *w) {
        about = w->findChild<QLabel *>(QStringLiteral("qt_msgbox_label"))
                    ? w->findChild<QLabel *>(QStringLiteral("qt_msgbox_label"))->text()
                    : QString();
        w->close();
    });
    trigger("about");
    QVERIFY(about.contains(QStringLiteral(GLEANER_VERSION)));
    QVERIFY(about.contains(QStringLiteral("MIT")));
    QVERIFY(about.contains(QLatin1String(qVersion())));
    QVERIFY2(about.contains(QStringLiteral("SQLite 3.")), qPrintable(about));
    if (Gleaner::Test::onServer())
        QVERIFY2(about.contains(QStringLiteral("PostgreSQL 1")), qPrintable(about));
    bool aboutQtShown = false;
    whenModal([&aboutQtShown](QWidget *w) {
        aboutQtShown = true;
        w->close();
    });
    trigger("aboutQt");
    QVERIFY(aboutQtShown);
    trigger("quit");
    QTRY_VERIFY(!m_window->isVisible());
}

void TestMainWindow::deleteAnnotationAction()
{
    newLibraryWithSample();
    QVERIFY(m_window->acceptProposal(0));
    const qint64 id = annotationsOnDisk().value(0).id;
    m_window->annotationPanel()->selectAnnotation(id);
    trigger("deleteAnnotation");
    QCOMPARE(annotationsOnDisk().size(), 0);
    trigger("undo");
    QCOMPARE(annotationsOnDisk().size(), 1);
    // Delete key in the panel does the same.
    m_window->annotationPanel()->setFocus();
    m_window->annotationPanel()->selectAnnotation(id);
    QTest::keyClick(m_window->annotationPanel(), Qt::Key_Delete);
    QCOMPARE(annotationsOnDisk().size(), 0);
}

void TestMainWindow::duplicateImportOpensOrAddsVersion()
{
    newLibraryWithSample();
    const qint64 first = m_window->currentArticleId();
    auto answer = [](const char *button) {
        whenModal<QMessageBox>([button](QMessageBox *box) {
            for (QAbstractButton *b : box->buttons()) {
                if (b->text().remove(QLatin1Char('&')) == QLatin1String(button))
                    b->click();
            }
        });
    };
    // "Open Existing" keeps the library as it is and shows the article already there.
    m_window->articleView()->clearArticle();
    answer("Open Existing");
    QVERIFY(!m_window->importFiles({sampleArticle()}));
    QCOMPARE(m_window->articleModel()->rowCount(), 1);
    QCOMPARE(m_window->currentArticleId(), first);
    // "Import as New Version" adds a second article and keeps the first.
    answer("Import as New Version");
    QVERIFY(m_window->importFiles({sampleArticle()}));
    QCOMPARE(m_window->articleModel()->rowCount(), 2);
    QVERIFY(m_window->currentArticleId() != first);
    QCOMPARE(m_window->document()->store()->article(m_window->currentArticleId())->previousVersionId, first);
}

void TestMainWindow::windowStateIsRestored()
{
    newLibraryWithSample();
    m_window->resize(1111, 777);
    m_window->action(QStringLiteral("togglePanel"))->trigger(); // hide the panel
    QVERIFY(!m_window->panelDock()->isVisible());
    m_window->close();
    // The next window comes back the same size, without the panel, on the last library.
    MainWindow next;
    next.show();
    QVERIFY(QTest::qWaitForWindowExposed(&next));
    QCOMPARE(next.size(), QSize(1111, 777));
    QVERIFY(!next.panelDock()->isVisible());
    QCOMPARE(Settings().lastLibrary(), Gleaner::Test::onServer() ? LibraryNames::canonical(m_path)
                                                                 : QFileInfo(m_path).absoluteFilePath());
    next.action(QStringLiteral("togglePanel"))->trigger();
    next.close();
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
