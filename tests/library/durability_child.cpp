// Child process for tst_durability: writes to a library in a loop and prints
// each id only after the call returned, i.e. after its commit. With a third
// argument "commitments" it makes commitments (with a new evidence annotation
// and, every fifth time, a new pillar: one multi-table step) instead of notes.
#include "library/librarydocument.h"

#include <QCoreApplication>

#include <cstdio>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc != 3 && argc != 4)
        return 2;
    const bool commitments = argc == 4 && QByteArray(argv[3]) == "commitments";
    const bool feeds = argc == 4 && QByteArray(argv[3]) == "feeds";
    Gleaner::LibraryDocument document;
    if (!document.open(QString::fromLocal8Bit(argv[1]), {}))
        return 1;
    Gleaner::LibraryStore &store = *document.store();
    const qint64 articleId = QByteArray(argv[2]).toLongLong();
    if (feeds) {
        // Feed refreshes as FeedRefresher stores them: slices of entries, committed
        // without waiting for the disk, and marking items read; each item's number
        // is printed once its slice is committed.
        Gleaner::Feed feed;
        feed.url = QUrl(QStringLiteral("https://durable.example/feed"));
        const qint64 feedId = store.feeds().findByUrl(feed.url).value_or(0) > 0
                                  ? *store.feeds().findByUrl(feed.url)
                                  : store.feeds().add(feed).value_or(0);
        int next = int(store.feeds().list()->first().items);
        for (;;) {
            QVector<Gleaner::FeedEntry> slice;
            for (int k = 0; k < 50; ++k) {
                Gleaner::FeedEntry entry;
                entry.guid = QStringLiteral("item-%1").arg(next + k);
                entry.title = QStringLiteral("Item %1").arg(next + k);
                slice.append(entry);
            }
            const QDateTime now = QDateTime::currentDateTimeUtc();
            const bool ok = store.relaxedTransaction(QStringLiteral("store"), [&]() {
                return store.feeds().storeEntries(feedId, slice, now, QDateTime()).has_value();
            });
            if (!ok || !store.feeds().setRead({store.feeds().items({}, 0, 1)->first().id}, true))
                return 1;
            for (int k = 0; k < 50; ++k)
                std::printf("%d\n", next + k);
            std::fflush(stdout);
            next += 50;
        }
    }
    for (int i = 0;; ++i) {
        Gleaner::Annotation a;
        a.articleId = articleId;
        a.kind = Gleaner::AnnotationKind::Note;
        a.start = i % 40;
        a.end = a.start + 5;
        a.note = QStringLiteral("round note %1").arg(i);
        std::optional<qint64> id;
        if (!commitments) {
            id = store.addAnnotation(a);
        } else {
            Gleaner::Commitment c;
            c.actor = QStringLiteral("Actor %1").arg(i);
            c.amounts << Gleaner::CommitmentAmount{QString::number(1000 + i), QStringLiteral("USD"), {}, {}};
            c.sources << Gleaner::CommitmentSource{0, articleId, a.start, a.end, {}, {}, {}, {}};
            const QStringList pillars =
                i % 5 == 0 ? QStringList{QStringLiteral("Pillar %1").arg(i)} : QStringList();
            id = document.makeCommitment(c, {a}, pillars);
        }
        if (!id)
            return 1;
        std::printf("%lld\n", static_cast<long long>(*id));
        std::fflush(stdout);
    }
}
