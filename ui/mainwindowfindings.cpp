// MainWindow: the Findings tab, and making a commitment from the article. The
// annotation panel steps aside in every tab but Articles.
#include "annotationpanel.h"
#include "articleview.h"
#include "commitmentdialog.h"
#include "findingsview.h"
#include "import/articleimporter.h"
#include "library/librarydocument.h"
#include "mainwindow.h"
#include "services/commitmentproposer.h"

#include <QAction>
#include <QDockWidget>
#include <QTabWidget>

#include <memory>

namespace Gleaner {

void MainWindow::setupFindings()
{
    m_findingsView = new FindingsView(this);
    m_findingsView->setObjectName(QStringLiteral("findingsView"));
    m_tabs->addTab(m_findingsView, tr("Findings"));
    m_findingsView->setSaveChooser([this](const QString &caption, const QString &suggested,
                                          const QString &filter) {
        return chooseFiles(FileRequest::SaveReplacing, caption, besideLibrary(suggested), filter).value(0);
    });
    connect(m_findingsView, &FindingsView::openRequested, this, &MainWindow::openAt);
    connect(m_findingsView, &FindingsView::errorOccurred, this, &MainWindow::showError);
    connect(m_findingsView, &FindingsView::statusMessage, this, &MainWindow::showStatus);
    // The annotation panel belongs to the article being read: it steps aside in
    // the Findings tab and comes back as it was.
    // A hidden tab's page does not hold the window wider than the shown one needs
    // (QTabWidget takes the largest minimum of its pages otherwise).
    const auto fitToShownPage = [this]() {
        for (int i = 0; i < m_tabs->count(); ++i) {
            QWidget *page = m_tabs->widget(i);
            QSizePolicy policy = page->sizePolicy();
            policy.setHorizontalPolicy(i == m_tabs->currentIndex() ? QSizePolicy::Preferred
                                                                   : QSizePolicy::Ignored);
            policy.setVerticalPolicy(i == m_tabs->currentIndex() ? QSizePolicy::Preferred
                                                                 : QSizePolicy::Ignored);
            page->setSizePolicy(policy);
        }
    };
    fitToShownPage();
    connect(m_tabs, &QTabWidget::currentChanged, this, fitToShownPage);
    auto panelWasVisible = std::make_shared<bool>(true);
    auto lastTab = std::make_shared<int>(0);
    connect(m_tabs, &QTabWidget::currentChanged, this, [this, panelWasVisible, lastTab](int index) {
        if (index != 0 && *lastTab == 0) {
            *panelWasVisible = m_dock->isVisible();
            m_dock->hide();
        } else if (index == 0 && *panelWasVisible) {
            m_dock->show();
        }
        *lastTab = index;
    });

    const auto make = [this](const char *name, const QString &text, const QKeySequence &key) {
        return addWindowAction(name, text, key);
    };
    connect(make("makeCommitment", tr("Make &Commitment…"), QKeySequence(tr("Ctrl+K"))), &QAction::triggered,
            this, &MainWindow::makeCommitment);
    connect(make("showArticles", tr("&Articles"), QKeySequence(tr("Ctrl+1"))), &QAction::triggered, this,
            [this]() { m_tabs->setCurrentIndex(0); });
    connect(make("showFindings", tr("&Findings"), QKeySequence(tr("Ctrl+2"))), &QAction::triggered, this,
            [this]() { m_tabs->setCurrentIndex(1); });
    connect(make("proposeCommitments", tr("&Propose Commitments for Library…"), QKeySequence()),
            &QAction::triggered, this, [this]() {
                m_tabs->setCurrentIndex(1);
                m_findingsView->proposeForLibrary();
            });
}

void MainWindow::openAt(qint64 articleId, int start, int end)
{
    m_tabs->setCurrentIndex(0);
    showArticle(articleId);
    if (currentArticleId() == articleId) {
        m_view->selectRange(start, end);
        m_view->scrollToTextOffset(start);
    }
}

void MainWindow::makeCommitment()
{
    const Article &article = m_view->article();
    int start = 0;
    int end = 0;
    // The selected text; without one, the sentence of the annotation selected in the panel.
    if (article.id > 0 && !m_view->selectedRange(&start, &end) && m_panel->currentAnnotationId() > 0) {
        const std::optional<Annotation> a =
            m_document ? m_document->store()->annotation(m_panel->currentAnnotationId()) : std::nullopt;
        for (const TextSegment &segment : ArticleImporter::segmentsFromJson(article.segmentsJson)) {
            if (!a || segment.start > a->start || segment.end < a->end)
                continue;
            for (const auto &[from, to] :
                 CommitmentProposer::sentences(article.text, segment.start, segment.end))
                if (from <= a->start && a->end <= to) {
                    start = from;
                    end = to;
                }
        }
    }
    if (article.id <= 0 || end <= start) {
        showStatus(tr("Select the sentence that states the commitment first, or an annotation in it."));
        return;
    }
    if (!m_document || m_document->store()->isReadOnly())
        return;
    const std::optional<QVector<Pillar>> pillars = m_document->store()->pillars();
    const std::optional<QVector<Annotation>> annotations = m_document->store()->annotations(article.id);
    if (!pillars || !annotations) {
        showDocumentError();
        return;
    }
    // What Gleaner would propose there, if anything: its values and pillars are
    // the starting point; the source is what the user selected.
    CommitmentProposal base;
    for (const CommitmentProposal &p : CommitmentProposer::propose(article, *pillars, *annotations)) {
        for (const CommitmentSource &s : p.commitment.sources)
            if (s.start < end && start < s.end && base.commitment.amounts.isEmpty())
                base = p;
    }
    Commitment &c = base.commitment;
    c.sources = {
        CommitmentSource{0, article.id, start, end, article.text.mid(start, end - start), {}, {}, {}}};
    // The annotations inside the selection are its evidence, and give its values
    // where Gleaner found none.
    for (const Annotation &a : *annotations) {
        if (a.start < start || a.end > end)
            continue;
        c.evidence << a.id;
        if (a.kind == AnnotationKind::Amount && c.amounts.isEmpty())
            c.amounts << CommitmentAmount{a.amount, a.currency, a.unit, a.qualifier};
        if (a.kind == AnnotationKind::Deadline && !c.due.isValid()) {
            c.due = a.due;
            c.precision = a.precision;
        }
        if (a.kind == AnnotationKind::Pillar && a.pillarId > 0 && !c.pillarIds.contains(a.pillarId))
            c.pillarIds << a.pillarId;
    }
    QVector<Annotation> evidence;
    for (const Annotation &e : std::as_const(base.evidence))
        if (e.start >= start && e.end <= end)
            evidence << e;
    QStringList newPillars;
    for (const QString &name : std::as_const(base.pillarNames)) {
        const auto known = std::find_if(pillars->cbegin(), pillars->cend(), [&](const Pillar &p) {
            return p.name.compare(name, Qt::CaseInsensitive) == 0;
        });
        if (known == pillars->cend())
            newPillars << name;
        else if (!c.pillarIds.contains(known->id))
            c.pillarIds << known->id;
    }
    CommitmentDialog dialog(c, *pillars, tr("Make Commitment"), this, newPillars);
    if (dialog.exec() != QDialog::Accepted)
        return;
    Commitment made;
    QStringList create;
    if (!dialog.result(&made, &create))
        return;
    if (!m_document->makeCommitment(made, evidence, create)) {
        showDocumentError();
        return;
    }
    showStatus(tr("Made a commitment of %1.").arg(made.actor));
}

} // namespace Gleaner
