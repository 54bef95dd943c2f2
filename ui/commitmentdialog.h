#pragma once

#include "library/article.h"
#include "library/commitment.h"
#include "valuefields.h"

#include <QDialog>

class QCheckBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QSpinBox;

namespace Gleaner {

// Makes or edits a commitment: who, to whom or where, the amount, the deadline
// or the period it runs over, and its pillars; the quotes it rests on shown on
// top. Values come pre-filled from what Gleaner found; Enter accepts.
class CommitmentDialog : public QDialog
{
    Q_OBJECT
public:
    // `newPillars`: names Gleaner proposes that the library does not have yet,
    // offered checked; they are created when the commitment is made.
    CommitmentDialog(const Commitment &commitment, const QVector<Pillar> &pillars, const QString &title,
                     QWidget *parent = nullptr, const QStringList &newPillars = {});
    // The commitment as edited; false with the reason shown when a field is not
    // acceptable. *newPillars gets the checked names to create.
    bool result(Commitment *commitment, QStringList *newPillars = nullptr) const;
    QLineEdit *actorEdit() const { return m_actor; }
    QLineEdit *beneficiaryEdit() const { return m_beneficiary; }
    QListWidget *pillarList() const { return m_pillars; }

    void accept() override;

private:
    Commitment m_commitment;
    QLineEdit *m_actor;
    QLineEdit *m_beneficiary;
    AmountFields m_amount;
    QCheckBox *m_hasDue;
    DeadlineFields m_due;
    QSpinBox *m_periodCount;
    QComboBox *m_periodUnit;
    QListWidget *m_pillars;
    QLabel *m_error;
};

} // namespace Gleaner
