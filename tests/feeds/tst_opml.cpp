// OPML subscription lists as feed readers exchange them.
#include "feeds/opml.h"

#include <QFile>
#include <QTest>

using namespace Gleaner;

class TestOpml : public QObject
{
    Q_OBJECT
private slots:
    void readsNestedFolders()
    {
        QFile file(QStringLiteral(GLEANER_FIXTURES "/feeds/subscriptions.opml"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const Opml::ReadResult read = Opml::read(file.readAll());
        QVERIFY2(read.error.isEmpty(), qPrintable(read.error));
        QCOMPARE(read.feeds.size(), 3);
        QCOMPARE(read.feeds.at(0).title, QStringLiteral("Harbor Light Tech Desk")); // title over text
        QCOMPARE(read.feeds.at(0).folder, QStringLiteral("Cloud"));
        QCOMPARE(read.feeds.at(0).siteUrl, QUrl(QStringLiteral("https://harborlight.example")));
        QCOMPARE(read.feeds.at(1).title, QStringLiteral("Quay"));
        QCOMPARE(read.feeds.at(1).folder, QStringLiteral("Cloud / Asia"));
        QCOMPARE(read.feeds.at(2).folder, QString());
    }

    void roundTrip()
    {
        const QVector<OpmlFeed> feeds = {
            {QUrl(QStringLiteral("https://a.example/feed?x=1&y=2")), QStringLiteral("A & <B>"),
             QUrl(QStringLiteral("https://a.example/")), QStringLiteral("News")},
            {QUrl(QStringLiteral("https://b.example/rss")), QStringLiteral("日本語のフィード"), QUrl(),
             QStringLiteral("News / Japan")},
            {QUrl(QStringLiteral("https://c.example/atom")), QStringLiteral("C"), QUrl(), QString()},
            {QUrl(QStringLiteral("https://d.example/atom")), QStringLiteral("D"), QUrl(),
             QStringLiteral("Zeta")},
        };
        const QByteArray written = Opml::write(feeds, QStringLiteral("Desk"));
        const Opml::ReadResult read = Opml::read(written);
        QVERIFY2(read.error.isEmpty(), qPrintable(read.error));
        QCOMPARE(read.feeds.size(), feeds.size());
        for (const OpmlFeed &feed : feeds) {
            bool found = false;
            for (const OpmlFeed &back : read.feeds) {
                if (back.url == feed.url) {
                    found = true;
                    QCOMPARE(back.title, feed.title);
                    QCOMPARE(back.folder, feed.folder);
                    QCOMPARE(back.siteUrl, feed.siteUrl);
                }
            }
            QVERIFY2(found, qPrintable(feed.url.toString()));
        }
    }

    void deepFoldersAndOtherSchemes()
    {
        QByteArray deep = "<opml><body>";
        for (int i = 0; i < 100000; ++i)
            deep += "<outline text=\"f\">";
        QVERIFY(!Opml::read(deep).error.isEmpty()); // broken off, and no crash
        const Opml::ReadResult mixed =
            Opml::read("<opml><body><outline xmlUrl=\"feed://a.example/rss\" text=\"A\"/>"
                       "<outline xmlUrl=\"https://b.example/rss\" text=\"B\"/></body></opml>");
        QCOMPARE(mixed.feeds.size(), 2); // read as written; the library leaves out what is not http(s)
    }

    void notOpml()
    {
        QVERIFY(Opml::read("<rss version=\"2.0\"/>").error.contains(QStringLiteral("<rss>")));
        QVERIFY(!Opml::read("just words").error.isEmpty());
        const Opml::ReadResult cut =
            Opml::read("<opml><body><outline xmlUrl=\"https://a.example/f\" text=\"A\"/><outline");
        QCOMPARE(cut.feeds.size(), 1);
        QVERIFY(!cut.error.isEmpty());
        QVERIFY(Opml::read("<!DOCTYPE opml [<!ENTITY a \"aaaa\">]><opml/>")
                    .error.contains(QStringLiteral("entities")));
    }
};

QTEST_GUILESS_MAIN(TestOpml)
#include "tst_opml.moc"
