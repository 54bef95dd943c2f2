#pragma once

#include "library/article.h"
#include "util/annotation.h"

#include <QCoreApplication>
#include <QHash>

class QPagedPaintDevice;
class QTextDocument;

namespace Gleaner {

class ArticleView;

// The article as it reads in the view, for paper or PDF: its highlights as
// coloured backgrounds (annotations only, not suggestions), and a list of the
// annotations after it: quote, value, pillar and note.
class ArticlePrinter
{
    Q_DECLARE_TR_FUNCTIONS(Gleaner::ArticlePrinter)
public:
    // A document the caller owns, built from what `view` shows.
    static QTextDocument *document(const ArticleView *view, const QVector<Annotation> &annotations,
                                   const QHash<qint64, QColor> &pillarColors);
    // Writes a PDF; false with *error set when the file cannot be written.
    static bool writePdf(const ArticleView *view, const QVector<Annotation> &annotations,
                         const QHash<qint64, QColor> &pillarColors, const QString &path, QString *error);
};

} // namespace Gleaner
