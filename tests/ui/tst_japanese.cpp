// The window in Japanese: every visible string Gleaner shows, and Qt's own
// buttons and dialogs, are in Japanese; no English word is left but names
// (Gleaner, Qt, CSV…) and key names (Ctrl, Enter…).
#include "annotationdelegate.h"
#include "annotationeditdialog.h"
#include "annotationpanel.h"
#include "articlepropertiesdialog.h"
#include "articleview.h"
#include "backgroundtask.h"
#include "commitmentdialog.h"
#include "feeddialogs.h"
#include "feedsview.h"
#include "findbar.h"
#include "findingsview.h"
#include "guiapplication.h"
#include "mainwindow.h"
#include "pillarsdialog.h"
#include "ratesdialog.h"
#include "readingsettingsdialog.h"
#include "tagdialogs.h"
#include "testengine.h"
#include "windowtest.h"

#include "services/annotationtext.h"
#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDockWidget>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProgressDialog>
#include <QPushButton>
#include <QRegularExpression>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <QTest>
#include <QThread>
#include <QTreeView>

using namespace Gleaner;
using Gleaner::Test::whenModal;

namespace {
// Names and key names stay as they are in a Japanese interface.
const QStringList &allowed()
{
    static const QStringList words{
        QStringLiteral("Gleaner"), QStringLiteral("Qt"),       QStringLiteral("SQLite"),
        QStringLiteral("CSV"),     QStringLiteral("PDF"),      QStringLiteral("Markdown"),
        QStringLiteral("URL"),     QStringLiteral("URLs"),     QStringLiteral("OK"),
        QStringLiteral("USD"),     QStringLiteral("EUR"),      QStringLiteral("JPY"),
        QStringLiteral("ISO"),     QStringLiteral("HTML"),     QStringLiteral("Ctrl"),
        QStringLiteral("Shift"),   QStringLiteral("Enter"),    QStringLiteral("Delete"),
        QStringLiteral("Esc"),     QStringLiteral("Tab"),      QStringLiteral("Alt"),
        QStringLiteral("MIT"),     QStringLiteral("engineer"), QStringLiteral("https"),
        QStringLiteral("gleaner"), QStringLiteral("WAL"),      QStringLiteral("OPML"),
        QStringLiteral("RSS"),     QStringLiteral("Atom"),     QStringLiteral("JSON")};
    return words;
}

// The English words in a string that a Japanese user would see.
QStringList englishWords(const QString &text)
{
    static const QRegularExpression word(QStringLiteral("[A-Za-z]{3,}"));
    QStringList found;
    auto it = word.globalMatch(text);
    while (it.hasNext()) {
        const QString w = it.next().captured();
        if (!allowed().contains(w))
            found << w;
    }
    return found;
}

void check(const QString &where, const QString &text, QStringList *problems)
{
    if (text.isEmpty())
        return;
    // What stands in quotation marks is data (a title, a quote, a file name).
    static const QRegularExpression quoted(QStringLiteral("“[^”]*”|「[^」]*」"));
    const QStringList words = englishWords(QString(text).remove(quoted).remove(QLatin1Char('&')));
    if (!words.isEmpty())
        *problems << QStringLiteral("%1: “%2” (%3)").arg(where, text, words.join(QLatin1Char(' ')));
}

void walkMenu(QMenu *menu, const QString &path, QStringList *problems)
{
    check(path, menu->title(), problems);
    for (QAction *a : menu->actions()) {
        if (a->isSeparator())
            continue;
        if (a->menu())
            walkMenu(a->menu(), path + QStringLiteral(" ▸ ") + a->text(), problems);
        else if (a->objectName() != QLatin1String("recentLibrary") && !a->data().isValid())
            check(path + QStringLiteral(" ▸ ") + a->text(), a->text(), problems);
    }
}

// Every text a widget shows, for the widget and its children; article content
// (titles, quotes, the text) is data, not interface, and is left out.
void walk(QWidget *root, QStringList *problems)
{
    QList<QWidget *> widgets = root->findChildren<QWidget *>();
    widgets.prepend(root);
    for (QWidget *w : std::as_const(widgets)) {
        const QString name =
            QString::fromLatin1(w->metaObject()->className()) + QLatin1Char('#') + w->objectName();
        if (qobject_cast<ArticleView *>(w) || qobject_cast<QTreeView *>(w->parentWidget()))
            continue;
        if (auto *label = qobject_cast<QLabel *>(w))
            check(name, label->text(), problems);
        if (auto *button = qobject_cast<QAbstractButton *>(w))
            check(name, button->text(), problems);
        if (auto *edit = qobject_cast<QLineEdit *>(w))
            check(name, edit->placeholderText(), problems);
        if (auto *edit = qobject_cast<QPlainTextEdit *>(w))
            check(name, edit->placeholderText(), problems);
        if (auto *dock = qobject_cast<QDockWidget *>(w))
            check(name, dock->windowTitle(), problems);
        if (auto *header = qobject_cast<QHeaderView *>(w)) {
            for (int i = 0; i < header->count(); ++i)
                check(name, header->model()->headerData(i, header->orientation()).toString(), problems);
        }
        if (auto *combo = qobject_cast<QComboBox *>(w); combo && !combo->isEditable()) {
            for (int i = 0; i < combo->count(); ++i) {
                // The library's pillars and ISO currency codes are data, not words to translate.
                const bool pillar = combo->objectName().endsWith(QLatin1String("illarFilter")) &&
                                    combo->itemData(i).toLongLong() > 0;
                // Actors and sites come from the library, as pillar names do.
                const bool fromLibrary = (combo->objectName() == QLatin1String("actorFilter") ||
                                          combo->objectName() == QLatin1String("siteFilter")) &&
                                         !combo->itemData(i).toString().isEmpty();
                const bool currency = combo->objectName() == QLatin1String("currencyFilter") &&
                                      !combo->itemData(i).toString().isEmpty();
                if (!pillar && !currency && !fromLibrary)
                    check(name, combo->itemText(i), problems);
            }
        }
        if (w->isWindow() && w != root)
            continue;
        check(name + QStringLiteral(" tooltip"), w->toolTip(), problems);
    }
}
} // namespace

class TestJapanese : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        GLEANER_REQUIRE_ENGINE();
        installTranslations(*qApp, QStringLiteral("ja"));
    }
    void cleanupTestCase() { QLocale::setDefault(QLocale::system()); }
    void everyVisibleStringIsJapanese();
    void amountsReadInJapanese();
};

// The panel, tool tips and exports say amounts with AnnotationText: in Japanese,
// yen and counters follow the number and qualifiers are Japanese words.
void TestJapanese::amountsReadInJapanese()
{
    const QLocale ja(QLocale::Japanese, QLocale::Japan);
    QCOMPARE(AnnotationText::amount(QStringLiteral("500"), QString(), QStringLiteral("megawatt"),
                                    QStringLiteral("up to"), ja),
             QStringLiteral("最大500メガワット"));
    QCOMPARE(AnnotationText::amount(QStringLiteral("50000000000"), QStringLiteral("JPY"), QString(),
                                    QStringLiteral("about"), ja),
             QStringLiteral("約50,000,000,000円"));
    QCOMPARE(AnnotationText::amount(QStringLiteral("10000"), QString(), QStringLiteral("people"),
                                    QStringLiteral("more than"), ja),
             QStringLiteral("10,000人超"));
    QCOMPARE(
        AnnotationText::amount(QStringLiteral("2000000000"), QStringLiteral("USD"), QString(), QString(), ja),
        QStringLiteral("USD\u00a02,000,000,000"));
    // A unit without a Japanese name keeps its English one.
    QCOMPARE(AnnotationText::amount(QStringLiteral("3"), QString(), QStringLiteral("ferry"), QString(), ja),
             QStringLiteral("3\u00a0ferries"));
}

void TestJapanese::everyVisibleStringIsJapanese()
{
    MainWindow window;
    window.resize(1200, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    // A file, or a library on the test server (its window and messages in Japanese too).
    QVERIFY(window.openLibrary(Gleaner::Test::newLibrary(m_dir, QStringLiteral("ja.gleaner")), true));
    QVERIFY(window.importFiles({Gleaner::Test::sampleArticlePath()}));
    QVERIFY(window.acceptProposal(0));
    window.findBar()->open();
    QStringList problems;
    walk(&window, &problems);
    // The Findings tab in each of its modes, and the commitment dialog.
    window.tabs()->setCurrentIndex(1);
    for (FindingsView::Show show :
         {FindingsView::Show::Annotations, FindingsView::Show::Commitments, FindingsView::Show::Proposed}) {
        window.findingsView()->setShow(show);
        walk(window.findingsView(), &problems);
    }
    // The Feeds tab with a feed in a folder, its fixed entries, and its dialogs.
    Feed feed;
    // A feed whose title and address are Japanese: the dialog shows them as data.
    feed.url = QUrl(QStringLiteral("https://gleaner.jp/フィード"));
    feed.title = QStringLiteral("通信");
    feed.folder = QStringLiteral("News");
    const qint64 feedId = window.document()->store()->feeds().add(feed).value_or(0);
    QVERIFY(feedId > 0);
    QVERIFY(window.document()->store()->feeds().recordCheck(feedId, QDateTime::currentDateTimeUtc(),
                                                            QStringLiteral("…"), QDateTime()));
    window.action(QStringLiteral("showFeeds"))->trigger();
    window.feedsView()->libraryChanged();
    walk(window.feedsView(), &problems);
    for (int row = 0; row < 2; ++row)
        check(QStringLiteral("feed tree"), window.feedsView()->treeModel()->index(row, 0).data().toString(),
              &problems);
    window.feedsView()->selectFeed(feedId);
    check(QStringLiteral("feed tree tooltip"),
          window.feedsView()
              ->feedTree()
              ->currentIndex()
              .data(Qt::ToolTipRole)
              .toString()
              .remove(QRegularExpression(QStringLiteral("<[^>]*>"))),
          &problems);
    SubscribeDialog subscribe({QStringLiteral("News")}, &window);
    walk(&subscribe, &problems);
    FeedPropertiesDialog feedProperties(*window.document()->store()->feeds().get(feedId), {}, &window);
    walk(&feedProperties, &problems);
    window.tabs()->setCurrentIndex(0);
    Commitment commitment;
    commitment.actor = QStringLiteral("Northwind Cloud");
    commitment.sources << CommitmentSource{0, 1, 0, 10, QStringLiteral("quote"), {}, {}, {}};
    CommitmentDialog commitmentDialog(commitment, {}, QStringLiteral("…"), &window,
                                      {QStringLiteral("Skills")});
    walk(&commitmentDialog, &problems);
    RatesDialog rates(window.document(), &window);
    walk(&rates, &problems);
    for (QMenu *menu : window.menuBar()->findChildren<QMenu *>(QString(), Qt::FindDirectChildrenOnly))
        walkMenu(menu, QStringLiteral("menu"), &problems);
    // The panel's section titles and what each card says about itself.
    AnnotationPanel *panel = window.annotationPanel();
    for (int s = 0; s < AnnotationPanel::SectionCount; ++s) {
        QTreeWidgetItem *section = panel->sectionItem(AnnotationPanel::Section(s));
        check(QStringLiteral("panel section"), section->text(0), &problems);
        for (int i = 0; i < section->childCount(); ++i) {
            for (int role : {int(AnnotationDelegate::KindTextRole), int(AnnotationDelegate::HintTextRole)})
                check(QStringLiteral("panel card"), section->child(i)->data(0, role).toString(), &problems);
        }
    }
    // Dialogs, with Qt's own buttons.
    PillarsDialog pillars(window.document(), &window);
    walk(&pillars, &problems);
    ReadingSettingsDialog reading(ReadingStyle{}, &window);
    walk(&reading, &problems);
    ArticlePropertiesDialog properties({QStringLiteral("t"), QDate(2026, 1, 2), QString(), QString()},
                                       &window);
    walk(&properties, &problems);
    const Annotation first = window.document()->store()->annotations(window.currentArticleId())->first();
    AnnotationEditDialog edit(first, {}, &window);
    walk(&edit, &problems);
    QDialogButtonBox buttons(QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::Close);
    walk(&buttons, &problems);
    QVERIFY2(buttons.button(QDialogButtonBox::Cancel)->text() != QLatin1String("Cancel"),
             "Qt's translations are loaded");
    AmountDialog amount(QStringLiteral("$10 billion"), &window);
    walk(&amount, &problems);
    DeadlineDialog deadline(QStringLiteral("by 2029"), &window);
    walk(&deadline, &problems);
    whenModal<QMessageBox>([&problems](QMessageBox *box) {
        walk(box, &problems);
        box->reject();
    });
    window.action(QStringLiteral("exportCsv"))->trigger();
    // The progress dialog of long work, with Qt's Cancel button.
    whenModal<QProgressDialog>([&problems](QProgressDialog *progress) {
        walk(progress, &problems);
        progress->findChild<QPushButton *>()->click();
    });
    bool stopped = false;
    runInBackground<bool>(
        &window, QStringLiteral("…"),
        [](std::atomic_bool *cancel, std::atomic_int *) {
            for (int i = 0; i < 2000 && !*cancel; ++i)
                QThread::msleep(10);
            return true;
        },
        &stopped);
    QVERIFY(stopped);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

QTEST_MAIN(TestJapanese)
#include "tst_japanese.moc"
