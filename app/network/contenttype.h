#pragma once

#include <QByteArray>
#include <QString>

namespace Gleaner {

// A parsed Content-Type header ("text/html; charset=Shift_JIS"), or the type guessed
// from the first bytes of a body that came without one.
class ContentType
{
public:
    enum class Kind { Html, PlainText, Pdf, Image, Feed, Other }; // Feed: XML or JSON documents

    ContentType() = default;
    static ContentType fromHeader(const QByteArray &headerValue);
    // For a body without Content-Type: '<' first (after a BOM and white space) is HTML,
    // "%PDF-" is PDF, PNG/JPEG/GIF/WebP signatures are images, NUL bytes make it binary
    // (application/octet-stream), anything else is plain text.
    static ContentType sniff(const QByteArray &body);

    bool isEmpty() const { return m_mediaType.isEmpty(); }
    QString mediaType() const { return m_mediaType; } // lower case, no parameters
    QString charset() const { return m_charset; }     // lower case, unquoted, or empty
    Kind kind() const;

private:
    QString m_mediaType;
    QString m_charset;
};

} // namespace Gleaner
