#include "export/commitmentexport.h"

#include "export/csvexporter.h"
#include "library/librarystore.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUrl>

namespace Gleaner {

namespace {
QJsonValue stringOrNull(const QString &value)
{
    return value.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(value);
}

// Markdown text that stays text: characters that would start markup are escaped.
QString escapeMarkdown(QString text)
{
    QString out;
    for (const QChar c : text.replace(QLatin1Char('\n'), QLatin1Char(' '))) {
        if (QStringLiteral("\\`*_[]<>|").contains(c) || (out.isEmpty() && QStringLiteral("#+->").contains(c)))
            out += QLatin1Char('\\');
        out += c;
    }
    return out;
}
} // namespace

QString CommitmentExport::amountText(const CommitmentAmount &a)
{
    QString text = a.amount + QLatin1Char(' ') + (a.currency.isEmpty() ? a.unit : a.currency);
    if (!a.qualifier.isEmpty())
        text.prepend(a.qualifier + QLatin1Char(' '));
    return text.trimmed();
}

QJsonObject CommitmentExport::toJson(const Commitment &c)
{
    QJsonArray pillars;
    for (const QString &name : c.pillarNames)
        pillars << name;
    QJsonArray amounts;
    for (const CommitmentAmount &a : c.amounts)
        amounts << QJsonObject{{QStringLiteral("amount"), a.amount},
                               {QStringLiteral("currency"), stringOrNull(a.currency)},
                               {QStringLiteral("unit"), stringOrNull(a.unit)},
                               {QStringLiteral("qualifier"), stringOrNull(a.qualifier)}};
    QJsonArray sources;
    for (const CommitmentSource &s : c.sources)
        sources << QJsonObject{{QStringLiteral("article_id"), s.articleId},
                               {QStringLiteral("url"), stringOrNull(s.articleUrl)},
                               {QStringLiteral("quote"), s.quote},
                               {QStringLiteral("start"), s.start},
                               {QStringLiteral("end"), s.end},
                               {QStringLiteral("content_sha256"), s.contentSha256}};
    return QJsonObject{
        {QStringLiteral("id"), c.id > 0 ? QJsonValue(c.id) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("actor"), stringOrNull(c.actor)},
        {QStringLiteral("beneficiary"), stringOrNull(c.beneficiary)},
        {QStringLiteral("pillars"), pillars},
        {QStringLiteral("amounts"), amounts},
        {QStringLiteral("due"), c.due.isValid() ? QJsonValue(c.due.toString(Qt::ISODate)) : QJsonValue()},
        {QStringLiteral("precision"),
         c.due.isValid() ? QJsonValue(precisionName(c.precision)) : QJsonValue()},
        {QStringLiteral("period"), stringOrNull(c.period)},
        {QStringLiteral("sources"), sources}};
}

QJsonObject CommitmentExport::toJson(const CommitmentTotal &t)
{
    return QJsonObject{{QStringLiteral("key"), t.key},
                       {QStringLiteral("currency"), stringOrNull(t.currency)},
                       {QStringLiteral("unit"), stringOrNull(t.unit)},
                       {QStringLiteral("total"), t.total},
                       {QStringLiteral("total_counting_every_report"), t.reportedTotal},
                       {QStringLiteral("commitments"), t.commitments},
                       {QStringLiteral("sources"), t.sources},
                       {QStringLiteral("rates_used"), QJsonArray::fromStringList(t.ratesUsed)}};
}

QStringList CommitmentExport::csvColumns()
{
    return {QStringLiteral("commitment_id"), QStringLiteral("actor"),         QStringLiteral("beneficiary"),
            QStringLiteral("pillars"),       QStringLiteral("amounts"),       QStringLiteral("due"),
            QStringLiteral("precision"),     QStringLiteral("period"),        QStringLiteral("source_count"),
            QStringLiteral("article_ids"),   QStringLiteral("urls"),          QStringLiteral("quotes"),
            QStringLiteral("offsets"),       QStringLiteral("content_sha256")};
}

QByteArray CommitmentExport::csvRow(const Commitment &c)
{
    QStringList amounts, ids, urls, quotes, offsets, hashes;
    for (const CommitmentAmount &a : c.amounts)
        amounts << amountText(a);
    for (const CommitmentSource &s : c.sources) {
        ids << QString::number(s.articleId);
        urls << s.articleUrl;
        quotes << QString(s.quote).replace(QLatin1Char('\n'), QLatin1Char(' '));
        offsets << QStringLiteral("%1-%2").arg(s.start).arg(s.end);
        hashes << s.contentSha256;
    }
    const QLatin1Char nl('\n');
    const QStringList fields{QString::number(c.id),
                             c.actor,
                             c.beneficiary,
                             c.pillarNames.join(QLatin1String("; ")),
                             amounts.join(QLatin1String("; ")),
                             c.due.isValid() ? c.due.toString(Qt::ISODate) : QString(),
                             c.due.isValid() ? precisionName(c.precision) : QString(),
                             c.period,
                             QString::number(c.sources.size()),
                             ids.join(nl),
                             urls.join(nl),
                             quotes.join(nl),
                             offsets.join(nl),
                             hashes.join(nl)};
    QStringList cells;
    for (const QString &f : fields)
        cells << CsvExporter::field(f);
    return cells.join(QLatin1Char(',')).toUtf8() + "\r\n";
}

QString CommitmentExport::markdownReport(const QString &title, const QVector<Commitment> &commitments,
                                         const QVector<CommitmentTotal> &byCurrency,
                                         const QVector<CommitmentTotal> &byPillar)
{
    QString md = QLatin1String("# ") + escapeMarkdown(title) + QLatin1String("\n\n");
    auto table = [&](const QString &heading, const QString &keyName, const QVector<CommitmentTotal> &rows) {
        if (rows.isEmpty())
            return;
        md += QLatin1String("## ") + heading + QLatin1String("\n\n| ") + keyName +
              QLatin1String(
                  " | Total | Currency or unit | Commitments | Reports |\n|---|---:|---|---:|---:|\n");
        for (const CommitmentTotal &t : rows)
            md += QStringLiteral("| %1 | %2 | %3 | %4 | %5 |\n")
                      .arg(escapeMarkdown(t.key.isEmpty() ? QStringLiteral("—") : t.key), t.total,
                           t.currency.isEmpty() ? escapeMarkdown(t.unit) : t.currency)
                      .arg(t.commitments)
                      .arg(t.sources);
        md += QLatin1Char('\n');
    };
    table(QStringLiteral("Totals by currency or unit"), QStringLiteral("Currency or unit"), byCurrency);
    table(QStringLiteral("Totals by pillar"), QStringLiteral("Pillar"), byPillar);
    md += QLatin1String("## Commitments\n\n");
    for (const Commitment &c : commitments) {
        QStringList amounts;
        for (const CommitmentAmount &a : c.amounts)
            amounts << amountText(a);
        md += QStringLiteral("### %1%2: %3\n\n")
                  .arg(escapeMarkdown(c.actor.isEmpty() ? QStringLiteral("—") : c.actor),
                       c.beneficiary.isEmpty() ? QString()
                                               : QStringLiteral(" → ") + escapeMarkdown(c.beneficiary),
                       escapeMarkdown(amounts.join(QLatin1String(", "))));
        if (c.due.isValid())
            md += QStringLiteral("- Due: %1 (%2)\n")
                      .arg(c.due.toString(Qt::ISODate), precisionName(c.precision));
        if (!c.period.isEmpty())
            md += QStringLiteral("- Period: %1\n").arg(c.period);
        if (!c.pillarNames.isEmpty())
            md += QStringLiteral("- Pillars: %1\n")
                      .arg(escapeMarkdown(c.pillarNames.join(QLatin1String(", "))));
        md += QLatin1Char('\n');
        for (const CommitmentSource &s : c.sources) {
            md += QLatin1String("> ") + escapeMarkdown(s.quote) + QLatin1Char('\n');
            const QUrl url(s.articleUrl);
            const QString name = escapeMarkdown(
                s.articleTitle.isEmpty() ? QStringLiteral("article %1").arg(s.articleId) : s.articleTitle);
            md += url.isValid() &&
                          (url.scheme() == QLatin1String("https") || url.scheme() == QLatin1String("http"))
                      ? QStringLiteral("> — [%1](<%2>)\n\n").arg(name, url.toString(QUrl::FullyEncoded))
                      : QStringLiteral("> — %1\n\n").arg(name);
        }
    }
    return md;
}

bool CommitmentExport::formatFromName(const QString &name, Format *format)
{
    if (name == QLatin1String("json"))
        *format = Format::JsonLines;
    else if (name == QLatin1String("csv"))
        *format = Format::Csv;
    else if (name == QLatin1String("markdown"))
        *format = Format::Markdown;
    else
        return false;
    return true;
}

QByteArray CommitmentExport::render(const QVector<Commitment> &commitments, Format format,
                                    const LibraryStore *totalsFrom, const CommitmentFilter &filter,
                                    bool proposed)
{
    QByteArray out;
    switch (format) {
    case Format::JsonLines:
        for (const Commitment &c : commitments)
            out += QJsonDocument(toJson(c)).toJson(QJsonDocument::Compact) + '\n';
        break;
    case Format::Csv:
        out = csvColumns().join(QLatin1Char(',')).toUtf8() + "\r\n";
        for (const Commitment &c : commitments)
            out += csvRow(c);
        break;
    case Format::Markdown: {
        QVector<CommitmentTotal> byCurrency, byPillar;
        if (totalsFrom && !proposed) {
            byCurrency =
                totalsFrom->commitmentTotals(CommitmentTotals::By::Currency, filter).value_or(byCurrency);
            byPillar = totalsFrom->commitmentTotals(CommitmentTotals::By::Pillar, filter).value_or(byPillar);
        }
        out = markdownReport(
                  proposed ? QCoreApplication::translate("Gleaner::CommitmentExport", "Proposed commitments")
                           : QCoreApplication::translate("Gleaner::CommitmentExport", "Commitments"),
                  commitments, byCurrency, byPillar)
                  .toUtf8();
        break;
    }
    }
    return out;
}

} // namespace Gleaner
