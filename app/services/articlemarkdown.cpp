#include "services/articlemarkdown.h"

#include "import/articleimporter.h"
#include "services/annotationtext.h"

#include <QMap>

namespace Gleaner {

namespace {
// What a footnote says about an annotation: its kind and value, its pillar, its note.
QString describe(const Annotation &a, const QLocale &locale)
{
    QStringList parts;
    const QString value = AnnotationText::value(a, locale);
    parts << (value.isEmpty() ? AnnotationText::kind(a.kind)
                              : AnnotationText::kind(a.kind) + QStringLiteral(": ") + value);
    if (a.kind != AnnotationKind::Pillar && !a.pillarName.isEmpty())
        parts << ArticleMarkdown::tr("pillar %1").arg(a.pillarName);
    QString line = parts.join(QStringLiteral(" · "));
    if (!a.note.isEmpty())
        line += QStringLiteral(" — ") + QString(a.note).replace(QLatin1Char('\n'), QLatin1Char(' '));
    return line;
}
} // namespace

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
        footnotes << QStringLiteral("[^%1]: ").arg(n + 1) + escaped(describe(a, locale));
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
        int lastRow = -1;
        for (const TextSegment &s : segments) {
            const QString text = marked(s.start, s.end);
            switch (s.role) {
            case TextSegment::Role::Heading:
                md += QString(qBound(2, s.level, 6), QLatin1Char('#')) + QLatin1Char(' ') + text +
                      QStringLiteral("\n\n");
                break;
            case TextSegment::Role::ListItem:
                md += QStringLiteral("- ") + text + QLatin1Char('\n');
                break;
            case TextSegment::Role::Quote:
                md += QStringLiteral("> ") + text + QStringLiteral("\n\n");
                break;
            case TextSegment::Role::TableCell:
            case TextSegment::Role::TableHeaderCell:
                md += (s.level == lastRow ? QStringLiteral(" | ") : QStringLiteral("\n| ")) + text;
                lastRow = s.level;
                continue;
            case TextSegment::Role::Preformatted:
                md += QStringLiteral("    ") + text + QStringLiteral("\n\n");
                break;
            default:
                md += text + QStringLiteral("\n\n");
                break;
            }
            lastRow = -1;
        }
    }
    if (!footnotes.isEmpty()) {
        md += QStringLiteral("\n## ") + tr("Annotations") + QStringLiteral("\n\n");
        int n = 0;
        for (const Annotation &a : sorted)
            md += QStringLiteral("- ==") + escaped(a.quote.simplified()) +
                  QStringLiteral("==[^%1] ").arg(++n) + escaped(describe(a, locale)) + QLatin1Char('\n');
        md += QLatin1Char('\n') + footnotes.join(QLatin1Char('\n')) + QLatin1Char('\n');
    }
    return md;
}

} // namespace Gleaner
