#include "util/currencies.h"

#include <QFile>
#include <QHash>

namespace Gleaner {

namespace {
struct Entry
{
    bool news = false; // written as a bare word in news ("USD 5 million")
};

const QHash<QString, Entry> &table()
{
    static const QHash<QString, Entry> entries = []() {
        QHash<QString, Entry> result;
        QFile file(QStringLiteral(":/data/iso4217.tsv"));
        if (!file.open(QIODevice::ReadOnly))
            qFatal("The currency table :/data/iso4217.tsv is missing from the build.");
        while (!file.atEnd()) {
            const QByteArray line = file.readLine().trimmed();
            if (line.isEmpty() || line.startsWith('#'))
                continue;
            const QList<QByteArray> fields = line.split('\t');
            Entry entry;
            entry.news = fields.value(3) == "news";
            result.insert(QString::fromLatin1(fields.value(0)), entry);
        }
        return result;
    }();
    return entries;
}
} // namespace

namespace Currencies {

bool isKnown(QStringView code)
{
    return table().contains(code.toString());
}

bool isWrittenInNews(QStringView code)
{
    const auto it = table().constFind(code.toString());
    return it != table().constEnd() && it->news;
}

} // namespace Currencies
} // namespace Gleaner
