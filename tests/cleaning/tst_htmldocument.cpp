#include "cleaning/htmldocument.h"
#include "treedescription.h"

#include <QDir>
#include <QFile>
#include <QTest>

using namespace Gleaner;

using namespace Gleaner::TreeDescription;

class TestHtmlDocument : public QObject
{
    Q_OBJECT

private slots:
    void withoutUnusedContent_data();
    void withoutUnusedContent();
    void sameTree_data();
    void sameTree();
};

void TestHtmlDocument::withoutUnusedContent_data()
{
    QTest::addColumn<QByteArray>("html");
    QTest::addColumn<QByteArray>("expected");

    QTest::newRow("script body") << QByteArray("<p>a</p><script>var x = '<p>';</script><p>b</p>")
                                 << QByteArray("<p>a</p><script></script><p>b</p>");
    QTest::newRow("upper-case script with attributes")
        << QByteArray("<SCRIPT src=\"x.js\" async>f()</SCRIPT >")
        << QByteArray("<SCRIPT src=\"x.js\"></SCRIPT >");
    QTest::newRow("JSON-LD kept") << QByteArray("<script type=\"application/ld+json\">{\"a\":1}</script>")
                                  << QByteArray("<script type=\"application/ld+json\">{\"a\":1}</script>");
    QTest::newRow("JSON-LD type in capitals kept")
        << QByteArray("<script type='Application/LD+JSON'>{}</script>")
        << QByteArray("<script type='Application/LD+JSON'>{}</script>");
    QTest::newRow("style body") << QByteArray("<style>p > a { color: red }</style><p>x</p>")
                                << QByteArray("<style></style><p>x</p>");
    QTest::newRow("'>' in a quoted attribute")
        << QByteArray("<script title=\"a>b\">code</script>") << QByteArray("<script title=\"a>b\"></script>");
    QTest::newRow("script tag inside an attribute value")
        << QByteArray("<a title=\"<script>\">link</a><p>text</p>")
        << QByteArray("<a title=\"<script>\">link</a><p>text</p>");
    QTest::newRow("script tag inside a comment")
        << QByteArray("<!-- <script> --><p>kept</p></script>") << QByteArray("<p>kept</p></script>");
    QTest::newRow("comment between tags")
        << QByteArray("<p>a</p> <!-- note --><p>b</p>") << QByteArray("<p>a</p> <p>b</p>");
    QTest::newRow("comment before text kept")
        << QByteArray("<p>a <!-- note -->b</p>") << QByteArray("<p>a <!-- note -->b</p>");
    QTest::newRow("'--!>' ends a comment") << QByteArray("<p>a <!-- x --!> <b>keep</b> <!-- y --> c</p>")
                                           << QByteArray("<p>a  <b>keep</b> <!-- y --> c</p>");
    QTest::newRow("comment between letters kept")
        << QByteArray("<p>a<!-- x -->b</p>") << QByteArray("<p>a<!-- x -->b</p>");
    QTest::newRow("comment that would join '<' and a letter kept")
        << QByteArray("<<!---->i") << QByteArray("<<!---->i");
    QTest::newRow("script body starting with a tag: left to libxml2")
        << QByteArray("<script></s</script>i<script>x</script>")
        << QByteArray("<script></s</script>i<script>x</script>");
    QTest::newRow("longer end tag name does not end a script")
        << QByteArray("<script>a</scriptx>b</script>c") << QByteArray("<script>a</scriptx>b</script>c");
    QTest::newRow("'/' ending an unquoted value does not close the tag")
        << QByteArray("<p><script x=/> <!--</script><p>k</p>-->")
        << QByteArray("<p><script></script><p>k</p>-->");
    QTest::newRow("a control character is no '/'")
        << QByteArray("<script>a<\x0fscript> <!--</script><p>k</p>-->")
        << QByteArray("<script></script><p>k</p>-->");
    QTest::newRow("wbr stays open to libxml2") << QByteArray("<nav><td>a<wbr><td>b</td></nav><p>x</p>")
                                               << QByteArray("<nav><td>a<wbr><td>b</td></nav><p>x</p>");
    QTest::newRow("quotes in a doctype: rest left alone")
        << QByteArray("<!DOCTYPE html PUBLIC \"x'y\" 'z><nav>'><p>a</p></nav>")
        << QByteArray("<!DOCTYPE html PUBLIC \"x'y\" 'z><nav>'><p>a</p></nav>");
    QTest::newRow("data attribute before '=' kept")
        << QByteArray("<p a data-y=1 =b>t</p>") << QByteArray("<p data-y=1 =b>t</p>");
    QTest::newRow("attribute before '=' kept, whatever its name")
        << QByteArray("<p class=k onclick=f() =b>t</p>") << QByteArray("<p class=k onclick=f() =b>t</p>");
    QTest::newRow("self-closed style has no body")
        << QByteArray("<style/>p{}</style>") << QByteArray("<style/>p{}</style>");
    QTest::newRow("'<?' without a target skips only itself")
        << QByteArray("<?<script>x</script>") << QByteArray("<?<script></script>");
    QTest::newRow("processing instruction runs to '>'")
        << QByteArray("<?php echo '<script>' ?><p>x</p>") << QByteArray("<?php echo '<script>' ?><p>x</p>");
    QTest::newRow("'<_' is text, not a tag") << QByteArray("<_ data-x>") << QByteArray("<_ data-x>");
    QTest::newRow("data attribute after '/' kept")
        << QByteArray("<h/ data-x>t</h>") << QByteArray("<h/ data-x>t</h>");
    QTest::newRow("misplaced doctype: rest left alone")
        << QByteArray("<p>a</p><!DOCTYPE html><script>x</script>")
        << QByteArray("<p>a</p><!DOCTYPE html><script>x</script>");
    QTest::newRow("navigation with a div left open: libxml2 ignores its end tag")
        << QByteArray("<nav><div>menu</nav><p>x</p>") << QByteArray("<nav><div>menu</nav><p>x</p>");
    QTest::newRow("navigation closed by an outer end tag: left alone")
        << QByteArray("<div><nav><a>a</a></div><p>x</p></nav>")
        << QByteArray("<div><nav><a>a</a></div><p>x</p></nav>");
    QTest::newRow("navigation with implicitly closed items")
        << QByteArray("<nav><ul><li>a<li>b</ul></nav><p>x</p>") << QByteArray("<nav></nav><p>x</p>");
    QTest::newRow("unclosed comment left to the parser") << QByteArray("<p>a</p><!-- never closed <p>b</p>")
                                                         << QByteArray("<p>a</p><!-- never closed <p>b</p>");
    QTest::newRow("unclosed script left to the parser")
        << QByteArray("<p>a</p><script>never closed <p>b</p>")
        << QByteArray("<p>a</p><script>never closed <p>b</p>");
    QTest::newRow("scripts tag is not script")
        << QByteArray("<scripts>x</scripts>") << QByteArray("<scripts>x</scripts>");
    QTest::newRow("nested svg")
        << QByteArray("<svg viewBox=\"0 0 1 1\"><svg><path d=\"M0\"/></svg><text>t</text></svg><p>x</p>")
        << QByteArray("<svg></svg><p>x</p>");
    QTest::newRow("self-closing svg") << QByteArray("<svg/><p>x</p>") << QByteArray("<svg/><p>x</p>");
    QTest::newRow("unclosed svg left to the parser")
        << QByteArray("<svg><path/><p>x</p>") << QByteArray("<svg><path/><p>x</p>");
    QTest::newRow("doctype with a quoted '<script>'") << QByteArray("<!DOCTYPE html \"<script>\"><p>x</p>")
                                                      << QByteArray("<!DOCTYPE html \"<script>\"><p>x</p>");
    QTest::newRow("data attributes")
        << QByteArray("<div class=\"a\" data-x=\"1 > 2\" DATA-Y='{}' data-z=3 id=b>t</div>")
        << QByteArray("<div class=\"a\" id=b>t</div>");
    QTest::newRow("data attribute without a value")
        << QByteArray("<p data-flag>t</p>") << QByteArray("<p>t</p>");
    QTest::newRow("data attribute before '/>'") << QByteArray("<br data-x=\"1\"/>") << QByteArray("<br />");
    QTest::newRow("attribute merely containing data-")
        << QByteArray("<p x-data-y=\"1\" class=c>t</p>") << QByteArray("<p class=c>t</p>");
    QTest::newRow("attributes the cleaner never reads")
        << QByteArray("<a href=\"/x\" onclick=\"go()\" target=_blank rel=author>t</a>")
        << QByteArray("<a href=\"/x\" rel=author>t</a>");
    QTest::newRow("a repeated attribute: libxml2 keeps the first")
        << QByteArray("<p class=a CLASS=b id=i class=c>t</p>") << QByteArray("<p class=a id=i>t</p>");
    QTest::newRow("unclosed start tag left to the parser")
        << QByteArray("<p>a</p><div data-x=\"1\"") << QByteArray("<p>a</p><div data-x=\"1\"");
    QTest::newRow("navigation")
        << QByteArray("<nav class=\"menu\"><ul><li><a href=\"/\">Home</a></li></ul></nav><p>x</p>")
        << QByteArray("<nav class=\"menu\"></nav><p>x</p>");
    QTest::newRow("'</nav>' in a script inside the navigation")
        << QByteArray("<nav><script>s = '</nav>';</script><a>A</a></nav><p>x</p>")
        << QByteArray("<nav></nav><p>x</p>");
    QTest::newRow("'</aside>' in an attribute inside the aside")
        << QByteArray("<aside><a title=\"</aside>\">A</a></aside><p>x</p>")
        << QByteArray("<aside></aside><p>x</p>");
    QTest::newRow("unclosed aside left to the parser, later scripts still emptied")
        << QByteArray("<aside><p>a</p><script>s()</script>")
        << QByteArray("<aside><p>a</p><script></script>");
    QTest::newRow("nothing to leave out") << QByteArray("<p>plain</p>") << QByteArray("<p>plain</p>");
}

void TestHtmlDocument::withoutUnusedContent()
{
    QFETCH(QByteArray, html);
    QFETCH(QByteArray, expected);
    QCOMPARE(HtmlDocument::withoutUnusedContent(html), expected);
}

void TestHtmlDocument::sameTree_data()
{
    // Every input of the test above, then pages (the expected column is not used here).
    withoutUnusedContent_data();
    QByteArray many = "<p";
    for (int i = 0; i < 3000; ++i)
        many += " a" + QByteArray::number(i) + "=x class=c" + QByteArray::number(i % 7) + " ID='i'";
    many += ">t</p>";
    QTest::newRow("thousands of attributes, repeated and not") << many << QByteArray();
    // Found by fuzz_prefilter: leaving out "data-x" must not glue "/" to the value before it.
    QTest::newRow("unread attribute between an unquoted value and '/>'")
        << QByteArray("<p>a <a href=you data-x/>b</a> c</p>") << QByteArray();
    QTest::newRow("unread attribute with control bytes before '/>'")
        << QByteArray("<p><a href=you have.\0\0\0/>b</p>", 28) << QByteArray();
    QTest::newRow("attributes that cannot be left out")
        << QByteArray("<p a=1 =b class=x =c rel=y>t</p>") << QByteArray();
    QStringList dirs = {QStringLiteral(GLEANER_FIXTURES "/cleaning"), QStringLiteral(GLEANER_FUZZ_CORPUS)};
    // More pages to check by hand, e.g. a folder of saved news pages.
    if (qEnvironmentVariableIsSet("GLEANER_EXTRA_PAGES"))
        dirs << qEnvironmentVariable("GLEANER_EXTRA_PAGES");
    for (const QString &dir : dirs) {
        const QFileInfoList files = QDir(dir).entryInfoList({QStringLiteral("*.html")}, QDir::Files);
        QVERIFY2(!files.isEmpty(), qPrintable(dir));
        for (const QFileInfo &file : files) {
            QFile f(file.filePath());
            QVERIFY(f.open(QIODevice::ReadOnly));
            QTest::newRow(qPrintable(file.fileName())) << f.readAll() << QByteArray();
        }
    }
    QTest::newRow("scripts, styles, drawings and comments everywhere")
        << QByteArray(
               "<html><head><title>T</title><style>b{}</style><script>if (a < b) x();</script>"
               "<script type=\"application/ld+json\">{\"headline\":\"H\"}</script></head><body>"
               "<!-- a comment --><div class=\"a\"><svg width=\"3\"><g><text>drawn</text></g></svg>"
               "<p>One <b>bold</b><!-- inline --> word.</p><script>document.write('<p>no</p>')</script>"
               "<SVG><Svg></sVg></SVG><nav><nav>in</nav><script>'</nav>'</script></nav><aside>side</aside>"
               "<template><p>t</template><p data-n=\"2\">Two</p><img "
               "data-src='i.png' alt=\"A\"></div></body></html>")
        << QByteArray();
}

// Leaving unused content out before parsing must not change the rest of the tree.
void TestHtmlDocument::sameTree()
{
    QFETCH(QByteArray, html);
    const QByteArray filtered = describeFiltered(html);
    QVERIFY(!filtered.isEmpty());
    QCOMPARE(filtered, describeUnfiltered(html));
}

QTEST_APPLESS_MAIN(TestHtmlDocument)
#include "tst_htmldocument.moc"
