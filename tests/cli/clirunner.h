#pragma once

// Runs the real gleaner binary in a child process, as a user's shell does.
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QString>

namespace Gleaner::Test {

struct Run
{
    int code = -1; // -1 when the process crashed or did not finish
    QByteArray out;
    QByteArray err;
    QString outText() const { return QString::fromUtf8(out); }
    QString errText() const { return QString::fromUtf8(err); }
};

// Spins the event loop while waiting, so an in-process test server can answer.
inline Run runGleaner(const QString &workingDirectory, const QStringList &args, const QByteArray &input = {},
                      int timeoutMs = 30000)
{
    QProcess process;
    process.setWorkingDirectory(workingDirectory);
    process.start(QStringLiteral(GLEANER_BINARY), args);
    if (!process.waitForStarted())
        return {};
    if (!input.isEmpty())
        process.write(input);
    process.closeWriteChannel();
    QElapsedTimer timer;
    timer.start();
    while (process.state() != QProcess::NotRunning && timer.elapsed() < timeoutMs) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        process.waitForFinished(10);
    }
    Run run;
    run.code = process.exitStatus() == QProcess::NormalExit && process.state() == QProcess::NotRunning
                   ? process.exitCode()
                   : -1;
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

} // namespace Gleaner::Test
