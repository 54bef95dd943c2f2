#include "mainwindow.h"

#include "annotationpanel.h"
#include "articlelistmodel.h"
#include "articlepropertiesdialog.h"
#include "articleview.h"
#include "export/csvexporter.h"
#include "importurldialog.h"
#include "pillarsdialog.h"
#include "settings.h"
#include "suggest/recognizer.h"
#include "tagdialogs.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QComboBox>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QProgressDialog>
#include <QPushButton>
#include <QRegularExpression>
#include <QSplitter>
#include <QSqlQuery>
#include <QStatusBar>
#include <QTextBlock>
#include <QThread>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <atomic>

namespace Gleaner {

namespace {
// Runs `work` on a worker thread while the window stays responsive; shows a
// cancellable progress dialog when it takes longer than half a second.
template <typename Result>
Result runInBackground(QWidget *parent, const QString &label,
                       const std::function<Result(std::atomic_bool *)> &work, bool *cancelled = nullptr)
{
    std::atomic_bool cancel{false};
    QFutureWatcher<Result> watcher;
    QEventLoop loop;
    QObject::connect(&watcher, &QFutureWatcher<Result>::finished, &loop, &QEventLoop::quit);
    QProgressDialog progress(label, QObject::tr("Cancel"), 0, 0, parent);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(500);
    QObject::connect(&progress, &QProgressDialog::canceled, &loop, [&cancel]() { cancel = true; });
    watcher.setFuture(QtConcurrent::run([&work, &cancel]() { return work(&cancel); }));
    if (!watcher.isFinished())
        loop.exec();
    progress.reset();
    if (cancelled)
        *cancelled = cancel;
    return watcher.result();
}

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

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent), m_settings(new Settings), m_model(new ArticleListModel(this))
{
    setObjectName(QStringLiteral("MainWindow"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/gleaner.svg")));
    setAcceptDrops(true);
    setupWidgets();
    setupActions();
    setupMenus();
    resize(1280, 800);
    restoreGeometry(m_settings->windowGeometry());
    restoreState(m_settings->windowState());
    updateActions();
    updateTitle();
}

MainWindow::~MainWindow()
{
    delete m_settings;
}

void MainWindow::setupWidgets()
{
    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(6, 6, 0, 6);
    m_search = new QLineEdit(left);
    m_search->setObjectName(QStringLiteral("searchField"));
    m_search->setPlaceholderText(tr("Search titles, text, quotes and notes"));
    m_search->setClearButtonEnabled(true);
    m_pillarFilter = new QComboBox(left);
    m_pillarFilter->setObjectName(QStringLiteral("pillarFilter"));
    m_list = new QTreeView(left);
    m_list->setObjectName(QStringLiteral("articleList"));
    m_list->setModel(m_model);
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setSortingEnabled(true);
    m_list->setAlternatingRowColors(true);
    m_list->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_list->sortByColumn(ArticleListModel::DateColumn, Qt::DescendingOrder);
    m_list->header()->setStretchLastSection(false);
    m_list->header()->setSectionResizeMode(ArticleListModel::TitleColumn, QHeaderView::Stretch);
    m_list->header()->setSectionResizeMode(ArticleListModel::AnnotationsColumn,
                                           QHeaderView::ResizeToContents);
    m_list->setAcceptDrops(false);
    leftLayout->addWidget(m_search);
    leftLayout->addWidget(m_pillarFilter);
    leftLayout->addWidget(m_list, 1);

    m_view = new ArticleView(this);
    m_view->setObjectName(QStringLiteral("articleView"));
    m_view->setAcceptDrops(false);
    m_view->viewport()->setAcceptDrops(false);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("mainSplitter"));
    splitter->addWidget(left);
    splitter->addWidget(m_view);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({380, 760});
    setCentralWidget(splitter);

    m_panel = new AnnotationPanel(this);
    m_panel->setObjectName(QStringLiteral("annotationPanel"));
    m_dock = new QDockWidget(tr("Annotations"), this);
    m_dock->setObjectName(QStringLiteral("annotationDock"));
    m_dock->setWidget(m_panel);
    m_dock->setFeatures(QDockWidget::DockWidgetClosable | QDockWidget::DockWidgetMovable |
                        QDockWidget::DockWidgetFloatable);
    addDockWidget(Qt::RightDockWidgetArea, m_dock);
    resizeDocks({m_dock}, {480}, Qt::Horizontal);

    m_searchTimer = new QTimer(this);
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(200);
    connect(m_search, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_searchTimer, &QTimer::timeout, this, &MainWindow::applySearch);
    connect(m_pillarFilter, qOverload<int>(&QComboBox::activated), this, &MainWindow::applySearch);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) { onArticleActivated(current); });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this]() {
        statusBar()->showMessage(!m_model->isCounted() && m_model->hasMore()
                                     ? tr("%n or more article(s)", "", m_model->totalCount())
                                     : tr("%n article(s)", "", m_model->totalCount()),
                                 3000);
    });

    connect(m_view, &ArticleView::annotationClicked, this, [this](qint64 id) {
        m_panel->selectAnnotation(id);
        m_view->setCurrentAnnotation(id);
    });
    connect(m_view, &ArticleView::suggestionClicked, this, [this](int index) {
        if (index < m_proposals.size())
            m_panel->selectProposal(index);
    });
    connect(m_view, &ArticleView::pillarKeyPressed, this, &MainWindow::tagSelectionAsPillarNumber);
    connect(m_view, &QWidget::customContextMenuRequested, this, &MainWindow::showViewContextMenu);
    connect(m_panel, &AnnotationPanel::annotationSelected, m_view, &ArticleView::setCurrentAnnotation);
    connect(m_panel, &AnnotationPanel::proposalSelected, this, [this](int index) {
        if (index < m_proposals.size())
            m_view->selectRange(m_proposals.at(index).suggestion.start, m_proposals.at(index).suggestion.end);
    });
    connect(m_panel, &AnnotationPanel::editRequested, this, &MainWindow::onEditRequested);
    connect(m_panel, &AnnotationPanel::editRefused, this, &MainWindow::showError);
    connect(m_panel, &AnnotationPanel::deleteRequested, this, [this](qint64 id) {
        if (!m_document->deleteAnnotation(id))
            showError(m_document->errorMessage());
    });
    connect(m_panel, &AnnotationPanel::acceptRequested, this, &MainWindow::acceptProposal);
    connect(m_panel, &AnnotationPanel::rejectRequested, this, &MainWindow::rejectProposal);
    connect(m_panel, &AnnotationPanel::switchKindRequested, this, &MainWindow::switchProposalKind);
}

QAction *MainWindow::action(const QString &objectName) const
{
    return findChild<QAction *>(objectName);
}

void MainWindow::setupActions()
{
    auto make = [this](const char *name, const QString &text, const QKeySequence &key, auto slot) {
        auto *a = new QAction(text, this);
        a->setObjectName(QLatin1String(name));
        if (!key.isEmpty())
            a->setShortcut(key);
        connect(a, &QAction::triggered, this, slot);
        return a;
    };
    make("newLibrary", tr("&New Library…"), QKeySequence::New, &MainWindow::newLibrary);
    make("openLibrary", tr("&Open Library…"), QKeySequence::Open, &MainWindow::openLibraryDialog);
    make("saveLibraryAs", tr("Save Library &As…"), QKeySequence::SaveAs, &MainWindow::saveLibraryAs);
    make("importFile", tr("&Import File…"), QKeySequence(tr("Ctrl+I")), &MainWindow::importFileDialog);
    make("importUrl", tr("Import &URL…"), QKeySequence(tr("Ctrl+L")), &MainWindow::importUrlDialog);
    make("pasteArticle", tr("&Paste Article"), QKeySequence(tr("Ctrl+Shift+V")), &MainWindow::pasteArticle);
    make("exportCsv", tr("&Export Annotations to CSV…"), QKeySequence(tr("Ctrl+E")),
         &MainWindow::exportCsvDialog);
    make("quit", tr("&Quit"), QKeySequence::Quit, &QWidget::close);

    auto *undo = make("undo", tr("&Undo"), QKeySequence::Undo, [this]() {
        if (!m_document->undoStack()->undo())
            showError(m_document->errorMessage());
    });
    auto *redo = make("redo", tr("&Redo"), QKeySequence::Redo, [this]() {
        if (!m_document->undoStack()->redo())
            showError(m_document->errorMessage());
    });
    Q_UNUSED(undo);
    Q_UNUSED(redo);
    make("tagPillar", tr("Tag as &Pillar…"), QKeySequence(tr("Ctrl+P")), &MainWindow::showPillarMenu);
    make("tagAmount", tr("Tag as &Amount…"), QKeySequence(tr("Ctrl+M")),
         [this]() { tagSelection(AnnotationKind::Amount); });
    make("tagDeadline", tr("Tag as &Deadline…"), QKeySequence(tr("Ctrl+D")),
         [this]() { tagSelection(AnnotationKind::Deadline); });
    make("addNote", tr("Add &Note…"), QKeySequence(tr("Ctrl+Shift+N")),
         [this]() { tagSelection(AnnotationKind::Note); });
    make("deleteAnnotation", tr("De&lete Annotation"), QKeySequence(), [this]() {
        if (const qint64 id = m_panel->currentAnnotationId(); id > 0 && !m_document->deleteAnnotation(id))
            showError(m_document->errorMessage());
    });
    make("articleProperties", tr("Article &Properties…"), QKeySequence(tr("Alt+Return")),
         &MainWindow::editArticleProperties);
    make("managePillars", tr("&Pillars…"), QKeySequence(tr("Ctrl+Shift+P")), &MainWindow::managePillars);
    make("find", tr("&Find Articles"), QKeySequence::Find, [this]() {
        m_search->setFocus();
        m_search->selectAll();
    });
    make("about", tr("&About Gleaner"), QKeySequence(), &MainWindow::about);
    make("aboutQt", tr("About &Qt"), QKeySequence(), &QApplication::aboutQt);
    QAction *toggle = m_dock->toggleViewAction();
    toggle->setObjectName(QStringLiteral("togglePanel"));
    toggle->setText(tr("&Annotation Panel"));
    toggle->setShortcut(QKeySequence(tr("F9")));

    m_articleActions = {action(QStringLiteral("tagPillar")), action(QStringLiteral("tagAmount")),
                        action(QStringLiteral("tagDeadline")), action(QStringLiteral("addNote")),
                        action(QStringLiteral("articleProperties"))};
    m_writeActions = {action(QStringLiteral("importFile")),      action(QStringLiteral("importUrl")),
                      action(QStringLiteral("pasteArticle")),    action(QStringLiteral("tagPillar")),
                      action(QStringLiteral("tagAmount")),       action(QStringLiteral("tagDeadline")),
                      action(QStringLiteral("addNote")),         action(QStringLiteral("articleProperties")),
                      action(QStringLiteral("deleteAnnotation"))};
}

void MainWindow::setupMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(action(QStringLiteral("newLibrary")));
    file->addAction(action(QStringLiteral("openLibrary")));
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    m_recentMenu->setObjectName(QStringLiteral("recentMenu"));
    file->addAction(action(QStringLiteral("saveLibraryAs")));
    file->addSeparator();
    file->addAction(action(QStringLiteral("importFile")));
    file->addAction(action(QStringLiteral("importUrl")));
    file->addAction(action(QStringLiteral("pasteArticle")));
    file->addSeparator();
    file->addAction(action(QStringLiteral("exportCsv")));
    file->addSeparator();
    file->addAction(action(QStringLiteral("quit")));

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->addAction(action(QStringLiteral("undo")));
    edit->addAction(action(QStringLiteral("redo")));
    edit->addSeparator();
    edit->addAction(action(QStringLiteral("tagPillar")));
    edit->addAction(action(QStringLiteral("tagAmount")));
    edit->addAction(action(QStringLiteral("tagDeadline")));
    edit->addAction(action(QStringLiteral("addNote")));
    edit->addAction(action(QStringLiteral("deleteAnnotation")));
    edit->addSeparator();
    edit->addAction(action(QStringLiteral("find")));

    QMenu *article = menuBar()->addMenu(tr("&Article"));
    article->addAction(action(QStringLiteral("articleProperties")));
    article->addAction(action(QStringLiteral("managePillars")));

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addAction(m_dock->toggleViewAction());

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(action(QStringLiteral("about")));
    help->addAction(action(QStringLiteral("aboutQt")));
    updateRecentMenu();
}

void MainWindow::updateRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = m_settings->recentLibraries();
    int n = 0;
    for (const QString &path : recent) {
        QAction *a =
            m_recentMenu->addAction(QStringLiteral("&%1 %2").arg(++n).arg(QFileInfo(path).fileName()));
        a->setToolTip(path);
        a->setData(path);
        connect(a, &QAction::triggered, this, [this, path]() { openLibrary(path); });
    }
    m_recentMenu->setEnabled(!recent.isEmpty());
}

void MainWindow::updateActions()
{
    const bool open = m_document && m_document->store()->isOpen();
    const bool writable = open && !m_document->store()->isReadOnly();
    const bool hasArticle = currentArticleId() > 0;
    action(QStringLiteral("saveLibraryAs"))->setEnabled(open);
    action(QStringLiteral("exportCsv"))->setEnabled(open);
    action(QStringLiteral("managePillars"))->setEnabled(open);
    for (QAction *a : std::as_const(m_writeActions))
        a->setEnabled(writable);
    for (QAction *a : std::as_const(m_articleActions))
        a->setEnabled(writable && hasArticle);
    QAction *undo = action(QStringLiteral("undo"));
    QAction *redo = action(QStringLiteral("redo"));
    const UndoStack *stack = m_document ? m_document->undoStack() : nullptr;
    undo->setEnabled(stack && stack->canUndo());
    redo->setEnabled(stack && stack->canRedo());
    undo->setText(stack && stack->canUndo() ? tr("&Undo %1").arg(stack->undoText()) : tr("&Undo"));
    redo->setText(stack && stack->canRedo() ? tr("&Redo %1").arg(stack->redoText()) : tr("&Redo"));
}

void MainWindow::updateTitle()
{
    if (!m_document) {
        setWindowTitle(QStringLiteral("Gleaner"));
        return;
    }
    const QString path = m_document->store()->path();
    setWindowFilePath(path);
    QString title = tr("%1 — Gleaner").arg(QFileInfo(path).completeBaseName());
    if (m_document->store()->isReadOnly())
        title = tr("%1 [read-only] — Gleaner").arg(QFileInfo(path).completeBaseName());
    setWindowTitle(title);
}

bool MainWindow::openLibrary(const QString &path, bool create)
{
    auto *document = new LibraryDocument(this);
    LibraryStore::OpenOptions options;
    options.create = create;
    if (!document->open(path, options)) {
        // The library that was open stays open.
        showError(document->errorMessage());
        delete document;
        return false;
    }
    LibraryDocument *old = m_document;
    m_document = document;
    m_view->clearArticle();
    m_model->setStore(m_document->store());
    connect(m_document->undoStack(), &UndoStack::changed, this, &MainWindow::updateActions);
    connect(m_document->undoStack(), &UndoStack::commandFailed, this,
            [this]() { showError(m_document->errorMessage()); });
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
    delete old;
    m_settings->setLastLibrary(QFileInfo(path).absoluteFilePath());
    updateRecentMenu();
    reloadPillarFilter();
    m_search->clear();
    updateTitle();
    updateActions();
    if (m_model->rowCount() > 0)
        m_list->setCurrentIndex(m_model->index(0, 0));
    if (!m_document->store()->backupPath().isEmpty())
        showStatus(tr("The library was upgraded; the previous file was kept as %1.")
                       .arg(QFileInfo(m_document->store()->backupPath()).fileName()));
    else if (m_document->store()->isReadOnly())
        showStatus(tr("“%1” is read-only: you can read it but not change it. Use Save Library As… to work on "
                      "a copy.")
                       .arg(QFileInfo(path).fileName()));
    return true;
}

void MainWindow::reloadPillarFilter()
{
    const qint64 current = m_pillarFilter->currentData().toLongLong();
    m_pillarFilter->clear();
    m_pillarFilter->addItem(tr("All pillars"), 0);
    if (!m_document)
        return;
    for (const Pillar &p : m_document->store()->pillars())
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
    m_view->showArticle(*article);
    refreshAnnotations();
    const int row = m_model->rowOfArticle(id);
    if (row >= 0 && m_list->currentIndex().row() != row)
        m_list->setCurrentIndex(m_model->index(row, 0));
    updateActions();
    Q_EMIT articleShown(id);
}

QDate MainWindow::referenceDate() const
{
    const Article &a = m_view->article();
    return a.published.isValid() ? a.published : a.importedAt.toLocalTime().date();
}

void MainWindow::computeProposals()
{
    m_proposals.clear();
    const Article &article = m_view->article();
    if (article.id <= 0)
        return;
    const LibraryStore *store = m_document->store();
    auto taken = [this](int start, int end) {
        for (const Annotation &a : std::as_const(m_annotations)) {
            if (a.start < end && start < a.end)
                return true;
        }
        return false;
    };
    for (const Suggestion &s : Recognizer::recognize(article.text, referenceDate())) {
        if (s.kind == Suggestion::Kind::Date)
            continue; // shown as plain dates, not proposed as deadlines
        Proposal p;
        p.kind = s.kind == Suggestion::Kind::Amount ? Proposal::Kind::Amount : Proposal::Kind::Deadline;
        p.suggestion = s;
        if (taken(s.start, s.end) ||
            store->isSuggestionRejected(article.id, p.decisionKind(), s.start, s.end))
            continue;
        m_proposals << p;
    }
    // Candidate pillars: the article's headings, the first column of its tables,
    // and pillar names of the library found in the text.
    auto proposePillar = [&](int start, int end, const QString &name) {
        if (end <= start || taken(start, end) ||
            store->isSuggestionRejected(article.id, QStringLiteral("pillar"), start, end))
            return;
        for (const Proposal &p : std::as_const(m_proposals)) {
            if (p.kind == Proposal::Kind::Pillar && p.suggestion.start == start)
                return;
        }
        Proposal p;
        p.kind = Proposal::Kind::Pillar;
        p.suggestion.start = start;
        p.suggestion.end = end;
        p.suggestion.text = article.text.mid(start, end - start);
        p.pillarName = name;
        m_proposals << p;
    };
    const QVector<TextSegment> segments = ArticleImporter::segmentsFromJson(article.segmentsJson);
    int lastRow = -1;
    bool previousWasCell = false;
    for (const TextSegment &s : segments) {
        const bool cell =
            s.role == TextSegment::Role::TableCell || s.role == TextSegment::Role::TableHeaderCell;
        if (s.role == TextSegment::Role::Heading && s.end - s.start <= 80)
            proposePillar(s.start, s.end, article.text.mid(s.start, s.end - s.start).simplified());
        if (s.role == TextSegment::Role::TableCell && (!previousWasCell || s.level != lastRow) &&
            s.end - s.start <= 60)
            proposePillar(s.start, s.end, article.text.mid(s.start, s.end - s.start).simplified());
        if (cell)
            lastRow = s.level;
        previousWasCell = cell;
    }
    for (const Pillar &pillar : store->pillars()) {
        const QRegularExpression re(QStringLiteral("\\b%1\\b").arg(QRegularExpression::escape(pillar.name)),
                                    QRegularExpression::CaseInsensitiveOption);
        auto it = re.globalMatch(article.text);
        int found = 0;
        while (it.hasNext() && found < 20) {
            const QRegularExpressionMatch m = it.next();
            proposePillar(int(m.capturedStart()), int(m.capturedEnd()), pillar.name);
            ++found;
        }
    }
    std::stable_sort(m_proposals.begin(), m_proposals.end(), [](const Proposal &a, const Proposal &b) {
        return a.suggestion.start < b.suggestion.start;
    });
}

void MainWindow::refreshAnnotations()
{
    const qint64 id = currentArticleId();
    if (!m_document || id <= 0) {
        m_annotations.clear();
        m_proposals.clear();
        m_panel->setContent({}, {}, m_document ? m_document->store()->pillars() : QVector<Pillar>());
        return;
    }
    m_annotations = m_document->store()->annotations(id);
    computeProposals();
    const QVector<Pillar> pillars = m_document->store()->pillars();
    QHash<qint64, QColor> colors;
    for (const Pillar &p : pillars)
        colors.insert(p.id, QColor(p.color));
    QVector<Suggestion> shown;
    for (const Proposal &p : std::as_const(m_proposals)) {
        if (p.kind != Proposal::Kind::Pillar)
            shown << p.suggestion;
    }
    m_panel->setContent(m_annotations, m_proposals, pillars);
    m_view->setHighlights(m_annotations, shown, colors);
    updateActions();
}

void MainWindow::showError(const QString &message)
{
    m_lastMessage = message;
    if (m_messageBox)
        m_messageBox->close();
    // Non-blocking, so the window (and a test driving it) goes on.
    m_messageBox = new QMessageBox(QMessageBox::Warning, tr("Gleaner"), message, QMessageBox::Ok, this);
    m_messageBox->setAttribute(Qt::WA_DeleteOnClose);
    m_messageBox->setWindowModality(Qt::WindowModal);
    m_messageBox->open();
}

void MainWindow::showStatus(const QString &message)
{
    m_lastMessage = message;
    statusBar()->showMessage(message, 8000);
}

// ---- Tagging ----------------------------------------------------------------

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
        showError(m_document->errorMessage());
        return false;
    }
    m_panel->selectAnnotation(*id);
    m_view->setCurrentAnnotation(*id);
    showStatus(tr("Tagged as pillar “%1”.").arg(pillarName));
    return true;
}

bool MainWindow::tagSelectionAsPillarNumber(int number)
{
    const QVector<Pillar> pillars = m_document->store()->pillars();
    if (number < 1 || number > pillars.size()) {
        showStatus(tr("There is no pillar %1; press Ctrl+P to choose or create one.").arg(number));
        return false;
    }
    return tagSelectionAsPillar(pillars.at(number - 1).name);
}

void MainWindow::showPillarMenu()
{
    int start = 0;
    int end = 0;
    if (!m_view->selectedRange(&start, &end)) {
        showStatus(tr("Select some text in the article first."));
        return;
    }
    QMenu menu(this);
    menu.setObjectName(QStringLiteral("pillarMenu"));
    const QVector<Pillar> pillars = m_document->store()->pillars();
    for (int i = 0; i < pillars.size(); ++i) {
        const QString label =
            i < 9 ? QStringLiteral("&%1  %2").arg(i + 1).arg(pillars.at(i).name) : pillars.at(i).name;
        QAction *a = menu.addAction(label);
        const QString name = pillars.at(i).name;
        connect(a, &QAction::triggered, this, [this, name]() { tagSelectionAsPillar(name); });
    }
    if (!pillars.isEmpty())
        menu.addSeparator();
    QAction *create = menu.addAction(tr("&New Pillar…"));
    connect(create, &QAction::triggered, this, [this, start, end]() {
        bool ok = false;
        const QString selected = m_view->article().text.mid(start, end - start).simplified();
        const QString name = QInputDialog::getText(this, tr("New Pillar"), tr("Name of the pillar:"),
                                                   QLineEdit::Normal, selected.left(60), &ok);
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
            dialog.setValues(parsed.due, parsed.precision);
        else
            dialog.setValues(referenceDate(), DatePrecision::Day);
        if (dialog.exec() != QDialog::Accepted)
            return false;
        dialog.apply(&a);
    } else if (kind == AnnotationKind::Note) {
        bool ok = false;
        a.note = QInputDialog::getMultiLineText(
            this, tr("Add Note"), tr("Note on “%1”:").arg(quote.simplified().left(80)), QString(), &ok);
        if (!ok)
            return false;
    }
    const std::optional<qint64> id = m_document->addAnnotation(a);
    if (!id) {
        showError(m_document->errorMessage());
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

void MainWindow::onEditRequested(const Annotation &before, const Annotation &after)
{
    if (!m_document->editAnnotation(before, after)) {
        showError(m_document->errorMessage());
        refreshAnnotations(); // show the saved values again
    }
}

// ---- Proposals --------------------------------------------------------------

bool MainWindow::acceptProposal(int index)
{
    if (index < 0 || index >= m_proposals.size())
        return false;
    const Proposal p = m_proposals.at(index);
    const qint64 articleId = currentArticleId();
    std::optional<qint64> id;
    if (p.kind == Proposal::Kind::Pillar) {
        id = m_document->tagPillar(articleId, p.suggestion.start, p.suggestion.end, p.pillarName,
                                   AnnotationOrigin::Suggestion);
    } else {
        Annotation a;
        a.articleId = articleId;
        a.start = p.suggestion.start;
        a.end = p.suggestion.end;
        a.origin = AnnotationOrigin::Suggestion;
        switch (p.kind) {
        case Proposal::Kind::Amount:
            a.kind = AnnotationKind::Amount;
            a.amount = p.suggestion.amount;
            a.currency = p.suggestion.currency;
            a.unit = p.suggestion.unit;
            a.qualifier = p.suggestion.qualifier;
            if (!p.suggestion.amountMax.isEmpty())
                a.note = tr("Range up to %1").arg(p.suggestion.amountMax);
            break;
        case Proposal::Kind::Deadline:
            a.kind = AnnotationKind::Deadline;
            a.due = p.suggestion.due;
            a.precision = p.suggestion.precision;
            break;
        default:
            a.kind = AnnotationKind::Note;
            break;
        }
        id = m_document->addAnnotation(a);
    }
    if (!id) {
        showError(m_document->errorMessage());
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
        showError(m_document->errorMessage());
        return false;
    }
    m_panel->selectProposal(qMin(index, int(m_proposals.size()) - 1));
    return true;
}

void MainWindow::switchProposalKind(int index)
{
    if (index < 0 || index >= m_proposals.size())
        return;
    Proposal &p = m_proposals[index];
    if (p.kind == Proposal::Kind::Note) {
        if (!p.pillarName.isEmpty())
            p.kind = Proposal::Kind::Pillar;
        else
            p.kind = p.suggestion.kind == Suggestion::Kind::Amount ? Proposal::Kind::Amount
                                                                   : Proposal::Kind::Deadline;
    } else {
        p.kind = Proposal::Kind::Note;
    }
    m_panel->setContent(m_annotations, m_proposals, m_document->store()->pillars());
    m_panel->selectProposal(index);
}

// ---- Import -----------------------------------------------------------------

ImportOutcome MainWindow::addArticle(const Article &article)
{
    ArticleImporter importer(m_document->store());
    const ImportOutcome outcome = importer.add(article, DuplicatePolicy::Skip);
    if (outcome.status != ImportOutcome::Status::Duplicate)
        return outcome;
    QMessageBox box(QMessageBox::Question, tr("Already in the Library"),
                    tr("“%1” is already in this library. Open the article you have, or import this one as a "
                       "new version (the old one and its annotations are kept)?")
                        .arg(article.title),
                    QMessageBox::NoButton, this);
    QPushButton *openButton = box.addButton(tr("&Open Existing"), QMessageBox::AcceptRole);
    QPushButton *newButton = box.addButton(tr("Import as &New Version"), QMessageBox::ActionRole);
    box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(openButton);
    box.exec();
    if (box.clickedButton() == newButton)
        return importer.add(article, DuplicatePolicy::NewVersion);
    if (box.clickedButton() == openButton)
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
    const Prepared prepared =
        runInBackground<Prepared>(this, tr("Cleaning the article…"), [source](std::atomic_bool *) {
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
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            showError(tr("Cannot read “%1”: %2. Check that the file exists and that you may read it.")
                          .arg(path, file.errorString()));
            ++failed;
            continue;
        }
        const QByteArray data = file.readAll();
        if (importData(data, ArticleImporter::formatForFileName(path), SourceKind::File,
                       QFileInfo(path).fileName()))
            ++imported;
        else
            ++failed;
    }
    Q_EMIT importFinished(imported, failed);
    return failed == 0;
}

bool MainWindow::pasteArticle()
{
    const QMimeData *mime = QGuiApplication::clipboard()->mimeData();
    if (!mime || (!mime->hasHtml() && !mime->hasText() && !mime->hasUrls())) {
        showStatus(tr("The clipboard holds no text. Copy an article in your browser first."));
        return false;
    }
    if (mime->hasHtml())
        return importData(mime->html().toUtf8(), CleanInput::Format::Html, SourceKind::Paste, QString());
    const QList<QUrl> urls = urlsInText(mime->text());
    if (!urls.isEmpty()) {
        importUrls(urls);
        return true;
    }
    return importData(mime->text().toUtf8(), CleanInput::Format::Text, SourceKind::Paste, QString());
}

void MainWindow::importUrls(const QList<QUrl> &urls)
{
    FetchOptions options;
    options.timeoutMs = m_settings->fetchTimeoutSeconds() * 1000;
    options.maxBytes = m_settings->fetchMaxBytes();
    ImportUrlDialog dialog(urls, options, this);
    connect(
        &dialog, &ImportUrlDialog::pageFetched, this, [this, &dialog](int index, const FetchResult &result) {
            const CleanInput::Format format = result.contentType == QLatin1String("text/plain")
                                                  ? CleanInput::Format::Text
                                                  : CleanInput::Format::Html;
            ImportSource source;
            source.data = result.body;
            source.charset = result.charset;
            source.url = result.finalUrl;
            source.kind = SourceKind::Url;
            source.format = format;
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

// ---- Dialog-driven actions ---------------------------------------------------

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

void MainWindow::newLibrary()
{
    const QString path =
        chooseFiles(FileRequest::Save, tr("New Library"), QString(), tr("Gleaner libraries (*.gleaner)"))
            .value(0);
    if (path.isEmpty())
        return;
    const QString target = path.endsWith(QLatin1String(".gleaner")) ? path : path + QLatin1String(".gleaner");
    if (QFileInfo::exists(target)) {
        showError(tr("“%1” already exists. Choose a new name, or open it with Open Library….").arg(target));
        return;
    }
    openLibrary(target, true);
}

void MainWindow::openLibraryDialog()
{
    const QString path = chooseFiles(FileRequest::Open, tr("Open Library"), QString(),
                                     tr("Gleaner libraries (*.gleaner);;All files (*)"))
                             .value(0);
    if (!path.isEmpty())
        openLibrary(path);
}

void MainWindow::saveLibraryAs()
{
    const QString path = chooseFiles(FileRequest::Save, tr("Save a Copy of the Library"), QString(),
                                     tr("Gleaner libraries (*.gleaner)"))
                             .value(0);
    if (path.isEmpty())
        return;
    const QString target = path.endsWith(QLatin1String(".gleaner")) ? path : path + QLatin1String(".gleaner");
    if (!m_document->store()->saveCopyAs(target))
        showError(m_document->errorMessage());
    else
        showStatus(tr("Saved a copy as “%1”.").arg(target));
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

bool MainWindow::exportCsv(const QString &path, qint64 articleId)
{
    const QString library = m_document->store()->path();
    QString error;
    bool cancelled = false;
    // Export on a worker thread with its own read-only connection to the library.
    const bool ok = runInBackground<bool>(
        this, tr("Exporting annotations…"),
        [library, path, articleId, &error](std::atomic_bool *cancel) {
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
                    QFileInfo(m_document->store()->path()).completeBaseName() + QLatin1String(".csv"),
                    tr("CSV files (*.csv)"))
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
        showError(m_document->errorMessage());
}

void MainWindow::managePillars()
{
    PillarsDialog dialog(m_document, this);
    connect(&dialog, &PillarsDialog::errorOccurred, this, &MainWindow::showError);
    dialog.exec();
}

void MainWindow::about()
{
    QString sqlite;
    QSqlQuery query(m_document ? m_document->store()->database() : QSqlDatabase());
    if (query.exec(QStringLiteral("SELECT sqlite_version()")) && query.next())
        sqlite = query.value(0).toString();
    QMessageBox::about(
        this, tr("About Gleaner"),
        tr("<h3>Gleaner %1</h3><p>A reader and annotator for technology news: tag the pillars, "
           "amounts and deadlines that companies and governments commit to.</p>"
           "<p>Licensed under the MIT License.</p><p>Qt %2 · SQLite %3</p>")
            .arg(QLatin1String(GLEANER_VERSION), QLatin1String(qVersion()), sqlite));
}

// ---- Window -----------------------------------------------------------------

void MainWindow::closeEvent(QCloseEvent *event)
{
    m_settings->setWindowGeometry(saveGeometry());
    m_settings->setWindowState(saveState());
    event->accept();
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    const QMimeData *mime = event->mimeData();
    if (mime->hasUrls() || mime->hasHtml() || mime->hasText())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QMimeData *mime = event->mimeData();
    if (!m_document || m_document->store()->isReadOnly()) {
        showError(tr("This library is read-only; nothing can be imported into it."));
        return;
    }
    event->acceptProposedAction();
    if (mime->hasUrls()) {
        QStringList files;
        QList<QUrl> web;
        for (const QUrl &url : mime->urls()) {
            if (url.isLocalFile())
                files << url.toLocalFile();
            else if (isWebUrl(url))
                web << url;
        }
        if (!files.isEmpty())
            importFiles(files);
        if (!web.isEmpty())
            importUrls(web);
        if (!files.isEmpty() || !web.isEmpty())
            return;
    }
    if (mime->hasHtml()) {
        importData(mime->html().toUtf8(), CleanInput::Format::Html, SourceKind::Paste, QString());
        return;
    }
    if (mime->hasText()) {
        const QList<QUrl> urls = urlsInText(mime->text());
        if (!urls.isEmpty())
            importUrls(urls);
        else
            importData(mime->text().toUtf8(), CleanInput::Format::Text, SourceKind::Paste, QString());
    }
}

} // namespace Gleaner
