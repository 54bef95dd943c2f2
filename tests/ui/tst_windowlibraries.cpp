// The window's library and import paths driven as a user drives them: CSV
// export, a damaged or read-only file, New/Open/Recent/Save As, importing from
// a file, a URL, the clipboard and a drop, a duplicate import, About and Quit,
// and the window's state kept for the next start.
#include "mainwindowfixture.h"

class TestWindowLibraries : public MainWindowFixture
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { setUpTestCase(); }
    void init() { openWindow(); }
    void cleanup() { closeWindow(); }
    void csvExportFromMenu();
    void corruptLibraryKeepsCurrent();
    void readOnlyLibraryDisablesEditing();
    void newOpenRecentAndSaveAs();
    void importFileFromMenu();
    void importUrlFromMenu();
    void pasteArticleFromClipboard();
    void dropTextImports();
    void findAboutPanelQuit();
    void duplicateImportOpensOrAddsVersion();
    void windowStateIsRestored();
};

void TestWindowLibraries::csvExportFromMenu()
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

void TestWindowLibraries::corruptLibraryKeepsCurrent()
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

void TestWindowLibraries::readOnlyLibraryDisablesEditing()
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

void TestWindowLibraries::newOpenRecentAndSaveAs()
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

void TestWindowLibraries::importFileFromMenu()
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

void TestWindowLibraries::importUrlFromMenu()
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

void TestWindowLibraries::pasteArticleFromClipboard()
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

void TestWindowLibraries::dropTextImports()
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

void TestWindowLibraries::findAboutPanelQuit()
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

void TestWindowLibraries::duplicateImportOpensOrAddsVersion()
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

void TestWindowLibraries::windowStateIsRestored()
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

QTEST_MAIN(TestWindowLibraries)
#include "tst_windowlibraries.moc"
