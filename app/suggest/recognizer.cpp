#include "suggest/recognizer.h"

#include "suggest/amountrecognizer.h"
#include "suggest/daterecognizer.h"
#include "suggest/japaneserecognizer.h"
#include "suggest/tokenizer.h"

#include <algorithm>

namespace Gleaner {

namespace {

// Keeps the longer of two overlapping suggestions; the input is sorted by start.
QVector<Suggestion> withoutOverlaps(QVector<Suggestion> found)
{
    std::stable_sort(found.begin(), found.end(), [](const Suggestion &a, const Suggestion &b) {
        if (a.start != b.start)
            return a.start < b.start;
        return (a.end - a.start) > (b.end - b.start);
    });
    QVector<Suggestion> out;
    out.reserve(found.size());
    for (const Suggestion &s : found) {
        if (!out.isEmpty() && s.start < out.constLast().end) {
            if (s.end - s.start > out.constLast().end - out.constLast().start)
                out.last() = s;
            continue;
        }
        out.append(s);
    }
    return out;
}

int trimmedLength(const QString &s)
{
    int n = 0;
    for (QChar c : s) {
        if (!c.isSpace())
            ++n;
    }
    return n;
}

// The suggestion covering most of the selection, if it covers at least half of it.
Suggestion best(const QString &selection, const QVector<Suggestion> &found, bool *ok)
{
    *ok = false;
    const Suggestion *pick = nullptr;
    for (const Suggestion &s : found) {
        if (!pick || s.end - s.start > pick->end - pick->start)
            pick = &s;
    }
    if (!pick)
        return {};
    const int total = trimmedLength(selection);
    // A qualifier ("more than") belongs to the amount even though it is outside the span.
    if (total == 0 || (trimmedLength(pick->text) + trimmedLength(pick->qualifier)) * 2 < total)
        return {};
    *ok = true;
    return *pick;
}

} // namespace

QVector<Suggestion> Recognizer::recognize(const QString &text, const QDate &published)
{
    const QVector<Token> tokens = Tokenizer::tokenize(text);
    QVector<Suggestion> found;
    AmountRecognizer(text, tokens).recognize(&found);
    DateRecognizer(text, tokens, published).recognize(&found);
    if (JapaneseRecognizer::hasJapanese(text))
        JapaneseRecognizer(text, published).recognize(&found);
    return withoutOverlaps(found);
}

Suggestion Recognizer::parseAmount(const QString &selection, bool *ok)
{
    const QVector<Token> tokens = Tokenizer::tokenize(selection);
    QVector<Suggestion> found;
    AmountRecognizer(selection, tokens).recognize(&found);
    if (JapaneseRecognizer::hasJapanese(selection)) {
        QVector<Suggestion> japanese;
        JapaneseRecognizer(selection, QDate()).recognize(&japanese);
        for (const Suggestion &s : std::as_const(japanese)) {
            if (s.kind == Suggestion::Kind::Amount)
                found.append(s);
        }
    }
    return best(selection, found, ok);
}

Suggestion Recognizer::parseDeadline(const QString &selection, const QDate &published, bool *ok)
{
    const QVector<Token> tokens = Tokenizer::tokenize(selection);
    QVector<Suggestion> found;
    DateRecognizer(selection, tokens, published).recognize(&found);
    if (JapaneseRecognizer::hasJapanese(selection)) {
        QVector<Suggestion> japanese;
        JapaneseRecognizer(selection, published).recognize(&japanese);
        for (const Suggestion &s : std::as_const(japanese)) {
            if (s.kind != Suggestion::Kind::Amount)
                found.append(s);
        }
    }
    return best(selection, found, ok);
}

} // namespace Gleaner
