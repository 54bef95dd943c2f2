#pragma once

// A library as an older Gleaner wrote it (format 3), for the upgrade tests of the
// library and the window. Half of its articles are Japanese, which the format 4
// upgrade indexes again.
#include "library/librarystore.h"

#include <QFile>
#include <QString>

#include <sqlite3.h>

namespace Gleaner::Test {

inline QString formatThreeLibrary(const QString &file, int articles, int repeat = 60)
{
    sqlite3 *db = nullptr;
    if (sqlite3_open(QFile::encodeName(file).constData(), &db) != SQLITE_OK)
        return {};
    QByteArray script = "PRAGMA application_id = " + QByteArray::number(LibraryStore::kApplicationId) + ";";
    for (const char *name : {"001_initial.sql", "002_suggestion_decisions.sql", "003_site_index.sql"}) {
        QFile sql(QStringLiteral(GLEANER_SOURCE_DIR "/resources/sql/sqlite/") + QLatin1String(name));
        if (!sql.open(QIODevice::ReadOnly))
            return {};
        script += sql.readAll();
    }
    script += "PRAGMA user_version = 3; BEGIN;";
    for (int i = 0; i < articles; ++i) {
        const QByteArray text = i % 2
                                    ? QByteArray("Harbor Cloud invests in data centres and engineers. ")
                                    : QByteArray("北海クラウドは国内のデータセンターと人材育成に投資する。");
        script += "INSERT INTO articles (title, url, imported_at, source_kind, raw_source, text, html, "
                  "text_sha256) "
                  "VALUES ('Story " +
                  QByteArray::number(i) + "', 'https://reader:secret@news.example/" + QByteArray::number(i) +
                  "', '2025-01-01T00:00:00.000Z', 'file', x'00', '" + text.repeated(repeat) + "', '', '" +
                  QByteArray::number(i) + "');";
    }
    script += "COMMIT;";
    const bool ok = sqlite3_exec(db, script.constData(), nullptr, nullptr, nullptr) == SQLITE_OK;
    sqlite3_close(db);
    return ok ? file : QString();
}

} // namespace Gleaner::Test
