#include "export/csvexporter.h"

#include "library/fileprobe.h"
#include "library/librarystore.h"
#include "library/outputguard.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QIODevice>
#include <QSaveFile>

namespace Gleaner {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("Gleaner::CsvExporter", text);
}

constexpr int kFlushBytes = 256 * 1024;

// "-12.5", "+3": a number a spreadsheet may read as one, not a formula.
bool isPlainNumber(QByteArrayView value)
{
    qsizetype i = 0;
    if (i < value.size() && (value[i] == '+' || value[i] == '-'))
        ++i;
    const qsizetype digitsStart = i;
    while (i < value.size() && value[i] >= '0' && value[i] <= '9')
        ++i;
    if (i == digitsStart)
        return false;
    if (i < value.size() && value[i] == '.') {
        const qsizetype fraction = ++i;
        while (i < value.size() && value[i] >= '0' && value[i] <= '9')
            ++i;
        if (i == fraction)
            return false;
    }
    return i == value.size();
}
} // namespace

QStringList CsvExporter::columns()
{
    return {QStringLiteral("library"),     QStringLiteral("article_id"), QStringLiteral("article_title"),
            QStringLiteral("article_url"), QStringLiteral("published"),  QStringLiteral("annotation_id"),
            QStringLiteral("kind"),        QStringLiteral("quote"),      QStringLiteral("pillar"),
            QStringLiteral("amount"),      QStringLiteral("currency"),   QStringLiteral("unit"),
            QStringLiteral("qualifier"),   QStringLiteral("due"),        QStringLiteral("precision"),
            QStringLiteral("note"),        QStringLiteral("start"),      QStringLiteral("end"),
            QStringLiteral("origin"),      QStringLiteral("created_at"), QStringLiteral("updated_at"),
            QStringLiteral("created_by")};
}

QString CsvExporter::field(const QString &value)
{
    QByteArray out;
    appendField(&out, value.toUtf8());
    return QString::fromUtf8(out);
}

void CsvExporter::appendField(QByteArray *out, QByteArrayView value)
{
    bool prefix = false;
    if (!value.isEmpty()) {
        const char first = value.front();
        const bool risky =
            first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
        prefix = risky && !isPlainNumber(value);
    }
    bool quote = false;
    for (char c : value) {
        if (c == ',' || c == '"' || c == '\r' || c == '\n') {
            quote = true;
            break;
        }
    }
    if (quote)
        out->append('"');
    if (prefix)
        out->append('\'');
    if (!quote) {
        out->append(value);
        return;
    }
    for (char c : value) {
        if (c == '"')
            out->append('"');
        out->append(c);
    }
    out->append('"');
}

bool CsvExporter::write(const LibraryStore &store, QIODevice *out, const Options &options,
                        const std::function<bool(qint64)> &progress)
{
    m_rows = 0;
    m_error.clear();
    m_cancelled = false;
    // Rows are gathered in a buffer and written in large pieces.
    QByteArray buffer;
    buffer.reserve(kFlushBytes + 4096);
    bool writeFailed = false;
    auto flush = [&]() {
        if (!buffer.isEmpty() && out->write(buffer) != buffer.size())
            writeFailed = true;
        buffer.clear();
        return !writeFailed;
    };
    if (options.bom)
        buffer += "\xEF\xBB\xBF";
    auto endLine = [&]() {
        buffer += "\r\n";
        return buffer.size() < kFlushBytes || flush();
    };
    const QStringList header = columns();
    for (int c = 0; c < header.size(); ++c) {
        if (c > 0)
            buffer += ',';
        buffer += header.at(c).toUtf8();
    }
    endLine();
    const QByteArray library = store.label().toUtf8();
    const bool ok = store.forEachExportRow(options.articleId, [&](const QByteArrayView *cells) {
        appendField(&buffer, library);
        for (int c = 0; c < LibraryStore::kExportColumns; ++c) {
            buffer += ',';
            appendField(&buffer, cells[c]);
        }
        if (!endLine())
            return false;
        ++m_rows;
        if (progress && m_rows % 500 == 0 && !progress(m_rows)) {
            m_cancelled = true;
            return false;
        }
        return true;
    });
    if (ok && !m_cancelled)
        flush();
    if (!ok) {
        m_error = store.lastError().message;
        return false;
    }
    if (writeFailed) {
        m_error = tr("Could not write the CSV file: %1. Check the free disk space.").arg(out->errorString());
        return false;
    }
    if (m_cancelled) {
        m_error = tr("The export was cancelled.");
        return false;
    }
    if (progress)
        progress(m_rows);
    return true;
}

bool CsvExporter::writeFile(const LibraryStore &store, const QString &path, const Options &options,
                            const std::function<bool(qint64)> &progress)
{
    m_error = OutputGuard::problem(path);
    if (!m_error.isEmpty())
        return false;
    const FileProbe probe = FileProbe::of(path);
    if (probe.kind == FileProbe::Kind::Device || probe.kind == FileProbe::Kind::Fifo) {
        // A stream (a pipe, /dev/stdout): written straight through, every write checked.
        QFile stream(path);
        if (!stream.open(QIODevice::WriteOnly)) {
            m_error = tr("Could not open “%1”: %2.").arg(path, stream.errorString());
            return false;
        }
        if (!write(store, &stream, options, progress))
            return false;
        if (!stream.flush()) {
            m_error =
                tr("Could not write the CSV file: %1. Check the free disk space.").arg(stream.errorString());
            return false;
        }
        stream.close();
        return true;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        m_error =
            tr("Could not create “%1”: %2. Choose a folder you can write to.").arg(path, file.errorString());
        return false;
    }
    if (!write(store, &file, options, progress)) {
        file.cancelWriting();
        return false;
    }
    if (!file.commit()) {
        m_error = tr("Could not save “%1”: %2. Check the free disk space.").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace Gleaner
