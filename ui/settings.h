#pragma once

#include "readingstyle.h"

#include <QByteArray>
#include <QSettings>
#include <QStringList>

namespace Gleaner {

// Gleaner's preferences behind typed accessors, with a version key so later
// releases can migrate what older ones wrote (as Zeal's Settings::migrate).
class Settings
{
public:
    static constexpr int kVersion = 1;
    static constexpr int kMaxRecent = 8;

    Settings();

    QString lastLibrary() const;
    void setLastLibrary(const QString &path);
    QStringList recentLibraries() const;
    void addRecentLibrary(const QString &path);
    void removeRecentLibrary(const QString &path);

    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray &geometry);
    QByteArray windowState() const;
    void setWindowState(const QByteArray &state);
    // The width the user gave the articles list (the splitter), kept across restarts.
    int listWidth() const;
    void setListWidth(int width);

    // Feed items older than this many days are pruned unless opened or starred (0: never).
    int feedKeepDays() const;
    void setFeedKeepDays(int days);

    int fetchTimeoutSeconds() const;
    void setFetchTimeoutSeconds(int seconds);
    qint64 fetchMaxBytes() const;
    void setFetchMaxBytes(qint64 bytes);

    // The name annotations are made by ("" = the login, or the server's role).
    QString displayName() const;
    void setDisplayName(const QString &name);
    QString language() const; // "" = the system's
    void setLanguage(const QString &code);

    ReadingStyle readingStyle() const;
    void setReadingStyle(const ReadingStyle &style);

    // Where the reader was: the article last read in a library, and the text
    // offset at the top of the view for each article (the most recent ones kept).
    qint64 lastArticle(const QString &library) const;
    void setLastArticle(const QString &library, qint64 articleId);
    int readingPosition(const QString &library, qint64 articleId) const;
    void setReadingPosition(const QString &library, qint64 articleId, int offset);
    static constexpr int kMaxPositions = 500;

    // The library a first start creates, in the user's data folder.
    static QString defaultLibraryPath();

private:
    void migrate();
    QSettings m_settings;
};

} // namespace Gleaner
