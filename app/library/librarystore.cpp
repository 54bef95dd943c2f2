#include "library/librarystore.h"

#include "library/libraryheader.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryFile>
#include <QUrl>
#include <QUuid>

#include <sqlite3.h>

namespace Gleaner {

namespace {
// NOT NULL text columns: a null QString would bind as SQL NULL.
QString notNull(const QString &value)
{
    return value.isNull() ? QStringLiteral("") : value;
}

QVariant nullIfEmpty(const QString &value)
{
    return value.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(value);
}

QVariant dateOrNull(const QDate &date)
{
    return date.isValid() ? QVariant(date.toString(Qt::ISODate)) : QVariant(QMetaType(QMetaType::QString));
}

QDateTime parseTimestamp(const QString &text)
{
    return QDateTime::fromString(text, Qt::ISODateWithMs);
}

// Known ISO 4217 codes that news mentions; enough to catch typos like "USS".
bool isKnownCurrency(const QString &code)
{
    static const QStringList codes =
        QStringLiteral("AED ARS AUD BDT BGN BHD BRL BZD CAD CRC DOP ETB FJD GHS JMD NPR TTD TZS UGX CHF CLP "
                       "CNY COP CZK DKK EGP EUR GBP HKD HUF IDR ILS "
                       "INR IQD ISK JOD "
                       "JPY KES KRW KWD KZT LKR MAD MXN MYR NGN NOK NZD OMR PEN PHP PKR PLN QAR RON RSD RUB "
                       "SAR SEK SGD THB "
                       "TRY TWD UAH USD VND ZAR XAU XDR FIM DEM FRF ITL ESP NLG BEF ATS IEP PTE GRD")
            .split(QLatin1Char(' '));
    return codes.contains(code);
}

bool isDecimal(const QString &value)
{
    static const QRegularExpression re(QStringLiteral("^-?(0|[1-9][0-9]*)(\\.[0-9]+)?$"));
    return re.match(value).hasMatch();
}

int sqliteCode(const QSqlError &error)
{
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok);
    return ok ? (code & 0xff) : -1;
}

constexpr int kContextLength = 32;
} // namespace

QString sourceKindName(SourceKind kind)
{
    switch (kind) {
    case SourceKind::Url:
        return QStringLiteral("url");
    case SourceKind::File:
        return QStringLiteral("file");
    case SourceKind::Paste:
        return QStringLiteral("paste");
    }
    return {};
}

bool sourceKindFromName(const QString &name, SourceKind *kind)
{
    for (SourceKind k : {SourceKind::Url, SourceKind::File, SourceKind::Paste}) {
        if (sourceKindName(k) == name) {
            *kind = k;
            return true;
        }
    }
    return false;
}

LibraryStore::LibraryStore(QObject *parent)
    : QObject(parent),
      m_connection(QStringLiteral("gleaner-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
{}

LibraryStore::~LibraryStore()
{
    close();
}

bool LibraryStore::fail(LibraryError::Code code, const QString &message) const
{
    m_error = LibraryError::make(code, message);
    return false;
}

bool LibraryStore::failQuery(const QSqlQuery &query, const QString &what) const
{
    const QSqlError error = query.lastError();
    const QString detail = error.driverText().isEmpty() ? error.text() : error.databaseText();
    switch (sqliteCode(error)) {
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return fail(LibraryError::Code::Locked,
                    tr("Could not %1: another program is using the library “%2”. Close the other program and "
                       "try again.")
                        .arg(what, QFileInfo(m_path).fileName()));
    case SQLITE_READONLY:
        return fail(
            LibraryError::Code::ReadOnly,
            tr("Could not %1: the library “%2” is read-only. Save a copy with File ▸ Save Library As… "
               "and work on the copy.")
                .arg(what, QFileInfo(m_path).fileName()));
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
        return fail(LibraryError::Code::Corrupt,
                    tr("Could not %1: the library “%2” is damaged (%3). Run “gleaner check” on it and use a "
                       "backup copy.")
                        .arg(what, QFileInfo(m_path).fileName(), detail));
    case SQLITE_FULL:
    case SQLITE_IOERR:
        return fail(LibraryError::Code::Io,
                    tr("Could not %1: the disk reported an error (%2). Free some space or "
                       "check the disk, then try again.")
                        .arg(what, detail));
    case SQLITE_CONSTRAINT:
        return fail(LibraryError::Code::InvalidInput, tr("Could not %1: %2.").arg(what, detail));
    default:
        return fail(LibraryError::Code::Database, tr("Could not %1: %2.").arg(what, detail));
    }
}

bool LibraryStore::exec(QSqlQuery &query, const QString &what) const
{
    if (query.exec())
        return true;
    return failQuery(query, what);
}

bool LibraryStore::isOpen() const
{
    return QSqlDatabase::contains(m_connection) && database().isOpen();
}

void LibraryStore::close()
{
    if (QSqlDatabase::contains(m_connection)) {
        {
            QSqlDatabase db = database();
            if (db.isOpen())
                db.close();
        }
        QSqlDatabase::removeDatabase(m_connection);
    }
    m_path.clear();
    m_backupPath.clear();
    m_readOnly = false;
}

bool LibraryStore::open(const QString &path, const OpenOptions &options)
{
    close();
    m_error = {};
    const QFileInfo info(path);
    const QString name = info.fileName();
    if (!info.exists()) {
        if (!options.create)
            return fail(LibraryError::Code::NotFound,
                        tr("The library “%1” does not exist. Check the path, or "
                           "create a new library with File ▸ New Library.")
                            .arg(path));
        if (!createNew(info.absoluteFilePath()))
            return false;
    } else if (!info.isFile()) {
        return fail(LibraryError::Code::NotGleaner, tr("“%1” is a folder, not a Gleaner library.").arg(path));
    }

    const LibraryHeader header = LibraryHeader::read(path);
    if (header.error.isError()) {
        m_error = header.error;
        return false;
    }

    // A file or folder without write permission bits counts as read-only even for
    // root, who could write it anyway: the user marked it so.
    const QFileInfo folder(info.absolutePath());
    constexpr QFile::Permissions anyWrite = QFile::WriteOwner | QFile::WriteGroup | QFile::WriteOther;
    const bool fileWritable = info.isWritable() && (info.permissions() & anyWrite);
    const bool folderWritable = folder.isWritable() && (folder.permissions() & anyWrite);
    const bool writable = fileWritable && folderWritable;
    m_readOnly = options.readOnly || !writable;

    QUrl uri = QUrl::fromLocalFile(info.absoluteFilePath());
    if (m_readOnly) {
        // A WAL library in a folder we cannot write needs "immutable", since SQLite
        // cannot create the shared-memory file there; nothing is written either way.
        const bool shmMissing = !QFileInfo::exists(info.absoluteFilePath() + QLatin1String("-shm"));
        uri.setQuery(header.walMode && !folderWritable && shmMissing ? QStringLiteral("immutable=1")
                                                                     : QStringLiteral("mode=ro"));
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    db.setDatabaseName(uri.toString(QUrl::FullyEncoded));
    QString connectOptions =
        QStringLiteral("QSQLITE_OPEN_URI;QSQLITE_BUSY_TIMEOUT=%1").arg(options.busyTimeoutMs);
    if (m_readOnly)
        connectOptions += QLatin1String(";QSQLITE_OPEN_READONLY");
    db.setConnectOptions(connectOptions);
    if (!db.open()) {
        const QString detail = db.lastError().text();
        close();
        return fail(LibraryError::Code::Database,
                    tr("Could not open “%1”: %2. Check that the file is readable.").arg(name, detail));
    }
    m_path = info.absoluteFilePath();

    QSqlQuery query(db);
    // Reading the schema catches damage that the header does not show.
    if (!query.exec(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'table'"))) {
        failQuery(query, tr("open the library"));
        const LibraryError error = m_error;
        close();
        m_error = error;
        if (m_error.code == LibraryError::Code::Database)
            m_error =
                LibraryError::make(LibraryError::Code::Corrupt,
                                   tr("“%1” is damaged and cannot be read (%2). Use a backup copy of the "
                                      "library.")
                                       .arg(name, query.lastError().text()));
        return false;
    }
    query.finish();
    query.exec(QStringLiteral("PRAGMA foreign_keys = ON"));
    query.finish();

    auto bail = [this]() {
        const LibraryError error = m_error;
        close();
        m_error = error;
        return false;
    };

    if (!m_readOnly) {
        query.exec(QStringLiteral("PRAGMA synchronous = FULL"));
        if (!checkWritable())
            return bail();
        if (!header.walMode) {
            query.exec(QStringLiteral("PRAGMA journal_mode = WAL"));
        }
        query.finish();
    }
    if (header.userVersion < kSchemaVersion) {
        if (m_readOnly) {
            fail(
                LibraryError::Code::ReadOnly,
                tr("“%1” was saved by an older version of Gleaner and must be upgraded, but it is read-only. "
                   "Copy it to a folder you can write to and open the copy.")
                    .arg(name));
            return bail();
        }
        if (!migrate(header.userVersion))
            return bail();
    }
    return true;
}

bool LibraryStore::checkWritable()
{
    QSqlQuery query(database());
    // Taking the write lock for a moment tells whether another program holds it;
    // SQLite waits up to the busy timeout before giving up.
    if (!query.exec(QStringLiteral("BEGIN IMMEDIATE"))) {
        if (sqliteCode(query.lastError()) == SQLITE_BUSY || sqliteCode(query.lastError()) == SQLITE_LOCKED)
            return fail(
                LibraryError::Code::Locked,
                tr("“%1” is locked by another program that is writing to it. Wait for it to finish or "
                   "close it, then open the library again.")
                    .arg(QFileInfo(m_path).fileName()));
        return failQuery(query, tr("open the library for writing"));
    }
    query.exec(QStringLiteral("ROLLBACK"));
    return true;
}

bool LibraryStore::createNew(const QString &path)
{
    // Build the new library under a temporary name in the same folder and move it
    // into place only when complete, so a failure never leaves a half-made library.
    const QFileInfo info(path);
    QTemporaryFile temp(info.absolutePath() + QLatin1String("/.") + info.fileName() +
                        QLatin1String(".XXXXXX"));
    if (!temp.open())
        return fail(
            LibraryError::Code::Io,
            tr("Cannot create “%1”: %2. Choose a folder you can write to.").arg(path, temp.errorString()));
    const QString tempPath = temp.fileName();
    temp.close();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
        db.setDatabaseName(tempPath);
        if (!db.open())
            return fail(LibraryError::Code::Io,
                        tr("Cannot create “%1”: %2.").arg(path, db.lastError().text()));
        m_path = path;
        QSqlQuery query(db);
        query.exec(QStringLiteral("PRAGMA page_size = 4096"));
        query.exec(QStringLiteral("PRAGMA application_id = %1").arg(kApplicationId));
        query.exec(QStringLiteral("PRAGMA foreign_keys = ON"));
        bool ok = true;
        for (int version = 1; ok && version <= kSchemaVersion; ++version)
            ok = applyMigration(version);
        if (ok) {
            QSqlQuery wal(db);
            ok = wal.exec(QStringLiteral("PRAGMA journal_mode = WAL")) ||
                 failQuery(wal, tr("create the library"));
        }
        db.close();
        if (!ok) {
            const LibraryError error = m_error;
            close();
            m_error = error;
            return false;
        }
    }
    close();
    if (!QFile::rename(tempPath, path)) {
        // rename() refuses to replace an existing file: someone made one meanwhile.
        return fail(
            LibraryError::Code::Conflict,
            tr("Cannot create “%1”: a file of that name appeared while creating it. Choose another name.")
                .arg(path));
    }
    temp.setAutoRemove(false);
    return true;
}

bool LibraryStore::migrate(int fromVersion)
{
    // Keep the file as it was before changing its format.
    const QString backup = m_path + QStringLiteral(".v%1.bak").arg(fromVersion);
    if (!QFileInfo::exists(backup)) {
        QSqlQuery checkpoint(database());
        checkpoint.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
        checkpoint.finish();
        QSqlQuery copy(database());
        copy.prepare(QStringLiteral("VACUUM INTO ?"));
        copy.addBindValue(backup);
        if (!copy.exec())
            return failQuery(copy, tr("save a backup copy before upgrading the library"));
    }
    m_backupPath = backup;
    for (int version = fromVersion + 1; version <= kSchemaVersion; ++version) {
        if (!applyMigration(version))
            return false;
    }
    return true;
}

bool LibraryStore::applyMigration(int version)
{
    const QDir dir(QStringLiteral(":/sql"));
    const QStringList files =
        dir.entryList({QStringLiteral("%1_*.sql").arg(version, 3, 10, QLatin1Char('0'))});
    if (files.size() != 1)
        return fail(LibraryError::Code::Database,
                    tr("Gleaner is missing the upgrade step to library format %1.").arg(version));
    QFile file(dir.filePath(files.first()));
    if (!file.open(QIODevice::ReadOnly))
        return fail(LibraryError::Code::Database, file.errorString());
    const QByteArray script = file.readAll() + "\nPRAGMA user_version = " + QByteArray::number(version) + ";";

    // One migration is one transaction: it applies whole or not at all.
    sqlite3 *handle = *static_cast<sqlite3 *const *>(database().driver()->handle().data());
    char *message = nullptr;
    int rc = sqlite3_exec(handle, "BEGIN IMMEDIATE", nullptr, nullptr, &message);
    if (rc == SQLITE_OK)
        rc = sqlite3_exec(handle, script.constData(), nullptr, nullptr, &message);
    if (rc == SQLITE_OK)
        rc = sqlite3_exec(handle, "COMMIT", nullptr, nullptr, &message);
    if (rc != SQLITE_OK) {
        const QString detail = QString::fromUtf8(message ? message : sqlite3_errstr(rc));
        sqlite3_free(message);
        sqlite3_exec(handle, "ROLLBACK", nullptr, nullptr, nullptr);
        return fail(LibraryError::Code::Database,
                    tr("Could not upgrade the library to format %1 (%2); it was left as it was.")
                        .arg(version)
                        .arg(detail));
    }
    return true;
}

int LibraryStore::schemaVersion() const
{
    QSqlQuery query(database());
    if (query.exec(QStringLiteral("PRAGMA user_version")) && query.next())
        return query.value(0).toInt();
    return 0;
}

bool LibraryStore::inTransaction(const QString &what, const std::function<bool()> &work)
{
    if (!isOpen())
        return fail(LibraryError::Code::Database, tr("Could not %1: no library is open.").arg(what));
    if (m_readOnly)
        return fail(LibraryError::Code::ReadOnly,
                    tr("Could not %1: the library “%2” is open read-only. Save a "
                       "copy with File ▸ Save Library As… and work on the copy.")
                        .arg(what, QFileInfo(m_path).fileName()));
    QSqlQuery query(database());
    if (!query.exec(QStringLiteral("BEGIN IMMEDIATE")))
        return failQuery(query, what);
    m_error = {};
    if (!work()) {
        QSqlQuery rollback(database());
        rollback.exec(QStringLiteral("ROLLBACK"));
        if (!m_error.isError())
            fail(LibraryError::Code::Database, tr("Could not %1.").arg(what));
        return false;
    }
    if (!query.exec(QStringLiteral("COMMIT"))) {
        failQuery(query, what);
        QSqlQuery rollback(database());
        rollback.exec(QStringLiteral("ROLLBACK"));
        return false;
    }
    return true;
}

QString LibraryStore::sha256Hex(const QString &text)
{
    return QString::fromLatin1(QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256).toHex());
}

QString LibraryStore::timestamp(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

// ---- Articles -------------------------------------------------------------

std::optional<qint64> LibraryStore::addArticle(Article article)
{
    if (article.text.isEmpty()) {
        fail(LibraryError::Code::InvalidInput,
             tr("The article has no text to keep. Check that the file or page holds an article."));
        return std::nullopt;
    }
    if (!article.importedAt.isValid())
        article.importedAt = QDateTime::currentDateTimeUtc();
    article.textSha256 = sha256Hex(article.text);
    qint64 id = 0;
    const bool ok = inTransaction(tr("add the article"), [&]() {
        QSqlQuery query(database());
        query.prepare(QStringLiteral(
            "INSERT INTO articles (url, canonical_url, title, byline, site, description, published, "
            "imported_at, "
            "language, source_kind, source_name, source_charset, raw_source, text, html, segments, "
            "text_sha256, "
            "previous_version_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        query.addBindValue(notNull(article.url));
        query.addBindValue(notNull(article.canonicalUrl));
        query.addBindValue(notNull(article.title));
        query.addBindValue(notNull(article.byline));
        query.addBindValue(notNull(article.site));
        query.addBindValue(notNull(article.description));
        query.addBindValue(dateOrNull(article.published));
        query.addBindValue(timestamp(article.importedAt));
        query.addBindValue(notNull(article.language));
        query.addBindValue(sourceKindName(article.sourceKind));
        query.addBindValue(notNull(article.sourceName));
        query.addBindValue(notNull(article.sourceCharset));
        query.addBindValue(article.rawSource.isNull() ? QByteArray("") : article.rawSource);
        query.addBindValue(article.text);
        query.addBindValue(notNull(article.html));
        query.addBindValue(notNull(article.segmentsJson));
        query.addBindValue(article.textSha256);
        query.addBindValue(article.previousVersionId > 0 ? QVariant(article.previousVersionId)
                                                         : QVariant(QMetaType(QMetaType::LongLong)));
        if (!exec(query, tr("add the article")))
            return false;
        id = query.lastInsertId().toLongLong();
        return true;
    });
    if (!ok)
        return std::nullopt;
    Q_EMIT articleAdded(id);
    return id;
}

std::optional<Article> LibraryStore::article(qint64 id) const
{
    QSqlQuery query(database());
    query.prepare(QStringLiteral(
        "SELECT id, url, canonical_url, title, byline, site, description, published, imported_at, language, "
        "source_kind, source_name, source_charset, raw_source, text, html, segments, text_sha256, "
        "previous_version_id, annotation_count FROM articles WHERE id = ?"));
    query.addBindValue(id);
    if (!exec(query, tr("read the article")))
        return std::nullopt;
    if (!query.next()) {
        fail(LibraryError::Code::InvalidInput,
             tr("There is no article %1 in this library. Run “gleaner list” "
                "to see the article ids.")
                 .arg(id));
        return std::nullopt;
    }
    Article a;
    a.id = query.value(0).toLongLong();
    a.url = query.value(1).toString();
    a.canonicalUrl = query.value(2).toString();
    a.title = query.value(3).toString();
    a.byline = query.value(4).toString();
    a.site = query.value(5).toString();
    a.description = query.value(6).toString();
    a.published = QDate::fromString(query.value(7).toString(), Qt::ISODate);
    a.importedAt = parseTimestamp(query.value(8).toString());
    a.language = query.value(9).toString();
    sourceKindFromName(query.value(10).toString(), &a.sourceKind);
    a.sourceName = query.value(11).toString();
    a.sourceCharset = query.value(12).toString();
    a.rawSource = query.value(13).toByteArray();
    a.text = query.value(14).toString();
    a.html = query.value(15).toString();
    a.segmentsJson = query.value(16).toString();
    a.textSha256 = query.value(17).toString();
    a.previousVersionId = query.value(18).toLongLong();
    a.annotationCount = query.value(19).toInt();
    return a;
}

bool LibraryStore::updateArticleProperties(qint64 id, const QString &title, const QDate &published,
                                           const QString &url, const QString &site)
{
    const bool ok = inTransaction(tr("change the article's properties"), [&]() {
        QSqlQuery query(database());
        query.prepare(
            QStringLiteral("UPDATE articles SET title = ?, published = ?, url = ?, site = ? WHERE id = ?"));
        query.addBindValue(notNull(title));
        query.addBindValue(dateOrNull(published));
        query.addBindValue(notNull(url));
        query.addBindValue(notNull(site));
        query.addBindValue(id);
        if (!exec(query, tr("change the article's properties")))
            return false;
        if (query.numRowsAffected() != 1)
            return fail(LibraryError::Code::InvalidInput,
                        tr("There is no article %1 in this library.").arg(id));
        return true;
    });
    if (ok)
        Q_EMIT articleChanged(id);
    return ok;
}

bool LibraryStore::deleteArticle(qint64 id)
{
    const bool ok = inTransaction(tr("delete the article"), [&]() {
        QSqlQuery query(database());
        query.prepare(QStringLiteral("DELETE FROM articles WHERE id = ?"));
        query.addBindValue(id);
        return exec(query, tr("delete the article"));
    });
    if (ok)
        Q_EMIT articleRemoved(id);
    return ok;
}

QString LibraryStore::articleFilterSql(const ArticleFilter &filter, QVariantList *binds) const
{
    QStringList where;
    const QString search = filter.search.trimmed();
    if (!search.isEmpty()) {
        // Each word becomes a quoted prefix term, so user input is never FTS syntax.
        QStringList terms;
        const QStringList words =
            search.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
        for (QString word : words) {
            word.replace(QLatin1Char('"'), QLatin1String("\"\""));
            terms << QLatin1Char('"') + word + QLatin1String("\"*");
        }
        const QString match = terms.join(QLatin1Char(' '));
        where << QStringLiteral(
            "a.id IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH ? UNION "
            "SELECT n.article_id FROM annotations n JOIN annotations_fts f ON f.rowid = n.id "
            "WHERE annotations_fts MATCH ?)");
        *binds << match << match;
    }
    if (filter.pillarId > 0) {
        where << QStringLiteral(
            "EXISTS (SELECT 1 FROM annotations p WHERE p.article_id = a.id AND p.pillar_id = ?)");
        *binds << filter.pillarId;
    }
    return where.isEmpty() ? QString() : QLatin1String(" WHERE ") + where.join(QLatin1String(" AND "));
}

QVector<ArticleSummary> LibraryStore::articles(const ArticleFilter &filter, ArticleSort sort,
                                               Qt::SortOrder order, int offset, int limit) const
{
    QVariantList binds;
    const QString where = articleFilterSql(filter, &binds);
    QString orderBy;
    QString index; // the index that gives this order
    switch (sort) {
    case ArticleSort::ImportedAt:
        orderBy = QStringLiteral("a.imported_at");
        index = QStringLiteral("articles_imported_at");
        break;
    case ArticleSort::Published:
        orderBy = QStringLiteral("a.published");
        index = QStringLiteral("articles_published");
        break;
    case ArticleSort::Title:
        orderBy = QStringLiteral("a.title COLLATE NOCASE");
        index = QStringLiteral("articles_title");
        break;
    case ArticleSort::Site:
        orderBy = QStringLiteral("a.site COLLATE NOCASE");
        index = QStringLiteral("articles_site");
        break;
    case ArticleSort::AnnotationCount:
        orderBy = QStringLiteral("a.annotation_count");
        index = QStringLiteral("articles_annotation_count");
        break;
    }
    // A search matching most of a large library is listed fastest by walking the
    // sort order's index and keeping the matches, instead of fetching every match
    // and sorting it (SQLite would choose the latter).
    const QString from = !filter.search.trimmed().isEmpty() && !index.isEmpty()
                             ? QStringLiteral(" FROM articles a INDEXED BY ") + index
                             : QStringLiteral(" FROM articles a");
    const QString direction = order == Qt::AscendingOrder ? QStringLiteral(" ASC") : QStringLiteral(" DESC");
    QSqlQuery query(database());
    query.setForwardOnly(true);
    query.prepare(
        QStringLiteral("SELECT a.id, a.title, a.site, a.published, a.imported_at, a.annotation_count") +
        from + where + QLatin1String(" ORDER BY ") + orderBy + direction + QLatin1String(", a.id") +
        direction + QLatin1String(" LIMIT ? OFFSET ?"));
    for (const QVariant &bind : std::as_const(binds))
        query.addBindValue(bind);
    query.addBindValue(limit);
    query.addBindValue(offset);
    QVector<ArticleSummary> rows;
    if (!exec(query, tr("list the articles")))
        return rows;
    while (query.next()) {
        ArticleSummary s;
        s.id = query.value(0).toLongLong();
        s.title = query.value(1).toString();
        s.site = query.value(2).toString();
        s.published = QDate::fromString(query.value(3).toString(), Qt::ISODate);
        s.importedAt = parseTimestamp(query.value(4).toString());
        s.annotationCount = query.value(5).toInt();
        rows << s;
    }
    return rows;
}

int LibraryStore::articleCount(const ArticleFilter &filter) const
{
    QVariantList binds;
    const QString where = articleFilterSql(filter, &binds);
    QSqlQuery query(database());
    query.prepare(QStringLiteral("SELECT count(*) FROM articles a") + where);
    for (const QVariant &bind : std::as_const(binds))
        query.addBindValue(bind);
    if (!exec(query, tr("count the articles")) || !query.next())
        return 0;
    return query.value(0).toInt();
}

std::optional<qint64> LibraryStore::findDuplicate(const QString &canonicalUrl,
                                                  const QString &textSha256) const
{
    QSqlQuery query(database());
    query.prepare(
        QStringLiteral("SELECT id FROM articles WHERE (canonical_url <> '' AND canonical_url = ?) OR "
                       "text_sha256 = ? ORDER BY id DESC LIMIT 1"));
    query.addBindValue(canonicalUrl);
    query.addBindValue(textSha256);
    if (exec(query, tr("look for the article")) && query.next())
        return query.value(0).toLongLong();
    return std::nullopt;
}

// ---- Annotations ----------------------------------------------------------

bool LibraryStore::validateAnnotation(Annotation *a)
{
    QSqlQuery query(database());
    query.prepare(QStringLiteral("SELECT text FROM articles WHERE id = ?"));
    query.addBindValue(a->articleId);
    if (!exec(query, tr("read the article")))
        return false;
    if (!query.next())
        return fail(LibraryError::Code::InvalidInput,
                    tr("There is no article %1 in this library. Run “gleaner list” to see the article ids.")
                        .arg(a->articleId));
    const QString text = query.value(0).toString();
    if (a->start < 0 || a->end <= a->start || a->end > text.size())
        return fail(
            LibraryError::Code::InvalidInput,
            tr("The range %1–%2 is not inside the article's text, which is %3 characters long (UTF-16 "
               "units); the start must be smaller than the end.")
                .arg(a->start)
                .arg(a->end)
                .arg(text.size()));
    a->quote = text.mid(a->start, a->end - a->start);
    const int prefixStart = qMax(0, a->start - kContextLength);
    a->prefix = text.mid(prefixStart, a->start - prefixStart);
    a->suffix = text.mid(a->end, kContextLength);
    if (!a->amount.isEmpty() && !isDecimal(a->amount))
        return fail(
            LibraryError::Code::InvalidInput,
            tr("“%1” is not a decimal number. Write the amount with digits and an optional decimal point, "
               "without separators, e.g. 10000000000 or 2.5.")
                .arg(a->amount));
    if (!a->currency.isEmpty()) {
        a->currency = a->currency.toUpper();
        if (!isKnownCurrency(a->currency))
            return fail(
                LibraryError::Code::InvalidInput,
                tr("“%1” is not a known ISO 4217 currency code. Use a three-letter code such as USD, EUR "
                   "or JPY.")
                    .arg(a->currency));
    }
    if (!a->currency.isEmpty() && !a->unit.isEmpty())
        return fail(LibraryError::Code::InvalidInput,
                    tr("An amount has either a currency or a unit, not both."));
    if (a->kind == AnnotationKind::Amount && a->amount.isEmpty())
        return fail(LibraryError::Code::InvalidInput,
                    tr("An amount annotation needs a value (e.g. 10000000000)."));
    if (a->kind == AnnotationKind::Deadline && !a->due.isValid())
        return fail(LibraryError::Code::InvalidInput,
                    tr("A deadline annotation needs a valid due date written as YYYY-MM-DD."));
    if (a->due.isValid())
        a->due = endOfPeriod(a->due, a->precision);
    if (a->pillarId > 0 && !pillar(a->pillarId))
        return fail(LibraryError::Code::InvalidInput,
                    tr("There is no pillar %1 in this library.").arg(a->pillarId));
    if (a->kind == AnnotationKind::Pillar && a->pillarId <= 0)
        return fail(LibraryError::Code::InvalidInput, tr("A pillar annotation needs a pillar name."));
    return true;
}

namespace {
void bindAnnotation(QSqlQuery &query, const Annotation &a)
{
    query.addBindValue(a.articleId);
    query.addBindValue(kindName(a.kind));
    query.addBindValue(a.start);
    query.addBindValue(a.end);
    query.addBindValue(notNull(a.quote));
    query.addBindValue(notNull(a.prefix));
    query.addBindValue(notNull(a.suffix));
    query.addBindValue(a.pillarId > 0 ? QVariant(a.pillarId) : QVariant(QMetaType(QMetaType::LongLong)));
    query.addBindValue(nullIfEmpty(a.amount));
    query.addBindValue(nullIfEmpty(a.currency));
    query.addBindValue(nullIfEmpty(a.unit));
    query.addBindValue(nullIfEmpty(a.qualifier));
    query.addBindValue(dateOrNull(a.due));
    query.addBindValue(a.due.isValid() ? QVariant(precisionName(a.precision))
                                       : QVariant(QMetaType(QMetaType::QString)));
    query.addBindValue(nullIfEmpty(a.note));
    query.addBindValue(originName(a.origin));
}
} // namespace

std::optional<qint64> LibraryStore::addAnnotation(const Annotation &input)
{
    Annotation a = input;
    a.id = 0;
    a.createdAt = a.updatedAt = QDateTime();
    return insertAnnotation(a, tr("save the annotation"));
}

bool LibraryStore::restoreAnnotation(const Annotation &annotation)
{
    return insertAnnotation(annotation, tr("restore the annotation")).has_value();
}

std::optional<qint64> LibraryStore::insertAnnotation(const Annotation &input, const QString &what)
{
    Annotation a = input;
    if (!isOpen()) {
        fail(LibraryError::Code::Database, tr("No library is open."));
        return std::nullopt;
    }
    if (!validateAnnotation(&a))
        return std::nullopt;
    const QString now = timestamp(QDateTime::currentDateTimeUtc());
    qint64 id = 0;
    const bool ok = inTransaction(what, [&]() {
        QSqlQuery query(database());
        // An id of 0 lets SQLite choose one; a restored annotation keeps its own.
        query.prepare(QStringLiteral(
            "INSERT INTO annotations (article_id, kind, start_offset, end_offset, quote, prefix, suffix, "
            "pillar_id, "
            "amount, currency, unit, qualifier, due, precision, note, origin, created_at, updated_at, id) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        bindAnnotation(query, a);
        query.addBindValue(a.createdAt.isValid() ? timestamp(a.createdAt) : now);
        query.addBindValue(a.updatedAt.isValid() ? timestamp(a.updatedAt) : now);
        query.addBindValue(a.id > 0 ? QVariant(a.id) : QVariant(QMetaType(QMetaType::LongLong)));
        if (!exec(query, what))
            return false;
        id = query.lastInsertId().toLongLong();
        return true;
    });
    if (!ok)
        return std::nullopt;
    Q_EMIT annotationsChanged(a.articleId);
    return id;
}

bool LibraryStore::updateAnnotation(const Annotation &input)
{
    Annotation a = input;
    if (!validateAnnotation(&a))
        return false;
    const bool ok = inTransaction(tr("change the annotation"), [&]() {
        QSqlQuery query(database());
        query.prepare(QStringLiteral(
            "UPDATE annotations SET article_id = ?, kind = ?, start_offset = ?, end_offset = ?, quote = ?, "
            "prefix = ?, suffix = ?, pillar_id = ?, amount = ?, currency = ?, unit = ?, qualifier = ?, due = "
            "?, "
            "precision = ?, note = ?, origin = ?, updated_at = ? WHERE id = ?"));
        bindAnnotation(query, a);
        query.addBindValue(timestamp(a.updatedAt.isValid() ? a.updatedAt : QDateTime::currentDateTimeUtc()));
        query.addBindValue(a.id);
        if (!exec(query, tr("change the annotation")))
            return false;
        if (query.numRowsAffected() != 1)
            return fail(LibraryError::Code::InvalidInput,
                        tr("There is no annotation %1 in this library.").arg(a.id));
        return true;
    });
    if (ok)
        Q_EMIT annotationsChanged(a.articleId);
    return ok;
}

bool LibraryStore::deleteAnnotation(qint64 id)
{
    const std::optional<Annotation> existing = annotation(id);
    if (!existing)
        return false;
    const bool ok = inTransaction(tr("delete the annotation"), [&]() {
        QSqlQuery query(database());
        query.prepare(QStringLiteral("DELETE FROM annotations WHERE id = ?"));
        query.addBindValue(id);
        return exec(query, tr("delete the annotation"));
    });
    if (ok)
        Q_EMIT annotationsChanged(existing->articleId);
    return ok;
}

static const char kAnnotationColumns[] =
    "n.id, n.article_id, n.kind, n.start_offset, n.end_offset, n.quote, n.prefix, n.suffix, n.pillar_id, "
    "p.name, n.amount, n.currency, n.unit, n.qualifier, n.due, n.precision, n.note, n.origin, n.created_at, "
    "n.updated_at";

Annotation LibraryStore::annotationFromQuery(const QSqlQuery &query)
{
    Annotation a;
    a.id = query.value(0).toLongLong();
    a.articleId = query.value(1).toLongLong();
    kindFromName(query.value(2).toString(), &a.kind);
    a.start = query.value(3).toInt();
    a.end = query.value(4).toInt();
    a.quote = query.value(5).toString();
    a.prefix = query.value(6).toString();
    a.suffix = query.value(7).toString();
    a.pillarId = query.value(8).toLongLong();
    a.pillarName = query.value(9).toString();
    a.amount = query.value(10).toString();
    a.currency = query.value(11).toString();
    a.unit = query.value(12).toString();
    a.qualifier = query.value(13).toString();
    a.due = QDate::fromString(query.value(14).toString(), Qt::ISODate);
    precisionFromName(query.value(15).toString(), &a.precision);
    a.note = query.value(16).toString();
    originFromName(query.value(17).toString(), &a.origin);
    a.createdAt = parseTimestamp(query.value(18).toString());
    a.updatedAt = parseTimestamp(query.value(19).toString());
    return a;
}

std::optional<Annotation> LibraryStore::annotation(qint64 id) const
{
    QSqlQuery query(database());
    query.prepare(
        QStringLiteral("SELECT ") + QLatin1String(kAnnotationColumns) +
        QLatin1String(" FROM annotations n LEFT JOIN pillars p ON p.id = n.pillar_id WHERE n.id = ?"));
    query.addBindValue(id);
    if (!exec(query, tr("read the annotation")))
        return std::nullopt;
    if (!query.next()) {
        fail(LibraryError::Code::InvalidInput, tr("There is no annotation %1 in this library.").arg(id));
        return std::nullopt;
    }
    return annotationFromQuery(query);
}

QVector<Annotation> LibraryStore::annotations(qint64 articleId) const
{
    QSqlQuery query(database());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT ") + QLatin1String(kAnnotationColumns) +
                  QLatin1String(" FROM annotations n LEFT JOIN pillars p ON p.id = n.pillar_id "
                                "WHERE n.article_id = ? ORDER BY n.start_offset, n.end_offset, n.id"));
    query.addBindValue(articleId);
    QVector<Annotation> result;
    if (!exec(query, tr("read the annotations")))
        return result;
    while (query.next())
        result << annotationFromQuery(query);
    return result;
}

bool LibraryStore::forEachExportRow(qint64 articleId,
                                    const std::function<bool(const QByteArrayView *)> &row) const
{
    if (!isOpen())
        return fail(LibraryError::Code::Database, tr("No library is open."));
    QByteArray sql =
        "SELECT n.article_id, a.title, CASE WHEN a.canonical_url <> '' THEN a.canonical_url ELSE a.url END, "
        "a.published, n.id, n.kind, n.quote, p.name, n.amount, n.currency, n.unit, n.qualifier, n.due, "
        "CASE WHEN n.due IS NULL THEN NULL ELSE n.precision END, n.note, n.start_offset, n.end_offset, "
        "n.origin, "
        "n.created_at, n.updated_at FROM annotations n JOIN articles a ON a.id = n.article_id "
        "LEFT JOIN pillars p ON p.id = n.pillar_id";
    if (articleId > 0)
        sql += " WHERE n.article_id = ?1";
    sql += " ORDER BY n.article_id, n.start_offset, n.end_offset, n.id";
    // Straight from SQLite's own API: a million rows without a QVariant per cell.
    sqlite3 *handle = *static_cast<sqlite3 *const *>(database().driver()->handle().data());
    sqlite3_stmt *statement = nullptr;
    if (sqlite3_prepare_v2(handle, sql.constData(), int(sql.size()), &statement, nullptr) != SQLITE_OK)
        return fail(LibraryError::Code::Database,
                    tr("Could not read the annotations: %1.").arg(QString::fromUtf8(sqlite3_errmsg(handle))));
    if (articleId > 0)
        sqlite3_bind_int64(statement, 1, articleId);
    QByteArrayView cells[kExportColumns];
    int rc = SQLITE_ROW;
    while ((rc = sqlite3_step(statement)) == SQLITE_ROW) {
        for (int i = 0; i < kExportColumns; ++i) {
            const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(statement, i));
            cells[i] = text ? QByteArrayView(text, sqlite3_column_bytes(statement, i)) : QByteArrayView();
        }
        if (!row(cells)) {
            rc = SQLITE_DONE;
            break;
        }
    }
    const QString error = QString::fromUtf8(sqlite3_errmsg(handle));
    sqlite3_finalize(statement);
    if (rc != SQLITE_DONE)
        return fail(LibraryError::Code::Database, tr("Could not read the annotations: %1.").arg(error));
    return true;
}

// ---- Pillars --------------------------------------------------------------

namespace {
bool validColor(const QString &color)
{
    static const QRegularExpression re(QStringLiteral("^#[0-9a-fA-F]{6}$"));
    return color.isEmpty() || re.match(color).hasMatch();
}
} // namespace

std::optional<qint64> LibraryStore::addPillar(const QString &rawName, const QString &color,
                                              const QString &description)
{
    const QString name = rawName.simplified();
    if (name.isEmpty()) {
        fail(LibraryError::Code::InvalidInput, tr("A pillar needs a name."));
        return std::nullopt;
    }
    if (!validColor(color)) {
        fail(LibraryError::Code::InvalidInput, tr("“%1” is not a color; write it as #rrggbb.").arg(color));
        return std::nullopt;
    }
    if (pillarByName(name)) {
        fail(LibraryError::Code::Conflict,
             tr("There is already a pillar named “%1” (names ignore case). Choose another name.").arg(name));
        return std::nullopt;
    }
    qint64 id = 0;
    const bool ok = inTransaction(tr("add the pillar"), [&]() {
        QSqlQuery query(database());
        query.prepare(
            QStringLiteral("INSERT INTO pillars (name, color, description, created_at) VALUES (?, ?, ?, ?)"));
        query.addBindValue(name);
        query.addBindValue(notNull(color));
        query.addBindValue(notNull(description));
        query.addBindValue(timestamp(QDateTime::currentDateTimeUtc()));
        if (!exec(query, tr("add the pillar")))
            return false;
        id = query.lastInsertId().toLongLong();
        return true;
    });
    if (!ok)
        return std::nullopt;
    Q_EMIT pillarsChanged();
    return id;
}

bool LibraryStore::restorePillar(const Pillar &pillar)
{
    const bool ok = inTransaction(tr("restore the pillar"), [&]() {
        QSqlQuery query(database());
        query.prepare(QStringLiteral(
            "INSERT INTO pillars (id, name, color, description, created_at) VALUES (?, ?, ?, ?, ?)"));
        query.addBindValue(pillar.id);
        query.addBindValue(pillar.name);
        query.addBindValue(notNull(pillar.color));
        query.addBindValue(notNull(pillar.description));
        query.addBindValue(timestamp(QDateTime::currentDateTimeUtc()));
        return exec(query, tr("restore the pillar"));
    });
    if (ok)
        Q_EMIT pillarsChanged();
    return ok;
}

bool LibraryStore::renamePillar(qint64 id, const QString &rawName)
{
    const QString name = rawName.simplified();
    if (name.isEmpty())
        return fail(LibraryError::Code::InvalidInput, tr("A pillar needs a name."));
    const std::optional<Pillar> existing = pillarByName(name);
    if (existing && existing->id != id)
        return fail(
            LibraryError::Code::Conflict,
            tr("There is already a pillar named “%1”. To combine the two, merge them instead.").arg(name));
    const bool ok = inTransaction(tr("rename the pillar"), [&]() {
        QSqlQuery query(database());
        query.prepare(QStringLiteral("UPDATE pillars SET name = ? WHERE id = ?"));
        query.addBindValue(name);
        query.addBindValue(id);
        if (!exec(query, tr("rename the pillar")))
            return false;
        if (query.numRowsAffected() != 1)
            return fail(LibraryError::Code::InvalidInput,
                        tr("There is no pillar %1 in this library.").arg(id));
        return true;
    });
    if (ok)
        Q_EMIT pillarsChanged();
    return ok;
}

bool LibraryStore::updatePillar(qint64 id, const QString &color, const QString &description)
{
    if (!validColor(color))
        return fail(LibraryError::Code::InvalidInput,
                    tr("“%1” is not a color; write it as #rrggbb.").arg(color));
    const bool ok = inTransaction(tr("change the pillar"), [&]() {
        QSqlQuery query(database());
        query.prepare(QStringLiteral("UPDATE pillars SET color = ?, description = ? WHERE id = ?"));
        query.addBindValue(notNull(color));
        query.addBindValue(notNull(description));
        query.addBindValue(id);
        if (!exec(query, tr("change the pillar")))
            return false;
        if (query.numRowsAffected() != 1)
            return fail(LibraryError::Code::InvalidInput,
                        tr("There is no pillar %1 in this library.").arg(id));
        return true;
    });
    if (ok)
        Q_EMIT pillarsChanged();
    return ok;
}

std::optional<QVector<qint64>> LibraryStore::mergePillars(qint64 from, qint64 into)
{
    if (from == into) {
        fail(LibraryError::Code::InvalidInput, tr("A pillar cannot be merged into itself."));
        return std::nullopt;
    }
    if (!pillar(from) || !pillar(into))
        return std::nullopt;
    QVector<qint64> moved;
    const bool ok = inTransaction(tr("merge the pillars"), [&]() {
        QSqlQuery select(database());
        select.prepare(QStringLiteral("SELECT id FROM annotations WHERE pillar_id = ? ORDER BY id"));
        select.addBindValue(from);
        if (!exec(select, tr("merge the pillars")))
            return false;
        while (select.next())
            moved << select.value(0).toLongLong();
        QSqlQuery update(database());
        update.prepare(
            QStringLiteral("UPDATE annotations SET pillar_id = ?, updated_at = ? WHERE pillar_id = ?"));
        update.addBindValue(into);
        update.addBindValue(timestamp(QDateTime::currentDateTimeUtc()));
        update.addBindValue(from);
        if (!exec(update, tr("merge the pillars")))
            return false;
        QSqlQuery remove(database());
        remove.prepare(QStringLiteral("DELETE FROM pillars WHERE id = ?"));
        remove.addBindValue(from);
        return exec(remove, tr("merge the pillars"));
    });
    if (!ok)
        return std::nullopt;
    Q_EMIT pillarsChanged();
    Q_EMIT annotationsChanged(0);
    return moved;
}

bool LibraryStore::unmergePillars(const Pillar &pillar, const QVector<qint64> &annotationIds)
{
    const bool ok = inTransaction(tr("undo the merge"), [&]() {
        QSqlQuery insert(database());
        insert.prepare(QStringLiteral(
            "INSERT INTO pillars (id, name, color, description, created_at) VALUES (?, ?, ?, ?, ?)"));
        insert.addBindValue(pillar.id);
        insert.addBindValue(pillar.name);
        insert.addBindValue(notNull(pillar.color));
        insert.addBindValue(notNull(pillar.description));
        insert.addBindValue(timestamp(QDateTime::currentDateTimeUtc()));
        if (!exec(insert, tr("undo the merge")))
            return false;
        QSqlQuery update(database());
        update.prepare(QStringLiteral("UPDATE annotations SET pillar_id = ? WHERE id = ?"));
        for (qint64 id : annotationIds) {
            update.addBindValue(pillar.id);
            update.addBindValue(id);
            if (!exec(update, tr("undo the merge")))
                return false;
        }
        return true;
    });
    if (ok) {
        Q_EMIT pillarsChanged();
        Q_EMIT annotationsChanged(0);
    }
    return ok;
}

bool LibraryStore::deletePillar(qint64 id)
{
    const std::optional<Pillar> p = pillar(id);
    if (!p)
        return false;
    if (p->annotationCount > 0)
        return fail(LibraryError::Code::Conflict,
                    tr("The pillar “%1” is used by %n annotation(s). Merge it into another pillar first.", "",
                       p->annotationCount)
                        .arg(p->name));
    const bool ok = inTransaction(tr("delete the pillar"), [&]() {
        QSqlQuery query(database());
        query.prepare(QStringLiteral("DELETE FROM pillars WHERE id = ?"));
        query.addBindValue(id);
        return exec(query, tr("delete the pillar"));
    });
    if (ok)
        Q_EMIT pillarsChanged();
    return ok;
}

static const char kPillarSelect[] =
    "SELECT p.id, p.name, p.color, p.description, "
    "(SELECT count(*) FROM annotations n WHERE n.pillar_id = p.id) FROM pillars p";

namespace {
Pillar pillarFromQuery(const QSqlQuery &query)
{
    Pillar p;
    p.id = query.value(0).toLongLong();
    p.name = query.value(1).toString();
    p.color = query.value(2).toString();
    p.description = query.value(3).toString();
    p.annotationCount = query.value(4).toInt();
    return p;
}
} // namespace

QVector<Pillar> LibraryStore::pillars() const
{
    QSqlQuery query(database());
    query.prepare(QLatin1String(kPillarSelect) + QLatin1String(" ORDER BY p.id"));
    QVector<Pillar> result;
    if (!exec(query, tr("read the pillars")))
        return result;
    while (query.next())
        result << pillarFromQuery(query);
    return result;
}

std::optional<Pillar> LibraryStore::pillar(qint64 id) const
{
    QSqlQuery query(database());
    query.prepare(QLatin1String(kPillarSelect) + QLatin1String(" WHERE p.id = ?"));
    query.addBindValue(id);
    if (exec(query, tr("read the pillar")) && query.next())
        return pillarFromQuery(query);
    fail(LibraryError::Code::InvalidInput, tr("There is no pillar %1 in this library.").arg(id));
    return std::nullopt;
}

std::optional<Pillar> LibraryStore::pillarByName(const QString &name) const
{
    QSqlQuery query(database());
    query.prepare(QLatin1String(kPillarSelect) + QLatin1String(" WHERE p.name = ?"));
    query.addBindValue(name.simplified());
    if (exec(query, tr("read the pillar")) && query.next())
        return pillarFromQuery(query);
    return std::nullopt;
}

// ---- Suggestion decisions -------------------------------------------------

bool LibraryStore::rejectSuggestion(qint64 articleId, const QString &kind, int start, int end)
{
    const bool ok = inTransaction(tr("reject the suggestion"), [&]() {
        QSqlQuery query(database());
        query.prepare(
            QStringLiteral("INSERT OR IGNORE INTO suggestion_decisions (article_id, kind, start_offset, "
                           "end_offset, decision, decided_at) VALUES (?, ?, ?, ?, 'rejected', ?)"));
        query.addBindValue(articleId);
        query.addBindValue(kind);
        query.addBindValue(start);
        query.addBindValue(end);
        query.addBindValue(timestamp(QDateTime::currentDateTimeUtc()));
        return exec(query, tr("reject the suggestion"));
    });
    if (ok)
        Q_EMIT annotationsChanged(articleId);
    return ok;
}

bool LibraryStore::unrejectSuggestion(qint64 articleId, const QString &kind, int start, int end)
{
    const bool ok = inTransaction(tr("restore the suggestion"), [&]() {
        QSqlQuery query(database());
        query.prepare(QStringLiteral("DELETE FROM suggestion_decisions WHERE article_id = ? AND kind = ? AND "
                                     "start_offset = ? AND end_offset = ?"));
        query.addBindValue(articleId);
        query.addBindValue(kind);
        query.addBindValue(start);
        query.addBindValue(end);
        return exec(query, tr("restore the suggestion"));
    });
    if (ok)
        Q_EMIT annotationsChanged(articleId);
    return ok;
}

bool LibraryStore::isSuggestionRejected(qint64 articleId, const QString &kind, int start, int end) const
{
    QSqlQuery query(database());
    query.prepare(QStringLiteral("SELECT 1 FROM suggestion_decisions WHERE article_id = ? AND kind = ? AND "
                                 "start_offset = ? AND end_offset = ?"));
    query.addBindValue(articleId);
    query.addBindValue(kind);
    query.addBindValue(start);
    query.addBindValue(end);
    return exec(query, tr("read the suggestions")) && query.next();
}

// ---- Whole library ----------------------------------------------------------

bool LibraryStore::saveCopyAs(const QString &destination)
{
    if (!isOpen())
        return fail(LibraryError::Code::Database, tr("No library is open."));
    const QFileInfo target(destination);
    if (target.exists())
        return fail(
            LibraryError::Code::Conflict,
            tr("“%1” already exists. Choose a new name; Gleaner does not overwrite a file when saving a "
               "copy.")
                .arg(destination));
    if (QFileInfo(destination).absoluteFilePath() == m_path)
        return fail(LibraryError::Code::Conflict, tr("Choose a different file than the open library."));
    // Write the copy under a temporary name and move it into place when complete.
    const QString temp =
        target.absolutePath() + QLatin1String("/.") + target.fileName() + QLatin1String(".partial");
    QFile::remove(temp);
    QSqlQuery query(database());
    query.prepare(QStringLiteral("VACUUM INTO ?"));
    query.addBindValue(temp);
    if (!query.exec()) {
        QFile::remove(temp);
        return failQuery(query, tr("save a copy of the library"));
    }
    if (!QFile::rename(temp, destination)) {
        QFile::remove(temp);
        return fail(
            LibraryError::Code::Io,
            tr("Could not save the copy as “%1”. Choose a folder you can write to.").arg(destination));
    }
    return true;
}

std::optional<LibraryStore::CheckReport> LibraryStore::check()
{
    CheckReport report;
    report.schemaVersion = schemaVersion();
    QSqlQuery query(database());
    if (!query.exec(QStringLiteral("PRAGMA integrity_check"))) {
        failQuery(query, tr("check the library"));
        return std::nullopt;
    }
    QStringList findings;
    while (query.next())
        findings << query.value(0).toString();
    report.integrity = findings.join(QLatin1Char('\n'));
    QSqlQuery fk(database());
    if (fk.exec(QStringLiteral("PRAGMA foreign_key_check")) && fk.next())
        report.integrity =
            (report.integrity == QLatin1String("ok") ? QString() : report.integrity + QLatin1Char('\n')) +
            tr("an annotation refers to a missing article or pillar");
    auto count = [this](const char *table) {
        QSqlQuery q(database());
        if (q.exec(QStringLiteral("SELECT count(*) FROM ") + QLatin1String(table)) && q.next())
            return q.value(0).toInt();
        return -1;
    };
    report.articles = count("articles");
    report.annotations = count("annotations");
    report.pillars = count("pillars");
    return report;
}

} // namespace Gleaner
