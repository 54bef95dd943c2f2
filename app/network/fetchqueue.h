#pragma once

#include "network/fetchresult.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QUrl>

namespace Gleaner {

class FetchJob;
class UrlFetcher;

// Fetches a list of URLs (several pasted or dropped at once), a few at a time, and reports
// each result. Items are numbered in the order they were enqueued, from 0, so a caller can
// tell apart the same URL pasted twice.
//
// A batch runs from the first enqueue() until allFinished(); URLs enqueued meanwhile join
// it. The next enqueue() after allFinished() starts a new batch (counts and results reset).
class FetchQueue : public QObject
{
    Q_OBJECT
public:
    // The fetcher (its options) is used for every item and must outlive the queue.
    explicit FetchQueue(UrlFetcher *fetcher, QObject *parent = nullptr);
    ~FetchQueue() override;

    int maxConcurrent() const { return m_maxConcurrent; }
    void setMaxConcurrent(int count); // at least 1; default 4

    void enqueue(const QUrl &url);
    void enqueue(const QList<QUrl> &urls);

    bool isRunning() const { return m_done < m_results.size(); }
    int doneCount() const { return m_done; }
    int totalCount() const { return int(m_results.size()); }
    // The results of the current (or last) batch, by item index; an item not finished yet
    // has Error::None and an empty finalUrl.
    QList<FetchResult> results() const { return m_results; }

public slots:
    // Cancels the running fetches and the waiting ones; each is reported with
    // Error::Cancelled, then allFinished() is emitted, all before cancelAll() returns.
    void cancelAll();

signals:
    void started(int index, const QUrl &url);
    void progress(int done, int total);
    void itemFinished(int index, const Gleaner::FetchResult &result);
    void allFinished();

private:
    struct Running
    {
        int index = 0;
        QPointer<FetchJob> job;
    };
    void startMore();
    void onJobFinished(FetchJob *job);
    void record(int index, const FetchResult &result);

    UrlFetcher *m_fetcher = nullptr;
    int m_maxConcurrent = 4;
    QList<FetchResult> m_results;
    QList<int> m_waiting; // indexes not started yet
    QList<Running> m_running;
    int m_done = 0;
};

} // namespace Gleaner
