#include "ratesdialog.h"

#include "library/librarydocument.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Gleaner {

RatesDialog::RatesDialog(LibraryDocument *document, QWidget *parent)
    : QDialog(parent), m_document(document), m_table(new QTableWidget(this)), m_currency(new QLineEdit(this)),
      m_target(new QLineEdit(this)), m_rate(new QLineEdit(this)),
      m_asOf(new QDateEdit(QDate::currentDate(), this)), m_error(new QLabel(this))
{
    setWindowTitle(tr("Conversion Rates"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Totals add amounts of different currencies only with these rates, and show "
                                "the rates they used."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_table->setColumnCount(4);
    m_table->setHorizontalHeaderLabels({tr("One"), tr("Is worth"), tr("Of"), tr("As of")});
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_table, 1);
    m_currency->setPlaceholderText(tr("EUR"));
    m_target->setPlaceholderText(tr("USD"));
    m_rate->setPlaceholderText(tr("1.08"));
    m_asOf->setCalendarPopup(true);
    for (QLineEdit *edit : {m_currency, m_target})
        edit->setMaxLength(3);
    auto *row = new QHBoxLayout;
    row->addWidget(new QLabel(tr("One"), this));
    row->addWidget(m_currency);
    row->addWidget(new QLabel(tr("is worth"), this));
    row->addWidget(m_rate);
    row->addWidget(m_target);
    row->addWidget(new QLabel(tr("as of"), this));
    row->addWidget(m_asOf);
    auto *set = new QPushButton(tr("&Set"), this);
    row->addWidget(set);
    layout->addLayout(row);
    m_error->setWordWrap(true);
    m_error->setTextFormat(Qt::PlainText);
    m_error->hide();
    layout->addWidget(m_error);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *remove = buttons->addButton(tr("&Remove"), QDialogButtonBox::ActionRole);
    layout->addWidget(buttons);
    connect(set, &QPushButton::clicked, this, &RatesDialog::setRate);
    connect(remove, &QPushButton::clicked, this, &RatesDialog::removeSelected);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    set->setDefault(true);
    reload();
}

void RatesDialog::reload()
{
    const QVector<ConversionRate> rates =
        m_document->store()->conversionRates().value_or(QVector<ConversionRate>());
    m_table->setRowCount(int(rates.size()));
    for (int i = 0; i < rates.size(); ++i) {
        const ConversionRate &r = rates.at(i);
        const QStringList cells{r.currency, r.rate, r.target,
                                QLocale().toString(r.asOf, QLocale::ShortFormat)};
        for (int c = 0; c < cells.size(); ++c)
            m_table->setItem(i, c, new QTableWidgetItem(cells.at(c)));
    }
    m_table->resizeColumnsToContents();
}

bool RatesDialog::setRate()
{
    const ConversionRate rate{m_currency->text(), m_target->text(), m_rate->text().trimmed(), m_asOf->date()};
    if (!m_document->setConversionRate(rate)) {
        m_error->setText(m_document->errorMessage());
        m_error->show();
        return false;
    }
    m_error->hide();
    m_rate->clear();
    reload();
    return true;
}

bool RatesDialog::removeSelected()
{
    const int row = m_table->currentRow();
    if (row < 0)
        return false;
    if (!m_document->removeConversionRate(m_table->item(row, 0)->text(), m_table->item(row, 2)->text())) {
        m_error->setText(m_document->errorMessage());
        m_error->show();
        return false;
    }
    reload();
    return true;
}

} // namespace Gleaner
