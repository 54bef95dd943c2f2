// Reading in the window: the whole article reachable, a readable column at every
// window size, find, navigation, zoom and theme, positions remembered, exports.
#include "annotationdelegate.h"
#include "annotationpanel.h"
#include "articlelistmodel.h"
#include "articleview.h"
#include "mainwindow.h"
#include "pillarsdialog.h"
#include "windowtest.h"

#include <QAbstractTextDocumentLayout>
#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollBar>
#include <QStandardPaths>
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
    }
    void endOfArticleIsReachable_data();
    void endOfArticleIsReachable();
    void endIsReachableWhenShownAtStart();
    void readableColumnAtEverySize_data();
    void readableColumnAtEverySize();
    void panelReadsAsCards();
    void keysAndNamesAsUsersMeanThem();
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
    m_window->resize(size);
    QTest::qWait(50);
    openSample();
    ArticleView *view = m_window->articleView();
    view->setFocus();
    QTest::qWait(50);
    // Ctrl+End, as a reader does, right after the article appeared.
    QTest::keyClick(view, Qt::Key_End, Qt::ControlModifier);
    QTest::qWait(20);
    QVERIFY2(view->viewport()->rect().intersects(lastBlockRect(view)),
             qPrintable(QStringLiteral("last block at %1, viewport height %2, scroll %3/%4")
                            .arg(lastBlockRect(view).top())
                            .arg(view->viewport()->height())
                            .arg(view->verticalScrollBar()->value())
                            .arg(view->verticalScrollBar()->maximum())));
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
    QVERIFY2(view->viewport()->rect().intersects(lastBlockRect(view)),
             qPrintable(QStringLiteral("last block at %1, viewport height %2, scroll %3/%4")
                            .arg(lastBlockRect(view).top())
                            .arg(view->viewport()->height())
                            .arg(view->verticalScrollBar()->value())
                            .arg(view->verticalScrollBar()->maximum())));
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

// The reading column keeps at least 45 characters (the side panels give way
// first) and never breaks a word; on a wide screen lines stay a readable length.
void TestReader::readableColumnAtEverySize()
{
    QFETCH(QSize, size);
    openSample();
    m_window->resize(size);
    QTest::qWait(100);
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

QTEST_MAIN(TestReader)
#include "tst_reader.moc"
