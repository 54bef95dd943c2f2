#include "suggest/ruleengine.h"

#include "suggest/vocabulary.h"
#include "util/datatable.h"

#include <algorithm>

namespace Gleaner {

namespace {

// {kind} and {=piece} replaced by what they stand for.
QString expand(const QString &pattern, const QHash<QString, QString> &pieces, const Vocabulary &vocabulary,
               const QString &resource)
{
    static const QRegularExpression placeholder(
        QStringLiteral("\\{(=?)([a-z][a-z0-9-]*)(?:\\|=([a-z][a-z0-9-]*))?\\}"));
    QString out;
    int last = 0;
    for (auto it = placeholder.globalMatch(pattern); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        out += pattern.mid(last, m.capturedStart() - last);
        last = int(m.capturedEnd());
        const QString name = m.captured(2);
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
        } else if (f.size() == 4 && f.at(0) == QLatin1String("rule")) {
            QRegularExpression pattern(expand(f.at(3), pieces, vocabulary, resource), options);
            pattern.optimize();
            if (!pattern.isValid())
                qFatal("%s: the rule %s does not compile: %s", qPrintable(resource), qPrintable(f.at(1)),
                       qPrintable(pattern.errorString()));
            m_rules.append({f.at(1), f.at(2), pattern});
        } else {
            qFatal("%s: a row is neither `define` with 3 fields nor `rule` with 4: %s", qPrintable(resource),
                   qPrintable(f.join(QLatin1Char(' '))));
        }
    }
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
                   const std::function<bool(int rule, const QRegularExpressionMatch &)> &visit) const
{
    // Every match call would check the whole text for valid UTF-16 again, which makes many
    // matches quadratic: the text is made valid once (a lone surrogate becomes U+FFFD, so
    // offsets stay) and not checked again.
    const QString subject = validUtf16(text);
    const int n = int(subject.size());
    for (int r = 0; r < m_rules.size(); ++r) {
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
