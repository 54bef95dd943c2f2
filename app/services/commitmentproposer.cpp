#include "services/commitmentproposer.h"

#include "import/articleimporter.h"
#include "services/pillarcandidates.h"
#include "services/proposals.h"
#include "suggest/recognizer.h"

#include <QFile>
#include <QHash>
#include <QRegularExpression>
#include <QSet>

namespace Gleaner {

namespace {
struct Cues
{
    QSet<QString> verbs, notActors, to, subjects, abbreviations;
    QStringList aux, periods; // phrases, longest first
    QHash<QString, QChar> units;
    QHash<QString, int> numbers;
};

const Cues &cues()
{
    static const Cues c = []() {
        Cues r;
        QFile file(QStringLiteral(":/data/commitment-cues.txt"));
        if (!file.open(QIODevice::ReadOnly))
            qFatal("The commitment cues :/data/commitment-cues.txt are missing from the build.");
        while (!file.atEnd()) {
            const QString line = QString::fromUtf8(file.readLine()).trimmed();
            if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
                continue;
            const QStringList f = line.split(QLatin1Char('\t'));
            const QString kind = f.value(0), word = f.value(1);
            if (kind == QLatin1String("verb"))
                r.verbs << word;
            else if (kind == QLatin1String("aux"))
                r.aux << word;
            else if (kind == QLatin1String("not-actor"))
                r.notActors << word;
            else if (kind == QLatin1String("to"))
                r.to << word;
            else if (kind == QLatin1String("subject"))
                r.subjects << word;
            else if (kind == QLatin1String("period"))
                r.periods << word;
            else if (kind == QLatin1String("unit"))
                r.units.insert(word, f.value(2).at(0));
            else if (kind == QLatin1String("number"))
                r.numbers.insert(word, f.value(2).toInt());
            else if (kind == QLatin1String("abbrev"))
                r.abbreviations << word;
        }
        const auto longestFirst = [](const QString &a, const QString &b) {
            return a.size() > b.size();
        };
        std::sort(r.aux.begin(), r.aux.end(), longestFirst);
        std::sort(r.periods.begin(), r.periods.end(), longestFirst);
        return r;
    }();
    return c;
}

struct Word
{
    int start, end;
    QString text;
    bool capitalized() const { return !text.isEmpty() && text.front().isUpper(); }
    QString lower() const { return text.toLower(); }
};

// The words of text[start, end): runs of letters, digits, apostrophes and
// hyphens; `joined` says whether only spaces stand between a word and the next.
QVector<Word> words(const QString &text, int start, int end, QVector<bool> *joined)
{
    static const QRegularExpression re(QStringLiteral("[\\p{L}\\p{N}][\\p{L}\\p{N}'’&.-]*"));
    QVector<Word> result;
    auto it = re.globalMatch(QStringView(text).mid(start, end - start));
    while (it.hasNext()) {
        const auto m = it.next();
        QString w = m.captured();
        while (w.endsWith(QLatin1Char('.')) || w.endsWith(QLatin1Char('-')))
            w.chop(1);
        const int s = start + int(m.capturedStart());
        if (joined && !result.isEmpty())
            joined->append(
                QStringView(text).mid(result.last().end, s - result.last().end).trimmed().isEmpty());
        result << Word{s, s + int(w.size()), w};
    }
    if (joined && !result.isEmpty())
        joined->append(false);
    return result;
}

QString withoutPossessive(QString name, bool *was = nullptr)
{
    for (const QString &suffix :
         {QStringLiteral("’s"), QStringLiteral("'s"), QStringLiteral("’"), QStringLiteral("'")}) {
        if (name.endsWith(suffix)) {
            name.chop(suffix.size());
            if (was)
                *was = true;
            return name;
        }
    }
    if (was)
        *was = false;
    return name;
}

// The run of capitalized words that ends at words[last], joined by spaces only.
QString nameEndingAt(const QVector<Word> &ws, const QVector<bool> &joined, int last)
{
    int first = last;
    while (first > 0 && joined.at(first - 1) && ws.at(first - 1).capitalized())
        --first;
    while (first <= last && cues().notActors.contains(ws.at(first).lower()))
        ++first;
    QStringList parts;
    for (int i = first; i <= last; ++i)
        parts << ws.at(i).text;
    return withoutPossessive(parts.join(QLatin1Char(' ')));
}

// The run of capitalized words starting at words[first], up to a possessive.
QString nameStartingAt(const QVector<Word> &ws, const QVector<bool> &joined, int first)
{
    QStringList parts;
    for (int i = first; i < ws.size() && ws.at(i).capitalized(); ++i) {
        bool possessive = false;
        parts << withoutPossessive(ws.at(i).text, &possessive);
        if (possessive || !joined.at(i))
            break;
    }
    if (!parts.isEmpty() && cues().notActors.contains(parts.first().toLower()))
        return {};
    return parts.join(QLatin1Char(' '));
}

// Who commits, in text[start, end) before `before`: the subject of a commitment
// verb, else the owner in "Microsoft’s $10 billion".
QString actorIn(const QString &text, int start, int end, int before)
{
    QVector<bool> joined;
    const QVector<Word> ws = words(text, start, end, &joined);
    for (int i = 0; i < ws.size() && ws.at(i).start < before; ++i) {
        if (!cues().verbs.contains(ws.at(i).lower()))
            continue;
        int subject = i - 1;
        while (subject >= 0 && cues().aux.contains(ws.at(subject).lower()))
            --subject;
        if (subject >= 0 && subject < i - 1 && !joined.at(subject))
            continue;
        if (subject >= 0 && ws.at(subject).capitalized() && (subject == i - 1 ? joined.at(subject) : true)) {
            const QString name = nameEndingAt(ws, joined, subject);
            if (!name.isEmpty())
                return name;
        }
    }
    for (int i = int(ws.size()) - 1; i >= 0; --i) {
        if (ws.at(i).end > before)
            continue;
        bool possessive = false;
        withoutPossessive(ws.at(i).text, &possessive);
        if (possessive && ws.at(i).capitalized() && before - ws.at(i).end <= 2)
            return nameEndingAt(ws, joined, i);
        break;
    }
    // Japanese: the name before the subject particle (「同社は」 names no one).
    for (const QString &particle : cues().subjects) {
        const int at = text.indexOf(particle, start);
        if (at > start && at < before) {
            int s = at;
            while (s > start &&
                   (text.at(s - 1).isLetter() && text.at(s - 1).script() == QChar::Script_Katakana))
                --s;
            if (s < at)
                return text.mid(s, at - s);
        }
    }
    return {};
}

// To whom or where: the name after "in", "to" or "for" within a few words after `after`.
QString beneficiaryIn(const QString &text, int after, int end)
{
    QVector<bool> joined;
    const QVector<Word> ws = words(text, after, end, &joined);
    for (int i = 0; i + 1 < ws.size() && i < 4; ++i) {
        if (cues().to.contains(ws.at(i).lower()) && ws.at(i + 1).capitalized()) {
            const QString name = nameStartingAt(ws, joined, i + 1);
            if (!name.isEmpty())
                return name;
        }
    }
    return {};
}

// The ISO 8601 duration a deadline phrase spans ("over the next four years": P4Y).
QString periodOf(const QString &phrase)
{
    const QString lower = phrase.toLower();
    const bool isPeriod = std::any_of(cues().periods.cbegin(), cues().periods.cend(),
                                      [&](const QString &p) { return lower.startsWith(p); });
    if (!isPeriod)
        return {};
    static const QRegularExpression re(QStringLiteral("(\\d+|\\p{L}+?)[\\s-]*(\\p{L}+)$"));
    const QRegularExpressionMatch m = re.match(lower);
    if (!m.hasMatch())
        return {};
    bool digits = false;
    int n = m.captured(1).toInt(&digits);
    if (!digits)
        n = cues().numbers.value(m.captured(1));
    const QChar unit = cues().units.value(m.captured(2));
    if (n <= 0 || unit.isNull())
        return {};
    return QStringLiteral("P%1%2").arg(n).arg(unit);
}

Annotation annotationFor(const Suggestion &s, qint64 articleId)
{
    Proposal p;
    p.kind = s.kind == Suggestion::Kind::Amount ? Proposal::Kind::Amount : Proposal::Kind::Deadline;
    p.suggestion = s;
    return Proposals::toAnnotation(p, articleId);
}

// The heading a position stands under (empty before the first one).
QString headingBefore(const QString &text, const QVector<TextSegment> &segments, int position)
{
    QString heading;
    for (const TextSegment &s : segments) {
        if (s.start >= position)
            break;
        if (s.role == TextSegment::Role::Heading)
            heading = text.mid(s.start, s.end - s.start).simplified();
    }
    return heading;
}
} // namespace

QVector<QPair<int, int>> CommitmentProposer::sentences(const QString &text, int start, int end)
{
    QVector<QPair<int, int>> result;
    int from = start;
    for (int i = start; i < end; ++i) {
        const QChar c = text.at(i);
        const bool cjkStop = c == QChar(0x3002) || c == QChar(0xFF01) || c == QChar(0xFF1F);
        if (!cjkStop && c != QLatin1Char('.') && c != QLatin1Char('!') && c != QLatin1Char('?'))
            continue;
        if (!cjkStop) {
            if (i + 1 < end && !text.at(i + 1).isSpace())
                continue; // "3.5", "U.S.-based"
            int w = i;
            while (w > from && (text.at(w - 1).isLetter() || text.at(w - 1) == QLatin1Char('.')))
                --w;
            if (cues().abbreviations.contains(text.mid(w, i - w).toLower()))
                continue;
            int next = i + 1;
            while (next < end && text.at(next).isSpace())
                ++next;
            if (next < end && text.at(next).isLower())
                continue;
        }
        result << qMakePair(from, i + 1);
        from = i + 1;
        while (from < end && text.at(from).isSpace())
            ++from;
    }
    if (from < end && !QStringView(text).mid(from, end - from).trimmed().isEmpty())
        result << qMakePair(from, end);
    return result;
}

QVector<CommitmentProposal> CommitmentProposer::propose(const Article &article,
                                                        const QVector<Pillar> &libraryPillars,
                                                        const QVector<Annotation> &annotations)
{
    QVector<CommitmentProposal> result;
    const QString &text = article.text;
    const QDate reference = Proposals::referenceDate(article);
    const QVector<Suggestion> found = Recognizer::recognize(text, reference);
    const QVector<TextSegment> segments = ArticleImporter::segmentsFromJson(article.segmentsJson);
    const QVector<PillarCandidate> candidates = PillarCandidates::find(text, segments);
    // A text that names its pillars in one line ("Three pillars: Compute,
    // Security and Skills") and then gives each a section names them the same
    // way twice, in the same order: the sections' headings map to the short
    // names. Without such a line, each candidate is a pillar of its own name.
    auto segmentOf = [&](int offset) {
        for (int i = 0; i < segments.size(); ++i)
            if (segments.at(i).start <= offset && offset < segments.at(i).end)
                return i;
        return -1;
    };
    // A heading the user tagged as a pillar is that pillar, whatever its words.
    QHash<QString, QString> tagged; // heading (lower case) -> pillar name
    for (const Annotation &a : annotations) {
        const int s = segmentOf(a.start);
        if (a.kind == AnnotationKind::Pillar && !a.pillarName.isEmpty() && s >= 0 &&
            segments.at(s).role == TextSegment::Role::Heading)
            tagged.insert(text.mid(segments.at(s).start, segments.at(s).end - segments.at(s).start)
                              .simplified()
                              .toLower(),
                          a.pillarName);
    }
    auto nameOf = [&](const QString &heading, const QString &otherwise) {
        return tagged.value(heading.simplified().toLower(), otherwise);
    };
    QStringList pillarNames;
    QHash<QString, QString> shortName; // heading (lower case) -> the name it details
    for (int i = 0; i < candidates.size();) {
        int j = i;
        while (j < candidates.size() &&
               segmentOf(candidates.at(j).start) == segmentOf(candidates.at(i).start))
            ++j;
        const int listed = j - i;
        if (listed >= 2 && j + listed <= candidates.size()) {
            for (int k = 0; k < listed; ++k) {
                const QString name = nameOf(candidates.at(j + k).name, candidates.at(i + k).name);
                pillarNames << name;
                shortName.insert(candidates.at(j + k).name.toLower(), name);
            }
            i = j + listed;
            continue;
        }
        for (int k = i; k < j; ++k) {
            const QString name = nameOf(candidates.at(k).name, candidates.at(k).name);
            if (!pillarNames.contains(name, Qt::CaseInsensitive))
                pillarNames << name;
            shortName.insert(candidates.at(k).name.toLower(), name);
        }
        i = j;
    }
    // The pillars a sentence stands under: those its section heading names (in
    // any case), and the library's pillars the sentence itself names as a name.
    auto pillarsFor = [&](const QString &heading, const QString &sentence) {
        QStringList names;
        auto add = [&](const QString &name) {
            if (!names.contains(name, Qt::CaseInsensitive))
                names << name;
        };
        for (const Pillar &p : libraryPillars)
            if (heading.contains(p.name, Qt::CaseInsensitive) || sentence.contains(p.name, Qt::CaseSensitive))
                add(p.name);
        if (const auto it = shortName.constFind(heading.toLower()); it != shortName.constEnd())
            add(*it);
        else if (tagged.contains(heading.toLower()))
            add(tagged.value(heading.toLower()));
        return names;
    };
    // The title's actor, beneficiary and amounts: what a sentence that names none means.
    const QString title = article.title;
    QString titleActor, titleBeneficiary;
    QVector<Suggestion> titleAmounts;
    for (const Suggestion &s : Recognizer::recognize(title, reference)) {
        if (s.kind != Suggestion::Kind::Amount)
            continue;
        titleAmounts << s;
        if (titleActor.isEmpty())
            titleActor = actorIn(title, 0, int(title.size()), s.start);
        if (titleBeneficiary.isEmpty())
            titleBeneficiary = beneficiaryIn(title, s.end, int(title.size()));
    }
    if (titleActor.isEmpty())
        titleActor = actorIn(title, 0, int(title.size()), int(title.size()));

    for (const TextSegment &segment : segments) {
        if (segment.role == TextSegment::Role::Heading)
            continue;
        for (const auto &[start, end] : sentences(text, segment.start, segment.end)) {
            QVector<Suggestion> amounts, deadlines;
            for (const Suggestion &s : found) {
                if (s.start < start || s.end > end)
                    continue;
                if (s.kind == Suggestion::Kind::Amount)
                    amounts << s;
                else if (s.kind == Suggestion::Kind::Deadline)
                    deadlines << s;
            }
            if (amounts.isEmpty() || deadlines.isEmpty())
                continue;
            CommitmentProposal p;
            Commitment &c = p.commitment;
            c.actor = actorIn(text, start, end, amounts.first().start);
            if (c.actor.isEmpty())
                c.actor = titleActor;
            c.beneficiary = beneficiaryIn(text, amounts.first().end, end);
            if (c.beneficiary.isEmpty() && c.actor == titleActor)
                c.beneficiary = titleBeneficiary;
            for (const Suggestion &a : std::as_const(amounts)) {
                c.amounts << CommitmentAmount{a.amount, a.currency, a.unit, a.qualifier};
                p.evidence << annotationFor(a, article.id);
            }
            const Suggestion &d = deadlines.first();
            c.due = d.due;
            c.precision = precisionKeeping(d.due, d.precision);
            c.period = periodOf(d.text);
            p.evidence << annotationFor(d, article.id);
            c.sources << CommitmentSource{0,  article.id, start, end, text.mid(start, end - start),
                                          {}, {},         {}};
            // The headline commitment (its amount is in the title) is the whole
            // plan: every pillar the article announces. Others: their section's.
            const bool headline =
                std::any_of(titleAmounts.cbegin(), titleAmounts.cend(), [&](const Suggestion &t) {
                    return std::any_of(amounts.cbegin(), amounts.cend(), [&](const Suggestion &a) {
                        return a.amount == t.amount && a.currency == t.currency && a.unit == t.unit;
                    });
                });
            p.pillarNames =
                headline ? pillarNames
                         : pillarsFor(headingBefore(text, segments, start), text.mid(start, end - start));
            // The same promise said again in this article is another source of it.
            auto same = std::find_if(result.begin(), result.end(), [&](const CommitmentProposal &o) {
                return o.commitment.actor.compare(c.actor, Qt::CaseInsensitive) == 0 &&
                       std::any_of(c.amounts.cbegin(), c.amounts.cend(), [&](const CommitmentAmount &a) {
                           return o.commitment.amounts.contains(a);
                       });
            });
            if (same == result.end()) {
                result << p;
                continue;
            }
            same->commitment.sources << c.sources;
            for (const Annotation &e : std::as_const(p.evidence))
                same->evidence << e;
            for (const QString &n : std::as_const(p.pillarNames))
                if (!same->pillarNames.contains(n, Qt::CaseInsensitive))
                    same->pillarNames << n;
        }
    }
    return result;
}

} // namespace Gleaner
