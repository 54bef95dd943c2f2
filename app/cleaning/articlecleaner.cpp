#include "cleaning/articlecleaner.h"

#include "cleaning/articlerenderer.h"
#include "cleaning/blockbuilder.h"
#include "cleaning/boilerplatelines.h"
#include "cleaning/charsetdecoder.h"
#include "cleaning/contentextractor.h"
#include "cleaning/endmatter.h"
#include "cleaning/gzipreader.h"
#include "cleaning/htmldocument.h"
#include "cleaning/metadataextractor.h"
#include "cleaning/metaline.h"
#include "cleaning/plaintextparser.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace Gleaner {

namespace {

// Names the kind of binary file, or returns an empty string for text.
QString binaryKind(const QByteArray &data)
{
    if (data.startsWith("%PDF"))
        return QStringLiteral("a PDF document");
    if (data.startsWith("PK\x03\x04"))
        return QStringLiteral("a ZIP archive (or an office document)");
    if (data.startsWith("\x89PNG") || data.startsWith("GIF8") || data.startsWith("\xFF\xD8\xFF"))
        return QStringLiteral("an image");
    if (GzipReader::isGzip(data))
        return QStringLiteral("gzip-compressed data");
    if (data.startsWith("\xFF\xFE") || data.startsWith("\xFE\xFF"))
        return QString(); // UTF-16 text
    const qsizetype n = qMin<qsizetype>(data.size(), 8192);
    int control = 0;
    int nul = 0;
    int nulEven = 0;
    for (qsizetype i = 0; i < n; ++i) {
        const uchar c = uchar(data.at(i));
        if (c == 0) {
            ++nul;
            if (i % 2 == 0)
                ++nulEven;
        } else if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != 0x1b) {
            ++control;
        }
    }
    // UTF-16 without a byte order mark puts the zeros on one side.
    if (nul * 3 > n && (nulEven * 10 > nul * 9 || nulEven * 10 < nul))
        return QString();
    if ((control + nul) * 10 > n)
        return QStringLiteral("binary data");
    return QString();
}

int textLength(const QVector<ArticleBlock> &blocks)
{
    int n = 0;
    for (const ArticleBlock &b : blocks) {
        n += int(b.text.size());
        for (const auto &row : b.rows) {
            for (const auto &cell : row)
                n += int(cell.text.size());
        }
    }
    return n;
}

// The blocks of an article body given as text: HTML (some sites put markup in
// JSON-LD's articleBody) through the same builder as the page, else one paragraph
// per non-empty line.
QVector<ArticleBlock> paragraphsOf(const QString &text, const QUrl &base, const QString &title)
{
    static const QRegularExpression tag(QStringLiteral("<[a-zA-Z/][^>]*>"));
    if (tag.match(text).hasMatch()) {
        HtmlDocument document(text.toUtf8());
        BlockBuilder builder(base, title);
        if (document.isValid())
            builder.add(document.body());
        return builder.takeBlocks();
    }
    QVector<ArticleBlock> blocks;
    for (const QString &line : text.split(QLatin1Char('\n'))) {
        const QString t = line.simplified();
        if (t.isEmpty())
            continue;
        ArticleBlock b;
        b.kind = ArticleBlock::Kind::Paragraph;
        b.text = t;
        b.html = t.toHtmlEscaped();
        blocks.append(b);
    }
    return blocks;
}

// A byline or a dateline written as a paragraph at the top of the article
// ("By Kenji Watanabe | Apr 2, 2026") is metadata, not text.
void dropMetaLines(QVector<ArticleBlock> *blocks, CleanedArticle *article)
{
    for (int k = 0; k < blocks->size() && k < 4;) {
        const ArticleBlock &b = blocks->at(k);
        const MetaLine::Parsed meta =
            b.kind == ArticleBlock::Kind::Paragraph ? MetaLine::parse(b.text) : MetaLine::Parsed();
        if (!meta.isMeta || blocks->size() == 1) {
            ++k;
            continue;
        }
        if (article->byline.isEmpty())
            article->byline = meta.byline;
        if (!article->published.isValid())
            article->published = meta.date;
        blocks->remove(k);
    }
}

QString utf16Charset(const QByteArray &data)
{
    const qsizetype n = qMin<qsizetype>(data.size(), 8192);
    int even = 0, odd = 0;
    for (qsizetype i = 0; i < n; ++i) {
        if (data.at(i) == 0)
            (i % 2 == 0 ? even : odd)++;
    }
    if (even + odd < n / 3)
        return QString();
    return even > odd ? QStringLiteral("UTF-16BE") : QStringLiteral("UTF-16LE");
}

} // namespace

QByteArray ArticleCleaner::toJson(const CleanedArticle &article)
{
    QJsonObject o;
    o.insert(QLatin1String("title"), article.title);
    o.insert(QLatin1String("byline"), article.byline);
    o.insert(QLatin1String("published"), article.published.isValid()
                                             ? QJsonValue(article.published.toString(Qt::ISODate))
                                             : QJsonValue(QJsonValue::Null));
    o.insert(QLatin1String("site"), article.site);
    o.insert(QLatin1String("description"), article.description);
    o.insert(QLatin1String("language"), article.language);
    o.insert(QLatin1String("url"),
             article.url.isValid() ? QString::fromUtf8(article.url.toEncoded()) : QString());
    o.insert(QLatin1String("text"), article.text);
    o.insert(QLatin1String("html"), article.html);
    return QJsonDocument(o).toJson(QJsonDocument::Indented);
}

bool ArticleCleaner::looksLikeHtml(const QString &text)
{
    const QString head = text.left(65536);
    qsizetype i = 0;
    while (i < head.size() && head.at(i).isSpace())
        ++i;
    if (i < head.size() && head.at(i) == QLatin1Char('<'))
        return true;
    static const QRegularExpression markers(
        QStringLiteral(
            "<(!doctype|html|head|body|p|div|span|a\\s|br|h[1-6]|ul|ol|li|table|article|section)\\b[^>]*>"),
        QRegularExpression::CaseInsensitiveOption);
    int hits = 0;
    auto it = markers.globalMatch(head);
    while (it.hasNext() && hits < 3) {
        it.next();
        ++hits;
    }
    return hits >= 3;
}

CleanResult ArticleCleaner::clean(const CleanInput &input)
{
    CleanResult result;
    CleanedArticle &article = result.article;
    article.url = input.url;
    QByteArray data = input.data;
    if (data.trimmed().isEmpty()) {
        result.error =
            QStringLiteral("The input is empty: there is no text to clean. Open or paste a web page or "
                           "the text of an article.");
        return result;
    }
    if (GzipReader::isGzip(data)) {
        QString why;
        data = GzipReader::decompress(data, &why, MaxInputSize);
        if (data.isEmpty()) {
            result.error =
                QStringLiteral("The input is gzip-compressed but cannot be decompressed (%1). Save the "
                               "page again or decompress it first.")
                    .arg(why);
            return result;
        }
    }
    if (data.size() > MaxInputSize) {
        result.error =
            QStringLiteral("The input is too large (%1 MB; the limit is %2 MB). Save only the article "
                           "page or copy its text.")
                .arg(data.size() / (1024 * 1024))
                .arg(MaxInputSize / (1024 * 1024));
        return result;
    }
    const QString binary = binaryKind(data);
    if (!binary.isEmpty()) {
        result.error =
            QStringLiteral("The input is %1, not a web page or text. Open the article's HTML page or "
                           "paste its text.")
                .arg(binary);
        return result;
    }

    QString charset = input.charset;
    if (charset.isEmpty())
        charset = utf16Charset(data);
    QString text;
    QByteArray utf8;
    if (charset.isEmpty() && CharsetDecoder::isPlainUtf8(data)) {
        // The common case: UTF-8 already, without NUL bytes. Hand the bytes to libxml2 as
        // they are; decode only what the format check needs.
        article.charset = QStringLiteral("UTF-8");
        utf8 = data.startsWith("\xEF\xBB\xBF") ? data.mid(3) : data;
        text = QString::fromUtf8(utf8.left(65536));
    } else {
        CharsetDecoder::Result decoded = CharsetDecoder::decode(data, charset);
        article.charset = decoded.charset;
        text = std::move(decoded.text);
        text.remove(QChar(0));
    }

    bool html = input.format == CleanInput::Format::Html;
    if (input.format == CleanInput::Format::Auto)
        html = looksLikeHtml(text);
    if (!html && !utf8.isEmpty())
        text = QString::fromUtf8(utf8);

    QVector<ArticleBlock> blocks;
    if (html) {
        if (utf8.isEmpty())
            utf8 = text.toUtf8();
        text.clear();
        HtmlDocument document(utf8);
        if (document.hasTooManyElements()) {
            result.error =
                QStringLiteral(
                    "The page has more than %L1 elements and attributes, far more than any article; reading "
                    "it "
                    "would take too long. Save only the article's part of the page, or copy its text.")
                    .arg(HtmlDocument::kMaxElements);
            return result;
        }
        if (!document.isValid()) {
            result.error =
                QStringLiteral("The page could not be parsed as HTML. Try copying the article's text "
                               "instead.");
            return result;
        }
        QString structuredBody;
        MetadataExtractor::extract(document, input.url, &article, &structuredBody);
        const QUrl base = article.url.isValid() ? article.url : input.url;
        {
            ContentExtractor extractor(document, article.title, base);
            blocks = extractor.extract();
        }
        // Too little text: some sites name their article boxes like boilerplate
        // ("pageRow" contains "pager"). Try again trusting only tags and roles.
        if (textLength(blocks) < 500) {
            HtmlDocument second(utf8);
            ContentExtractor extractor(second, article.title, base, false);
            QVector<ArticleBlock> again = extractor.extract();
            if (textLength(again) > textLength(blocks) * 2)
                blocks = std::move(again);
        }
        // The page's JSON-LD holds far more of the article than its markup showed us:
        // the text is drawn by scripts, or hidden in boxes we could not read.
        if (structuredBody.size() > 500 && structuredBody.size() > 2 * textLength(blocks))
            blocks = paragraphsOf(structuredBody, base, article.title);
        dropMetaLines(&blocks, &article);
        EndMatter::dropCallsToAction(&blocks);
        BoilerplateLines::drop(&blocks);
        if (blocks.isEmpty()) {
            // Nothing scored as an article: fall back to everything that is left.
            BlockBuilder builder(base, article.title);
            builder.add(document.body());
            blocks = builder.takeBlocks();
        }
    } else {
        blocks = PlainTextParser::parse(text, &article);
    }
    // One form for every letter: "ü" as one code point, however the page wrote it,
    // so that search and annotations find it. Before rendering: the segments count
    // the characters of the normalized text.
    for (ArticleBlock &b : blocks) {
        b.text = b.text.normalized(QString::NormalizationForm_C);
        b.html = b.html.normalized(QString::NormalizationForm_C);
        for (auto &row : b.rows) {
            for (auto &cell : row) {
                cell.text = cell.text.normalized(QString::NormalizationForm_C);
                cell.html = cell.html.normalized(QString::NormalizationForm_C);
            }
        }
    }
    article.title = article.title.normalized(QString::NormalizationForm_C);
    ArticleRenderer::render(blocks, &article);
    if (article.language.isEmpty())
        article.language = MetadataExtractor::guessLanguage(article.title + QLatin1Char(' ') + article.text);
    if (article.text.isEmpty()) {
        result.error =
            html ? QStringLiteral("No article text was found in this page. It may need JavaScript to "
                                  "show its content; try copying the article's text instead.")
                 : QStringLiteral("No article text was found in the input.");
    }
    return result;
}

} // namespace Gleaner
