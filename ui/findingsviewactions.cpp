// FindingsView: what its buttons and keys do (proposing, accepting, rejecting,
// editing, merging, deleting) and its exports.
#include "backgroundtask.h"
#include "commitmentdialog.h"
#include "commitmentsmodel.h"
#include "export/commitmentexport.h"
#include "export/outputfile.h"
#include "findingsview.h"
#include "library/librarydocument.h"
#include "services/commitmentservice.h"
#include "timelinechart.h"

#include <QBuffer>
#include <QInputDialog>
#include <QItemSelectionModel>
#include <QTableView>

namespace Gleaner {

void FindingsView::proposeForLibrary()
{
    if (!m_document)
        return;
    const QString library = m_document->store()->path();
    QString error;
    bool cancelled = false;
    // Its own connection on a worker thread: reading every article takes a while.
    const QVector<CommitmentProposal> found = runInBackground<QVector<CommitmentProposal>>(
        this, tr("Finding commitments in every article…"),
        [library, &error](std::atomic_bool *cancel, std::atomic_int *percent) {
            LibraryStore store;
            LibraryStore::OpenOptions options;
            options.readOnly = true;
            const std::optional<QVector<CommitmentProposal>> found =
                store.open(library, options) ? CommitmentService::proposalsForLibrary(store, cancel, percent)
                                             : std::nullopt;
            if (!found)
                error = store.lastError().message;
            return found.value_or(QVector<CommitmentProposal>());
        },
        &cancelled);
    if (!error.isEmpty())
        Q_EMIT errorOccurred(error);
    setShow(Show::Proposed);
    m_commitments->setProposals(found, true);
    updateButtons();
    Q_EMIT statusMessage(cancelled ? tr("Stopped: %n commitment(s) proposed so far.", "", int(found.size()))
                                   : tr("%n commitment(s) proposed.", "", int(found.size())));
}

bool FindingsView::acceptSelected()
{
    const QVector<int> rows = selectedRows();
    for (int i = int(rows.size()) - 1; i >= 0; --i) {
        const CommitmentProposal *p = m_commitments->proposalAt(rows.at(i));
        if (!p || !m_document)
            return false;
        if (!CommitmentService::accept(m_document, *p)) {
            Q_EMIT errorOccurred(m_document->errorMessage());
            return false;
        }
        m_commitments->removeProposal(rows.at(i));
    }
    return !rows.isEmpty();
}

bool FindingsView::rejectSelected()
{
    const QVector<int> rows = selectedRows();
    for (int i = int(rows.size()) - 1; i >= 0; --i) {
        const CommitmentProposal *p = m_commitments->proposalAt(rows.at(i));
        if (!p || !m_document)
            return false;
        if (!CommitmentService::reject(m_document, *p)) {
            Q_EMIT errorOccurred(m_document->errorMessage());
            return false;
        }
        m_commitments->removeProposal(rows.at(i));
    }
    return !rows.isEmpty();
}

bool FindingsView::deleteSelected()
{
    if (show() != Show::Commitments || !m_document)
        return false;
    QVector<qint64> ids;
    for (int row : selectedRows())
        if (const Commitment *c = m_commitments->commitmentAt(row))
            ids << c->id;
    for (qint64 id : std::as_const(ids)) {
        if (!m_document->deleteCommitment(id)) {
            Q_EMIT errorOccurred(m_document->errorMessage());
            return false;
        }
    }
    return !ids.isEmpty();
}

bool FindingsView::mergeSelected()
{
    const QVector<int> rows = selectedRows();
    const Commitment *into = rows.size() == 2 ? m_commitments->commitmentAt(rows.at(0)) : nullptr;
    const Commitment *from = rows.size() == 2 ? m_commitments->commitmentAt(rows.at(1)) : nullptr;
    if (!into || !from || show() != Show::Commitments)
        return false;
    if (!m_document->mergeCommitments(from->id, into->id)) {
        Q_EMIT errorOccurred(m_document->errorMessage());
        return false;
    }
    return true;
}

bool FindingsView::splitSelected(qint64 sourceId)
{
    const QVector<int> rows = selectedRows();
    const Commitment *c =
        rows.size() == 1 && show() == Show::Commitments ? m_commitments->commitmentAt(rows.first()) : nullptr;
    if (!c || !m_document || c->sources.size() < 2)
        return false;
    const qint64 id = c->id;
    if (sourceId == 0) {
        QStringList choices;
        for (const CommitmentSource &s : c->sources)
            choices << QStringLiteral("%1: “%2”").arg(s.articleTitle, s.quote.simplified().left(120));
        bool ok = false;
        const QString chosen =
            QInputDialog::getItem(this, tr("Split Commitment"),
                                  tr("Make this report a commitment of its own:"), choices, 0, false, &ok);
        if (!ok)
            return false;
        sourceId = c->sources.at(int(choices.indexOf(chosen))).id;
    }
    if (!m_document->splitCommitment(id, sourceId)) {
        Q_EMIT errorOccurred(m_document->errorMessage());
        return false;
    }
    return true;
}

bool FindingsView::editSelected()
{
    const QVector<int> rows = selectedRows();
    const Commitment *c =
        rows.size() == 1 && show() == Show::Commitments ? m_commitments->commitmentAt(rows.first()) : nullptr;
    if (!c || !m_document)
        return false;
    const Commitment before = *c;
    CommitmentDialog dialog(before, m_document->store()->pillars().value_or(QVector<Pillar>()),
                            tr("Edit Commitment"), this);
    Commitment after;
    if (dialog.exec() != QDialog::Accepted || !dialog.result(&after))
        return false;
    if (!m_document->editCommitment(before, after)) {
        Q_EMIT errorOccurred(m_document->errorMessage());
        return false;
    }
    return true;
}

bool FindingsView::exportCommitments(const QString &format)
{
    CommitmentExport::Format f;
    if (!m_document || !m_chooseSave || !CommitmentExport::formatFromName(format, &f))
        return false;
    const QString suffix = f == CommitmentExport::Format::Csv        ? QStringLiteral(".csv")
                           : f == CommitmentExport::Format::Markdown ? QStringLiteral(".md")
                                                                     : QStringLiteral(".jsonl");
    const QString path =
        m_chooseSave(tr("Export Commitments"), tr("commitments") + suffix, tr("Files (*%1)").arg(suffix));
    if (path.isEmpty())
        return false;
    const bool proposed = show() == Show::Proposed;
    QVector<Commitment> list;
    if (proposed) {
        for (int row = 0; row < m_commitments->rowCount(); ++row)
            list << *m_commitments->commitmentAt(row);
    }
    const QString library = m_document->store()->path();
    const CommitmentFilter filter = m_commitments->filter();
    QString error;
    const bool ok =
        runInBackground<bool>(this, tr("Exporting commitments…"), [&](std::atomic_bool *, std::atomic_int *) {
            LibraryStore store;
            LibraryStore::OpenOptions options;
            options.readOnly = true;
            if (!store.open(library, options)) {
                error = store.lastError().message;
                return false;
            }
            if (!proposed) {
                const std::optional<QVector<Commitment>> stored = store.commitments(filter);
                if (!stored) {
                    error = store.lastError().message;
                    return false;
                }
                list = *stored;
            }
            return OutputFile::save(path, CommitmentExport::render(list, f, &store, filter, proposed),
                                    &error);
        });
    if (!ok) {
        Q_EMIT errorOccurred(error);
        return false;
    }
    Q_EMIT statusMessage(tr("Exported %n commitment(s) to “%1”.", "", int(list.size())).arg(path));
    return true;
}

bool FindingsView::exportTimeline(const QString &format)
{
    if (!m_chooseSave)
        return false;
    const bool svg = format == QLatin1String("svg");
    const QString suffix = svg ? QStringLiteral(".svg") : QStringLiteral(".png");
    const QString path =
        m_chooseSave(tr("Export Timeline"), tr("timeline") + suffix, tr("Images (*%1)").arg(suffix));
    if (path.isEmpty())
        return false;
    if (m_timelineStale)
        loadTimeline(); // an export shows what the timeline would show now
    const QSize size = m_timeline->size().expandedTo(m_timeline->sizeHint());
    QByteArray data = svg ? m_timeline->toSvg(size) : QByteArray();
    if (!svg) {
        QBuffer buffer(&data);
        buffer.open(QIODevice::WriteOnly);
        m_timeline->toImage(size).save(&buffer, "PNG");
    }
    QString error;
    if (!OutputFile::save(path, data, &error)) {
        Q_EMIT errorOccurred(error);
        return false;
    }
    Q_EMIT statusMessage(tr("Saved the timeline to “%1”.").arg(path));
    return true;
}

} // namespace Gleaner
