#include "services/proposals.h"

#include "import/articleimporter.h"
#include "library/librarydocument.h"
#include "services/pillarcandidates.h"
#include "suggest/recognizer.h"

#include <QRegularExpression>

namespace Gleaner {

QString Proposal::decisionKind() const
{
    if (kind != Kind::Note)
        return kindName();
    return suggestion.kind == Suggestion::Kind::Amount ? QStringLiteral("amount")
                                                       : QStringLiteral("deadline");
}

QString Proposal::kindName() const
{
    switch (kind) {
    case Kind::Amount:
        return QStringLiteral("amount");
    case Kind::Deadline:
        return QStringLiteral("deadline");
    case Kind::Pillar:
        return QStringLiteral("pillar");
    case Kind::Note:
        return QStringLiteral("note");
    }
    return {};
}

std::optional<ArticleProposals> Proposals::load(const LibraryStore &store, const Article &article)
{
    ArticleProposals result;
    const std::optional<QVector<Annotation>> annotations = store.annotations(article.id);
    const std::optional<QVector<Pillar>> pillars = annotations ? store.pillars() : std::nullopt;
    const std::optional<QSet<RejectedSpan>> rejected =
        pillars ? store.rejectedSuggestions(article.id) : std::nullopt;
    if (!rejected)
        return std::nullopt;
    result.annotations = *annotations;
    result.pillars = *pillars;
    result.proposals = build(article, result.annotations, result.pillars, *rejected, referenceDate(article));
    return result;
}

std::optional<qint64> Proposals::accept(LibraryDocument *document, const Proposal &proposal, qint64 articleId)
{
    return document->annotate(toAnnotation(proposal, articleId),
                              proposal.kind == Proposal::Kind::Pillar ? proposal.pillarName : QString());
}

QDate Proposals::referenceDate(const Article &article)
{
    return article.published.isValid() ? article.published : article.importedAt.toLocalTime().date();
}

QVector<Proposal> Proposals::build(const Article &article, const QVector<Annotation> &annotations,
                                   const QVector<Pillar> &pillars, const QSet<RejectedSpan> &rejected,
                                   const QDate &referenceDate)
{
    QVector<Proposal> proposals;
    if (article.id <= 0)
        return proposals;
    auto taken = [&annotations](int start, int end) {
        for (const Annotation &a : annotations) {
            if (a.start < end && start < a.end)
                return true;
        }
        return false;
    };
    auto isRejected = [&rejected](const QString &kind, int start, int end) {
        return rejected.contains(RejectedSpan{kind, start, end});
    };
    for (Suggestion s : Recognizer::recognize(article.text, referenceDate)) {
        if (s.kind == Suggestion::Kind::Date)
            continue; // shown as plain dates, not proposed as deadlines
        Proposal p;
        p.kind = s.kind == Suggestion::Kind::Amount ? Proposal::Kind::Amount : Proposal::Kind::Deadline;
        // The precision the library keeps the date with, shown as such.
        if (s.due.isValid())
            s.precision = precisionKeeping(s.due, s.precision);
        p.suggestion = s;
        if (taken(s.start, s.end) || isRejected(p.decisionKind(), s.start, s.end))
            continue;
        proposals << p;
    }
    // Candidate pillars: the article's headings, the first column of its tables,
    // and pillar names of the library found in the text.
    auto proposePillar = [&](int start, int end, const QString &name) {
        if (end <= start || taken(start, end) || isRejected(QStringLiteral("pillar"), start, end))
            return;
        for (const Proposal &p : std::as_const(proposals)) {
            if (p.kind == Proposal::Kind::Pillar && p.suggestion.start == start)
                return;
        }
        Proposal p;
        p.kind = Proposal::Kind::Pillar;
        p.suggestion.start = start;
        p.suggestion.end = end;
        p.suggestion.text = article.text.mid(start, end - start);
        p.pillarName = name;
        proposals << p;
    };
    // Pillars the text announces as members of a set ("three pillars: …"), then the
    // first column of tables (a row's name), then pillars of the library named in the text.
    const QVector<TextSegment> segments = ArticleImporter::segmentsFromJson(article.segmentsJson);
    for (const PillarCandidate &c : PillarCandidates::find(article.text, segments))
        proposePillar(c.start, c.end, c.name);
    int lastRow = -1;
    bool previousWasCell = false;
    for (const TextSegment &s : segments) {
        const bool cell =
            s.role == TextSegment::Role::TableCell || s.role == TextSegment::Role::TableHeaderCell;
        const QString cellText = article.text.mid(s.start, s.end - s.start).simplified();
        // A row's first cell names it; a cell that starts in lower case continues a sentence.
        if (s.role == TextSegment::Role::TableCell && (!previousWasCell || s.level != lastRow) &&
            s.end - s.start <= 60 && !cellText.isEmpty() && !cellText.front().isLower() &&
            !cellText.front().isDigit())
            proposePillar(s.start, s.end, cellText);
        if (cell)
            lastRow = s.level;
        previousWasCell = cell;
    }
    for (const Pillar &pillar : pillars) {
        const QRegularExpression re(QStringLiteral("\\b%1\\b").arg(QRegularExpression::escape(pillar.name)),
                                    QRegularExpression::CaseInsensitiveOption);
        auto it = re.globalMatch(article.text);
        int found = 0;
        while (it.hasNext() && found < 20) {
            const QRegularExpressionMatch m = it.next();
            proposePillar(int(m.capturedStart()), int(m.capturedEnd()), pillar.name);
            ++found;
        }
    }
    std::stable_sort(proposals.begin(), proposals.end(), [](const Proposal &a, const Proposal &b) {
        return a.suggestion.start < b.suggestion.start;
    });
    return proposals;
}

Annotation Proposals::toAnnotation(const Proposal &p, qint64 articleId)
{
    Annotation a;
    a.articleId = articleId;
    a.start = p.suggestion.start;
    a.end = p.suggestion.end;
    a.origin = AnnotationOrigin::Suggestion;
    switch (p.kind) {
    case Proposal::Kind::Amount:
        a.kind = AnnotationKind::Amount;
        a.amount = p.suggestion.amount;
        a.currency = p.suggestion.currency;
        a.unit = p.suggestion.unit;
        a.qualifier = p.suggestion.qualifier;
        if (!p.suggestion.amountMax.isEmpty())
            a.note = tr("Range up to %1").arg(p.suggestion.amountMax);
        break;
    case Proposal::Kind::Deadline:
        a.kind = AnnotationKind::Deadline;
        a.due = p.suggestion.due;
        a.precision = p.suggestion.precision;
        break;
    case Proposal::Kind::Pillar:
        a.kind = AnnotationKind::Pillar;
        break;
    case Proposal::Kind::Note:
        a.kind = AnnotationKind::Note;
        break;
    }
    return a;
}

void Proposals::switchKind(Proposal *p)
{
    if (p->kind == Proposal::Kind::Note) {
        if (!p->pillarName.isEmpty())
            p->kind = Proposal::Kind::Pillar;
        else
            p->kind = p->suggestion.kind == Suggestion::Kind::Amount ? Proposal::Kind::Amount
                                                                     : Proposal::Kind::Deadline;
    } else {
        p->kind = Proposal::Kind::Note;
    }
}

} // namespace Gleaner
