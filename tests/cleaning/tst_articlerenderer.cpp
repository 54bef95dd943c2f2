#include "cleaning/articlecleaner.h"

#include <QFile>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>

using namespace Gleaner;

// The view maps text offsets to document positions through the segments: segment i
// must be the text of the i-th block QTextDocument makes from the article's HTML.
class TestArticleRenderer : public QObject
{
    Q_OBJECT

private slots:
    void segmentsMatchTextDocument_data();
    void segmentsMatchTextDocument();
};

void TestArticleRenderer::segmentsMatchTextDocument_data()
{
    QTest::addColumn<QByteArray>("data");
    auto fixture = [](const char *name) {
        QFile f(QStringLiteral(GLEANER_FIXTURES "/cleaning/") + QLatin1String(name));
        if (!f.open(QIODevice::ReadOnly))
            qFatal("missing fixture %s", name);
        return f.readAll();
    };
    QTest::newRow("news article: headings, list, quote, table, pre, caption") << fixture("news-article.html");
    QTest::newRow("fragment with links and an ordered list") << fixture("fragment.html");
    QTest::newRow("plain text") << fixture("article.txt");
    QTest::newRow("Japanese (Shift_JIS)") << fixture("charset-shiftjis.html");
    QTest::newRow("Korean (EUC-KR)") << fixture("charset-euckr.html");
    QTest::newRow("table first and last") << QByteArray(
        "<table><tr><th>a</th><th>b</th></tr><tr><td>c</td></tr></table><p>Between, a paragraph "
        "with enough words to count.</p><table><tr><td>x</td><td>y</td></tr><tr><td>z</td><td>"
        "w</td></tr></table>");
    QTest::newRow("empty cells, last cell empty") << QByteArray(
        "<p>Before the table comes a paragraph with words.</p><table><tr><td>a</td><td></td></tr>"
        "<tr><td></td><td>b</td></tr><tr><td>c</td><td></td></tr></table><h2>After</h2><table><tr>"
        "<td>d</td><td>e</td></tr><tr><td>f</td><td> </td></tr></table><p>End of the text.</p>");
    QTest::newRow("nested and mixed lists") << QByteArray(
        "<ul><li>one<ul><li>one.a</li><li>one.b<ol><li>deep</li></ol></li></ul></li><li>two</li>"
        "</ul><ol><li>first</li></ol><ul><li><ul><li>skipped level</li></ul></li></ul>");
    QTest::newRow("pre with tabs, indentation and blank lines") << QByteArray(
        "<p>Code follows, and it is code that matters a lot.</p><pre>\nint main()\n{\n\treturn 0;"
        "\n\n    // done\n}\n</pre>");
    QTest::newRow("quotes, breaks and odd white space")
        << QByteArray("<blockquote><p>One\xC2\xA0two  three</p><p>four<br>five\xE2\x80\x8B six\xC2\xAD!</p>"
                      "</blockquote><p>a <b> b </b> <i>c</i>\td\r\ne &amp; &lt;f&gt; \xE2\x80\x83 g</p>");
    QTest::newRow("headings of every level") << QByteArray(
        "<h1>Top</h1><h2>Two</h2><h3>Three</h3><h4>Four</h4><h5>Five</h5><h6>Six</h6><p>Text.</p>");
    QTest::newRow("Japanese plain text")
        << QString::fromUtf8(
               "港町の図書館\n\n港町の中心に新しい図書館が開館しました。多くの市民が朝から列を作りました。"
               "\n\n子ども向けの部屋\n\n子どもたちは絵本の部屋に集まり、職員が読み聞かせをしました。")
               .toUtf8();
    QTest::newRow("emoji and surrogates")
        << QByteArray("<p>Rocket \xF0\x9F\x9A\x80 launch, with a long tail of "
                      "text after it.</p>");
}

void TestArticleRenderer::segmentsMatchTextDocument()
{
    QFETCH(QByteArray, data);
    CleanInput input;
    input.data = data;
    const CleanResult r = ArticleCleaner::clean(input);
    QVERIFY2(r.ok(), qPrintable(r.error));
    const CleanedArticle &a = r.article;

    QTextDocument doc;
    doc.setHtml(a.html);
    QStringList blocks;
    for (QTextBlock b = doc.begin(); b.isValid(); b = b.next())
        blocks << b.text();
    QStringList segments;
    for (const TextSegment &s : a.segments)
        segments << a.text.mid(s.start, s.end - s.start);
    if (segments != blocks) {
        qWarning() << "segments" << segments;
        qWarning() << "blocks  " << blocks;
    }
    QCOMPARE(segments, blocks);

    // Blocks are separated by a blank line; segments never overlap.
    int last = 0;
    for (const TextSegment &s : a.segments) {
        QVERIFY(s.start >= last);
        last = s.end;
    }
    QVERIFY(!a.text.contains(QLatin1String("\n\n\n")));
}

QTEST_MAIN(TestArticleRenderer)
#include "tst_articlerenderer.moc"
