// The reading menus a user opens: View ▸ Reading Settings (changes show at once,
// OK keeps them, Cancel puts back how it was) and File ▸ Print Article.
#include "articleview.h"
#include "mainwindow.h"
#include "readingsettingsdialog.h"
#include "settings.h"
#include "windowtest.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFile>
#include <QLineEdit>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QStandardPaths>
#include <QStyle>
#include <QTemporaryDir>
#include <QTest>

using namespace Gleaner;
using Gleaner::Test::whenModal;

class TestReadingMenus : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    MainWindow *m_window = nullptr;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }
    void init()
    {
        Settings().setReadingStyle(ReadingStyle{});
        m_window = new MainWindow;
        m_window->resize(1200, 800);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window));
        QVERIFY(m_window->openLibrary(m_dir.filePath(QStringLiteral("menus.gleaner")), true));
        if (m_window->currentArticleId() <= 0)
            QVERIFY(m_window->importFiles({Gleaner::Test::sampleArticlePath()}));
    }
    void cleanup()
    {
        delete m_window;
        m_window = nullptr;
        Settings().setReadingStyle(ReadingStyle{});
        QApplication::setPalette(QApplication::style()->standardPalette());
    }

    void readingSettingsShowAtOnceAndCancelPutsBack()
    {
        ArticleView *view = m_window->articleView();
        const qreal before = view->readingStyle().pointSize;
        qreal during = 0;
        whenModal<ReadingSettingsDialog>([&](ReadingSettingsDialog *dialog) {
            auto *size = dialog->findChild<QDoubleSpinBox *>();
            size->setValue(size->value() + 6);
            during = view->readingStyle().pointSize; // shown in the article at once
            dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Cancel)->click();
        });
        m_window->action(QStringLiteral("readingSettings"))->trigger();
        QVERIFY(during > before + 5);
        QCOMPARE(view->readingStyle().pointSize, before);
        QCOMPARE(Settings().readingStyle().pointSize, before);

        whenModal<ReadingSettingsDialog>([&](ReadingSettingsDialog *dialog) {
            auto *size = dialog->findChild<QDoubleSpinBox *>();
            size->setValue(size->value() + 6);
            dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
        });
        m_window->action(QStringLiteral("readingSettings"))->trigger();
        QVERIFY(view->readingStyle().pointSize > before + 5);
        QCOMPARE(Settings().readingStyle().pointSize, view->readingStyle().pointSize); // remembered
    }

    // The print dialog's printer, set to a file, receives the article.
    void printArticlePrintsIt()
    {
        const QString pdf = m_dir.filePath(QStringLiteral("printed.pdf"));
        bool asked = false;
        whenModal<QPrintDialog>([&](QPrintDialog *dialog) {
            asked = true;
            // With no printer installed, Qt's dialog offers printing to a file, and
            // takes the file's name from its own field when accepted.
            dialog->printer()->setOutputFormat(QPrinter::PdfFormat);
            dialog->printer()->setOutputFileName(pdf);
            // Never a real printer: the last entry of Qt's list is printing to a file.
            if (auto *printers = dialog->findChild<QComboBox *>(QStringLiteral("printers")))
                printers->setCurrentIndex(printers->count() - 1);
            if (auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("filename")))
                name->setText(pdf);
            dialog->accept();
        });
        m_window->action(QStringLiteral("printArticle"))->trigger();
        QVERIFY(asked);
        QFile printed(pdf);
        QVERIFY(printed.open(QIODevice::ReadOnly));
        QCOMPARE(printed.read(5), QByteArray("%PDF-"));
        QVERIFY(printed.size() > 10000);
    }
};

QTEST_MAIN(TestReadingMenus)
#include "tst_readingmenus.moc"
