// ArticleView: find in the article, and double-click word selection that knows
// Japanese, where no spaces separate the words.
#include "articleview.h"

#include <QMouseEvent>
#include <QScrollBar>
#include <QTextBlock>

namespace Gleaner {

namespace {
// The kind of character, for picking a word out of text without spaces: a run of
// kanji, of katakana, of hiragana, or of letters and digits is one word.
enum class CharClass { Other, Latin, Kanji, Katakana, Hiragana };

CharClass classOf(QChar c)
{
    const ushort u = c.unicode();
    if (c.isLetterOrNumber() && u < 0x3000)
        return CharClass::Latin;
    if ((u >= 0x4e00 && u <= 0x9fff) || (u >= 0x3400 && u <= 0x4dbf) || u == 0x3005) // 々 repeats a kanji
        return CharClass::Kanji;
    if ((u >= 0x30a0 && u <= 0x30ff) || (u >= 0xff66 && u <= 0xff9f) || u == 0x30fc)
        return CharClass::Katakana;
    if (u >= 0x3040 && u <= 0x309f)
        return CharClass::Hiragana;
    if ((u >= 0xff10 && u <= 0xff19) || (u >= 0xff21 && u <= 0xff5a)) // full-width digits and letters
        return CharClass::Latin;
    return CharClass::Other;
}

bool isJapanese(CharClass c)
{
    return c == CharClass::Kanji || c == CharClass::Katakana || c == CharClass::Hiragana;
}
} // namespace

int ArticleView::setFindText(const QString &text)
{
    m_findHits.clear();
    m_currentHit = -1;
    if (!text.isEmpty() && m_article.id > 0) {
        // Only the body: the title and byline are not the article's text.
        QTextCursor cursor(document());
        cursor.setPosition(m_bodyStart);
        for (;;) {
            cursor = document()->find(text, cursor);
            if (cursor.isNull())
                break;
            m_findHits.push_back({cursor.selectionStart(), cursor.selectionEnd()});
        }
    }
    applyHighlights();
    return int(m_findHits.size());
}

int ArticleView::findNext(bool backward)
{
    if (m_findHits.isEmpty())
        return 0;
    const int caret = textCursor().position();
    if (m_currentHit < 0) {
        // The first hit after (or before) the caret.
        m_currentHit = backward ? int(m_findHits.size()) - 1 : 0;
        for (int i = 0; i < m_findHits.size(); ++i) {
            if (!backward && m_findHits.at(i).first >= caret) {
                m_currentHit = i;
                break;
            }
            if (backward && m_findHits.at(i).first < caret)
                m_currentHit = i;
        }
    } else {
        const int n = int(m_findHits.size());
        m_currentHit = (m_currentHit + (backward ? n - 1 : 1)) % n;
    }
    QTextCursor cursor(document());
    cursor.setPosition(m_findHits.at(m_currentHit).first);
    setTextCursor(cursor);
    ensureCursorVisible();
    applyHighlights();
    return m_currentHit + 1;
}

int ArticleView::caretOffset() const
{
    const QTextCursor cursor = textCursor();
    return textOffset(cursor.hasSelection() ? cursor.selectionStart() : cursor.position());
}

void ArticleView::mouseDoubleClickEvent(QMouseEvent *event)
{
    const QTextCursor at = cursorForPosition(event->position().toPoint());
    const QTextBlock block = at.block();
    const QString text = block.text();
    const int inBlock = at.position() - block.position();
    // Japanese has no spaces between words: select the run of one kind of character
    // under the pointer (投資 in 投資する, ドル in 100億ドル) instead of the sentence.
    const int probe = inBlock < text.size() ? inBlock : inBlock - 1;
    if (event->button() == Qt::LeftButton && probe >= 0 && probe < text.size()) {
        const CharClass kind = classOf(text.at(probe));
        bool japaneseAround = isJapanese(kind);
        for (int i = qMax(0, probe - 2); i <= qMin(int(text.size()) - 1, probe + 2) && !japaneseAround; ++i)
            japaneseAround = isJapanese(classOf(text.at(i)));
        if (japaneseAround && kind != CharClass::Other) {
            int start = probe;
            int end = probe + 1;
            while (start > 0 && classOf(text.at(start - 1)) == kind)
                --start;
            while (end < text.size() && classOf(text.at(end)) == kind)
                ++end;
            QTextCursor word(document());
            word.setPosition(block.position() + start);
            word.setPosition(block.position() + end, QTextCursor::KeepAnchor);
            setTextCursor(word);
            event->accept();
            return;
        }
    }
    QTextBrowser::mouseDoubleClickEvent(event);
}

} // namespace Gleaner
