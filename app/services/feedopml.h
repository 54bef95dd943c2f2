#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace Gleaner {

class LibraryStore;

// Subscriptions in and out of a library as OPML, for the window and the command line.
class FeedOpml
{
    Q_DECLARE_TR_FUNCTIONS(Gleaner::FeedOpml)
public:
    struct ImportResult
    {
        bool ok = false;
        int added = 0;
        int known = 0;       // already subscribed
        QStringList skipped; // entries whose address is not http(s)
        QString error;       // the store's failure, or what in the file could not be read
        QString summary() const;
    };
    // Subscribes to every feed the file lists (in one transaction); feeds already
    // there are left as they are. The feeds are refreshed later, by the caller.
    static ImportResult import(LibraryStore *store, const QByteArray &data);
    static bool exportTo(const LibraryStore &store, const QString &title, QByteArray *data, QString *error);
};

} // namespace Gleaner
