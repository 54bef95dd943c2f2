#pragma once

#include "feeds/feeddata.h"
#include "network/fetchoptions.h"
#include "network/fetchresult.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QUrl>
#include <QVector>

namespace Gleaner {

class FetchJob;
class LibraryStore;
class UrlFetcher;

// Subscribes a library to a feed from an address the user gives: the feed itself,
// or a site whose page names its feed (<link rel="alternate">) or keeps it at a
// common path (/feed, /rss.xml, ...). The first refresh is stored at once.
class FeedSubscriber : public QObject
{
    Q_OBJECT
public:
    struct Outcome
    {
        bool ok = false;
        bool alreadySubscribed = false;
        qint64 feedId = 0;
        QUrl feedUrl;
        QString title;
        int items = 0;
        QString error; // what went wrong and what to do
    };

    explicit FeedSubscriber(LibraryStore *store, QObject *parent = nullptr);
    ~FeedSubscriber() override;
    void setFetchOptions(const FetchOptions &options);
    void setKeepDays(int days) { m_keepDays = days; }

    // Starts; finished() follows (always later, never from within subscribe()).
    void subscribe(const QUrl &address, const QString &folder = {});
    bool isRunning() const { return m_running; }
    // For the command line: subscribes with a local event loop.
    Outcome subscribeBlocking(const QUrl &address, const QString &folder = {});

public slots:
    void cancel();

signals:
    void statusChanged(const QString &message);
    void finished(const Gleaner::FeedSubscriber::Outcome &outcome);

private:
    void fetchNext();
    void onFetched(const FetchResult &result);
    void accept(const QUrl &feedUrl, const ParsedFeed &parsed, const FetchResult &result);
    void finish(const Outcome &outcome);
    // Stores the next slice of a long first fetch, one slice per turn of the event loop.
    void storeNextSlice();

    // A first fetch being stored slice by slice.
    struct Pending
    {
        Outcome outcome;
        QVector<FeedEntry> entries; // still to store
        QDateTime now;
        QString parseError;
        QByteArray etag;
        QByteArray lastModified;
    };

    LibraryStore *m_store;
    UrlFetcher *m_fetcher;
    FetchOptions m_options;
    QPointer<FetchJob> m_job;
    QUrl m_address;
    QString m_folder;
    QList<QUrl> m_candidates; // still to try
    QString m_firstError;
    QList<QUrl> m_tried;        // fetched already
    bool m_discovering = false; // the user's address has been fetched
    bool m_cancelled = false;
    bool m_running = false;
    int m_keepDays = 30;
    Pending m_pending;
};

} // namespace Gleaner

Q_DECLARE_METATYPE(Gleaner::FeedSubscriber::Outcome)
