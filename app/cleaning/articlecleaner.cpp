#include "cleaning/articlecleaner.h"

namespace Gleaner {

// Placeholder until the cleaning engine lands: keeps the text as it is.
CleanResult ArticleCleaner::clean(const CleanInput &input)
{
    CleanResult result;
    result.article.text = QString::fromUtf8(input.data);
    result.article.url = input.url;
    return result;
}

} // namespace Gleaner
