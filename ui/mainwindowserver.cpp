// MainWindow: libraries on a PostgreSQL server (File ▸ Open Library on a
// Server…), the password the server may ask for, and copies to a file.
#include "backgroundtask.h"
#include "library/librarycopy.h"
#include "library/librarydocument.h"
#include "library/librarynames.h"
#include "mainwindow.h"
#include "settings.h"

#include <QEventLoop>
#include <QFutureWatcher>
#include <QInputDialog>
#include <QLineEdit>
#include <QProgressDialog>
#include <QtConcurrent/QtConcurrentRun>

#include <memory>

namespace Gleaner {

bool MainWindow::reachServer(const QString &address, const LibraryStore::OpenOptions &options,
                             LibraryError *error)
{
    // Reaching a server can take seconds (libpq waits up to its connect timeout),
    // and a new library's set-up more: both run on a worker thread with Cancel.
    // The window's own connection then finds the server answering and the library
    // ready. A cancelled attempt is left to end on its own; it owns what it uses.
    auto failure = std::make_shared<LibraryError>();
    QFutureWatcher<bool> watcher;
    QEventLoop loop;
    connect(&watcher, &QFutureWatcher<bool>::finished, &loop, &QEventLoop::quit);
    QProgressDialog progress(this);
    setUpProgress(progress, tr("Connecting to “%1”…").arg(LibraryNames::canonical(address)));
    bool cancelled = false;
    connect(&progress, &QProgressDialog::canceled, &loop, [&]() {
        cancelled = true;
        loop.quit();
    });
    watcher.setFuture(QtConcurrent::run([address, options, failure]() {
        LibraryStore probe;
        if (probe.open(address, options))
            return true;
        *failure = probe.lastError();
        return false;
    }));
    if (!watcher.isFinished())
        loop.exec();
    progress.reset();
    if (cancelled && !watcher.isFinished()) {
        *error = LibraryError::make(LibraryError::Code::Cancelled,
                                    tr("Stopped connecting to “%1”.").arg(LibraryNames::canonical(address)));
        return false;
    }
    if (watcher.result())
        return true;
    *error = *failure;
    return false;
}

QString MainWindow::askText(const QString &label, const QString &text, bool secret)
{
    if (m_textAsker)
        return m_textAsker(label, text, secret);
    bool ok = false;
    const QString answer = QInputDialog::getText(this, tr("Gleaner"), label,
                                                 secret ? QLineEdit::Password : QLineEdit::Normal, text, &ok);
    return ok ? answer : QString();
}

void MainWindow::openServerLibraryDialog()
{
    const QString current = m_document && m_document->store()->isServer() ? m_document->store()->path()
                                                                          : QStringLiteral("postgresql://");
    const QString address =
        askText(tr("The library's address on a PostgreSQL server, such as postgresql://db.example.org/news "
                   "or service=news (a section of your pg_service.conf). Passwords come from ~/.pgpass, or "
                   "Gleaner asks for one."),
                current, false)
            .trimmed();
    if (address.isEmpty() || address == QLatin1String("postgresql://"))
        return;
    if (!LibraryNames::isServer(address)) {
        showError(tr("“%1” is not a PostgreSQL address: write “postgresql://host/database”, or "
                     "“service=NAME”. To open a file, use Open Library….")
                      .arg(address));
        return;
    }
    openLibrary(address);
}

void MainWindow::setDisplayNameDialog()
{
    const QString current = LibraryConnection::displayNameSetting();
    const QString fallback = m_document ? m_document->store()->connection()->author() : QString();
    const QString name =
        askText(tr("The name your annotations are made by, as the panel and the CSV's created_by column show "
                   "it to the others of a shared library. Leave it as it is to use “%1”.")
                    .arg(fallback),
                current.isEmpty() ? fallback : current, false)
            .simplified();
    if (name.isEmpty())
        return;
    m_settings->setDisplayName(name);
    LibraryConnection::setDisplayName(name);
    refreshAnnotations(); // whose annotations are "others'" may have changed
    showStatus(tr("Your annotations are now made by “%1”.").arg(name));
}

bool MainWindow::openServerDocument(LibraryDocument *document, const QString &address, bool create)
{
    const QString key = LibraryNames::canonical(address);
    LibraryStore::OpenOptions options;
    options.create = create;
    // A password typed once is kept in memory for the session (LibraryConnection).
    for (int attempt = 0; attempt < 4; ++attempt) {
        LibraryError error;
        if (reachServer(address, options, &error)) {
            if (document->openChecked(address, options, QStringLiteral("ok")))
                return true;
            error = document->store()->lastError();
        } else {
            document->store()->connection()->setError(error);
        }
        if (error.code == LibraryError::Code::Cancelled)
            return false;
        if (error.code == LibraryError::Code::NotFound && !options.create &&
            error.message.contains(QLatin1String("holds no library"))) {
            // An empty database, as an administrator prepares one for a desk.
            if (!confirm(tr("The database “%1” holds no library yet. Create a new library in it?").arg(key)))
                return false;
            options.create = true;
            continue;
        }
        if (error.code != LibraryError::Code::Password)
            return false;
        const QString password =
            askText(options.password.isEmpty()
                        ? tr("The server of “%1” asks for your password:").arg(key)
                        : tr("The server did not accept that password. The password for “%1”:").arg(key),
                    QString(), true);
        if (password.isEmpty())
            return false; // the error already says what to do
        options.password = password;
    }
    return false;
}

bool MainWindow::saveServerCopyAs(const QString &target)
{
    // A copy of a large library reads every row: on a worker thread, with its own
    // connection, progress and Cancel.
    const QString address = m_document->store()->path();
    LibraryStore::OpenOptions options;
    options.readOnly = true;
    QString error;
    bool cancelled = false;
    const bool copied = runInBackground<bool>(
        this, tr("Copying “%1” to “%2”…").arg(address, QFileInfo(target).fileName()),
        [&](std::atomic_bool *cancel, std::atomic_int *percent) {
            LibraryStore source;
            if (!source.open(address, options)) {
                error = source.lastError().message;
                return false;
            }
            const bool ok = LibraryCopy::copy(
                source, target,
                [percent](qint64 done, qint64 total) {
                    percent->store(total > 0 ? int(done * 100 / total) : 0);
                },
                cancel, source.connection());
            if (!ok)
                error = source.lastError().message;
            return ok;
        },
        &cancelled);
    if (copied)
        showStatus(tr("Saved a copy as “%1”.").arg(target));
    else
        showError(cancelled ? tr("The copy was stopped; nothing was written.") : error);
    return copied;
}

} // namespace Gleaner
