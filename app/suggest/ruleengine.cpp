#include "suggest/ruleengine.h"

#include "suggest/vocabulary.h"
#include "util/datatable.h"

#include <QSet>

#include <algorithm>

namespace Gleaner {

namespace {

// The first characters of the words of a kind, for a character class: "\x{4ECA}\x{6765}".
QString firstCharacters(const Vocabulary &vocabulary, const QString &kind, const QString &resource)
{
    QString out;
    QSet<char32_t> seen;
    for (const QString &w : vocabulary.words(kind)) {
        const char32_t c = w.toUcs4().value(0);
        if (c && !seen.contains(c)) {
            seen.insert(c);
            out += QStringLiteral("\\x{%1}").arg(quint32(c), 0, 16);
        }
    }
    if (out.isEmpty())
        qFatal("%s: the vocabulary has no words of kind {^%s}.", qPrintable(resource), qPrintable(kind));
    return out;
}

// {kind}, {^kind} and {=piece} replaced by what they stand for.
QString expand(const QString &pattern, const QHash<QString, QString> &pieces, const Vocabulary &vocabulary,
               const QString &resource)
{
    static const QRegularExpression placeholder(
        QStringLiteral("\\{([=^]?)([a-z][a-z0-9-]*)(?:\\|=([a-z][a-z0-9-]*))?\\}"));
    QString out;
    int last = 0;
    for (auto it = placeholder.globalMatch(pattern); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        out += pattern.mid(last, m.capturedStart() - last);
        last = int(m.capturedEnd());
        const QString name = m.captured(2);
        if (m.captured(1) == QLatin1String("^")) {
            out += firstCharacters(vocabulary, name, resource);
            continue;
        }
        if (!m.captured(1).isEmpty()) {
            if (!pieces.contains(name))
                qFatal("%s: the piece {=%s} is not defined before its use.", qPrintable(resource),
                       qPrintable(name));
            out += QLatin1String("(?:") + pieces.value(name) + QLatin1Char(')');
            continue;
        }
        // {kind|=gap}: the words of a kind whose spaces match the piece `gap` ("valentine day"
        // as "Valentine's Day")
        const QString gap = m.captured(3);
        if (!gap.isEmpty() && !pieces.contains(gap))
            qFatal("%s: the piece {=%s} is not defined before its use.", qPrintable(resource),
                   qPrintable(gap));
        QStringList escaped;
        for (const QString &w : vocabulary.words(name)) {
            if (gap.isEmpty()) {
                escaped << QRegularExpression::escape(w);
                continue;
            }
            QStringList parts;
            for (const QString &part : w.split(QLatin1Char(' '), Qt::SkipEmptyParts))
                parts << QRegularExpression::escape(part);
            escaped << parts.join(QLatin1String("(?:") + pieces.value(gap) + QLatin1Char(')'));
        }
        if (escaped.isEmpty())
            qFatal("%s: the vocabulary has no words of kind {%s}.", qPrintable(resource), qPrintable(name));
        out += QLatin1String("(?:") + escaped.join(QLatin1Char('|')) + QLatin1Char(')');
    }
    return out + pattern.mid(last);
}

// `text` with each unpaired surrogate replaced by U+FFFD (the same length); shared when valid.
QString validUtf16(const QString &text)
{
    QString out = text;
    const int n = int(text.size());
    for (int i = 0; i < n; ++i) {
        const QChar c = text.at(i);
        if (c.isHighSurrogate() && i + 1 < n && text.at(i + 1).isLowSurrogate()) {
            ++i;
            continue;
        }
        if (c.isSurrogate())
            out[i] = QChar::ReplacementCharacter;
    }
    return out;
}

} // namespace

RuleSet::RuleSet(const QString &resource, const Vocabulary &vocabulary,
                 QRegularExpression::PatternOptions options)
{
    QHash<QString, QString> pieces;
    for (const QStringList &f : DataTable::rows(resource)) {
        if (f.size() == 3 && f.at(0) == QLatin1String("define")) {
            pieces.insert(f.at(1), expand(f.at(2), pieces, vocabulary, resource));
        } else if ((f.size() == 4 || f.size() == 5) && f.at(0) == QLatin1String("rule")) {
            QRegularExpression pattern(expand(f.at(3), pieces, vocabulary, resource), options);
            pattern.optimize();
            if (!pattern.isValid())
                qFatal("%s: the rule %s does not compile: %s", qPrintable(resource), qPrintable(f.at(1)),
                       qPrintable(pattern.errorString()));
            Rule rule;
            rule.name = f.at(1);
            rule.production = f.at(2);
            rule.pattern = pattern;
            m_rules.append(rule);
            if (f.size() == 5)
                readStarts(f.at(4), vocabulary, resource, int(m_rules.size()) - 1);
        } else {
            qFatal("%s: a row is neither `define` with 3 fields nor `rule` with 4 or 5: %s",
                   qPrintable(resource), qPrintable(f.join(QLatin1Char(' '))));
        }
    }
}

// The tokens a rule's matches start with, from its fifth field.
void RuleSet::readStarts(const QString &field, const Vocabulary &vocabulary, const QString &resource, int r)
{
    Rule &rule = m_rules[r];
    if (r >= 64)
        qFatal("%s: the rule %s has start tokens, but only the first 64 rules can.", qPrintable(resource),
               qPrintable(rule.name));
    const quint64 bit = quint64(1) << r;
    m_gated |= bit;
    rule.anchored = QRegularExpression(QLatin1String("\\G(?:") + rule.pattern.pattern() + QLatin1Char(')'),
                                       rule.pattern.patternOptions());
    rule.anchored.optimize();
    auto add = [this, bit](const QString &word) {
        const QString lower = word.toLower();
        m_startWords.insert(lower, m_startWords.value(lower) | bit);
    };
    for (const QString &item : field.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        if (item == QLatin1String("<number>")) {
            m_startsAtNumber |= bit;
        } else if (item.startsWith(QLatin1Char('{')) && item.endsWith(QLatin1Char('}'))) {
            const QString kind = item.mid(1, item.size() - 2);
            const WordSet &first = vocabulary.firstWords(kind);
            if (first.isEmpty())
                qFatal("%s: the rule %s starts with {%s}, a kind the vocabulary lacks.", qPrintable(resource),
                       qPrintable(rule.name), qPrintable(kind));
            first.forEach(add);
        } else {
            add(item);
        }
    }
}

std::vector<quint64> RuleSet::startMasks(const QVector<Token> &tokens) const
{
    std::vector<quint64> masks(size_t(tokens.size()), 0);
    for (int i = 0; i < tokens.size(); ++i) {
        const Token &t = tokens.at(i);
        masks[size_t(i)] = t.isNumber() ? m_startsAtNumber : m_startWords.value(t.lower);
    }
    return masks;
}

void RuleSet::requireProductions(const QStringList &names) const
{
    for (const Rule &rule : m_rules) {
        if (!names.contains(rule.production))
            qFatal("The rule %s needs the production %s, which the recognizer lacks.", qPrintable(rule.name),
                   qPrintable(rule.production));
    }
}

void RuleSet::scan(const QString &text,
                   const std::function<bool(int rule, const QRegularExpressionMatch &)> &visit,
                   const QVector<Token> *tokens) const
{
    // Every match call would check the whole text for valid UTF-16 again, which makes many
    // matches quadratic: the text is made valid once (a lone surrogate becomes U+FFFD, so
    // offsets stay) and not checked again.
    const QString subject = validUtf16(text);
    const int n = int(subject.size());
    const std::vector<quint64> masks = tokens && m_gated ? startMasks(*tokens) : std::vector<quint64>();
    for (int r = 0; r < m_rules.size(); ++r) {
        const Rule &rule = m_rules.at(r);
        const quint64 bit = quint64(1) << (r & 63);
        if (tokens && r < 64 && (m_gated & bit)) {
            int from = 0;
            for (int i = 0; i < tokens->size(); ++i) {
                const Token &token = tokens->at(i);
                if (!(masks[size_t(i)] & bit) || token.start < from)
                    continue;
                const QRegularExpressionMatch m =
                    rule.anchored.match(subject, token.start, QRegularExpression::NormalMatch,
                                        QRegularExpression::DontCheckSubjectStringMatchOption);
                if (m.hasMatch() && m.capturedLength() > 0 && visit(r, m))
                    from = int(m.capturedEnd());
            }
            continue;
        }
        for (int from = 0; from < n;) {
            const QRegularExpressionMatch m =
                m_rules.at(r).pattern.match(subject, from, QRegularExpression::NormalMatch,
                                            QRegularExpression::DontCheckSubjectStringMatchOption);
            if (!m.hasMatch())
                break;
            const bool taken = m.capturedLength() > 0 && visit(r, m);
            from = taken ? int(m.capturedEnd()) : int(m.capturedStart()) + 1;
        }
    }
}

QVector<Suggestion> RuleSet::apply(const QString &text, const Productions &productions) const
{
    struct Candidate
    {
        Suggestion suggestion;
        int rule;
    };
    requireProductions(productions.keys());
    QVector<const Production *> byRule;
    for (const Rule &rule : m_rules)
        byRule.append(&*productions.constFind(rule.production));
    std::vector<Candidate> candidates;
    scan(text, [&](int r, const QRegularExpressionMatch &m) {
        Suggestion s;
        s.start = int(m.capturedStart());
        s.end = int(m.capturedEnd());
        if (!(*byRule.at(r))(m, &s) || s.end <= s.start)
            return false;
        candidates.push_back({s, r});
        return true;
    });
    std::stable_sort(candidates.begin(), candidates.end(), [](const Candidate &a, const Candidate &b) {
        const int la = a.suggestion.end - a.suggestion.start;
        const int lb = b.suggestion.end - b.suggestion.start;
        return la != lb ? la > lb : a.rule < b.rule;
    });
    QVector<bool> taken(text.size() + 1, false);
    QVector<Suggestion> out;
    for (const Candidate &c : candidates) {
        const Suggestion &s = c.suggestion;
        if (std::any_of(taken.begin() + s.start, taken.begin() + s.end, [](bool t) { return t; }))
            continue;
        std::fill(taken.begin() + s.start, taken.begin() + s.end, true);
        out.append(s);
    }
    std::sort(out.begin(), out.end(),
              [](const Suggestion &a, const Suggestion &b) { return a.start < b.start; });
    return out;
}

} // namespace Gleaner
