// The window driven as a user drives it, for tst_mainwindow and
// tst_windowlibraries: a window per test, a library per test (a file, or a new
// database when the suite runs against a server), file dialogs answered by the
// test, and the library read through a second connection after each step.
#pragma once

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

class MainWindowFixture : public QObject
{
protected:
    QTemporaryDir m_dir;
    MainWindow *m_window = nullptr;
    QString m_path;
    int m_counter = 0;
    QStringList m_nextFiles; // what the next file dialog answers

    static QString sampleArticle() { return Gleaner::Test::sampleArticlePath(); }
    // The file dialogs answer with the next name given here (Qt's own dialog is Qt's to test).
    void whenFileDialog(const QString &path) { m_nextFiles = {path}; }
    void trigger(const char *action) { m_window->action(QLatin1String(action))->trigger(); }

    void setUpTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        GLEANER_REQUIRE_ENGINE();
    }

    void openWindow()
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

    void closeWindow()
    {
        delete m_window;
        m_window = nullptr;
    }

    // A fresh library with the sample article imported through the window.
    void newLibraryWithSample()
    {
        m_path = Gleaner::Test::newLibrary(m_dir, QStringLiteral("ui-%1.gleaner").arg(++m_counter));
        QVERIFY(m_window->openLibrary(m_path, true));
        QVERIFY(m_window->importFiles({sampleArticle()}));
        QVERIFY(m_window->currentArticleId() > 0);
    }

    // A second connection to the same library: what is really stored.
    QVector<Annotation> annotationsOnDisk()
    {
        LibraryStore store;
        LibraryStore::OpenOptions options;
        options.readOnly = true;
        if (!store.open(m_path, options))
            return {};
        return store.annotations(m_window->currentArticleId()).value_or(QVector<Annotation>());
    }

    void selectText(const QString &phrase, int occurrence = 0)
    {
        const QString text = m_window->articleView()->article().text;
        int at = -1;
        for (int i = 0; i <= occurrence; ++i)
            at = text.indexOf(phrase, at + 1);
        QVERIFY2(at >= 0, qPrintable(phrase));
        m_window->articleView()->selectRange(at, at + int(phrase.size()));
        m_window->articleView()->setFocus();
    }
};
