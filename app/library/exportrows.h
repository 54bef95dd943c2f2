#pragma once

#include <QByteArrayView>
#include <QCoreApplication>

#include <functional>

namespace Gleaner {

class LibraryConnection;

// Every annotation (optionally of one article) joined with its article, in
// article then offset order, as raw UTF-8 straight from SQLite: a million rows
// without a QVariant per cell.
class ExportRows
{
    Q_DECLARE_TR_FUNCTIONS(Gleaner::ExportRows)
public:
    // `cells` holds kColumns values in CSV column order after "library":
    // article_id, article_title, article_url, published, annotation_id, kind,
    // quote, pillar, amount, currency, unit, qualifier, due, precision, note,
    // start, end, origin, created_at, updated_at. NULL columns are empty.
    static constexpr int kColumns = 21;
    using RowFunction = std::function<bool(const QByteArrayView *cells)>;

    explicit ExportRows(const LibraryConnection &db) : m_db(db) {}
    // Stops early, successfully, when `row` returns false; fails when a row cannot be read.
    bool forEach(qint64 articleId, const RowFunction &row) const;

private:
    // The same through the server's driver (SQLite's rows are read in place).
    bool forEachOnServer(qint64 articleId, const RowFunction &row) const;
    const LibraryConnection &m_db;
};

} // namespace Gleaner
