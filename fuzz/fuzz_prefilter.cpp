// Differential libFuzzer target for HtmlDocument::withoutUnusedContent: parsing a page
// with script, style, comment, data-attribute and drawing/navigation content left out
// must give the same tree as parsing it whole, apart from what was left out. The
// cleaner only ever parses valid UTF-8 without NUL bytes, so the input is made so first.
#include "treedescription.h"

#include <QString>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

using namespace Gleaner::TreeDescription;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size > 256 * 1024)
        return 0;
    QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    text.remove(QChar(0));
    const QByteArray html = text.toUtf8();
    const QByteArray whole = describeUnfiltered(html);
    const QByteArray filtered = describeFiltered(html);
    if (whole != filtered) {
        std::fprintf(stderr, "whole:    %s\nfiltered: %s\n", whole.constData(), filtered.constData());
        std::abort();
    }
    return 0;
}
