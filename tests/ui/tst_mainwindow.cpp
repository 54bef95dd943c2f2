// The window driven as a user drives it: reading and tagging with real widgets
// and real keys, suggestions, pillars, search, the library checked through a
// second connection after each step (library and import paths:
// tst_windowlibraries).
#include "mainwindowfixture.h"

class TestMainWindow : public MainWindowFixture
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { setUpTestCase(); }
    void init() { openWindow(); }
    void cleanup() { closeWindow(); }
    void showsSampleArticle();
    void segmentMapPlacesHighlightsOnTheirText();
    void tagAmountEditUndoRedo();
    void invalidEditIsRefused();
    void tagWithNumberKeys();
    void tagPillarFromMenu();
    void tagDeadlineAndNote();
    void clickingHighlightSelectsRow();
    void acceptRejectSwitchSuggestions();
    void rejectedSuggestionStaysRejected();
    void pillarRenameMergeWithUndo();
    void articleProperties();
    void searchAndPillarFilter();
    void deleteAnnotationAction();
};

void TestMainWindow::showsSampleArticle()
{
    newLibraryWithSample();
    const Article &a = m_window->articleView()->article();
    QCOMPARE(a.site, QStringLiteral("Circuit Ledger"));
    const QString shown = m_window->articleView()->toPlainText();
    QVERIFY(shown.startsWith(a.title));
    QVERIFY(shown.contains(QStringLiteral("Northwind Cloud will spend")));
    QVERIFY(!shown.contains(QStringLiteral("SlideSmith")));
    QCOMPARE(m_window->articleModel()->rowCount(), 1);
    // Named by its file, or on a server by its database.
    QVERIFY2(m_window->windowTitle().contains(Gleaner::Test::onServer() ? QStringLiteral("gleaner_t")
                                                                        : QStringLiteral("ui-")),
             qPrintable(m_window->windowTitle()));
}

void TestMainWindow::segmentMapPlacesHighlightsOnTheirText()
{
    newLibraryWithSample();
    ArticleView *view = m_window->articleView();
    const QString text = view->article().text;
    // Every word of the text maps to the same word on screen.
    for (const QString &phrase :
         {QStringLiteral("$6.5 billion"), QStringLiteral("Developing Homegrown Talent"),
          QStringLiteral("within 18 months")}) {
        const int at = text.indexOf(phrase);
        QTextCursor c(view->document());
        c.setPosition(view->documentPosition(at));
        c.setPosition(view->documentPosition(at + int(phrase.size())), QTextCursor::KeepAnchor);
        QCOMPARE(c.selectedText(), phrase);
        QCOMPARE(view->textOffset(view->documentPosition(at)), at);
    }
}

void TestMainWindow::tagAmountEditUndoRedo()
{
    newLibraryWithSample();
    selectText(QStringLiteral("$6.5 billion"));
    // The dialog comes pre-filled from the selection; Enter accepts it.
    QString prefilled;
    whenModal([&prefilled](QWidget *w) {
        auto *dialog = qobject_cast<AmountDialog *>(w);
        prefilled = dialog ? dialog->amountEdit()->text() : QStringLiteral("no dialog");
        QTest::keyClick(w, Qt::Key_Return);
    });
    QElapsedTimer timer;
    timer.start();
    trigger("tagAmount");
    QCOMPARE(prefilled, QStringLiteral("6500000000"));
    QVector<Annotation> disk = annotationsOnDisk();
    QCOMPARE(disk.size(), 1);
    QCOMPARE(disk.at(0).amount, QStringLiteral("6500000000"));
    QCOMPARE(disk.at(0).currency, QStringLiteral("USD"));
    QCOMPARE(disk.at(0).quote, QStringLiteral("$6.5 billion"));
    const qint64 id = disk.at(0).id;
    QTreeWidgetItem *item = m_window->annotationPanel()->itemForAnnotation(id);
    QVERIFY(item);

    // Edit the value with the keyboard: F2 opens the annotation's editor, Ctrl+Enter saves.
    AnnotationPanel *panel = m_window->annotationPanel();
    panel->setFocus();
    panel->setCurrentItem(item);
    QString shownAmount;
    whenModal<AnnotationEditDialog>([&shownAmount](AnnotationEditDialog *dialog) {
        shownAmount = dialog->amountEdit()->text();
        dialog->amountEdit()->selectAll();
        QTest::keyClicks(dialog->amountEdit(),
                         QStringLiteral("7,000,000,000")); // separators as people type them
        QTest::keyClick(dialog->noteEdit(), Qt::Key_Return, Qt::ControlModifier);
    });
    QTest::keyClick(panel, Qt::Key_F2);
    QCOMPARE(shownAmount, QStringLiteral("6500000000"));
    QTRY_COMPARE(annotationsOnDisk().value(0).amount, QStringLiteral("7000000000"));

    trigger("undo");
    QCOMPARE(annotationsOnDisk().value(0).amount, QStringLiteral("6500000000"));
    trigger("redo");
    QCOMPARE(annotationsOnDisk().value(0).amount, QStringLiteral("7000000000"));
    trigger("undo");
    trigger("undo");
    QCOMPARE(annotationsOnDisk().size(), 0);
    QVERIFY(!m_window->annotationPanel()->itemForAnnotation(id));
    trigger("redo");
    QCOMPARE(annotationsOnDisk().size(), 1);
    QCOMPARE(annotationsOnDisk().value(0).id, id);
}

void TestMainWindow::invalidEditIsRefused()
{
    newLibraryWithSample();
    const qint64 article = m_window->currentArticleId();
    Annotation a;
    a.articleId = article;
    a.kind = AnnotationKind::Amount;
    a.start = 0;
    a.end = 8;
    a.amount = QStringLiteral("5");
    a.currency = QStringLiteral("USD");
    const auto id = m_window->document()->addAnnotation(a);
    QVERIFY(id);
    QTreeWidgetItem *item = m_window->annotationPanel()->itemForAnnotation(*id);
    item->setText(AnnotationPanel::ValueColumn, QStringLiteral("lots"));
    QVERIFY(m_window->lastMessage().contains(QStringLiteral("not a number")));
    QCOMPARE(annotationsOnDisk().value(0).amount, QStringLiteral("5"));
    QCOMPARE(m_window->annotationPanel()->itemForAnnotation(*id)->text(AnnotationPanel::ValueColumn),
             QStringLiteral("5"));
    // A currency that is not ISO 4217 is refused by the library with its reason.
    item = m_window->annotationPanel()->itemForAnnotation(*id);
    item->setText(AnnotationPanel::UnitColumn, QStringLiteral("XQZ"));
    QVERIFY(m_window->lastMessage().contains(QStringLiteral("ISO 4217")));
    QCOMPARE(annotationsOnDisk().value(0).currency, QStringLiteral("USD"));
}

void TestMainWindow::tagWithNumberKeys()
{
    newLibraryWithSample();
    QVERIFY(m_window->document()->addPillar(QStringLiteral("AI Infrastructure")));
    QVERIFY(m_window->document()->addPillar(QStringLiteral("Cybersecurity")));
    selectText(QStringLiteral("Hardening the Nation's Cybersecurity"));
    QTest::keyClick(m_window->articleView(), Qt::Key_2);
    QVector<Annotation> disk = annotationsOnDisk();
    QCOMPARE(disk.size(), 1);
    QCOMPARE(disk.at(0).kind, AnnotationKind::Pillar);
    QCOMPARE(disk.at(0).pillarName, QStringLiteral("Cybersecurity"));
    selectText(QStringLiteral("Building Out AI Infrastructure"));
    QTest::keyClick(m_window->articleView(), Qt::Key_1);
    QCOMPARE(annotationsOnDisk().size(), 2);
    // A number without a pillar says so and tags nothing.
    selectText(QStringLiteral("Developing Homegrown Talent"));
    QTest::keyClick(m_window->articleView(), Qt::Key_7);
    QCOMPARE(annotationsOnDisk().size(), 2);
    QVERIFY(m_window->lastMessage().contains(QStringLiteral("no pillar 7")));
}

void TestMainWindow::tagPillarFromMenu()
{
    newLibraryWithSample();
    QVERIFY(m_window->document()->addPillar(QStringLiteral("Talent Development")));
    selectText(QStringLiteral("Developing Homegrown Talent"));
    whenModal([](QWidget *w) { QTest::keyClick(w, Qt::Key_1); });
    trigger("tagPillar");
    QTRY_COMPARE(annotationsOnDisk().size(), 1);
    QCOMPARE(annotationsOnDisk().at(0).pillarName, QStringLiteral("Talent Development"));
    // "New Pillar…" creates the pillar and tags, as one undo step.
    selectText(QStringLiteral("Hardening the Nation's Cybersecurity"));
    whenModal([](QWidget *menu) {
        whenModal<QInputDialog>([](QInputDialog *input) {
            input->setTextValue(QStringLiteral("Cyber Defense"));
            input->accept();
        });
        QTest::keyClick(menu, Qt::Key_N);
    });
    trigger("tagPillar");
    QTRY_COMPARE(annotationsOnDisk().size(), 2);
    QCOMPARE(m_window->document()->store()->findPillar(QStringLiteral("Cyber Defense"))->name,
             QStringLiteral("Cyber Defense"));
    trigger("undo");
    QCOMPARE(annotationsOnDisk().size(), 1);
    QCOMPARE(m_window->document()->store()->findPillar(QStringLiteral("Cyber Defense"))->id, 0);
}

void TestMainWindow::tagDeadlineAndNote()
{
    newLibraryWithSample();
    selectText(QStringLiteral("by the end of 2027"));
    whenModal([](QWidget *w) { QTest::keyClick(w, Qt::Key_Return); });
    trigger("tagDeadline");
    QVector<Annotation> disk = annotationsOnDisk();
    QCOMPARE(disk.size(), 1);
    QCOMPARE(disk.at(0).kind, AnnotationKind::Deadline);
    QCOMPARE(disk.at(0).due, QDate(2027, 12, 31)); // resolved from the selection
    QCOMPARE(disk.at(0).precision, DatePrecision::Year);
    selectText(QStringLiteral("Maya Tremblay"));
    // The note dialog: Enter starts a new line, Ctrl+Enter saves.
    whenModal<QDialog>([](QDialog *dialog) {
        auto *edit = dialog->findChild<QPlainTextEdit *>();
        QTest::keyClicks(edit, QStringLiteral("Country lead;"));
        QTest::keyClick(edit, Qt::Key_Return);
        QTest::keyClicks(edit, QStringLiteral("quoted twice"));
        QTest::keyClick(edit, Qt::Key_Return, Qt::ControlModifier);
    });
    trigger("addNote");
    QTRY_COMPARE(annotationsOnDisk().size(), 2);
    const QVector<Annotation> both = annotationsOnDisk();
    const Annotation note = both.at(0).kind == AnnotationKind::Note ? both.at(0) : both.at(1);
    QCOMPARE(note.kind, AnnotationKind::Note);
    QCOMPARE(note.note, QStringLiteral("Country lead;\nquoted twice"));
}

void TestMainWindow::clickingHighlightSelectsRow()
{
    newLibraryWithSample();
    const QString text = m_window->articleView()->article().text;
    Annotation a;
    a.articleId = m_window->currentArticleId();
    a.kind = AnnotationKind::Amount;
    a.start = text.indexOf(QStringLiteral("C$900 million"));
    a.end = a.start + 13;
    a.amount = QStringLiteral("900000000");
    a.currency = QStringLiteral("CAD");
    const auto id = m_window->document()->addAnnotation(a);
    QVERIFY(id);
    ArticleView *view = m_window->articleView();
    QTextCursor c(view->document());
    c.setPosition(view->documentPosition(a.start + 3));
    view->setTextCursor(c);
    view->ensureCursorVisible();
    QTest::qWait(50);
    const QPoint point = view->cursorRect(c).center();
    QTest::mouseClick(view->viewport(), Qt::LeftButton, Qt::NoModifier, point);
    QTRY_COMPARE(m_window->annotationPanel()->currentAnnotationId(), *id);
    // And the reverse: choosing the row emphasizes the highlight.
    m_window->annotationPanel()->setCurrentItem(m_window->annotationPanel()->itemForAnnotation(*id));
    QCOMPARE(view->textCursor().position(), view->documentPosition(a.start));
}

void TestMainWindow::acceptRejectSwitchSuggestions()
{
    newLibraryWithSample();
    const QVector<Proposal> &proposals = m_window->proposals();
    int amountIndex = -1;
    for (int i = 0; i < proposals.size(); ++i) {
        if (proposals.at(i).kind == Proposal::Kind::Amount &&
            proposals.at(i).suggestion.text == QLatin1String("$6.5 billion")) {
            amountIndex = i;
            break;
        }
    }
    QVERIFY2(amountIndex >= 0, "the recognizers propose $6.5 billion");
    AnnotationPanel *panel = m_window->annotationPanel();
    panel->setFocus();
    panel->selectProposal(amountIndex);
    QTest::keyClick(panel, Qt::Key_Return);
    QVector<Annotation> disk = annotationsOnDisk();
    QCOMPARE(disk.size(), 1);
    QCOMPARE(disk.at(0).amount, QStringLiteral("6500000000"));
    QCOMPARE(disk.at(0).currency, QStringLiteral("USD"));
    QCOMPARE(disk.at(0).origin, AnnotationOrigin::Suggestion);
    trigger("undo"); // accepting is undoable
    QCOMPARE(annotationsOnDisk().size(), 0);

    // Delete rejects the selected suggestion.
    const int before = m_window->proposals().size();
    const Proposal first = m_window->proposals().at(0);
    panel->selectProposal(0);
    QTest::keyClick(panel, Qt::Key_Delete);
    QCOMPARE(m_window->proposals().size(), before - 1);
    QVERIFY(m_window->document()
                ->store()
                ->rejectedSuggestions(m_window->currentArticleId())
                ->contains(RejectedSpan{first.decisionKind(), first.suggestion.start, first.suggestion.end}));
    // K switches the kind before accepting: an amount becomes a note.
    int idx = -1;
    for (int i = 0; i < m_window->proposals().size(); ++i) {
        if (m_window->proposals().at(i).kind == Proposal::Kind::Amount)
            idx = i;
    }
    QVERIFY(idx >= 0);
    panel->selectProposal(idx);
    QTest::keyClick(panel, Qt::Key_K);
    QCOMPARE(m_window->proposals().at(idx).kind, Proposal::Kind::Note);
    QTest::keyClick(panel, Qt::Key_Return);
    QCOMPARE(annotationsOnDisk().value(0).kind, AnnotationKind::Note);
}

void TestMainWindow::rejectedSuggestionStaysRejected()
{
    newLibraryWithSample();
    const qint64 article = m_window->currentArticleId();
    const Proposal first = m_window->proposals().at(0);
    QVERIFY(m_window->rejectProposal(0));
    // Reopen the library: the rejection was saved with the article.
    QVERIFY(m_window->openLibrary(m_path));
    m_window->showArticle(article);
    for (const Proposal &p : m_window->proposals())
        QVERIFY(!(p.suggestion.start == first.suggestion.start && p.suggestion.end == first.suggestion.end &&
                  p.kind == first.kind));
}

void TestMainWindow::pillarRenameMergeWithUndo()
{
    newLibraryWithSample();
    QVERIFY(m_window->document()->addPillar(QStringLiteral("Compute")));
    QVERIFY(m_window->document()->addPillar(QStringLiteral("AI Infrastructure")));
    selectText(QStringLiteral("Building Out AI Infrastructure"));
    QTest::keyClick(m_window->articleView(), Qt::Key_1);
    QCOMPARE(annotationsOnDisk().value(0).pillarName, QStringLiteral("Compute"));
    const qint64 compute = m_window->document()->store()->findPillar(QStringLiteral("Compute"))->id;
    const qint64 infra = m_window->document()->store()->findPillar(QStringLiteral("AI Infrastructure"))->id;
    bool renamed = false;
    bool merged = false;
    whenModal<PillarsDialog>([&](PillarsDialog *dialog) {
        QWidget *w = dialog;
        {
            QCOMPARE(dialog->table()->rowCount(), 2);
            renamed = dialog->rename(compute, QStringLiteral("Compute Capacity"));
            merged = dialog->merge(compute, infra);
            QCOMPARE(dialog->table()->rowCount(), 1);
        }
        w->close();
    });
    trigger("managePillars");
    QVERIFY(renamed);
    QVERIFY(merged);
    QCOMPARE(annotationsOnDisk().value(0).pillarName, QStringLiteral("AI Infrastructure"));
    trigger("undo"); // merge
    QCOMPARE(annotationsOnDisk().value(0).pillarName, QStringLiteral("Compute Capacity"));
    trigger("undo"); // rename
    QCOMPARE(annotationsOnDisk().value(0).pillarName, QStringLiteral("Compute"));
    trigger("redo");
    trigger("redo");
    QCOMPARE(annotationsOnDisk().value(0).pillarName, QStringLiteral("AI Infrastructure"));
    // Recolor and delete from the dialog, too.
    whenModal<PillarsDialog>([&](PillarsDialog *dialog) {
        QWidget *w = dialog;
        {
            QVERIFY(dialog->recolor(infra, QColor(QStringLiteral("#112233"))));
            QVERIFY(!dialog->remove(infra)); // still used
        }
        w->close();
    });
    trigger("managePillars");
    QCOMPARE(m_window->document()->store()->pillar(infra)->color, QStringLiteral("#112233"));
    QVERIFY(m_window->lastMessage().contains(QStringLiteral("Merge it into another pillar")));
}

void TestMainWindow::articleProperties()
{
    newLibraryWithSample();
    whenModal([](QWidget *w) {
        auto *edit = w->findChild<QLineEdit *>();
        if (edit) {
            edit->selectAll();
            QTest::keyClicks(edit, QStringLiteral("Renamed story"));
        }
        QTest::keyClick(w, Qt::Key_Return);
    });
    trigger("articleProperties");
    QTRY_COMPARE(m_window->articleView()->article().title, QStringLiteral("Renamed story"));
    LibraryStore store;
    QVERIFY(store.open(m_path, {false, true, 1000}));
    QCOMPARE(store.article(m_window->currentArticleId())->title, QStringLiteral("Renamed story"));
    trigger("undo");
    QVERIFY(m_window->articleView()->article().title.contains(QStringLiteral("Northwind")));
}

void TestMainWindow::searchAndPillarFilter()
{
    newLibraryWithSample();
    QVERIFY(m_window->importFiles({QStringLiteral(GLEANER_FIXTURES "/cli/harbor.html")}));
    QCOMPARE(m_window->articleModel()->rowCount(), 2);
    trigger("find");
    QTRY_VERIFY(m_window->searchField()->hasFocus());
    QTest::keyClicks(m_window->searchField(), QStringLiteral("geothermal"));
    QTRY_COMPARE(m_window->articleModel()->rowCount(), 1);
    QVERIFY(m_window->articleModel()
                ->data(m_window->articleModel()->index(0, 0), Qt::DisplayRole)
                .toString()
                .contains(QStringLiteral("Harbor")));
    m_window->searchField()->clear();
    QTRY_COMPARE(m_window->articleModel()->rowCount(), 2);
    // Filter by pillar.
    selectText(QStringLiteral("Power and cooling"));
    QVERIFY(m_window->tagSelectionAsPillar(QStringLiteral("Energy")));
    QComboBox *filter = m_window->pillarFilter();
    const int index = filter->findText(QStringLiteral("Energy (1)"));
    QVERIFY(index > 0);
    filter->setCurrentIndex(index);
    Q_EMIT filter->activated(index);
    QTRY_COMPARE(m_window->articleModel()->rowCount(), 1);
}

void TestMainWindow::deleteAnnotationAction()
{
    newLibraryWithSample();
    QVERIFY(m_window->acceptProposal(0));
    const qint64 id = annotationsOnDisk().value(0).id;
    m_window->annotationPanel()->selectAnnotation(id);
    trigger("deleteAnnotation");
    QCOMPARE(annotationsOnDisk().size(), 0);
    trigger("undo");
    QCOMPARE(annotationsOnDisk().size(), 1);
    // Delete key in the panel does the same.
    m_window->annotationPanel()->setFocus();
    m_window->annotationPanel()->selectAnnotation(id);
    QTest::keyClick(m_window->annotationPanel(), Qt::Key_Delete);
    QCOMPARE(annotationsOnDisk().size(), 0);
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
