#include "readingsettingsdialog.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFontComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace Gleaner {

ReadingSettingsDialog::ReadingSettingsDialog(const ReadingStyle &style, QWidget *parent)
    : QDialog(parent), m_style(style), m_family(new QFontComboBox(this)), m_size(new QDoubleSpinBox(this)),
      m_lineWidth(new QSpinBox(this)), m_theme(new QComboBox(this))
{
    setObjectName(QStringLiteral("readingSettings"));
    setWindowTitle(tr("Reading Settings"));
    m_family->setCurrentFont(style.family.isEmpty() ? QApplication::font() : QFont(style.family));
    m_size->setRange(6, 48);
    m_size->setDecimals(1);
    m_size->setSuffix(tr(" pt"));
    m_size->setSpecialValueText(tr("Default"));
    m_size->setMinimum(5.5); // 5.5 shows "Default": a little larger than the desktop's font
    m_size->setValue(style.pointSize > 0 ? style.pointSize : 5.5);
    m_lineWidth->setRange(40, 160);
    m_lineWidth->setSuffix(tr(" characters"));
    m_lineWidth->setValue(style.lineWidth);
    m_theme->addItem(tr("As the desktop"), int(ReadingStyle::Theme::System));
    m_theme->addItem(tr("Light"), int(ReadingStyle::Theme::Light));
    m_theme->addItem(tr("Dark"), int(ReadingStyle::Theme::Dark));
    m_theme->setCurrentIndex(qMax(0, m_theme->findData(int(style.theme))));
    auto *form = new QFormLayout;
    auto addRow = [&](const QString &text, QWidget *field) {
        auto *label = new QLabel(text, this);
        label->setBuddy(field);
        form->addRow(label, field);
    };
    addRow(tr("&Font:"), m_family);
    addRow(tr("&Size:"), m_size);
    addRow(tr("&Longest line:"), m_lineWidth);
    addRow(tr("&Colours:"), m_theme);
    // Each change shows in the article at once; OK keeps it, Cancel puts back how it was.
    auto *buttons = new QDialogButtonBox(
        QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::RestoreDefaults, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(buttons->button(QDialogButtonBox::RestoreDefaults), &QPushButton::clicked, this, [this]() {
        const ReadingStyle defaults;
        m_family->setCurrentFont(QApplication::font());
        m_size->setValue(m_size->minimum());
        m_lineWidth->setValue(defaults.lineWidth);
        m_theme->setCurrentIndex(0);
    });
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    auto changed = [this]() {
        Q_EMIT styleChanged(this->style());
    };
    connect(m_family, &QFontComboBox::currentFontChanged, this, changed);
    connect(m_size, &QDoubleSpinBox::valueChanged, this, changed);
    connect(m_lineWidth, &QSpinBox::valueChanged, this, changed);
    connect(m_theme, &QComboBox::currentIndexChanged, this, changed);
}

ReadingStyle ReadingSettingsDialog::style() const
{
    ReadingStyle s = m_style;
    s.family = m_family->currentFont().family() == QApplication::font().family()
                   ? QString()
                   : m_family->currentFont().family();
    s.pointSize = m_size->value() <= m_size->minimum() ? 0 : m_size->value();
    s.lineWidth = m_lineWidth->value();
    s.theme = ReadingStyle::Theme(m_theme->currentData().toInt());
    return s;
}

} // namespace Gleaner
