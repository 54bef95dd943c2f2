#include "services/articlemarkdown.h"

#include "import/articleimporter.h"
#include "services/annotationtext.h"

#include <QMap>

namespace Gleaner {

QString ArticleMarkdown::escaped(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        if (QStringLiteral("\\`*_[]<>#=|~").contains(c))
            out += QLatin1Char('\\');
        out += c;
    }
    return out;
}

QString ArticleMarkdown::render(const Article &article, const QVector<Annotation> &annotations,
                                const QLocale &locale)
{
    QString md = QStringLiteral("# ") + escaped(article.title) + QStringLiteral("\n\n");
    QStringList meta;
    if (!article.byline.isEmpty())
        meta << escaped(article.byline);
    if (article.published.isValid())
        meta << AnnotationText::date(article.published, locale);
    if (!article.site.isEmpty())
        meta << escaped(article.site);
    if (!meta.isEmpty())
        md += meta.join(QStringLiteral(" · ")) + QStringLiteral("\n\n");
    const QString url = article.canonicalUrl.isEmpty() ? article.url : article.canonicalUrl;
    if (!url.isEmpty())
        md += QStringLiteral("<") + url + QStringLiteral(">\n\n");

    const QVector<TextSegment> segments = ArticleImporter::segmentsFromJson(article.segmentsJson);
    // Annotations in text order. Highlights never nest or cross a block: one that
    // starts inside the previous mark keeps only its footnote, and a mark ends with
    // the block it starts in.
    QVector<Annotation> sorted = annotations;
    std::sort(sorted.begin(), sorted.end(), [](const Annotation &a, const Annotation &b) {
        return a.start < b.start || (a.start == b.start && a.end > b.end);
    });
    QMap<int, QString> before; // text to write before the character at an offset
    auto blockEnd = [&](int offset) {
        for (const TextSegment &s : segments) {
            if (offset >= s.start && offset < s.end)
                return s.end;
        }
        return int(article.text.size());
    };
    int markedUntil = 0;
    QStringList footnotes;
    for (int n = 0; n < sorted.size(); ++n) {
        const Annotation &a = sorted.at(n);
        footnotes << QStringLiteral("[^%1]: ").arg(n + 1) + escaped(AnnotationText::describe(a, locale));
        if (a.start < markedUntil)
            continue;
        const int end = qMin(a.end, blockEnd(a.start));
        before[a.start] += QStringLiteral("==");
        before[end] = QStringLiteral("==[^%1]").arg(n + 1) + before.value(end);
        markedUntil = end;
    }
    auto marked = [&](int from, int to) -> QString {
        QString out;
        for (int i = from; i < to; ++i) {
            out += before.value(i);
            out += escaped(article.text.mid(i, 1));
        }
        return out + before.value(to);
    };

    if (segments.isEmpty()) {
        md += marked(0, int(article.text.size())) + QStringLiteral("\n");
    } else {
        // Tables become pipe tables (the first row is the header row Markdown needs),
        // and a list or table ends with a blank line, so the next paragraph is not
        // read as part of it.
        enum class Open { None, List, Table } open = Open::None;
        int row = -1;
        int rowsWritten = 0;
        int headerCells = 0;
        auto endRow = [&]() {
            md += QStringLiteral(" |\n");
            if (rowsWritten++ == 0)
                md +=
                    QStringLiteral("|") + QStringLiteral(" --- |").repeated(headerCells) + QLatin1Char('\n');
        };
        auto close = [&]() {
            if (open == Open::Table)
                endRow();
            if (open != Open::None)
                md += QLatin1Char('\n');
            open = Open::None;
        };
        for (const TextSegment &s : segments) {
            const QString text = marked(s.start, s.end).replace(QLatin1Char('\n'), QLatin1Char(' '));
            const bool cell =
                s.role == TextSegment::Role::TableCell || s.role == TextSegment::Role::TableHeaderCell;
            if (cell) {
                if (open == Open::Table && s.level == row) {
                    md += QStringLiteral(" | ") + text;
                    if (rowsWritten == 0)
                        ++headerCells;
                    continue;
                }
                if (open == Open::Table)
                    endRow();
                else {
                    close();
                    open = Open::Table;
                    rowsWritten = 0;
                    headerCells = 1;
                }
                row = s.level;
                md += QStringLiteral("| ") + text;
                continue;
            }
            if (s.role == TextSegment::Role::ListItem) {
                if (open != Open::List)
                    close();
                open = Open::List;
                md += QStringLiteral("- ") + text + QLatin1Char('\n');
                continue;
            }
            if (text.trimmed().isEmpty())
                continue; // an empty block writes no empty paragraph
            close();
            switch (s.role) {
            case TextSegment::Role::Heading:
                md += QString(qBound(2, s.level, 6), QLatin1Char('#')) + QLatin1Char(' ') + text +
                      QStringLiteral("\n\n");
                break;
            case TextSegment::Role::Quote:
                md += QStringLiteral("> ") + text + QStringLiteral("\n\n");
                break;
            case TextSegment::Role::Preformatted:
                md += QStringLiteral("    ") + text + QStringLiteral("\n\n");
                break;
            default:
                md += text + QStringLiteral("\n\n");
                break;
            }
        }
        close();
    }
    if (!footnotes.isEmpty()) {
        md += QStringLiteral("\n## ") + tr("Annotations") + QStringLiteral("\n\n");
        int n = 0;
        for (const Annotation &a : sorted)
            md += QStringLiteral("- ==") + escaped(a.quote.simplified()) +
                  QStringLiteral("==[^%1] ").arg(++n) + escaped(AnnotationText::describe(a, locale)) +
                  QLatin1Char('\n');
        md += QLatin1Char('\n') + footnotes.join(QLatin1Char('\n')) + QLatin1Char('\n');
    }
    return md;
}

} // namespace Gleaner
