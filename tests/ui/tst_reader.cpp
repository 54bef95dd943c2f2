// Reading in the window: the whole article reachable, a readable column at every
// window size, find, navigation, zoom and theme, positions remembered, exports.
#include "annotationdelegate.h"
#include "annotationpanel.h"
#include "articlelistmodel.h"
#include "articleview.h"
#include "findbar.h"
#include "mainwindow.h"
#include "pillarsdialog.h"
#include "settings.h"
#include "windowtest.h"

#include <QAbstractTextDocumentLayout>
#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QFile>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QMouseEvent>
#include <QPushButton>
#include <QScrollBar>
#include <QSplitter>
#include <QStandardPaths>
#include <QStyle>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextLayout>
#include <QTreeView>
#include <QTreeWidgetItem>
#include <QWheelEvent>

using namespace Gleaner;
using Gleaner::Test::whenModal;

namespace {
// Where the last paragraph of the article is drawn, in viewport coordinates: an
// empty rectangle when it has no lines laid out (and so is not drawn at all).
QRect lastBlockRect(ArticleView *view)
{
    QTextBlock last = view->document()->lastBlock();
    while (last.isValid() && last.text().trimmed().isEmpty())
        last = last.previous();
    if (!last.isValid() || !last.layout() || last.layout()->lineCount() == 0)
        return {};
    const QRectF box = view->document()->documentLayout()->blockBoundingRect(last);
    return box.translated(-view->horizontalScrollBar()->value(), -view->verticalScrollBar()->value())
        .toRect();
}
// Where the last paragraph is against the viewport, for a failure message.
QString whereIsTheEnd(ArticleView *view)
{
    return QStringLiteral("last block at %1, viewport height %2, scroll %3/%4")
        .arg(lastBlockRect(view).top())
        .arg(view->viewport()->height())
        .arg(view->verticalScrollBar()->value())
        .arg(view->verticalScrollBar()->maximum());
}
} // namespace

class TestReader : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    MainWindow *m_window = nullptr;
    int m_counter = 0;
    void openSample()
    {
        const QString path = m_dir.filePath(QStringLiteral("reader-%1.gleaner").arg(++m_counter));
        QVERIFY(m_window->openLibrary(path, true));
        const QString sample =
            qEnvironmentVariable("GLEANER_READER_SAMPLE", Gleaner::Test::sampleArticlePath());
        QVERIFY(m_window->importFiles({sample}));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        Settings().setListWidth(380); // a width an earlier run remembered is not this run's start
    }
    void init()
    {
        m_window = new MainWindow;
        m_window->resize(1200, 800);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window));
    }
    void cleanup()
    {
        delete m_window;
        m_window = nullptr;
        Settings().setReadingStyle(ReadingStyle{}); // each test starts from the defaults
        Settings().setListWidth(380);
        QApplication::setPalette(QApplication::style()->standardPalette());
    }
    void endOfArticleIsReachable_data();
    void endOfArticleIsReachable();
    void endIsReachableWhenShownAtStart();
    void readableColumnAtEverySize_data();
    void readableColumnAtEverySize();
    void widerWindowGivesPanesBack();
    void zoomedInStillFitsALaptop();
    void panelReadsAsCards();
    void keysAndNamesAsUsersMeanThem();
    void findInArticle();
    void moveBetweenAnnotationsAndSuggestions();
    void zoomAndColoursAreRemembered();
    void readingPositionIsRemembered();
    void exportsMarkdownAndPdf();
    void doubleClickSelectsAJapaneseWord();
};

void TestReader::endOfArticleIsReachable_data()
{
    QTest::addColumn<QSize>("size");
    QTest::newRow("1200x800") << QSize(1200, 800);
    QTest::newRow("800x600") << QSize(800, 600);
    QTest::newRow("1440x900") << QSize(1440, 900);
}

void TestReader::endOfArticleIsReachable()
{
    QFETCH(QSize, size);
    QVERIFY(Gleaner::Test::resizeAndSettle(m_window, QSize(size)));
    openSample();
    ArticleView *view = m_window->articleView();
    view->setFocus();
    QTest::qWait(50);
    // Ctrl+End, as a reader does, right after the article appeared.
    QTest::keyClick(view, Qt::Key_End, Qt::ControlModifier);
    QTest::qWait(20);
    QVERIFY2(view->viewport()->rect().intersects(lastBlockRect(view)), qPrintable(whereIsTheEnd(view)));
    // The same with the scroll bar dragged to its end, after switching articles.
    view->verticalScrollBar()->setValue(0);
    m_window->showArticle(m_window->currentArticleId());
    view->verticalScrollBar()->setValue(view->verticalScrollBar()->maximum());
    QTest::qWait(20);
    QVERIFY(view->viewport()->rect().intersects(lastBlockRect(view)));
}

// As gleaner starts: the window shown and the library opened before the window has
// its size, so the article is laid out at one width and read at another.
void TestReader::endIsReachableWhenShownAtStart()
{
    const QString path = m_dir.filePath(QStringLiteral("start-%1.gleaner").arg(++m_counter));
    {
        MainWindow first;
        QVERIFY(first.openLibrary(path, true));
        QVERIFY(first.importFiles(
            {qEnvironmentVariable("GLEANER_READER_SAMPLE", Gleaner::Test::sampleArticlePath())}));
    }
    delete m_window;
    m_window = new MainWindow;
    m_window->show();
    QVERIFY(m_window->openLibrary(path));
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
    QTest::qWait(100);
    ArticleView *view = m_window->articleView();
    view->setFocus();
    QTest::keyClick(view, Qt::Key_End, Qt::ControlModifier);
    QTest::qWait(20);
    QVERIFY2(view->viewport()->rect().intersects(lastBlockRect(view)), qPrintable(whereIsTheEnd(view)));
    // The wheel, too.
    view->verticalScrollBar()->setValue(0);
    for (int i = 0; i < 400 && view->verticalScrollBar()->value() < view->verticalScrollBar()->maximum();
         ++i) {
        QWheelEvent wheel(QPointF(50, 50), view->viewport()->mapToGlobal(QPointF(50, 50)), QPoint(),
                          QPoint(0, -120), Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase, false);
        QApplication::sendEvent(view->viewport(), &wheel);
    }
    QVERIFY(view->viewport()->rect().intersects(lastBlockRect(view)));
}

void TestReader::readableColumnAtEverySize_data()
{
    QTest::addColumn<QSize>("size");
    QTest::newRow("800x600") << QSize(800, 600);
    QTest::newRow("1024x700") << QSize(1024, 700);
    QTest::newRow("1440x900") << QSize(1440, 900);
    QTest::newRow("2560x1440") << QSize(2560, 1440);
}

// A narrow window takes width from the list and the panel for the reading
// column; widened again, it gives them back, up to the widths the user chose
// (a dragged splitter is the list's new width).
void TestReader::widerWindowGivesPanesBack()
{
    openSample();
    auto *splitter = m_window->findChild<QSplitter *>(QStringLiteral("mainSplitter"));
    auto *dock = m_window->findChild<QDockWidget *>(QStringLiteral("annotationDock"));
    QVERIFY(splitter && dock);
    QVERIFY(Gleaner::Test::resizeAndSettle(m_window, QSize(1440, 900)));
    const int list = splitter->sizes().value(0);
    const int panel = dock->width();
    QVERIFY(Gleaner::Test::resizeAndSettle(m_window, QSize(800, 600)));
    QVERIFY2(splitter->sizes().value(0) < list, qPrintable(QString::number(splitter->sizes().value(0))));
    QVERIFY(Gleaner::Test::resizeAndSettle(m_window, QSize(1440, 900)));
    QVERIFY2(qAbs(splitter->sizes().value(0) - list) <= 2,
             qPrintable(QStringLiteral("%1 vs %2").arg(splitter->sizes().value(0)).arg(list)));
    QVERIFY2(qAbs(dock->width() - panel) <= 2,
             qPrintable(QStringLiteral("%1 vs %2").arg(dock->width()).arg(panel)));

    // The user drags the splitter's handle 80 pixels to the left.
    QSplitterHandle *handle = splitter->handle(1);
    const QPoint from = handle->rect().center();
    QTest::mousePress(handle, Qt::LeftButton, Qt::NoModifier, from);
    QMouseEvent move(QEvent::MouseMove, QPointF(from - QPoint(80, 0)),
                     handle->mapToGlobal(QPointF(from - QPoint(80, 0))), Qt::LeftButton, Qt::LeftButton,
                     Qt::NoModifier);
    QApplication::sendEvent(handle, &move);
    QTest::mouseRelease(handle, Qt::LeftButton, Qt::NoModifier, from - QPoint(80, 0));
    QTest::qWait(50);
    const int chosen = splitter->sizes().value(0);
    QVERIFY2(qAbs(chosen - (list - 80)) <= 4, qPrintable(QString::number(chosen)));
    QVERIFY(Gleaner::Test::resizeAndSettle(m_window, QSize(800, 600)));
    QVERIFY(Gleaner::Test::resizeAndSettle(m_window, QSize(1440, 900)));
    QVERIFY2(qAbs(splitter->sizes().value(0) - chosen) <= 2,
             qPrintable(QStringLiteral("%1 vs %2").arg(splitter->sizes().value(0)).arg(chosen)));

    // And the panel's edge dragged 60 pixels to the right, then the same resizes.
    const QPoint edge(dock->geometry().left() - 2, dock->geometry().center().y());
    QTest::mousePress(m_window, Qt::LeftButton, Qt::NoModifier, edge);
    for (int dx = 10; dx <= 60; dx += 10) {
        const QPoint at = edge + QPoint(dx, 0);
        QMouseEvent drag(QEvent::MouseMove, QPointF(at), m_window->mapToGlobal(QPointF(at)), Qt::NoButton,
                         Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(m_window, &drag);
        QTest::qWait(10);
    }
    QTest::mouseRelease(m_window, Qt::LeftButton, Qt::NoModifier, edge + QPoint(60, 0));
    QTest::qWait(50);
    const int narrowerPanel = dock->width();
    QVERIFY2(qAbs(narrowerPanel - (panel - 60)) <= 6, qPrintable(QString::number(narrowerPanel)));
    QVERIFY(Gleaner::Test::resizeAndSettle(m_window, QSize(800, 600)));
    QVERIFY(Gleaner::Test::resizeAndSettle(m_window, QSize(1440, 900)));
    QVERIFY2(qAbs(dock->width() - narrowerPanel) <= 2,
             qPrintable(QStringLiteral("%1 vs %2").arg(dock->width()).arg(narrowerPanel)));

    // Both widths survive a restart.
    m_window->close();
    MainWindow again;
    again.show();
    QVERIFY(QTest::qWaitForWindowExposed(&again));
    QVERIFY(Gleaner::Test::resizeAndSettle(&again, QSize(1440, 900)));
    auto *restored = again.findChild<QSplitter *>(QStringLiteral("mainSplitter"));
    QVERIFY2(qAbs(restored->sizes().value(0) - chosen) <= 2,
             qPrintable(QStringLiteral("%1 vs %2").arg(restored->sizes().value(0)).arg(chosen)));
}

// Zoomed in to the most, the window still fits a 1280-pixel laptop screen: the
// reading column's minimum is measured at 100% zoom.
void TestReader::zoomedInStillFitsALaptop()
{
    openSample();
    for (int i = 0; i < 20; ++i)
        m_window->zoom(1);
    QCOMPARE(m_window->articleView()->readingStyle().zoom, ReadingStyle::kMaxZoom);
    QVERIFY2(m_window->minimumSizeHint().width() <= 1280,
             qPrintable(QString::number(m_window->minimumSizeHint().width())));
    m_window->resize(1280, 720);
    QTRY_VERIFY(m_window->width() <= 1280);
    m_window->zoom(0);
}

// The reading column keeps at least 45 characters (the side panels give way
// first) and never breaks a word; on a wide screen lines stay a readable length.
void TestReader::readableColumnAtEverySize()
{
    QFETCH(QSize, size);
    openSample();
    QVERIFY(Gleaner::Test::resizeAndSettle(m_window, QSize(size)));
    ArticleView *view = m_window->articleView();
    const QFontMetricsF metrics(view->document()->defaultFont());
    QTextBlock body = view->document()->begin().next().next();
    const qreal column = view->document()->documentLayout()->blockBoundingRect(body).width();
    const qreal characters = column / metrics.averageCharWidth();
    QVERIFY2(
        characters >= 45,
        qPrintable(
            QStringLiteral("%1 characters at %2x%3").arg(characters).arg(size.width()).arg(size.height())));
    QVERIFY2(characters <= view->readingStyle().lineWidth + 8, qPrintable(QString::number(characters)));
    for (QTextBlock b = body; b.isValid(); b = b.next()) {
        QTextLayout *layout = b.layout();
        const QString text = b.text();
        for (int i = 0; i + 1 < layout->lineCount(); ++i) {
            const int end = layout->lineAt(i).textStart() + layout->lineAt(i).textLength();
            QVERIFY2(
                end <= 0 || end >= text.size() || !(text.at(end - 1).isLetter() && text.at(end).isLetter()),
                qPrintable(
                    QStringLiteral("a word broken: %1|%2").arg(text.mid(end - 10, 10), text.mid(end, 10))));
        }
    }
    // The window fits the screen size it was given: nothing forced it wider.
    QVERIFY2(m_window->width() <= size.width(), qPrintable(QString::number(m_window->width())));
}

// Each annotation reads as the quote, its value formatted for the locale, its
// pillar and note; K visibly changes what a suggestion will make.
void TestReader::panelReadsAsCards()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    openSample();
    AnnotationPanel *panel = m_window->annotationPanel();
    int amount = -1;
    for (int i = 0; i < m_window->proposals().size(); ++i) {
        if (m_window->proposals().at(i).suggestion.text == QLatin1String("$6.5 billion"))
            amount = i;
    }
    QVERIFY(amount >= 0);
    QTreeWidgetItem *card = panel->sectionItem(AnnotationPanel::SuggestionSection)->child(amount);
    QCOMPARE(card->data(0, AnnotationDelegate::KindTextRole).toString(), QStringLiteral("Amount suggestion"));
    QCOMPARE(card->data(0, AnnotationDelegate::ValueTextRole).toString(),
             QStringLiteral("USD\u00a06,500,000,000"));
    panel->setFocus();
    panel->selectProposal(amount);
    QTest::keyClick(panel, Qt::Key_K);
    card = panel->sectionItem(AnnotationPanel::SuggestionSection)->child(amount);
    QCOMPARE(card->data(0, AnnotationDelegate::KindTextRole).toString(), QStringLiteral("Note suggestion"));
    QVERIFY(card->data(0, AnnotationDelegate::HintTextRole)
                .toString()
                .contains(QStringLiteral("K makes it an amount")));
    QTest::keyClick(panel, Qt::Key_K);
    QTest::keyClick(panel, Qt::Key_Return);
    const qint64 id = m_window->document()->store()->annotations(m_window->currentArticleId())->first().id;
    Annotation edited = *m_window->document()->store()->annotation(id);
    Annotation withNote = edited;
    withNote.note = QStringLiteral("Largest private commitment to date");
    QVERIFY(m_window->document()->editAnnotation(edited, withNote));
    QTreeWidgetItem *saved = panel->itemForAnnotation(id);
    QCOMPARE(saved->text(0), QStringLiteral("$6.5 billion"));
    QCOMPARE(saved->data(0, AnnotationDelegate::ValueTextRole).toString(),
             QStringLiteral("USD\u00a06,500,000,000"));
    QCOMPARE(saved->data(0, AnnotationDelegate::NoteTextRole).toString(),
             QStringLiteral("Largest private commitment to date"));
    // The card's height holds every line: nothing is cut off or needs a horizontal scroll bar.
    const QRect rect = panel->visualItemRect(saved);
    QVERIFY(rect.height() >= 3 * panel->fontMetrics().height());
    QVERIFY(rect.width() <= panel->viewport()->width());
    QLocale::setDefault(QLocale::system());
}

// Esc clears the search, the export shortcut works from a text field, "&" in a
// pillar's name is shown (menu, merge dialog), and no label shows a stray "&".
void TestReader::keysAndNamesAsUsersMeanThem()
{
    openSample();
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window));
    QLineEdit *search = m_window->searchField();
    search->setFocus();
    QTest::keyClicks(search, QStringLiteral("harbor"));
    QTest::keyClick(search, Qt::Key_Escape);
    QCOMPARE(search->text(), QString());
    bool asked = false;
    whenModal<QMessageBox>([&asked](QMessageBox *box) {
        asked = true;
        box->reject();
    });
    search->setFocus();
    QTest::keyClick(search, Qt::Key_E, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_VERIFY(asked);

    QVERIFY(m_window->document()->addPillar(QStringLiteral("R&D")));
    QVERIFY(m_window->document()->addPillar(QStringLiteral("Talent")));
    const QString text = m_window->articleView()->article().text;
    const int at = int(text.indexOf(QStringLiteral("Developing Homegrown Talent")));
    m_window->articleView()->selectRange(at, at + 10);
    QString entry;
    whenModal<QMenu>([&entry](QMenu *menu) {
        entry = menu->actions().value(0)->text();
        menu->close();
    });
    m_window->action(QStringLiteral("tagPillar"))->trigger();
    QCOMPARE(entry, QStringLiteral("&1  R&&D")); // shown as "1  R&D", 1 the mnemonic

    QString label;
    Qt::TextFormat format = Qt::RichText;
    whenModal<QDialog>([&](QDialog *pillars) {
        auto *dialog = qobject_cast<PillarsDialog *>(pillars);
        dialog->table()->selectRow(0);
        whenModal<QInputDialog>([&](QInputDialog *input) {
            label = input->labelText();
            format = input->findChild<QLabel *>()->textFormat();
            input->reject();
        });
        dialog->findChildren<QPushButton *>().at(2)->click(); // Merge Into…
        dialog->close();
    });
    m_window->action(QStringLiteral("managePillars"))->trigger();
    QVERIFY2(label.contains(QStringLiteral("“R&&D”")), qPrintable(label));
    QCOMPARE(format, Qt::PlainText);

    bool buddied = false;
    whenModal<QDialog>([&buddied](QDialog *dialog) {
        for (QLabel *l : dialog->findChildren<QLabel *>()) {
            if (l->text().contains(QLatin1Char('&')))
                buddied = l->buddy() != nullptr;
        }
        dialog->reject();
    });
    m_window->action(QStringLiteral("articleProperties"))->trigger();
    QVERIFY(buddied);
}

void TestReader::findInArticle()
{
    openSample();
    ArticleView *view = m_window->articleView();
    const QString body = view->article().text;
    const int expected = int(body.count(QStringLiteral("Northwind"), Qt::CaseInsensitive));
    QVERIFY(expected > 2);
    view->setFocus();
    QTest::keyClick(view, Qt::Key_F, Qt::ControlModifier); // Ctrl+F while reading
    FindBar *bar = m_window->findBar();
    QVERIFY(bar->isVisible());
    QTest::keyClicks(bar->field(), QStringLiteral("northwind"));
    QCOMPARE(view->findHitCount(), expected);
    QCOMPARE(bar->status(), QStringLiteral("1 of %1").arg(expected));
    QTest::keyClick(bar->field(), Qt::Key_Return);
    QCOMPARE(bar->status(), QStringLiteral("2 of %1").arg(expected));
    m_window->action(QStringLiteral("findPrevious"))->trigger();
    QCOMPARE(bar->status(), QStringLiteral("1 of %1").arg(expected));
    m_window->action(QStringLiteral("findNext"))->trigger();
    QCOMPARE(view->currentFindHit(), 2);
    // The article shown again (another program changed the library): the bar
    // still finds, and F3 goes on.
    m_window->showArticle(m_window->currentArticleId());
    QCOMPARE(view->findHitCount(), expected);
    m_window->action(QStringLiteral("findNext"))->trigger();
    QVERIFY2(bar->status().endsWith(QStringLiteral("of %1").arg(expected)), qPrintable(bar->status()));
    QTest::keyClick(bar->field(), Qt::Key_Escape);
    QVERIFY(!bar->isVisible());
    QCOMPARE(view->findHitCount(), 0);
    // In the articles list, Ctrl+F (the key itself) still finds articles.
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window));
    m_window->articleList()->setFocus();
    QTRY_VERIFY(m_window->articleList()->hasFocus());
    QTest::keyClick(m_window->articleList(), Qt::Key_F, Qt::ControlModifier);
    QTRY_VERIFY(m_window->searchField()->hasFocus());
    QVERIFY(!bar->isVisible());
}

void TestReader::moveBetweenAnnotationsAndSuggestions()
{
    openSample();
    // Three annotations, accepted from the end backwards so their order is the text's.
    for (int i = 0; i < 3; ++i)
        QVERIFY(m_window->acceptProposal(int(m_window->proposals().size()) - 1));
    QVector<Annotation> annotations =
        *m_window->document()->store()->annotations(m_window->currentArticleId());
    std::sort(annotations.begin(), annotations.end(),
              [](const Annotation &a, const Annotation &b) { return a.start < b.start; });
    QTextCursor start(m_window->articleView()->document());
    m_window->articleView()->setTextCursor(start);
    m_window->annotationPanel()->setCurrentItem(nullptr);
    m_window->action(QStringLiteral("nextAnnotation"))->trigger();
    QCOMPARE(m_window->annotationPanel()->currentAnnotationId(), annotations.at(0).id);
    m_window->action(QStringLiteral("nextAnnotation"))->trigger();
    QCOMPARE(m_window->annotationPanel()->currentAnnotationId(), annotations.at(1).id);
    // The view follows: its caret sits on the annotation.
    QCOMPARE(m_window->articleView()->caretOffset(), annotations.at(1).start);
    m_window->action(QStringLiteral("previousAnnotation"))->trigger();
    QCOMPARE(m_window->annotationPanel()->currentAnnotationId(), annotations.at(0).id);
    m_window->action(QStringLiteral("nextSuggestion"))->trigger();
    const int proposal = m_window->annotationPanel()->currentProposalIndex();
    QVERIFY(proposal >= 0);
    QCOMPARE(m_window->articleView()->textCursor().selectedText(),
             m_window->proposals().at(proposal).suggestion.text);
    m_window->action(QStringLiteral("nextSuggestion"))->trigger();
    QCOMPARE(m_window->annotationPanel()->currentProposalIndex(),
             (proposal + 1) % int(m_window->proposals().size()));
}

void TestReader::zoomAndColoursAreRemembered()
{
    openSample();
    ArticleView *view = m_window->articleView();
    const qreal before = view->document()->defaultFont().pointSizeF();
    m_window->action(QStringLiteral("zoomIn"))->trigger();
    m_window->action(QStringLiteral("zoomIn"))->trigger();
    QVERIFY(view->document()->defaultFont().pointSizeF() > before * 1.15);
    ReadingStyle dark = view->readingStyle();
    dark.theme = ReadingStyle::Theme::Dark;
    m_window->applyReadingStyle(dark, true);
    QVERIFY(ReadingStyle::isDark(QApplication::palette()));
    // Highlights stay readable on the dark page: clearly lighter than its background.
    const QColor base = QApplication::palette().color(QPalette::Base);
    for (AnnotationKind kind :
         {AnnotationKind::Pillar, AnnotationKind::Amount, AnnotationKind::Deadline, AnnotationKind::Note})
        QVERIFY(ArticleView::kindColor(kind, true).lightness() - base.lightness() > 80);
    // A new window (the next start) reads with the same size and colours.
    const QString path = m_window->document()->store()->path();
    delete m_window;
    m_window = new MainWindow;
    m_window->show();
    QVERIFY(m_window->openLibrary(path));
    QVERIFY(m_window->articleView()->document()->defaultFont().pointSizeF() > before * 1.15);
    QVERIFY(ReadingStyle::isDark(QApplication::palette()));
    m_window->action(QStringLiteral("zoomReset"))->trigger();
    QCOMPARE(m_window->articleView()->document()->defaultFont().pointSizeF(), before);
}

void TestReader::readingPositionIsRemembered()
{
    openSample();
    const qint64 first = m_window->currentArticleId();
    QVERIFY(
        m_window->importData("A second story\n\nA short article about something else, with a few words.\n",
                             CleanInput::Format::Text, SourceKind::Paste, QString()));
    const qint64 second = m_window->currentArticleId();
    m_window->showArticle(first);
    ArticleView *view = m_window->articleView();
    const int middle = int(view->article().text.indexOf(QStringLiteral("Site selection leaned")));
    view->scrollToTextOffset(middle);
    QTest::qWait(20);
    const int top = view->topTextOffset();
    QVERIFY(top > 0);
    m_window->showArticle(second);
    QCOMPARE(view->topTextOffset(), 0);
    m_window->showArticle(first);
    QCOMPARE(view->topTextOffset(), top);
    // The next start opens the library on the article last read, where it was left.
    const QString path = m_window->document()->store()->path();
    delete m_window;
    m_window = new MainWindow;
    m_window->resize(1200, 800);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
    QVERIFY(m_window->openLibrary(path));
    QCOMPARE(m_window->currentArticleId(), first);
    QCOMPARE(m_window->articleView()->topTextOffset(), top);
}

void TestReader::exportsMarkdownAndPdf()
{
    openSample();
    int amount = -1;
    for (int i = 0; i < m_window->proposals().size(); ++i) {
        if (m_window->proposals().at(i).suggestion.text == QLatin1String("$6.5 billion"))
            amount = i;
    }
    QVERIFY(m_window->acceptProposal(amount));
    Annotation a = m_window->document()->store()->annotations(m_window->currentArticleId())->first();
    Annotation noted = a;
    noted.note = QStringLiteral("largest to date");
    QVERIFY(m_window->document()->editAnnotation(a, noted));
    const QString md = m_dir.filePath(QStringLiteral("article.md"));
    QVERIFY(m_window->exportArticleMarkdown(md));
    QFile file(md);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    QVERIFY(text.startsWith(QStringLiteral("# Northwind Cloud Bets")));
    QVERIFY2(text.contains(QStringLiteral("==$6.5 billion==[^1]")), qPrintable(text.left(600)));
    QVERIFY(text.contains(QStringLiteral("[^1]: Amount: USD")));
    QVERIFY(text.contains(QStringLiteral("largest to date")));
    QVERIFY(text.contains(QStringLiteral("## Three Pillars")));
    const QString pdf = m_dir.filePath(QStringLiteral("article.pdf"));
    QVERIFY(m_window->exportArticlePdf(pdf));
    QFile printed(pdf);
    QVERIFY(printed.open(QIODevice::ReadOnly));
    QVERIFY(printed.read(5) == "%PDF-");
    QVERIFY(printed.size() > 10000);
}

void TestReader::doubleClickSelectsAJapaneseWord()
{
    const QString path = m_dir.filePath(QStringLiteral("ja-%1.gleaner").arg(++m_counter));
    QVERIFY(m_window->openLibrary(path, true));
    QVERIFY(m_window->importData(
        QStringLiteral("日本への投資\n\n同社は2029年までに100億ドルを日本に投資すると発表した。\n").toUtf8(),
        CleanInput::Format::Text, SourceKind::Paste, QString()));
    ArticleView *view = m_window->articleView();
    for (const auto &[word, expected] : {std::pair{QStringLiteral("投資すると"), QStringLiteral("投資")},
                                         std::pair{QStringLiteral("ドルを"), QStringLiteral("ドル")},
                                         std::pair{QStringLiteral("2029年"), QStringLiteral("2029")}}) {
        const int at = int(view->article().text.lastIndexOf(word));
        QTextCursor c(view->document());
        c.setPosition(view->documentPosition(at) + 1);
        const QPoint point = view->cursorRect(c).center();
        QTest::mouseDClick(view->viewport(), Qt::LeftButton, Qt::NoModifier, point);
        QCOMPARE(view->textCursor().selectedText(), expected);
    }
}

QTEST_MAIN(TestReader)
#include "tst_reader.moc"
