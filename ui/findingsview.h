#pragma once

#include "library/annotationfindings.h"
#include "library/commitmenttotals.h"

#include <QWidget>

#include <functional>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTableWidget;
class QTimer;

namespace Gleaner {

class CommitmentsModel;
class FindingsModel;
class LibraryDocument;
class TimelineChart;

// The library-wide view: every annotation, the commitments (stored or proposed),
// their totals and their deadlines on a timeline. Filters narrow all of them;
// double-clicking a row opens its article at the quote.
class FindingsView : public QWidget
{
    Q_OBJECT
public:
    enum class Show { Annotations, Commitments, Proposed };
    explicit FindingsView(QWidget *parent = nullptr);

    void setDocument(LibraryDocument *document);
    // Where exports are written: asks for a file name (empty: cancelled).
    using SaveChooser =
        std::function<QString(const QString &caption, const QString &suggested, const QString &filter)>;
    void setSaveChooser(const SaveChooser &chooser) { m_chooseSave = chooser; }

    // Reads everything again.
    void refresh();
    // The library changed (here or in another program): refreshes when shown,
    // else when next shown.
    void libraryChanged();
    void setShow(Show show);
    Show show() const;
    // Finds the commitments Gleaner proposes in every article, in the background,
    // with progress and Cancel; they are then listed to accept or reject.
    void proposeForLibrary();
    bool acceptSelected();
    bool rejectSelected();
    bool deleteSelected();
    bool mergeSelected();
    // Makes one source of the selected commitment a commitment of its own; asks
    // which when sourceId is 0.
    bool splitSelected(qint64 sourceId = 0);
    bool editSelected();
    bool exportCommitments(const QString &format); // "csv", "json", "markdown"
    bool exportTimeline(const QString &format);    // "png", "svg"

    QTableView *table() const { return m_table; }
    FindingsModel *findingsModel() const { return m_findings; }
    CommitmentsModel *commitmentsModel() const { return m_commitments; }
    QTableWidget *totalsTable() const { return m_totals; }
    QComboBox *totalsBy() const { return m_totalsBy; }
    QComboBox *convertTo() const { return m_convertTo; }
    void editRates(); // the Rates… dialog
    TimelineChart *timeline() const { return m_timeline; }
    QLineEdit *searchField() const { return m_search; }
    QComboBox *showCombo() const { return m_show; }
    QComboBox *currencyFilter() const { return m_currency; }
    QComboBox *pillarFilter() const { return m_pillar; }
    QComboBox *kindFilter() const { return m_kind; }
    QComboBox *actorFilter() const { return m_actor; }
    QComboBox *siteFilter() const { return m_site; }

Q_SIGNALS:
    void openRequested(qint64 articleId, int start, int end);
    void errorOccurred(const QString &message);
    void statusMessage(const QString &message);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void applyFilters();
    void reloadPillars();
    void refreshTotals();
    void refreshTimeline(); // when shown; else marks it stale
    void loadTimeline();
    void updateButtons();
    void openRow(const QModelIndex &index);
    QVector<int> selectedRows() const;

    LibraryDocument *m_document = nullptr;
    SaveChooser m_chooseSave;
    FindingsModel *m_findings;
    CommitmentsModel *m_commitments;
    QComboBox *m_show;
    QLineEdit *m_search;
    QComboBox *m_kind;
    QComboBox *m_pillar;
    QComboBox *m_currency;
    QComboBox *m_actor;
    QComboBox *m_site;
    QDateEdit *m_publishedFrom;
    QDateEdit *m_publishedTo;
    QDateEdit *m_dueFrom;
    QDateEdit *m_dueTo;
    QTableView *m_table;
    QLabel *m_count;
    QPushButton *m_propose;
    QPushButton *m_accept;
    QPushButton *m_reject;
    QPushButton *m_merge;
    QPushButton *m_split;
    QPushButton *m_export;
    QComboBox *m_totalsBy;
    QComboBox *m_convertTo;
    QLabel *m_ratesUsed;
    QTableWidget *m_totals;
    QComboBox *m_groupBy;
    TimelineChart *m_timeline;
    QTimer *m_filterTimer;
    bool m_timelineStale = true;
    bool m_stale = false; // the library changed while the view was hidden
};

} // namespace Gleaner
