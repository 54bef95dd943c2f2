#include "findingsview.h"

#include "backgroundtask.h"
#include "commitmentdialog.h"
#include "commitmentsmodel.h"
#include "export/commitmentexport.h"
#include "export/outputfile.h"
#include "findingsmodel.h"
#include "library/librarydocument.h"
#include "ratesdialog.h"
#include "services/annotationtext.h"
#include "services/commitmentservice.h"
#include "timelinechart.h"
#include "util/decimal.h"

#include <QBuffer>
#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QScrollBar>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace Gleaner {

namespace {
// A date filter that may be empty: its minimum shows as "any".
QDateEdit *optionalDate(QWidget *parent, const QString &any)
{
    auto *edit = new QDateEdit(parent);
    edit->setCalendarPopup(true);
    edit->setMinimumDate(QDate(1900, 1, 1));
    edit->setSpecialValueText(any);
    edit->setDate(edit->minimumDate());
    return edit;
}

QDate dateOf(const QDateEdit *edit)
{
    return edit->date() == edit->minimumDate() ? QDate() : edit->date();
}
} // namespace

FindingsView::FindingsView(QWidget *parent)
    : QWidget(parent), m_findings(new FindingsModel(this)), m_commitments(new CommitmentsModel(this)),
      m_show(new QComboBox(this)), m_search(new QLineEdit(this)), m_kind(new QComboBox(this)),
      m_pillar(new QComboBox(this)), m_currency(new QComboBox(this)), m_actor(new QComboBox(this)),
      m_site(new QComboBox(this)), m_publishedFrom(optionalDate(this, tr("from: any"))),
      m_publishedTo(optionalDate(this, tr("to: any"))), m_dueFrom(optionalDate(this, tr("from: any"))),
      m_dueTo(optionalDate(this, tr("to: any"))), m_table(new QTableView(this)), m_count(new QLabel(this)),
      m_propose(new QPushButton(tr("&Propose for Library…"), this)),
      m_accept(new QPushButton(tr("&Accept"), this)), m_reject(new QPushButton(tr("&Reject"), this)),
      m_merge(new QPushButton(tr("&Merge"), this)), m_split(new QPushButton(tr("&Split…"), this)),
      m_export(new QPushButton(tr("E&xport"), this)), m_totalsBy(new QComboBox(this)),
      m_convertTo(new QComboBox(this)), m_ratesUsed(new QLabel(this)), m_totals(new QTableWidget(this)),
      m_groupBy(new QComboBox(this)), m_timeline(new TimelineChart(this)), m_filterTimer(new QTimer(this))
{
    m_show->setObjectName(QStringLiteral("findingsShow"));
    m_show->addItem(tr("Annotations"));
    m_show->addItem(tr("Commitments"));
    m_show->addItem(tr("Proposed commitments"));
    m_search->setPlaceholderText(tr("Search quotes and notes"));
    m_search->setObjectName(QStringLiteral("findingsSearch"));
    m_pillar->setObjectName(QStringLiteral("findingsPillarFilter"));
    m_currency->setObjectName(QStringLiteral("currencyFilter"));
    m_search->setClearButtonEnabled(true);
    m_currency->addItem(tr("Any currency"), QString());
    for (const char *code : {"USD", "EUR", "JPY", "GBP", "CNY", "INR", "CAD", "AUD", "KRW", "CHF"})
        m_currency->addItem(QLatin1String(code), QLatin1String(code));
    // Three rows, so that the window keeps its narrow sizes.
    auto *filters = new QVBoxLayout;
    auto *firstRow = new QHBoxLayout;
    firstRow->addWidget(m_show);
    firstRow->addWidget(m_search, 1);
    m_kind->addItem(tr("All kinds"), 0);
    for (AnnotationKind k :
         {AnnotationKind::Pillar, AnnotationKind::Amount, AnnotationKind::Deadline, AnnotationKind::Note})
        m_kind->addItem(AnnotationText::kind(k), 1 << int(k));
    auto *secondRow = new QHBoxLayout;
    for (QComboBox *combo : {m_kind, m_pillar, m_currency}) {
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(6);
        secondRow->addWidget(combo, 1);
    }
    secondRow->addWidget(new QLabel(tr("Due:"), this));
    secondRow->addWidget(m_dueFrom);
    secondRow->addWidget(m_dueTo);
    auto *thirdRow = new QHBoxLayout;
    m_actor->setObjectName(QStringLiteral("actorFilter"));
    m_site->setObjectName(QStringLiteral("siteFilter"));
    for (QComboBox *combo : {m_actor, m_site}) {
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(6);
        thirdRow->addWidget(combo, 1);
    }
    thirdRow->addWidget(new QLabel(tr("Published:"), this));
    thirdRow->addWidget(m_publishedFrom);
    thirdRow->addWidget(m_publishedTo);
    filters->addLayout(firstRow);
    filters->addLayout(secondRow);
    filters->addLayout(thirdRow);

    m_table->setObjectName(QStringLiteral("findingsTable"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSortingEnabled(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setModel(m_findings);
    m_table->sortByColumn(-1, Qt::DescendingOrder); // newest first, as tagged

    auto *actions = new QHBoxLayout;
    actions->addWidget(m_count, 1);
    for (QPushButton *b : {m_propose, m_accept, m_reject, m_merge, m_split, m_export})
        actions->addWidget(b);
    auto *exportMenu = new QMenu(m_export);
    exportMenu->addAction(tr("Commitments as &CSV…"), this,
                          [this]() { exportCommitments(QStringLiteral("csv")); });
    exportMenu->addAction(tr("Commitments as &JSON…"), this,
                          [this]() { exportCommitments(QStringLiteral("json")); });
    exportMenu->addAction(tr("&Markdown Report…"), this,
                          [this]() { exportCommitments(QStringLiteral("markdown")); });
    exportMenu->addSeparator();
    exportMenu->addAction(tr("Timeline as &PNG…"), this, [this]() { exportTimeline(QStringLiteral("png")); });
    exportMenu->addAction(tr("Timeline as &SVG…"), this, [this]() { exportTimeline(QStringLiteral("svg")); });
    m_export->setMenu(exportMenu);

    // Totals and the timeline under the list.
    m_totalsBy->addItem(tr("By pillar"), int(CommitmentTotals::By::Pillar));
    m_totalsBy->addItem(tr("By actor"), int(CommitmentTotals::By::Actor));
    m_totalsBy->addItem(tr("By year due"), int(CommitmentTotals::By::Year));
    m_totalsBy->addItem(tr("By currency or unit"), int(CommitmentTotals::By::Currency));
    m_totals->setObjectName(QStringLiteral("totalsTable"));
    m_totals->setColumnCount(6);
    m_totals->setHorizontalHeaderLabels({tr("Key"), tr("Total"), tr("Currency or unit"), tr("Commitments"),
                                         tr("Reports"), tr("Counting every report")});
    m_totals->verticalHeader()->hide();
    m_totals->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_totals->horizontalHeader()->setStretchLastSection(true);
    auto *totalsPage = new QWidget(this);
    auto *totalsLayout = new QVBoxLayout(totalsPage);
    auto *totalsRow = new QHBoxLayout;
    totalsRow->addWidget(m_totalsBy);
    m_convertTo->setObjectName(QStringLiteral("convertTo"));
    totalsRow->addWidget(m_convertTo);
    auto *rates = new QPushButton(tr("&Rates…"), this);
    totalsRow->addWidget(rates);
    totalsRow->addStretch(1);
    totalsLayout->addLayout(totalsRow);
    totalsLayout->addWidget(m_totals, 1);
    m_ratesUsed->setObjectName(QStringLiteral("ratesUsed"));
    m_ratesUsed->setWordWrap(true);
    m_ratesUsed->setTextFormat(Qt::PlainText);
    totalsLayout->addWidget(m_ratesUsed);
    connect(rates, &QPushButton::clicked, this, &FindingsView::editRates);
    connect(m_convertTo, qOverload<int>(&QComboBox::activated), this, &FindingsView::refreshTotals);
    m_groupBy->addItem(tr("Rows by pillar"));
    m_groupBy->addItem(tr("Rows by actor"));
    auto *timelinePage = new QWidget(this);
    auto *timelineLayout = new QVBoxLayout(timelinePage);
    timelineLayout->addWidget(m_groupBy, 0, Qt::AlignLeft);
    timelineLayout->addWidget(m_timeline, 1);
    auto *below = new QTabWidget(this);
    below->addTab(totalsPage, tr("Totals"));
    below->addTab(timelinePage, tr("Timeline"));
    // The timeline reads its commitments when it is looked at, not on every change.
    connect(below, &QTabWidget::currentChanged, this, [this]() {
        if (m_timelineStale)
            refreshTimeline();
    });

    auto *top = new QWidget(this);
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addLayout(filters);
    topLayout->addWidget(m_table, 1);
    topLayout->addLayout(actions);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(top);
    split->addWidget(below);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    split->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(split);

    m_filterTimer->setSingleShot(true);
    m_filterTimer->setInterval(200);
    connect(m_filterTimer, &QTimer::timeout, this, &FindingsView::applyFilters);
    connect(m_search, &QLineEdit::textChanged, m_filterTimer, qOverload<>(&QTimer::start));
    for (QComboBox *combo : {m_kind, m_pillar, m_currency, m_actor, m_site})
        connect(combo, qOverload<int>(&QComboBox::activated), this, &FindingsView::applyFilters);
    for (QDateEdit *edit : {m_dueFrom, m_dueTo, m_publishedFrom, m_publishedTo})
        connect(edit, &QDateEdit::dateChanged, m_filterTimer, qOverload<>(&QTimer::start));
    connect(m_show, qOverload<int>(&QComboBox::activated), this, [this](int i) { setShow(Show(i)); });
    connect(m_totalsBy, qOverload<int>(&QComboBox::activated), this, &FindingsView::refreshTotals);
    connect(m_groupBy, qOverload<int>(&QComboBox::activated), this, &FindingsView::refreshTimeline);
    connect(m_table, &QTableView::doubleClicked, this, &FindingsView::openRow);
    connect(m_timeline, &TimelineChart::entryActivated, this, [this](qint64 id) {
        const std::optional<Commitment> c = m_document ? m_document->store()->commitment(id) : std::nullopt;
        if (c && !c->sources.isEmpty())
            Q_EMIT openRequested(c->sources.first().articleId, c->sources.first().start,
                                 c->sources.first().end);
    });
    connect(m_propose, &QPushButton::clicked, this, &FindingsView::proposeForLibrary);
    connect(m_accept, &QPushButton::clicked, this, &FindingsView::acceptSelected);
    connect(m_reject, &QPushButton::clicked, this, &FindingsView::rejectSelected);
    connect(m_merge, &QPushButton::clicked, this, &FindingsView::mergeSelected);
    connect(m_split, &QPushButton::clicked, this, [this]() { splitSelected(); });
    // Keys as in the panel: Enter accepts (or edits), Delete rejects (or deletes).
    m_table->installEventFilter(this);
    const auto loadMoreNearEnd = [this]() {
        const QScrollBar *bar = m_table->verticalScrollBar();
        if (bar->maximum() > 0 && bar->value() >= bar->maximum() - bar->pageStep()) {
            if (show() == Show::Annotations)
                m_findings->loadMore();
            else
                m_commitments->loadMore();
        }
    };
    connect(m_table->verticalScrollBar(), &QScrollBar::valueChanged, this, loadMoreNearEnd);
    for (QAbstractItemModel *model :
         {static_cast<QAbstractItemModel *>(m_findings), static_cast<QAbstractItemModel *>(m_commitments)}) {
        connect(model, &QAbstractItemModel::modelReset, this, &FindingsView::updateButtons);
        connect(model, &QAbstractItemModel::rowsRemoved, this, &FindingsView::updateButtons);
    }
    connect(m_findings, &FindingsModel::readFailed, this, &FindingsView::errorOccurred);
    m_commitments->setEditor([this](const Commitment &before, const Commitment &after) {
        if (m_document && m_document->editCommitment(before, after))
            return true;
        Q_EMIT errorOccurred(m_document ? m_document->errorMessage() : QString());
        return false;
    });
    m_table->setEditTriggers(QAbstractItemView::EditKeyPressed | QAbstractItemView::SelectedClicked);
    connect(m_commitments, &CommitmentsModel::readFailed, this, &FindingsView::errorOccurred);
    setShow(Show::Annotations);
}

bool FindingsView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_table && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            show() == Show::Proposed ? acceptSelected() : editSelected();
            return true;
        }
        if (key == Qt::Key_Delete || key == Qt::Key_Backspace) {
            show() == Show::Proposed ? rejectSelected() : deleteSelected();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void FindingsView::setDocument(LibraryDocument *document)
{
    if (m_document)
        disconnect(m_document->store(), nullptr, this, nullptr);
    m_document = document;
    LibraryStore *store = document ? document->store() : nullptr;
    m_findings->setStore(store);
    m_commitments->setStore(store);
    // Any change to the library: read again now when shown, else when next shown
    // (a tag made while reading must not wait for a million-row count).
    if (store) {
        for (auto signal : {&LibraryStore::articleAdded, &LibraryStore::articleChanged,
                            &LibraryStore::articleRemoved, &LibraryStore::annotationsChanged})
            connect(store, signal, this, &FindingsView::libraryChanged);
        connect(store, &LibraryStore::pillarsChanged, this, &FindingsView::libraryChanged);
        connect(store, &LibraryStore::commitmentsChanged, this, &FindingsView::libraryChanged);
    }
    reloadPillars();
    refreshTotals();
    refreshTimeline();
    updateButtons();
}

void FindingsView::libraryChanged()
{
    if (isVisible())
        refresh();
    else
        m_stale = true;
}

void FindingsView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        refresh();
}

void FindingsView::refresh()
{
    m_stale = false;
    reloadPillars();
    m_findings->reload();
    m_commitments->reload();
    refreshTotals();
    refreshTimeline();
    updateButtons();
}

void FindingsView::setShow(Show show)
{
    m_show->setCurrentIndex(int(show));
    m_table->setModel(show == Show::Annotations ? static_cast<QAbstractItemModel *>(m_findings)
                                                : static_cast<QAbstractItemModel *>(m_commitments));
    m_table->setSortingEnabled(show != Show::Proposed);
    if (show != Show::Proposed && m_commitments->showsProposals())
        m_commitments->setProposals({}, false);
    if (show == Show::Proposed && !m_commitments->showsProposals())
        m_commitments->setProposals({}, true);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &FindingsView::updateButtons, Qt::UniqueConnection);
    updateButtons();
}

FindingsView::Show FindingsView::show() const
{
    return Show(m_show->currentIndex());
}

void FindingsView::reloadPillars()
{
    const qint64 current = m_pillar->currentData().toLongLong();
    m_pillar->clear();
    m_pillar->addItem(tr("Any pillar"), 0);
    if (m_document) {
        for (const Pillar &p : m_document->store()->pillars().value_or(QVector<Pillar>()))
            m_pillar->addItem(p.name, p.id);
    }
    m_pillar->setCurrentIndex(qMax(0, m_pillar->findData(current)));
    // The actors and sites to choose from, keeping the choice.
    const auto refill = [](QComboBox *combo, const QString &any, const QStringList &values) {
        const QString chosen = combo->currentData().toString();
        combo->clear();
        combo->addItem(any, QString());
        for (const QString &v : values)
            combo->addItem(v, v);
        combo->setCurrentIndex(qMax(0, combo->findData(chosen)));
    };
    const LibraryStore *store = m_document ? m_document->store() : nullptr;
    refill(m_actor, tr("Any actor"),
           store ? store->commitmentActors().value_or(QStringList()) : QStringList());
    refill(m_site, tr("Any site"), store ? store->sites().value_or(QStringList()) : QStringList());
}

void FindingsView::applyFilters()
{
    FindingFilter f;
    f.search = m_search->text();
    f.kinds = m_kind->currentData().toInt();
    f.pillarId = m_pillar->currentData().toLongLong();
    f.currency = m_currency->currentData().toString();
    f.dueFrom = dateOf(m_dueFrom);
    f.dueTo = dateOf(m_dueTo);
    f.actor = m_actor->currentData().toString();
    f.site = m_site->currentData().toString();
    f.publishedFrom = dateOf(m_publishedFrom);
    f.publishedTo = dateOf(m_publishedTo);
    m_findings->setFilter(f);
    CommitmentFilter c;
    c.search = f.search;
    c.pillarId = f.pillarId;
    c.currency = f.currency;
    c.dueFrom = f.dueFrom;
    c.dueTo = f.dueTo;
    c.actor = f.actor;
    c.site = f.site;
    c.publishedFrom = f.publishedFrom;
    c.publishedTo = f.publishedTo;
    m_commitments->setFilter(c);
    refreshTotals();
    refreshTimeline();
}

void FindingsView::refreshTotals()
{
    m_totals->setRowCount(0);
    if (!m_document)
        return;
    // The currencies the library has rates to, offered for converting.
    const QString target = m_convertTo->currentData().toString();
    m_convertTo->clear();
    m_convertTo->addItem(tr("Each currency apart"), QString());
    QStringList targets;
    for (const ConversionRate &r : m_document->store()->conversionRates().value_or(QVector<ConversionRate>()))
        if (!targets.contains(r.target))
            targets << r.target;
    for (const QString &t : std::as_const(targets))
        m_convertTo->addItem(tr("Converted to %1").arg(t), t);
    m_convertTo->setCurrentIndex(qMax(0, m_convertTo->findData(target)));
    const auto totals =
        m_document->store()->commitmentTotals(CommitmentTotals::By(m_totalsBy->currentData().toInt()),
                                              m_commitments->filter(), m_convertTo->currentData().toString());
    if (!totals) {
        Q_EMIT errorOccurred(m_document->errorMessage());
        return;
    }
    m_totals->setRowCount(int(totals->size()));
    const QLocale locale;
    for (int row = 0; row < totals->size(); ++row) {
        const CommitmentTotal &t = totals->at(row);
        const QStringList cells{t.key.isEmpty() ? tr("(none)") : t.key,
                                PlainDecimal::toDisplay(t.total, locale),
                                t.currency.isEmpty() ? t.unit : t.currency,
                                locale.toString(t.commitments),
                                locale.toString(t.sources),
                                PlainDecimal::toDisplay(t.reportedTotal, locale)};
        for (int column = 0; column < cells.size(); ++column) {
            auto *item = new QTableWidgetItem(cells.at(column));
            if (column == 1 || column == 3 || column == 4 || column == 5)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_totals->setItem(row, column, item);
        }
    }
    m_totals->resizeColumnsToContents();
    QStringList used;
    for (const CommitmentTotal &t : *totals)
        for (const QString &r : t.ratesUsed)
            if (!used.contains(r))
                used << r;
    m_ratesUsed->setText(used.isEmpty() ? QString()
                                        : tr("Rates used: %1").arg(used.join(QLatin1String("; "))));
    m_ratesUsed->setVisible(!used.isEmpty());
}

void FindingsView::editRates()
{
    if (!m_document)
        return;
    RatesDialog dialog(m_document, this);
    dialog.exec();
    refreshTotals();
}

void FindingsView::refreshTimeline()
{
    if (m_timeline->isVisible())
        loadTimeline();
    else
        m_timelineStale = true;
}

void FindingsView::loadTimeline()
{
    m_timelineStale = false;
    QVector<TimelineChart::Entry> entries;
    if (m_document) {
        CommitmentFilter f = m_commitments->filter();
        f.dueFrom = f.dueFrom.isValid() ? f.dueFrom : QDate(1, 1, 1); // only dated ones
        constexpr int kMost = 2000; // a chart of more dots than this reads as a smear
        for (const Commitment &c :
             m_document->store()->commitments(f, 0, kMost).value_or(QVector<Commitment>())) {
            const QString label = c.actor + QStringLiteral(": ") + commitmentAmounts(c) +
                                  QStringLiteral(" — ") + AnnotationText::due(c.due, c.precision);
            const QStringList groups =
                m_groupBy->currentIndex() == 1
                    ? QStringList{c.actor}
                    : (c.pillarNames.isEmpty() ? QStringList{QString()} : c.pillarNames);
            for (const QString &g : groups)
                entries << TimelineChart::Entry{c.id, c.due, g, label};
        }
    }
    m_timeline->setEntries(entries);
}

void FindingsView::updateButtons()
{
    const bool proposed = show() == Show::Proposed;
    const bool commitments = show() == Show::Commitments;
    const int selected = int(selectedRows().size());
    m_accept->setVisible(proposed);
    m_reject->setVisible(proposed);
    m_propose->setVisible(proposed);
    m_merge->setVisible(commitments);
    m_kind->setVisible(show() == Show::Annotations);
    m_accept->setEnabled(selected > 0);
    m_reject->setEnabled(selected > 0);
    m_merge->setEnabled(selected == 2);
    m_split->setVisible(commitments);
    const Commitment *one = selected == 1 ? m_commitments->commitmentAt(selectedRows().first()) : nullptr;
    m_split->setEnabled(commitments && one && one->sources.size() > 1);
    m_propose->setEnabled(m_document && !m_document->store()->isReadOnly());
    const int total = show() == Show::Annotations ? m_findings->totalCount() : m_commitments->totalCount();
    m_count->setText(show() == Show::Annotations && m_findings->isCapped()
                         ? tr("%n or more annotation(s)", "", total)
                     : show() == Show::Annotations ? tr("%n annotation(s)", "", total)
                     : show() == Show::Commitments ? tr("%n commitment(s)", "", total)
                                                   : tr("%n proposed commitment(s)", "", total));
}

QVector<int> FindingsView::selectedRows() const
{
    QVector<int> rows;
    if (m_table->selectionModel())
        for (const QModelIndex &i : m_table->selectionModel()->selectedRows())
            rows << i.row();
    std::sort(rows.begin(), rows.end());
    return rows;
}

void FindingsView::openRow(const QModelIndex &index)
{
    if (!index.isValid())
        return;
    const qint64 article = index.data(FindingsModel::ArticleIdRole).toLongLong();
    if (article > 0)
        Q_EMIT openRequested(article, index.data(FindingsModel::StartRole).toInt(),
                             index.data(FindingsModel::EndRole).toInt());
}

} // namespace Gleaner
