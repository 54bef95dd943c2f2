// MainWindow: reading comfort (find, moving between annotations and suggestions,
// zoom, fonts and colours, the reading position kept per article) and the
// article's own exports (Markdown, PDF, print).
#include "mainwindow.h"

#include "library/outputguard.h"

#include "annotationpanel.h"
#include "articleprinter.h"
#include "articleview.h"
#include "findbar.h"
#include "readingsettingsdialog.h"
#include "services/articlemarkdown.h"
#include "settings.h"

#include <QAction>
#include <QApplication>
#include <QFileInfo>
#include <QMenu>
#include <QMenuBar>
#include <QPrintDialog>
#include <QPrinter>
#include <QRegularExpression>
#include <QSaveFile>
#include <QTextDocument>

#include <memory>

namespace Gleaner {

void MainWindow::setupReading()
{
    auto make = [this](const char *name, const QString &text, const QList<QKeySequence> &keys, auto slot) {
        auto *a = new QAction(text, this);
        a->setObjectName(QLatin1String(name));
        a->setShortcuts(keys);
        connect(a, &QAction::triggered, this, slot);
        return a;
    };
    make("findInArticle", tr("Find in &Article…"), {QKeySequence(Qt::Key_Slash)},
         [this]() { m_findBar->open(); });
    make("findNext", tr("Find &Next"), {QKeySequence::FindNext}, [this]() { m_findBar->next(false); });
    make("findPrevious", tr("Find Pre&vious"), {QKeySequence::FindPrevious},
         [this]() { m_findBar->next(true); });
    make("nextAnnotation", tr("Next A&nnotation"), {QKeySequence(Qt::Key_F8)},
         [this]() { goToAnnotation(false); });
    make("previousAnnotation", tr("Previous Annotati&on"), {QKeySequence(Qt::SHIFT | Qt::Key_F8)},
         [this]() { goToAnnotation(true); });
    make("nextSuggestion", tr("Next &Suggestion"), {QKeySequence(Qt::Key_F7)},
         [this]() { goToSuggestion(false); });
    make("previousSuggestion", tr("Previous Su&ggestion"), {QKeySequence(Qt::SHIFT | Qt::Key_F7)},
         [this]() { goToSuggestion(true); });
    make("zoomIn", tr("Zoom &In"), {QKeySequence::ZoomIn, QKeySequence(tr("Ctrl+="))}, [this]() { zoom(1); });
    make("zoomOut", tr("Zoom &Out"), {QKeySequence::ZoomOut}, [this]() { zoom(-1); });
    make("zoomReset", tr("&Actual Size"), {QKeySequence(tr("Ctrl+0"))}, [this]() { zoom(0); });
    make("readingSettings", tr("&Reading Settings…"), {}, &MainWindow::readingSettingsDialog);
    make("exportMarkdown", tr("Export Article as &Markdown…"), {}, &MainWindow::exportArticleMarkdownDialog);
    make("exportPdf", tr("Export Article as P&DF…"), {}, &MainWindow::exportArticlePdfDialog);
    make("printArticle", tr("P&rint Article…"), {}, &MainWindow::printArticle);
    for (const char *name :
         {"findInArticle", "findNext", "findPrevious", "nextAnnotation", "previousAnnotation",
          "nextSuggestion", "previousSuggestion", "exportMarkdown", "exportPdf", "printArticle"})
        m_readActions << action(QLatin1String(name));
}

void MainWindow::applyReadingStyle(const ReadingStyle &style, bool save)
{
    // Colours first: the article is rebuilt with the palette it is shown in.
    QApplication::setPalette(ReadingStyle::palette(style.theme, m_systemPalette));
    m_view->setReadingStyle(style);
    if (save)
        m_settings->setReadingStyle(style);
    balancePanes();
}

void MainWindow::zoom(int step)
{
    ReadingStyle style = m_view->readingStyle();
    if (step == 0)
        style.zoom = 1.0;
    else
        style.zoom = qBound(ReadingStyle::kMinZoom,
                            style.zoom * (step > 0 ? ReadingStyle::kZoomStep : 1.0 / ReadingStyle::kZoomStep),
                            ReadingStyle::kMaxZoom);
    applyReadingStyle(style, true);
    showStatus(tr("Zoom %1%").arg(qRound(style.zoom * 100)));
}

void MainWindow::readingSettingsDialog()
{
    const ReadingStyle before = m_view->readingStyle();
    ReadingSettingsDialog dialog(before, this);
    connect(&dialog, &ReadingSettingsDialog::styleChanged, this,
            [this](const ReadingStyle &style) { applyReadingStyle(style, false); });
    if (dialog.exec() == QDialog::Accepted)
        applyReadingStyle(dialog.style(), true);
    else
        applyReadingStyle(before, false);
}

void MainWindow::goToAnnotation(bool backward)
{
    if (m_annotations.isEmpty()) {
        showStatus(tr("This article has no annotations yet."));
        return;
    }
    // From the one chosen, else from the caret: the next in reading order.
    const qint64 current = m_panel->currentAnnotationId();
    int from = m_view->caretOffset();
    for (const Annotation &a : std::as_const(m_annotations)) {
        if (a.id == current)
            from = a.start;
    }
    const Annotation *target = nullptr;
    for (const Annotation &a : std::as_const(m_annotations)) {
        if (!backward && (a.start > from || (a.start == from && current == 0)) &&
            (!target || a.start < target->start))
            target = &a;
        if (backward && a.start < from && (!target || a.start > target->start))
            target = &a;
    }
    if (!target)
        target = backward ? &m_annotations.last() : &m_annotations.first(); // around the end
    m_panel->selectAnnotation(target->id);
    m_view->setCurrentAnnotation(target->id);
}

void MainWindow::goToSuggestion(bool backward)
{
    if (m_proposals.isEmpty()) {
        showStatus(tr("No suggestions left in this article."));
        return;
    }
    const int current = m_panel->currentProposalIndex();
    const int n = int(m_proposals.size());
    int index = 0;
    if (current >= 0) {
        index = (current + (backward ? n - 1 : 1)) % n;
    } else {
        const int caret = m_view->caretOffset();
        index = backward ? n - 1 : 0;
        for (int i = 0; i < n; ++i) {
            const int start = m_proposals.at(i).suggestion.start;
            if (!backward && start > caret) {
                index = i;
                break;
            }
            if (backward && start < caret)
                index = i;
        }
    }
    m_panel->selectProposal(index);
    m_view->selectRange(m_proposals.at(index).suggestion.start, m_proposals.at(index).suggestion.end);
    m_view->ensureCursorVisible();
}

void MainWindow::rememberPosition()
{
    if (!m_document || currentArticleId() <= 0)
        return;
    m_settings->setReadingPosition(m_document->store()->path(), currentArticleId(), m_view->topTextOffset());
}

void MainWindow::restorePosition(qint64 id)
{
    const int offset = m_settings->readingPosition(m_document->store()->path(), id);
    if (offset > 0)
        m_view->scrollToTextOffset(offset);
    m_settings->setLastArticle(m_document->store()->path(), id);
}

namespace {
QString fileNameFor(const QString &title, const QString &extension)
{
    QString name = title.simplified();
    name.replace(QRegularExpression(QStringLiteral("[/\\\\:*?\"<>|]+")), QStringLiteral(" "));
    return name.left(80).trimmed() + extension;
}
} // namespace

QString MainWindow::articleExportPath(const QString &caption, const QString &extension, const QString &filter)
{
    return chooseFiles(FileRequest::SaveReplacing, caption,
                       besideLibrary(fileNameFor(m_view->article().title, extension)), filter)
        .value(0);
}

bool MainWindow::exportArticleMarkdown(const QString &path)
{
    // Never over the open library, its -wal or another database.
    if (const QString problem = OutputGuard::problem(path); !problem.isEmpty()) {
        showError(problem);
        return false;
    }
    QSaveFile file(path);
    const QByteArray markdown = ArticleMarkdown::render(m_view->article(), m_annotations).toUtf8();
    if (!file.open(QIODevice::WriteOnly) || file.write(markdown) != markdown.size() || !file.commit()) {
        showError(
            tr("Could not write “%1”: %2. Choose a folder you can write to.").arg(path, file.errorString()));
        return false;
    }
    showStatus(tr("Exported the article to “%1”.").arg(path));
    return true;
}

void MainWindow::exportArticleMarkdownDialog()
{
    if (currentArticleId() <= 0)
        return;
    const QString path =
        articleExportPath(tr("Export Article as Markdown"), QStringLiteral(".md"), tr("Markdown (*.md)"));
    if (!path.isEmpty())
        exportArticleMarkdown(path);
}

QHash<qint64, QColor> MainWindow::pillarColors() const
{
    QHash<qint64, QColor> colors;
    for (const Pillar &p : m_panel->pillars())
        colors.insert(p.id, QColor(p.color));
    return colors;
}

bool MainWindow::exportArticlePdf(const QString &path)
{
    if (const QString problem = OutputGuard::problem(path); !problem.isEmpty()) {
        showError(problem);
        return false;
    }
    QString error;
    if (!ArticlePrinter::writePdf(m_view, m_annotations, pillarColors(), path, &error)) {
        showError(error);
        return false;
    }
    showStatus(tr("Exported the article to “%1”.").arg(path));
    return true;
}

void MainWindow::exportArticlePdfDialog()
{
    if (currentArticleId() <= 0)
        return;
    const QString path =
        articleExportPath(tr("Export Article as PDF"), QStringLiteral(".pdf"), tr("PDF (*.pdf)"));
    if (!path.isEmpty())
        exportArticlePdf(path);
}

void MainWindow::printArticle()
{
    if (currentArticleId() <= 0)
        return;
    QPrinter printer(QPrinter::HighResolution);
    printer.setDocName(m_view->article().title);
    QPrintDialog dialog(&printer, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    std::unique_ptr<QTextDocument> doc(ArticlePrinter::document(m_view, m_annotations, pillarColors()));
    doc->print(&printer);
}

} // namespace Gleaner
