#pragma once

#include <QString>
#include <QStringList>

#include <functional>

class QIODevice;

namespace Gleaner {

class LibraryStore;

// Writes annotations as RFC 4180 CSV: comma separated, CRLF line ends, fields
// quoted when they hold a comma, quote, CR or LF, UTF-8. Rows are streamed from
// the library, so memory stays flat however large it is.
//
// Spreadsheets run a cell that begins with =, +, -, @, tab or CR as a formula
// (OWASP "CSV injection"); such cells are written with a leading apostrophe,
// unless the cell is a plain number such as -12.5.
class CsvExporter
{
public:
    struct Options
    {
        qint64 articleId = 0; // 0: every article
        bool bom = false;     // a UTF-8 byte order mark first, for Excel
    };

    static QStringList columns();
    static QString field(const QString &value); // neutralized and quoted as needed
    static void appendField(QByteArray *out, QByteArrayView utf8);

    // `progress` is called every few hundred rows with the number written so far;
    // returning false cancels. Returns false on a write error or cancel (see error()).
    bool write(const LibraryStore &store, QIODevice *out, const Options &options,
               const std::function<bool(qint64)> &progress = {});
    // Writes to `path` through a temporary file, replacing it only when complete.
    bool writeFile(const LibraryStore &store, const QString &path, const Options &options,
                   const std::function<bool(qint64)> &progress = {});

    qint64 rowsWritten() const { return m_rows; }
    QString error() const { return m_error; }
    bool cancelled() const { return m_cancelled; }

private:
    qint64 m_rows = 0;
    QString m_error;
    bool m_cancelled = false;
};

} // namespace Gleaner
