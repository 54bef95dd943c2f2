#pragma once

#include <QEventLoop>
#include <QFutureWatcher>
#include <QProgressDialog>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

#include <atomic>
#include <functional>

namespace Gleaner {

// A progress dialog for work of unknown length: window-modal, shown after half a
// second, with Qt's own Cancel button (which Qt's translations translate).
inline void setUpProgress(QProgressDialog &progress, const QString &label)
{
    progress.setLabelText(label);
    progress.setRange(0, 0);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(500);
    // Qt 6 starts the timer that shows the dialog only on a value at the minimum:
    // without this, work whose progress is unknown never shows it, nor its Cancel.
    progress.setValue(0);
}

// Runs `work` on a worker thread while the window stays responsive; shows a
// cancellable progress dialog when it takes longer than half a second. `work`
// gets a cancel flag to poll and a progress setter (0–100, or -1 while unknown).
template <typename Result>
Result runInBackground(QWidget *parent, const QString &label,
                       const std::function<Result(std::atomic_bool *cancel, std::atomic_int *percent)> &work,
                       bool *cancelled = nullptr)
{
    std::atomic_bool cancel{false};
    std::atomic_int percent{-1};
    QFutureWatcher<Result> watcher;
    QEventLoop loop;
    QObject::connect(&watcher, &QFutureWatcher<Result>::finished, &loop, &QEventLoop::quit);
    QProgressDialog progress(parent);
    setUpProgress(progress, label);
    QObject::connect(&progress, &QProgressDialog::canceled, &loop, [&cancel]() { cancel = true; });
    QTimer poll;
    poll.setInterval(100);
    QObject::connect(&poll, &QTimer::timeout, &progress, [&]() {
        const int p = percent;
        if (p >= 0 && progress.maximum() != 100)
            progress.setRange(0, 100);
        if (p >= 0)
            progress.setValue(p);
    });
    poll.start();
    watcher.setFuture(QtConcurrent::run([&work, &cancel, &percent]() { return work(&cancel, &percent); }));
    if (!watcher.isFinished())
        loop.exec();
    poll.stop();
    progress.reset();
    if (cancelled)
        *cancelled = cancel;
    return watcher.result();
}

} // namespace Gleaner
