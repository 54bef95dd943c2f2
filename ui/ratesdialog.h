#pragma once

#include <QDialog>

class QDateEdit;
class QLabel;
class QLineEdit;
class QTableWidget;

namespace Gleaner {

class LibraryDocument;

// The library's conversion rates, which totals may convert amounts with: listed,
// set (a new one, or a new value for one) and removed, each undoable.
class RatesDialog : public QDialog
{
    Q_OBJECT
public:
    RatesDialog(LibraryDocument *document, QWidget *parent = nullptr);
    QTableWidget *table() const { return m_table; }
    QLineEdit *currencyEdit() const { return m_currency; }
    QLineEdit *targetEdit() const { return m_target; }
    QLineEdit *rateEdit() const { return m_rate; }
    bool setRate();
    bool removeSelected();

private:
    void reload();

    LibraryDocument *m_document;
    QTableWidget *m_table;
    QLineEdit *m_currency;
    QLineEdit *m_target;
    QLineEdit *m_rate;
    QDateEdit *m_asOf;
    QLabel *m_error;
};

} // namespace Gleaner
