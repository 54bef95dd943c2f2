#include "pillarsdialog.h"

#include "inputdialogs.h"
#include "plaintext.h"

#include "library/librarydocument.h"

#include <QColorDialog>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QMessageBox>
#include <QPainter>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Gleaner {

namespace {
QIcon swatch(const QString &color)
{
    QPixmap pixmap(16, 16);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setBrush(QColor(color.isEmpty() ? QStringLiteral("#888888") : color));
    painter.setPen(Qt::NoPen);
    painter.drawRoundedRect(QRectF(1, 1, 14, 14), 3, 3);
    return QIcon(pixmap);
}
} // namespace

PillarsDialog::PillarsDialog(LibraryDocument *document, QWidget *parent)
    : QDialog(parent), m_document(document), m_table(new QTableWidget(this)),
      m_rename(new QPushButton(tr("&Rename…"), this)), m_recolor(new QPushButton(tr("&Color…"), this)),
      m_merge(new QPushButton(tr("&Merge Into…"), this)), m_delete(new QPushButton(tr("&Delete…"), this))
{
    setWindowTitle(tr("Pillars"));
    resize(520, 380);
    m_table->setColumnCount(2);
    m_table->setHorizontalHeaderLabels({tr("Pillar"), tr("Annotations")});
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);

    auto *buttons = new QVBoxLayout;
    for (QPushButton *b : {m_rename, m_recolor, m_merge, m_delete})
        buttons->addWidget(b);
    buttons->addStretch();
    auto *row = new QHBoxLayout;
    row->addWidget(m_table);
    row->addLayout(buttons);
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(row);
    layout->addWidget(close);

    connect(m_rename, &QPushButton::clicked, this, &PillarsDialog::renameCurrent);
    connect(m_recolor, &QPushButton::clicked, this, &PillarsDialog::recolorCurrent);
    connect(m_merge, &QPushButton::clicked, this, &PillarsDialog::mergeCurrent);
    connect(m_delete, &QPushButton::clicked, this, &PillarsDialog::deleteCurrent);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &PillarsDialog::updateButtons);
    connect(m_document->store(), &LibraryStore::pillarsChanged, this, &PillarsDialog::reload);
    reload();
}

void PillarsDialog::reload()
{
    const qint64 current = currentPillarId();
    const std::optional<QVector<Pillar>> read = m_document->store()->pillars();
    if (!read)
        Q_EMIT errorOccurred(m_document->errorMessage());
    const QVector<Pillar> pillars = read.value_or(QVector<Pillar>());
    m_table->setRowCount(pillars.size());
    for (int i = 0; i < pillars.size(); ++i) {
        const Pillar &p = pillars.at(i);
        auto *name = new QTableWidgetItem(swatch(p.color), p.name);
        name->setData(Qt::UserRole, p.id);
        name->setToolTip(PlainText::toolTip(p.description));
        auto *count = new QTableWidgetItem(QString::number(p.annotationCount));
        count->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_table->setItem(i, 0, name);
        m_table->setItem(i, 1, count);
    }
    selectPillar(current > 0 ? current : (pillars.isEmpty() ? 0 : pillars.first().id));
    updateButtons();
}

qint64 PillarsDialog::currentPillarId() const
{
    const int row = m_table->currentRow();
    return row >= 0 && m_table->item(row, 0) ? m_table->item(row, 0)->data(Qt::UserRole).toLongLong() : 0;
}

void PillarsDialog::selectPillar(qint64 id)
{
    for (int i = 0; i < m_table->rowCount(); ++i) {
        if (m_table->item(i, 0)->data(Qt::UserRole).toLongLong() == id) {
            m_table->selectRow(i);
            return;
        }
    }
}

void PillarsDialog::updateButtons()
{
    const bool has = currentPillarId() > 0;
    const bool writable = !m_document->store()->isReadOnly();
    for (QPushButton *b : {m_rename, m_recolor, m_delete})
        b->setEnabled(has && writable);
    m_merge->setEnabled(has && writable && m_table->rowCount() > 1);
}

bool PillarsDialog::rename(qint64 id, const QString &name)
{
    if (m_document->renamePillar(id, name))
        return true;
    Q_EMIT errorOccurred(m_document->errorMessage());
    return false;
}

bool PillarsDialog::recolor(qint64 id, const QColor &color)
{
    const std::optional<Pillar> p = m_document->store()->pillar(id);
    if (p && m_document->editPillar(id, color.name(), p->description))
        return true;
    Q_EMIT errorOccurred(m_document->errorMessage());
    return false;
}

bool PillarsDialog::merge(qint64 from, qint64 into)
{
    if (m_document->mergePillars(from, into))
        return true;
    Q_EMIT errorOccurred(m_document->errorMessage());
    return false;
}

bool PillarsDialog::remove(qint64 id, qint64 moveTo)
{
    const bool ok = moveTo > 0 ? m_document->mergePillars(id, moveTo) : m_document->deletePillar(id);
    if (!ok)
        Q_EMIT errorOccurred(m_document->errorMessage());
    return ok;
}

QVector<qint64> PillarsDialog::otherPillars(qint64 id, QStringList *names) const
{
    QVector<qint64> ids;
    const std::optional<QVector<Pillar>> pillars = m_document->store()->pillars();
    for (const Pillar &other : pillars.value_or(QVector<Pillar>())) {
        if (other.id != id) {
            *names << other.name;
            ids << other.id;
        }
    }
    return ids;
}

void PillarsDialog::renameCurrent()
{
    const std::optional<Pillar> p = m_document->store()->pillar(currentPillarId());
    if (!p)
        return;
    bool ok = false;
    const QString name =
        InputDialogs::askText(this, tr("Rename Pillar"), tr("New name for “%1”:").arg(p->name), p->name, &ok);
    if (ok && !name.trimmed().isEmpty() && name != p->name)
        rename(p->id, name);
}

void PillarsDialog::recolorCurrent()
{
    const std::optional<Pillar> p = m_document->store()->pillar(currentPillarId());
    if (!p)
        return;
    const QColor color = QColorDialog::getColor(QColor(p->color), this, tr("Color of “%1”").arg(p->name));
    if (color.isValid())
        recolor(p->id, color);
}

void PillarsDialog::mergeCurrent()
{
    const std::optional<Pillar> p = m_document->store()->pillar(currentPillarId());
    if (!p)
        return;
    QStringList names;
    const QVector<qint64> ids = otherPillars(p->id, &names);
    bool ok = false;
    const QString target = InputDialogs::askItem(
        this, tr("Merge Pillar"),
        tr("Move the %n annotation(s) of “%1” to:", "", p->annotationCount).arg(p->name), names, &ok);
    if (ok && names.contains(target))
        merge(p->id, ids.at(names.indexOf(target)));
}

void PillarsDialog::deleteCurrent()
{
    const std::optional<Pillar> p = m_document->store()->pillar(currentPillarId());
    if (!p)
        return;
    if (p->annotationCount == 0) {
        remove(p->id);
        return;
    }
    // A pillar in use is deleted only after choosing where its annotations go.
    QStringList names;
    const QVector<qint64> ids = otherPillars(p->id, &names);
    if (names.isEmpty()) {
        Q_EMIT errorOccurred(
            tr("“%1” is used by %n annotation(s) and there is no other pillar to move them to. "
               "Create another pillar first, or delete those annotations.",
               "", p->annotationCount)
                .arg(p->name));
        return;
    }
    bool ok = false;
    const QString target = InputDialogs::askItem(
        this, tr("Delete Pillar"),
        tr("“%1” is used by %n annotation(s). Move them to:", "", p->annotationCount).arg(p->name), names,
        &ok);
    if (ok && names.contains(target))
        remove(p->id, ids.at(names.indexOf(target)));
}

} // namespace Gleaner
