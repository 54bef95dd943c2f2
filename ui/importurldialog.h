#pragma once

#include "network/fetchoptions.h"
#include "network/fetchresult.h"

#include <QDialog>
#include <QList>
#include <QUrl>

class QDialogButtonBox;
class QLabel;
class QProgressBar;
class QTreeWidget;

namespace Gleaner {

class FetchQueue;
class UrlFetcher;

// Fetches a list of URLs, four at a time, showing each one's progress and
// result; the window stays responsive and the whole batch can be cancelled.
// Each page that arrives is handed on with pageFetched(); the receiver reports
// back with setItemResult().
class ImportUrlDialog : public QDialog
{
    Q_OBJECT
public:
    ImportUrlDialog(const QList<QUrl> &urls, const FetchOptions &options, QWidget *parent = nullptr);
    ~ImportUrlDialog() override;

    void setItemResult(int index, bool ok, const QString &text);
    QTreeWidget *items() const { return m_items; }
    bool isRunning() const;
    bool isDone() const { return m_done; }
    int succeeded() const { return m_succeeded; }
    int failed() const { return m_failed; }

public Q_SLOTS:
    void cancel();

Q_SIGNALS:
    void pageFetched(int index, const Gleaner::FetchResult &result);
    void allDone();

protected:
    void showEvent(QShowEvent *event) override;
    void reject() override;

private:
    void onItemFinished(int index, const FetchResult &result);
    void onAllFinished();

    QList<QUrl> m_urls;
    UrlFetcher *m_fetcher;
    FetchQueue *m_queue;
    QTreeWidget *m_items;
    QProgressBar *m_progress;
    QLabel *m_summary;
    QDialogButtonBox *m_buttons;
    bool m_started = false;
    bool m_done = false;
    int m_succeeded = 0;
    int m_failed = 0;
};

} // namespace Gleaner
