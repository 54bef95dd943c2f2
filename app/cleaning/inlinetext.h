#pragma once

#include <QString>

namespace Gleaner {

// Builds the text of one block and its inline HTML side by side, collapsing white
// space the way QTextDocument does (any run of spaces is one space, none at the ends)
// and dropping invisible characters, so that the block text QTextDocument derives
// from the HTML is exactly text().
class InlineText
{
public:
    void appendText(const QString &text);
    // Inline markup (already sanitized), e.g. "<em>" or "<a href=\"...\">".
    void appendMarkup(const QString &markup);
    void appendSpace() { m_pendingSpace = !m_text.isEmpty() && !m_text.endsWith(QLatin1Char(' ')); }

    bool isEmpty() const { return m_text.isEmpty(); }
    const QString &text() const { return m_text; }
    QString html() const { return m_html; }
    void clear();

    static QString escape(const QString &text);
    static QString escapeAttribute(const QString &text);
    // Maps a character to what it becomes in a block: 0 to drop it, ' ' for white space.
    static QChar normalize(QChar ch);

private:
    QString m_text;
    QString m_html;
    bool m_pendingSpace = false;
};

} // namespace Gleaner
