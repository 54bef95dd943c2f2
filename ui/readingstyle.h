#pragma once

#include <QPalette>
#include <QString>

namespace Gleaner {

// How the article reads: font, size, line length, zoom and light or dark colours.
// Remembered in the settings; changed from the View menu.
struct ReadingStyle
{
    enum class Theme { System, Light, Dark };

    QString family;      // empty: the desktop's font
    qreal pointSize = 0; // 0: a little larger than the desktop's font
    int lineWidth = 72;  // the longest line, in average characters
    qreal zoom = 1.0;    // Ctrl++ and Ctrl+- steps
    Theme theme = Theme::System;

    static constexpr qreal kZoomStep = 1.1;
    static constexpr qreal kMinZoom = 0.5;
    static constexpr qreal kMaxZoom = 3.0;

    // The window's colours for a theme: a designed dark palette (not the light one
    // inverted), or the style's own for System and Light.
    static QPalette palette(Theme theme, const QPalette &system);
    static bool isDark(const QPalette &palette) { return palette.color(QPalette::Base).lightness() < 128; }
};

} // namespace Gleaner
