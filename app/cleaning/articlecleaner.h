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
};

} // namespace Gleaner
