#pragma once

// Helpers shared by the library tests: build a small library to work on.
#include "library/librarystore.h"
#include "testfiles.h"

#include <QCryptographicHash>
#include <QFile>
#include <QTest>

namespace Gleaner::Test {

inline Article sampleArticle(const QString &title = QStringLiteral("Harbor Cloud pledges $4 billion"))
{
    Article a;
    a.title = title;
    a.site = QStringLiteral("Test Wire");
    a.url = QStringLiteral("https://example.org/harbor");
    a.published = QDate(2026, 3, 2);
    a.sourceKind = SourceKind::File;
    a.rawSource = "raw bytes";
    a.text =
        QStringLiteral("Harbor Cloud will invest $4 billion in Kenya by 2029.\n\n"
                       "The plan trains 50,000 engineers over the next four years. 日本語のテキストも含む。");
    a.html = QStringLiteral("<p>Harbor Cloud will invest $4 billion in Kenya by 2029.</p>");
    return a;
}

// A pillar of that name exists in the library.
inline bool hasPillar(const LibraryStore &store, const QString &name)
{
    const std::optional<Pillar> p = store.findPillar(name);
    return p && p->id > 0;
}

// The suggestion of that kind and span was rejected on the article.
inline bool isRejected(const LibraryStore &store, qint64 articleId, const QString &kind, int start, int end)
{
    const std::optional<QSet<RejectedSpan>> spans = store.rejectedSuggestions(articleId);
    return spans && spans->contains(RejectedSpan{kind, start, end});
}

// The article's annotations; a failed read fails the test that uses it.
inline QVector<Annotation> annotationsOf(const LibraryStore &store, qint64 articleId)
{
    const std::optional<QVector<Annotation>> list = store.annotations(articleId);
    if (!list)
        QTest::qFail(qPrintable(QStringLiteral("reading annotations failed: ") + store.lastError().message),
                     __FILE__, __LINE__);
    return list.value_or(QVector<Annotation>());
}

} // namespace Gleaner::Test
