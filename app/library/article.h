#pragma once

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QString>

namespace Gleaner {

// How an article came into the library.
enum class SourceKind { Url, File, Paste };
QString sourceKindName(SourceKind kind);
bool sourceKindFromName(const QString &name, SourceKind *kind);

struct Article
{
    qint64 id = 0;
    QString url;
    QString canonicalUrl;
    QString title;
    QString byline;
    QString site;
    QString description;
    QDate published; // invalid when unknown
    QDateTime importedAt;
    QString language;
    SourceKind sourceKind = SourceKind::File;
    QString sourceName;
    QString sourceCharset;
    QByteArray rawSource;
    QString text;
    QString html;
    QString segmentsJson = QStringLiteral("[]");
    QString textSha256;
    qint64 previousVersionId = 0;
    int annotationCount = 0;
};

// One row of the articles list: what the list shows, without the heavy columns.
struct ArticleSummary
{
    qint64 id = 0;
    QString title;
    QString site;
    QDate published;
    QDateTime importedAt;
    int annotationCount = 0;
};

struct Pillar
{
    qint64 id = 0;
    QString name;
    QString color; // "#rrggbb" or empty
    QString description;
    int annotationCount = 0; // filled by LibraryStore::pillars()
};

} // namespace Gleaner
