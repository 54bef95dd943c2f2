// Heading levels in pasted text (issue 14): headings that a heading or its
// paragraph announces sit under it. Every text here was written for this test.
#include "cleaning/articlecleaner.h"
#include "cleaning/headinglevels.h"

#include <QRegularExpression>
#include <QTest>

using namespace Gleaner;

namespace {

// The headings of a cleaned plain text, as "level:text".
QStringList headings(const QString &text)
{
    CleanInput input;
    input.data = text.toUtf8();
    input.format = CleanInput::Format::Text;
    const CleanResult result = ArticleCleaner::clean(input);
    QStringList out;
    static const QRegularExpression heading(QStringLiteral("<h([1-6])>(.*?)</h\\1>"));
    for (auto it = heading.globalMatch(result.article.html); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        out << m.captured(1) + QLatin1Char(':') + m.captured(2);
    }
    return out;
}

const char *kParagraph =
    "The work runs through the year and involves teams in four cities, each with its own budget "
    "and its own plan for the months ahead.";

QString article(const QStringList &parts)
{
    QString text =
        QStringLiteral("Harbour Town Bets on the Tide\n\nThe harbour council approved a tidal plant on "
                       "Thursday after three years of studies.\n\n");
    for (const QString &p : parts)
        text += p + QStringLiteral("\n\n");
    return text;
}

} // namespace

class TestHeadingLevels : public QObject
{
    Q_OBJECT

private slots:
    void counts_data();
    void counts();
    void announcedInParagraph();
    void listedInHeading();
    void tooFewHeadingsStayFlat();
    void durationsAnnounceNothing();
};

void TestHeadingLevels::counts_data()
{
    QTest::addColumn<QString>("heading");
    QTest::addColumn<QString>("paragraph");
    QTest::addColumn<int>("count");
    QTest::newRow("colon list") << "Plan: Turbines, Cables, and Grid"
                                << "" << 3;
    QTest::newRow("german list") << QStringLiteral("Plan: Turbinen, Kabel und Netz") << "" << 0;
    QTest::newRow("german list with comma") << QStringLiteral("Plan: Turbinen, Kabel, und Netz") << "" << 3;
    QTest::newRow("paragraph count") << "The plan"
                                     << "The plan rests on three interconnected pillars. More." << 3;
    QTest::newRow("digit count") << "The plan"
                                 << "It has 4 main parts." << 4;
    QTest::newRow("second sentence ignored") << "The plan"
                                             << "It is big. It rests on three pillars." << 0;
    QTest::newRow("duration") << "The plan"
                              << "It took three years to agree." << 0;
    QTest::newRow("colon sentence") << "Why: the council wanted a plan that would last, and the town agreed"
                                    << "" << 0;
}

void TestHeadingLevels::counts()
{
    QFETCH(QString, heading);
    QFETCH(QString, paragraph);
    QFETCH(int, count);
    QCOMPARE(HeadingLevels::announcedCount(heading, paragraph), count);
}

void TestHeadingLevels::announcedInParagraph()
{
    const QString p = QString::fromLatin1(kParagraph);
    const QStringList h = headings(article(
        {QStringLiteral("What the Plan Covers"),
         QStringLiteral("The plan rests on three interconnected pillars, agreed by the council in March."),
         QStringLiteral("Building the Turbines"), p, QStringLiteral("Laying the Cables"), p,
         QStringLiteral("Training the Crews"), p, QStringLiteral("What Comes Next"), p}));
    QCOMPARE(h, QStringList({QStringLiteral("2:What the Plan Covers"),
                             QStringLiteral("3:Building the Turbines"), QStringLiteral("3:Laying the Cables"),
                             QStringLiteral("3:Training the Crews"), QStringLiteral("2:What Comes Next")}));
}

void TestHeadingLevels::listedInHeading()
{
    const QString p = QString::fromLatin1(kParagraph);
    const QStringList h = headings(article(
        {QStringLiteral("The Plan: Turbines, Cables, and Crews"), p, QStringLiteral("Turbines in the Bay"), p,
         QStringLiteral("Cables to the Shore"), p, QStringLiteral("Crews at Sea"), p}));
    QCOMPARE(h.size(), 4);
    QCOMPARE(h.at(0), QStringLiteral("2:The Plan: Turbines, Cables, and Crews"));
    QCOMPARE(h.at(1), QStringLiteral("3:Turbines in the Bay"));
    QCOMPARE(h.at(3), QStringLiteral("3:Crews at Sea"));
}

void TestHeadingLevels::tooFewHeadingsStayFlat()
{
    const QString p = QString::fromLatin1(kParagraph);
    const QStringList h = headings(
        article({QStringLiteral("What the Plan Covers"),
                 QStringLiteral("The plan rests on five pillars, agreed in March."),
                 QStringLiteral("Building the Turbines"), p, QStringLiteral("Laying the Cables"), p}));
    QCOMPARE(h,
             QStringList({QStringLiteral("2:What the Plan Covers"), QStringLiteral("2:Building the Turbines"),
                          QStringLiteral("2:Laying the Cables")}));
}

void TestHeadingLevels::durationsAnnounceNothing()
{
    const QString p = QString::fromLatin1(kParagraph);
    const QStringList h = headings(
        article({QStringLiteral("How the Plan Came About"),
                 QStringLiteral("It took two years of talks before the vote."),
                 QStringLiteral("Building the Turbines"), p, QStringLiteral("Laying the Cables"), p}));
    QCOMPARE(h,
             QStringList({QStringLiteral("2:How the Plan Came About"),
                          QStringLiteral("2:Building the Turbines"), QStringLiteral("2:Laying the Cables")}));
}

QTEST_GUILESS_MAIN(TestHeadingLevels)
#include "tst_headinglevels.moc"
