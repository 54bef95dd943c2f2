// The language-neutral rule engine: rules as data, productions by name, and how
// overlapping matches are resolved. The tables here are written for the test.
#include "suggest/japanesenumber.h"
#include "suggest/numberparser.h"
#include "suggest/ruleengine.h"
#include "suggest/tokenizer.h"
#include "suggest/vocabulary.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Gleaner;

namespace {

// A date-less production that names what it matched, or declines words in `refuse`.
RuleSet::Production naming(const QString &name, const QStringList &refuse = {})
{
    return [name, refuse](const QRegularExpressionMatch &m, Suggestion *s) {
        if (refuse.contains(m.captured()))
            return false;
        s->text = name + QLatin1Char(':') + m.captured();
        return true;
    };
}

} // namespace

class TestRuleEngine : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString table(const QString &rows)
    {
        static int n = 0;
        const QString path = m_dir.filePath(QStringLiteral("rules%1.tsv").arg(++n));
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            return {};
        f.write(rows.toUtf8());
        return path;
    }

    QStringList texts(const QVector<Suggestion> &found)
    {
        QStringList out;
        for (const Suggestion &s : found)
            out << s.text;
        return out;
    }

private slots:
    void longestMatchWinsThenTheRuleListedFirst()
    {
        const RuleSet rules(table(QStringLiteral("# comment\n"
                                                 "define\tnumber\t[0-9]+\n"
                                                 "rule\tshort\tshort\t{=number}\n"
                                                 "rule\tlong\tlong\t{=number} years\n"
                                                 "rule\tsame\tsame\t[0-9]+\n")),
                            Vocabulary::english());
        QCOMPARE(rules.rules().size(), 3);
        const RuleSet::Productions p = {{QStringLiteral("short"), naming(QStringLiteral("short"))},
                                        {QStringLiteral("long"), naming(QStringLiteral("long"))},
                                        {QStringLiteral("same"), naming(QStringLiteral("same"))}};
        QCOMPARE(texts(rules.apply(QStringLiteral("in 4 years and 12"), p)),
                 QStringList({QStringLiteral("long:4 years"), QStringLiteral("short:12")}));
    }

    void aDecliningProductionLetsAnotherMatchThrough()
    {
        const RuleSet rules(table(QStringLiteral("rule\tlong\tlong\t\\b[a-z]+ [0-9]+\n"
                                                 "rule\tnumber\tnumber\t[0-9]+\n")),
                            Vocabulary::english());
        const RuleSet::Productions p = {
            {QStringLiteral("long"), naming(QStringLiteral("long"), {QStringLiteral("route 66")})},
            {QStringLiteral("number"), naming(QStringLiteral("number"))}};
        QCOMPARE(texts(rules.apply(QStringLiteral("route 66"), p)),
                 QStringList({QStringLiteral("number:66")}));
        QCOMPARE(texts(rules.apply(QStringLiteral("since 2020"), p)),
                 QStringList({QStringLiteral("long:since 2020")}));
    }

    // A declined match of a rule hides no later match of the same rule that starts inside it.
    void aDeclinedMatchHidesNoMatchInsideIt()
    {
        const RuleSet rules(table(QStringLiteral("rule\tpair\tpair\t[a-z]+ [a-z]+\n")),
                            Vocabulary::english());
        const RuleSet::Productions p = {
            {QStringLiteral("pair"), naming(QStringLiteral("pair"), {QStringLiteral("xx late")})}};
        // "xx late" is declined; "x late" starts inside it, "late spring" after its first word.
        QCOMPARE(texts(rules.apply(QStringLiteral("xx late spring"), p)),
                 QStringList({QStringLiteral("pair:x late")}));
        QStringList seen;
        rules.scan(QStringLiteral("ab cd ef"), [&](int, const QRegularExpressionMatch &m) {
            seen << m.captured();
            return m.captured() != QLatin1String("ab cd");
        });
        QCOMPARE(seen, QStringList({QStringLiteral("ab cd"), QStringLiteral("b cd")}));
    }

    void aCaseInsensitiveTableMatchesAnyCase()
    {
        const RuleSet rules(table(QStringLiteral("rule\tfy\tfy\tfy(?<year>[0-9]{4})\n")),
                            Vocabulary::english(), QRegularExpression::CaseInsensitiveOption);
        const RuleSet::Productions p = {{QStringLiteral("fy"), naming(QStringLiteral("fy"))}};
        QCOMPARE(texts(rules.apply(QStringLiteral("FY2028 and fy2029"), p)),
                 QStringList({QStringLiteral("fy:FY2028"), QStringLiteral("fy:fy2029")}));
    }

    // {kind|=piece}: a vocabulary's words of several words, their spaces matching a piece.
    void wordsJoinedByAPiece()
    {
        const RuleSet rules(table(QStringLiteral("define\tgap\t(?:['’]s)?\\s+\n"
                                                 "rule\tholiday\tholiday\t(?i){holiday|=gap}\n")),
                            Vocabulary::english());
        const RuleSet::Productions p = {{QStringLiteral("holiday"), naming(QStringLiteral("h"))}};
        QCOMPARE(texts(rules.apply(QStringLiteral("by Valentine's Day or New Year's  Eve"), p)),
                 QStringList({QStringLiteral("h:Valentine's Day"), QStringLiteral("h:New Year's  Eve")}));
    }

    void vocabularyKindsStandForTheirWords()
    {
        // "month" is a kind of the English vocabulary (lower case, hence (?i)).
        const RuleSet rules(
            table(QStringLiteral("rule\tmonth\tmonth\t(?i)(?<month>{month}) (?<year>[0-9]{4})\n")),
            Vocabulary::english());
        const RuleSet::Productions p = {{QStringLiteral("month"), naming(QStringLiteral("m"))}};
        QCOMPARE(texts(rules.apply(QStringLiteral("due in September 2027 or Oct 2028"), p)),
                 QStringList({QStringLiteral("m:September 2027"), QStringLiteral("m:Oct 2028")}));
    }

    // A rule with start tokens, given the text's tokens, is tried only at them and finds
    // what a search over the whole text finds there: look-behinds still see the text
    // before the token, and a declined match still hides nothing after it.
    void startTokensFindWhatASearchFinds()
    {
        const RuleSet rules(
            table(
                QStringLiteral("rule\tdue\tdue\t(?i)(?<!not )(?:by|before) (?:{month} )?[0-9]{4}\tby before\n"
                               "rule\tmonth\tmonth\t(?i){month} [0-9]{4}\t{month}\n"
                               "rule\tcount\tcount\t[0-9]+ (?:days|weeks)\t<number>\n"
                               "rule\tcents\tcents\t¢[0-9]+\t¢\n")),
            Vocabulary::english());
        const QString text = QStringLiteral("By March 2027, not by 2028, before 2029 and in 30 days at ¢99; "
                                            "xby 2030 and 14 weeks");
        auto collect = [&](const QVector<Token> *tokens, const QStringList &decline) {
            QStringList seen;
            rules.scan(
                text,
                [&](int r, const QRegularExpressionMatch &m) {
                    seen << rules.rules().at(r).name + QLatin1Char(':') + m.captured();
                    return !decline.contains(m.captured());
                },
                tokens);
            return seen;
        };
        const Tokenizer tokenizer(text);
        const QStringList expected = {QStringLiteral("due:By March 2027"), QStringLiteral("due:before 2029"),
                                      QStringLiteral("month:March 2027"),  QStringLiteral("count:30 days"),
                                      QStringLiteral("count:14 weeks"),    QStringLiteral("cents:¢99")};
        QCOMPARE(collect(&tokenizer.tokens(), {}), expected);
        // Searched, the rules also find what starts inside a word ("by 2030" of "xby"),
        // which a matcher of whole tokens declines.
        QStringList searched = collect(nullptr, {});
        QVERIFY(searched.contains(QStringLiteral("due:by 2030")));
        searched.removeAll(QStringLiteral("due:by 2030"));
        QCOMPARE(searched, expected);
        // Declining "By March 2027" leaves the month rule's own match, and the next "by".
        QCOMPARE(collect(&tokenizer.tokens(), {QStringLiteral("By March 2027")}).mid(0, 2),
                 QStringList({QStringLiteral("due:By March 2027"), QStringLiteral("due:before 2029")}));
    }

    // {^kind}: the first characters of a kind's words, for a character class.
    void firstCharactersOfAKind()
    {
        const RuleSet rules(
            table(QStringLiteral("rule\tyear\tyear\t(?=[{^relative-year}])(?:{relative-year})\n")),
            Vocabulary::japanese());
        const RuleSet::Productions p = {{QStringLiteral("year"), naming(QStringLiteral("y"))}};
        QCOMPARE(texts(rules.apply(QStringLiteral("来年と今年、そして年末"), p)),
                 QStringList({QStringLiteral("y:来年"), QStringLiteral("y:今年")}));
        QVERIFY(rules.rules().at(0).pattern.pattern().startsWith(QLatin1String("(?=[\\x{")));
    }

    // A vocabulary's word at a place and before one: the longest, found by the word's first (or
    // last) character, nothing out of range, and within a view's own bounds
    void vocabularyMatchesAtAndBefore()
    {
        const Vocabulary &v = Vocabulary::japanese();
        const QString text = QStringLiteral("同社は発表する予定だった");
        QCOMPARE(v.matchAt(QStringLiteral("quote-verb"), text, 3), 2);
        QCOMPARE(v.matchAt(QStringLiteral("quote-verb"), text, 4), 0);
        QCOMPARE(v.matchAt(QStringLiteral("quote-verb"), text, int(text.size())), 0);
        QCOMPARE(v.matchAt(QStringLiteral("quote-verb"), text, -1), 0);
        QCOMPARE(v.matchAt(QStringLiteral("no-such-kind"), text, 3), 0);
        // (だった over た: the longest that ends there)
        QCOMPARE(v.matchBefore(QStringLiteral("past-ending"), text, int(text.size())), 3);
        QCOMPARE(v.matchBefore(QStringLiteral("past-ending"), text, 0), 0);
        QCOMPARE(v.matchBefore(QStringLiteral("past-ending"), text, int(text.size()) + 1), 0);
        // (a view ends where it ends: 予定 is not followed by だった inside it)
        const QStringView view = QStringView(text).left(9);
        QCOMPARE(v.matchBefore(QStringLiteral("past-ending"), view, int(view.size())), 0);
        QCOMPARE(v.matchBefore(QStringLiteral("planned-ending"), view, int(view.size())), 2);
        QVERIFY(v.words(QStringLiteral("no-such-kind")).isEmpty());
        QVERIFY(v.words(QStringLiteral("quote-verb")).contains(QStringLiteral("発表")));
    }

    // Places before the first token or character, and empty words in a table, are refused, not
    // read out of range
    void outOfRangePlacesAndEmptyWordsAreRefused()
    {
        const Vocabulary v(table(QStringLiteral("unit\t\tempty\nunit\tkm\tkilometre\n")));
        QCOMPARE(v.words(QStringLiteral("unit")), QStringList({QStringLiteral("km")}));
        QCOMPARE(v.matchAt(QStringLiteral("unit"), u"5 km", 2), 2);
        QCOMPARE(v.matchAt(QStringLiteral("unit"), u"5 km", 1), 0);

        const Tokenizer tokenizer(QStringLiteral("5 billion"));
        const QVector<Token> &tokens = tokenizer.tokens();
        const NumberParser numbers(tokens);
        int exponent = 0;
        QCOMPARE(numbers.scale(1, &exponent), 2);
        QCOMPARE(exponent, 9);
        QCOMPARE(numbers.scale(-1, &exponent), -1);
        QCOMPARE(numbers.scale(int(tokens.size()), &exponent), -1);
        QCOMPARE(exponent, 9);

        QCOMPARE(JapaneseNumber::parse(QStringLiteral("3億円"), 0).value, QStringLiteral("300000000"));
        QCOMPARE(JapaneseNumber::parse(QStringLiteral("3億円"), -1).length, 0);
        QCOMPARE(JapaneseNumber::parse(QStringLiteral("3億円"), 3).length, 0);
    }
};

QTEST_GUILESS_MAIN(TestRuleEngine)
#include "tst_ruleengine.moc"
