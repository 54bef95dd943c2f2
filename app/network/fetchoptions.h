#pragma once

#include <QByteArray>
#include <QtGlobal>

namespace Gleaner {

// Limits for one fetch. The defaults are those of the settings and of `gleaner import`.
struct FetchOptions
{
    // Transfer timeout. A fetch is abandoned when no byte has arrived for timeoutMs
    // (connecting, waiting for the answer or in the middle of the body), and in any
    // case when the whole fetch, redirects included, takes longer than 4 × timeoutMs,
    // so a server trickling one byte a second cannot hold an import forever.
    // 0 or less turns both off.
    int timeoutMs = 30000;
    // Size cap on the body as delivered (after decompression). Checked against
    // Content-Length before the body arrives and again while it arrives.
    qint64 maxBytes = 20 * 1024 * 1024;
    // Redirects followed at most; one more is an error.
    int maxRedirects = 10;
    // Feeds: also accept XML and JSON documents, and ask for them first.
    bool acceptFeeds = false;
    // A conditional GET: the validators of the copy already held. An answer of
    // 304 Not Modified is then a success with FetchResult::notModified set.
    QByteArray ifNoneMatch;
    QByteArray ifModifiedSince;
};

} // namespace Gleaner
