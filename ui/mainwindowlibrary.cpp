// MainWindow: opening, watching, copying and recovering libraries, and export.
#include "feedsview.h"
#include "findingsview.h"
#include "mainwindow.h"

#include "annotationpanel.h"
#include "articlelistmodel.h"
#include "articlepropertiesdialog.h"
#include "articleview.h"
#include "backgroundtask.h"
#include "export/csvexporter.h"
#include "library/fileprobe.h"
#include "library/libraryheader.h"
#include "library/librarynames.h"
#include "pillarsdialog.h"
#include "services/libraryrecovery.h"
#include "settings.h"

#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFrame>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTreeView>
#include <sqlite3.h>

namespace Gleaner {

bool MainWindow::openLibrary(const QString &path, bool create)
{
    // The library already open here is not opened a second time: it stays as it is.
    const bool server = LibraryNames::isServer(path);
    if (m_document && m_document->store()->isOpen() &&
        (server ? LibraryNames::canonical(path) == m_document->store()->path()
                : isSameFile(path, m_document->store()->path()))) {
        showStatus(tr("“%1” is already open.").arg(LibraryNames::shortName(path)));
        return true;
    }
    rememberPosition(); // of the article read in the library left
    // A file's format upgrade and SQLite's check read the whole file: on a worker
    // thread, with Cancel. A server keeps its own pages and upgrades in one
    // transaction when opened.
    if (!server && !upgradeInBackground(path))
        return false;
    bool cancelled = false;
    LibraryDocument::Check check;
    check.ran = true;
    check.findings = QStringLiteral("ok");
    if (!server)
        check = runInBackground<LibraryDocument::Check>(
            this, tr("Checking “%1”…").arg(QFileInfo(path).fileName()),
            [path](std::atomic_bool *cancel, std::atomic_int *) {
                return LibraryDocument::check(path, cancel);
            },
            &cancelled);
    if (cancelled || !check.ran) {
        showError(cancelled ? tr("Opening “%1” was stopped; the library was left as it was.")
                                  .arg(QFileInfo(path).fileName())
                            : check.error.message);
        return false;
    }
    auto *document = new LibraryDocument(this);
    LibraryStore::OpenOptions options;
    options.create = create;
    if (server ? !openServerDocument(document, path, create)
               : !document->openChecked(path, options, check.findings)) {
        // The library that was open stays open.
        if (document->store()->lastError().code != LibraryError::Code::Cancelled)
            showError(document->errorMessage());
        delete document;
        return false;
    }
    LibraryDocument *old = m_document;
    m_document = document;
    m_view->clearArticle();
    m_model->setStore(m_document->store());
    m_findingsView->setDocument(m_document);
    m_feedsView->setStore(m_document->store());
    connect(m_document->undoStack(), &UndoStack::changed, this, &MainWindow::updateActions);
    connect(m_document->store(), &LibraryStore::annotationsChanged, this, [this](qint64 articleId) {
        reloadPillarFilter(); // its counts
        if (articleId <= 0 || articleId == currentArticleId())
            refreshAnnotations();
    });
    connect(m_document->store(), &LibraryStore::pillarsChanged, this, [this]() {
        reloadPillarFilter();
        refreshAnnotations();
    });
    connect(m_document->store(), &LibraryStore::articleChanged, this, [this](qint64 id) {
        if (id == currentArticleId())
            showArticle(id);
    });
    connect(m_document->store(), &LibraryStore::changedByOthers, this, [this](const ChangeScope &scope) {
        if (!m_othersChanged.contains(scope))
            m_othersChanged << scope;
    });
    connect(m_document->store(), &LibraryStore::articleRemoved, this, [this](qint64 id) {
        if (id != currentArticleId())
            return;
        m_view->clearArticle();
        refreshAnnotations();
        if (m_model->rowCount() > 0)
            m_list->setCurrentIndex(m_model->index(0, 0));
        updateActions();
    });
    delete old;
    m_dataVersion = m_document->store()->dataVersion();
    m_othersChanged.clear();
    m_settings->setLastLibrary(LibraryNames::canonical(path));
    updateRecentMenu();
    reloadPillarFilter();
    m_search->clear();
    // Nothing of the previous library stays in the panel.
    refreshAnnotations();
    updateDamageBar();
    updateTitle();
    updateActions();
    // The article last read in this library, else the first of the list.
    const qint64 last = m_settings->lastArticle(m_document->store()->path());
    if (last > 0 && m_document->store()->article(last))
        showArticle(last);
    else if (m_model->rowCount() > 0)
        m_list->setCurrentIndex(m_model->index(0, 0));
    if (!m_document->damage().isEmpty())
        showStatus(tr("“%1” is damaged; it was opened read-only.").arg(LibraryNames::shortName(path)));
    else if (!m_document->store()->backupPath().isEmpty())
        showStatus(tr("The library was upgraded; the previous file was kept as %1.")
                       .arg(QFileInfo(m_document->store()->backupPath()).fileName()));
    else if (m_document->store()->isReadOnly())
        showStatus(
            tr("“%1” is read-only: you can read it but not change it. Use Save Library As… to work on a "
               "copy.")
                .arg(LibraryNames::shortName(path)));
    return true;
}

bool MainWindow::upgradeInBackground(const QString &path)
{
    // A library from an older Gleaner is upgraded on a worker thread, with a progress
    // dialog that can stop it (rebuilding a large search index takes minutes).
    const LibraryHeader header = LibraryHeader::read(path);
    if (!header.needsUpgrade() || !QFileInfo(path).isWritable())
        return true; // nothing to upgrade here; opening says what is wrong, if anything
    QString error;
    bool cancelled = false;
    const bool upgraded = runInBackground<bool>(
        this,
        tr("Upgrading “%1” for this version of Gleaner; the old file is kept as a copy…")
            .arg(QFileInfo(path).fileName()),
        [path, &error](std::atomic_bool *cancel, std::atomic_int *) {
            LibraryStore store;
            LibraryStore::OpenOptions options;
            options.cancel = cancel;
            if (store.open(path, options))
                return true;
            error = store.lastError().message;
            return false;
        },
        &cancelled);
    if (!upgraded)
        showError(error);
    return upgraded;
}

void MainWindow::updateDamageBar()
{
    const QString damage = m_document ? m_document->damage() : QString();
    m_damageBar->setVisible(!damage.isEmpty());
    if (damage.isEmpty())
        return;
    m_damageLabel->setText(
        tr("This library is damaged (SQLite found: %1). It is open read-only and nothing will be "
           "written to it. Save a recovered copy, then open the copy.")
            .arg(damage.section(QLatin1Char('\n'), 0, 2)));
}

void MainWindow::checkOutsideChanges()
{
    if (!m_document || !m_document->store()->isOpen())
        return;
    const qint64 version = m_document->store()->dataVersion();
    const QVector<ChangeScope> others = std::exchange(m_othersChanged, {}); // on a server, told by it
    if (others.isEmpty() && (version < 0 || version == m_dataVersion))
        return;
    // Another program committed to the library: show what it changed, where the
    // reader is (the list keeps its scroll, the article its position).
    m_dataVersion = version;
    const qint64 current = currentArticleId();
    m_model->refresh();
    m_findingsView->libraryChanged();
    m_feedsView->libraryChanged();
    reloadPillarFilter();
    const std::optional<Article> article = current > 0 ? m_document->store()->article(current) : std::nullopt;
    if (article) {
        showArticle(*article); // with its annotations
    } else {
        if (current > 0)
            m_view->clearArticle(); // deleted elsewhere
        refreshAnnotations();
    }
    // Undo would write back values as this window last saw them, over what the
    // other program wrote. A file does not say what changed: the history ends
    // here. A server does: only the steps the change overtook (and those behind
    // them) go; an annotation's own steps check its version when they run.
    UndoStack *history = m_document->undoStack();
    if (!others.isEmpty()) {
        if (history->dropConflicting(others) > 0)
            showStatus(tr("Another user changed what your earlier edits touched; those edits can no longer "
                          "be undone."));
    } else if (history->count() > 0) {
        history->clear();
        showStatus(tr("Another program changed the library; what was done before can no longer be undone."));
    }
    updateActions();
}

void MainWindow::reloadPillarFilter()
{
    const qint64 current = m_pillarFilter->currentData().toLongLong();
    m_pillarFilter->clear();
    m_pillarFilter->addItem(tr("All pillars"), 0);
    if (!m_document)
        return;
    const std::optional<QVector<Pillar>> pillars = m_document->store()->pillars();
    if (!pillars) {
        showError(m_document->errorMessage());
        return;
    }
    for (const Pillar &p : *pillars)
        m_pillarFilter->addItem(tr("%1 (%2)").arg(p.name).arg(p.annotationCount), p.id);
    m_pillarFilter->setCurrentIndex(qMax(0, m_pillarFilter->findData(current)));
}

void MainWindow::applySearch()
{
    if (!m_document)
        return;
    const qint64 current = currentArticleId();
    m_model->setFilter({m_search->text(), m_pillarFilter->currentData().toLongLong()});
    const int row = m_model->rowOfArticle(current);
    if (row >= 0)
        m_list->setCurrentIndex(m_model->index(row, 0));
}

qint64 MainWindow::currentArticleId() const
{
    return m_view->articleId();
}

void MainWindow::onArticleActivated(const QModelIndex &index)
{
    const qint64 id = index.isValid() ? m_model->articleIdAt(index.row()) : 0;
    if (id > 0 && id != currentArticleId())
        showArticle(id);
}

void MainWindow::showArticle(qint64 id)
{
    const std::optional<Article> article = m_document->store()->article(id);
    if (!article) {
        showError(m_document->errorMessage());
        return;
    }
    showArticle(*article);
}

void MainWindow::showArticle(const Article &article)
{
    const qint64 id = article.id;
    if (id != currentArticleId())
        rememberPosition();
    const bool same = id == currentArticleId();
    const int top = m_view->topTextOffset();
    m_view->showArticle(article);
    refreshAnnotations();
    if (same)
        m_view->scrollToTextOffset(top); // the same article again: where it was
    else
        restorePosition(id);
    const int row = m_model->rowOfArticle(id);
    if (row >= 0 && m_list->currentIndex().row() != row)
        m_list->setCurrentIndex(m_model->index(row, 0));
    updateActions();
    Q_EMIT articleShown(id);
}

void MainWindow::setFileChooser(const FileChooser &chooser)
{
    m_fileChooser = chooser;
}

QStringList MainWindow::chooseFiles(FileRequest request, const QString &caption, const QString &suggested,
                                    const QString &filter)
{
    if (m_fileChooser)
        return m_fileChooser(request, caption, suggested, filter);
    switch (request) {
    case FileRequest::Open:
        return {QFileDialog::getOpenFileName(this, caption, suggested, filter)};
    case FileRequest::OpenMany:
        return QFileDialog::getOpenFileNames(this, caption, suggested, filter);
    case FileRequest::Save:
        // Gleaner itself refuses to replace a library, with a clearer message than the dialog's.
        return {QFileDialog::getSaveFileName(this, caption, suggested, filter, nullptr,
                                             QFileDialog::DontConfirmOverwrite)};
    case FileRequest::SaveReplacing:
        return {QFileDialog::getSaveFileName(this, caption, suggested, filter)};
    }
    return {};
}

namespace {
QString withLibrarySuffix(const QString &path)
{
    return path.endsWith(QLatin1String(".gleaner")) ? path : path + QLatin1String(".gleaner");
}
} // namespace

QString MainWindow::besideLibrary(const QString &fileName) const
{
    // File dialogs start in the open library's folder.
    const QString folder = m_document && m_document->store()->isOpen() && !m_document->store()->isServer()
                               ? QFileInfo(m_document->store()->path()).absolutePath()
                               : QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return fileName.isEmpty() ? folder : QDir(folder).filePath(fileName);
}

QString MainWindow::libraryBaseName() const
{
    return m_document ? LibraryNames::title(m_document->store()->path()) : QString();
}

void MainWindow::newLibrary()
{
    const QString path = chooseFiles(FileRequest::Save, tr("New Library"),
                                     besideLibrary(tr("New Library") + QLatin1String(".gleaner")),
                                     tr("Gleaner libraries (*.gleaner)"))
                             .value(0);
    if (path.isEmpty())
        return;
    const QString target = withLibrarySuffix(path);
    if (QFileInfo::exists(target)) {
        showError(tr("“%1” already exists. Choose a new name, or open it with Open Library….").arg(target));
        return;
    }
    openLibrary(target, true);
}

void MainWindow::openLibraryDialog()
{
    const QString path = chooseFiles(FileRequest::Open, tr("Open Library"), besideLibrary(),
                                     tr("Gleaner libraries (*.gleaner);;All files (*)"))
                             .value(0);
    if (!path.isEmpty())
        openLibrary(path);
}

void MainWindow::saveLibraryAs()
{
    const QString path =
        chooseFiles(FileRequest::Save, tr("Save a Copy of the Library"),
                    besideLibrary(tr("%1 copy").arg(libraryBaseName()) + QLatin1String(".gleaner")),
                    tr("Gleaner libraries (*.gleaner)"))
            .value(0);
    if (path.isEmpty())
        return;
    const QString target = withLibrarySuffix(path);
    if (m_document->store()->isServer()) {
        saveServerCopyAs(target);
        return;
    }
    if (!m_document->store()->saveCopyAs(target))
        showError(m_document->errorMessage());
    else
        showStatus(tr("Saved a copy as “%1”.").arg(target));
}

bool MainWindow::saveRecoveredCopy(const QString &path)
{
    const QString damaged = m_document->store()->path();
    bool cancelled = false;
    const LibraryRecovery::Report report = runInBackground<LibraryRecovery::Report>(
        this, tr("Recovering what can be read…"),
        [damaged, path](std::atomic_bool *cancel, std::atomic_int *percent) {
            return LibraryRecovery::saveCopy(damaged, path, [cancel, percent](int p) {
                *percent = p;
                return !*cancel;
            });
        },
        &cancelled);
    if (!report.ok) {
        if (!report.cancelled)
            showError(report.error);
        return false;
    }
    showMessage(
        QMessageBox::Information,

        tr("Saved a recovered copy as “%1” (%2). Open the copy to go on working; the damaged file was left "
           "as it was.")
            .arg(path, report.summary()));
    return true;
}

void MainWindow::saveRecoveredCopyDialog()
{
    const QString suggested = besideLibrary(libraryBaseName() + tr("-recovered") + QLatin1String(".gleaner"));
    const QString path = chooseFiles(FileRequest::Save, tr("Save a Recovered Copy"), suggested,
                                     tr("Gleaner libraries (*.gleaner)"))
                             .value(0);
    if (!path.isEmpty())
        saveRecoveredCopy(withLibrarySuffix(path));
}

bool MainWindow::exportCsv(const QString &path, qint64 articleId)
{
    const QString library = m_document->store()->path();
    QString error;
    bool cancelled = false;
    // Export on a worker thread with its own connection: the process knows the
    // file is open, so that connection comes from SQLite alone and no other
    // descriptor of the library is ever opened or closed.
    const bool ok = runInBackground<bool>(
        this, tr("Exporting annotations…"),
        [library, path, articleId, &error](std::atomic_bool *cancel, std::atomic_int *) {
            LibraryStore store;
            LibraryStore::OpenOptions options;
            options.readOnly = true;
            if (!store.open(library, options)) {
                error = store.lastError().message;
                return false;
            }
            CsvExporter exporter;
            CsvExporter::Options csv;
            csv.articleId = articleId;
            const bool written = exporter.writeFile(store, path, csv, [cancel](qint64) { return !*cancel; });
            if (!written)
                error = exporter.error();
            return written;
        },
        &cancelled);
    if (!ok && !cancelled)
        showError(error);
    else if (ok)
        showStatus(tr("Exported the annotations to “%1”.").arg(path));
    Q_EMIT exportFinished(ok);
    return ok;
}

void MainWindow::exportCsvDialog()
{
    qint64 articleId = 0;
    if (currentArticleId() > 0) {
        QMessageBox box(QMessageBox::Question, tr("Export Annotations"), tr("Export the annotations of:"),
                        QMessageBox::NoButton, this);
        QPushButton *all = box.addButton(tr("The &Whole Library"), QMessageBox::AcceptRole);
        QPushButton *one = box.addButton(tr("This &Article"), QMessageBox::AcceptRole);
        box.addButton(QMessageBox::Cancel);
        box.setDefaultButton(all);
        box.exec();
        if (box.clickedButton() == one)
            articleId = currentArticleId();
        else if (box.clickedButton() != all)
            return;
    }
    const QString path =
        chooseFiles(FileRequest::SaveReplacing, tr("Export Annotations to CSV"),
                    besideLibrary(libraryBaseName() + QLatin1String(".csv")), tr("CSV files (*.csv)"))
            .value(0);
    if (!path.isEmpty())
        exportCsv(path, articleId);
}

void MainWindow::editArticleProperties()
{
    const Article &a = m_view->article();
    if (a.id <= 0)
        return;
    ArticlePropertiesDialog dialog({a.title, a.published, a.url, a.site}, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (!m_document->editArticle(a.id, dialog.properties()))
        showDocumentError();
}

void MainWindow::managePillars()
{
    PillarsDialog dialog(m_document, this);
    connect(&dialog, &PillarsDialog::errorOccurred, this, &MainWindow::showError);
    dialog.exec();
}

void MainWindow::about()
{
    // The SQLite Gleaner runs with, and the server's version when the library is on one.
    const QString version = m_document ? m_document->store()->serverVersion() : QString();
    const QString server =
        version.isEmpty() ? QString() : tr(" · PostgreSQL %1 (the library's server)").arg(version);
    QMessageBox::about(
        this, tr("About Gleaner"),
        tr("<h3>Gleaner %1</h3><p>A reader and annotator for technology news: tag the pillars, "
           "amounts and deadlines that companies and governments commit to.</p>"
           "<p>Licensed under the MIT License.</p><p>Qt %2 · SQLite %3%4</p>")
            .arg(QLatin1String(GLEANER_VERSION), QLatin1String(qVersion()),
                 QLatin1String(sqlite3_libversion()), server));
}

} // namespace Gleaner
