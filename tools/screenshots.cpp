// Renders real screenshots of the running window for the README:
//   gleaner-screenshots OUT_DIR
// It creates a scratch library with the sample article, tags pillars, amounts
// and deadlines the way a user would (accepting suggestions), and grabs the
// main window, the pillars manager, the Japanese UI and a dark palette.
#include "annotationpanel.h"
#include "articleview.h"
#include "guiapplication.h"
#include "mainwindow.h"
#include "pillarsdialog.h"

#include <QApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QStandardPaths>
#include <QStyleFactory>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace Gleaner;

namespace {
void settle()
{
    for (int i = 0; i < 5; ++i) {
        QCoreApplication::processEvents();
        QTest::qWait(30);
    }
}

void save(QWidget *widget, const QString &path)
{
    settle();
    if (!widget->grab().save(path))
        qWarning("could not write %s", qPrintable(path));
    else
        qInfo("wrote %s", qPrintable(path));
}

void tagSample(MainWindow &window)
{
    const QString text = window.articleView()->article().text;
    auto tagPillar = [&](const QString &phrase, const QString &pillar) {
        const int at = text.indexOf(phrase);
        if (at < 0)
            return;
        window.articleView()->selectRange(at, at + int(phrase.size()));
        window.tagSelectionAsPillar(pillar);
    };
    tagPillar(QStringLiteral("Building Out AI Infrastructure"), QStringLiteral("AI Infrastructure"));
    tagPillar(QStringLiteral("Hardening the Nation's Cybersecurity"), QStringLiteral("Cybersecurity"));
    tagPillar(QStringLiteral("Developing Homegrown Talent"), QStringLiteral("Talent Development"));
    // Accept every amount and deadline Gleaner proposes.
    for (int guard = 0; guard < 40; ++guard) {
        int index = -1;
        const QVector<Proposal> &proposals = window.proposals();
        for (int i = 0; i < proposals.size(); ++i) {
            if (proposals.at(i).kind == Proposal::Kind::Amount ||
                proposals.at(i).kind == Proposal::Kind::Deadline) {
                index = i;
                break;
            }
        }
        if (index < 0 || !window.acceptProposal(index))
            break;
    }
    window.articleView()->moveCursor(QTextCursor::Start);
}

QPalette darkPalette()
{
    QPalette p;
    p.setColor(QPalette::Window, QColor(37, 37, 38));
    p.setColor(QPalette::WindowText, QColor(220, 220, 220));
    p.setColor(QPalette::Base, QColor(30, 30, 30));
    p.setColor(QPalette::AlternateBase, QColor(45, 45, 48));
    p.setColor(QPalette::Text, QColor(220, 220, 220));
    p.setColor(QPalette::Button, QColor(45, 45, 48));
    p.setColor(QPalette::ButtonText, QColor(220, 220, 220));
    p.setColor(QPalette::Highlight, QColor(38, 79, 120));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::PlaceholderText, QColor(150, 150, 150));
    p.setColor(QPalette::Mid, QColor(80, 80, 80));
    p.setColor(QPalette::ToolTipBase, QColor(50, 50, 50));
    p.setColor(QPalette::ToolTipText, QColor(220, 220, 220));
    return p;
}
} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Gleaner"));
    QApplication::setOrganizationName(QStringLiteral("Gleaner"));
    QStandardPaths::setTestModeEnabled(true);
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    const QString out = app.arguments().value(1, QStringLiteral("."));
    QDir().mkpath(out);
    QTemporaryDir scratch;
    const QString library = scratch.filePath(QStringLiteral("Sample.gleaner"));
    QString error;
    if (!ensureDefaultLibrary(library, &error)) {
        qCritical("%s", qPrintable(error));
        return 1;
    }

    {
        MainWindow window;
        window.resize(1440, 900);
        window.show();
        window.openLibrary(library);
        tagSample(window);
        save(&window, out + QStringLiteral("/main-window.png"));

        PillarsDialog pillars(window.document(), &window);
        pillars.show();
        save(&pillars, out + QStringLiteral("/pillars.png"));
        pillars.close();

        QApplication::setPalette(darkPalette());
        window.openLibrary(library);
        save(&window, out + QStringLiteral("/dark.png"));
        QApplication::setPalette(QApplication::style()->standardPalette());
    }

    auto *qt = new QTranslator(&app);
    if (qt->load(QLocale(QStringLiteral("ja")), QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    auto *own = new QTranslator(&app);
    if (own->load(QStringLiteral(":/i18n/gleaner_ja.qm")))
        QCoreApplication::installTranslator(own);
    QLocale::setDefault(QLocale(QStringLiteral("ja")));
    {
        MainWindow window;
        window.resize(1440, 900);
        window.show();
        window.openLibrary(library);
        save(&window, out + QStringLiteral("/japanese.png"));
    }
    return 0;
}
