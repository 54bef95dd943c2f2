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

// Suggestions with strings of their own: a recognizer may have built a field from a
// token's lower-case text, which points into the Tokenizer's buffer and must not
// outlive it.
QVector<Suggestion> owned(QVector<Suggestion> found)
{
    for (Suggestion &s : found) {
        for (QString *field : {&s.text, &s.amount, &s.amountMax, &s.currency, &s.unit, &s.qualifier}) {
            // Only a string without a header of its own (raw data) can point into the buffer.
            if (!field->isEmpty() && !field->data_ptr().d_ptr())
                *field = QString(field->constData(), field->size());
        }
    }
    return found;
}

} // namespace

QVector<Suggestion> Recognizer::recognize(const QString &text, const QDate &published)
{
    const Tokenizer tokenizer(text);
    const QVector<Token> &tokens = tokenizer.tokens();
    QVector<Suggestion> found;
    AmountRecognizer(text, tokens).recognize(&found);
    DateRecognizer(text, tokens, published).recognize(&found);
    if (JapaneseRecognizer::hasJapanese(text))
        JapaneseRecognizer(text, published).recognize(&found);
    return owned(withoutOverlaps(found));
}

Suggestion Recognizer::parseAmount(const QString &selection, bool *ok)
{
    const Tokenizer tokenizer(selection);
    const QVector<Token> &tokens = tokenizer.tokens();
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
    return best(selection, owned(found), ok);
}

Suggestion Recognizer::parseDeadline(const QString &selection, const QDate &published, bool *ok)
{
    const Tokenizer tokenizer(selection);
    const QVector<Token> &tokens = tokenizer.tokens();
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
    return best(selection, owned(found), ok);
}

} // namespace Gleaner
