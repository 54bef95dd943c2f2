#pragma once

// Helpers for tests that drive the real window as a user does.
#include "testfiles.h"

#include <QApplication>
#include <QTest>
#include <QTimer>
#include <QWidget>

#include <functional>
#include <memory>

namespace Gleaner::Test {

// Runs `handle` on the next modal dialog (or popup menu) of type T that opens
// within 30 s, from inside its event loop; other modal windows are waited past.
template <typename T = QWidget> void whenModal(const std::function<void(T *)> &handle)
{
    auto *timer = new QTimer;
    timer->setInterval(20);
    auto ticks = std::make_shared<int>(0);
    QObject::connect(timer, &QTimer::timeout, timer, [timer, handle, ticks]() {
        // A dialog that never opens must not leave this waiting into later tests,
        // where it could act on another dialog.
        if (++*ticks > 1500) {
            qWarning("whenModal: no such dialog opened within 30 s");
            timer->stop();
            timer->deleteLater();
            return;
        }
        QWidget *w = QApplication::activePopupWidget();
        if (!w)
            w = QApplication::activeModalWidget();
        T *target = qobject_cast<T *>(w);
        if (!target || !target->isVisible())
            return;
        timer->stop();
        timer->deleteLater();
        handle(target);
    });
    timer->start();
}

inline void whenModal(const std::function<void(QWidget *)> &handle)
{
    whenModal<QWidget>(handle);
}

// Resizes a window and waits until the display server has done it and the
// layouts have followed: a size below the window's minimum stops at the minimum.
inline bool resizeAndSettle(QWidget *window, const QSize &size)
{
    window->resize(size);
    const QSize expected = size.expandedTo(window->minimumSize()).boundedTo(window->maximumSize());
    const bool done = QTest::qWaitFor([&]() { return window->size() == expected; }, 5000);
    QTest::qWait(20); // the layouts and scroll areas follow the new size
    return done;
}

} // namespace Gleaner::Test
