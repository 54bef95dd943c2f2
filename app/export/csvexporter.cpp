#include "export/csvexporter.h"

#include "library/librarystore.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QIODevice>
#include <QRegularExpression>
#include <QSaveFile>

namespace Gleaner {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("Gleaner::CsvExporter", text);
}

constexpr int kFlushBytes = 256 * 1024;

bool isPlainNumber(const QString &value)
{
    static const QRegularExpression number(QStringLiteral("^[+-]?[0-9]+(\\.[0-9]+)?$"));
    return number.match(value).hasMatch();
}
} // namespace

QStringList CsvExporter::columns()
{
    return {QStringLiteral("library"),    QStringLiteral("article_id"), QStringLiteral("article_title"),
            QStringLiteral("article_url"), QStringLiteral("published"), QStringLiteral("annotation_id"),
            QStringLiteral("kind"),        QStringLiteral("quote"),     QStringLiteral("pillar"),
            QStringLiteral("amount"),      QStringLiteral("currency"),  QStringLiteral("unit"),
            QStringLiteral("qualifier"),   QStringLiteral("due"),       QStringLiteral("precision"),
            QStringLiteral("note"),        QStringLiteral("start"),     QStringLiteral("end"),
            QStringLiteral("origin"),      QStringLiteral("created_at"), QStringLiteral("updated_at")};
}

QString CsvExporter::field(const QString &raw)
{
    QString value = raw;
    if (!value.isEmpty()) {
        const QChar first = value.at(0);
        const bool risky = first == QLatin1Char('=') || first == QLatin1Char('+') || first == QLatin1Char('-') ||
                           first == QLatin1Char('@') || first == QLatin1Char('\t') || first == QLatin1Char('\r');
        if (risky && !isPlainNumber(value))
            value.prepend(QLatin1Char('\''));
    }
    const bool quote = value.contains(QLatin1Char(',')) || value.contains(QLatin1Char('"')) ||
                       value.contains(QLatin1Char('\r')) || value.contains(QLatin1Char('\n'));
    if (!quote)
        return value;
    value.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + value + QLatin1Char('"');
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
    QString line;
    auto addLine = [&](const QStringList &cells) {
        line.clear();
        for (int i = 0; i < cells.size(); ++i) {
            if (i > 0)
                line += QLatin1Char(',');
            line += field(cells.at(i));
        }
        line += QLatin1String("\r\n");
        buffer += line.toUtf8();
        return buffer.size() < kFlushBytes || flush();
    };
    addLine(columns());
    const QString library = QFileInfo(store.path()).fileName();
    const bool ok = store.forEachAnnotation(options.articleId, [&](const LibraryStore::ExportRow &row) {
        const Annotation &a = row.annotation;
        const QStringList cells{library,
                                QString::number(a.articleId),
                                row.articleTitle,
                                row.articleUrl,
                                row.published.isValid() ? row.published.toString(Qt::ISODate) : QString(),
                                QString::number(a.id),
                                kindName(a.kind),
                                a.quote,
                                a.pillarName,
                                a.amount,
                                a.currency,
                                a.unit,
                                a.qualifier,
                                a.due.isValid() ? a.due.toString(Qt::ISODate) : QString(),
                                a.due.isValid() ? precisionName(a.precision) : QString(),
                                a.note,
                                QString::number(a.start),
                                QString::number(a.end),
                                originName(a.origin),
                                row.createdAt,
                                row.updatedAt};
        if (!addLine(cells))
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
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        m_error = tr("Could not create “%1”: %2. Choose a folder you can write to.").arg(path, file.errorString());
        return false;
    }
    if (!write(store, &file, options, progress)) {
        file.cancelWriting();
        return false;
    }
    if (!file.commit()) {
        m_error = tr("Could not save “%1”: %2.").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace Gleaner
