// gleaner feed add | list | refresh | items | import-opml | export-opml | remove
#include "cli/cliutil.h"
#include "cli/commandline.h"
#include "import/articleimporter.h"
#include "library/librarystore.h"
#include "services/feedopml.h"
#include "services/feedrefresher.h"
#include "services/feedsubscriber.h"

#include <QEventLoop>
#include <QFileInfo>

#include <limits>

namespace Gleaner {

namespace {

QJsonObject feedJson(const Feed &feed)
{
    return QJsonObject{{QStringLiteral("id"), feed.id},
                       {QStringLiteral("url"), feed.url.toString()},
                       {QStringLiteral("title"), feed.displayTitle()},
                       {QStringLiteral("folder"), feed.folder},
                       {QStringLiteral("unread"), feed.unread},
                       {QStringLiteral("items"), feed.items},
                       {QStringLiteral("last_error"), Cli::stringOrNull(feed.lastError)}};
}

QJsonObject itemJson(const FeedItem &item)
{
    return QJsonObject{
        {QStringLiteral("id"), item.id},
        {QStringLiteral("feed_id"), item.feedId},
        {QStringLiteral("guid"), item.guid},
        {QStringLiteral("title"), item.title},
        {QStringLiteral("url"), Cli::stringOrNull(item.url.toString())},
        {QStringLiteral("published"),
         item.published.isValid() ? QJsonValue(item.published.toString(Qt::ISODate)) : QJsonValue()},
        {QStringLiteral("read"), item.read},
        {QStringLiteral("starred"), item.starred},
        {QStringLiteral("article_id"), item.articleId > 0 ? QJsonValue(item.articleId) : QJsonValue()}};
}

} // namespace

int CommandLine::runFeed(const QStringList &arguments)
{
    const QString sub = arguments.value(1);
    QStringList rest = arguments.mid(1);
    if (!rest.isEmpty())
        rest[0] = QStringLiteral("feed ") + sub;
    QCommandLineParser parser;
    parser.addOption(Cli::libraryOption());
    parser.addOption(
        {QStringLiteral("feed"), tr("The feed's id (as `gleaner feed list` shows)."), QStringLiteral("ID")});
    parser.addOption(
        {QStringLiteral("folder"), tr("The folder to put the feed in."), QStringLiteral("FOLDER")});
    parser.addOption({QStringLiteral("unread"), tr("Only unread items.")});
    parser.addOption({QStringLiteral("json"), tr("One JSON object per line.")});
    parser.addOption(
        {QStringLiteral("keep-days"),
         tr("Items older than this many days are not kept unless opened or starred (default 30; 0 "
            "keeps everything)."),
         QStringLiteral("N")});
    parser.addOption(
        {QStringLiteral("due"),
         tr("Only the feeds whose refresh interval has passed and that no server asked to wait.")});
    parser.addOption({QStringLiteral("timeout"), tr("Seconds without data before a download is given up."),
                      QStringLiteral("SECONDS")});
    static const QHash<QString, QString> usages{
        {QStringLiteral("add"), QStringLiteral("feed add --library LIB [--folder F] URL")},
        {QStringLiteral("list"), QStringLiteral("feed list --library LIB [--json]")},
        {QStringLiteral("refresh"),
         QStringLiteral("feed refresh --library LIB [--feed ID] [--due] [--keep-days N]")},
        {QStringLiteral("items"), QStringLiteral("feed items --library LIB [--feed ID] [--unread] [--json]")},
        {QStringLiteral("import-opml"), QStringLiteral("feed import-opml --library LIB FILE")},
        {QStringLiteral("export-opml"), QStringLiteral("feed export-opml --library LIB OUT|-")},
        {QStringLiteral("remove"), QStringLiteral("feed remove --library LIB --feed ID")},
    };
    if (!usages.contains(sub))
        return error(
            sub.isEmpty() || sub.startsWith(QLatin1Char('-'))
                ? tr("feed needs a subcommand: add, list, refresh, items, import-opml, export-opml or "
                     "remove.")
                : tr("“%1” is not a feed subcommand; use add, list, refresh, items, import-opml, "
                     "export-opml or remove.")
                      .arg(sub),
            Usage);
    if (const int code = Cli::parse(parser, rest, usages.value(sub), m_out, m_err); code >= 0)
        return code;
    const QString libraryPath = parser.value(QStringLiteral("library"));
    if (libraryPath.isEmpty())
        return error(tr("feed %1 needs --library LIB.").arg(sub), Usage);
    QString problem;
    qint64 feedId = 0;
    if (parser.isSet(QStringLiteral("feed"))) {
        const auto id =
            wholeNumber(parser, QStringLiteral("feed"), 1, std::numeric_limits<qint64>::max(), &problem);
        if (!id)
            return error(problem, Usage);
        feedId = *id;
    }
    int keepDays = 30;
    if (parser.isSet(QStringLiteral("keep-days"))) {
        const auto days = wholeNumber(parser, QStringLiteral("keep-days"), 0, 36500, &problem);
        if (!days)
            return error(problem, Usage);
        keepDays = int(*days);
    }
    FetchOptions options;
    if (parser.isSet(QStringLiteral("timeout"))) {
        const auto timeout = seconds(parser, QStringLiteral("timeout"), 0.1, 3600, &problem);
        if (!timeout)
            return error(problem, Usage);
        options.timeoutMs = int(*timeout * 1000);
    }
    options.maxBytes = 16 * 1024 * 1024;
    const QStringList positional = parser.positionalArguments();
    const bool readOnly =
        sub == QLatin1String("list") || sub == QLatin1String("items") || sub == QLatin1String("export-opml");
    const bool needsOne = sub == QLatin1String("add") || sub == QLatin1String("import-opml") ||
                          sub == QLatin1String("export-opml");
    if (needsOne && positional.size() != 1)
        return error(tr("Usage: gleaner %1").arg(usages.value(sub)), Usage);
    if (!needsOne && !positional.isEmpty())
        return error(tr("Usage: gleaner %1").arg(usages.value(sub)), Usage);
    if (sub == QLatin1String("remove") && feedId == 0)
        return error(tr("feed remove needs --feed ID."), Usage);

    LibraryStore store;
    if (!openLibrary(&store, libraryPath, sub == QLatin1String("add") || sub == QLatin1String("import-opml"),
                     readOnly))
        return Failure;

    if (sub == QLatin1String("add")) {
        const QUrl url = QUrl::fromUserInput(positional.first());
        if (!url.isValid() ||
            (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https")))
            return error(
                tr("“%1” is not a web address. Give the http:// or https:// address of a feed or a site.")
                    .arg(positional.first()),
                Usage);
        FeedSubscriber subscriber(&store);
        subscriber.setFetchOptions(options);
        subscriber.setKeepDays(keepDays);
        const FeedSubscriber::Outcome outcome =
            subscriber.subscribeBlocking(url, parser.value(QStringLiteral("folder")));
        if (!outcome.ok)
            return error(outcome.error);
        if (outcome.alreadySubscribed)
            m_err << "gleaner: "
                  << tr("already subscribed to %1 (feed %2).")
                         .arg(outcome.feedUrl.toString(), QString::number(outcome.feedId))
                  << '\n';
        m_out << outcome.feedId << '\t' << outcome.title << '\n';
        return Success;
    }
    if (sub == QLatin1String("list")) {
        const auto feeds = store.feeds().list();
        if (!feeds)
            return error(store.lastError().message);
        for (const Feed &feed : *feeds) {
            if (parser.isSet(QStringLiteral("json")))
                m_out << Cli::compact(feedJson(feed)) << '\n';
            else
                m_out << feed.id << '\t' << feed.unread << '/' << feed.items << '\t' << feed.displayTitle()
                      << '\t' << feed.url.toString()
                      << (feed.lastError.isEmpty() ? QString() : u'\t' + feed.lastError) << '\n';
        }
        return Success;
    }
    if (sub == QLatin1String("refresh")) {
        if (feedId > 0 && !store.feeds().get(feedId))
            return error(store.lastError().message);
        FeedRefresher refresher(&store);
        refresher.setFetchOptions(options);
        refresher.setKeepDays(keepDays);
        QEventLoop loop;
        int failed = 0; // feeds that failed, or broke off (their items are kept)
        QObject::connect(&refresher, &FeedRefresher::feedRefreshed, &loop,
                         [&](qint64 id, const QString &message, int added) {
                             if (!message.isEmpty()) {
                                 m_err << "gleaner: " << tr("feed %1: %2").arg(QString::number(id), message)
                                       << '\n';
                                 ++failed;
                             }
                             m_out << id << '\t' << tr("%n new item(s)", nullptr, added) << '\n';
                         });
        QObject::connect(&refresher, &FeedRefresher::finished, &loop, &QEventLoop::quit);
        // --due: only the feeds whose interval has passed and whose back-off is over (for cron).
        if (refresher.refresh(feedId > 0 ? QVector<qint64>{feedId} : QVector<qint64>(),
                              parser.isSet(QStringLiteral("due"))) > 0)
            loop.exec();
        return failed > 0 ? Failure : Success;
    }
    if (sub == QLatin1String("items")) {
        FeedItemFilter filter;
        filter.feedId = feedId;
        filter.unreadOnly = parser.isSet(QStringLiteral("unread"));
        constexpr int kPage = 1000;
        for (;;) {
            const auto items = store.feeds().items(filter, 0, kPage);
            if (!items)
                return error(store.lastError().message);
            for (const FeedItem &item : *items) {
                if (parser.isSet(QStringLiteral("json")))
                    m_out << Cli::compact(itemJson(item)) << '\n';
                else
                    m_out << item.id << '\t' << (item.read ? ' ' : '*') << '\t'
                          << (item.published.isValid() ? item.published.toString(Qt::ISODate) : QString())
                          << '\t' << item.title << '\t' << item.url.toString() << '\n';
                filter.afterSortAt = item.sortAt;
                filter.afterId = item.id;
            }
            if (items->size() < kPage)
                break;
        }
        return Success;
    }
    if (sub == QLatin1String("import-opml")) {
        QByteArray data;
        if (!ArticleImporter::readFile(positional.first(), &data, &problem))
            return error(problem);
        const FeedOpml::ImportResult result = FeedOpml::import(&store, data);
        if (!result.ok)
            return error(result.error);
        if (!result.error.isEmpty())
            m_err << "gleaner: " << result.error << '\n';
        m_out << result.summary() << '\n';
        return result.error.isEmpty() ? Success : Failure;
    }
    if (sub == QLatin1String("export-opml")) {
        QByteArray data;
        if (!FeedOpml::exportTo(store, QFileInfo(libraryPath).completeBaseName(), &data, &problem))
            return error(problem);
        return writeReport(positional.first(), data);
    }
    // remove
    if (!store.feeds().remove(feedId))
        return error(store.lastError().message);
    return Success;
}

} // namespace Gleaner
