#include "network/fetchqueue.h"

#include "network/fetchjob.h"
#include "network/urlfetcher.h"

#include <QCoreApplication>

#include <utility>

namespace Gleaner {

FetchQueue::FetchQueue(UrlFetcher *fetcher, QObject *parent) : QObject(parent), m_fetcher(fetcher)
{
    Q_ASSERT(fetcher);
}

FetchQueue::~FetchQueue()
{
    // Jobs belong to the fetcher; stop them without reporting to a dying queue.
    for (const Running &running : std::as_const(m_running)) {
        if (!running.job)
            continue;
        running.job->disconnect(this);
        running.job->cancel();
        running.job->deleteLater();
    }
}

void FetchQueue::setMaxConcurrent(int count)
{
    m_maxConcurrent = qMax(1, count);
    startMore();
}

void FetchQueue::enqueue(const QUrl &url)
{
    enqueue(QList<QUrl>{url});
}

void FetchQueue::enqueue(const QList<QUrl> &urls)
{
    if (urls.isEmpty())
        return;
    if (!isRunning()) {
        m_results.clear();
        m_done = 0;
    }
    for (const QUrl &url : urls) {
        FetchResult placeholder;
        placeholder.requestedUrl = url;
        m_waiting.append(int(m_results.size()));
        m_results.append(placeholder);
    }
    emit progress(m_done, totalCount());
    startMore();
}

void FetchQueue::cancelAll()
{
    const QList<int> waiting = std::exchange(m_waiting, {});
    const QList<Running> running = m_running;
    for (const Running &item : running) {
        if (item.job)
            item.job->cancel(); // finishes at once, through onJobFinished()
    }
    for (int index : waiting) {
        FetchResult result = m_results.at(index);
        result.finalUrl = result.requestedUrl;
        result.error = FetchResult::Error::Cancelled;
        result.errorString =
            QCoreApplication::translate("Gleaner::FetchJob", "The download of %1 was cancelled.")
                .arg(result.requestedUrl.toDisplayString());
        record(index, result);
    }
}

void FetchQueue::startMore()
{
    while (m_running.size() < m_maxConcurrent && !m_waiting.isEmpty()) {
        const int index = m_waiting.takeFirst();
        const QUrl url = m_results.at(index).requestedUrl;
        FetchJob *job = m_fetcher->fetch(url);
        m_running.append({index, job});
        connect(job, &FetchJob::finished, this, [this, job] { onJobFinished(job); });
        emit started(index, url);
    }
}

void FetchQueue::onJobFinished(FetchJob *job)
{
    int index = -1;
    for (qsizetype i = 0; i < m_running.size(); ++i) {
        if (m_running.at(i).job == job) {
            index = m_running.at(i).index;
            m_running.removeAt(i);
            break;
        }
    }
    job->disconnect(this);
    job->deleteLater();
    if (index < 0)
        return;
    record(index, job->result());
    startMore();
}

void FetchQueue::record(int index, const FetchResult &result)
{
    m_results[index] = result;
    ++m_done;
    emit itemFinished(index, result);
    emit progress(m_done, totalCount());
    if (m_done == totalCount() && m_running.isEmpty() && m_waiting.isEmpty())
        emit allFinished();
}

} // namespace Gleaner
