// The feed formats as sites write them, quirks and hostile documents included.
#include "feeds/feeddates.h"
#include "feeds/feedparser.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTest>

using namespace Gleaner;

namespace {
QByteArray fixture(const char *name)
{
    QFile file(QStringLiteral(GLEANER_FIXTURES "/feeds/") + QLatin1String(name));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", name);
    return file.readAll();
}

QDateTime utc(const char *iso)
{
    return QDateTime::fromString(QLatin1String(iso), Qt::ISODate).toUTC();
}
} // namespace

class TestFeedParser : public QObject
{
    Q_OBJECT
private slots:
    void wordpressRss()
    {
        const ParsedFeed feed = FeedParser::parse(fixture("wordpress-rss.xml"),
                                                  QUrl(QStringLiteral("https://harborlight.example/feed/")));
        QCOMPARE(feed.format, ParsedFeed::Format::Rss2);
        QVERIFY2(feed.error.isEmpty(), qPrintable(feed.error));
        QCOMPARE(feed.title, QStringLiteral("Harbor Light Tech Desk"));
        QCOMPARE(feed.siteUrl, QUrl(QStringLiteral("https://harborlight.example")));
        QCOMPARE(feed.entries.size(), 4);
        const FeedEntry &first = feed.entries.at(0);
        QCOMPARE(first.title, QStringLiteral("Nordwind Cloud commits €4 billion to data centres in Finland"));
        QCOMPARE(first.guid, QStringLiteral("https://harborlight.example/?p=4411"));
        // isPermaLink="false": the link comes from <link>, not from the GUID.
        QCOMPARE(first.url, QUrl(QStringLiteral("https://harborlight.example/2026/04/02/nordwind-finland/")));
        QCOMPARE(first.author, QStringLiteral("Aino Virtanen"));
        QCOMPARE(first.published, utc("2026-04-02T08:30:00Z"));
        QVERIFY(first.content.contains(QStringLiteral("three data centres in Finland by 2030")));
        QVERIFY(first.summary.contains(QStringLiteral("&#8364;4 billion"))); // HTML, as sent
        QCOMPARE(first.imageUrl,
                 QUrl(QStringLiteral("https://harborlight.example/wp-content/uploads/oulu.jpg")));
        // EDT, no seconds, one-digit day.
        QCOMPARE(feed.entries.at(1).published, utc("2026-04-01T21:05:00Z"));
        QVERIFY(feed.entries.at(1).content.isEmpty());
        QVERIFY(!feed.entries.at(2).published.isValid());
    }

    void identityFallsBackToLinkThenHash()
    {
        const ParsedFeed feed = FeedParser::parse(fixture("wordpress-rss.xml"),
                                                  QUrl(QStringLiteral("https://harborlight.example/feed/")));
        QCOMPARE(FeedParser::identity(feed.entries.at(0)),
                 QStringLiteral("https://harborlight.example/?p=4411"));
        QCOMPARE(FeedParser::identity(feed.entries.at(2)),
                 QStringLiteral("https://harborlight.example/2026/03/31/plain/"));
        const QString hashed = FeedParser::identity(feed.entries.at(3));
        QVERIFY(hashed.startsWith(QStringLiteral("sha256:")));
        // The same title and date give the same identity; another title another.
        FeedEntry same = feed.entries.at(3);
        QCOMPARE(FeedParser::identity(same), hashed);
        same.title += QLatin1Char('!');
        QVERIFY(FeedParser::identity(same) != hashed);
    }

    void atomWithXmlBase()
    {
        const ParsedFeed feed = FeedParser::parse(
            fixture("atom-xmlbase.xml"), QUrl(QStringLiteral("https://quay.example/feeds/atom.xml")));
        QCOMPARE(feed.format, ParsedFeed::Format::Atom);
        QVERIFY2(feed.error.isEmpty(), qPrintable(feed.error));
        QCOMPARE(feed.title, QStringLiteral("Quay Engineering")); // type="html", markup removed
        QCOMPARE(feed.siteUrl, QUrl(QStringLiteral("https://quay.example/blog/")));
        QCOMPARE(feed.entries.size(), 2);
        const FeedEntry &first = feed.entries.at(0);
        QCOMPARE(first.url, QUrl(QStringLiteral("https://quay.example/blog/posts/engineers.html")));
        QCOMPARE(first.imageUrl, QUrl(QStringLiteral("https://quay.example/img/chart.png")));
        QCOMPARE(first.published, utc("2026-04-02T00:30:00Z"));
        QCOMPARE(first.author, QStringLiteral("Kenji Watanabe"));
        QCOMPARE(first.summary, QStringLiteral("Short &amp; plain"));
        QVERIFY2(first.content.contains(QStringLiteral("<b>1 million</b>")), qPrintable(first.content));
        // An entry with its own xml:base; <updated> stands in for a missing <published>.
        QCOMPARE(feed.entries.at(1).url, QUrl(QStringLiteral("https://other.example/news/item-2")));
        QCOMPARE(feed.entries.at(1).published, utc("2026-04-01T00:00:00Z"));
        QCOMPARE(feed.entries.at(1).content, QStringLiteral("<p>Escaped <i>HTML</i>.</p>"));
    }

    void jsonFeed()
    {
        const ParsedFeed feed = FeedParser::parse(fixture("jsonfeed.json"),
                                                  QUrl(QStringLiteral("https://ledger.example/feed.json")));
        QCOMPARE(feed.format, ParsedFeed::Format::JsonFeed);
        QCOMPARE(feed.title, QStringLiteral("Ledger Notes"));
        QCOMPARE(feed.entries.size(), 2);
        QCOMPARE(feed.entries.at(0).guid, QStringLiteral("2"));
        QCOMPARE(feed.entries.at(0).author, QStringLiteral("Priya Raman"));
        QCOMPARE(feed.entries.at(0).published, utc("2026-04-02T17:00:00Z"));
        QCOMPARE(feed.entries.at(1).guid, QStringLiteral("1")); // a number, as some feeds write it
        QCOMPARE(feed.entries.at(1).url, QUrl(QStringLiteral("https://ledger.example/2026/text-only")));
        QCOMPARE(feed.entries.at(1).author, QStringLiteral("Ledger Staff")); // the feed's author
        QCOMPARE(feed.entries.at(1).content,
                 QStringLiteral("<p>First paragraph.</p><p>Second &lt;paragraph&gt;.</p>"));
        QCOMPARE(feed.entries.at(1).published, utc("2026-03-30T08:00:00Z"));
    }

    void rdf()
    {
        const ParsedFeed feed =
            FeedParser::parse(fixture("rdf.xml"), QUrl(QStringLiteral("https://kiosk.example/rss")));
        QCOMPARE(feed.format, ParsedFeed::Format::Rdf);
        QCOMPARE(feed.title, QStringLiteral("Kiosk Headlines"));
        QCOMPARE(feed.entries.size(), 2);
        QCOMPARE(feed.entries.at(0).author, QStringLiteral("Maria Costa"));
        QCOMPARE(feed.entries.at(0).published, utc("2026-04-02T05:00:00Z"));
        QCOMPARE(feed.entries.at(0).guid, QStringLiteral("https://kiosk.example/a/1"));
        // No <link>: rdf:about is the address.
        QCOMPARE(feed.entries.at(1).url, QUrl(QStringLiteral("https://kiosk.example/a/2")));
        QCOMPARE(feed.entries.at(1).published, utc("2026-04-01T00:00:00Z"));
    }

    void brokenFeedKeepsWhatParsed()
    {
        const ParsedFeed feed =
            FeedParser::parse(fixture("broken.xml"), QUrl(QStringLiteral("https://broken.example/")));
        QCOMPARE(feed.format, ParsedFeed::Format::Rss2);
        QCOMPARE(feed.entries.size(), 2);
        QCOMPARE(feed.entries.at(1).title, QStringLiteral("Second whole item"));
        QVERIFY(feed.error.contains(QStringLiteral("line 5")));
        QVERIFY(feed.error.contains(QStringLiteral("2 entries")));
        // Cut in the middle of the document.
        const QByteArray whole = fixture("wordpress-rss.xml");
        const ParsedFeed cut = FeedParser::parse(whole.left(whole.indexOf("<title>Summary only")),
                                                 QUrl(QStringLiteral("https://h.example/")));
        QCOMPARE(cut.entries.size(), 1);
        QVERIFY(cut.error.contains(QStringLiteral("ends in the middle")));
    }

    void entityExpansionIsRefused()
    {
        QElapsedTimer timer;
        timer.start();
        const ParsedFeed feed =
            FeedParser::parse(fixture("billion-laughs.xml"), QUrl(QStringLiteral("https://x.example/")));
        QVERIFY(timer.elapsed() < 1000);
        QVERIFY(feed.entries.isEmpty());
        QVERIFY(feed.title.size() < 100);
        QVERIFY(feed.error.contains(QStringLiteral("entities")));
    }

    void externalEntitiesAreNeverRead()
    {
        const ParsedFeed feed =
            FeedParser::parse(fixture("external-entity.xml"), QUrl(QStringLiteral("https://x.example/")));
        QFile hostname(QStringLiteral("/etc/hostname"));
        QByteArray secret;
        if (hostname.open(QIODevice::ReadOnly))
            secret = hostname.readAll().trimmed();
        for (const FeedEntry &entry : feed.entries)
            QVERIFY(secret.isEmpty() || !entry.title.contains(QString::fromUtf8(secret)));
        QVERIFY(!feed.error.isEmpty());
    }

    void charsets()
    {
        const ParsedFeed latin =
            FeedParser::parse(fixture("latin1-declared.xml"), QUrl(QStringLiteral("https://z.example/")));
        QCOMPARE(latin.title, QStringLiteral("Café Zeitung"));
        QCOMPARE(latin.entries.value(0).title, QStringLiteral("München fördert KI mit 5 Mio. EUR"));
        // No declaration in the document: the HTTP header's charset decides.
        const ParsedFeed cp =
            FeedParser::parse(fixture("cp1252-undeclared.xml"), QUrl(QStringLiteral("https://cp.example/")),
                              QStringLiteral("windows-1252"));
        QCOMPARE(cp.entries.value(0).title, QStringLiteral("“Quoted” – naïve"));
        const ParsedFeed sj =
            FeedParser::parse(fixture("shiftjis-declared.xml"), QUrl(QStringLiteral("https://jp.example/")));
        QCOMPARE(sj.title, QStringLiteral("テック新聞"));
        QCOMPARE(sj.entries.value(0).title, QStringLiteral("同社は2029年までに100億ドルを投資する"));
    }

    void notAFeed()
    {
        const ParsedFeed page = FeedParser::parse("<!DOCTYPE html><html><body>Hi</body></html>", QUrl());
        QVERIFY(!page.isFeed());
        QVERIFY(page.error.contains(QStringLiteral("web page")));
        const ParsedFeed other = FeedParser::parse("<?xml version=\"1.0\"?><svg/>", QUrl());
        QVERIFY(!other.isFeed());
        QVERIFY(other.error.contains(QStringLiteral("<svg>")));
        const ParsedFeed json = FeedParser::parse("{\"hello\": 1}", QUrl());
        QVERIFY(!json.isFeed());
        QVERIFY(json.error.contains(QStringLiteral("JSON Feed")));
        QVERIFY(!FeedParser::parse(QByteArray(), QUrl()).isFeed());
    }

    void tenThousandItemsAndMore()
    {
        QByteArray xml = "<rss version=\"2.0\"><channel><title>Many</title>";
        for (int i = 0; i < FeedParser::kMaxEntries + 5; ++i)
            xml += "<item><title>Item " + QByteArray::number(i) + "</title><guid>g" + QByteArray::number(i) +
                   "</guid></item>";
        xml += "</channel></rss>";
        QElapsedTimer timer;
        timer.start();
        const ParsedFeed feed = FeedParser::parse(xml, QUrl(QStringLiteral("https://many.example/")));
        QVERIFY2(timer.elapsed() < 2000, qPrintable(QString::number(timer.elapsed())));
        QCOMPARE(feed.entries.size(), FeedParser::kMaxEntries);
        QVERIFY(feed.error.contains(QString::number(FeedParser::kMaxEntries)));
    }

    void onlyWebLinks()
    {
        const QByteArray xml = "<rss version=\"2.0\"><channel><item><title>x</title>"
                               "<link>javascript:alert(1)</link><guid isPermaLink=\"false\">x</guid></item>"
                               "</channel></rss>";
        const ParsedFeed feed = FeedParser::parse(xml, QUrl(QStringLiteral("https://s.example/")));
        QVERIFY(feed.entries.value(0).url.isEmpty());
        // An address whose host cannot be one (found by fuzz_feeds) is no link either.
        const ParsedFeed bad = FeedParser::parse(
            "<rss "
            "version=\"2.0\"><channel><item><title>x</title><link>https://zeitung.example)1</link></item>"
            "</channel></rss>",
            QUrl(QStringLiteral("https://s.example/")));
        QCOMPARE(bad.entries.size(), 1);
        QVERIFY(bad.entries.first().url.isEmpty());
        QVERIFY(!FeedParser::identity(bad.entries.first()).isEmpty());
    }

    void deepNestingIsNoCrash()
    {
        QByteArray channels = "<rss version=\"2.0\">";
        for (int i = 0; i < 100000; ++i)
            channels += "<channel>";
        const ParsedFeed feed = FeedParser::parse(channels, QUrl(QStringLiteral("https://deep.example/")));
        QVERIFY(feed.entries.isEmpty());
        QVERIFY(!feed.error.isEmpty());
    }

    void dates_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected"); // UTC, or empty for unreadable
        QTest::newRow("rfc822") << "Thu, 02 Apr 2026 08:30:00 +0000"
                                << "2026-04-02T08:30:00Z";
        QTest::newRow("gmt") << "Thu, 02 Apr 2026 08:30:00 GMT"
                             << "2026-04-02T08:30:00Z";
        QTest::newRow("no weekday") << "2 Apr 2026 08:30:00 +0200"
                                    << "2026-04-02T06:30:00Z";
        QTest::newRow("wrong weekday") << "Mon, 02 Apr 2026 08:30:00 +0000"
                                       << "2026-04-02T08:30:00Z";
        QTest::newRow("no seconds, EST") << "Thu, 02 Apr 2026 08:30 EST"
                                         << "2026-04-02T13:30:00Z";
        QTest::newRow("CEST") << "Thu, 02 Apr 2026 08:30:00 CEST"
                              << "2026-04-02T06:30:00Z";
        QTest::newRow("JST") << "Thu, 02 Apr 2026 09:00:00 JST"
                             << "2026-04-02T00:00:00Z";
        QTest::newRow("GMT+2") << "Thu, 02 Apr 2026 08:30:00 GMT+2"
                               << "2026-04-02T06:30:00Z";
        QTest::newRow("colon offset") << "Thu, 02 Apr 2026 08:30:00 +05:30"
                                      << "2026-04-02T03:00:00Z";
        QTest::newRow("two-digit year") << "Thu, 02 Apr 26 08:30:00 +0000"
                                        << "2026-04-02T08:30:00Z";
        QTest::newRow("long month") << "02 April 2026 08:30:00 +0000"
                                    << "2026-04-02T08:30:00Z";
        QTest::newRow("no zone") << "Thu, 02 Apr 2026 08:30:00"
                                 << "2026-04-02T08:30:00Z";
        QTest::newRow("no time") << "Thu, 02 Apr 2026"
                                 << "2026-04-02T00:00:00Z";
        QTest::newRow("iso z") << "2026-04-02T08:30:00Z"
                               << "2026-04-02T08:30:00Z";
        QTest::newRow("iso fraction offset") << "2026-04-02T08:30:00.123-05:00"
                                             << "2026-04-02T13:30:00Z";
        QTest::newRow("iso no colon") << "2026-04-02T08:30:00+0900"
                                      << "2026-04-01T23:30:00Z";
        QTest::newRow("iso date") << "2026-04-02"
                                  << "2026-04-02T00:00:00Z";
        QTest::newRow("iso space") << "2026-04-02 08:30:00"
                                   << "2026-04-02T08:30:00Z";
        QTest::newRow("empty") << ""
                               << "";
        QTest::newRow("words") << "yesterday"
                               << "";
        QTest::newRow("bad day") << "31 Feb 2026 10:00:00 +0000"
                                 << "";
        QTest::newRow("unknown zone") << "Thu, 02 Apr 2026 08:30:00 XYZT"
                                      << "";
    }

    void dates()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        const QDateTime parsed = FeedDates::parse(text);
        if (expected.isEmpty())
            QVERIFY2(!parsed.isValid(), qPrintable(parsed.toString(Qt::ISODate)));
        else
            QCOMPARE(parsed.toString(Qt::ISODate), expected);
    }

    void plainTitles()
    {
        QCOMPARE(FeedParser::plainText(QStringLiteral("A &amp; B &#8212; <b>bold</b>&nbsp;x")),
                 QStringLiteral("A & B — bold x"));
        QCOMPARE(FeedParser::plainText(QStringLiteral("&#x1F600; &bogus; &#0;")),
                 QStringLiteral("😀 &bogus; &#0;"));
    }
};

QTEST_GUILESS_MAIN(TestFeedParser)
#include "tst_feedparser.moc"
