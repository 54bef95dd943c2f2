// The Findings tab driven as a user drives it: proposing commitments for the
// library and accepting and rejecting them by key, making one from a selected
// sentence with Ctrl+K, filtering, totals, opening an article from a row, the
// timeline drawn and exported, commitments written by the command line meanwhile,
// and a narrow window.
#include "annotationpanel.h"
#include "articleview.h"
#include "commitmentdialog.h"
#include "commitmentsmodel.h"
#include "findingsmodel.h"
#include "findingsview.h"
#include "mainwindow.h"
#include "ratesdialog.h"
#include "testengine.h"
#include "timelinechart.h"
#include "windowtest.h"

#include <QAction>
#include <QComboBox>
#include <QImage>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace Gleaner;
using Gleaner::Test::whenModal;

class TestFindings : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    MainWindow *m_window = nullptr;
    QString m_path;
    QStringList m_nextFiles;
    int m_counter = 0;

    FindingsView *findings() const { return m_window->findingsView(); }
    LibraryStore *store() const { return m_window->document()->store(); }
    void newLibraryWithSample()
    {
        // A file, or a new database when the suite runs against a server.
        m_path = Gleaner::Test::newLibrary(m_dir, QStringLiteral("findings-%1.gleaner").arg(++m_counter));
        QVERIFY(m_window->openLibrary(m_path, true));
        QVERIFY(m_window->importFiles({Gleaner::Test::sampleArticlePath()}));
    }
    void selectRow(int row)
    {
        QTableView *table = findings()->table();
        table->setFocus();
        table->selectionModel()->clearSelection();
        table->selectRow(row);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        GLEANER_REQUIRE_ENGINE();
    }
    void init()
    {
        m_window = new MainWindow;
        m_window->setFileChooser([this](MainWindow::FileRequest, const QString &, const QString &,
                                        const QString &) { return std::exchange(m_nextFiles, {}); });
        m_window->resize(1200, 800);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window));
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window));
        newLibraryWithSample();
    }
    void cleanup()
    {
        delete m_window;
        m_window = nullptr;
    }
    void proposeAcceptRejectByKey();
    void makeCommitmentFromTheSelection();
    void filtersTotalsAndOpeningAnArticle();
    void ratesConvertTheTotals();
    void timelineDrawsItsMarksAndExports();
    void commandLineChangesAppear();
    void narrowWindowKeepsItsSize();
};

void TestFindings::proposeAcceptRejectByKey()
{
    m_window->action(QStringLiteral("proposeCommitments"))->trigger();
    QCOMPARE(m_window->tabs()->currentIndex(), 1);
    QCOMPARE(findings()->show(), FindingsView::Show::Proposed);
    QTableView *table = findings()->table();
    QCOMPARE(table->model()->rowCount(), 2);
    const int usdRow = table->model()
                               ->index(0, CommitmentsModel::AmountsColumn)
                               .data()
                               .toString()
                               .contains(QLatin1String("6,500,000,000"))
                           ? 0
                           : 1;
    QCOMPARE(table->model()->index(usdRow, CommitmentsModel::SourcesColumn).data().toString(),
             QStringLiteral("1"));
    selectRow(usdRow);
    QTest::keyClick(table, Qt::Key_Return); // accepts, as in the panel
    QCOMPARE(store()->commitmentCount().value_or(-1), 1);
    QCOMPARE(table->model()->rowCount(), 1);
    selectRow(0);
    QTest::keyClick(table, Qt::Key_Delete); // rejects
    QCOMPARE(table->model()->rowCount(), 0);
    QCOMPARE(store()->commitmentCount().value_or(-1), 1);
    // Neither comes back when proposing again.
    findings()->proposeForLibrary();
    QCOMPARE(table->model()->rowCount(), 0);
    const Commitment stored = store()->commitments()->first();
    QCOMPARE(stored.actor, QStringLiteral("Northwind Cloud"));
    QCOMPARE(stored.amounts.first().amount, QStringLiteral("6500000000"));
    // Another outlet reports the same promise: proposed as another report of it,
    // and accepting adds a source instead of a second commitment.
    QFile other(m_dir.filePath(QStringLiteral("other-%1.txt").arg(m_counter)));
    QVERIFY(other.open(QIODevice::WriteOnly));
    other.write(
        "Northwind's Canada plan\n\nNorthwind Cloud pledged $6.5 billion for Canada by 2031, the company "
        "said on Friday.\n");
    other.close();
    QVERIFY(m_window->importFiles({other.fileName()}));
    findings()->proposeForLibrary();
    QCOMPARE(table->model()->rowCount(), 1);
    QVERIFY2(table->model()
                 ->index(0, CommitmentsModel::SourcesColumn)
                 .data()
                 .toString()
                 .contains(QString::number(stored.id)),
             qPrintable(table->model()->index(0, CommitmentsModel::SourcesColumn).data().toString()));
    selectRow(0);
    QTest::keyClick(table, Qt::Key_Return);
    QCOMPARE(store()->commitmentCount().value_or(-1), 1);
    QCOMPARE(store()->commitment(stored.id)->sources.size(), 2);
    // Split by the user, picking the report in the dialog: two commitments again.
    findings()->setShow(FindingsView::Show::Commitments);
    selectRow(0);
    whenModal<QInputDialog>([](QInputDialog *dialog) {
        QCOMPARE(dialog->comboBoxItems().size(), 2);
        dialog->setTextValue(dialog->comboBoxItems().at(1));
        dialog->accept();
    });
    QVERIFY(findings()->splitSelected());
    QCOMPARE(store()->commitmentCount().value_or(-1), 2);
    m_window->action(QStringLiteral("undo"))->trigger(); // the split
    QCOMPARE(store()->commitmentCount().value_or(-1), 1);
    m_window->action(QStringLiteral("undo"))->trigger(); // the second report only
    QCOMPARE(store()->commitment(stored.id)->sources.size(), 1);
    findings()->setShow(FindingsView::Show::Proposed);
    // Undo in the window takes the commitment back out.
    m_window->action(QStringLiteral("undo"))->trigger(); // the rejection
    m_window->action(QStringLiteral("undo"))->trigger(); // the commitment
    QCOMPARE(store()->commitmentCount().value_or(-1), 0);
}

void TestFindings::makeCommitmentFromTheSelection()
{
    m_window->tabs()->setCurrentIndex(0);
    const QString text = m_window->articleView()->article().text;
    const QString sentence = QStringLiteral("About C$900 million of the total is reserved for security.");
    const int at = int(text.indexOf(sentence));
    QVERIFY(at >= 0);
    m_window->articleView()->selectRange(at, at + int(sentence.size()));
    whenModal<CommitmentDialog>([](CommitmentDialog *dialog) {
        // Nothing to say who: the user names the actor and accepts with Enter.
        QVERIFY(dialog->actorEdit()->text().isEmpty());
        dialog->actorEdit()->setText(QStringLiteral("Northwind Cloud"));
        QTest::keyClick(dialog->actorEdit(), Qt::Key_Return);
    });
    QTest::keyClick(m_window->articleView(), Qt::Key_K, Qt::ControlModifier);
    QTRY_COMPARE(store()->commitmentCount().value_or(-1), 1);
    const Commitment made = store()->commitments()->first();
    QCOMPARE(made.sources.first().quote, sentence);
    // An empty actor is refused in the dialog, which stays open to correct.
    m_window->articleView()->selectRange(at, at + int(sentence.size()));
    whenModal<CommitmentDialog>([](CommitmentDialog *dialog) {
        dialog->actorEdit()->clear();
        dialog->accept();
        QVERIFY(dialog->isVisible());
        dialog->reject();
    });
    m_window->action(QStringLiteral("makeCommitment"))->trigger();
    QCOMPARE(store()->commitmentCount().value_or(-1), 1);
    m_window->action(QStringLiteral("undo"))->trigger();
    QCOMPARE(store()->commitmentCount().value_or(-1), 0);
    // Without a text selection, the annotation selected in the panel gives its sentence.
    QVERIFY(m_window->acceptProposal(0)); // "$6.5 billion", the first suggestion
    const qint64 amount = store()->annotations(m_window->currentArticleId())->first().id;
    m_window->articleView()->moveCursor(QTextCursor::Start); // no selection
    m_window->annotationPanel()->selectAnnotation(amount);
    whenModal<CommitmentDialog>([](CommitmentDialog *dialog) {
        dialog->actorEdit()->setText(QStringLiteral("Northwind Cloud"));
        dialog->accept();
    });
    m_window->action(QStringLiteral("makeCommitment"))->trigger();
    QTRY_COMPARE(store()->commitmentCount().value_or(-1), 1);
    const Commitment fromPanel = store()->commitments()->first();
    QVERIFY(
        fromPanel.sources.first().quote.startsWith(QLatin1String("Northwind Cloud will spend $6.5 billion")));
    QVERIFY(fromPanel.sources.first().quote.endsWith(QLatin1String("to date.")));
    // The amount it was made from, and the deadline Gleaner found in the sentence, now an annotation too.
    QCOMPARE(fromPanel.evidence.size(), 2);
    QVERIFY(fromPanel.evidence.contains(amount));
    // Made while the Findings tab was hidden: it is read when the tab is shown.
    findings()->setShow(FindingsView::Show::Commitments);
    m_window->tabs()->setCurrentIndex(1);
    QTRY_COMPARE(findings()->table()->model()->rowCount(), 1);
}

void TestFindings::filtersTotalsAndOpeningAnArticle()
{
    m_window->tabs()->setCurrentIndex(1); // the Findings tab, as a user looks at it
    findings()->proposeForLibrary();
    findings()->table()->selectAll();
    QVERIFY(findings()->acceptSelected());
    QCOMPARE(store()->commitmentCount().value_or(-1), 2);
    // Totals by currency: one line per currency or unit, never added together.
    findings()->totalsBy()->setCurrentIndex(
        findings()->totalsBy()->findData(int(CommitmentTotals::By::Currency)));
    Q_EMIT findings()->totalsBy()->activated(findings()->totalsBy()->currentIndex());
    QTableWidget *totals = findings()->totalsTable();
    QCOMPARE(totals->rowCount(), 2);
    QStringList lines;
    for (int row = 0; row < totals->rowCount(); ++row)
        lines << totals->item(row, 0)->text() + QLatin1Char(' ') + totals->item(row, 1)->text();
    QVERIFY2(lines.contains(QStringLiteral("USD 6,500,000,000")),
             qPrintable(lines.join(QLatin1String(" | "))));
    // Edited in place: the actor, and the amount typed as an article writes it; Undo takes each back.
    findings()->setShow(FindingsView::Show::Commitments);
    QAbstractItemModel *model = findings()->table()->model();
    int usdRow = -1;
    for (int row = 0; row < model->rowCount(); ++row)
        if (model->index(row, CommitmentsModel::AmountsColumn)
                .data()
                .toString()
                .contains(QLatin1String("USD")))
            usdRow = row;
    QVERIFY(usdRow >= 0);
    const qint64 usdId = model->index(usdRow, 0).data(CommitmentsModel::CommitmentIdRole).toLongLong();
    QVERIFY(model->flags(model->index(usdRow, CommitmentsModel::ActorColumn)) & Qt::ItemIsEditable);
    QVERIFY(model->setData(model->index(usdRow, CommitmentsModel::ActorColumn),
                           QStringLiteral("Northwind Cloud Inc."), Qt::EditRole));
    QCOMPARE(store()->commitment(usdId)->actor, QStringLiteral("Northwind Cloud Inc."));
    const QString shown = model->index(usdRow, CommitmentsModel::AmountsColumn).data(Qt::EditRole).toString();
    QVERIFY(model->setData(model->index(usdRow, CommitmentsModel::AmountsColumn),
                           QStringLiteral("$7 billion"), Qt::EditRole));
    QCOMPARE(store()->commitment(usdId)->amounts.first().amount, QStringLiteral("7000000000"));
    QVERIFY(!model->setData(model->index(usdRow, CommitmentsModel::AmountsColumn), QStringLiteral("lots"),
                            Qt::EditRole));
    QVERIFY(m_window->lastMessage().contains(QStringLiteral("lots"))); // refused, and said why
    m_window->lastMessageBox()->close();
    m_window->action(QStringLiteral("undo"))->trigger();
    m_window->action(QStringLiteral("undo"))->trigger();
    QCOMPARE(store()->commitment(usdId)->actor, QStringLiteral("Northwind Cloud"));
    // What the cell offers for editing reads back as the same amount.
    QVERIFY(model->setData(model->index(usdRow, CommitmentsModel::AmountsColumn), shown, Qt::EditRole));
    QCOMPARE(store()->commitment(usdId)->amounts.first().amount, QStringLiteral("6500000000"));
    // The annotations of the library: the evidence the commitments were built from.
    findings()->setShow(FindingsView::Show::Annotations);
    QCOMPARE(findings()->table()->model()->rowCount(), 4);
    findings()->searchField()->setText(QStringLiteral("billion"));
    QTRY_COMPARE(findings()->table()->model()->rowCount(), 1);
    findings()->searchField()->clear();
    QComboBox *kind = findings()->kindFilter();
    kind->setCurrentIndex(kind->findData(1 << int(AnnotationKind::Deadline)));
    Q_EMIT kind->activated(kind->currentIndex());
    QTRY_COMPARE(findings()->table()->model()->rowCount(), 2);
    kind->setCurrentIndex(0);
    Q_EMIT kind->activated(0);
    QComboBox *currency = findings()->currencyFilter();
    currency->setCurrentIndex(currency->findData(QStringLiteral("USD")));
    Q_EMIT currency->activated(currency->currentIndex());
    QTRY_COMPARE(findings()->table()->model()->rowCount(), 1);
    QCOMPARE(totals->rowCount(), 1); // the totals follow the filter
    currency->setCurrentIndex(0);
    Q_EMIT currency->activated(0);
    // The actor and site come from the library; choosing one narrows all lists.
    findings()->setShow(FindingsView::Show::Commitments);
    QComboBox *actor = findings()->actorFilter();
    QCOMPARE(actor->findData(QStringLiteral("Northwind Cloud")), 1);
    QComboBox *site = findings()->siteFilter();
    QVERIFY(site->findData(QStringLiteral("Circuit Ledger")) > 0);
    site->setCurrentIndex(site->findData(QStringLiteral("Circuit Ledger")));
    Q_EMIT site->activated(site->currentIndex());
    QTRY_COMPARE(findings()->table()->model()->rowCount(), 2);
    actor->setCurrentIndex(1);
    Q_EMIT actor->activated(1);
    QTRY_COMPARE(findings()->table()->model()->rowCount(), 2);
    findings()->setShow(FindingsView::Show::Annotations);
    QTRY_COMPARE(findings()->table()->model()->rowCount(),
                 4); // the evidence of Northwind Cloud's commitments
    currency->setCurrentIndex(currency->findData(QStringLiteral("USD")));
    Q_EMIT currency->activated(currency->currentIndex());
    QTRY_COMPARE(findings()->table()->model()->rowCount(), 1);
    // Double-clicking a row opens its article at the quote.
    const QModelIndex first = findings()->table()->model()->index(0, FindingsModel::QuoteColumn);
    const int start = first.data(FindingsModel::StartRole).toInt();
    const int end = first.data(FindingsModel::EndRole).toInt();
    Q_EMIT findings()->table()->doubleClicked(first);
    QCOMPARE(m_window->tabs()->currentIndex(), 0);
    int selStart = 0;
    int selEnd = 0;
    QVERIFY(m_window->articleView()->selectedRange(&selStart, &selEnd));
    QCOMPARE(selStart, start);
    QCOMPARE(selEnd, end);
}

void TestFindings::ratesConvertTheTotals()
{
    m_window->tabs()->setCurrentIndex(1); // the Findings tab, as a user looks at it
    findings()->proposeForLibrary();
    findings()->table()->selectAll();
    QVERIFY(findings()->acceptSelected());
    whenModal<RatesDialog>([](RatesDialog *dialog) {
        dialog->currencyEdit()->setText(QStringLiteral("usd"));
        dialog->targetEdit()->setText(QStringLiteral("gbp"));
        dialog->rateEdit()->setText(QStringLiteral("0.74"));
        QVERIFY(dialog->setRate());
        QCOMPARE(dialog->table()->rowCount(), 1);
        dialog->rateEdit()->setText(QStringLiteral("-1")); // refused, said in the dialog
        QVERIFY(!dialog->setRate());
        dialog->reject();
    });
    findings()->editRates();
    QComboBox *convert = findings()->convertTo();
    const int gbp = convert->findData(QStringLiteral("GBP"));
    QVERIFY(gbp > 0);
    convert->setCurrentIndex(gbp);
    Q_EMIT convert->activated(gbp);
    findings()->totalsBy()->setCurrentIndex(
        findings()->totalsBy()->findData(int(CommitmentTotals::By::Currency)));
    Q_EMIT findings()->totalsBy()->activated(findings()->totalsBy()->currentIndex());
    QStringList lines;
    for (int row = 0; row < findings()->totalsTable()->rowCount(); ++row)
        lines << findings()->totalsTable()->item(row, 0)->text() + QLatin1Char(' ') +
                     findings()->totalsTable()->item(row, 1)->text();
    QVERIFY2(lines.contains(QStringLiteral("GBP 4,810,000,000")),
             qPrintable(lines.join(QLatin1String(" | "))));
    QLabel *used = findings()->findChild<QLabel *>(QStringLiteral("ratesUsed"));
    QVERIFY(used && !used->isHidden());
    QVERIFY(used->text().contains(QStringLiteral("1 USD = 0.74 GBP")));
    m_window->action(QStringLiteral("undo"))->trigger(); // the rate goes
    QVERIFY(store()->conversionRates()->isEmpty());
}

void TestFindings::timelineDrawsItsMarksAndExports()
{
    m_window->tabs()->setCurrentIndex(1); // the Findings tab, as a user looks at it
    findings()->proposeForLibrary();
    findings()->table()->selectAll();
    QVERIFY(findings()->acceptSelected());
    TimelineChart *chart = findings()->timeline();
    QVERIFY(chart->entries().isEmpty()); // not read until it is looked at
    m_window->tabs()->setCurrentIndex(1);
    findings()->findChild<QTabWidget *>()->setCurrentIndex(1);
    QCOMPARE(chart->entries().size(), 4); // the plan in three pillars, the training in none
    chart->setToday(QDate(2029, 6, 1));   // between the two deadlines
    int upcoming = 0;
    int passed = 0;
    QRectF todayLine;
    for (const TimelineChart::Mark &m : chart->marks(QSize(800, 300))) {
        if (m.kind == TimelineChart::Mark::Dot)
            (m.filled ? upcoming : passed)++;
        if (m.kind == TimelineChart::Mark::Line && m.filled)
            todayLine = QRectF(m.line.p1(), m.line.p2());
    }
    QCOMPARE(upcoming, 3);
    QCOMPARE(passed, 1);
    // The image shows the today line in the highlight colour.
    const QImage image = chart->toImage(QSize(800, 300));
    const QColor seen = image.pixelColor(QPoint(int(todayLine.left()), int(todayLine.center().y())));
    QCOMPARE(seen.rgb(), chart->palette().color(QPalette::Highlight).rgb());
    // SVG: the same dots, readable by an XML reader, with their labels.
    m_nextFiles = {m_dir.filePath(QStringLiteral("timeline.svg"))};
    QVERIFY(findings()->exportTimeline(QStringLiteral("svg")));
    QFile svg(m_dir.filePath(QStringLiteral("timeline.svg")));
    QVERIFY(svg.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&svg);
    int circles = 0;
    bool labelled = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == QLatin1String("circle"))
            ++circles;
        if (xml.isStartElement() && xml.name() == QLatin1String("title"))
            labelled = labelled || xml.readElementText().contains(QLatin1String("Northwind Cloud"));
    }
    QVERIFY(!xml.hasError());
    QCOMPARE(circles, 4);
    QVERIFY(labelled);
    m_nextFiles = {m_dir.filePath(QStringLiteral("timeline.png"))};
    QVERIFY(findings()->exportTimeline(QStringLiteral("png")));
    QVERIFY(!QImage(m_dir.filePath(QStringLiteral("timeline.png"))).isNull());
    // Commitments exported as CSV from the window, never over the library.
    if (!Gleaner::Test::onServer()) {
        m_nextFiles = {m_path};
        whenModal<QMessageBox>([](QMessageBox *box) { box->accept(); });
        QVERIFY(!findings()->exportCommitments(QStringLiteral("csv")));
    }
    m_nextFiles = {m_dir.filePath(QStringLiteral("commitments.csv"))};
    findings()->setShow(FindingsView::Show::Commitments);
    QVERIFY(findings()->exportCommitments(QStringLiteral("csv")));
    QFile csv(m_dir.filePath(QStringLiteral("commitments.csv")));
    QVERIFY(csv.open(QIODevice::ReadOnly));
    QVERIFY(csv.readLine().startsWith("commitment_id,actor,"));
}

void TestFindings::commandLineChangesAppear()
{
    m_window->tabs()->setCurrentIndex(1); // the Findings tab, as a user looks at it
    findings()->setShow(FindingsView::Show::Commitments);
    QCOMPARE(findings()->table()->model()->rowCount(), 0);
    QProcess process;
    process.start(QStringLiteral(GLEANER_BINARY),
                  {QStringLiteral("commitments"), QStringLiteral("--library"), m_path,
                   QStringLiteral("--propose"), QStringLiteral("--accept")});
    QVERIFY(process.waitForFinished(30000));
    QCOMPARE(process.exitCode(), 0);
    // The window notices within its watch interval and lists them.
    QTRY_COMPARE_WITH_TIMEOUT(findings()->table()->model()->rowCount(), 2, 15000);
    QVERIFY(findings()->totalsTable()->rowCount() > 0);
}

void TestFindings::narrowWindowKeepsItsSize()
{
    m_window->tabs()->setCurrentIndex(1);
    QTest::qWait(100); // the panel steps aside and the layouts follow
    for (const QSize size : {QSize(800, 600), QSize(1024, 700), QSize(1440, 900)}) {
        QVERIFY2(Gleaner::Test::resizeAndSettle(m_window, size),
                 qPrintable(QStringLiteral("%1×%2 asked, %3×%4 got")
                                .arg(size.width())
                                .arg(size.height())
                                .arg(m_window->width())
                                .arg(m_window->height())));
        QVERIFY2(m_window->width() <= size.width(), qPrintable(QString::number(m_window->width())));
        QVERIFY(findings()->table()->isVisible());
        QVERIFY(findings()->table()->height() > 80);
    }
}

QTEST_MAIN(TestFindings)
#include "tst_findings.moc"
