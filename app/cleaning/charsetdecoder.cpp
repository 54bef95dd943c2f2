#include "cleaning/charsetdecoder.h"

#include <cstring>

#include <QStringDecoder>

namespace Gleaner {

namespace {

bool isAsciiSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
}

char lower(char c)
{
    return (c >= 'A' && c <= 'Z') ? char(c - 'A' + 'a') : c;
}

// Case-insensitive search for an ASCII needle (given in lower case).
qsizetype findNoCase(const QByteArray &hay, const char *needle, qsizetype from, qsizetype limit)
{
    const qsizetype n = qsizetype(qstrlen(needle));
    for (qsizetype i = from; i + n <= limit; ++i) {
        qsizetype k = 0;
        while (k < n && lower(hay.at(i + k)) == needle[k])
            ++k;
        if (k == n)
            return i;
    }
    return -1;
}

// Reads the value after "charset" at `pos` (which points just past the word).
QByteArray charsetValueAt(const QByteArray &data, qsizetype pos, qsizetype limit)
{
    while (pos < limit && isAsciiSpace(data.at(pos)))
        ++pos;
    if (pos >= limit || data.at(pos) != '=')
        return QByteArray();
    ++pos;
    while (pos < limit && isAsciiSpace(data.at(pos)))
        ++pos;
    if (pos < limit && (data.at(pos) == '"' || data.at(pos) == '\''))
        ++pos;
    const qsizetype start = pos;
    while (pos < limit) {
        const char c = data.at(pos);
        if (isAsciiSpace(c) || c == '"' || c == '\'' || c == ';' || c == '>' || c == '/')
            break;
        ++pos;
    }
    return data.mid(start, pos - start).toLower();
}

// The multi-byte UTF-8 characters and malformed sequences in the first `limit`
// bytes (overlong forms and surrogates are not told apart: a rough tally). A
// character cut by the limit, where the data goes on, counts as neither. With
// `stopAtInvalid`, the walk ends at the first malformed sequence.
struct Utf8Tally
{
    qsizetype valid = 0;
    qsizetype invalid = 0;
    bool highBytes = false;
};

Utf8Tally tallyUtf8(const QByteArray &data, qsizetype limit, bool stopAtInvalid)
{
    const auto *p = reinterpret_cast<const unsigned char *>(data.constData());
    Utf8Tally tally;
    for (qsizetype i = 0; i < limit;) {
        // Eight ASCII bytes at a time: most of a page is markup.
        if (i + 8 <= limit) {
            quint64 word;
            std::memcpy(&word, p + i, 8);
            if (!(word & Q_UINT64_C(0x8080808080808080))) {
                i += 8;
                continue;
            }
        }
        const unsigned char c = p[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        tally.highBytes = true;
        const int extra = c >= 0xC2 && c <= 0xDF   ? 1
                          : c >= 0xE0 && c <= 0xEF ? 2
                          : c >= 0xF0 && c <= 0xF4 ? 3
                                                   : -1;
        if (extra > 0 && i + extra >= limit && limit < data.size())
            break; // cut by the sample's limit
        bool ok = extra > 0 && i + extra < limit;
        for (int k = 1; ok && k <= extra; ++k)
            ok = (p[i + k] & 0xC0) == 0x80;
        if (ok) {
            ++tally.valid;
            i += extra + 1;
            continue;
        }
        ++tally.invalid;
        if (stopAtInvalid)
            break;
        ++i;
    }
    return tally;
}

bool isValidUtf8(const QByteArray &data, qsizetype limit, bool *hasHighBytes)
{
    const Utf8Tally tally = tallyUtf8(data, limit, true);
    *hasHighBytes = tally.highBytes;
    return tally.invalid == 0;
}

// How well a decoding reads as text in a given script family: the mean score of the
// non-ASCII characters it produced.
enum class Family { Japanese, Chinese, Korean };

double plausibility(const QString &text, Family family)
{
    double score = 0;
    int count = 0;
    for (const QChar ch : text) {
        const ushort u = ch.unicode();
        if (u < 0x80)
            continue;
        ++count;
        const bool kana = u >= 0x3041 && u <= 0x30FF;
        const bool han = u >= 0x4E00 && u <= 0x9FFF;
        const bool hangul = u >= 0xAC00 && u <= 0xD7A3;
        const bool punct =
            (u >= 0x3000 && u <= 0x303F) || (u >= 0xFF01 && u <= 0xFF5E) || (u >= 0x2010 && u <= 0x203A);
        const bool halfKana = u >= 0xFF61 && u <= 0xFF9F;
        if (u == 0xFFFD) {
            score -= 6;
        } else if (punct) {
            score += 1;
        } else if (family == Family::Japanese) {
            score += kana ? 2.0 : han ? 1.0 : halfKana ? -1.0 : -2.0;
        } else if (family == Family::Chinese) {
            score += han ? 1.5 : kana ? 0.0 : -2.0;
        } else {
            score += hangul ? 2.0 : han ? 0.2 : -2.0;
        }
    }
    return count == 0 ? 0.0 : score / count;
}

double eucRowShare(const QByteArray &data)
{
    int pairs = 0;
    int euc = 0;
    for (qsizetype i = 0; i + 1 < data.size(); ++i) {
        const uchar b = uchar(data.at(i));
        if (b < 0x81)
            continue;
        const uchar t = uchar(data.at(i + 1));
        ++pairs;
        if (b >= 0xA1 && b <= 0xFE && t >= 0xA1 && t <= 0xFE)
            ++euc;
        ++i;
    }
    return pairs == 0 ? 1.0 : double(euc) / pairs;
}

} // namespace

QString CharsetDecoder::canonicalName(const QByteArray &rawLabel)
{
    const QByteArray label = rawLabel.trimmed().toLower();
    if (label.isEmpty())
        return QString();
    if (label == "utf-8" || label == "utf8" || label == "unicode-1-1-utf-8")
        return QStringLiteral("UTF-8");
    if (label == "shift_jis" || label == "shift-jis" || label == "sjis" || label == "x-sjis" ||
        label == "ms_kanji" || label == "csshiftjis" || label == "windows-31j" || label == "cp932")
        return QStringLiteral("Shift_JIS");
    if (label == "euc-jp" || label == "eucjp" || label == "x-euc-jp" || label == "cseucpkdfmtjapanese")
        return QStringLiteral("EUC-JP");
    if (label == "gb2312" || label == "gbk" || label == "gb18030" || label == "x-gbk" || label == "cp936" ||
        label == "chinese" || label == "csgb2312" || label == "euc-cn")
        return QStringLiteral("GB18030");
    if (label == "euc-kr" || label == "ks_c_5601-1987" || label == "windows-949" || label == "cp949" ||
        label == "korean" || label == "csksc56011987")
        return QStringLiteral("EUC-KR");
    if (label == "iso-8859-1" || label == "latin1" || label == "us-ascii" || label == "ascii" ||
        label == "windows-1252" || label == "cp1252" || label == "iso8859-1" || label == "l1")
        return QStringLiteral("windows-1252");
    if (label == "utf-16" || label == "utf-16le")
        return QStringLiteral("UTF-16LE");
    if (label == "utf-16be")
        return QStringLiteral("UTF-16BE");
    const QString name = QString::fromLatin1(label);
    QStringDecoder probe(label.constData());
    return probe.isValid() ? name : QString();
}

QByteArray CharsetDecoder::declaredCharset(const QByteArray &data)
{
    const qsizetype limit = qMin<qsizetype>(data.size(), 4096);
    // An XML declaration: <?xml version="1.0" encoding="...">
    if (data.startsWith("<?xml")) {
        const qsizetype end = data.indexOf("?>");
        const qsizetype enc = findNoCase(data, "encoding", 0, end > 0 ? end : limit);
        if (enc >= 0) {
            const QByteArray value = charsetValueAt(data, enc + 8, end > 0 ? end : limit);
            if (!value.isEmpty())
                return value;
        }
    }
    // The HTML prescan, simplified: the first <meta ...> that mentions a charset.
    qsizetype pos = 0;
    while ((pos = findNoCase(data, "<meta", pos, limit)) >= 0) {
        qsizetype end = data.indexOf('>', pos);
        if (end < 0 || end > limit)
            end = limit;
        qsizetype at = pos;
        while ((at = findNoCase(data, "charset", at, end)) >= 0) {
            const QByteArray value = charsetValueAt(data, at + 7, end);
            if (!value.isEmpty())
                return value;
            at += 7;
        }
        pos = end;
    }
    return QByteArray();
}

bool CharsetDecoder::isPlainUtf8(const QByteArray &data)
{
    if (data.contains('\0'))
        return false;
    bool high = false;
    if (!isValidUtf8(data, data.size(), &high))
        return false;
    if (data.startsWith("\xEF\xBB\xBF"))
        return true;
    const QString declared = canonicalName(declaredCharset(data));
    // A page that declares a legacy charset but is valid UTF-8 with non-ASCII bytes is
    // UTF-8 in practice; pure ASCII reads the same in all of them.
    return declared.isEmpty() || declared == QLatin1String("UTF-8") || !high ||
           declared == QLatin1String("windows-1252") || declared.startsWith(QLatin1String("UTF-16"));
}

QString CharsetDecoder::detect(const QByteArray &data)
{
    const qsizetype sample = qMin<qsizetype>(data.size(), 256 * 1024);
    bool high = false;
    if (isValidUtf8(data, sample, &high) || !high)
        return QStringLiteral("UTF-8");

    // Runs of bytes >= 0x80: East Asian encodings always give runs of two or more,
    // Western text mostly single accented letters and typographic quotes.
    int runs = 0;
    int singles = 0;
    for (qsizetype i = 0; i < sample;) {
        if (uchar(data.at(i)) < 0x80) {
            ++i;
            continue;
        }
        qsizetype j = i;
        while (j < sample && uchar(data.at(j)) >= 0x80)
            ++j;
        ++runs;
        if (j - i == 1)
            ++singles;
        i = j;
    }
    if (runs > 0 && singles * 10 > runs * 3)
        return QStringLiteral("windows-1252");

    const QByteArray head = data.left(qMin<qsizetype>(sample, 64 * 1024));
    struct Candidate
    {
        const char *name;
        Family family;
    };
    static const Candidate candidates[] = {{"Shift_JIS", Family::Japanese},
                                           {"EUC-JP", Family::Japanese},
                                           {"GB18030", Family::Chinese},
                                           {"EUC-KR", Family::Korean}};
    QString best = QStringLiteral("windows-1252");
    double bestScore = 0.8;
    for (const Candidate &c : candidates) {
        QStringDecoder decoder(c.name);
        if (!decoder.isValid())
            continue;
        const QString text = decoder.decode(head);
        double score = plausibility(text, c.family);
        // EUC-style encodings of common Chinese and Korean text stay in the 0xA1-0xFE
        // rows; Shift_JIS (and GBK's rarer extensions) do not.
        if (c.family != Family::Japanese)
            score *= eucRowShare(head);
        if (score > bestScore) {
            bestScore = score;
            best = QString::fromLatin1(c.name);
        }
    }
    return best;
}

CharsetDecoder::Result CharsetDecoder::decode(const QByteArray &data, const QString &callerCharset)
{
    Result result;
    QByteArray bytes = data;
    QString name = canonicalName(callerCharset.toLatin1());

    if (bytes.startsWith("\xEF\xBB\xBF")) {
        bytes.remove(0, 3);
        name = QStringLiteral("UTF-8");
    } else if (bytes.startsWith("\xFF\xFE")) {
        bytes.remove(0, 2);
        name = QStringLiteral("UTF-16LE");
    } else if (bytes.startsWith("\xFE\xFF")) {
        bytes.remove(0, 2);
        name = QStringLiteral("UTF-16BE");
    }
    if (name.isEmpty()) {
        name = canonicalName(declaredCharset(bytes));
        // A page that says UTF-16 but was read as bytes that parse as ASCII is not UTF-16.
        if (name.startsWith(QLatin1String("UTF-16")))
            name = QStringLiteral("UTF-8");
        // A declaration of UTF-8 is trusted: a stray byte or two become U+FFFD and the
        // rest of the page reads right. Only bytes that are mostly not UTF-8 (a legacy
        // page mislabelled, with accented letters but no UTF-8 character) are detected.
        if (name == QLatin1String("UTF-8")) {
            const Utf8Tally tally = tallyUtf8(bytes, qMin<qsizetype>(bytes.size(), 256 * 1024), false);
            if (tally.invalid > 3 && tally.invalid > tally.valid)
                name = detect(bytes);
        }
    }
    if (name.isEmpty())
        name = detect(bytes);

    QStringDecoder decoder(name.toLatin1().constData());
    if (!decoder.isValid()) {
        name = QStringLiteral("UTF-8");
        decoder = QStringDecoder(QStringDecoder::Utf8);
    }
    result.text = decoder.decode(bytes);
    result.charset = name;
    return result;
}

} // namespace Gleaner
