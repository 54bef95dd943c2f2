#pragma once

#include "suggest/suggestion.h"
#include "suggest/token.h"

#include <QDate>
#include <QVector>

namespace Gleaner {

// Finds deadlines and dates in tokenized English text and resolves them against
// the published date: "by 2029" → 2029-12-31 (year), "within 18 months",
// "the second half of 2026", "next year", "on Tuesday". Future-looking limits
// become Kind::Deadline; past and plain dates Kind::Date.
class DateRecognizer
{
public:
    DateRecognizer(const QString &text, const QVector<Token> &tokens, const QDate &published);

    // Appends every date expression found, in text order.
    void recognize(QVector<Suggestion> *out) const;

private:
    const QString &m_text;
    const QVector<Token> &m_tokens;
    QDate m_published;
};

} // namespace Gleaner
