#pragma once

#include "feeds/feeddata.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QUrl>

namespace Gleaner {

// Reads a feed document: RSS 2.0 (with content:encoded, dc:creator and media:),
// RSS 1.0 / RDF, Atom 1.0 (xml:base, text/html/xhtml constructs) and JSON Feed 1.x.
// XML is read with QXmlStreamReader; a document that declares entities is refused
// before any is expanded, and external entities are never fetched. A document that
// breaks off keeps the entries read before the break, with the reason in `error`.
// A pure function, safe on any thread.
class FeedParser
{
    Q_DECLARE_TR_FUNCTIONS(Gleaner::FeedParser)
public:
    static constexpr int kMaxEntries = 10000; // the rest of a longer feed is left out, and said so

    // `feedUrl` resolves relative links; `httpCharset` is the Content-Type header's
    // charset, used when the document itself declares none.
    static ParsedFeed parse(const QByteArray &body, const QUrl &feedUrl, const QString &httpCharset = {});

    // What identifies an entry from one refresh to the next: its GUID, else its link,
    // else a hash of its title and date.
    static QString identity(const FeedEntry &entry);
    // A title as plain text: markup removed, character references decoded, spaces simplified.
    static QString plainText(const QString &html);

private:
    static ParsedFeed parseJson(const QByteArray &body, const QUrl &feedUrl); // jsonfeedparser.cpp
};

} // namespace Gleaner
