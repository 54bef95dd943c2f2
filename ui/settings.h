#pragma once

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

    int fetchTimeoutSeconds() const;
    void setFetchTimeoutSeconds(int seconds);
    qint64 fetchMaxBytes() const;
    void setFetchMaxBytes(qint64 bytes);

    QString language() const; // "" = the system's
    void setLanguage(const QString &code);

    // The library a first start creates, in the user's data folder.
    static QString defaultLibraryPath();

private:
    void migrate();
    QSettings m_settings;
};

} // namespace Gleaner
