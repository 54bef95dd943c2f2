#include "annotationpanel.h"

#include "plaintext.h"

#include <QComboBox>
#include <QHeaderView>
#include <QKeyEvent>
#include <QRegularExpression>
#include <QStyledItemDelegate>

namespace Gleaner {

namespace {
// Combo boxes where a column has a fixed set of values: the pillar, and a deadline's precision.
class PanelDelegate : public QStyledItemDelegate
{
public:
    explicit PanelDelegate(AnnotationPanel *panel) : QStyledItemDelegate(panel), m_panel(panel) {}

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override
    {
        const QString kind = index.siblingAtColumn(0).data(Qt::UserRole + 10).toString();
        const bool pillarValue =
            index.column() == AnnotationPanel::ValueColumn && kind == QLatin1String("pillar");
        if (index.column() == AnnotationPanel::PillarColumn || pillarValue) {
            auto *combo = new QComboBox(parent);
            combo->addItem(QString());
            for (const Pillar &p : m_panel->pillars())
                combo->addItem(p.name);
            return combo;
        }
        if (index.column() == AnnotationPanel::UnitColumn && kind == QLatin1String("deadline")) {
            auto *combo = new QComboBox(parent);
            for (DatePrecision p :
                 {DatePrecision::Day, DatePrecision::Month, DatePrecision::Quarter, DatePrecision::Year})
                combo->addItem(precisionName(p));
            return combo;
        }
        return QStyledItemDelegate::createEditor(parent, option, index);
    }

    void setEditorData(QWidget *editor, const QModelIndex &index) const override
    {
        if (auto *combo = qobject_cast<QComboBox *>(editor)) {
            combo->setCurrentIndex(qMax(0, combo->findText(index.data().toString())));
            return;
        }
        QStyledItemDelegate::setEditorData(editor, index);
    }

    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override
    {
        if (auto *combo = qobject_cast<QComboBox *>(editor)) {
            model->setData(index, combo->currentText());
            return;
        }
        QStyledItemDelegate::setModelData(editor, model, index);
    }

private:
    AnnotationPanel *m_panel;
};
} // namespace

AnnotationPanel::AnnotationPanel(QWidget *parent) : QTreeWidget(parent)
{
    setColumnCount(ColumnCount);
    setHeaderLabels({tr("Quote"), tr("Value"), tr("Unit"), tr("Qualifier"), tr("Pillar"), tr("Note")});
    setRootIsDecorated(true);
    setAlternatingRowColors(true);
    setUniformRowHeights(true);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                    QAbstractItemView::SelectedClicked);
    setItemDelegate(new PanelDelegate(this));
    header()->setStretchLastSection(true);
    setColumnWidth(QuoteColumn, 170);
    setColumnWidth(ValueColumn, 110);
    setColumnWidth(UnitColumn, 80);
    setColumnWidth(QualifierColumn, 70);
    setColumnWidth(PillarColumn, 110);
    const QStringList names{tr("Pillars"), tr("Amounts"), tr("Deadlines"), tr("Notes"), tr("Suggestions")};
    for (const QString &name : names) {
        auto *section = new QTreeWidgetItem(this, {name});
        section->setFlags(Qt::ItemIsEnabled);
        QFont bold = section->font(0);
        bold.setBold(true);
        section->setFont(0, bold);
        section->setFirstColumnSpanned(true);
    }
    expandAll();
    connect(this, &QTreeWidget::itemChanged, this, &AnnotationPanel::onItemChanged);
    connect(this, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
        if (!item || m_filling)
            return;
        if (const qint64 id = item->data(0, AnnotationIdRole).toLongLong(); id > 0)
            Q_EMIT annotationSelected(id);
        else if (item->data(0, ProposalIndexRole).isValid())
            Q_EMIT proposalSelected(item->data(0, ProposalIndexRole).toInt());
    });
}

void AnnotationPanel::fillRow(QTreeWidgetItem *item, const Annotation &a)
{
    item->setText(QuoteColumn, a.quote.simplified());
    item->setToolTip(QuoteColumn, PlainText::toolTip(a.quote));
    item->setData(0, AnnotationIdRole, a.id);
    item->setData(0, Qt::UserRole + 10, kindName(a.kind));
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsEditable;
    item->setFlags(flags);
    switch (a.kind) {
    case AnnotationKind::Amount:
        item->setText(ValueColumn, a.amount);
        item->setText(UnitColumn, a.currency.isEmpty() ? a.unit : a.currency);
        item->setText(QualifierColumn, a.qualifier);
        break;
    case AnnotationKind::Deadline:
        item->setText(ValueColumn, a.due.toString(Qt::ISODate));
        item->setText(UnitColumn, precisionName(a.precision));
        break;
    case AnnotationKind::Pillar:
        item->setText(ValueColumn, a.pillarName);
        break;
    default:
        break;
    }
    item->setText(PillarColumn, a.kind == AnnotationKind::Pillar ? QString() : a.pillarName);
    item->setText(NoteColumn, a.note);
}

void AnnotationPanel::setContent(const QVector<Annotation> &annotations, const QVector<Proposal> &proposals,
                                 const QVector<Pillar> &pillars)
{
    m_filling = true;
    const qint64 current = currentAnnotationId();
    const int currentProposal = currentProposalIndex();
    m_annotations = annotations;
    m_pillars = pillars;
    for (int s = 0; s < SectionCount; ++s)
        qDeleteAll(topLevelItem(s)->takeChildren());
    for (const Annotation &a : annotations) {
        Section section = NoteSection;
        switch (a.kind) {
        case AnnotationKind::Pillar:
            section = PillarSection;
            break;
        case AnnotationKind::Amount:
            section = AmountSection;
            break;
        case AnnotationKind::Deadline:
            section = DeadlineSection;
            break;
        case AnnotationKind::Note:
            section = NoteSection;
            break;
        }
        auto *item = new QTreeWidgetItem(topLevelItem(section));
        fillRow(item, a);
    }
    for (int i = 0; i < proposals.size(); ++i) {
        const Proposal &p = proposals.at(i);
        auto *item = new QTreeWidgetItem(topLevelItem(SuggestionSection));
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        item->setData(0, ProposalIndexRole, i);
        item->setText(QuoteColumn, p.suggestion.text.simplified());
        QFont italic = item->font(0);
        italic.setItalic(true);
        item->setFont(QuoteColumn, italic);
        switch (p.kind) {
        case Proposal::Kind::Amount:
            item->setText(ValueColumn,
                          p.suggestion.amountMax.isEmpty()
                              ? p.suggestion.amount
                              : p.suggestion.amount + QStringLiteral("–") + p.suggestion.amountMax);
            item->setText(UnitColumn,
                          p.suggestion.currency.isEmpty() ? p.suggestion.unit : p.suggestion.currency);
            item->setText(QualifierColumn, p.suggestion.qualifier);
            item->setText(NoteColumn, tr("amount"));
            break;
        case Proposal::Kind::Deadline:
            item->setText(ValueColumn, p.suggestion.due.toString(Qt::ISODate));
            item->setText(UnitColumn, precisionName(p.suggestion.precision));
            item->setText(NoteColumn, tr("deadline"));
            break;
        case Proposal::Kind::Pillar:
            item->setText(ValueColumn, p.pillarName);
            item->setText(NoteColumn, tr("pillar"));
            break;
        case Proposal::Kind::Note:
            item->setText(NoteColumn, tr("note"));
            break;
        }
        item->setToolTip(QuoteColumn, tr("Enter accepts, Delete rejects, K switches the kind"));
    }
    for (int s = 0; s < SectionCount; ++s) {
        QTreeWidgetItem *section = topLevelItem(s);
        const QStringList names{tr("Pillars"), tr("Amounts"), tr("Deadlines"), tr("Notes"),
                                tr("Suggestions")};
        section->setText(0, QStringLiteral("%1 (%2)").arg(names.at(s)).arg(section->childCount()));
    }
    expandAll();
    m_filling = false;
    if (current > 0)
        selectAnnotation(current);
    else if (currentProposal >= 0)
        selectProposal(qMin(currentProposal, proposals.size() - 1));
}

QTreeWidgetItem *AnnotationPanel::itemForAnnotation(qint64 id) const
{
    for (int s = 0; s < SectionCount - 1; ++s) {
        QTreeWidgetItem *section = topLevelItem(s);
        for (int i = 0; i < section->childCount(); ++i) {
            if (section->child(i)->data(0, AnnotationIdRole).toLongLong() == id)
                return section->child(i);
        }
    }
    return nullptr;
}

void AnnotationPanel::selectAnnotation(qint64 id)
{
    if (QTreeWidgetItem *item = itemForAnnotation(id)) {
        const bool filling = m_filling;
        m_filling = true;
        setCurrentItem(item);
        scrollToItem(item);
        m_filling = filling;
    }
}

void AnnotationPanel::selectProposal(int index)
{
    QTreeWidgetItem *section = topLevelItem(SuggestionSection);
    if (index < 0 || index >= section->childCount())
        return;
    const bool filling = m_filling;
    m_filling = true;
    setCurrentItem(section->child(index));
    scrollToItem(section->child(index));
    m_filling = filling;
}

qint64 AnnotationPanel::currentAnnotationId() const
{
    return currentItem() ? currentItem()->data(0, AnnotationIdRole).toLongLong() : 0;
}

int AnnotationPanel::currentProposalIndex() const
{
    if (!currentItem() || !currentItem()->data(0, ProposalIndexRole).isValid())
        return -1;
    return currentItem()->data(0, ProposalIndexRole).toInt();
}

void AnnotationPanel::keyPressEvent(QKeyEvent *event)
{
    const int proposal = currentProposalIndex();
    const qint64 annotation = currentAnnotationId();
    const bool plain = event->modifiers() == Qt::NoModifier || event->modifiers() == Qt::KeypadModifier;
    if (proposal >= 0 && plain) {
        if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) {
            Q_EMIT acceptRequested(proposal);
            return;
        }
        if (event->key() == Qt::Key_Delete || event->key() == Qt::Key_Backspace) {
            Q_EMIT rejectRequested(proposal);
            return;
        }
        if (event->key() == Qt::Key_K) {
            Q_EMIT switchKindRequested(proposal);
            return;
        }
    }
    if (annotation > 0 && plain && state() != QAbstractItemView::EditingState &&
        (event->key() == Qt::Key_Delete || event->key() == Qt::Key_Backspace)) {
        Q_EMIT deleteRequested(annotation);
        return;
    }
    QTreeWidget::keyPressEvent(event);
}

bool AnnotationPanel::applyEdit(Annotation *a, int column, const QString &rawText,
                                const QVector<Pillar> &pillars, QString *reason)
{
    const QString text = rawText.trimmed();
    switch (column) {
    case ValueColumn:
        if (a->kind == AnnotationKind::Amount) {
            QString value = text;
            value.remove(QLatin1Char(',')).remove(QLatin1Char(' ')).remove(QLatin1Char('_'));
            static const QRegularExpression decimal(QStringLiteral("^-?(0|[1-9][0-9]*)(\\.[0-9]+)?$"));
            if (!decimal.match(value).hasMatch()) {
                *reason = tr("“%1” is not a number. Write the amount in digits, e.g. 10000000000 or 2.5.")
                              .arg(text);
                return false;
            }
            a->amount = value;
            return true;
        }
        if (a->kind == AnnotationKind::Deadline) {
            const QDate date = QDate::fromString(text, Qt::ISODate);
            if (!date.isValid()) {
                *reason = tr("“%1” is not a date. Write it as YYYY-MM-DD, e.g. 2029-12-31.").arg(text);
                return false;
            }
            a->due = date;
            return true;
        }
        if (a->kind == AnnotationKind::Pillar)
            return applyEdit(a, PillarColumn, rawText, pillars, reason);
        *reason = tr("Only amounts and deadlines have a value.");
        return false;
    case UnitColumn:
        if (a->kind == AnnotationKind::Deadline) {
            DatePrecision precision;
            if (!precisionFromName(text, &precision)) {
                *reason = tr("The precision must be day, month, quarter or year.");
                return false;
            }
            a->precision = precision;
            return true;
        }
        if (a->kind == AnnotationKind::Amount) {
            static const QRegularExpression iso(QStringLiteral("^[A-Za-z]{3}$"));
            const bool looksIso = iso.match(text).hasMatch() && text == text.toUpper();
            a->currency = looksIso ? text : QString();
            a->unit = looksIso ? QString() : text.toLower();
            return true;
        }
        *reason = tr("Only amounts and deadlines have a unit.");
        return false;
    case QualifierColumn:
        if (a->kind != AnnotationKind::Amount) {
            *reason = tr("Only amounts have a qualifier.");
            return false;
        }
        a->qualifier = text;
        return true;
    case PillarColumn:
        if (text.isEmpty()) {
            if (a->kind == AnnotationKind::Pillar) {
                *reason = tr("A pillar annotation needs a pillar.");
                return false;
            }
            a->pillarId = 0;
            a->pillarName.clear();
            return true;
        }
        for (const Pillar &p : pillars) {
            if (p.name.compare(text, Qt::CaseInsensitive) == 0) {
                a->pillarId = p.id;
                a->pillarName = p.name;
                return true;
            }
        }
        *reason = tr("There is no pillar named “%1”. Create it with Tag as Pillar or in the Pillars manager.")
                      .arg(text);
        return false;
    case NoteColumn:
        a->note = rawText;
        return true;
    default:
        *reason = tr("The quote comes from the article and cannot be edited.");
        return false;
    }
}

void AnnotationPanel::onItemChanged(QTreeWidgetItem *item, int column)
{
    if (m_filling)
        return;
    const qint64 id = item->data(0, AnnotationIdRole).toLongLong();
    if (id <= 0)
        return;
    for (const Annotation &before : std::as_const(m_annotations)) {
        if (before.id != id)
            continue;
        Annotation after = before;
        QString reason;
        if (!applyEdit(&after, column, item->text(column), m_pillars, &reason)) {
            m_filling = true;
            fillRow(item, before); // refused: show the saved value again
            m_filling = false;
            Q_EMIT editRefused(reason);
            return;
        }
        Q_EMIT editRequested(before, after);
        return;
    }
}

} // namespace Gleaner
