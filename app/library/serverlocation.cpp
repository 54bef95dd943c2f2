#include "library/serverlocation.h"

#include <QCoreApplication>
#include <QUrl>
#include <QUrlQuery>

namespace Gleaner {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Gleaner::ServerLocation", text);
}

bool isUriScheme(const QString &text)
{
    return text.startsWith(QLatin1String("postgresql://"), Qt::CaseInsensitive) ||
           text.startsWith(QLatin1String("postgres://"), Qt::CaseInsensitive);
}

// The libpq keywords a location may carry besides host, port, dbname and user.
// Passwords are left out on purpose (see ServerLocation).
bool isKnownOption(const QString &key)
{
    static const QStringList known = {
        QStringLiteral("sslmode"),
        QStringLiteral("sslrootcert"),
        QStringLiteral("sslcert"),
        QStringLiteral("sslkey"),
        QStringLiteral("sslcrl"),
        QStringLiteral("service"),
        QStringLiteral("connect_timeout"),
        QStringLiteral("application_name"),
        QStringLiteral("target_session_attrs"),
        QStringLiteral("gssencmode"),
        QStringLiteral("channel_binding"),
        QStringLiteral("options"),
    };
    return known.contains(key);
}

} // namespace

bool ServerLocation::looksLikeServer(const QString &text)
{
    return isUriScheme(text) || text.startsWith(QLatin1String("service="));
}

ServerLocation ServerLocation::parse(const QString &text)
{
    ServerLocation location;
    if (text.startsWith(QLatin1String("service="))) {
        const QString name = text.mid(8).trimmed();
        if (name.isEmpty() || name.contains(QLatin1Char(' ')))
            location.error = tr("“%1” does not name a service: write “service=NAME”, with NAME a section "
                                "of your pg_service.conf.")
                                 .arg(text);
        else
            location.options << QStringLiteral("service=") + name;
        return location;
    }
    if (!isUriScheme(text)) {
        location.error = tr("“%1” is not a PostgreSQL address: write "
                            "“postgresql://host:port/database”, or “service=NAME”.")
                             .arg(text);
        return location;
    }
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid()) {
        location.error = tr("“%1” is not a valid PostgreSQL address (%2). Write "
                            "“postgresql://host:port/database”.")
                             .arg(text, url.errorString());
        return location;
    }
    if (!url.password().isEmpty()) {
        location.error = tr("The address holds a password, which Gleaner does not take: keep it in "
                            "~/.pgpass (or PGPASSWORD) and write the address without it.");
        return location;
    }
    location.host = url.host();
    location.port = url.port(-1);
    location.user = url.userName();
    location.database = url.path().mid(1);
    const QUrlQuery query(url);
    for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (key == QLatin1String("host"))
            location.host = value;
        else if (key == QLatin1String("port"))
            location.port = value.toInt();
        else if (key == QLatin1String("dbname"))
            location.database = value;
        else if (key == QLatin1String("user"))
            location.user = value;
        else if (key == QLatin1String("password"))
            location.error = tr("The address holds a password, which Gleaner does not take: keep it in "
                                "~/.pgpass (or PGPASSWORD) and write the address without it.");
        else if (isKnownOption(key))
            location.options << key + QLatin1Char('=') + value;
        else
            location.error = tr("“%1” in the address is not a connection setting Gleaner knows "
                                "(sslmode, service, connect_timeout, …).")
                                 .arg(key);
    }
    return location;
}

QString ServerLocation::display() const
{
    // Written out rather than by QUrl, which drops the "//" of an empty host
    // ("postgresql:///db" is a database on the local socket).
    QUrlQuery query;
    QString authority;
    if (!user.isEmpty())
        authority = QString::fromUtf8(QUrl::toPercentEncoding(user)) + QLatin1Char('@');
    const bool socket = host.startsWith(QLatin1Char('/'));
    if (socket) {
        // A socket folder goes in the query, and its port with it.
        query.addQueryItem(QStringLiteral("host"), host);
        if (port > 0)
            query.addQueryItem(QStringLiteral("port"), QString::number(port));
    } else if (host.contains(QLatin1Char(':'))) {
        authority += QLatin1Char('[') + host + QLatin1Char(']'); // an IPv6 address
    } else {
        authority += host;
    }
    if (port > 0 && !socket)
        authority += QLatin1Char(':') + QString::number(port);
    for (const QString &option : options) {
        const qsizetype eq = option.indexOf(QLatin1Char('='));
        query.addQueryItem(option.left(eq), option.mid(eq + 1));
    }
    const QString tail = query.isEmpty() ? QString() : QLatin1Char('?') + query.toString(QUrl::FullyEncoded);
    return QStringLiteral("postgresql://") + authority + QLatin1Char('/') +
           QString::fromUtf8(QUrl::toPercentEncoding(database)) + tail;
}

} // namespace Gleaner
