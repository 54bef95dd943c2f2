#pragma once

#include "cleaning/cleanedarticle.h"
#include "library/article.h"

#include <QDate>
#include <QUrl>

#include <functional>

namespace Gleaner {

struct FetchResult;

class LibraryStore;

// Something the user brought in: a file, a paste, or a fetched page.
struct ImportSource
{
    QByteArray data;
    QString charset; // from the HTTP header, or empty
    QUrl url;        // where it came from (final URL after redirects), may be empty
    SourceKind kind = SourceKind::File;
    QString sourceName; // file name, or empty
    CleanInput::Format format = CleanInput::Format::Auto;
    // What the user said on top (the command line's --title, --url, --published).
    QString title;
    QString urlOverride;
    QDate published;
};

enum class DuplicatePolicy { Skip, NewVersion };

struct ImportOutcome
{
    enum class Status { Imported, Duplicate, Failed };
    Status status = Status::Failed;
    qint64 articleId = 0;   // the new article
    qint64 duplicateOf = 0; // the article already in the library
    QString title;
    QString error; // what went wrong and what to do
};

// Cleans what the user brought and adds it to a library as one article.
class ArticleImporter
{
public:
    explicit ArticleImporter(LibraryStore *store) : m_store(store) {}

    // What a fetched page is to import: its body, charset, final URL, and HTML
    // unless the server said plain text. The window and the command line alike.
    static ImportSource fromFetch(const FetchResult &result);
    // Cleaning only: a pure function, safe to run on a worker thread.
    static bool prepare(const ImportSource &source, Article *article, QString *error);
    // Adds a prepared article; an article with the same canonical URL or text is
    // kept as it is: with Skip nothing is added, with NewVersion a new article
    // pointing to the old one is added. The look for a duplicate and the insert
    // are one transaction, so two imports of one page at once add it once.
    ImportOutcome add(Article article, DuplicatePolicy policy);
    // Adds a prepared article; when it is already in the library, `decide` (asked
    // outside any transaction, so it may show a dialog) says whether to skip it
    // or to add it as a new version.
    using DuplicateDecision = std::function<DuplicatePolicy(const Article &incoming, qint64 existingId)>;
    ImportOutcome add(const Article &article, const DuplicateDecision &decide);
    ImportOutcome import(const ImportSource &source, DuplicatePolicy policy);

    static CleanInput::Format formatForFileName(const QString &fileName);
    // Reads a file the user chose to import, "-" for standard input: never a library
    // this process holds open (reading and closing it would drop SQLite's locks), at
    // most a little over the cleaner's size cap (a device such as /dev/zero ends
    // there), a gzip file decompressed. On failure *error says why and what to do.
    static bool readFile(const QString &path, QByteArray *data, QString *error);
    static QString segmentsToJson(const QVector<TextSegment> &segments);
    static QVector<TextSegment> segmentsFromJson(const QString &json);

private:
    LibraryStore *m_store;
};

} // namespace Gleaner
