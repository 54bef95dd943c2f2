#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QUrl>

namespace Gleaner::FeedDiscovery {

// The feeds a web page names in <link rel="alternate" type="application/rss+xml">
// (Atom, RSS, RDF and JSON Feed types), resolved against the page's address (or its
// <base href>), in page order, without repeats.
QList<QUrl> linkedFeeds(const QByteArray &html, const QString &charset, const QUrl &pageUrl);

// Where sites commonly put their feed when a page names none ("/feed", "/rss.xml",
// ...), on the page's site; tried in this order.
QList<QUrl> commonLocations(const QUrl &pageUrl);

} // namespace Gleaner::FeedDiscovery
