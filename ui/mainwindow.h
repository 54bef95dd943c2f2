#pragma once

#include "import/articleimporter.h"
#include "library/librarydocument.h"
#include "network/fetchresult.h"
#include "readingstyle.h"
#include "services/proposals.h"

#include <QMainWindow>
#include <QMessageBox>
#include <QPointer>

#include <functional>

class QComboBox;
class QDockWidget;
class QFrame;
class QLabel;
class QLineEdit;
class QMenu;
class QSplitter;
class QTabWidget;
class QMimeData;
class QTimer;
class QTreeView;

namespace Gleaner {

class AnnotationPanel;
class FindBar;
class FindingsView;
class FeedsView;
class ArticleListModel;
class ArticleView;
class Settings;

// The main window: the articles list, the cleaned article and the annotation
// panel. It wires widgets to the core services (LibraryDocument, Proposals,
// ArticleImporter, CsvExporter, LibraryRecovery) that the command line uses too.
// Its member functions are spread over files by subject:
//   mainwindow.cpp         widgets, actions, menus, messages, drag and drop
//   mainwindowlibrary.cpp  opening, watching, copying and recovering libraries; export
//   mainwindowimport.cpp   import of files, pastes and URLs
//   mainwindowtagging.cpp  tagging, suggestions, editing and deleting
//   mainwindowreading.cpp  find, navigation, zoom, colours, positions, article exports
//   mainwindowpanes.cpp    sharing the width between the list, the article and the panel
//   mainwindowfindings.cpp the Findings tab; mainwindowfeeds.cpp the Feeds tab
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Where the window asks for file names: the system's file dialogs, unless
    // replaced (tests and scripted use answer without a dialog).
    enum class FileRequest { Open, OpenMany, Save, SaveReplacing };
    using FileChooser = std::function<QStringList(FileRequest, const QString &caption,
                                                  const QString &suggested, const QString &filter)>;
    void setFileChooser(const FileChooser &chooser);
    // How the window asks yes/no questions (delete this article?): a message box,
    // unless replaced.
    using Confirmer = std::function<bool(const QString &question)>;
    void setConfirmer(const Confirmer &confirmer);
    // How the window asks for a line of text (a server's address, a password,
    // shown as dots when `secret`): an input dialog, unless replaced. Empty when
    // the user cancels.
    using TextAsker = std::function<QString(const QString &label, const QString &text, bool secret)>;
    void setTextAsker(const TextAsker &asker) { m_textAsker = asker; }

    // Opens a library; on failure shows why and keeps the open one. Returns success.
    bool openLibrary(const QString &path, bool create = false);
    LibraryDocument *document() const { return m_document; }
    void showArticle(qint64 id);
    // The same article again keeps the reader's place; another restores its own.
    void showArticle(const Article &article);
    qint64 currentArticleId() const;

    // The steps behind the menu actions, without their file dialogs.
    bool importFiles(const QStringList &paths);
    bool importData(const QByteArray &data, CleanInput::Format format, SourceKind kind, const QString &name,
                    const QUrl &url = {});
    void importUrls(const QList<QUrl> &urls);
    bool exportCsv(const QString &path, qint64 articleId);
    bool saveRecoveredCopy(const QString &path);
    bool tagSelectionAsPillar(const QString &pillarName);
    bool tagSelectionAsPillarNumber(int number);
    bool tagSelection(AnnotationKind kind); // amount/deadline/note: asks for values in a dialog
    bool acceptProposal(int index);
    bool rejectProposal(int index);
    void switchProposalKind(int index);
    bool pasteArticle();
    // Opens a feed item in the reader, making it an article of the library the first time.
    void openFeedItem(qint64 itemId);
    bool deleteArticle(qint64 id); // asks first
    // Looks for changes other programs made to the library and shows them (also run every second).
    void checkOutsideChanges();
    bool exportArticleMarkdown(const QString &path);
    bool exportArticlePdf(const QString &path);
    void goToAnnotation(bool backward);
    void goToSuggestion(bool backward);
    void zoom(int step); // +1 in, -1 out, 0 back to 100%
    void applyReadingStyle(const ReadingStyle &style, bool save);
    FindBar *findBar() const { return m_findBar; }

    ArticleView *articleView() const { return m_view; }
    AnnotationPanel *annotationPanel() const { return m_panel; }
    QTreeView *articleList() const { return m_list; }
    ArticleListModel *articleModel() const { return m_model; }
    QLineEdit *searchField() const { return m_search; }
    QComboBox *pillarFilter() const { return m_pillarFilter; }
    QDockWidget *panelDock() const { return m_dock; }
    FindingsView *findingsView() const { return m_findingsView; }
    FeedsView *feedsView() const { return m_feedsView; }
    QTabWidget *tabs() const { return m_tabs; }
    QFrame *damageBar() const { return m_damageBar; }
    const QVector<Proposal> &proposals() const { return m_proposals; }
    QAction *action(const QString &objectName) const;
    // The last message shown to the user (dialogs are non-blocking so tests can read them).
    QString lastMessage() const { return m_lastMessage; }
    QMessageBox *lastMessageBox() const { return m_messageBox; }

    // Shows a message: errors in a dialog, the rest in the status bar. Both are
    // plain text: a page's title or quote is never read as markup.
    void showMessage(QMessageBox::Icon icon, const QString &message);
    void showError(const QString &message);
    void showStatus(const QString &message);

Q_SIGNALS:
    void articleShown(qint64 id);
    void importFinished(int imported, int failed);
    void exportFinished(bool ok);

protected:
    void closeEvent(QCloseEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void setupWidgets();
    void setupFindings();  // mainwindowfindings.cpp
    void makeCommitment(); // mainwindowfindings.cpp
    void setupFeeds();     // mainwindowfeeds.cpp
    // An action of the window, found by action(name), with its shortcut.
    QAction *addWindowAction(const char *name, const QString &text, const QKeySequence &key);
    FetchResult fetchPage(const QUrl &url, bool *cancelled);
    void openAt(qint64 articleId, int start, int end);
    // The side panels give way before the reading column drops below a comfortable width.
    void balancePanes();
    void setupActions();
    void setupMenus();
    void setupReading();
    void connectPanel();
    void updateActions();
    void updateTitle();
    void updateRecentMenu();
    void updateDamageBar();
    bool upgradeInBackground(const QString &path);
    void reloadPillarFilter();
    void refreshAnnotations();
    void onArticleActivated(const QModelIndex &index);
    void applySearch();
    void showPillarMenu();
    void showViewContextMenu(const QPoint &pos);
    void showListContextMenu(const QPoint &pos);
    void onEditRequested(const Annotation &before, const Annotation &after);
    void showDocumentError();
    void undo();
    void redo();
    QDate referenceDate() const;
    // Adds a cleaned article; one already in the library is opened or, if the
    // user says so, imported as a new version.
    ImportOutcome addArticle(const Article &article);
    // Pasted or dropped text: a list of web addresses is fetched, anything else imported as an article.
    bool importText(const QString &text);
    bool importMime(const QMimeData *mime); // a drop, or the clipboard
    QStringList chooseFiles(FileRequest request, const QString &caption, const QString &suggested,
                            const QString &filter);
    bool confirm(const QString &question);

    void newLibrary();
    void openLibraryDialog();
    void openServerLibraryDialog(); // mainwindowserver.cpp
    void setDisplayNameDialog();    // mainwindowserver.cpp
    QString askText(const QString &label, const QString &text, bool secret);
    // Opens a library on a server, asking for a password when libpq found none.
    bool openServerDocument(LibraryDocument *document, const QString &address, bool create);
    bool reachServer(const QString &address, const LibraryStore::OpenOptions &options, LibraryError *error);
    bool saveServerCopyAs(const QString &target);
    void saveLibraryAs();
    void saveRecoveredCopyDialog();
    void importFileDialog();
    void importUrlDialog();
    void exportCsvDialog();
    void editArticleProperties();
    void managePillars();
    void about();
    void readingSettingsDialog();
    void exportArticleMarkdownDialog();
    void exportArticlePdfDialog();
    void printArticle();
    // A path in the open library's folder (the Documents folder without one).
    QString besideLibrary(const QString &fileName = {}) const;
    QString libraryBaseName() const;
    QString articleExportPath(const QString &caption, const QString &extension, const QString &filter);
    QHash<qint64, QColor> pillarColors() const;
    void rememberPosition();
    void restorePosition(qint64 id);

    LibraryDocument *m_document = nullptr;
    Settings *m_settings;
    ArticleListModel *m_model;
    QTreeView *m_list = nullptr;
    QLineEdit *m_search = nullptr;
    QComboBox *m_pillarFilter = nullptr;
    QTimer *m_searchTimer = nullptr;
    QTimer *m_watchTimer = nullptr;
    qint64 m_dataVersion = -1;
    ArticleView *m_view = nullptr;
    AnnotationPanel *m_panel = nullptr;
    QDockWidget *m_dock = nullptr;
    QSplitter *m_splitter = nullptr;
    QTabWidget *m_tabs = nullptr;
    FindingsView *m_findingsView = nullptr;
    FeedsView *m_feedsView = nullptr;
    // The widths of the articles list and the annotation panel the user wants: a
    // narrow window takes from them for the reading column, a wider one gives back.
    int m_listWidth = 380;
    int m_dockWidth = 420;
    int m_balancedWidth = 0; // the window width the panes were last balanced for
    bool m_balancing = false;
    QFrame *m_damageBar = nullptr;
    QLabel *m_damageLabel = nullptr;
    QMenu *m_recentMenu = nullptr;
    QVector<Proposal> m_proposals;
    QVector<Annotation> m_annotations;
    QString m_lastMessage;
    QPointer<QMessageBox> m_messageBox;
    QList<QAction *> m_articleActions;
    QList<QAction *> m_writeActions;
    QList<QAction *> m_readActions; // need an article, not a writable library
    FindBar *m_findBar = nullptr;
    QPalette m_systemPalette;
    FileChooser m_fileChooser;
    Confirmer m_confirmer;
    TextAsker m_textAsker;
    QVector<ChangeScope> m_othersChanged; // what other clients changed in the server library
};

} // namespace Gleaner
