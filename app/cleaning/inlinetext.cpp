#include "cleaning/inlinetext.h"

namespace Gleaner {

QChar InlineText::normalize(QChar ch)
{
    const char16_t u = ch.unicode();
    if (u < 0x20 || u == 0x7F || (u >= 0x80 && u < 0xA0))
        return u == '\t' || u == '\n' || u == '\r' || u == '\f' || u == 0x85 ? QLatin1Char(' ') : QChar(0);
    switch (u) {
    case 0x00AD: // soft hyphen
    case 0x200B: // zero-width space, joiners and marks
    case 0x200C:
    case 0x200D:
    case 0x200E:
    case 0x200F:
    case 0x2060:
    case 0xFEFF:
    case 0xFFFC: // object replacement
        return QChar(0);
    case 0x2028:
    case 0x2029:
        return QLatin1Char(' ');
    default:
        break;
    }
    if (ch.isSpace())
        return QLatin1Char(' ');
    return ch;
}

void InlineText::appendText(const QString &text)
{
    const QChar *data = text.constData();
    const qsizetype size = text.size();
    for (qsizetype i = 0; i < size; ++i) {
        // A run of visible ASCII that needs no escaping goes over in one piece.
        qsizetype run = i;
        while (run < size) {
            const char16_t u = data[run].unicode();
            if (u <= 0x20 || u >= 0x7F || u == '&' || u == '<' || u == '>')
                break;
            ++run;
        }
        if (run > i) {
            if (m_pendingSpace) {
                m_text += QLatin1Char(' ');
                m_html += QLatin1Char(' ');
                m_pendingSpace = false;
            }
            m_text.append(data + i, run - i);
            m_html.append(data + i, run - i);
            i = run - 1;
            continue;
        }
        const QChar ch = normalize(text.at(i));
        if (ch.isNull())
            continue;
        if (ch == QLatin1Char(' ')) {
            appendSpace();
            continue;
        }
        // Keep surrogate pairs whole; a lone surrogate becomes a replacement character.
        if (ch.isHighSurrogate()) {
            if (i + 1 < size && text.at(i + 1).isLowSurrogate()) {
                if (m_pendingSpace) {
                    m_text += QLatin1Char(' ');
                    m_html += QLatin1Char(' ');
                    m_pendingSpace = false;
                }
                m_text += ch;
                m_text += text.at(i + 1);
                m_html += ch;
                m_html += text.at(i + 1);
                ++i;
                continue;
            }
        }
        QChar out = ch;
        if (ch.isSurrogate())
            out = QChar(QChar::ReplacementCharacter);
        if (m_pendingSpace) {
            m_text += QLatin1Char(' ');
            m_html += QLatin1Char(' ');
            m_pendingSpace = false;
        }
        m_text += out;
        switch (out.unicode()) {
        case '&':
            m_html += QLatin1String("&amp;");
            break;
        case '<':
            m_html += QLatin1String("&lt;");
            break;
        case '>':
            m_html += QLatin1String("&gt;");
            break;
        default:
            m_html += out;
        }
    }
}

void InlineText::appendMarkup(const QString &markup)
{
    // A space before an opening tag stays outside it: "a <b>b</b>", not "a<b> b</b>".
    if (m_pendingSpace && !markup.startsWith(QLatin1String("</"))) {
        m_text += QLatin1Char(' ');
        m_html += QLatin1Char(' ');
        m_pendingSpace = false;
    }
    m_html += markup;
}

void InlineText::clear()
{
    m_text.clear();
    m_html.clear();
    m_pendingSpace = false;
}

QString InlineText::escape(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar ch : text) {
        switch (ch.unicode()) {
        case '&':
            out += QLatin1String("&amp;");
            break;
        case '<':
            out += QLatin1String("&lt;");
            break;
        case '>':
            out += QLatin1String("&gt;");
            break;
        default:
            out += ch;
        }
    }
    return out;
}

QString InlineText::escapeAttribute(const QString &text)
{
    QString out = escape(text);
    out.replace(QLatin1Char('"'), QLatin1String("&quot;"));
    return out;
}

} // namespace Gleaner
