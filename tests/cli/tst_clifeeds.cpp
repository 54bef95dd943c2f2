// gleaner feed, run as a user's shell runs it against a local HTTP server: the
// outputs are read as a script would read them, and every failure says why with
// the exit status the other commands use.
#include "clirunner.h"
#include "jsonlines.h"
#include "testhttpserver.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace Gleaner;
using Gleaner::Test::jsonLines;
using Gleaner::Test::Run;

namespace {

QSet<QString> keysOf(const QJsonObject &object)
{
    const QStringList keys = object.keys();
    return QSet<QString>(keys.begin(), keys.end());
}

QByteArray rss(int count, const QByteArray &title = "Wire")
{
    QByteArray xml =
        "<rss version=\"2.0\"><channel><title>" + title + "</title><link>https://wire.example/</link>";
    for (int i = 0; i < count; ++i)
        xml += "<item><guid>g" + QByteArray::number(i) + "</guid><title>Story " + QByteArray::number(i) +
               "</title><link>https://wire.example/" + QByteArray::number(i) + "</link><pubDate>" +
               QDateTime::currentDateTimeUtc().addSecs(-60 * (i + 1)).toString(Qt::RFC2822Date).toLatin1() +
               "</pubDate></item>";
    return xml + "</channel></rss>";
}
} // namespace

class TestCliFeeds : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    TestHttpServer m_server;
    QByteArray m_feed = rss(2);
    int m_counter = 0;
    QString m_library;

    Run gleaner(const QStringList &args) { return Gleaner::Test::runGleaner(m_dir.path(), args); }
    QStringList feed(const QString &sub) const
    {
        return {QStringLiteral("feed"), sub, QStringLiteral("--library"), m_library};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(m_server.start());
        m_server.route(
            QStringLiteral("/"),
            TestHttpResponse::page("<html><head><link rel=\"alternate\" type=\"application/atom+xml\" "
                                   "href=\"/feed\"></head><body>Site</body></html>"));
        m_server.route(QStringLiteral("/feed"), [this](const TestHttpRequest &) {
            return TestHttpResponse::page(m_feed, "application/rss+xml");
        });
        m_server.route(QStringLiteral("/other"), TestHttpResponse::page(rss(1, "Other"), "text/xml"));
        m_server.route(QStringLiteral("/gone"), TestHttpResponse::error(410));
    }
    void init()
    {
        m_library = m_dir.filePath(QStringLiteral("cli-%1.gleaner").arg(++m_counter));
        m_feed = rss(2);
    }

    void addListItemsRefresh()
    {
        Run run = gleaner(feed(QStringLiteral("add")) << QStringLiteral("--folder") << QStringLiteral("Wires")
                                                      << m_server.url(QStringLiteral("/")).toString());
        QCOMPARE(run.code, 0);
        QCOMPARE(run.outText(), QStringLiteral("1\tWire\n"));
        // Again: says so, exits 0, prints the same line.
        run = gleaner(feed(QStringLiteral("add")) << m_server.url(QStringLiteral("/feed")).toString());
        QCOMPARE(run.code, 0);
        QCOMPARE(run.outText(), QStringLiteral("1\tWire\n"));
        QVERIFY(run.errText().contains(QStringLiteral("already subscribed")));

        run = gleaner(feed(QStringLiteral("list")) << QStringLiteral("--json"));
        QCOMPARE(run.code, 0);
        const QVector<QJsonObject> feeds = jsonLines(run.out);
        QCOMPARE(feeds.size(), 1);
        QCOMPARE(keysOf(feeds.first()),
                 (QSet<QString>{QStringLiteral("id"), QStringLiteral("url"), QStringLiteral("title"),
                                QStringLiteral("folder"), QStringLiteral("unread"), QStringLiteral("items"),
                                QStringLiteral("last_error")}));
        QCOMPARE(feeds.first().value(QStringLiteral("folder")).toString(), QStringLiteral("Wires"));
        QCOMPARE(feeds.first().value(QStringLiteral("unread")).toInt(), 2);
        QVERIFY(feeds.first().value(QStringLiteral("last_error")).isNull());

        run = gleaner(feed(QStringLiteral("items")) << QStringLiteral("--json"));
        QCOMPARE(run.code, 0);
        QVector<QJsonObject> items = jsonLines(run.out);
        QCOMPARE(items.size(), 2);
        QCOMPARE(
            keysOf(items.first()),
            (QSet<QString>{QStringLiteral("id"), QStringLiteral("feed_id"), QStringLiteral("guid"),
                           QStringLiteral("title"), QStringLiteral("url"), QStringLiteral("published"),
                           QStringLiteral("read"), QStringLiteral("starred"), QStringLiteral("article_id")}));
        QCOMPARE(items.first().value(QStringLiteral("guid")).toString(),
                 QStringLiteral("g0")); // newest first
        QVERIFY(items.first().value(QStringLiteral("article_id")).isNull());

        m_feed = rss(5);
        run = gleaner(feed(QStringLiteral("refresh")));
        QCOMPARE(run.code, 0);
        QCOMPARE(run.outText(), QStringLiteral("1\t3 new item(s)\n"));
        run = gleaner(feed(QStringLiteral("items"))
                      << QStringLiteral("--unread") << QStringLiteral("--feed") << QStringLiteral("1"));
        QCOMPARE(run.out.count('\n'), 5);
        // --due: refreshed a moment ago, so nothing is fetched.
        const int requests = int(m_server.requests().size());
        run = gleaner(feed(QStringLiteral("refresh")) << QStringLiteral("--due"));
        QCOMPARE(run.code, 0);
        QCOMPARE(run.outText(), QString());
        QCOMPARE(int(m_server.requests().size()), requests);

        // More items than one page of the command: each once, newest first.
        m_feed = rss(1500);
        QCOMPARE(gleaner(feed(QStringLiteral("refresh"))).code, 0);
        const QVector<QJsonObject> many =
            jsonLines(gleaner(feed(QStringLiteral("items")) << QStringLiteral("--json")).out);
        QCOMPARE(many.size(), 1500);
        QSet<qint64> seen;
        for (const QJsonObject &item : many)
            seen.insert(item.value(QStringLiteral("id")).toInteger());
        QCOMPARE(seen.size(), 1500);
        QCOMPARE(many.first().value(QStringLiteral("guid")).toString(), QStringLiteral("g0"));
        QCOMPARE(many.last().value(QStringLiteral("guid")).toString(), QStringLiteral("g1499"));
    }

    void failuresSayWhy()
    {
        // A feed that is gone: refresh exits 1, the reason is kept and listed.
        QCOMPARE(
            gleaner(feed(QStringLiteral("add")) << m_server.url(QStringLiteral("/other")).toString()).code,
            0);
        QCOMPARE(gleaner(feed(QStringLiteral("import-opml")) << QStringLiteral("-")).code, 1); // empty stdin
        QFile opml(m_dir.filePath(QStringLiteral("gone-%1.opml").arg(m_counter)));
        QVERIFY(opml.open(QIODevice::WriteOnly));
        opml.write("<opml version=\"2.0\"><body><outline text=\"Gone\" xmlUrl=\"" +
                   m_server.url(QStringLiteral("/gone")).toEncoded() +
                   "\"/><outline text=\"Podcast\" xmlUrl=\"itpc://pod.example/rss\"/></body></opml>");
        opml.close();
        // One entry that is no web address: the rest is subscribed, and that one named.
        Run run = gleaner(feed(QStringLiteral("import-opml")) << opml.fileName());
        QCOMPARE(run.code, 1);
        QVERIFY(run.outText().contains(QStringLiteral("1 feed(s) subscribed")));
        QVERIFY2(run.errText().contains(QStringLiteral("itpc://pod.example/rss")), qPrintable(run.errText()));
        run = gleaner(feed(QStringLiteral("refresh")));
        QCOMPARE(run.code, 1);
        QVERIFY2(run.errText().contains(QStringLiteral("410")), qPrintable(run.errText()));
        run = gleaner(feed(QStringLiteral("list")) << QStringLiteral("--json"));
        const QVector<QJsonObject> feeds = jsonLines(run.out);
        QCOMPARE(feeds.size(), 2);
        int failing = 0;
        for (const QJsonObject &f : feeds)
            failing +=
                f.value(QStringLiteral("last_error")).toString().contains(QStringLiteral("410")) ? 1 : 0;
        QCOMPARE(failing, 1);

        // Not a feed anywhere, not an address, usage errors.
        run =
            gleaner(feed(QStringLiteral("add")) << m_server.url(QStringLiteral("/nothing-here")).toString());
        QCOMPARE(run.code, 1);
        QVERIFY(run.errText().startsWith(QStringLiteral("gleaner: ")));
        run = gleaner(feed(QStringLiteral("add")) << QStringLiteral("ftp://wire.example/feed"));
        QCOMPARE(run.code, 2);
        QCOMPARE(gleaner({QStringLiteral("feed")}).code, 2);
        QCOMPARE(gleaner({QStringLiteral("feed"), QStringLiteral("subscribe")}).code, 2);
        QCOMPARE(gleaner(feed(QStringLiteral("remove"))).code, 2);
        QCOMPARE(
            gleaner(feed(QStringLiteral("remove")) << QStringLiteral("--feed") << QStringLiteral("x")).code,
            2);
        run = gleaner(feed(QStringLiteral("remove")) << QStringLiteral("--feed") << QStringLiteral("99"));
        QCOMPARE(run.code, 1);
        QVERIFY(run.errText().contains(QStringLiteral("no feed 99")));
        QCOMPARE(gleaner({QStringLiteral("feed"), QStringLiteral("list")}).code, 2); // no --library
    }

    void opmlRoundTripAndRemove()
    {
        QCOMPARE(gleaner(feed(QStringLiteral("add")) << QStringLiteral("--folder") << QStringLiteral("A / B")
                                                     << m_server.url(QStringLiteral("/feed")).toString())
                     .code,
                 0);
        QCOMPARE(
            gleaner(feed(QStringLiteral("add")) << m_server.url(QStringLiteral("/other")).toString()).code,
            0);
        const QString out = m_dir.filePath(QStringLiteral("subs-%1.opml").arg(m_counter));
        QCOMPARE(gleaner(feed(QStringLiteral("export-opml")) << out).code, 0);
        Run printed = gleaner(feed(QStringLiteral("export-opml")) << QStringLiteral("-"));
        QCOMPARE(printed.code, 0);
        QVERIFY(printed.outText().contains(QStringLiteral("<opml version=\"2.0\">")));
        // Into another library: the same feeds in the same folders.
        const QString other = m_library;
        m_library = m_dir.filePath(QStringLiteral("cli-%1-copy.gleaner").arg(m_counter));
        Run run = gleaner(feed(QStringLiteral("import-opml")) << out);
        QCOMPARE(run.code, 0);
        QVERIFY(run.outText().contains(QStringLiteral("2 feed(s) subscribed")));
        run = gleaner(feed(QStringLiteral("import-opml")) << out);
        QVERIFY(run.outText().contains(QStringLiteral("2 already subscribed")));
        const QVector<QJsonObject> feeds =
            jsonLines(gleaner(feed(QStringLiteral("list")) << QStringLiteral("--json")).out);
        QCOMPARE(feeds.size(), 2);
        QSet<QString> folders;
        for (const QJsonObject &f : feeds)
            folders << f.value(QStringLiteral("folder")).toString();
        QCOMPARE(folders, (QSet<QString>{QStringLiteral("A / B"), QString()}));
        // Remove one; its items go with it.
        const QString id = QString::number(feeds.first().value(QStringLiteral("id")).toInteger());
        QCOMPARE(gleaner(feed(QStringLiteral("refresh"))).code, 0);
        QCOMPARE(gleaner(feed(QStringLiteral("remove")) << QStringLiteral("--feed") << id).code, 0);
        QCOMPARE(jsonLines(gleaner(feed(QStringLiteral("list")) << QStringLiteral("--json")).out).size(), 1);
        const QVector<QJsonObject> left =
            jsonLines(gleaner(feed(QStringLiteral("items")) << QStringLiteral("--json")).out);
        for (const QJsonObject &item : left)
            QVERIFY(QString::number(item.value(QStringLiteral("feed_id")).toInteger()) != id);
        m_library = other;
    }
};

QTEST_GUILESS_MAIN(TestCliFeeds)
#include "tst_clifeeds.moc"
