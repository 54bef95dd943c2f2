#pragma once

#include "feeds/feeddata.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QVector>

namespace Gleaner {

// OPML 1.0 / 2.0 subscription lists, the file feed readers exchange: outlines with
// an xmlUrl are feeds, outlines without one are folders (nested folders are kept as
// "Outer / Inner").
class Opml
{
    Q_DECLARE_TR_FUNCTIONS(Gleaner::Opml)
public:
    struct ReadResult
    {
        QVector<OpmlFeed> feeds;
        QString error; // set when the file is not OPML or breaks off; feeds read before are kept
    };
    static ReadResult read(const QByteArray &data);
    static QByteArray write(const QVector<OpmlFeed> &feeds, const QString &title);
};

} // namespace Gleaner
