// An article as Markdown: blocks as Markdown writes them (a pipe table with its
// header row, a list ended before the next paragraph), highlights and footnotes.
#include "import/articleimporter.h"
#include "services/articlemarkdown.h"

#include <QTest>

using namespace Gleaner;

class TestArticleMarkdown : public QObject
{
    Q_OBJECT
    Article m_article;

private Q_SLOTS:
    void initTestCase()
    {
        ImportSource source;
        source.data = R"(<html><head><title>Harbor Cloud plans</title></head><body><article>
<h1>Harbor Cloud plans</h1>
<p>Harbor Cloud will spend money in three regions over the next years, the company said on Monday.</p>
<table><tr><th>Region</th><th>Amount</th></tr>
<tr><td>Europe</td><td>$2 billion</td></tr>
<tr><td>Asia</td><td>$1 billion</td></tr></table>
<p>More text follows the table and explains where the data centers will be built.</p>
<ul><li>first site</li><li>second site</li></ul>
<p>After the list comes a closing paragraph with a few more words in it.</p>
</article></body></html>)";
        source.format = CleanInput::Format::Html;
        source.kind = SourceKind::Paste;
        QString error;
        QVERIFY2(ArticleImporter::prepare(source, &m_article, &error), qPrintable(error));
        m_article.id = 1;
    }

    void tablesAndListsAreMarkdownBlocks()
    {
        const QString md = ArticleMarkdown::render(m_article, {}, QLocale(QStringLiteral("en_US")));
        QVERIFY2(md.contains(QStringLiteral("| Region | Amount |\n| --- | --- |\n| Europe | $2 billion |\n"
                                            "| Asia | $1 billion |\n\nMore text follows")),
                 qPrintable(md));
        QVERIFY2(md.contains(QStringLiteral("- first site\n- second site\n\nAfter the list")),
                 qPrintable(md));
    }

    void highlightsInsideACell()
    {
        const int at = int(m_article.text.indexOf(QStringLiteral("$2 billion")));
        QVERIFY(at > 0);
        Annotation a;
        a.id = 1;
        a.articleId = 1;
        a.kind = AnnotationKind::Amount;
        a.start = at;
        a.end = at + 10;
        a.quote = QStringLiteral("$2 billion");
        a.amount = QStringLiteral("2000000000");
        a.currency = QStringLiteral("USD");
        a.note = QStringLiteral("Europe first");
        const QString md = ArticleMarkdown::render(m_article, {a}, QLocale(QStringLiteral("en_US")));
        QVERIFY2(md.contains(QStringLiteral("| Europe | ==$2 billion==[^1] |\n")), qPrintable(md));
        QVERIFY2(md.contains(QStringLiteral("[^1]: Amount: USD")), qPrintable(md));
        QVERIFY(md.contains(QStringLiteral("Europe first")));
    }
};

QTEST_GUILESS_MAIN(TestArticleMarkdown)
#include "tst_articlemarkdown.moc"
