#include "cleaning/articlerenderer.h"

#include "cleaning/inlinetext.h"

namespace Gleaner {

namespace {

using Kind = ArticleBlock::Kind;
using Role = TextSegment::Role;

class Writer
{
public:
    explicit Writer(CleanedArticle *article) : m_article(article) {}

    void separate()
    {
        if (!m_article->text.isEmpty())
            m_article->text += QLatin1String("\n\n");
    }
    void segment(Role role, const QString &text, int level)
    {
        TextSegment s;
        s.role = role;
        s.level = level;
        s.start = int(m_article->text.size());
        m_article->text += text;
        s.end = int(m_article->text.size());
        m_article->segments.append(s);
    }
    void html(const QString &markup) { m_article->html += markup; }

private:
    CleanedArticle *m_article;
};

QString listTag(bool ordered)
{
    return ordered ? QStringLiteral("ol") : QStringLiteral("ul");
}

} // namespace

void ArticleRenderer::render(const QVector<ArticleBlock> &blocks, CleanedArticle *article)
{
    article->text.clear();
    article->html.clear();
    article->segments.clear();
    Writer w(article);

    struct OpenList
    {
        bool ordered;
    };
    QVector<OpenList> lists; // open <ul>/<ol>, each with an open <li> once it has items
    bool inQuote = false;
    auto closeLists = [&](int toDepth) {
        while (lists.size() > toDepth) {
            w.html(QLatin1String("</li></") + listTag(lists.last().ordered) + QLatin1String(">"));
            lists.removeLast();
        }
    };

    bool first = true;
    for (const ArticleBlock &b : blocks) {
        bool hasContent = !b.text.isEmpty();
        for (const auto &row : b.rows) {
            for (const auto &cell : row)
                hasContent = hasContent || !cell.text.isEmpty();
        }
        if (!hasContent)
            continue;
        if (b.kind != Kind::ListItem)
            closeLists(0);
        if (b.kind != Kind::Quote && inQuote) {
            w.html(QStringLiteral("</blockquote>"));
            inQuote = false;
        }
        switch (b.kind) {
        case Kind::Heading: {
            const int level = qBound(1, b.level, 6);
            const QString tag = QLatin1Char('h') + QString::number(level);
            w.html(QLatin1Char('<') + tag + QLatin1Char('>') + b.html + QLatin1String("</") + tag +
                   QLatin1Char('>'));
            w.separate();
            w.segment(Role::Heading, b.text, level);
            break;
        }
        case Kind::Paragraph:
        case Kind::Caption:
            w.html((b.kind == Kind::Caption ? QLatin1String("<p class=\"caption\">") : QLatin1String("<p>")) +
                   b.html + QLatin1String("</p>"));
            w.separate();
            w.segment(b.kind == Kind::Caption ? Role::Caption : Role::Paragraph, b.text, 0);
            break;
        case Kind::Quote:
            if (!inQuote)
                w.html(QStringLiteral("<blockquote>"));
            inQuote = true;
            w.html(QLatin1String("<p>") + b.html + QLatin1String("</p>"));
            w.separate();
            w.segment(Role::Quote, b.text, 0);
            break;
        case Kind::ListItem: {
            // A level may only go one deeper than the item before it, so no list item
            // is ever empty.
            const int level = qBound(1, b.level, int(lists.size()) + 1);
            if (level < lists.size())
                closeLists(level);
            if (level == lists.size() && lists.last().ordered != b.ordered) {
                closeLists(level - 1);
            }
            if (level == lists.size()) {
                w.html(QStringLiteral("</li><li>"));
            } else {
                // level == lists.size() + 1: open a new (nested) list
                lists.append(OpenList{b.ordered});
                w.html(QLatin1Char('<') + listTag(b.ordered) + QLatin1String("><li>"));
            }
            w.html(b.html);
            w.separate();
            w.segment(Role::ListItem, b.text, int(lists.size()));
            break;
        }
        case Kind::Preformatted: {
            w.html(QLatin1String("<pre>") + InlineText::escape(b.text) + QLatin1String("</pre>"));
            w.separate();
            const QStringList lines = b.text.split(QLatin1Char('\n'));
            for (int i = 0; i < lines.size(); ++i) {
                if (i > 0)
                    article->text += QLatin1Char('\n');
                w.segment(Role::Preformatted, lines.at(i), 0);
            }
            break;
        }
        case Kind::Table: {
            int columns = 0;
            for (const auto &row : b.rows) // (empty rows are dropped below; they only widen)
                columns = qMax(columns, int(row.size()));
            if (first) // QTextDocument puts an empty block before a table that opens it
                w.segment(Role::Paragraph, QString(), 0);
            w.html(QStringLiteral("<table>"));
            w.separate();
            QVector<QVector<ArticleBlock::Cell>> rows;
            for (const auto &row : b.rows) {
                for (const auto &cell : row) {
                    if (!cell.text.isEmpty()) {
                        rows << row;
                        break;
                    }
                }
            }
            for (int r = 0; r < rows.size(); ++r) {
                const auto &row = rows.at(r);
                w.html(QStringLiteral("<tr>"));
                if (r > 0)
                    article->text += QLatin1Char('\n');
                // QTextDocument loses the block after a table whose very last cell is an
                // explicit empty <td>; cells it pads itself behave. So the last row stops
                // at its last non-empty cell.
                int emitted = columns;
                if (r == rows.size() - 1) {
                    emitted = 0;
                    for (int c = 0; c < row.size(); ++c) {
                        if (!row.at(c).text.isEmpty())
                            emitted = c + 1;
                    }
                }
                for (int c = 0; c < columns; ++c) {
                    const ArticleBlock::Cell cell = c < row.size() ? row.at(c) : ArticleBlock::Cell();
                    const QLatin1String tag = cell.header ? QLatin1String("th") : QLatin1String("td");
                    if (c < emitted)
                        w.html(QLatin1Char('<') + tag + QLatin1Char('>') + cell.html + QLatin1String("</") +
                               tag + QLatin1Char('>'));
                    if (c > 0)
                        article->text += QLatin1Char('\t');
                    w.segment(cell.header ? Role::TableHeaderCell : Role::TableCell, cell.text, r);
                }
                w.html(QStringLiteral("</tr>"));
            }
            w.html(QStringLiteral("</table>"));
            // ... and an empty block after every table.
            w.segment(Role::Paragraph, QString(), 0);
            break;
        }
        }
        first = false;
    }
    closeLists(0);
    if (inQuote)
        w.html(QStringLiteral("</blockquote>"));
}

} // namespace Gleaner
