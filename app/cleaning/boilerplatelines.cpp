#include "cleaning/boilerplatelines.h"

#include "util/datatable.h"

#include <QHash>
#include <QRegularExpression>
#include <QStringList>

#include <algorithm>

namespace Gleaner::BoilerplateLines {

namespace {

constexpr auto kOptions =
    QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption;

struct Words
{
    QHash<QString, QStringList> phrases;                     // kind -> lower-case phrases, longest first
    QHash<QString, QHash<QString, QStringList>> byFirstWord; // kind -> first word -> its phrases
    QHash<QString, QRegularExpression> inText;               // kind -> its phrases (and patterns) anywhere
    QHash<QString, QRegularExpression> patterns;             // "*-pattern" kind -> its patterns
    QRegularExpression commentsLabel, contactHeading;
};

QRegularExpression alternation(const QStringList &parts, const QString &before = {},
                               const QString &after = {})
{
    QRegularExpression re(
        before + QLatin1String("(?:") + parts.join(QLatin1Char('|')) + QLatin1Char(')') + after, kOptions);
    re.optimize();
    return re;
}

QStringList escaped(const QStringList &phrases)
{
    QStringList out;
    for (const QString &p : phrases)
        out << QRegularExpression::escape(p);
    return out;
}

// The first run of letters and digits: "lesen" of "lesen sie auch", "à" of "à lire aussi".
QString firstWord(const QString &text)
{
    int end = 0;
    while (end < text.size() && (text.at(end).isLetterOrNumber() || text.at(end).isMark()))
        ++end;
    return text.left(end > 0 ? end : std::min<int>(1, int(text.size())));
}

const Words &words()
{
    static const Words w = [] {
        Words r;
        QHash<QString, QStringList> patterns;
        for (const QStringList &f : DataTable::rows(QStringLiteral(":/data/boilerplate-lines.tsv"))) {
            if (f.size() < 2)
                continue;
            if (f.at(0).endsWith(QLatin1String("-pattern")))
                patterns[f.at(0)] << f.at(1);
            else
                r.phrases[f.at(0)] << f.at(1).toLower();
        }
        for (auto it = r.phrases.begin(); it != r.phrases.end(); ++it) {
            std::stable_sort(it->begin(), it->end(),
                             [](const QString &a, const QString &b) { return a.size() > b.size(); });
            for (const QString &p : *it)
                r.byFirstWord[it.key()][firstWord(p)] << p;
        }
        for (auto it = patterns.cbegin(); it != patterns.cend(); ++it)
            r.patterns.insert(it.key(), alternation(it.value()));
        // A phrase anywhere, as whole words, and not quoted ("(all rights reserved)" in a story).
        const QString notQuoted = QStringLiteral("(?<![\\w(\\x{201C}\"\\x{201E}\\x{AB}'])");
        for (const char *kind : {"disclaimer", "call-to-action"}) {
            const QString k = QLatin1String(kind);
            r.inText.insert(
                k, alternation(escaped(r.phrases.value(k)) + patterns.value(k + QLatin1String("-pattern")),
                               notQuoted, QStringLiteral("(?!\\w)")));
        }
        r.commentsLabel = alternation(escaped(r.phrases.value(QStringLiteral("comments-label"))),
                                      QStringLiteral("^(?:\\d+|keine|no)?\\s*"),
                                      QStringLiteral("\\s*(?:\\(\\d+\\))?\\s*:?$"));
        r.contactHeading = alternation(escaped(r.phrases.value(QStringLiteral("contact"))),
                                       QStringLiteral("^"), QStringLiteral("\\s*:?$"));
        return r;
    }();
    return w;
}

bool matches(const QString &patternKind, const QString &text)
{
    const auto it = words().patterns.constFind(patternKind);
    return it != words().patterns.constEnd() && it->match(text).hasMatch();
}

bool isEastAsian(char16_t u)
{
    return (u >= 0x3040 && u <= 0x30FF) || (u >= 0x3400 && u <= 0x9FFF) || (u >= 0xAC00 && u <= 0xD7AF);
}

int wordCount(const QString &text)
{
    int words = 0, eastAsian = 0;
    bool inWord = false;
    for (const QChar c : text) {
        const bool letter = c.isLetterOrNumber() || c == QLatin1Char('_');
        if (letter && !inWord)
            ++words;
        inWord = letter;
        eastAsian += isEastAsian(c.unicode()) ? 1 : 0;
    }
    return std::max(words, eastAsian / 2);
}

bool endsLikeSentence(const QString &text)
{
    return !text.isEmpty() && QStringLiteral(".!?\u3002\uFF01\uFF1F\u2026\"\u201C\u201D\u00BB\u300D\u300F)]")
                                  .contains(text.back());
}

// A paragraph of the article: twenty words or more, ending like a sentence.
bool isReal(const QString &text)
{
    return wordCount(text) >= 20 && endsLikeSentence(text);
}

// Lower case, without the arrows, bullets and brackets lines start with.
QString leadStripped(const QString &text)
{
    static const QString marks = QStringLiteral(
        "\u00BB\u203A>-\u2013\u2014\u2022\u00B7*+\u25BA\u25B6\u2192#[(\u00AB\u2039<\u2190|.\u2026");
    int i = 0;
    while (i < text.size() && (text.at(i).isSpace() || marks.contains(text.at(i))))
        ++i;
    return text.mid(i).toLower();
}

// The phrase of `kind` the line starts with, as whole words; the rest in *rest.
QString leadingPhrase(const QString &line, const QString &kind, QString *rest)
{
    const auto byFirst = words().byFirstWord.constFind(kind);
    if (byFirst == words().byFirstWord.constEnd())
        return {};
    const auto candidates = byFirst->constFind(firstWord(line));
    if (candidates == byFirst->constEnd())
        return {};
    for (const QString &p : *candidates) {
        if (line.startsWith(p) && (line.size() == p.size() || !line.at(p.size()).isLetterOrNumber())) {
            *rest = line.mid(p.size());
            return p;
        }
    }
    return {};
}

constexpr int kJudgedAtEachEnd = 1000;

class Judge
{
public:
    explicit Judge(const QVector<ArticleBlock> &blocks) : m_blocks(blocks), m_gone(blocks.size(), false)
    {
        const int n = int(blocks.size());
        for (int i = 0; i < n; ++i)
            m_text << (inWindow(i) ? blocks.at(i).text.simplified() : QString());
    }

    QVector<bool> run()
    {
        const int n = int(m_blocks.size());
        for (int i = 0; i < n; ++i) {
            if (judged(i) && readAlso(i))
                dropLabelAndTitles(i);
        }
        // Between paragraphs, a line must open with what marks it ("Alle Angaben ohne
        // Gewähr", "*Werbung", "Share this article"): a sentence of the story that only
        // mentions such words stays.
        for (int i = 0; i < n; ++i) {
            if (judged(i) && (back(i, false) || disclaimer(i, false) || callToAction(i, false) || teaser(i) ||
                              words().commentsLabel.match(m_text.at(i)).hasMatch()))
                m_gone[i] = true;
        }
        // After the last real paragraph (and among the last two blocks, if they are not
        // real paragraphs), what such lines say anywhere in them counts.
        const int tail = tailStart();
        const QVector<int> lastTwo = lastKept(2);
        for (int i = 0; i < n; ++i) {
            if (!judged(i) || (i < tail && !(lastTwo.contains(i) && !isReal(m_text.at(i)))))
                continue;
            if (back(i, true) || disclaimer(i, true) || callToAction(i, true) || hereLink(i) || moreInfo(i) ||
                dateLine(i))
                m_gone[i] = true;
        }
        for (int i = tailStart(); i < n; ++i) {
            if (judged(i) && words().contactHeading.match(m_text.at(i)).hasMatch()) {
                m_gone[i] = true;
                for (int j = i + 1; j < n && m_text.at(j).size() <= 150 && !isReal(m_text.at(j)); ++j)
                    m_gone[j] = true;
            }
        }
        dropDanglingLabels();
        return m_gone;
    }

private:
    bool judged(int i) const
    {
        const ArticleBlock::Kind k = m_blocks.at(i).kind;
        return inWindow(i) && !m_gone.at(i) && m_text.at(i).size() <= 400 &&
               (k == ArticleBlock::Kind::Paragraph || k == ArticleBlock::Kind::Heading ||
                k == ArticleBlock::Kind::ListItem || k == ArticleBlock::Kind::Caption);
    }

    // No article has thousands of blocks; in a page that does, only the ends are
    // judged, so that the time stays bounded.
    bool inWindow(int i) const
    {
        return i < kJudgedAtEachEnd || i >= int(m_blocks.size()) - kJudgedAtEachEnd;
    }

    // The first block after the last real paragraph still in the article.
    int tailStart() const
    {
        for (int i = int(m_text.size()) - 1; i >= 0; --i) {
            if (!inWindow(i) || (!m_gone.at(i) && isReal(m_text.at(i))))
                return i + 1;
        }
        return 0;
    }

    QVector<int> lastKept(int count) const
    {
        QVector<int> out;
        for (int i = int(m_text.size()) - 1; i >= 0 && out.size() < count; --i) {
            if (!m_gone.at(i))
                out << i;
        }
        return out;
    }

    // "Read also: <title>", "Mehr zum Thema", "Lesen Sie auch die folgenden Beiträge:".
    bool readAlso(int i)
    {
        const QString &text = m_text.at(i);
        if (text.size() > 220)
            return false;
        QString rest;
        const QString phrase = leadingPhrase(leadStripped(text), QStringLiteral("read-also"), &rest);
        if (phrase.isEmpty())
            return false;
        static const QRegularExpression alone(QStringLiteral("^[:.\u2026!\u00BB\u203A\\s]*$"));
        static const QRegularExpression separator(
            QStringLiteral("^\\s*(?:[:\uFF1A|\u00BB\u203A>\\-\u2013\u2014]+|\\.\\.\\.|\u2026)"));
        static const QRegularExpression onSite(
            QStringLiteral("^\\s+(?:auf|bei|on|at|en|sur|na|su)\\s+\\S+\\.[a-z]{2,4}$"));
        m_alone = alone.match(rest).hasMatch();
        if (m_alone)
            return true;
        const bool oneWord = !phrase.contains(QLatin1Char(' '));
        if (oneWord && !rest.trimmed().startsWith(QLatin1Char(':')))
            return false; // "Related party transactions", "Lea la nota"
        return separator.match(rest).hasMatch() ||
               (!oneWord && text.size() <= 60 && text.endsWith(QLatin1Char(':'))) ||
               onSite.match(rest).hasMatch();
    }

    // A label standing alone takes the short titles under it.
    void dropLabelAndTitles(int i)
    {
        m_gone[i] = true;
        if (!m_alone)
            return;
        static const QRegularExpression sentenceEnd(QStringLiteral("[.!?]$"));
        for (int j = i + 1; j < m_text.size() && j - i <= 6 && judged(j); ++j) {
            const QString &t = m_text.at(j);
            if (t.size() > 160 || isReal(t) || sentenceEnd.match(t).hasMatch() ||
                m_blocks.at(j).kind == ArticleBlock::Kind::Heading)
                break;
            m_gone[j] = true;
        }
    }

    // "« Zurück zur Übersicht", "Back to the list": with an arrow, or at the end; never a
    // heading ("Back to school", "Zurück zur Normalität"); a one-word phrase only with an
    // arrow or alone.
    bool back(int i, bool atEnd) const
    {
        const QString &text = m_text.at(i);
        static const QRegularExpression arrow(QStringLiteral("^\\s*[\u00AB\u2039\u2190<]"));
        if (text.size() > 60 || m_blocks.at(i).kind == ArticleBlock::Kind::Heading ||
            (!atEnd && !arrow.match(text).hasMatch()))
            return false;
        QString rest;
        const QString phrase = leadingPhrase(leadStripped(text), QStringLiteral("back"), &rest);
        if (phrase.isEmpty())
            return false;
        return phrase.contains(QLatin1Char(' ')) || arrow.match(text).hasMatch() || rest.trimmed().isEmpty();
    }

    // Whether the words of `kind` are in the line: at its start (after a mark such as
    // "*" or "»"), anywhere in a line of a few words ("Alle Angaben ohne Gewähr."), or
    // anywhere at the article's end.
    bool says(const QString &kind, const QString &text, bool atEnd) const
    {
        const QRegularExpressionMatch m = words().inText.value(kind).match(text);
        return m.hasMatch() && (atEnd || wordCount(text) <= 8 ||
                                m.capturedStart() <= text.size() - leadStripped(text).size() + 1);
    }

    bool disclaimer(int i, bool atEnd) const
    {
        return says(QStringLiteral("disclaimer"), m_text.at(i), atEnd);
    }

    bool callToAction(int i, bool atEnd) const
    {
        const QString &text = m_text.at(i);
        return text.size() <= 220 &&
               (says(QStringLiteral("call-to-action"), text, atEnd) ||
                (atEnd && matches(QStringLiteral("call-to-action-at-end-pattern"), text)));
    }

    bool teaser(int i) const
    {
        return m_text.at(i).size() <= 250 && matches(QStringLiteral("teaser-pattern"), m_text.at(i));
    }

    bool hereLink(int i) const
    {
        const QString &text = m_text.at(i);
        return text.size() <= 120 && !text.endsWith(QLatin1Char(':')) &&
               matches(QStringLiteral("here-link-pattern"), text);
    }

    bool moreInfo(int i) const
    {
        static const QRegularExpression address(
            QStringLiteral(
                "https?://\\S+|www\\.\\S+|\\b[\\w-]+(?:\\.[\\w-]+)*\\.(?:de|com|org|net|at|ch|es|fr|pl|cz|"
                "info|eu|io)\\b"),
            kOptions);
        const QString &text = m_text.at(i);
        QString rest;
        return text.size() <= 100 && address.match(text).hasMatch() &&
               !leadingPhrase(leadStripped(text), QStringLiteral("more-info"), &rest).isEmpty();
    }

    bool dateLine(int i) const
    {
        return m_text.at(i).size() <= 80 &&
               matches(QStringLiteral("updated-pattern"), leadStripped(m_text.at(i)));
    }

    // Labels ending in ":" at the very end, with nothing after them ("Mehr Themen:").
    void dropDanglingLabels()
    {
        for (int i = int(m_text.size()) - 1; i >= 0; --i) {
            if (m_gone.at(i))
                continue;
            const QString &t = m_text.at(i);
            if (!judged(i) || t.size() > 60 || !t.endsWith(QLatin1Char(':')) || wordCount(t) > 4)
                break;
            m_gone[i] = true;
        }
    }

    const QVector<ArticleBlock> &m_blocks;
    QStringList m_text;
    QVector<bool> m_gone;
    bool m_alone = false;
};

} // namespace

void drop(QVector<ArticleBlock> *blocks)
{
    const QVector<bool> gone = Judge(*blocks).run();
    if (std::all_of(gone.begin(), gone.end(), [](bool g) { return g; }))
        return; // never an empty article
    QVector<ArticleBlock> kept;
    for (int i = 0; i < blocks->size(); ++i) {
        if (!gone.at(i))
            kept << blocks->at(i);
    }
    *blocks = std::move(kept);
}

} // namespace Gleaner::BoilerplateLines
