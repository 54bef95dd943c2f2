#include "cleaning/headinglevels.h"

#include "util/datatable.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

namespace Gleaner::HeadingLevels {

namespace {

struct Words
{
    QHash<QString, int> counts;
    QSet<QString> ands;
    QSet<QString> notParts;
};

const Words &words()
{
    static const Words w = [] {
        Words r;
        for (const QStringList &f : DataTable::rows(QStringLiteral(":/data/outline-words.tsv"))) {
            if (f.size() < 2)
                continue;
            if (f.at(0) == QLatin1String("count"))
                r.counts.insert(f.at(1), f.value(2).toInt());
            else if (f.at(0) == QLatin1String("and"))
                r.ands.insert(f.at(1));
            else if (f.at(0) == QLatin1String("not-parts"))
                r.notParts.insert(f.at(1));
        }
        return r;
    }();
    return w;
}

// "Pillars of the Investment: Infrastructure, Security, and Talent" -> 3.
int listedAfterColon(const QString &heading)
{
    const int colon = int(heading.indexOf(QLatin1Char(':')));
    if (colon < 0)
        return 0;
    QString list = heading.mid(colon + 1).trimmed();
    static const QRegularExpression comma(QStringLiteral("\\s*,\\s*"));
    QStringList items = list.split(comma, Qt::SkipEmptyParts);
    if (items.size() < 2)
        return 0;
    // The last item carries "and": "and Talent".
    const QString last = items.constLast();
    const QString first = last.section(QLatin1Char(' '), 0, 0).toLower();
    if (!words().ands.contains(first))
        return 0;
    for (const QString &item : items) {
        if (item.count(QLatin1Char(' ')) > 4)
            return 0; // a sentence, not a list of names
    }
    return int(items.size());
}

// "focuses on three interconnected pillars" -> 3, in the paragraph's first sentence.
int countInFirstSentence(const QString &paragraph)
{
    static const QRegularExpression sentenceEnd(QStringLiteral("[.!?](\\s|$)"));
    const QRegularExpressionMatch end = sentenceEnd.match(paragraph);
    const QString first = end.hasMatch() ? paragraph.left(end.capturedStart()) : paragraph;
    static const QRegularExpression word(QStringLiteral("[\\p{L}\\d]+"),
                                         QRegularExpression::UseUnicodePropertiesOption);
    QStringList tokens;
    for (auto it = word.globalMatch(first); it.hasNext();)
        tokens << it.next().captured(0).toLower();
    for (int k = 0; k < tokens.size(); ++k) {
        bool digits = false;
        int n = tokens.at(k).toInt(&digits);
        if (!digits)
            n = words().counts.value(tokens.at(k));
        if (n < 2 || n > 8)
            continue;
        // A plural noun within the next three words: "three interconnected pillars".
        for (int j = k + 1; j < tokens.size() && j <= k + 3; ++j) {
            const QString &t = tokens.at(j);
            if (words().notParts.contains(t))
                break;
            if (t.size() > 3 && t.endsWith(QLatin1Char('s')) && !t.endsWith(QLatin1String("ss")))
                return n;
        }
    }
    return 0;
}

} // namespace

int announcedCount(const QString &heading, const QString &paragraph)
{
    const int listed = listedAfterColon(heading);
    return listed > 0 ? listed : countInFirstSentence(paragraph);
}

void nestAnnounced(QVector<ArticleBlock> *blocks)
{
    using Kind = ArticleBlock::Kind;
    for (int i = 0; i < blocks->size(); ++i) {
        const ArticleBlock &h = blocks->at(i);
        if (h.kind != Kind::Heading)
            continue;
        const bool paragraphNext = i + 1 < blocks->size() && blocks->at(i + 1).kind == Kind::Paragraph;
        const int n = announcedCount(h.text, paragraphNext ? blocks->at(i + 1).text : QString());
        if (n < 2)
            continue;
        // The next n headings of the same level, each with text under it.
        QVector<int> parts;
        for (int j = i + 1; j < blocks->size() && parts.size() < n; ++j) {
            const ArticleBlock &b = blocks->at(j);
            if (b.kind != Kind::Heading)
                continue;
            if (b.level != h.level || j + 1 >= blocks->size() || blocks->at(j + 1).kind == Kind::Heading)
                break;
            parts << j;
        }
        if (parts.size() != n)
            continue;
        for (int j : parts)
            (*blocks)[j].level = qMin(h.level + 1, 6);
        i = parts.constLast();
    }
}

} // namespace Gleaner::HeadingLevels
