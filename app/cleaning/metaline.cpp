#include "cleaning/metaline.h"

#include "cleaning/datetext.h"
#include "util/datatable.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace Gleaner::MetaLine {

namespace {

using H = HtmlDocument;

struct Words
{
    QHash<QString, QStringList> byKind; // kind -> words, longest first
    QSet<QString> needColon;            // words that count only before ':'
    QHash<QString, QSet<QString>> sets; // kind -> words
};

const Words &words()
{
    static const Words w = [] {
        Words r;
        for (const QStringList &f : DataTable::rows(QStringLiteral(":/data/meta-words.tsv"))) {
            if (f.size() < 2)
                continue;
            r.byKind[f.at(0)].append(f.at(1));
            r.sets[f.at(0)].insert(f.at(1));
            if (f.value(2) == QLatin1String("colon"))
                r.needColon.insert(f.at(1));
        }
        for (QStringList &list : r.byKind)
            std::stable_sort(list.begin(), list.end(),
                             [](const QString &a, const QString &b) { return a.size() > b.size(); });
        return r;
    }();
    return w;
}

// The lead word of `kind` the line starts with, and where what it leads begins; -1 if none.
int afterLead(const QString &line, const QString &kind)
{
    const QString lower = line.toLower();
    for (const QString &lead : words().byKind.value(kind)) {
        if (!lower.startsWith(lead))
            continue;
        int at = int(lead.size());
        if (at < line.size() && line.at(at).isLetter())
            continue; // "Bye", "Texture"
        while (at < line.size() && line.at(at).isSpace())
            ++at;
        const bool colon = at < line.size() && line.at(at) == QLatin1Char(':');
        if (words().needColon.contains(lead) && !colon)
            continue;
        if (colon)
            ++at;
        while (at < line.size() && line.at(at).isSpace())
            ++at;
        return at;
    }
    return -1;
}

bool isSeparator(const QString &word)
{
    static const QStringList separators = {QStringLiteral("|"), QStringLiteral("·"), QStringLiteral("•"),
                                           QStringLiteral("—"), QStringLiteral("–"), QStringLiteral("-"),
                                           QStringLiteral("/"), QStringLiteral(",")};
    return separators.contains(word);
}

// The name at the start of `text` ("Kenji Watanabe | Apr 2"): its words, and in
// *rest what follows the separator after it. Empty when the text starts with no name.
QString nameAt(const QString &text, QString *rest, bool *separated)
{
    static const QRegularExpression space(QStringLiteral("\\s+"));
    const QStringList parts = text.split(space, Qt::SkipEmptyParts);
    const QSet<QString> &joiners = words().sets.value(QStringLiteral("joiner"));
    const QSet<QString> &weekdays = words().sets.value(QStringLiteral("weekday"));
    QStringList name;
    int k = 0;
    *separated = false;
    for (; k < parts.size() && k < 8; ++k) {
        QString w = parts.at(k);
        if (isSeparator(w)) {
            *separated = true;
            ++k;
            break;
        }
        if (!name.isEmpty() &&
            afterLead(parts.mid(k).join(QLatin1Char(' ')), QStringLiteral("dateline")) >= 0) {
            *separated = true; // "Anna Schmidt Veröffentlicht am 2. Mai 2022"
            break;
        }
        bool comma = false;
        if (w.endsWith(QLatin1Char(',')) || w.endsWith(QLatin1Char('|'))) {
            w.chop(1);
            comma = true;
        }
        const bool capital = !w.isEmpty() && w.at(0).isUpper();
        const bool joiner = joiners.contains(w.toLower()) && !name.isEmpty() && k + 1 < parts.size() &&
                            !parts.at(k + 1).isEmpty() && parts.at(k + 1).at(0).isUpper();
        if (w.isEmpty() || !(capital || joiner) ||
            std::any_of(w.cbegin(), w.cend(), [](QChar c) { return c.isDigit(); }))
            break;
        // "By Tuesday, ...", "By March 2027"; but "By Jan Nowak", "By April Ryan"
        const bool monthThenNumber =
            DateText::monthOf(w) > 0 && (k + 1 >= parts.size() || parts.at(k + 1).at(0).isDigit() || comma);
        if (name.isEmpty() && (monthThenNumber || weekdays.contains(w.toLower())))
            return QString();
        name << w;
        if (comma) {
            *separated = true;
            ++k;
            break;
        }
    }
    if (name.isEmpty())
        return QString();
    *rest = parts.mid(k).join(QLatin1Char(' '));
    QString joined = name.join(QLatin1Char(' '));
    while (joined.endsWith(QLatin1Char('.')) && joined.size() > 2 && !joined.at(joined.size() - 2).isUpper())
        joined.chop(1);
    return joined;
}

// The date of a line that is a dateline and nothing else ("Apr 2, 2026 · 08:30 JST").
QDate datelineDate(QString text)
{
    const int lead = afterLead(text, QStringLiteral("dateline"));
    if (lead >= 0)
        text = text.mid(lead);
    const DateText::Found found = DateText::find(text);
    if (!found.date.isValid())
        return {};
    QString residue = text.left(found.start) + QLatin1Char(' ') + text.mid(found.end);
    static const QRegularExpression clockTime(QStringLiteral("\\d{1,2}[:.h]\\d{2}(?::\\d{2})?"));
    static const QRegularExpression zone(QStringLiteral("\\b[A-Z]{2,5}\\b|(?:GMT|UTC)[+-]\\d{1,2}"));
    residue.remove(clockTime);
    residue.remove(zone);
    const QSet<QString> &weekdays = words().sets.value(QStringLiteral("weekday"));
    const QSet<QString> &clock = words().sets.value(QStringLiteral("clock"));
    static const QRegularExpression nonWord(QStringLiteral("[^\\p{L}]+"),
                                            QRegularExpression::UseUnicodePropertiesOption);
    int letters = 0;
    for (const QString &w : residue.split(nonWord, Qt::SkipEmptyParts)) {
        const QString lower = w.toLower();
        if (!weekdays.contains(lower) && !clock.contains(lower))
            letters += int(w.size());
    }
    return letters <= 3 ? found.date : QDate();
}

} // namespace

Parsed parse(const QString &raw)
{
    Parsed out;
    const QString line = H::collapseWhiteSpace(raw).trimmed();
    if (line.isEmpty() || line.size() > 160)
        return out;
    const int lead = afterLead(line, QStringLiteral("byline"));
    if (lead > 0) {
        QString rest;
        bool separated = false;
        const QString name = nameAt(line.mid(lead), &rest, &separated);
        if (!name.isEmpty()) {
            const QDate date = rest.isEmpty() ? QDate() : datelineDate(rest);
            // After the name: nothing, a date, or a short run of names ("Reuters", "Berlin").
            bool names = separated && rest.size() <= 40;
            for (const QString &w : rest.split(QLatin1Char(' '), Qt::SkipEmptyParts))
                names = names && (w.at(0).isUpper() || isSeparator(w));
            if (rest.isEmpty() || date.isValid() || names) {
                out.isMeta = true;
                out.byline = name;
                out.date = date;
                return out;
            }
        }
    }
    out.date = datelineDate(line);
    out.isMeta = out.date.isValid();
    return out;
}

QStringList linesUnderHeading(xmlNodePtr body)
{
    QStringList lines;
    if (!body)
        return lines;
    xmlNodePtr h1 = H::firstElement(body, "h1");
    xmlNodePtr n = h1 ? H::next(h1, body, false) : body;
    int visited = 0;
    while (n && visited < 600 && lines.size() < 20) {
        ++visited;
        if (!H::isElement(n)) {
            n = H::next(n, body);
            continue;
        }
        const char *tag = H::tag(n);
        if (H::tagIn(tag, {"script", "style", "nav", "aside", "footer", "form", "button", "select",
                           "noscript", "template", "svg", "figure", "img", "iframe"})) {
            n = H::next(n, body, false);
            continue;
        }
        bool hasBlock = false;
        for (xmlNodePtr c = n->children; c && !hasBlock; c = c->next)
            hasBlock =
                H::isElement(c) &&
                H::tagIn(H::tag(c), {"p", "div", "ul", "ol", "li", "table", "section", "article", "header",
                                     "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "figure"});
        if (hasBlock) {
            n = H::next(n, body);
            continue;
        }
        const QString text = H::collapseWhiteSpace(H::text(n)).trimmed();
        if (text.size() > 160 && H::tagIn(tag, {"p", "div", "section", "article"}))
            break; // the article's text has begun
        if (!text.isEmpty() && text.size() <= 160)
            lines << text;
        n = H::next(n, body, false);
    }
    return lines;
}

} // namespace Gleaner::MetaLine
