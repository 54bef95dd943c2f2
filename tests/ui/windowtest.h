#pragma once

// Helpers for tests that drive the real window as a user does.
#include <QApplication>
#include <QTimer>
#include <QWidget>

#include <functional>

namespace Gleaner::Test {

// Runs `handle` on the next modal dialog (or popup menu) of type T that opens,
// from inside its event loop; other modal windows are waited past.
template <typename T = QWidget> void whenModal(const std::function<void(T *)> &handle)
{
    auto *timer = new QTimer;
    timer->setInterval(20);
    QObject::connect(timer, &QTimer::timeout, timer, [timer, handle]() {
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

inline QString sampleArticlePath()
{
    return QStringLiteral(GLEANER_SOURCE_DIR "/resources/samples/sample-article.txt");
}

} // namespace Gleaner::Test
