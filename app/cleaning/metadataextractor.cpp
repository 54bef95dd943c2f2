#include "cleaning/metadataextractor.h"

#include "cleaning/datetext.h"
#include "cleaning/metaline.h"

#include <vector>

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace Gleaner {

namespace {

using H = HtmlDocument;

struct JsonLdInfo
{
    QString headline;
    QString published;
    QString author;
    QString publisher;
    QString description;
    QString websiteName;
    QString articleBody;
};

QString jsonString(const QJsonValue &v)
{
    if (v.isString())
        return v.toString().trimmed();
    if (v.isArray() && !v.toArray().isEmpty())
        return jsonString(v.toArray().first());
    if (v.isObject())
        return v.toObject().value(QLatin1String("name")).toString().trimmed();
    return QString();
}

QString jsonNames(const QJsonValue &v)
{
    if (v.isArray()) {
        QStringList names;
        for (const QJsonValue &item : v.toArray()) {
            const QString n = jsonNames(item);
            if (!n.isEmpty() && !names.contains(n))
                names << n;
        }
        return names.join(QLatin1String(", "));
    }
    if (v.isObject())
        return v.toObject().value(QLatin1String("name")).toString().trimmed();
    if (v.isString())
        return v.toString().trimmed();
    return QString();
}

bool typeMatches(const QJsonValue &type, const QStringList &words)
{
    QStringList types;
    if (type.isArray()) {
        for (const QJsonValue &t : type.toArray())
            types << t.toString();
    } else {
        types << type.toString();
    }
    for (const QString &t : types) {
        for (const QString &w : words) {
            if (t.contains(w, Qt::CaseInsensitive))
                return true;
        }
    }
    return false;
}

void walkJsonLd(const QJsonValue &value, JsonLdInfo *info, int depth)
{
    if (depth > 8)
        return;
    if (value.isArray()) {
        for (const QJsonValue &v : value.toArray())
            walkJsonLd(v, info, depth + 1);
        return;
    }
    if (!value.isObject())
        return;
    const QJsonObject o = value.toObject();
    const QJsonValue type = o.value(QLatin1String("@type"));
    static const QStringList articleTypes = {QStringLiteral("Article"), QStringLiteral("BlogPosting"),
                                             QStringLiteral("Report"), QStringLiteral("LiveBlog")};
    if (typeMatches(type, articleTypes)) {
        if (info->headline.isEmpty())
            info->headline = jsonString(o.value(QLatin1String("headline")));
        if (info->headline.isEmpty())
            info->headline = jsonString(o.value(QLatin1String("name")));
        if (info->published.isEmpty())
            info->published = jsonString(o.value(QLatin1String("datePublished")));
        if (info->published.isEmpty())
            info->published = jsonString(o.value(QLatin1String("dateCreated")));
        if (info->author.isEmpty())
            info->author = jsonNames(o.value(QLatin1String("author")));
        if (info->publisher.isEmpty())
            info->publisher = jsonString(o.value(QLatin1String("publisher")));
        if (info->description.isEmpty())
            info->description = jsonString(o.value(QLatin1String("description")));
        if (info->articleBody.isEmpty())
            info->articleBody = jsonString(o.value(QLatin1String("articleBody")));
    } else if (typeMatches(type, {QStringLiteral("WebSite")})) {
        if (info->websiteName.isEmpty())
            info->websiteName = jsonString(o.value(QLatin1String("name")));
    } else if (typeMatches(type, {QStringLiteral("WebPage")})) {
        if (info->published.isEmpty())
            info->published = jsonString(o.value(QLatin1String("datePublished")));
    }
    const QJsonValue graph = o.value(QLatin1String("@graph"));
    if (!graph.isUndefined())
        walkJsonLd(graph, info, depth + 1);
    const QJsonValue main = o.value(QLatin1String("mainEntity"));
    if (main.isObject())
        walkJsonLd(main, info, depth + 1);
}

QString normalizeLanguage(QString lang)
{
    lang = lang.trimmed().replace(QLatin1Char('_'), QLatin1Char('-'));
    if (lang.isEmpty() || lang.size() > 35)
        return QString();
    QStringList parts = lang.split(QLatin1Char('-'), Qt::SkipEmptyParts);
    if (parts.isEmpty() || parts.first().size() < 2 || parts.first().size() > 3)
        return QString();
    for (const QChar c : parts.first()) {
        if (!c.isLetter() || c.unicode() > 0x7f)
            return QString();
    }
    parts[0] = parts[0].toLower();
    if (parts.size() > 1 && parts[1].size() == 2)
        parts[1] = parts[1].toUpper();
    return parts.mid(0, 2).join(QLatin1Char('-'));
}

QUrl httpUrl(const QString &href, const QUrl &base)
{
    QUrl url(href.trimmed());
    if (!url.isValid())
        return QUrl();
    if (url.isRelative() && base.isValid())
        url = base.resolved(url);
    const QString scheme = url.scheme().toLower();
    if (scheme != QLatin1String("http") && scheme != QLatin1String("https"))
        return QUrl();
    return url;
}

bool looksLikeUrl(const QString &s)
{
    return s.startsWith(QLatin1String("http://")) || s.startsWith(QLatin1String("https://")) ||
           s.startsWith(QLatin1Char('/'));
}

QString stripBy(QString s)
{
    s = H::collapseWhiteSpace(s);
    static const QRegularExpression by(QStringLiteral("^(by|von|par|por|di)\\s+"),
                                       QRegularExpression::CaseInsensitiveOption);
    s.remove(by);
    return s.trimmed();
}

} // namespace

QString MetadataExtractor::stripSiteFromTitle(const QString &rawTitle, const QString &site)
{
    QString title = H::collapseWhiteSpace(rawTitle);
    static const QStringList separators = {
        QStringLiteral(" | "),  QStringLiteral(" - "), QStringLiteral(" – "), QStringLiteral(" — "),
        QStringLiteral(" :: "), QStringLiteral(" » "), QStringLiteral(" · "), QStringLiteral(" // ")};
    for (int round = 0; round < 2; ++round) {
        qsizetype best = -1;
        qsizetype bestLen = 0;
        for (const QString &sep : separators) {
            const qsizetype at = title.lastIndexOf(sep);
            if (at > best) {
                best = at;
                bestLen = sep.size();
            }
        }
        if (best <= 0)
            break;
        const QString head = title.left(best).trimmed();
        const QString tail = title.mid(best + bestLen).trimmed();
        const int tailWords = int(tail.split(QLatin1Char(' '), Qt::SkipEmptyParts).size());
        const int headWords = int(head.split(QLatin1Char(' '), Qt::SkipEmptyParts).size());
        if ((!site.isEmpty() && tail.compare(site, Qt::CaseInsensitive) == 0) ||
            (tailWords <= 4 && headWords >= 3)) {
            title = head;
            continue;
        }
        if (!site.isEmpty() && head.compare(site, Qt::CaseInsensitive) == 0) {
            title = tail;
            continue;
        }
        break;
    }
    if (!site.isEmpty() && title.startsWith(site + QLatin1String(": ")) && title.size() > site.size() + 12)
        title = title.mid(site.size() + 2);
    return title;
}

namespace {

// A dateline in the first lines of the page's text: a short line that starts with
// "Published", "Posted" or "Updated" and holds a date.
QString textDateline(xmlNodePtr root)
{
    static const QRegularExpression lead(
        QStringLiteral("^(first )?(published|posted|updated)( on)?:?\\s+\\S"),
        QRegularExpression::CaseInsensitiveOption);
    int seen = 0;
    xmlNodePtr n = root;
    while (n && seen < 4000) {
        if (H::isElement(n) &&
            H::tagIn(H::tag(n), {"head", "script", "style", "nav", "aside", "footer", "template"})) {
            n = H::next(n, root, false);
            continue;
        }
        if (H::isText(n) && n->content) {
            const QString line =
                H::collapseWhiteSpace(QString::fromUtf8(reinterpret_cast<const char *>(n->content)));
            seen += int(line.size());
            if (line.size() >= 4 && line.size() <= 80 && lead.match(line).hasMatch() &&
                MetadataExtractor::parseDate(line).isValid())
                return line;
        }
        n = H::next(n, root);
    }
    return QString();
}

} // namespace

QDate MetadataExtractor::parseDate(const QString &text)
{
    return DateText::find(text).date;
}

QString MetadataExtractor::guessLanguage(const QString &text)
{
    int kana = 0, hangul = 0, han = 0, latin = 0, cyrillic = 0;
    const QString sample = text.left(4000);
    for (const QChar ch : sample) {
        const char16_t u = ch.unicode();
        if (u >= 0x3041 && u <= 0x30FF)
            ++kana;
        else if (u >= 0xAC00 && u <= 0xD7A3)
            ++hangul;
        else if (u >= 0x4E00 && u <= 0x9FFF)
            ++han;
        else if (u >= 0x0400 && u <= 0x04FF)
            ++cyrillic;
        else if (ch.isLetter() && u < 0x250)
            ++latin;
    }
    const int total = kana + hangul + han + latin + cyrillic;
    if (total < 20)
        return QString();
    if (kana * 20 > total)
        return QStringLiteral("ja");
    if (hangul * 5 > total)
        return QStringLiteral("ko");
    if (han * 3 > total)
        return QStringLiteral("zh");
    if (cyrillic * 2 > total)
        return QStringLiteral("ru");
    // Latin script: English when its commonest words are frequent enough.
    static const QRegularExpression english(QStringLiteral("\\b(the|and|of|to|in|is|that|for)\\b"),
                                            QRegularExpression::CaseInsensitiveOption);
    int hits = 0;
    auto it = english.globalMatch(sample);
    while (it.hasNext() && hits < 1000) {
        it.next();
        ++hits;
    }
    const qsizetype words = sample.count(QLatin1Char(' ')) + 1;
    if (words >= 20 && hits * 8 > words)
        return QStringLiteral("en");
    return QString();
}

void MetadataExtractor::extract(const HtmlDocument &document, const QUrl &baseUrl, CleanedArticle *article,
                                QString *structuredBody)
{
    xmlNodePtr root = document.root();
    if (!root)
        return;
    QHash<QString, QString> meta; // lower-case property/name/itemprop -> first content
    QString docTitle, h1, canonical, htmlLang, timeDate, timePublished, relAuthor, bylineText;
    QVector<QString> jsonLd;
    QString firstTimeText;
    std::vector<xmlNodePtr>
        datelineBoxes; // a visible dateline ("Published 3 March 2024", "By A. Writer | Mar 3, 2024")
    for (xmlNodePtr n = root; n; n = H::next(n, root)) {
        if (!H::isElement(n))
            continue;
        const char *tag = H::tag(n);
        if (!qstrcmp(tag, "meta")) {
            const QString content = QString::fromUtf8(H::attribute(n, "content")).trimmed();
            if (content.isEmpty())
                continue;
            for (const char *key : {"property", "name", "itemprop", "http-equiv"}) {
                const QString k = QString::fromUtf8(H::attribute(n, key)).trimmed().toLower();
                if (!k.isEmpty() && !meta.contains(k))
                    meta.insert(k, content);
            }
        } else if (!qstrcmp(tag, "html")) {
            htmlLang = QString::fromUtf8(H::attribute(n, "lang"));
            if (htmlLang.isEmpty())
                htmlLang = QString::fromUtf8(H::attribute(n, "xml:lang"));
        } else if (!qstrcmp(tag, "title")) {
            if (docTitle.isEmpty())
                docTitle = H::text(n);
        } else if (!qstrcmp(tag, "h1")) {
            if (h1.isEmpty())
                h1 = H::text(n);
        } else if (!qstrcmp(tag, "link")) {
            const QByteArray rel = H::attribute(n, "rel").toLower();
            if (rel.split(' ').contains("canonical") && canonical.isEmpty())
                canonical = QString::fromUtf8(H::attribute(n, "href"));
        } else if (!qstrcmp(tag, "script")) {
            if (H::attribute(n, "type").trimmed().toLower() == "application/ld+json" && jsonLd.size() < 20)
                jsonLd << H::rawText(n);
        } else if (!qstrcmp(tag, "time")) {
            const QString dt = QString::fromUtf8(H::attribute(n, "datetime"));
            if (!dt.isEmpty()) {
                const QByteArray prop = H::attribute(n, "itemprop") + ' ' + H::attribute(n, "class");
                if (timePublished.isEmpty() && (prop.contains("datePublished") || prop.contains("publish") ||
                                                H::hasAttribute(n, "pubdate")))
                    timePublished = dt;
                if (timeDate.isEmpty())
                    timeDate = dt;
            } else if (firstTimeText.isEmpty()) {
                firstTimeText = H::text(n);
            }
        } else if (!qstrcmp(tag, "a") || !qstrcmp(tag, "span") || !qstrcmp(tag, "div") ||
                   !qstrcmp(tag, "p")) {
            if (relAuthor.isEmpty() && !qstrcmp(tag, "a") && H::attribute(n, "rel").toLower() == "author")
                relAuthor = H::text(n);
            if (datelineBoxes.size() < 8 && qstrcmp(tag, "a") &&
                (H::attributeContains(n, "class", "date") || H::attributeContains(n, "class", "timestamp") ||
                 H::attributeContains(n, "class", "published") ||
                 H::attributeContains(n, "class", "byline") || H::attributeContains(n, "id", "date")))
                datelineBoxes.push_back(n); // read only when nothing better gives a date
            if (bylineText.isEmpty()) {
                auto named = [n](const char *word) {
                    return H::attributeContains(n, "class", word) ||
                           H::attributeContains(n, "itemprop", word);
                };
                const bool itemprop = H::hasAttribute(n, "itemprop");
                if (named("byline") || named("author-name") || named("authorname") ||
                    (itemprop && (H::attribute(n, "class") + ' ' + H::attribute(n, "itemprop"))
                                     .toLower()
                                     .contains("itemprop author"))) {
                    const QString t = H::text(n);
                    if (t.size() > 2 && t.size() < 100)
                        bylineText = t;
                }
            }
        }
    }

    JsonLdInfo ld;
    for (QString json : jsonLd) {
        json = json.trimmed();
        if (json.startsWith(QLatin1String("<!--")))
            json = json.mid(4);
        if (json.endsWith(QLatin1String("-->")))
            json.chop(3);
        QJsonParseError error;
        const QJsonDocument d = QJsonDocument::fromJson(json.toUtf8(), &error);
        if (d.isObject())
            walkJsonLd(d.object(), &ld, 0);
        else if (d.isArray())
            walkJsonLd(d.array(), &ld, 0);
    }

    auto metaValue = [&meta](std::initializer_list<const char *> keys) {
        for (const char *k : keys) {
            const QString v = meta.value(QLatin1String(k));
            if (!v.isEmpty())
                return H::collapseWhiteSpace(v);
        }
        return QString();
    };

    // Site name
    QString site = metaValue({"og:site_name", "application-name", "al:ios:app_name", "twitter:site"});
    if (site.startsWith(QLatin1Char('@')))
        site.clear();
    if (site.isEmpty())
        site = !ld.publisher.isEmpty() ? ld.publisher : ld.websiteName;
    article->site = site;

    // Title
    const QString og = metaValue({"og:title", "twitter:title", "dc.title", "headline"});
    const QString cleanedDocTitle = stripSiteFromTitle(docTitle, site);
    auto same = [](const QString &a, const QString &b) {
        return !a.isEmpty() && !b.isEmpty() && (a.compare(b, Qt::CaseInsensitive) == 0);
    };
    QString title;
    if (!h1.isEmpty() && h1.size() > 5 &&
        (same(h1, og) || same(h1, ld.headline) || docTitle.contains(h1, Qt::CaseInsensitive) ||
         og.contains(h1, Qt::CaseInsensitive) || same(h1, cleanedDocTitle)))
        title = h1;
    else if (!og.isEmpty())
        title = stripSiteFromTitle(og, site);
    else if (!ld.headline.isEmpty())
        title = H::collapseWhiteSpace(ld.headline);
    else if (!cleanedDocTitle.isEmpty())
        title = cleanedDocTitle;
    else
        title = h1;
    article->title = title;
    if (article->site.isEmpty() && !docTitle.isEmpty() && docTitle != cleanedDocTitle &&
        docTitle.startsWith(cleanedDocTitle)) {
        QString rest = docTitle.mid(cleanedDocTitle.size()).trimmed();
        while (!rest.isEmpty() && !rest.at(0).isLetterOrNumber())
            rest.remove(0, 1);
        if (rest.size() < 40)
            article->site = rest.trimmed();
    }

    // Byline
    QString byline = ld.author;
    if (byline.isEmpty()) {
        const QString a =
            metaValue({"author", "article:author", "dc.creator", "parsely-author", "sailthru.author"});
        if (!looksLikeUrl(a))
            byline = a;
    }
    if (byline.isEmpty())
        byline = !relAuthor.isEmpty() ? relAuthor : bylineText;
    article->byline = stripBy(byline);

    // Published
    const QString published[] = {
        ld.published,
        metaValue({"article:published_time", "og:published_time", "published_time", "datepublished",
                   "pubdate", "publishdate", "publish-date", "dc.date.issued", "dc.date", "dcterms.date",
                   "date", "sailthru.date", "parsely-pub-date", "article.published"}),
        timePublished, timeDate, firstTimeText};
    for (const QString &p : published) {
        const QDate d = parseDate(p);
        if (d.isValid()) {
            article->published = d;
            break;
        }
    }
    for (auto it = datelineBoxes.cbegin(); !article->published.isValid() && it != datelineBoxes.cend();
         ++it) {
        const QString t = H::text(*it);
        if (t.size() < 160)
            article->published = parseDate(t);
    }
    if (!article->published.isValid()) // a "Published ..." line at the start of the text
        article->published = parseDate(textDateline(root));
    // A byline or dateline as the reader sees it under the headline, whatever its class names.
    if (article->byline.isEmpty() || !article->published.isValid()) {
        for (const QString &line : MetaLine::linesUnderHeading(document.body())) {
            const MetaLine::Parsed meta = MetaLine::parse(line);
            if (article->byline.isEmpty() && !meta.byline.isEmpty())
                article->byline = meta.byline;
            if (!article->published.isValid() && meta.date.isValid())
                article->published = meta.date;
        }
    }

    // Description, language, canonical URL
    article->description =
        metaValue({"og:description", "description", "twitter:description", "dc.description"});
    if (article->description.isEmpty())
        article->description = H::collapseWhiteSpace(ld.description);
    QString lang = normalizeLanguage(htmlLang);
    if (lang.isEmpty())
        lang = normalizeLanguage(metaValue({"content-language", "og:locale", "language", "dc.language"}));
    article->language = lang;

    QUrl url = httpUrl(canonical, baseUrl);
    if (!url.isValid())
        url = httpUrl(metaValue({"og:url"}), baseUrl);
    article->url = url.isValid() ? url : baseUrl;
    if (structuredBody)
        *structuredBody = ld.articleBody;
}

} // namespace Gleaner
