// Child process for tst_durability: adds annotations to a library in a loop and
// prints each id only after addAnnotation() returned, i.e. after its commit.
#include "library/librarystore.h"

#include <QCoreApplication>

#include <cstdio>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc != 3)
        return 2;
    Gleaner::LibraryStore store;
    if (!store.open(QString::fromLocal8Bit(argv[1])))
        return 1;
    const qint64 articleId = QByteArray(argv[2]).toLongLong();
    for (int i = 0;; ++i) {
        Gleaner::Annotation a;
        a.articleId = articleId;
        a.kind = Gleaner::AnnotationKind::Note;
        a.start = i % 40;
        a.end = a.start + 5;
        a.note = QStringLiteral("round note %1").arg(i);
        const auto id = store.addAnnotation(a);
        if (!id)
            return 1;
        std::printf("%lld\n", static_cast<long long>(*id));
        std::fflush(stdout);
    }
}
