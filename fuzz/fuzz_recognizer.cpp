// libFuzzer target over the recognizers (issue 6): arbitrary bytes as UTF-8 text,
// recognized against a fixed published date. Checks that every suggestion lies
// inside the text, slices to its own text, and that serializing it works.
#include "suggest/recognizer.h"
#include "suggest/suggestionjson.h"

#include <QJsonObject>

#include <cstdint>
#include <cstdlib>

using namespace Gleaner;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    static const QDate published(2026, 4, 2);
    const QVector<Suggestion> found = Recognizer::recognize(text, published);
    int previousEnd = 0;
    for (const Suggestion &s : found) {
        if (s.start < 0 || s.start >= s.end || s.end > text.size())
            std::abort();
        if (text.mid(s.start, s.end - s.start) != s.text)
            std::abort();
        if (s.start < previousEnd) // sorted, no overlaps
            std::abort();
        previousEnd = s.end;
        if (s.kind == Suggestion::Kind::Amount) {
            if (s.amount.isEmpty())
                std::abort();
        } else if (!s.due.isValid()) {
            std::abort();
        }
        if (SuggestionJson::toJson(s).isEmpty())
            std::abort();
    }
    // The selection parsers must cope with the same input.
    bool ok = false;
    Recognizer::parseAmount(text, &ok);
    Recognizer::parseDeadline(text, published, &ok);
    return 0;
}
