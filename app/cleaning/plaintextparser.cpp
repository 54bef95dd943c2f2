#include "cleaning/plaintextparser.h"

#include "cleaning/headinglevels.h"
#include "cleaning/inlinetext.h"
#include "cleaning/metaline.h"
#include "cleaning/texttable.h"

#include <QRegularExpression>
#include <QSet>

namespace Gleaner {

namespace {

using Group = QStringList;
using Kind = ArticleBlock::Kind;

int wordCount(const QString &s)
{
    return int(s.split(QLatin1Char(' '), Qt::SkipEmptyParts).size());
}

bool endsSentence(const QString &s)
{
    if (s.isEmpty())
        return false;
    QChar last = s.back();
    if (last == QLatin1Char('"') || last == QChar(0x201D) || last == QChar(0x2019) ||
        last == QLatin1Char(')'))
        last = s.size() > 1 ? s.at(s.size() - 2) : last;
    return QStringLiteral(".!?:;,\u3002\uFF01\uFF1F\u2026").contains(last);
}

bool isEastAsian(const QString &s)
{
    int cjk = 0;
    for (const QChar c : s) {
        if (c.unicode() >= 0x3000 && c.unicode() <= 0xD7A3)
            ++cjk;
    }
    return cjk * 3 > s.size();
}

// A short line that reads like a title or a section heading.
bool isHeadingLike(const QString &line)
{
    if (line.size() > 120 || line.isEmpty())
        return false;
    // A Japanese or Chinese headline packs a sentence's worth into one line (about
    // as many characters as an English one has letters, without spaces).
    if (isEastAsian(line))
        return line.size() <= 64 && !endsSentence(line);
    const int words = wordCount(line);
    if (words > 14)
        return false;
    if (line.endsWith(QLatin1Char('?')))
        return words <= 10;
    return !endsSentence(line);
}

bool isLabel(const QString &line)
{
    static const QStringList labels = {
        QStringLiteral("featured"),        QStringLiteral("sponsored"),    QStringLiteral("related"),
        QStringLiteral("recommended"),     QStringLiteral("trending"),     QStringLiteral("popular"),
        QStringLiteral("more from"),       QStringLiteral("more stories"), QStringLiteral("advertisement"),
        QStringLiteral("promoted"),        QStringLiteral("you may also"), QStringLiteral("you might also"),
        QStringLiteral("read more"),       QStringLiteral("read next"),    QStringLiteral("also read"),
        QStringLiteral("latest"),          QStringLiteral("top stories"),  QStringLiteral("most read"),
        QStringLiteral("partner content"), QStringLiteral("tools"),        QStringLiteral("more news")};
    const QString l = line.trimmed().toLower();
    if (l.size() > 40)
        return false;
    for (const QString &label : labels) {
        if (l.startsWith(label))
            return true;
    }
    return false;
}

// A run of short lines such as a list of promoted products or related links.
bool isListing(const Group &g)
{
    if (g.size() >= 3 && isLabel(g.first()))
        return true;
    if (g.size() < 16)
        return false;
    int shortLines = 0;
    for (const QString &l : g) {
        if (l.size() < 160)
            ++shortLines;
    }
    return shortLines * 10 >= g.size() * 9;
}

int overlap(const QString &a, const QString &b)
{
    static const QRegularExpression nonWord(QStringLiteral("\\W+"));
    const QStringList wa = a.toLower().split(nonWord, Qt::SkipEmptyParts);
    const QStringList lb = b.toLower().split(nonWord, Qt::SkipEmptyParts);
    const QSet<QString> wb(lb.begin(), lb.end());
    int common = 0;
    for (const QString &w : wa) {
        if (wb.contains(w))
            ++common;
    }
    return wa.isEmpty() ? 0 : common * 100 / int(wa.size());
}

ArticleBlock block(Kind kind, const QString &text, int level = 0, bool ordered = false)
{
    InlineText t;
    t.appendText(text);
    ArticleBlock b;
    b.kind = kind;
    b.level = level;
    b.ordered = ordered;
    b.text = t.text();
    b.html = t.html();
    return b;
}

void addGroup(const Group &g, bool isLast, QVector<ArticleBlock> *blocks)
{
    static const QRegularExpression bullet(
        QStringLiteral("^(?:[-*\u2022\u00B7\u2013\u25AA\u25CF]|(\\d{1,3})[.)])\\s+"));
    if (g.size() == 1 && !isLast && isHeadingLike(g.first()) && !bullet.match(g.first()).hasMatch()) {
        blocks->append(block(Kind::Heading, g.first(), 2));
        return;
    }
    // Tab-separated lines: a table copied from a page.
    bool tabs = g.size() >= 2;
    for (const QString &l : g)
        tabs = tabs && l.contains(QLatin1Char('\t'));
    if (tabs) {
        ArticleBlock t;
        t.kind = Kind::Table;
        for (const QString &l : g) {
            QVector<ArticleBlock::Cell> row;
            for (const QString &c : l.split(QLatin1Char('\t'))) {
                InlineText it;
                it.appendText(c);
                row.append({it.text(), it.html(), false});
            }
            t.rows << row;
        }
        blocks->append(t);
        return;
    }
    // A table copied as text, its long cells wrapped: a real table when its
    // columns can be found, else one line per row.
    if (const std::optional<QStringList> rows = TextTable::joinedRows(g)) {
        if (const std::optional<QVector<QStringList>> cells = TextTable::cells(*rows)) {
            ArticleBlock t;
            t.kind = Kind::Table;
            for (int r = 0; r < cells->size(); ++r) {
                QVector<ArticleBlock::Cell> row;
                for (const QString &c : cells->at(r)) {
                    InlineText it;
                    it.appendText(c);
                    row.append({it.text(), it.html(), r == 0});
                }
                t.rows << row;
            }
            blocks->append(t);
            return;
        }
        for (const QString &row : *rows)
            blocks->append(block(Kind::Paragraph, QString(row).replace(QLatin1Char('\n'), QLatin1Char(' '))));
        return;
    }
    // Soft-wrapped paragraph: long lines that break in the middle of sentences.
    bool wrapped = g.size() >= 2;
    int total = 0;
    for (int i = 0; i < g.size(); ++i) {
        total += int(g.at(i).size());
        if (i + 1 < g.size() && (g.at(i).size() < 40 || bullet.match(g.at(i + 1)).hasMatch()))
            wrapped = false;
    }
    if (wrapped && total / g.size() >= 50) {
        blocks->append(block(Kind::Paragraph, g.join(QLatin1Char(' '))));
        return;
    }
    for (const QString &l : g) {
        const QRegularExpressionMatch m = bullet.match(l);
        if (m.hasMatch())
            blocks->append(block(Kind::ListItem, l.mid(m.capturedEnd()), 1, m.capturedLength(1) > 0));
        else
            blocks->append(block(Kind::Paragraph, l));
    }
}

} // namespace

QVector<ArticleBlock> PlainTextParser::parse(const QString &input, CleanedArticle *article)
{
    QString text = input;
    text.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    text.replace(QLatin1Char('\r'), QLatin1Char('\n'));
    QVector<Group> groups;
    Group current;
    for (const QString &raw : text.split(QLatin1Char('\n'))) {
        QString line = raw;
        // Trim white space (keeping inner tabs, which separate table cells).
        while (!line.isEmpty() && line.back().isSpace())
            line.chop(1);
        while (!line.isEmpty() && line.front().isSpace())
            line.remove(0, 1);
        if (line.isEmpty()) {
            if (!current.isEmpty())
                groups << current;
            current.clear();
        } else {
            current << line;
        }
    }
    if (!current.isEmpty())
        groups << current;

    int start = 0;
    int end = int(groups.size());
    // Site name and title.
    auto single = [&](int i) {
        return i < end && groups.at(i).size() == 1;
    };
    if (end >= 3 && single(0) && single(1) && groups.at(0).first().size() <= 40 &&
        wordCount(groups.at(0).first()) <= 5 && isHeadingLike(groups.at(1).first()) &&
        groups.at(1).first().size() > groups.at(0).first().size() &&
        !MetaLine::parse(groups.at(1).first()).isMeta) { // "Title" then "By A. Writer | date"
        article->site = groups.at(0).first();
        article->title = groups.at(1).first();
        start = 2;
    } else if (end >= 2 && single(0) && isHeadingLike(groups.at(0).first())) {
        article->title = groups.at(0).first();
        start = 1;
    }
    // Byline and date lines under the title, read as in web pages (MetaLine).
    while (start < end && single(start)) {
        const MetaLine::Parsed meta = MetaLine::parse(groups.at(start).first());
        if (!meta.isMeta)
            break;
        if (article->byline.isEmpty())
            article->byline = meta.byline;
        if (!article->published.isValid())
            article->published = meta.date;
        ++start;
    }
    // Promotion block and teaser at the end.
    for (int i = start + 1; i < end; ++i) {
        if (isListing(groups.at(i))) {
            QString description;
            for (int k = i + 1; k < end; ++k) {
                const QString t = groups.at(k).join(QLatin1Char(' '));
                if (endsSentence(t) || wordCount(t) > 15)
                    description = t;
            }
            if (!description.isEmpty())
                article->description = description;
            end = i;
            break;
        }
    }
    if (article->description.isEmpty() && end - start >= 4 && single(end - 2) && single(end - 1) &&
        isHeadingLike(groups.at(end - 2).first()) && !article->title.isEmpty() &&
        overlap(groups.at(end - 2).first(), article->title) >= 40) {
        article->description = groups.at(end - 1).first();
        end -= 2;
    }

    QVector<ArticleBlock> blocks;
    for (int i = start; i < end; ++i)
        addGroup(groups.at(i), i == end - 1, &blocks);
    HeadingLevels::nestAnnounced(&blocks);
    return blocks;
}

} // namespace Gleaner
