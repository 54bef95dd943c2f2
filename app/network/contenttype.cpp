#include "network/contenttype.h"

#include <QList>

namespace Gleaner {

ContentType ContentType::fromHeader(const QByteArray &headerValue)
{
    ContentType type;
    const QList<QByteArray> parts = headerValue.split(';');
    type.m_mediaType = QString::fromLatin1(parts.value(0).trimmed()).toLower();
    for (qsizetype i = 1; i < parts.size(); ++i) {
        const QByteArray parameter = parts.at(i).trimmed();
        const qsizetype equals = parameter.indexOf('=');
        if (equals < 0 || parameter.left(equals).trimmed().toLower() != "charset")
            continue;
        QByteArray value = parameter.mid(equals + 1).trimmed();
        if (value.size() >= 2 && value.startsWith('"') && value.endsWith('"'))
            value = value.mid(1, value.size() - 2).trimmed();
        type.m_charset = QString::fromLatin1(value).toLower();
        break;
    }
    return type;
}

ContentType ContentType::sniff(const QByteArray &body)
{
    ContentType type;
    const QByteArray head = body.left(512);
    const auto setType = [&type](const char *mediaType) {
        type.m_mediaType = QString::fromLatin1(mediaType);
        return type;
    };
    if (head.startsWith("%PDF-"))
        return setType("application/pdf");
    if (head.startsWith("\x89PNG\r\n\x1a\n"))
        return setType("image/png");
    if (head.startsWith("\xff\xd8\xff"))
        return setType("image/jpeg");
    if (head.startsWith("GIF87a") || head.startsWith("GIF89a"))
        return setType("image/gif");
    if (head.startsWith("RIFF") && head.mid(8, 4) == "WEBP")
        return setType("image/webp");

    qsizetype pos = 0;
    if (head.startsWith("\xef\xbb\xbf"))
        pos = 3;
    while (pos < head.size() && (head.at(pos) == ' ' || head.at(pos) == '\t' || head.at(pos) == '\r' ||
                                 head.at(pos) == '\n' || head.at(pos) == '\f'))
        ++pos;
    if (pos < head.size() && head.at(pos) == '<')
        return setType("text/html");
    // UTF-16 text has NUL bytes too, but only with a BOM, which a page without
    // Content-Type hardly ever has; treat NUL bytes as binary.
    if (head.contains('\0'))
        return setType("application/octet-stream");
    return setType("text/plain");
}

ContentType::Kind ContentType::kind() const
{
    if (m_mediaType == QLatin1String("text/html") || m_mediaType == QLatin1String("application/xhtml+xml"))
        return Kind::Html;
    if (m_mediaType == QLatin1String("text/plain"))
        return Kind::PlainText;
    if (m_mediaType == QLatin1String("application/pdf") || m_mediaType == QLatin1String("application/x-pdf"))
        return Kind::Pdf;
    if (m_mediaType.startsWith(QLatin1String("image/")))
        return Kind::Image;
    static const char *const feedTypes[] = {
        "application/rss+xml",   "application/atom+xml", "application/rdf+xml", "application/xml", "text/xml",
        "application/feed+json", "application/json"};
    for (const char *type : feedTypes) {
        if (m_mediaType == QLatin1String(type))
            return Kind::Feed;
    }
    return Kind::Other;
}

} // namespace Gleaner
