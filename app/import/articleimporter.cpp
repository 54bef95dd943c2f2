#include "import/articleimporter.h"

#include "cleaning/articlecleaner.h"
#include "cleaning/gzipreader.h"
#include "library/fileprobe.h"
#include "library/librarystore.h"
#include "library/openlibraries.h"
#include "network/fetchresult.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

namespace Gleaner {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("Gleaner::ArticleImporter", text);
}
} // namespace

bool ArticleImporter::readFile(const QString &path, QByteArray *data, QString *error)
{
    QFile file;
    if (path == QLatin1String("-")) {
        if (!file.open(stdin, QIODevice::ReadOnly)) {
            *error = tr("Cannot read standard input.");
            return false;
        }
    } else {
        if (const QString library = OpenLibraries::libraryClaiming(path); !library.isEmpty()) {
            *error =
                tr("%1 is the open library (or one of its files), not an article. Choose the article's page "
                   "or text file.")
                    .arg(path);
            return false;
        }
        const FileProbe probe = FileProbe::of(path);
        if (probe.kind == FileProbe::Kind::Missing && !probe.isDanglingLink) {
            *error = tr("%1: no such file. Check the path.").arg(path);
            return false;
        }
        if (probe.kind == FileProbe::Kind::Directory || probe.kind == FileProbe::Kind::SymlinkLoop ||
            probe.kind == FileProbe::Kind::NotReachable || probe.isDanglingLink) {
            *error = probe.problem(path, FileProbe::Purpose::Input);
            return false;
        }
        file.setFileName(path);
        if (!file.open(QIODevice::ReadOnly)) {
            *error = tr("%1: %2. Check that you may read the file.").arg(path, file.errorString());
            return false;
        }
    }
    // A little over the cap, so "too large" is told apart from "exactly the cap";
    // a larger file is refused here, never read in part.
    const qint64 cap = ArticleCleaner::MaxInputSize;
    const auto tooLarge = [&]() {
        *error = tr("%1 is too large (over %2 MB). Save only the article's page, or copy its text.")
                     .arg(path)
                     .arg(cap / (1024 * 1024));
        return false;
    };
    *data = file.read(cap + 1);
    if (file.error() != QFileDevice::NoError) {
        *error = tr("%1: %2. Check that you may read the file.").arg(path, file.errorString());
        return false;
    }
    if (data->size() > cap)
        return tooLarge();
    if (GzipReader::isGzip(*data)) {
        QString gzError;
        const QByteArray plain = GzipReader::decompress(*data, &gzError, cap);
        if (!gzError.isEmpty()) {
            *error = tr("%1 is compressed and cannot be read (%2). Save the page again, or save only the "
                        "article's page.")
                         .arg(path, gzError);
            return false;
        }
        *data = plain;
    }
    return true;
}

ImportSource ArticleImporter::fromFetch(const FetchResult &result)
{
    ImportSource source;
    source.data = result.body;
    source.charset = result.charset;
    source.url = result.finalUrl;
    source.kind = SourceKind::Url;
    source.format = result.contentType == QLatin1String("text/plain") ? CleanInput::Format::Text
                                                                      : CleanInput::Format::Html;
    return source;
}

CleanInput::Format ArticleImporter::formatForFileName(const QString &fileName)
{
    const QString lower = fileName.toLower();
    for (const char *ext : {".html", ".htm", ".xhtml", ".html.gz", ".htm.gz", ".xhtml.gz"}) {
        if (lower.endsWith(QLatin1String(ext)))
            return CleanInput::Format::Html;
    }
    for (const char *ext : {".txt", ".text", ".txt.gz"}) {
        if (lower.endsWith(QLatin1String(ext)))
            return CleanInput::Format::Text;
    }
    return CleanInput::Format::Auto;
}

QString ArticleImporter::segmentsToJson(const QVector<TextSegment> &segments)
{
    QJsonArray array;
    for (const TextSegment &s : segments)
        array.append(QJsonArray{int(s.role), s.start, s.end, s.level});
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

QVector<TextSegment> ArticleImporter::segmentsFromJson(const QString &json)
{
    QVector<TextSegment> segments;
    const QJsonArray array = QJsonDocument::fromJson(json.toUtf8()).array();
    segments.reserve(array.size());
    for (const QJsonValue &value : array) {
        const QJsonArray item = value.toArray();
        if (item.size() != 4)
            continue;
        TextSegment s;
        s.role = TextSegment::Role(qBound(0, item.at(0).toInt(), int(TextSegment::Role::Caption)));
        s.start = item.at(1).toInt();
        s.end = item.at(2).toInt();
        s.level = item.at(3).toInt();
        segments << s;
    }
    return segments;
}

bool ArticleImporter::prepare(const ImportSource &source, Article *article, QString *error)
{
    CleanInput input;
    input.data = source.data;
    input.charset = source.charset;
    input.url = source.url;
    input.format = source.format;
    const CleanResult result = ArticleCleaner::clean(input);
    if (!result.ok()) {
        *error = result.error;
        return false;
    }
    const CleanedArticle &c = result.article;
    if (c.text.trimmed().isEmpty()) {
        *error = tr("No article text was found in it. Check that it is an article page or its text, not an "
                    "empty or binary file.");
        return false;
    }
    *article = Article{};
    article->title = source.title.isEmpty() ? c.title : source.title;
    article->byline = c.byline;
    article->site = c.site;
    article->description = c.description;
    article->published = source.published.isValid() ? source.published : c.published;
    article->language = c.language;
    article->url = !source.urlOverride.isEmpty() ? source.urlOverride : source.url.toString();
    article->canonicalUrl = c.url.isValid() ? c.url.toString() : QString();
    if (article->canonicalUrl == article->url && source.kind != SourceKind::Url)
        article->canonicalUrl = source.urlOverride;
    article->sourceKind = source.kind;
    article->sourceName = source.sourceName;
    article->sourceCharset = c.charset;
    article->rawSource = source.data;
    article->text = c.text;
    article->html = c.html;
    article->segmentsJson = segmentsToJson(c.segments);
    article->textSha256 = LibraryStore::sha256Hex(c.text);
    if (article->title.isEmpty())
        article->title = source.sourceName.isEmpty() ? tr("Untitled article") : source.sourceName;
    return true;
}

ImportOutcome ArticleImporter::add(Article article, DuplicatePolicy policy)
{
    ImportOutcome outcome;
    outcome.title = article.title;
    article.textSha256 = LibraryStore::sha256Hex(article.text);
    qint64 id = 0;
    const bool ok = m_store->transaction(tr("import the article"), [&]() {
        const std::optional<qint64> existing =
            m_store->findDuplicate(article.canonicalUrl, article.textSha256);
        if (!existing)
            return false;
        if (*existing > 0) {
            outcome.duplicateOf = *existing;
            if (policy == DuplicatePolicy::Skip)
                return true; // nothing to add
            article.previousVersionId = *existing;
        }
        const std::optional<qint64> added = m_store->addArticle(article);
        if (!added)
            return false;
        id = *added;
        return true;
    });
    if (!ok) {
        outcome.error = m_store->lastError().message;
        return outcome;
    }
    if (id == 0) {
        outcome.status = ImportOutcome::Status::Duplicate;
        outcome.error =
            tr("“%1” is already in the library as article %2.").arg(article.title).arg(outcome.duplicateOf);
        return outcome;
    }
    outcome.status = ImportOutcome::Status::Imported;
    outcome.articleId = id;
    return outcome;
}

ImportOutcome ArticleImporter::add(const Article &article, const DuplicateDecision &decide)
{
    const ImportOutcome first = add(article, DuplicatePolicy::Skip);
    if (first.status != ImportOutcome::Status::Duplicate || !decide)
        return first;
    if (decide(article, first.duplicateOf) != DuplicatePolicy::NewVersion)
        return first;
    return add(article, DuplicatePolicy::NewVersion);
}

ImportOutcome ArticleImporter::import(const ImportSource &source, DuplicatePolicy policy)
{
    Article article;
    QString error;
    if (!prepare(source, &article, &error)) {
        ImportOutcome outcome;
        outcome.error = error;
        return outcome;
    }
    return add(article, policy);
}

} // namespace Gleaner
