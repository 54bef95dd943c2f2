#pragma once

#include "cleaning/cleanedarticle.h"

namespace Gleaner {

struct CleanResult
{
    CleanedArticle article;
    QString error; // empty on success; otherwise says what is wrong and what to do
    bool ok() const { return error.isEmpty(); }
};

// Turns a web page, an HTML fragment or plain text copied from a browser into a
// clean article. Pure function of its input; safe to call from any thread.
class ArticleCleaner
{
public:
    static CleanResult clean(const CleanInput &input);

    // Whether bytes look like HTML (a page or a fragment) rather than plain text.
    static bool looksLikeHtml(const QString &text);

    // The `gleaner clean --format json` form: {"title","byline","published","site",
    // "description","language","url","text","html"}, published as YYYY-MM-DD or null.
    static QByteArray toJson(const CleanedArticle &article);

    // Inputs larger than this are refused with an error (news pages are well under
    // 5 MB; a 50 MB page would take several seconds to clean).
    static constexpr qsizetype MaxInputSize = 16 * 1024 * 1024;
};

} // namespace Gleaner
