#include "feeds/opml.h"

#include <QMap>
#include <QXmlStreamReader>
#include <QXmlStreamWriter>

namespace Gleaner {

namespace {

const QString kFolderSeparator = QStringLiteral(" / ");

// Folders nest this deep at most; deeper ones (only a hostile file has them) are left out.
constexpr int kMaxDepth = 16;

void readOutlines(QXmlStreamReader &reader, const QString &folder, QVector<OpmlFeed> *feeds, int depth = 0)
{
    while (reader.readNextStartElement()) {
        if (reader.name() != QLatin1String("outline")) {
            reader.skipCurrentElement();
            continue;
        }
        const QXmlStreamAttributes attributes = reader.attributes();
        QString title = attributes.value(QStringLiteral("title")).toString().simplified();
        if (title.isEmpty())
            title = attributes.value(QStringLiteral("text")).toString().simplified();
        const QString xmlUrl = attributes.value(QStringLiteral("xmlUrl")).toString().trimmed();
        if (!xmlUrl.isEmpty()) {
            OpmlFeed feed;
            feed.url = QUrl(xmlUrl);
            feed.title = title;
            feed.siteUrl = QUrl(attributes.value(QStringLiteral("htmlUrl")).toString().trimmed());
            feed.folder = folder;
            if (feed.url.isValid())
                feeds->append(feed);
            reader.skipCurrentElement();
        } else if (depth < kMaxDepth) {
            readOutlines(reader, folder.isEmpty() ? title : folder + kFolderSeparator + title, feeds,
                         depth + 1);
        } else {
            reader.skipCurrentElement();
        }
    }
}

} // namespace

Opml::ReadResult Opml::read(const QByteArray &data)
{
    ReadResult result;
    QXmlStreamReader reader(data);
    reader.setEntityExpansionLimit(256);
    while (!reader.atEnd()) {
        const auto token = reader.readNext();
        if (token == QXmlStreamReader::DTD && !reader.entityDeclarations().isEmpty()) {
            result.error = tr("The file declares its own XML entities, which Gleaner does not expand.");
            return result;
        }
        if (token != QXmlStreamReader::StartElement)
            continue;
        if (reader.name() != QLatin1String("opml")) {
            result.error = tr("This file is not OPML: its root element is <%1>, not <opml>.")
                               .arg(reader.name().toString());
            return result;
        }
        while (reader.readNextStartElement()) {
            if (reader.name() == QLatin1String("body"))
                readOutlines(reader, QString(), &result.feeds);
            else
                reader.skipCurrentElement();
        }
        break;
    }
    if (reader.hasError())
        result.error =
            tr("The OPML file is not well-formed at line %1 (%2); %3 feeds before that point were read.")
                .arg(reader.lineNumber())
                .arg(reader.errorString())
                .arg(result.feeds.size());
    else if (result.feeds.isEmpty() && result.error.isEmpty() && !data.contains("<opml"))
        result.error = tr("This file is not OPML.");
    return result;
}

QByteArray Opml::write(const QVector<OpmlFeed> &feeds, const QString &title)
{
    QByteArray data;
    QXmlStreamWriter writer(&data);
    writer.setAutoFormatting(true);
    writer.setAutoFormattingIndent(2);
    writer.writeStartDocument();
    writer.writeStartElement(QStringLiteral("opml"));
    writer.writeAttribute(QStringLiteral("version"), QStringLiteral("2.0"));
    writer.writeStartElement(QStringLiteral("head"));
    writer.writeTextElement(QStringLiteral("title"), title);
    writer.writeEndElement();
    writer.writeStartElement(QStringLiteral("body"));
    // Feeds by folder, folders in name order; nested folders inside their parents.
    QMap<QString, QVector<OpmlFeed>> byFolder;
    for (const OpmlFeed &feed : feeds)
        byFolder[feed.folder].append(feed);
    QStringList open; // the folders whose outline is open, outermost first
    for (auto it = byFolder.cbegin(); it != byFolder.cend(); ++it) {
        const QStringList path = it.key().isEmpty() ? QStringList() : it.key().split(kFolderSeparator);
        int common = 0;
        while (common < open.size() && common < path.size() && open.at(common) == path.at(common))
            ++common;
        while (open.size() > common) {
            writer.writeEndElement();
            open.removeLast();
        }
        for (int i = common; i < path.size(); ++i) {
            writer.writeStartElement(QStringLiteral("outline"));
            writer.writeAttribute(QStringLiteral("text"), path.at(i));
            writer.writeAttribute(QStringLiteral("title"), path.at(i));
            open.append(path.at(i));
        }
        for (const OpmlFeed &feed : it.value()) {
            writer.writeEmptyElement(QStringLiteral("outline"));
            writer.writeAttribute(QStringLiteral("type"), QStringLiteral("rss"));
            writer.writeAttribute(QStringLiteral("text"), feed.title);
            writer.writeAttribute(QStringLiteral("title"), feed.title);
            writer.writeAttribute(QStringLiteral("xmlUrl"), feed.url.toString(QUrl::FullyEncoded));
            if (!feed.siteUrl.isEmpty())
                writer.writeAttribute(QStringLiteral("htmlUrl"), feed.siteUrl.toString(QUrl::FullyEncoded));
        }
    }
    while (!open.isEmpty()) {
        writer.writeEndElement();
        open.removeLast();
    }
    writer.writeEndElement(); // body
    writer.writeEndElement(); // opml
    writer.writeEndDocument();
    return data;
}

} // namespace Gleaner
