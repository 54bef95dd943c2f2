// MainWindow: import of files, pastes, drops and URLs.
#include "mainwindow.h"

#include "backgroundtask.h"
#include "importurldialog.h"
#include "settings.h"

#include <QApplication>
#include <QClipboard>
#include <QFile>
#include <QFileInfo>
#include <QInputDialog>
#include <QMimeData>
#include <QPushButton>
#include <QRegularExpression>

namespace Gleaner {

namespace {
bool isWebUrl(const QUrl &url)
{
    const QString scheme = url.scheme().toLower();
    return url.isValid() && !url.host().isEmpty() &&
           (scheme == QLatin1String("http") || scheme == QLatin1String("https"));
}

// Lines of `text` that are all web URLs (a pasted list of links), else empty.
QList<QUrl> urlsInText(const QString &text)
{
    QList<QUrl> urls;
    const QStringList lines = text.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
    for (const QString &line : lines) {
        const QUrl url(line, QUrl::StrictMode);
        if (!isWebUrl(url))
            return {};
        urls << url;
    }
    return urls;
}
} // namespace

ImportOutcome MainWindow::addArticle(const Article &article)
{
    ArticleImporter importer(m_document->store());
    bool openExisting = false;
    // The question is asked between two transactions, never while one holds the library.
    const ImportOutcome outcome =
        importer.add(article, [this, &openExisting](const Article &incoming, qint64) {
            QMessageBox box(
                QMessageBox::Question, tr("Already in the Library"),
                tr("“%1” is already in this library. Open the article you have, or import this one as a new "
                   "version (the old one and its annotations are kept)?")
                    .arg(incoming.title),
                QMessageBox::NoButton, this);
            box.setTextFormat(Qt::PlainText); // the title comes from the page
            QPushButton *openButton = box.addButton(tr("&Open Existing"), QMessageBox::AcceptRole);
            QPushButton *newButton = box.addButton(tr("Import as &New Version"), QMessageBox::ActionRole);
            box.addButton(QMessageBox::Cancel);
            box.setDefaultButton(openButton);
            box.exec();
            openExisting = box.clickedButton() == openButton;
            return box.clickedButton() == newButton ? DuplicatePolicy::NewVersion : DuplicatePolicy::Skip;
        });
    if (outcome.status == ImportOutcome::Status::Duplicate && openExisting)
        showArticle(outcome.duplicateOf);
    return outcome;
}

bool MainWindow::importData(const QByteArray &data, CleanInput::Format format, SourceKind kind,
                            const QString &name, const QUrl &url)
{
    ImportSource source;
    source.data = data;
    source.format = format;
    source.kind = kind;
    source.sourceName = name;
    source.url = url;
    struct Prepared
    {
        bool ok = false;
        Article article;
        QString error;
    };
    const Prepared prepared = runInBackground<Prepared>(
        this, tr("Cleaning the article…"), [source](std::atomic_bool *, std::atomic_int *) {
            Prepared p;
            p.ok = ArticleImporter::prepare(source, &p.article, &p.error);
            return p;
        });
    const QString label = name.isEmpty() ? tr("The pasted text") : name;
    if (!prepared.ok) {
        showError(tr("%1 could not be imported: %2").arg(label, prepared.error));
        return false;
    }
    const ImportOutcome outcome = addArticle(prepared.article);
    if (outcome.status == ImportOutcome::Status::Duplicate)
        return false; // the user chose to open the one there, or to cancel
    if (outcome.status != ImportOutcome::Status::Imported) {
        showError(tr("%1 could not be imported: %2").arg(label, outcome.error));
        return false;
    }
    showArticle(outcome.articleId);
    showStatus(tr("Imported “%1”.").arg(outcome.title));
    return true;
}

bool MainWindow::importFiles(const QStringList &paths)
{
    int imported = 0;
    int failed = 0;
    for (const QString &path : paths) {
        QByteArray data;
        QString error;
        if (!ArticleImporter::readFile(path, &data, &error)) {
            showError(tr("Cannot import “%1”: %2").arg(QFileInfo(path).fileName(), error));
            ++failed;
            continue;
        }
        if (importData(data, ArticleImporter::formatForFileName(path), SourceKind::File,
                       QFileInfo(path).fileName()))
            ++imported;
        else
            ++failed;
    }
    Q_EMIT importFinished(imported, failed);
    return failed == 0;
}

bool MainWindow::importText(const QString &text)
{
    const QList<QUrl> urls = urlsInText(text);
    if (!urls.isEmpty()) {
        importUrls(urls);
        return true;
    }
    return importData(text.toUtf8(), CleanInput::Format::Text, SourceKind::Paste, QString());
}

bool MainWindow::pasteArticle()
{
    const QMimeData *mime = QGuiApplication::clipboard()->mimeData();
    if (!mime || (!mime->hasHtml() && !mime->hasText() && !mime->hasUrls())) {
        showStatus(tr("The clipboard holds no text. Copy an article in your browser first."));
        return false;
    }
    return importMime(mime);
}

bool MainWindow::importMime(const QMimeData *mime)
{
    // Files and web links (copied in a file manager, dragged from a browser's
    // address bar) are imported as such; else the HTML a browser put there; else the text.
    if (mime->hasUrls()) {
        QStringList files;
        QList<QUrl> web;
        for (const QUrl &url : mime->urls()) {
            if (url.isLocalFile())
                files << url.toLocalFile();
            else if (isWebUrl(url))
                web << url;
        }
        if (!web.isEmpty())
            importUrls(web);
        if (!files.isEmpty())
            return importFiles(files);
        if (!web.isEmpty())
            return true;
    }
    if (mime->hasHtml())
        return importData(mime->html().toUtf8(), CleanInput::Format::Html, SourceKind::Paste, QString());
    if (mime->hasText())
        return importText(mime->text());
    return false;
}

void MainWindow::importUrls(const QList<QUrl> &urls)
{
    FetchOptions options;
    options.timeoutMs = m_settings->fetchTimeoutSeconds() * 1000;
    options.maxBytes = m_settings->fetchMaxBytes();
    ImportUrlDialog dialog(urls, options, this);
    connect(
        &dialog, &ImportUrlDialog::pageFetched, this, [this, &dialog](int index, const FetchResult &result) {
            const ImportSource source = ArticleImporter::fromFetch(result);
            Article article;
            QString error;
            if (!ArticleImporter::prepare(source, &article, &error)) {
                dialog.setItemResult(index, false, error);
                return;
            }
            const ImportOutcome outcome = addArticle(article);
            switch (outcome.status) {
            case ImportOutcome::Status::Imported:
                dialog.setItemResult(index, true, tr("Imported “%1”").arg(outcome.title));
                showArticle(outcome.articleId);
                break;
            case ImportOutcome::Status::Duplicate:
                dialog.setItemResult(
                    index, true,
                    tr("Already in the library (article %1); not imported again").arg(outcome.duplicateOf));
                break;
            case ImportOutcome::Status::Failed:
                dialog.setItemResult(index, false, outcome.error);
                break;
            }
        });
    dialog.exec();
}

void MainWindow::importFileDialog()
{
    const QStringList paths =
        chooseFiles(FileRequest::OpenMany, tr("Import Files"), QString(),
                    tr("Articles (*.html *.htm *.xhtml *.txt *.html.gz);;All files (*)"));
    if (!paths.isEmpty())
        importFiles(paths);
}

void MainWindow::importUrlDialog()
{
    bool ok = false;
    const QString text = QInputDialog::getMultiLineText(
        this, tr("Import URL"), tr("Addresses of the articles, one per line:"), QString(), &ok);
    if (!ok || text.trimmed().isEmpty())
        return;
    QList<QUrl> urls;
    QStringList bad;
    for (const QString &line : text.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        const QUrl url(line.trimmed(), QUrl::StrictMode);
        if (isWebUrl(url))
            urls << url;
        else if (!line.trimmed().isEmpty())
            bad << line.trimmed();
    }
    if (!bad.isEmpty()) {
        showError(tr("These are not http or https addresses: %1. Write each address in full, e.g. "
                     "https://example.com/article.")
                      .arg(bad.join(QLatin1String(", "))));
        return;
    }
    importUrls(urls);
}

} // namespace Gleaner
