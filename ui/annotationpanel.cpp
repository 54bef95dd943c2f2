#include "annotationpanel.h"

#include "annotationdelegate.h"
#include "annotationeditdialog.h"
#include "articleview.h"
#include "plaintext.h"
#include "readingstyle.h"
#include "services/annotationtext.h"
#include "util/currencies.h"
#include "util/decimal.h"

#include <QKeyEvent>
#include <QRegularExpression>

namespace Gleaner {

AnnotationPanel::AnnotationPanel(QWidget *parent) : QTreeWidget(parent)
{
    setColumnCount(ColumnCount);
    setHeaderHidden(true);
    for (int c = ValueColumn; c < ColumnCount; ++c)
        setColumnHidden(c, true);
    setRootIsDecorated(true);
    setUniformRowHeights(false);
    setWordWrap(true);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setItemDelegate(new AnnotationDelegate(this));
    const QStringList names{tr("Pillars"), tr("Amounts"), tr("Deadlines"), tr("Notes"), tr("Suggestions")};
    for (const QString &name : names) {
        auto *section = new QTreeWidgetItem(this, {name});
        section->setFlags(Qt::ItemIsEnabled);
        QFont bold = section->font(0);
        bold.setBold(true);
        section->setFont(0, bold);
    }
    expandAll();
    connect(this, &QTreeWidget::itemChanged, this, &AnnotationPanel::onItemChanged);
    connect(this, &QTreeWidget::itemDoubleClicked, this, [this](QTreeWidgetItem *item) {
        if (const qint64 id = item->data(0, AnnotationIdRole).toLongLong(); id > 0)
            editAnnotation(id);
        else if (item->data(0, ProposalIndexRole).isValid())
            Q_EMIT acceptRequested(item->data(0, ProposalIndexRole).toInt());
    });
    connect(this, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
        if (!item || m_filling)
            return;
        if (const qint64 id = item->data(0, AnnotationIdRole).toLongLong(); id > 0)
            Q_EMIT annotationSelected(id);
        else if (item->data(0, ProposalIndexRole).isValid())
            Q_EMIT proposalSelected(item->data(0, ProposalIndexRole).toInt());
    });
}

void AnnotationPanel::resizeEvent(QResizeEvent *event)
{
    QTreeWidget::resizeEvent(event);
    // The cards wrap to the new width: their heights change.
    scheduleDelayedItemsLayout();
}

namespace {
QColor accentFor(AnnotationKind kind, qint64 pillarId, const QVector<Pillar> &pillars, bool dark)
{
    for (const Pillar &p : pillars) {
        if (p.id == pillarId && QColor(p.color).isValid())
            return QColor(p.color);
    }
    return ArticleView::kindColor(kind, dark);
}
} // namespace

void AnnotationPanel::fillRow(QTreeWidgetItem *item, const Annotation &a)
{
    const bool dark = ReadingStyle::isDark(palette());
    item->setText(QuoteColumn, a.quote.simplified());
    item->setToolTip(QuoteColumn, PlainText::toolTip(a.quote));
    item->setData(0, AnnotationIdRole, a.id);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsEditable);
    item->setData(0, AnnotationDelegate::KindTextRole, QString());
    item->setData(0, AnnotationDelegate::ValueTextRole,
                  a.kind == AnnotationKind::Pillar ? AnnotationText::summary(a) : AnnotationText::value(a));
    // Another desk member's annotation says whose it is.
    QStringList detail;
    if (!AnnotationText::pillarOf(a).isEmpty())
        detail << AnnotationText::pillarOf(a);
    if (!a.author.isEmpty() && a.author != m_ownAuthor)
        detail << tr("by %1").arg(a.author);
    item->setData(0, AnnotationDelegate::DetailTextRole, detail.join(QStringLiteral(" · ")));
    if (!a.author.isEmpty())
        item->setToolTip(QuoteColumn, PlainText::toolTip(a.quote) + QLatin1Char('\n') +
                                          tr("Made by %1 on %2")
                                              .arg(a.author, QLocale().toString(a.createdAt.toLocalTime(),
                                                                                QLocale::ShortFormat)));
    item->setData(0, AnnotationDelegate::NoteTextRole, a.note);
    item->setData(0, AnnotationDelegate::AccentRole, accentFor(a.kind, a.pillarId, m_pillars, dark));
    // The stored values, in the hidden columns, for editing field by field.
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
    const bool dark = ReadingStyle::isDark(palette());
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
        item->setToolTip(QuoteColumn, PlainText::toolTip(p.suggestion.text));
        item->setData(0, AnnotationDelegate::SuggestionRole, true);
        QString kind;
        QString value;
        QString hint;
        AnnotationKind accent = AnnotationKind::Note;
        switch (p.kind) {
        case Proposal::Kind::Amount:
            kind = tr("Amount suggestion");
            value = AnnotationText::value(p.suggestion);
            hint = tr("Enter accepts · Delete rejects · K makes it a note");
            accent = AnnotationKind::Amount;
            break;
        case Proposal::Kind::Deadline:
            kind = tr("Deadline suggestion");
            value = AnnotationText::value(p.suggestion);
            hint = tr("Enter accepts · Delete rejects · K makes it a note");
            accent = AnnotationKind::Deadline;
            break;
        case Proposal::Kind::Pillar:
            kind = tr("Pillar suggestion");
            value = p.pillarName;
            hint = tr("Enter accepts · Delete rejects · K makes it a note");
            accent = AnnotationKind::Pillar;
            break;
        case Proposal::Kind::Note:
            kind = tr("Note suggestion");
            hint = p.pillarName.isEmpty()
                       ? (p.suggestion.kind == Suggestion::Kind::Amount
                              ? tr("Enter accepts · Delete rejects · K makes it an amount")
                              : tr("Enter accepts · Delete rejects · K makes it a deadline"))
                       : tr("Enter accepts · Delete rejects · K makes it a pillar");
            break;
        }
        item->setData(0, AnnotationDelegate::KindTextRole, kind);
        item->setData(0, AnnotationDelegate::ValueTextRole, value);
        item->setData(0, AnnotationDelegate::HintTextRole, hint);
        item->setData(0, AnnotationDelegate::AccentRole, ArticleView::kindColor(accent, dark));
        item->setText(NoteColumn, kind); // what accepting makes, for the keyboard and tests
    }
    const QStringList names{tr("Pillars"), tr("Amounts"), tr("Deadlines"), tr("Notes"), tr("Suggestions")};
    for (int s = 0; s < SectionCount; ++s) {
        QTreeWidgetItem *section = topLevelItem(s);
        section->setText(0, QStringLiteral("%1 (%2)").arg(names.at(s)).arg(section->childCount()));
    }
    expandAll();
    m_filling = false;
    if (current > 0)
        selectAnnotation(current);
    else if (currentProposal >= 0)
        selectProposal(qMin(currentProposal, int(proposals.size()) - 1));
}

void AnnotationPanel::editAnnotation(qint64 id)
{
    for (const Annotation &before : std::as_const(m_annotations)) {
        if (before.id != id)
            continue;
        AnnotationEditDialog dialog(before, m_pillars, this);
        if (dialog.exec() != QDialog::Accepted)
            return;
        Annotation after;
        QString reason;
        if (!dialog.result(&after, &reason)) {
            Q_EMIT editRefused(reason);
            return;
        }
        Q_EMIT editRequested(before, after);
        return;
    }
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
    if (annotation > 0 && plain && (event->key() == Qt::Key_Delete || event->key() == Qt::Key_Backspace)) {
        Q_EMIT deleteRequested(annotation);
        return;
    }
    if (annotation > 0 && plain &&
        (event->key() == Qt::Key_F2 || event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter)) {
        editAnnotation(annotation);
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
            // The one rule for amounts (util/decimal.h), with the separators people type.
            const QString value = PlainDecimal::fromUserInput(text);
            if (value.isEmpty()) {
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
            // Three capitals are a currency code, checked by the library against ISO 4217;
            // a known code in lower case ("usd") is one too; anything else is a unit.
            static const QRegularExpression iso(QStringLiteral("^[A-Za-z]{3}$"));
            const bool looksIso =
                iso.match(text).hasMatch() && (text == text.toUpper() || Currencies::isKnown(text.toUpper()));
            a->currency = looksIso ? text.toUpper() : QString();
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
