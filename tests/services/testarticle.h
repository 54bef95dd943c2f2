#pragma once

// An article as an import makes it, from text or HTML written in the test.
#include "import/articleimporter.h"

#include <QTest>

namespace Gleaner::Test {

// Cleaned and prepared as a paste published on 2026-03-10, with id 1 (not stored).
inline Article articleFrom(const QByteArray &data, CleanInput::Format format, const QString &title = {})
{
    ImportSource source;
    source.data = data;
    source.format = format;
    source.kind = SourceKind::Paste;
    source.published = QDate(2026, 3, 10);
    Article article;
    QString error;
    if (!ArticleImporter::prepare(source, &article, &error))
        QTest::qFail(qPrintable(QStringLiteral("the test article was not cleaned: ") + error), __FILE__,
                     __LINE__);
    if (!title.isEmpty())
        article.title = title;
    article.id = 1;
    return article;
}

} // namespace Gleaner::Test
