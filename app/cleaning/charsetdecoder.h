#pragma once

#include <QByteArray>
#include <QString>

namespace Gleaner {

// Turns the bytes of a page or a text into a QString. The character set comes from,
// in this order: the caller (an HTTP header), a byte order mark, a <meta charset> or
// <meta http-equiv> declaration (or an XML declaration) near the start, and finally
// detection among UTF-8, Shift_JIS, EUC-JP, GB18030, EUC-KR and windows-1252.
class CharsetDecoder
{
public:
    struct Result
    {
        QString text;
        QString charset; // canonical name of the character set used
    };

    static Result decode(const QByteArray &data, const QString &callerCharset = QString());

    // The canonical name for a label such as "sjis", "gb2312" or "latin1" (WHATWG
    // aliases: latin1 and ascii are windows-1252, gb2312 and gbk are GB18030), or an
    // empty string when no decoder exists for it.
    static QString canonicalName(const QByteArray &label);

    // The charset declared by <meta> or an XML declaration in the first bytes, or empty.
    static QByteArray declaredCharset(const QByteArray &data);

    // Whether the bytes are valid UTF-8 (a BOM allowed), contain no NUL byte and
    // declare no other character set: they can be used as they are.
    static bool isPlainUtf8(const QByteArray &data);

    // Best guess for bytes that carry no declaration.
    static QString detect(const QByteArray &data);
};

} // namespace Gleaner
