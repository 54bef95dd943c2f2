#include "suggest/suggestionjson.h"

#include "suggest/recognizer.h"

#include <QIODevice>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

namespace Gleaner {

QJsonObject SuggestionJson::toJson(const Suggestion &s)
{
    QJsonObject o;
    o.insert(QStringLiteral("start"), s.start);
    o.insert(QStringLiteral("end"), s.end);
    o.insert(QStringLiteral("text"), s.text);
    if (s.kind == Suggestion::Kind::Amount) {
        o.insert(QStringLiteral("kind"), QStringLiteral("amount"));
        o.insert(QStringLiteral("amount"), s.amount);
        o.insert(QStringLiteral("currency"), s.currency.isEmpty() ? QJsonValue() : QJsonValue(s.currency));
        o.insert(QStringLiteral("unit"), s.unit.isEmpty() ? QJsonValue() : QJsonValue(s.unit));
        if (!s.amountMax.isEmpty())
            o.insert(QStringLiteral("amount_max"), s.amountMax);
        if (!s.qualifier.isEmpty())
            o.insert(QStringLiteral("qualifier"), s.qualifier);
    } else {
        o.insert(QStringLiteral("kind"),
                 s.kind == Suggestion::Kind::Deadline ? QStringLiteral("deadline") : QStringLiteral("date"));
        o.insert(QStringLiteral("due"), s.due.toString(Qt::ISODate));
        o.insert(QStringLiteral("precision"), precisionName(s.precision));
    }
    return o;
}

QDate SuggestionJson::publishedDate(const QString &iso)
{
    const QDate d = QDate::fromString(iso.left(10), Qt::ISODate);
    return d.isValid() ? d : QDate::currentDate();
}

QByteArray SuggestionJson::batchLine(const QByteArray &line, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(line, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        *error = parseError.error != QJsonParseError::NoError ? parseError.errorString()
                                                              : QStringLiteral("not a JSON object");
        return {};
    }
    const QJsonObject in = doc.object();
    if (!in.contains(QStringLiteral("id")) || !in.value(QStringLiteral("text")).isString()) {
        *error = QStringLiteral("needs \"id\" and a \"text\" string");
        return {};
    }
    const QDate published = publishedDate(in.value(QStringLiteral("published")).toString());
    QJsonArray suggestions;
    const QVector<Suggestion> found =
        Recognizer::recognize(in.value(QStringLiteral("text")).toString(), published);
    for (const Suggestion &s : found)
        suggestions.append(toJson(s));
    QJsonObject out;
    out.insert(QStringLiteral("id"), in.value(QStringLiteral("id")));
    out.insert(QStringLiteral("suggestions"), suggestions);
    return QJsonDocument(out).toJson(QJsonDocument::Compact);
}

bool SuggestionJson::runBatch(QIODevice *in, QIODevice *out, QString *error)
{
    int lineNo = 0;
    while (!in->atEnd()) {
        const QByteArray line = in->readLine();
        ++lineNo;
        if (line.trimmed().isEmpty())
            continue;
        QString why;
        const QByteArray result = batchLine(line, &why);
        if (result.isEmpty()) {
            *error = QStringLiteral("line %1: %2").arg(lineNo).arg(why);
            return false;
        }
        out->write(result);
        out->write("\n");
    }
    return true;
}

} // namespace Gleaner
