// MainWindow: tagging, suggestions, editing and deleting, through LibraryDocument.
#include "mainwindow.h"

#include "services/annotationtext.h"

#include "annotationpanel.h"
#include "articlelistmodel.h"
#include "articleview.h"
#include "inputdialogs.h"
#include "suggest/recognizer.h"
#include "tagdialogs.h"

#include <QInputDialog>
#include <QLabel>
#include <QMenu>
#include <QTreeView>

namespace Gleaner {

namespace {
// A menu entry's text for a name from the user or a page: "&" shows as itself.
QString menuText(QString name)
{
    return name.replace(QLatin1Char('&'), QLatin1String("&&"));
}

} // namespace

QDate MainWindow::referenceDate() const
{
    return Proposals::referenceDate(m_view->article());
}

void MainWindow::refreshAnnotations()
{
    const qint64 id = currentArticleId();
    if (!m_document || id <= 0) {
        const std::optional<QVector<Pillar>> pillars =
            m_document ? m_document->store()->pillars() : std::optional<QVector<Pillar>>(QVector<Pillar>());
        m_annotations.clear();
        m_proposals.clear();
        m_panel->setContent({}, {}, pillars.value_or(QVector<Pillar>()));
        m_view->setHighlights({}, {}, {});
        if (!pillars)
            showError(m_document->errorMessage());
        return;
    }
    const std::optional<ArticleProposals> loaded = Proposals::load(*m_document->store(), m_view->article());
    if (!loaded) {
        // What cannot be read is said, never shown as "no annotations".
        m_annotations.clear();
        m_proposals.clear();
        m_panel->setContent({}, {}, {});
        showError(m_document->errorMessage());
        return;
    }
    m_annotations = loaded->annotations;
    m_proposals = loaded->proposals;
    const QVector<Pillar> *pillars = &loaded->pillars;
    QHash<qint64, QColor> colors;
    for (const Pillar &p : *pillars)
        colors.insert(p.id, QColor(p.color));
    QVector<Suggestion> shown;
    for (const Proposal &p : std::as_const(m_proposals)) {
        if (p.kind != Proposal::Kind::Pillar)
            shown << p.suggestion;
    }
    m_panel->setOwnAuthor(m_document->store()->connection()->author());
    m_panel->setContent(m_annotations, m_proposals, *pillars);
    m_view->setHighlights(m_annotations, shown, colors);
    updateActions();
}

bool MainWindow::tagSelectionAsPillar(const QString &pillarName)
{
    int start = 0;
    int end = 0;
    if (!m_view->selectedRange(&start, &end)) {
        showStatus(tr("Select some text in the article first."));
        return false;
    }
    const std::optional<qint64> id = m_document->tagPillar(currentArticleId(), start, end, pillarName);
    if (!id) {
        showDocumentError();
        return false;
    }
    m_panel->selectAnnotation(*id);
    m_view->setCurrentAnnotation(*id);
    showStatus(tr("Tagged as pillar “%1”.").arg(pillarName));
    return true;
}

bool MainWindow::tagSelectionAsPillarNumber(int number)
{
    const std::optional<QVector<Pillar>> pillars = m_document->store()->pillars();
    if (!pillars) {
        showDocumentError();
        return false;
    }
    if (number < 1 || number > pillars->size()) {
        showStatus(tr("There is no pillar %1; press Ctrl+P to choose or create one.").arg(number));
        return false;
    }
    return tagSelectionAsPillar(pillars->at(number - 1).name);
}

void MainWindow::showPillarMenu()
{
    int start = 0;
    int end = 0;
    if (!m_view->selectedRange(&start, &end)) {
        showStatus(tr("Select some text in the article first."));
        return;
    }
    const std::optional<QVector<Pillar>> pillars = m_document->store()->pillars();
    if (!pillars) {
        showDocumentError();
        return;
    }
    QMenu menu(this);
    menu.setObjectName(QStringLiteral("pillarMenu"));
    for (int i = 0; i < pillars->size(); ++i) {
        const QString name = pillars->at(i).name;
        QAction *a =
            menu.addAction(i < 9 ? QStringLiteral("&%1  %2").arg(i + 1).arg(menuText(name)) : menuText(name));
        connect(a, &QAction::triggered, this, [this, name]() { tagSelectionAsPillar(name); });
    }
    if (!pillars->isEmpty())
        menu.addSeparator();
    QAction *create = menu.addAction(tr("&New Pillar…"));
    connect(create, &QAction::triggered, this, [this, start, end]() {
        bool ok = false;
        const QString selected = m_view->article().text.mid(start, end - start).simplified();
        const QString name =
            InputDialogs::askText(this, tr("New Pillar"), tr("Name of the pillar:"), selected.left(60), &ok);
        if (ok && !name.trimmed().isEmpty()) {
            m_view->selectRange(start, end);
            tagSelectionAsPillar(name.simplified());
        }
    });
    const QRect cursorRect = m_view->cursorRect(m_view->textCursor());
    menu.exec(m_view->viewport()->mapToGlobal(cursorRect.bottomLeft()));
}

bool MainWindow::tagSelection(AnnotationKind kind)
{
    int start = 0;
    int end = 0;
    if (!m_view->selectedRange(&start, &end)) {
        showStatus(tr("Select some text in the article first."));
        return false;
    }
    const QString quote = m_view->article().text.mid(start, end - start);
    Annotation a;
    a.articleId = currentArticleId();
    a.kind = kind;
    a.start = start;
    a.end = end;
    if (kind == AnnotationKind::Amount) {
        AmountDialog dialog(quote, this);
        bool ok = false;
        const Suggestion parsed = Recognizer::parseAmount(quote, &ok);
        if (ok)
            dialog.setValues(parsed.amount, parsed.currency.isEmpty() ? parsed.unit : parsed.currency,
                             parsed.qualifier);
        if (dialog.exec() != QDialog::Accepted)
            return false;
        QString reason;
        if (!dialog.apply(&a, &reason)) {
            showError(reason);
            return false;
        }
    } else if (kind == AnnotationKind::Deadline) {
        DeadlineDialog dialog(quote, this);
        bool ok = false;
        const Suggestion parsed = Recognizer::parseDeadline(quote, referenceDate(), &ok);
        if (ok)
            dialog.setValues(parsed.due, precisionKeeping(parsed.due, parsed.precision));
        else
            dialog.setValues(referenceDate(), DatePrecision::Day);
        if (dialog.exec() != QDialog::Accepted)
            return false;
        dialog.apply(&a);
        if (const QString kept = AnnotationText::keptByDay(a.due, a.precision); !kept.isEmpty()) {
            showStatus(kept);
            a.precision = DatePrecision::Day;
        }
    } else if (kind == AnnotationKind::Note) {
        bool ok = false;
        a.note = InputDialogs::askNote(this, tr("Add Note"),
                                       tr("Note on “%1”:").arg(quote.simplified().left(80)), QString(), &ok);
        if (!ok)
            return false;
    }
    const std::optional<qint64> id = m_document->annotate(a);
    if (!id) {
        showDocumentError();
        return false;
    }
    m_panel->selectAnnotation(*id);
    m_view->setCurrentAnnotation(*id);
    return true;
}

void MainWindow::showViewContextMenu(const QPoint &pos)
{
    QMenu *menu = m_view->createStandardContextMenu(pos);
    if (m_view->textCursor().hasSelection() && !m_document->store()->isReadOnly()) {
        QAction *first = menu->actions().value(0);
        for (const char *name : {"tagPillar", "tagAmount", "tagDeadline", "addNote"})
            menu->insertAction(first, action(QLatin1String(name)));
        menu->insertSeparator(first);
    }
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->popup(m_view->viewport()->mapToGlobal(pos));
}

void MainWindow::showListContextMenu(const QPoint &pos)
{
    const QModelIndex index = m_list->indexAt(pos);
    if (!index.isValid() || !m_document)
        return;
    m_list->setCurrentIndex(index);
    auto *menu = new QMenu(this);
    menu->setObjectName(QStringLiteral("articleListMenu"));
    menu->addAction(action(QStringLiteral("articleProperties")));
    menu->addAction(action(QStringLiteral("deleteArticle")));
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->popup(m_list->viewport()->mapToGlobal(pos));
}

void MainWindow::onEditRequested(const Annotation &before, const Annotation &requested)
{
    Annotation after = requested;
    // A date that is not the end of its period keeps its day: say so, visibly.
    if (const QString kept = AnnotationText::keptByDay(after.due, after.precision); !kept.isEmpty()) {
        showStatus(kept);
        after.precision = DatePrecision::Day;
    }
    if (!m_document->editAnnotation(before, after)) {
        showDocumentError();
        refreshAnnotations(); // show the saved values again
    } else if (LibraryDocument::sameContent(before, after)) {
        refreshAnnotations(); // nothing changed: the panel shows the saved values
    }
}

bool MainWindow::deleteArticle(qint64 id)
{
    if (id <= 0 || !m_document)
        return false;
    const std::optional<Article> article = m_document->store()->article(id);
    if (!article) {
        showDocumentError();
        return false;
    }
    if (!confirm(tr("Delete the article “%1” and its %n annotation(s)? You can undo this with Edit ▸ Undo.",
                    "", article->annotationCount)
                     .arg(article->title)))
        return false;
    if (!m_document->deleteArticle(id)) {
        showDocumentError();
        return false;
    }
    showStatus(tr("Deleted “%1”.").arg(article->title));
    return true;
}

// ---- Proposals ----------------------------------------------------------------

bool MainWindow::acceptProposal(int index)
{
    if (index < 0 || index >= m_proposals.size())
        return false;
    const std::optional<qint64> id = Proposals::accept(m_document, m_proposals.at(index), currentArticleId());
    if (!id) {
        showDocumentError();
        return false;
    }
    m_panel->selectProposal(qMin(index, int(m_proposals.size()) - 1));
    return true;
}

bool MainWindow::rejectProposal(int index)
{
    if (index < 0 || index >= m_proposals.size())
        return false;
    const Proposal p = m_proposals.at(index);
    if (!m_document->rejectSuggestion(currentArticleId(), p.decisionKind(), p.suggestion.start,
                                      p.suggestion.end)) {
        showDocumentError();
        return false;
    }
    m_panel->selectProposal(qMin(index, int(m_proposals.size()) - 1));
    return true;
}

void MainWindow::switchProposalKind(int index)
{
    if (index < 0 || index >= m_proposals.size())
        return;
    Proposals::switchKind(&m_proposals[index]);
    const std::optional<QVector<Pillar>> pillars = m_document->store()->pillars();
    m_panel->setContent(m_annotations, m_proposals, pillars.value_or(QVector<Pillar>()));
    m_panel->selectProposal(index);
}

} // namespace Gleaner
