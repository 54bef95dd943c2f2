#include "feeds/feedparser.h"

#include "feeds/feeddates.h"

#include <QCryptographicHash>
#include <QRegularExpression>
#include <QStringDecoder>
#include <QXmlStreamReader>
#include <QXmlStreamWriter>

namespace Gleaner {

namespace {

const QString kAtom = QStringLiteral("http://www.w3.org/2005/Atom");
const QString kContent = QStringLiteral("http://purl.org/rss/1.0/modules/content/");
const QString kDc = QStringLiteral("http://purl.org/dc/elements/1.1/");
const QString kMedia = QStringLiteral("http://search.yahoo.com/mrss/");
const QString kRdf = QStringLiteral("http://www.w3.org/1999/02/22-rdf-syntax-ns#");
const QString kXml = QStringLiteral("http://www.w3.org/XML/1998/namespace");

QString htmlEscaped(const QString &text)
{
    return text.toHtmlEscaped().replace(QLatin1Char('\n'), QLatin1String("<br>"));
}

class XmlFeedReader
{
public:
    XmlFeedReader(const QUrl &feedUrl) : m_feedUrl(feedUrl) {}

    ParsedFeed read(const QByteArray &body, const QString &httpCharset)
    {
        const bool declares = body.left(200).contains("encoding=");
        if (!declares && !httpCharset.isEmpty() && httpCharset != QLatin1String("utf-8")) {
            QStringDecoder decoder(httpCharset.toLatin1().constData());
            if (decoder.isValid())
                m_reader.addData(QString(decoder.decode(body)));
            else
                m_reader.addData(body);
        } else {
            m_reader.addData(body);
        }
        m_reader.setEntityExpansionLimit(256);
        while (!m_reader.atEnd()) {
            const auto token = m_reader.readNext();
            if (token == QXmlStreamReader::DTD && !m_reader.entityDeclarations().isEmpty()) {
                m_out.error = FeedParser::tr("The feed declares its own XML entities, which Gleaner does "
                                             "not expand (they can be used to exhaust memory). Ask the "
                                             "site for a plain feed.");
                return m_out;
            }
            if (token == QXmlStreamReader::StartElement) {
                readRoot();
                break;
            }
        }
        if (m_reader.hasError() && m_reader.error() != QXmlStreamReader::PrematureEndOfDocumentError)
            noteError();
        else if (m_reader.hasError())
            m_out.error =
                FeedParser::tr("The feed ends in the middle (%1 entries read).").arg(m_out.entries.size());
        return m_out;
    }

private:
    void noteError()
    {
        m_out.error = FeedParser::tr("The feed is not well-formed XML at line %1, column %2 (%3); %4 entries "
                                     "before that point were read.")
                          .arg(m_reader.lineNumber())
                          .arg(m_reader.columnNumber())
                          .arg(m_reader.errorString())
                          .arg(m_out.entries.size());
    }

    QUrl baseOf(const QUrl &parent) const
    {
        const QString base = m_reader.attributes().value(kXml, QStringLiteral("base")).toString();
        return base.isEmpty() ? parent : parent.resolved(QUrl(base.trimmed()));
    }

    QUrl link(const QUrl &base, const QString &href) const
    {
        const QString trimmed = href.trimmed();
        if (trimmed.isEmpty())
            return {};
        const QUrl url = base.resolved(QUrl(trimmed));
        const QString scheme = url.scheme();
        const bool web = scheme == QLatin1String("http") || scheme == QLatin1String("https");
        return web && url.isValid() && !url.host().isEmpty() ? url : QUrl();
    }

    QString text() { return m_reader.readElementText(QXmlStreamReader::IncludeChildElements).trimmed(); }

    bool isRoom()
    {
        if (m_out.entries.size() < FeedParser::kMaxEntries)
            return true;
        m_out.error = FeedParser::tr("The feed holds more than %1 entries; the first %1 were read.")
                          .arg(FeedParser::kMaxEntries);
        return false;
    }

    void readRoot()
    {
        const auto name = m_reader.name();
        m_base = baseOf(m_feedUrl);
        if (name == QLatin1String("rss")) {
            m_out.format = ParsedFeed::Format::Rss2;
            while (m_reader.readNextStartElement()) {
                if (m_reader.name() == QLatin1String("channel"))
                    readChannel();
                else
                    m_reader.skipCurrentElement();
            }
        } else if (name == QLatin1String("RDF")) {
            m_out.format = ParsedFeed::Format::Rdf;
            readChannel(); // RSS 1.0 puts its items beside the channel, RSS 2.0 inside it
        } else if (name == QLatin1String("feed") && m_reader.namespaceUri() == kAtom) {
            m_out.format = ParsedFeed::Format::Atom;
            readAtomFeed();
        } else {
            m_out.error =
                FeedParser::tr("This document is not a feed: it is XML whose root element is <%1>, not "
                               "<rss>, <rdf:RDF> or an Atom <feed>.")
                    .arg(name.toString());
        }
    }

    // The children of <channel> (RSS 2.0) or <rdf:RDF> (RSS 1.0).
    void readChannel(int depth = 0)
    {
        while (m_reader.readNextStartElement()) {
            const auto name = m_reader.name();
            const bool plain = m_reader.namespaceUri().isEmpty() ||
                               m_reader.namespaceUri() == QLatin1String("http://purl.org/rss/1.0/");
            if (name == QLatin1String("item") && plain) {
                if (!isRoom())
                    return;
                readRssItem();
            } else if (name == QLatin1String("channel") && plain && depth == 0) {
                readChannel(depth + 1); // RSS 2.0's one channel; a channel inside it is not read
            } else if (name == QLatin1String("title") && plain && m_out.title.isEmpty()) {
                m_out.title = FeedParser::plainText(text());
            } else if (name == QLatin1String("link") && plain && m_out.siteUrl.isEmpty()) {
                m_out.siteUrl = link(m_base, text());
            } else {
                m_reader.skipCurrentElement();
            }
        }
    }

    void readRssItem()
    {
        FeedEntry entry;
        const QUrl base = baseOf(m_base);
        const QString about = m_reader.attributes().value(kRdf, QStringLiteral("about")).toString();
        QString guid;
        bool guidIsLink = false;
        while (m_reader.readNextStartElement()) {
            const auto name = m_reader.name();
            const auto ns = m_reader.namespaceUri();
            const bool plain = ns.isEmpty() || ns == QLatin1String("http://purl.org/rss/1.0/");
            if (plain && name == QLatin1String("title")) {
                entry.title = FeedParser::plainText(text());
            } else if (plain && name == QLatin1String("link")) {
                entry.url = link(base, text());
            } else if (plain && name == QLatin1String("guid")) {
                guidIsLink =
                    m_reader.attributes().value(QStringLiteral("isPermaLink")) != QLatin1String("false");
                guid = text();
            } else if (plain && name == QLatin1String("description")) {
                entry.summary = text();
            } else if (ns == kContent && name == QLatin1String("encoded")) {
                entry.content = text();
            } else if ((plain && name == QLatin1String("author")) ||
                       (ns == kDc && name == QLatin1String("creator"))) {
                if (entry.author.isEmpty())
                    entry.author = FeedParser::plainText(text());
                else
                    m_reader.skipCurrentElement();
            } else if ((plain && name == QLatin1String("pubDate")) ||
                       (ns == kDc && name == QLatin1String("date"))) {
                const QDateTime when = FeedDates::parse(text());
                if (!entry.published.isValid())
                    entry.published = when;
            } else if ((ns == kMedia &&
                        (name == QLatin1String("thumbnail") || name == QLatin1String("content"))) ||
                       (plain && name == QLatin1String("enclosure"))) {
                const auto attributes = m_reader.attributes();
                const QString type = attributes.value(QStringLiteral("type")).toString();
                if (entry.imageUrl.isEmpty() && (type.isEmpty() || type.startsWith(QLatin1String("image/"))))
                    entry.imageUrl = link(base, attributes.value(QStringLiteral("url")).toString());
                readMediaGroup(&entry, base);
            } else if (ns == kMedia && name == QLatin1String("group")) {
                readMediaGroup(&entry, base);
            } else {
                m_reader.skipCurrentElement();
            }
        }
        if (entry.url.isEmpty() && guidIsLink)
            entry.url = link(base, guid);
        if (entry.url.isEmpty() && !about.isEmpty())
            entry.url = link(base, about);
        entry.guid = !guid.isEmpty() ? guid : about;
        if (!m_reader.hasError()) // an entry the document broke off in is not kept half-read
            m_out.entries.append(entry);
    }

    void readMediaGroup(FeedEntry *entry, const QUrl &base)
    {
        while (m_reader.readNextStartElement()) {
            if (entry->imageUrl.isEmpty() && m_reader.namespaceUri() == kMedia &&
                (m_reader.name() == QLatin1String("thumbnail") ||
                 m_reader.name() == QLatin1String("content")))
                entry->imageUrl = link(base, m_reader.attributes().value(QStringLiteral("url")).toString());
            m_reader.skipCurrentElement();
        }
    }

    // An Atom text construct as HTML: type="text" escaped, "html" as it is, "xhtml"
    // the markup inside its <div>.
    QString atomHtml()
    {
        const QString type = m_reader.attributes().value(QStringLiteral("type")).toString();
        if (type == QLatin1String("xhtml"))
            return innerXml();
        if (type == QLatin1String("html") || type == QLatin1String("text/html"))
            return text();
        return htmlEscaped(text());
    }

    // The elements inside the current one, written out again as markup.
    QString innerXml()
    {
        QString markup;
        QXmlStreamWriter writer(&markup);
        int depth = 0;
        while (!m_reader.atEnd()) {
            const auto token = m_reader.readNext();
            if (token == QXmlStreamReader::StartElement) {
                ++depth;
                writer.writeStartElement(m_reader.name().toString());
                for (const QXmlStreamAttribute &attribute : m_reader.attributes()) {
                    if (attribute.namespaceUri().isEmpty())
                        writer.writeAttribute(attribute.name().toString(), attribute.value().toString());
                }
            } else if (token == QXmlStreamReader::EndElement) {
                if (depth-- == 0)
                    break;
                writer.writeEndElement();
            } else if (token == QXmlStreamReader::Characters) {
                writer.writeCharacters(m_reader.text().toString());
            }
        }
        return markup.trimmed();
    }

    void readAtomFeed()
    {
        while (m_reader.readNextStartElement()) {
            const auto name = m_reader.name();
            if (m_reader.namespaceUri() != kAtom) {
                m_reader.skipCurrentElement();
            } else if (name == QLatin1String("entry")) {
                if (!isRoom())
                    return;
                readAtomEntry();
            } else if (name == QLatin1String("title")) {
                m_out.title = FeedParser::plainText(atomHtml());
            } else if (name == QLatin1String("link")) {
                const auto attributes = m_reader.attributes();
                const QString rel = attributes.value(QStringLiteral("rel")).toString();
                if ((rel.isEmpty() || rel == QLatin1String("alternate")) && m_out.siteUrl.isEmpty())
                    m_out.siteUrl = link(baseOf(m_base), attributes.value(QStringLiteral("href")).toString());
                m_reader.skipCurrentElement();
            } else {
                m_reader.skipCurrentElement();
            }
        }
    }

    void readAtomEntry()
    {
        FeedEntry entry;
        const QUrl base = baseOf(m_base);
        QDateTime updated;
        while (m_reader.readNextStartElement()) {
            const auto name = m_reader.name();
            if (m_reader.namespaceUri() != kAtom) {
                if (m_reader.namespaceUri() == kMedia && name == QLatin1String("thumbnail") &&
                    entry.imageUrl.isEmpty())
                    entry.imageUrl =
                        link(base, m_reader.attributes().value(QStringLiteral("url")).toString());
                m_reader.skipCurrentElement();
            } else if (name == QLatin1String("id")) {
                entry.guid = text();
            } else if (name == QLatin1String("title")) {
                entry.title = FeedParser::plainText(atomHtml());
            } else if (name == QLatin1String("link")) {
                const auto attributes = m_reader.attributes();
                const QString rel = attributes.value(QStringLiteral("rel")).toString();
                const QUrl href = link(baseOf(base), attributes.value(QStringLiteral("href")).toString());
                if ((rel.isEmpty() || rel == QLatin1String("alternate")) && entry.url.isEmpty())
                    entry.url = href;
                else if (rel == QLatin1String("enclosure") && entry.imageUrl.isEmpty() &&
                         attributes.value(QStringLiteral("type")).startsWith(QLatin1String("image/")))
                    entry.imageUrl = href;
                m_reader.skipCurrentElement();
            } else if (name == QLatin1String("summary")) {
                entry.summary = atomHtml();
            } else if (name == QLatin1String("content")) {
                if (m_reader.attributes().hasAttribute(QStringLiteral("src")))
                    m_reader.skipCurrentElement(); // out-of-line content is not fetched
                else
                    entry.content = atomHtml();
            } else if (name == QLatin1String("published")) {
                entry.published = FeedDates::parse(text());
            } else if (name == QLatin1String("updated")) {
                updated = FeedDates::parse(text());
            } else if (name == QLatin1String("author")) {
                readAtomAuthor(&entry);
            } else {
                m_reader.skipCurrentElement();
            }
        }
        if (!entry.published.isValid())
            entry.published = updated;
        if (!m_reader.hasError())
            m_out.entries.append(entry);
    }

    void readAtomAuthor(FeedEntry *entry)
    {
        while (m_reader.readNextStartElement()) {
            if (m_reader.name() == QLatin1String("name") && entry->author.isEmpty())
                entry->author = text();
            else
                m_reader.skipCurrentElement();
        }
    }

    QXmlStreamReader m_reader;
    QUrl m_feedUrl;
    QUrl m_base;
    ParsedFeed m_out;
};

} // namespace

ParsedFeed FeedParser::parse(const QByteArray &body, const QUrl &feedUrl, const QString &httpCharset)
{
    int start = 0;
    if (body.startsWith("\xEF\xBB\xBF"))
        start = 3;
    while (start < body.size() && QChar::isSpace(uchar(body.at(start))))
        ++start;
    if (start < body.size() && (body.at(start) == '{' || body.at(start) == '['))
        return parseJson(body, feedUrl);
    if (body.mid(start, 200).toLower().contains("<!doctype html") ||
        body.mid(start, 200).toLower().startsWith("<html")) {
        ParsedFeed page;
        page.error = tr("This address is a web page, not a feed.");
        return page;
    }
    return XmlFeedReader(feedUrl).read(body, httpCharset);
}

QString FeedParser::identity(const FeedEntry &entry)
{
    if (!entry.guid.trimmed().isEmpty())
        return entry.guid.trimmed();
    if (!entry.url.isEmpty())
        return entry.url.toString(QUrl::FullyEncoded);
    const QByteArray key = (entry.title + u'\n' + FeedDates::toStored(entry.published)).toUtf8();
    return QStringLiteral("sha256:") +
           QString::fromLatin1(QCryptographicHash::hash(key, QCryptographicHash::Sha256).toHex());
}

QString FeedParser::plainText(const QString &html)
{
    if (!html.contains(QLatin1Char('<')) && !html.contains(QLatin1Char('&')))
        return html.simplified();
    static const QRegularExpression tags(QStringLiteral("<[^>]*>"));
    static const QRegularExpression references(
        QStringLiteral("&(#x[0-9a-fA-F]{1,6}|#[0-9]{1,7}|[a-zA-Z]{2,8});"));
    QString text = html;
    text.replace(tags, QStringLiteral(" "));
    QString out;
    qsizetype last = 0;
    auto it = references.globalMatch(text);
    while (it.hasNext()) {
        const auto m = it.next();
        out += QStringView(text).mid(last, m.capturedStart() - last);
        const QString ref = m.captured(1);
        char32_t code = 0;
        if (ref.startsWith(QLatin1String("#x")))
            code = ref.mid(2).toUInt(nullptr, 16);
        else if (ref.startsWith(QLatin1Char('#')))
            code = ref.mid(1).toUInt();
        else if (ref == QLatin1String("amp"))
            code = '&';
        else if (ref == QLatin1String("lt"))
            code = '<';
        else if (ref == QLatin1String("gt"))
            code = '>';
        else if (ref == QLatin1String("quot"))
            code = '"';
        else if (ref == QLatin1String("apos"))
            code = '\'';
        else if (ref == QLatin1String("nbsp"))
            code = 0xa0;
        if (code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff))
            out += QString::fromUcs4(&code, 1);
        else
            out += m.captured(0);
        last = m.capturedEnd();
    }
    out += QStringView(text).mid(last);
    return out.simplified();
}

} // namespace Gleaner
