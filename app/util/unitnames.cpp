#include "util/unitnames.h"

#include "util/datatable.h"

#include <QFile>
#include <QHash>
#include <QRegularExpression>

#include <algorithm>

namespace Gleaner::UnitNames {

namespace {
struct Forms
{
    QString one;
    QString many;
    bool noun = true; // else a symbol (GWh)
};

const QHash<QString, Forms> &table()
{
    static const QHash<QString, Forms> forms = []() {
        QHash<QString, Forms> result;
        QFile file(QStringLiteral(":/data/unit-names.tsv"));
        if (!file.open(QIODevice::ReadOnly))
            qFatal("The unit names :/data/unit-names.tsv are missing from the build.");
        while (!file.atEnd()) {
            const QString line = QString::fromUtf8(file.readLine()).trimmed();
            if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
                continue;
            const QStringList fields = line.split(QLatin1Char('\t'));
            if (fields.size() == 4)
                result.insert(fields.at(0),
                              {fields.at(1), fields.at(2), fields.at(3) == QLatin1String("noun")});
        }
        return result;
    }();
    return forms;
}

QString englishPlural(const QString &word)
{
    static const QRegularExpression sibilant(QStringLiteral("(s|x|z|ch|sh)$"));
    static const QRegularExpression consonantY(QStringLiteral("[^aeiou]y$"));
    if (word.contains(sibilant))
        return word + QStringLiteral("es");
    if (word.contains(consonantY))
        return word.left(word.size() - 1) + QStringLiteral("ies");
    return word + QLatin1Char('s');
}
} // namespace

QString storedForPlural(const QString &word)
{
    // The nouns of the table by their plural: "children" → "child".
    static const QHash<QString, QString> byPlural = []() {
        QHash<QString, QString> result;
        for (auto it = table().constBegin(); it != table().constEnd(); ++it) {
            const QString plural = it->many.toLower();
            if (it->noun && (!result.contains(plural) || it.key() == plural))
                result.insert(plural, it.key());
        }
        return result;
    }();
    if (const auto it = byPlural.constFind(word); it != byPlural.constEnd())
        return it.value();
    // Compounds of the longer irregular plurals: "tradespeople", "schoolchildren". Not
    // of short ones such as "men", which end ordinary words ("specimen", "regimen").
    for (auto it = byPlural.constBegin(); it != byPlural.constEnd(); ++it) {
        if (it.key().size() >= 5 && word.size() >= it.key().size() + 3 && word.endsWith(it.key())) {
            const QStringView prefix = QStringView(word).left(word.size() - it.key().size());
            if (std::all_of(prefix.begin(), prefix.end(), [](QChar c) { return c.isLetter(); }))
                return prefix.toString() + it.value();
        }
    }
    return {};
}

QString forAmount(const QString &unit, const QString &plainAmount)
{
    const bool one = plainAmount == QLatin1String("1");
    if (const auto it = table().constFind(unit); it != table().constEnd())
        return one ? it->one : it->many;
    // Only English words in lower case are the recognizer's nouns; anything else
    // (人, a unit the user typed with capitals) is written as it was given.
    static const QRegularExpression english(QStringLiteral("^[a-z][a-z -]*$"));
    if (one || !english.match(unit).hasMatch())
        return unit;
    // The last word carries the number: "data center" → "data centers".
    const int space = int(unit.lastIndexOf(QLatin1Char(' ')));
    const QString head = unit.mid(space + 1);
    if (const auto it = table().constFind(head); it != table().constEnd())
        return unit.left(space + 1) + it->many;
    return unit.left(space + 1) + englishPlural(head);
}

QString japanese(const QString &unit)
{
    static const QHash<QString, QString> names = [] {
        QHash<QString, QString> r;
        for (const QStringList &f : DataTable::rows(QStringLiteral(":/data/unit-names-ja.tsv"))) {
            if (f.size() >= 2)
                r.insert(f.at(0), f.at(1));
        }
        return r;
    }();
    return names.value(unit);
}

} // namespace Gleaner::UnitNames
