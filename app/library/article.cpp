#include "library/article.h"

namespace Gleaner {

QString sourceKindName(SourceKind kind)
{
    switch (kind) {
    case SourceKind::Url:
        return QStringLiteral("url");
    case SourceKind::File:
        return QStringLiteral("file");
    case SourceKind::Paste:
        return QStringLiteral("paste");
    }
    return {};
}

bool sourceKindFromName(const QString &name, SourceKind *kind)
{
    for (SourceKind k : {SourceKind::Url, SourceKind::File, SourceKind::Paste}) {
        if (sourceKindName(k) == name) {
            *kind = k;
            return true;
        }
    }
    return false;
}

} // namespace Gleaner
