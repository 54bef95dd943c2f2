// The real window in a process of its own, driven line by line on standard input
// by tst_windowscenario, so the test can read the library from another process
// and kill the window with SIGKILL at any moment. Each answer is printed only
// after the change it reports is committed.
//
//   window_driver LIBRARY [WIDTH HEIGHT [LANGUAGE]]
//   accept amount|deadline|pillar   -> "annotation ID"
//   export FILE                     -> "exported"      (File ▸ Export, whole library)
//   saveas FILE                     -> "saved"         (File ▸ Save Library As)
//   openrecent                      -> "opened"        (File ▸ Open Recent ▸ first)
//   notes N                         -> "annotation ID" N times (Add Note, as fast as it goes)
#include "annotationpanel.h"
#include "guiapplication.h"
#include "mainwindow.h"

#include "library/fileprobe.h"

#include <QAction>
#include <QApplication>
#include <QFile>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSocketNotifier>
#include <QStandardPaths>
#include <QTest>
#include <QTimer>

#include <cstdio>
#include <unistd.h>

using namespace Gleaner;

namespace {
void say(const QByteArray &line)
{
    std::fwrite(line.constData(), 1, std::size_t(line.size()), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

// Answers the next "Export the annotations of:" question with the whole library.
void answerWholeLibrary()
{
    auto *timer = new QTimer;
    timer->setInterval(10);
    QObject::connect(timer, &QTimer::timeout, timer, [timer]() {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box)
            return;
        timer->deleteLater();
        timer->stop();
        box->buttons().first()->click(); // "The Whole Library" comes first
    });
    timer->start();
}

qint64 newestAnnotation(MainWindow &window)
{
    const std::optional<QVector<Annotation>> list =
        window.document()->store()->annotations(window.currentArticleId());
    qint64 newest = 0;
    for (const Annotation &a : list.value_or(QVector<Annotation>()))
        newest = qMax(newest, a.id);
    return newest;
}
} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    const QStringList args = app.arguments();
    if (args.size() < 2)
        return 2;
    installTranslations(app, args.value(4));
    MainWindow window;
    QString nextFile;
    window.setFileChooser([&nextFile](MainWindow::FileRequest, const QString &, const QString &,
                                      const QString &) { return QStringList{nextFile}; });
    window.setConfirmer([](const QString &) { return true; });
    window.resize(args.value(2, QStringLiteral("1200")).toInt(),
                  args.value(3, QStringLiteral("800")).toInt());
    window.show();
    if (!window.openLibrary(args.at(1)))
        return 1;
    say("ready");

    QSocketNotifier input(STDIN_FILENO, QSocketNotifier::Read);
    QObject::connect(&input, &QSocketNotifier::activated, &app, [&]() {
        char buffer[4096];
        if (!std::fgets(buffer, sizeof buffer, stdin)) {
            app.quit();
            return;
        }
        const QStringList words = QString::fromUtf8(buffer).trimmed().split(QLatin1Char(' '));
        const QString command = words.value(0);
        if (command == QLatin1String("accept")) {
            const QString kind = words.value(1);
            const QVector<Proposal> &proposals = window.proposals();
            for (int i = 0; i < proposals.size(); ++i) {
                const Proposal::Kind k = proposals.at(i).kind;
                const bool match = (kind == QLatin1String("amount") && k == Proposal::Kind::Amount) ||
                                   (kind == QLatin1String("deadline") && k == Proposal::Kind::Deadline) ||
                                   (kind == QLatin1String("pillar") && k == Proposal::Kind::Pillar);
                if (!match)
                    continue;
                // As a user does: the suggestion chosen in the panel, then Enter.
                AnnotationPanel *panel = window.annotationPanel();
                const qint64 before = newestAnnotation(window);
                panel->setFocus();
                panel->selectProposal(i);
                QTest::keyClick(panel, Qt::Key_Return);
                // Only an annotation Enter really created is reported.
                const qint64 after = newestAnnotation(window);
                say(after > before ? "annotation " + QByteArray::number(after) : QByteArray("none"));
                return;
            }
            say("none");
        } else if (command == QLatin1String("export")) {
            nextFile = words.value(1);
            answerWholeLibrary();
            window.action(QStringLiteral("exportCsv"))->trigger();
            say(QFile::exists(nextFile) ? "exported" : "failed");
        } else if (command == QLatin1String("saveas")) {
            nextFile = words.value(1);
            window.action(QStringLiteral("saveLibraryAs"))->trigger();
            say(QFile::exists(nextFile) ? "saved" : "failed");
        } else if (command == QLatin1String("openrecent")) {
            auto *recent = window.findChild<QMenu *>(QStringLiteral("recentMenu"));
            QAction *first = recent->actions().value(0);
            if (!first) {
                say("failed");
                return;
            }
            first->trigger();
            // The library open now, as Open Recent named it.
            say(window.document()->store()->isOpen() &&
                        isSameFile(window.document()->store()->path(), first->data().toString())
                    ? "opened " + QFile::encodeName(window.document()->store()->path())
                    : QByteArray("failed"));
        } else if (command == QLatin1String("notes")) {
            const int count = words.value(1).toInt();
            for (int i = 0; i < count; ++i) {
                Annotation a;
                a.articleId = window.currentArticleId();
                a.kind = AnnotationKind::Note;
                a.start = (i * 7) % 200;
                a.end = a.start + 3 + i % 5;
                // Unique in every run: a run after a kill adds new notes, not
                // duplicates the library refuses.
                a.note = QStringLiteral("note %1 of run %2").arg(i).arg(QCoreApplication::applicationPid());
                const std::optional<qint64> id = window.document()->annotate(a);
                if (!id) {
                    say("failed " + window.document()->errorMessage().toUtf8());
                    return;
                }
                say("annotation " + QByteArray::number(*id));
                QCoreApplication::processEvents();
            }
        } else if (command == QLatin1String("quit")) {
            app.quit();
        } else {
            say("unknown");
        }
    });
    return app.exec();
}
