#include "settings.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace Gleaner {

namespace {
const QString kVersionKey = QStringLiteral("settingsVersion");
const QString kLastLibrary = QStringLiteral("library/last");
const QString kRecent = QStringLiteral("library/recent");
const QString kGeometry = QStringLiteral("window/geometry");
const QString kState = QStringLiteral("window/state");
const QString kTimeout = QStringLiteral("network/timeoutSeconds");
const QString kMaxBytes = QStringLiteral("network/maxBytes");
const QString kLanguage = QStringLiteral("ui/language");
} // namespace

Settings::Settings()
{
    migrate();
}

void Settings::migrate()
{
    const int version = m_settings.value(kVersionKey, 0).toInt();
    if (version < kVersion)
        m_settings.setValue(kVersionKey, kVersion);
}

QString Settings::lastLibrary() const
{
    return m_settings.value(kLastLibrary).toString();
}

void Settings::setLastLibrary(const QString &path)
{
    m_settings.setValue(kLastLibrary, path);
    addRecentLibrary(path);
}

QStringList Settings::recentLibraries() const
{
    return m_settings.value(kRecent).toStringList();
}

void Settings::addRecentLibrary(const QString &path)
{
    QStringList recent = recentLibraries();
    const QString absolute = QFileInfo(path).absoluteFilePath();
    recent.removeAll(absolute);
    recent.prepend(absolute);
    while (recent.size() > kMaxRecent)
        recent.removeLast();
    m_settings.setValue(kRecent, recent);
}

void Settings::removeRecentLibrary(const QString &path)
{
    QStringList recent = recentLibraries();
    recent.removeAll(path);
    m_settings.setValue(kRecent, recent);
}

QByteArray Settings::windowGeometry() const
{
    return m_settings.value(kGeometry).toByteArray();
}

void Settings::setWindowGeometry(const QByteArray &geometry)
{
    m_settings.setValue(kGeometry, geometry);
}

QByteArray Settings::windowState() const
{
    return m_settings.value(kState).toByteArray();
}

void Settings::setWindowState(const QByteArray &state)
{
    m_settings.setValue(kState, state);
}

int Settings::fetchTimeoutSeconds() const
{
    return qBound(1, m_settings.value(kTimeout, 30).toInt(), 600);
}

void Settings::setFetchTimeoutSeconds(int seconds)
{
    m_settings.setValue(kTimeout, seconds);
}

qint64 Settings::fetchMaxBytes() const
{
    return qMax<qint64>(1024, m_settings.value(kMaxBytes, qint64(20) * 1024 * 1024).toLongLong());
}

void Settings::setFetchMaxBytes(qint64 bytes)
{
    m_settings.setValue(kMaxBytes, bytes);
}

QString Settings::language() const
{
    return m_settings.value(kLanguage).toString();
}

void Settings::setLanguage(const QString &code)
{
    m_settings.setValue(kLanguage, code);
}

QString Settings::defaultLibraryPath()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(folder).filePath(QStringLiteral("Library.gleaner"));
}

} // namespace Gleaner
