#pragma once

#include "library/commitment.h"
#include "library/commitmentrepository.h"
#include "library/commitmenttotals.h"

#include <QJsonObject>
#include <QString>
#include <QVector>

namespace Gleaner {

class LibraryStore;

// Commitments written for other programs: one JSON object per commitment, CSV
// rows (RFC 4180, with the formula guard of CsvExporter), and a Markdown report
// with the totals and every commitment's quotes and links.
namespace CommitmentExport {
QJsonObject toJson(const Commitment &commitment);
QJsonObject toJson(const CommitmentTotal &total);
QStringList csvColumns();
// One CSV row, CRLF ended; several sources are one line each inside a cell.
QByteArray csvRow(const Commitment &commitment);
QString markdownReport(const QString &title, const QVector<Commitment> &commitments,
                       const QVector<CommitmentTotal> &byCurrency, const QVector<CommitmentTotal> &byPillar);
enum class Format { JsonLines, Csv, Markdown };
bool formatFromName(const QString &name, Format *format);
// The whole document for `commitments` in a format (Markdown with the library's
// totals for `filter`, unless `proposed`).
QByteArray render(const QVector<Commitment> &commitments, Format format, const LibraryStore *totalsFrom,
                  const CommitmentFilter &filter, bool proposed);
// "10000000000 USD", "1000000 engineer", with the qualifier first.
QString amountText(const CommitmentAmount &amount);
} // namespace CommitmentExport

} // namespace Gleaner
