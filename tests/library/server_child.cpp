// Child process for tst_serverlibrary: opens a library on a server, adds notes
// to an article inside one transaction, says "inside" and waits there to be
// killed, so that the test sees what a client killed mid-transaction leaves.
#include "library/librarystore.h"

#include <QCoreApplication>
#include <QThread>

#include <cstdio>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc != 3)
        return 2;
    Gleaner::LibraryStore store;
    if (!store.open(QString::fromLocal8Bit(argv[1]))) {
        std::fprintf(stderr, "%s\n", qPrintable(store.lastError().message));
        return 1;
    }
    const qint64 articleId = QByteArray(argv[2]).toLongLong();
    store.transaction(QStringLiteral("add notes"), [&]() {
        for (int i = 0; i < 50; ++i) {
            Gleaner::Annotation note;
            note.articleId = articleId;
            note.kind = Gleaner::AnnotationKind::Note;
            note.start = i;
            note.end = i + 1;
            note.note = QStringLiteral("uncommitted %1").arg(i);
            if (!store.addAnnotation(note))
                return false;
        }
        std::printf("inside\n");
        std::fflush(stdout);
        QThread::sleep(120);
        return true;
    });
    return 0;
}
