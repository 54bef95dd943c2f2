// libFuzzer target for the cleaning engine: the HTML path, the plain-text path and
// the automatic choice between them, on the same bytes. The first byte picks the
// format and a caller charset so that the charset code is exercised too.
#include "cleaning/articlecleaner.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>

using namespace Gleaner;

static void checkInvariants(const CleanedArticle &a)
{
    int last = 0;
    for (const TextSegment &s : a.segments) {
        if (s.start < last || s.end < s.start || s.end > a.text.size())
            std::abort();
        last = s.end;
    }
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1 || size > 1024 * 1024)
        return 0;
    const uint8_t selector = data[0];
    CleanInput input;
    input.data = QByteArray(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    static const CleanInput::Format formats[] = {CleanInput::Format::Auto, CleanInput::Format::Html,
                                                 CleanInput::Format::Text};
    input.format = formats[selector % 3];
    static const char *const charsets[] = {"",          "",       "utf-8",   "windows-1252",
                                           "shift_jis", "euc-jp", "gb18030", "euc-kr"};
    input.charset = QString::fromLatin1(charsets[(selector / 3) % 8]);
    input.url = QUrl(QStringLiteral("https://example.org/news/article"));
    const CleanResult result = ArticleCleaner::clean(input);
    checkInvariants(result.article);
    return 0;
}
