#include "cleaning/endmatter.h"

#include "util/datatable.h"

#include <QHash>
#include <QRegularExpression>
#include <QStringList>

namespace Gleaner::EndMatter {

namespace {

const QHash<QString, QStringList> &words()
{
    static const QHash<QString, QStringList> table = [] {
        QHash<QString, QStringList> r;
        for (const QStringList &f : DataTable::rows(QStringLiteral(":/data/cleaning-words.tsv"))) {
            if (f.size() >= 2)
                r[f.at(0)].append(f.at(1));
        }
        return r;
    }();
    return table;
}

} // namespace

bool isCallToAction(const QString &text)
{
    if (text.size() >= 200)
        return false;
    const QString lower = text.toLower();
    for (const QString &join : words().value(QStringLiteral("join"))) {
        const int at = int(lower.indexOf(join));
        if (at >= 0 && (at == 0 || !lower.at(at - 1).isLetter()))
            return true;
    }
    // A follow verb within 60 characters of a network's name.
    static const QRegularExpression word(QStringLiteral("[\\p{L}]+"),
                                         QRegularExpression::UseUnicodePropertiesOption);
    QVector<int> follows, networks;
    for (auto it = word.globalMatch(lower); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        if (words().value(QStringLiteral("follow")).contains(m.captured(0)))
            follows << int(m.capturedStart());
        else if (words().value(QStringLiteral("network")).contains(m.captured(0)))
            networks << int(m.capturedStart());
    }
    for (int f : follows) {
        for (int n : networks) {
            if (qAbs(n - f) <= 60)
                return true;
        }
    }
    return false;
}

void dropCallsToAction(QVector<ArticleBlock> *blocks)
{
    int dropped = 0;
    for (int k = int(blocks->size()) - 1; k >= 1 && k >= blocks->size() - 4 && dropped < 3; --k) {
        const ArticleBlock &b = blocks->at(k);
        if ((b.kind == ArticleBlock::Kind::Paragraph || b.kind == ArticleBlock::Kind::Heading) &&
            isCallToAction(b.text)) {
            blocks->remove(k);
            ++dropped;
        }
    }
}

} // namespace Gleaner::EndMatter
