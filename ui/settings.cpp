#include "settings.h"

#include "library/librarynames.h"

#include <QDateTime>
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
const QString kListWidth = QStringLiteral("window/listWidth");
const QString kFeedKeepDays = QStringLiteral("feeds/keepDays");
const QString kTimeout = QStringLiteral("network/timeoutSeconds");
const QString kMaxBytes = QStringLiteral("network/maxBytes");
const QString kLanguage = QStringLiteral("ui/language");
const QString kFontFamily = QStringLiteral("reading/fontFamily");
const QString kFontSize = QStringLiteral("reading/fontSize");
const QString kLineWidth = QStringLiteral("reading/lineWidth");
const QString kZoom = QStringLiteral("reading/zoom");
const QString kTheme = QStringLiteral("reading/theme");
const QString kPositions =
    QStringLiteral("reading/positions"); // "library\tid" -> "offset\tseconds since epoch"
const QString kLastArticles = QStringLiteral("reading/lastArticles");

QString positionKey(const QString &library, qint64 articleId)
{
    return LibraryNames::canonical(library) + QLatin1Char('\t') + QString::number(articleId);
}
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
    const QString absolute = LibraryNames::canonical(path);
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

int Settings::listWidth() const
{
    return qBound(160, m_settings.value(kListWidth, 380).toInt(), 1200);
}

void Settings::setListWidth(int width)
{
    m_settings.setValue(kListWidth, qBound(160, width, 1200));
}

int Settings::feedKeepDays() const
{
    return qBound(0, m_settings.value(kFeedKeepDays, 30).toInt(), 3650);
}

void Settings::setFeedKeepDays(int days)
{
    m_settings.setValue(kFeedKeepDays, qBound(0, days, 3650));
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

QString Settings::displayName() const
{
    return m_settings.value(QStringLiteral("identity/displayName")).toString();
}

void Settings::setDisplayName(const QString &name)
{
    m_settings.setValue(QStringLiteral("identity/displayName"), name.simplified());
}

QString Settings::language() const
{
    return m_settings.value(kLanguage).toString();
}

void Settings::setLanguage(const QString &code)
{
    m_settings.setValue(kLanguage, code);
}

ReadingStyle Settings::readingStyle() const
{
    ReadingStyle style;
    style.family = m_settings.value(kFontFamily).toString();
    style.pointSize = qBound(0.0, m_settings.value(kFontSize, 0.0).toDouble(), 48.0);
    style.lineWidth = qBound(40, m_settings.value(kLineWidth, style.lineWidth).toInt(), 160);
    style.zoom =
        qBound(ReadingStyle::kMinZoom, m_settings.value(kZoom, 1.0).toDouble(), ReadingStyle::kMaxZoom);
    style.theme = ReadingStyle::Theme(qBound(0, m_settings.value(kTheme, 0).toInt(), 2));
    return style;
}

void Settings::setReadingStyle(const ReadingStyle &style)
{
    m_settings.setValue(kFontFamily, style.family);
    m_settings.setValue(kFontSize, style.pointSize);
    m_settings.setValue(kLineWidth, style.lineWidth);
    m_settings.setValue(kZoom, style.zoom);
    m_settings.setValue(kTheme, int(style.theme));
}

qint64 Settings::lastArticle(const QString &library) const
{
    return m_settings.value(kLastArticles).toMap().value(LibraryNames::canonical(library)).toLongLong();
}

void Settings::setLastArticle(const QString &library, qint64 articleId)
{
    QVariantMap map = m_settings.value(kLastArticles).toMap();
    map.insert(LibraryNames::canonical(library), articleId);
    m_settings.setValue(kLastArticles, map);
}

int Settings::readingPosition(const QString &library, qint64 articleId) const
{
    const QString value =
        m_settings.value(kPositions).toMap().value(positionKey(library, articleId)).toString();
    return value.section(QLatin1Char('\t'), 0, 0).toInt();
}

void Settings::setReadingPosition(const QString &library, qint64 articleId, int offset)
{
    QVariantMap map = m_settings.value(kPositions).toMap();
    map.insert(positionKey(library, articleId),
               QStringLiteral("%1\t%2").arg(offset).arg(QDateTime::currentSecsSinceEpoch()));
    // Keep the most recently read ones.
    while (map.size() > kMaxPositions) {
        auto oldest = map.begin();
        for (auto it = map.begin(); it != map.end(); ++it) {
            if (it.value().toString().section(QLatin1Char('\t'), 1).toLongLong() <
                oldest.value().toString().section(QLatin1Char('\t'), 1).toLongLong())
                oldest = it;
        }
        map.erase(oldest);
    }
    m_settings.setValue(kPositions, map);
}

QString Settings::defaultLibraryPath()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(folder).filePath(QStringLiteral("Library.gleaner"));
}

} // namespace Gleaner
