// The window on a library on a PostgreSQL server, as a desk uses it: opened
// from File ▸ Open Library on a Server… with a password the server asks for,
// tagged in the window while another user tags from the command line, the
// other user's change shown within two seconds, exported, and copied to a file.
// Runs only against the test run's cluster (tests/CMakeLists.txt, ONLY_POSTGRES).
#include "testengine.h"
#include "testlibrary.h"
#include "windowtest.h"

#include "annotationdelegate.h"
#include "annotationpanel.h"
#include "articleview.h"
#include "csvreader.h"
#include "library/librarydocument.h"
#include "library/librarynames.h"
#include "mainwindow.h"

#include <QAction>
#include <QComboBox>
#include <QElapsedTimer>
#include <QMenu>
#include <QProcess>
#include <QProgressDialog>
#include <QPushButton>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTimer>
#include <QTreeWidgetItemIterator>

using namespace Gleaner;
using namespace Gleaner::Test;

class TestWindowServer : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

    static void selectText(MainWindow &window, const QString &phrase)
    {
        const QString text = window.articleView()->article().text;
        const int at = int(text.indexOf(phrase));
        QVERIFY2(at >= 0, qPrintable(phrase));
        window.articleView()->selectRange(at, at + int(phrase.size()));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        if (!onServer())
            QSKIP("runs only against a PostgreSQL cluster");
        GLEANER_REQUIRE_ENGINE();
    }
    void deskWorksTogetherOnOneLibrary();
    void emptyDatabaseIsCreatedOnlyWhenTheUserSaysSo();
    void slowServerCanBeLeftWithCancel();
};

void TestWindowServer::deskWorksTogetherOnOneLibrary()
{
    // The administrator prepares the library and a role that must give a password.
    const QString admin = newServerDatabase();
    {
        LibraryStore store;
        QVERIFY(store.open(admin, {true, false, 1000}));
    }
    const QString database = admin.section(QLatin1Char('/'), 3).section(QLatin1Char('?'), 0, 0);
    const QString role = QStringLiteral("gleaner_password_w%1").arg(QCoreApplication::applicationPid());
    serverAdmin(QStringLiteral("CREATE ROLE gleaner_passwords NOLOGIN"));
    QCOMPARE(
        serverAdmin(
            QStringLiteral("CREATE ROLE %1 LOGIN PASSWORD 'Quince-7' IN ROLE gleaner_passwords").arg(role)),
        QString());
    QCOMPARE(serverAdmin(
                 QStringLiteral("GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO %1; "
                                "GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO %1")
                     .arg(role),
                 database),
             QString());
    QString address = admin;
    address.replace(QLatin1String("user=gleaner_admin"), QStringLiteral("user=") + role);
    qunsetenv("PGPASSWORD");

    MainWindow window;
    QStringList answers{address, QStringLiteral("wrong"), QStringLiteral("Quince-7")};
    QStringList asked;
    window.setTextAsker([&](const QString &label, const QString &, bool secret) {
        asked << (secret ? QStringLiteral("secret: ") : QString()) + label;
        return answers.isEmpty() ? QString() : answers.takeFirst();
    });
    window.resize(1100, 760);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.findChild<QAction *>(QStringLiteral("openServerLibrary"))->trigger();
    QVERIFY2(window.document() && window.document()->store()->isServer(),
             qPrintable(asked.join(QLatin1Char('\n'))));
    QCOMPARE(asked.size(), 3); // the address, then the password twice (the first was wrong)
    QVERIFY(asked.at(1).startsWith(QLatin1String("secret: ")));
    QVERIFY(asked.at(2).contains(QLatin1String("did not accept")));
    QVERIFY2(window.windowTitle().startsWith(database), qPrintable(window.windowTitle()));

    // Tag in the window.
    QVERIFY(window.importFiles({sampleArticlePath()}));
    const qint64 article = window.currentArticleId();
    QVERIFY(article > 0);
    selectText(window, QStringLiteral("Northwind Cloud"));
    QVERIFY(window.tagSelectionAsPillar(QStringLiteral("AI Infrastructure")));
    QVERIFY(window.document()->undoStack()->count() > 0);

    // Another user tags from the command line, on the same library, at the same time.
    QProcess other;
    other.start(QStringLiteral(GLEANER_BINARY),
                {QStringLiteral("annotate"), QStringLiteral("--library"), admin, QStringLiteral("--article"),
                 QString::number(article), QStringLiteral("--kind"), QStringLiteral("pillar"),
                 QStringLiteral("--start"), QStringLiteral("0"), QStringLiteral("--end"), QStringLiteral("9"),
                 QStringLiteral("--pillar"), QStringLiteral("Cybersecurity")});
    QVERIFY(other.waitForFinished(30000));
    QCOMPARE(other.exitCode(), 0);
    // Shown within two seconds: the pillar filter lists the new pillar; the
    // history of edits the other user may have changed ends.
    // (the test allows five on a busy CI machine)
    QTRY_VERIFY_WITH_TIMEOUT(window.pillarFilter()->findText(QStringLiteral("Cybersecurity (1)")) > 0, 5000);
    QTRY_COMPARE_WITH_TIMEOUT(window.document()->undoStack()->count(), 0, 5000);
    // The panel says whose the other annotation is; the user's own says nothing.
    QStringList details;
    for (QTreeWidgetItemIterator it(window.annotationPanel()); *it; ++it)
        details << (*it)->data(0, AnnotationDelegate::DetailTextRole).toString();
    QCOMPARE(details.filter(QStringLiteral("by ")), QStringList{QStringLiteral("by gleaner_admin")});

    // A change that overtakes none of the user's steps leaves the history alone:
    // the user tags again, the other user adds a note to the same article, and
    // Undo takes back only the user's own tag.
    selectText(window, QStringLiteral("Canadian banks"));
    QVERIFY(window.tagSelectionAsPillar(QStringLiteral("AI Infrastructure")));
    QCOMPARE(window.document()->undoStack()->count(), 1);
    QProcess note;
    note.start(QStringLiteral(GLEANER_BINARY),
               {QStringLiteral("annotate"), QStringLiteral("--library"), admin, QStringLiteral("--article"),
                QString::number(article), QStringLiteral("--kind"), QStringLiteral("note"),
                QStringLiteral("--start"), QStringLiteral("10"), QStringLiteral("--end"),
                QStringLiteral("20"), QStringLiteral("--note"), QStringLiteral("check the figure")});
    QVERIFY(note.waitForFinished(30000));
    QCOMPARE(note.exitCode(), 0);
    QTRY_COMPARE_WITH_TIMEOUT(annotationsOf(*window.document()->store(), article).size(), 4, 2000);
    QTest::qWait(1200); // the window's check for outside changes has run meanwhile
    QCOMPARE(window.document()->undoStack()->count(), 1);
    window.action(QStringLiteral("undo"))->trigger();
    QVector<Annotation> left = annotationsOf(*window.document()->store(), article);
    QCOMPARE(left.size(), 3);
    QVERIFY(std::any_of(left.begin(), left.end(),
                        [](const Annotation &a) { return a.note == QLatin1String("check the figure"); }));
    // Redo puts it back; the user's other annotation stays as it was.
    window.action(QStringLiteral("redo"))->trigger();
    QCOMPARE(annotationsOf(*window.document()->store(), article).size(), 4);

    // Export: both users' annotations, the library named by its database.
    const QString csv = m_dir.filePath(QStringLiteral("desk.csv"));
    QVERIFY(window.exportCsv(csv, 0));
    QFile file(csv);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QVector<QStringList> rows = parseCsv(file.readAll());
    QCOMPARE(rows.size(), 5); // the header, then both users' four annotations
    QCOMPARE(rows.at(1).at(0), database);

    // Save Library As… copies the server library into a file, off the GUI thread.
    const QString copy = m_dir.filePath(QStringLiteral("desk copy.gleaner"));
    window.setFileChooser([&](MainWindow::FileRequest, const QString &, const QString &, const QString &) {
        return QStringList{copy};
    });
    window.findChild<QAction *>(QStringLiteral("saveLibraryAs"))->trigger();
    LibraryStore saved;
    QVERIFY2(saved.open(copy), qPrintable(saved.lastError().message));
    QCOMPARE(annotationsOf(saved, article).size(), 4);

    // Remembered by its address, never with the password.
    QMenu *recent = nullptr;
    for (QMenu *menu : window.findChildren<QMenu *>())
        if (menu->title().contains(QLatin1String("Recent")))
            recent = menu;
    QVERIFY(recent && !recent->actions().isEmpty());
    const QString remembered = recent->actions().first()->data().toString();
    QCOMPARE(remembered, LibraryNames::canonical(address));
    QVERIFY(!remembered.contains(QLatin1String("Quince")));
    // …and opened again from there, by the same user, later in the session.
    window.document()->store()->close();
    recent->actions().first()->trigger();
    QVERIFY(window.document()->store()->isOpen());
    QCOMPARE(window.document()->store()->path(), remembered);
}

void TestWindowServer::emptyDatabaseIsCreatedOnlyWhenTheUserSaysSo()
{
    const QString address = newServerDatabase();
    MainWindow window;
    QStringList questions;
    bool agree = false;
    window.setConfirmer([&](const QString &question) {
        questions << question;
        return agree;
    });
    QVERIFY(!window.openLibrary(address));
    QCOMPARE(questions.size(), 1);
    QVERIFY(questions.first().contains(QLatin1String("holds no library yet")));
    {
        LibraryStore probe;
        QVERIFY(!probe.open(address)); // still no library there
    }
    agree = true;
    QVERIFY(window.openLibrary(address));
    QVERIFY(window.document()->store()->isServer());
    QCOMPARE(window.document()->store()->schemaVersion(), LibraryStore::kSchemaVersion);
}

void TestWindowServer::slowServerCanBeLeftWithCancel()
{
    // A server that takes the connection and never answers: libpq would wait for
    // its connect timeout (here 20 s) while the window stays usable.
    QTcpServer silent;
    QVERIFY(silent.listen(QHostAddress::LocalHost));
    const QString open = newServerDatabase();
    MainWindow window;
    window.resize(1000, 700);
    window.show();
    QVERIFY(window.openLibrary(open, true));
    const QString before = window.document()->store()->path();

    QString shown;
    bool painted = false;
    QTimer::singleShot(1500, &window, [&]() {
        painted = window.grab().width() > 0; // the window repaints while it waits
        for (QProgressDialog *dialog : window.findChildren<QProgressDialog *>()) {
            if (!dialog->isVisible())
                continue;
            shown = dialog->labelText();
            if (QPushButton *cancel = dialog->findChild<QPushButton *>())
                QTest::mouseClick(cancel, Qt::LeftButton);
        }
    });
    QElapsedTimer timer;
    timer.start();
    QVERIFY(!window.openLibrary(
        QStringLiteral("postgresql://127.0.0.1:%1/desk?connect_timeout=20").arg(silent.serverPort())));
    QVERIFY2(timer.elapsed() < 10000, qPrintable(QString::number(timer.elapsed())));
    QVERIFY(painted);
    QVERIFY2(shown.startsWith(QLatin1String("Connecting to")), qPrintable(shown));
    // Cancelled on purpose: no error, and the library that was open stays open.
    QVERIFY2(!window.lastMessage().contains(QLatin1String("desk")), qPrintable(window.lastMessage()));
    QCOMPARE(window.document()->store()->path(), before);
    QVERIFY(window.document()->store()->isOpen());
    // The abandoned attempt holds nothing another open waits for.
    timer.restart();
    QVERIFY(window.openLibrary(m_dir.filePath(QStringLiteral("after.gleaner")), true));
    QVERIFY(window.openLibrary(open));
    // (well under the 20 s a connection left waiting would cost)
    QVERIFY2(timer.elapsed() < 15000, qPrintable(QString::number(timer.elapsed())));
}

QTEST_MAIN(TestWindowServer)
#include "tst_windowserver.moc"
