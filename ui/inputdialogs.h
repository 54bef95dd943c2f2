#pragma once

#include <QStringList>

class QWidget;

namespace Gleaner::InputDialogs {

// Questions whose label quotes a page or a user's name ("Move … of “R&D” to:"):
// the label is plain text and "&" is shown, not taken for a mnemonic.
QString askText(QWidget *parent, const QString &title, const QString &label, const QString &value, bool *ok);
QString askItem(QWidget *parent, const QString &title, const QString &label, const QStringList &items,
                bool *ok);
// A note: several lines; Ctrl+Enter saves, Enter starts a new line, Tab moves on.
QString askNote(QWidget *parent, const QString &title, const QString &label, const QString &value, bool *ok);

} // namespace Gleaner::InputDialogs
