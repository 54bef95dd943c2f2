#include "mainwindow.h"
#include "library/librarynames.h"

#include "annotationpanel.h"
#include "articlelistmodel.h"
#include "articleview.h"
#include "feedsview.h"
#include "findbar.h"
#include "settings.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDockWidget>
#include <QFileInfo>
#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QMimeData>
#include <QPushButton>
#include <QScrollBar>
#include <QSplitter>
#include <QStatusBar>
#include <QStyle>
#include <QTabWidget>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>

namespace Gleaner {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent), m_settings(new Settings), m_model(new ArticleListModel(this))
{
    setObjectName(QStringLiteral("MainWindow"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/gleaner.svg")));
    setAcceptDrops(true);
    m_listWidth = m_settings->listWidth();
    setupWidgets();
    setupFindings();
    setupFeeds();
    // The status bar from the start: one that appeared with the first message would
    // shrink the article under the reader's eyes.
    statusBar();
    m_systemPalette = QApplication::palette();
    setupActions();
    setupReading();
    setupMenus();
    connectPanel();
    resize(1280, 800);
    restoreGeometry(m_settings->windowGeometry());
    restoreState(m_settings->windowState());
    // Other programs (the command line, another window) may change the library:
    // SQLite's data_version tells, cheaply, when they did.
    m_watchTimer = new QTimer(this);
    m_watchTimer->setInterval(1000);
    connect(m_watchTimer, &QTimer::timeout, this, &MainWindow::checkOutsideChanges);
    m_watchTimer->start();
    applyReadingStyle(m_settings->readingStyle(), false);
    updateActions();
    updateTitle();
}

MainWindow::~MainWindow()
{
    // A refresh in progress stops while the library it writes to is still there.
    m_feedsView->setStore(nullptr);
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
    // Esc empties the search, as in every search field.
    auto *clearSearch = new QAction(m_search);
    clearSearch->setShortcut(QKeySequence(Qt::Key_Escape));
    clearSearch->setShortcutContext(Qt::WidgetShortcut);
    connect(clearSearch, &QAction::triggered, m_search, &QLineEdit::clear);
    m_search->addAction(clearSearch);
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
    m_list->setContextMenuPolicy(Qt::CustomContextMenu);
    m_list->sortByColumn(ArticleListModel::DateColumn, Qt::DescendingOrder);
    m_list->header()->setStretchLastSection(false);
    m_list->header()->setSectionResizeMode(ArticleListModel::TitleColumn, QHeaderView::Stretch);
    // A fixed width for the count: sizing it to its contents lays out the list
    // again, and QTreeView's layout loads one more batch of a search each time.
    // The title gets what the date and site leave: the date as wide as a date in
    // the user's format, the site a short name's width (both can be dragged wider).
    const int padding = 2 * m_list->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, m_list) + 12;
    m_list->header()->resizeSection(ArticleListModel::DateColumn,
                                    qMax(m_list->header()->sectionSizeHint(ArticleListModel::DateColumn),
                                         m_list->fontMetrics().horizontalAdvance(
                                             QLocale().toString(QDate(2026, 12, 28), QLocale::ShortFormat)) +
                                             padding));
    m_list->header()->resizeSection(ArticleListModel::SiteColumn,
                                    m_list->fontMetrics().horizontalAdvance(QLatin1Char('x')) * 12 + padding);
    m_list->header()->setSectionResizeMode(ArticleListModel::AnnotationsColumn, QHeaderView::Fixed);
    m_list->header()->resizeSection(
        ArticleListModel::AnnotationsColumn,
        qMax(m_list->header()->sectionSizeHint(ArticleListModel::AnnotationsColumn),
             m_list->fontMetrics().horizontalAdvance(QStringLiteral("00000")) +
                 2 * m_list->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, m_list) + 8));
    m_list->setAcceptDrops(false);
    // The next batch of articles when the list comes within a page of its end, by
    // wheel, keys or scroll bar (ArticleListModel says why not fetchMore).
    const auto loadMoreNearEnd = [this]() {
        const QScrollBar *bar = m_list->verticalScrollBar();
        if (m_model->hasMore() && bar->maximum() > 0 && bar->value() >= bar->maximum() - bar->pageStep())
            m_model->loadMore();
    };
    connect(m_list->verticalScrollBar(), &QScrollBar::valueChanged, this, loadMoreNearEnd);
    connect(m_list->verticalScrollBar(), &QScrollBar::rangeChanged, this, loadMoreNearEnd);
    leftLayout->addWidget(m_search);
    leftLayout->addWidget(m_pillarFilter);
    leftLayout->addWidget(m_list, 1);

    m_view = new ArticleView(this);
    m_view->setObjectName(QStringLiteral("articleView"));
    m_view->setAcceptDrops(false);
    m_view->viewport()->setAcceptDrops(false);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);

    // A bar over the article when the library is damaged: what was found, that
    // nothing is written, and the way out.
    m_damageBar = new QFrame(this);
    m_damageBar->setObjectName(QStringLiteral("damageBar"));
    m_damageBar->setFrameShape(QFrame::StyledPanel);
    m_damageBar->setAutoFillBackground(true);
    QPalette warning = m_damageBar->palette();
    warning.setColor(QPalette::Window, QColor(0xf8, 0xd7, 0xa8));
    warning.setColor(QPalette::WindowText, QColor(0x3a, 0x26, 0x00));
    m_damageBar->setPalette(warning);
    auto *barLayout = new QHBoxLayout(m_damageBar);
    m_damageLabel = new QLabel(m_damageBar);
    m_damageLabel->setTextFormat(Qt::PlainText);
    m_damageLabel->setWordWrap(true);
    auto *recover = new QPushButton(tr("Save Recovered Copy…"), m_damageBar);
    recover->setObjectName(QStringLiteral("recoverButton"));
    connect(recover, &QPushButton::clicked, this, &MainWindow::saveRecoveredCopyDialog);
    barLayout->addWidget(m_damageLabel, 1);
    barLayout->addWidget(recover);
    m_damageBar->hide();

    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->setSpacing(0);
    m_findBar = new FindBar(m_view, right);
    connect(m_view, &ArticleView::findRequested, m_findBar, &FindBar::open);
    connect(this, &MainWindow::articleShown, m_findBar, &FindBar::articleChanged);
    rightLayout->addWidget(m_damageBar);
    rightLayout->addWidget(m_view, 1);
    rightLayout->addWidget(m_findBar);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("mainSplitter"));
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);
    left->setMinimumWidth(160);
    splitter->setSizes({m_listWidth, 700});
    // Articles to read, and the findings of the whole library (setupFindings).
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("mainTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(splitter, tr("Articles"));
    setCentralWidget(m_tabs);
    m_splitter = splitter;
    // The list's width the user chose by dragging the splitter.
    connect(splitter, &QSplitter::splitterMoved, this, [this]() {
        if (!m_balancing)
            m_listWidth = m_splitter->sizes().value(0);
    });

    m_panel = new AnnotationPanel(this);
    m_panel->setObjectName(QStringLiteral("annotationPanel"));
    m_dock = new QDockWidget(tr("Annotations"), this);
    m_dock->setObjectName(QStringLiteral("annotationDock"));
    m_dock->setWidget(m_panel);
    m_dock->setFeatures(QDockWidget::DockWidgetClosable | QDockWidget::DockWidgetMovable |
                        QDockWidget::DockWidgetFloatable);
    m_panel->setMinimumWidth(200);
    addDockWidget(Qt::RightDockWidgetArea, m_dock);
    resizeDocks({m_dock}, {m_dockWidth}, Qt::Horizontal);
    m_dock->installEventFilter(this);

    m_searchTimer = new QTimer(this);
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(200);
    connect(m_search, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_searchTimer, &QTimer::timeout, this, &MainWindow::applySearch);
    connect(m_pillarFilter, qOverload<int>(&QComboBox::activated), this, &MainWindow::applySearch);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) { onArticleActivated(current); });
    connect(m_list, &QWidget::customContextMenuRequested, this, &MainWindow::showListContextMenu);
    connect(m_model, &ArticleListModel::readFailed, this, &MainWindow::showError);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this]() {
        statusBar()->showMessage(!m_model->isCounted() && m_model->hasMore()
                                     ? tr("%n or more article(s)", "", m_model->totalCount())
                                     : tr("%n article(s)", "", m_model->totalCount()),
                                 3000);
    });
}

void MainWindow::connectPanel()
{
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
            showDocumentError();
    });
    connect(m_panel, &AnnotationPanel::acceptRequested, this, &MainWindow::acceptProposal);
    connect(m_panel, &AnnotationPanel::rejectRequested, this, &MainWindow::rejectProposal);
    connect(m_panel, &AnnotationPanel::switchKindRequested, this, &MainWindow::switchProposalKind);
}

QAction *MainWindow::action(const QString &objectName) const
{
    return findChild<QAction *>(objectName);
}

QAction *MainWindow::addWindowAction(const char *name, const QString &text, const QKeySequence &key)
{
    auto *a = new QAction(text, this);
    a->setObjectName(QLatin1String(name));
    a->setShortcut(key);
    addAction(a);
    return a;
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
    make("setDisplayName", tr("Your &Name on Annotations…"), QKeySequence(),
         &MainWindow::setDisplayNameDialog);
    make("openServerLibrary", tr("Open Library on a &Server…"), QKeySequence(),
         &MainWindow::openServerLibraryDialog);
    make("saveLibraryAs", tr("Save Library &As…"), QKeySequence::SaveAs, &MainWindow::saveLibraryAs);
    make("saveRecoveredCopy", tr("Save &Recovered Copy…"), QKeySequence(),
         &MainWindow::saveRecoveredCopyDialog);
    make("importFile", tr("&Import File…"), QKeySequence(tr("Ctrl+I")), &MainWindow::importFileDialog);
    make("importUrl", tr("Import &URL…"), QKeySequence(tr("Ctrl+L")), &MainWindow::importUrlDialog);
    make("pasteArticle", tr("&Paste Article"), QKeySequence(tr("Ctrl+Shift+V")), &MainWindow::pasteArticle);
    // Ctrl+E moves to the end of a line in text fields; Ctrl+Shift+E works wherever
    // the focus is, the floating annotation panel included.
    make("exportCsv", tr("&Export Annotations to CSV…"), QKeySequence(tr("Ctrl+Shift+E")),
         &MainWindow::exportCsvDialog)
        ->setShortcutContext(Qt::ApplicationShortcut);
    make("quit", tr("&Quit"), QKeySequence::Quit, &QWidget::close);
    make("undo", tr("&Undo"), QKeySequence::Undo, &MainWindow::undo);
    make("redo", tr("&Redo"), QKeySequence::Redo, &MainWindow::redo);
    make("tagPillar", tr("Tag as &Pillar…"), QKeySequence(tr("Ctrl+P")), &MainWindow::showPillarMenu);
    make("tagAmount", tr("Tag as &Amount…"), QKeySequence(tr("Ctrl+M")),
         [this]() { tagSelection(AnnotationKind::Amount); });
    make("tagDeadline", tr("Tag as &Deadline…"), QKeySequence(tr("Ctrl+D")),
         [this]() { tagSelection(AnnotationKind::Deadline); });
    make("addNote", tr("Add &Note…"), QKeySequence(tr("Ctrl+Shift+N")),
         [this]() { tagSelection(AnnotationKind::Note); });
    make("deleteAnnotation", tr("De&lete Annotation"), QKeySequence(), [this]() {
        if (const qint64 id = m_panel->currentAnnotationId(); id > 0 && !m_document->deleteAnnotation(id))
            showDocumentError();
    });
    QAction *deleteArticleAction = make("deleteArticle", tr("&Delete Article…"), QKeySequence(), [this]() {
        const qint64 id = m_model->articleIdAt(m_list->currentIndex().row());
        deleteArticle(id > 0 ? id : currentArticleId());
    });
    // Delete in the articles list deletes the article; elsewhere Delete keeps its own meaning.
    deleteArticleAction->setShortcut(QKeySequence::Delete);
    deleteArticleAction->setShortcutContext(Qt::WidgetShortcut);
    m_list->addAction(deleteArticleAction);
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

    m_articleActions = {action(QStringLiteral("tagPillar")),         action(QStringLiteral("tagAmount")),
                        action(QStringLiteral("tagDeadline")),       action(QStringLiteral("addNote")),
                        action(QStringLiteral("articleProperties")), action(QStringLiteral("deleteArticle"))};
    m_writeActions = {action(QStringLiteral("importFile")),       action(QStringLiteral("importUrl")),
                      action(QStringLiteral("pasteArticle")),     action(QStringLiteral("tagPillar")),
                      action(QStringLiteral("tagAmount")),        action(QStringLiteral("tagDeadline")),
                      action(QStringLiteral("addNote")),          action(QStringLiteral("articleProperties")),
                      action(QStringLiteral("deleteAnnotation")), action(QStringLiteral("deleteArticle")),
                      action(QStringLiteral("subscribeFeed")),    action(QStringLiteral("refreshFeeds")),
                      action(QStringLiteral("importOpml"))};
}

void MainWindow::setupMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(action(QStringLiteral("newLibrary")));
    file->addAction(action(QStringLiteral("openLibrary")));
    file->addAction(action(QStringLiteral("openServerLibrary")));
    file->addAction(action(QStringLiteral("setDisplayName")));
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    m_recentMenu->setObjectName(QStringLiteral("recentMenu"));
    m_recentMenu->setToolTipsVisible(true); // the full path of each library
    file->addAction(action(QStringLiteral("saveLibraryAs")));
    file->addAction(action(QStringLiteral("saveRecoveredCopy")));
    file->addSeparator();
    file->addAction(action(QStringLiteral("importFile")));
    file->addAction(action(QStringLiteral("importUrl")));
    file->addAction(action(QStringLiteral("pasteArticle")));
    file->addSeparator();
    file->addAction(action(QStringLiteral("exportCsv")));
    file->addAction(action(QStringLiteral("exportMarkdown")));
    file->addAction(action(QStringLiteral("exportPdf")));
    file->addAction(action(QStringLiteral("printArticle")));
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
    edit->addAction(action(QStringLiteral("makeCommitment")));
    edit->addSeparator();
    edit->addAction(action(QStringLiteral("find")));

    QMenu *article = menuBar()->addMenu(tr("&Article"));
    article->addAction(action(QStringLiteral("articleProperties")));
    article->addAction(action(QStringLiteral("deleteArticle")));
    article->addAction(action(QStringLiteral("managePillars")));

    QMenu *feeds = menuBar()->addMenu(tr("Fee&ds"));
    for (const char *name : {"subscribeFeed", "refreshFeeds", "importOpml", "exportOpml"})
        feeds->addAction(action(QLatin1String(name)));
    feeds->addSeparator();
    feeds->addAction(action(QStringLiteral("feedRetention")));

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addAction(action(QStringLiteral("showArticles")));
    view->addAction(action(QStringLiteral("showFindings")));
    view->addAction(action(QStringLiteral("showFeeds")));
    view->addAction(action(QStringLiteral("proposeCommitments")));
    view->addSeparator();
    for (const char *name : {"findInArticle", "findNext", "findPrevious"})
        view->addAction(action(QLatin1String(name)));
    view->addSeparator();
    for (const char *name : {"nextAnnotation", "previousAnnotation", "nextSuggestion", "previousSuggestion"})
        view->addAction(action(QLatin1String(name)));
    view->addSeparator();
    for (const char *name : {"zoomIn", "zoomOut", "zoomReset", "readingSettings"})
        view->addAction(action(QLatin1String(name)));
    view->addSeparator();
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
        // A file name may hold "&": shown, not taken for a mnemonic.
        QString name = LibraryNames::shortName(path);
        name.replace(QLatin1Char('&'), QLatin1String("&&"));
        QAction *a = m_recentMenu->addAction(QStringLiteral("&%1 %2").arg(++n).arg(name));
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
    action(QStringLiteral("saveLibraryAs"))->setEnabled(open && m_document->damage().isEmpty());
    action(QStringLiteral("saveRecoveredCopy"))->setEnabled(open && !m_document->damage().isEmpty());
    action(QStringLiteral("exportCsv"))->setEnabled(open);
    action(QStringLiteral("managePillars"))->setEnabled(open);
    for (QAction *a : std::as_const(m_writeActions))
        a->setEnabled(writable);
    for (QAction *a : std::as_const(m_articleActions))
        a->setEnabled(writable && hasArticle);
    for (QAction *a : std::as_const(m_readActions))
        a->setEnabled(hasArticle);
    QAction *undoAction = action(QStringLiteral("undo"));
    QAction *redoAction = action(QStringLiteral("redo"));
    const UndoStack *stack = m_document ? m_document->undoStack() : nullptr;
    undoAction->setEnabled(writable && stack && stack->canUndo());
    redoAction->setEnabled(writable && stack && stack->canRedo());
    undoAction->setText(stack && stack->canUndo() ? tr("&Undo %1").arg(stack->undoText()) : tr("&Undo"));
    redoAction->setText(stack && stack->canRedo() ? tr("&Redo %1").arg(stack->redoText()) : tr("&Redo"));
}

void MainWindow::updateTitle()
{
    if (!m_document) {
        setWindowTitle(QStringLiteral("Gleaner"));
        return;
    }
    const QString path = m_document->store()->path();
    setWindowFilePath(LibraryNames::isServer(path) ? QString() : path);
    const QString name = LibraryNames::title(path);
    if (!m_document->damage().isEmpty())
        setWindowTitle(tr("%1 [damaged, read-only] — Gleaner").arg(name));
    else if (m_document->store()->isReadOnly())
        setWindowTitle(tr("%1 [read-only] — Gleaner").arg(name));
    else
        setWindowTitle(tr("%1 — Gleaner").arg(name));
}

void MainWindow::showError(const QString &message)
{
    showMessage(QMessageBox::Warning, message);
}

void MainWindow::showMessage(QMessageBox::Icon icon, const QString &message)
{
    m_lastMessage = message;
    if (m_messageBox)
        m_messageBox->close();
    // Non-blocking, so the window (and a test driving it) goes on.
    m_messageBox = new QMessageBox(icon, tr("Gleaner"), message, QMessageBox::Ok, this);
    m_messageBox->setTextFormat(Qt::PlainText); // messages quote titles and text from pages
    m_messageBox->setAttribute(Qt::WA_DeleteOnClose);
    m_messageBox->setWindowModality(Qt::WindowModal);
    m_messageBox->open();
}

void MainWindow::showDocumentError()
{
    // The same annotation twice is a remark, not an error.
    if (m_document->errorCode() == LibraryError::Code::Duplicate)
        showStatus(m_document->errorMessage());
    else
        showError(m_document->errorMessage());
}

void MainWindow::showStatus(const QString &message)
{
    m_lastMessage = message;
    statusBar()->showMessage(message, 8000);
}

bool MainWindow::confirm(const QString &question)
{
    if (m_confirmer)
        return m_confirmer(question);
    QMessageBox box(QMessageBox::Question, tr("Gleaner"), question, QMessageBox::Yes | QMessageBox::Cancel,
                    this);
    box.setTextFormat(Qt::PlainText);
    box.setDefaultButton(QMessageBox::Cancel);
    return box.exec() == QMessageBox::Yes;
}

void MainWindow::setConfirmer(const Confirmer &confirmer)
{
    m_confirmer = confirmer;
}

void MainWindow::undo()
{
    // Others' changes heard since the last check end the steps they overtook first.
    checkOutsideChanges();
    if (m_document->undoStack()->canUndo() && !m_document->undo())
        showDocumentError();
}

void MainWindow::redo()
{
    checkOutsideChanges();
    if (m_document->undoStack()->canRedo() && !m_document->redo())
        showDocumentError();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    rememberPosition();
    m_settings->setWindowGeometry(saveGeometry());
    m_settings->setWindowState(saveState());
    m_settings->setListWidth(m_listWidth);
    event->accept();
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    // A drag that starts in this window (a selection in the article) is no import.
    if (event->source())
        return;
    const QMimeData *mime = event->mimeData();
    if (mime->hasUrls() || mime->hasHtml() || mime->hasText())
        event->acceptProposedAction();
}

void MainWindow::dragMoveEvent(QDragMoveEvent *event)
{
    if (event->source())
        event->ignore();
    else
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    if (event->source()) {
        event->ignore();
        return;
    }
    const QMimeData *mime = event->mimeData();
    if (!m_document || m_document->store()->isReadOnly()) {
        showError(tr("This library is read-only; nothing can be imported into it. Save a copy with File ▸ "
                     "Save Library As… and import into the copy."));
        return;
    }
    event->acceptProposedAction();
    importMime(mime);
}

} // namespace Gleaner
