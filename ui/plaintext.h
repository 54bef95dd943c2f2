#pragma once

#include <QString>

namespace Gleaner::PlainText {

// Text that came from a page (a title, a quote) shown where Qt would guess at
// rich text (tool tips, labels, message boxes): escaped and wrapped so Qt shows it
// literally. A quote holding "<img src=file:///…>" must never load an image.
inline QString toolTip(const QString &text)
{
    if (text.isEmpty())
        return text;
    return QStringLiteral("<p style=\"white-space:pre-wrap\">") + text.toHtmlEscaped() +
           QStringLiteral("</p>");
}

// The same for a label or message that mixes our words with page text: the page
// text is escaped, the rest is left alone (call on the page text only).
inline QString escaped(const QString &pageText)
{
    return pageText.toHtmlEscaped();
}

} // namespace Gleaner::PlainText
