#pragma once

#include "readingstyle.h"

#include <QDialog>

class QComboBox;
class QDoubleSpinBox;
class QFontComboBox;
class QSpinBox;

namespace Gleaner {

// View ▸ Reading Settings: the article's font, size, line length and theme, shown
// in the article as they change (the window applies each change at once).
class ReadingSettingsDialog : public QDialog
{
    Q_OBJECT
public:
    ReadingSettingsDialog(const ReadingStyle &style, QWidget *parent = nullptr);
    ReadingStyle style() const;

Q_SIGNALS:
    void styleChanged(const ReadingStyle &style);

private:
    ReadingStyle m_style;
    QFontComboBox *m_family;
    QDoubleSpinBox *m_size;
    QSpinBox *m_lineWidth;
    QComboBox *m_theme;
};

} // namespace Gleaner
