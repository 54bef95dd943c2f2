#include "services/pillarcandidates.h"

#include <QFile>
#include <QHash>
#include <QRegularExpression>

namespace Gleaner {

namespace {
struct Cues
{
    QStringList nouns;          // longest first, so "focus areas" wins over "areas"
    QHash<QString, int> counts; // "three" -> 3
};

const Cues &cues()
{
    static const Cues c = []() {
        Cues result;
        QFile file(QStringLiteral(":/data/set-cues.txt"));
        if (!file.open(QIODevice::ReadOnly))
            qFatal("The set cues :/data/set-cues.txt are missing from the build.");
        while (!file.atEnd()) {
            const QString line = QString::fromUtf8(file.readLine()).trimmed();
            if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
                continue;
            const QStringList fields = line.split(QLatin1Char('\t'));
            if (fields.value(0) == QLatin1String("noun"))
                result.nouns << fields.value(1);
            else if (fields.value(0) == QLatin1String("count"))
                result.counts.insert(fields.value(1), fields.value(2).toInt());
        }
        std::sort(result.nouns.begin(), result.nouns.end(),
                  [](const QString &a, const QString &b) { return a.size() > b.size(); });
        return result;
    }();
    return c;
}

bool isCjk(QChar c)
{
    const ushort u = c.unicode();
    return (u >= 0x3040 && u <= 0x30ff) || (u >= 0x4e00 && u <= 0x9fff) || (u >= 0xff00 && u <= 0xffef);
}

// What a block says about a set: the members it counts (0 when it names a set
// without a number), and where a list of members after a colon sits.
struct Announcement
{
    bool found = false;
    int count = 0;
    QVector<QPair<int, int>> listItems; // offsets within the block
};

Announcement announce(const QString &block)
{
    Announcement a;
    const QString lower = block.toLower();
    for (const QString &noun : cues().nouns) {
        for (qsizetype at = lower.indexOf(noun); at >= 0; at = lower.indexOf(noun, at + 1)) {
            const qsizetype after = at + noun.size();
            const bool cjk = isCjk(noun.front());
            // Latin nouns stand as words ("areas", not "areaspace" or "subareas").
            if (!cjk && ((at > 0 && lower.at(at - 1).isLetter()) ||
                         (after < lower.size() && lower.at(after).isLetter())))
                continue;
            a.found = true;
            // A count just before: "three interconnected pillars", "三つの柱".
            const QString before = lower.left(at).trimmed();
            const QStringList words =
                before.split(QRegularExpression(QStringLiteral("[\\s\\-]+")), Qt::SkipEmptyParts);
            for (int back = 1; back <= 3 && back <= words.size() && a.count == 0; ++back)
                a.count = cues().counts.value(words.at(words.size() - back));
            for (auto it = cues().counts.cbegin(); cjk && a.count == 0 && it != cues().counts.cend(); ++it) {
                if (before.endsWith(it.key() + QStringLiteral("の")) || before.endsWith(it.key()))
                    a.count = it.value();
            }
            // A list after a colon: "Pillars of the Investment: Infrastructure, Security, and Talent".
            const qsizetype colon =
                qMax(block.indexOf(QLatin1Char(':'), after), block.indexOf(QChar(0xff1a), after));
            if (colon > 0 && a.listItems.isEmpty()) {
                static const QRegularExpression separator(
                    QStringLiteral("\\s*(?:,\\s*(?:and|or)\\s+|,|;|、|\\s+and\\s+|\\s+or\\s+|と)\\s*"));
                // The list ends with its sentence.
                QString rest = block.mid(colon + 1);
                static const QRegularExpression sentenceEnd(QStringLiteral("[.!?。](?:\\s|$)"));
                const QRegularExpressionMatch end = sentenceEnd.match(rest);
                if (end.hasMatch())
                    rest.truncate(end.capturedStart());
                qsizetype pos = 0;
                QVector<QPair<int, int>> items;
                bool plausible = true;
                auto addItem = [&](qsizetype from, qsizetype to) {
                    qsizetype s = from;
                    qsizetype e = to;
                    while (s < e && rest.at(s).isSpace())
                        ++s;
                    while (e > s && (rest.at(e - 1).isSpace() || rest.at(e - 1) == QLatin1Char('.')))
                        --e;
                    const QString text = rest.mid(s, e - s);
                    if (text.isEmpty() || text.split(QLatin1Char(' ')).size() > 5 || text.front().isLower())
                        plausible = false;
                    items.push_back({int(colon + 1 + s), int(colon + 1 + e)});
                };
                auto it = separator.globalMatch(rest);
                while (it.hasNext()) {
                    const QRegularExpressionMatch m = it.next();
                    addItem(pos, m.capturedStart());
                    pos = m.capturedEnd();
                }
                addItem(pos, rest.size());
                if (plausible && items.size() >= 2) {
                    a.listItems = items;
                    if (a.count == 0)
                        a.count = int(items.size());
                }
            }
            if (a.count > 0)
                return a;
        }
    }
    return a;
}

// Where `name` sits in the block that starts at `blockStart` (the whole block when
// white space was tidied away).
PillarCandidate candidate(const QString &block, int blockStart, const QString &name)
{
    const qsizetype at = block.indexOf(name);
    if (at < 0)
        return {blockStart, blockStart + int(block.size()), name};
    return {blockStart + int(at), blockStart + int(at + name.size()), name};
}

// A short name for a member: a heading, or a list item up to its first colon or dash
// ("Infrastructure: new data centres in …" is named "Infrastructure").
QString memberName(const QString &text, bool listItem)
{
    QString name = text.simplified();
    if (!listItem) {
        while (name.endsWith(QLatin1Char('.')) || name.endsWith(QLatin1Char(':')))
            name.chop(1);
        return name;
    }
    static const QRegularExpression lead(QStringLiteral("^(.{2,60}?)\\s*(?::|：|\\s[–—-]\\s)"));
    const QRegularExpressionMatch m = lead.match(name);
    if (m.hasMatch())
        name = m.captured(1);
    while (name.endsWith(QLatin1Char('.')) || name.endsWith(QLatin1Char(':')))
        name.chop(1);
    return name;
}

bool shortEnough(const QString &name)
{
    return !name.isEmpty() && name.size() <= 80 && name.split(QLatin1Char(' ')).size() <= 9;
}
} // namespace

namespace PillarCandidates {

QVector<PillarCandidate> find(const QString &text, const QVector<TextSegment> &segments)
{
    QVector<PillarCandidate> found;
    struct Pending
    {
        bool active = false;
        int remaining = 0;      // members still expected; 0: as many as follow
        int announcerLevel = 0; // the announcing heading's level; 0 for a paragraph
        int memberLevel = -1;   // the level of the first member heading, once seen
        bool fromParagraph = false;
    } pending;
    for (const TextSegment &s : segments) {
        const QString block = text.mid(s.start, s.end - s.start);
        if (s.role == TextSegment::Role::Heading && pending.active) {
            // Members are the headings deeper than the announcing one, or in flat text as
            // many headings as the announcement counts, all at one level.
            const bool deeper = pending.announcerLevel > 0 && s.level > pending.announcerLevel;
            const bool sameLevel = pending.memberLevel < 0 || s.level == pending.memberLevel;
            if (sameLevel && (deeper || pending.remaining > 0)) {
                pending.memberLevel = s.level;
                const QString name = memberName(block, false);
                if (shortEnough(name))
                    found.push_back(candidate(block, s.start, name));
                if (pending.remaining > 0 && --pending.remaining == 0)
                    pending.active = false;
                continue;
            }
            if (pending.memberLevel > 0 && s.level > pending.memberLevel)
                continue; // a sub-heading inside a member's section
            pending.active = false;
        }
        if (s.role == TextSegment::Role::ListItem && pending.active && pending.fromParagraph) {
            const QString name = memberName(block, true);
            if (shortEnough(name))
                found.push_back(candidate(block, s.start, name));
            if (pending.remaining > 0 && --pending.remaining == 0)
                pending.active = false;
            continue;
        }
        if (s.role != TextSegment::Role::Heading && s.role != TextSegment::Role::Paragraph)
            continue;
        const Announcement a = announce(block);
        if (!a.found)
            continue;
        for (const auto &item : a.listItems)
            found.push_back({s.start + item.first, s.start + item.second,
                             block.mid(item.first, item.second - item.first)});
        // A heading that names a set without counting it announces its deeper headings;
        // a paragraph announces only what it counts (or the list that follows it).
        const bool heading = s.role == TextSegment::Role::Heading;
        if (a.count > 0 || heading || block.trimmed().endsWith(QLatin1Char(':'))) {
            pending.active = true;
            pending.remaining = a.count;
            pending.announcerLevel = heading ? s.level : 0;
            pending.memberLevel = -1;
            pending.fromParagraph = !heading;
        }
    }
    return found;
}

} // namespace PillarCandidates
} // namespace Gleaner
