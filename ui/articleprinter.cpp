#include "articleprinter.h"

#include "articleview.h"
#include "services/annotationtext.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QPrinter>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextList>

#include <cstdio>

#include <memory>

namespace Gleaner {

namespace {
// A translucent highlight as the solid colour it shows on white paper.
QColor onPaper(QColor color)
{
    const qreal alpha = 0.28;
    return QColor(int(255 - (255 - color.red()) * alpha), int(255 - (255 - color.green()) * alpha),
                  int(255 - (255 - color.blue()) * alpha));
}
} // namespace

QTextDocument *ArticlePrinter::document(const ArticleView *view, const QVector<Annotation> &annotations,
                                        const QHash<qint64, QColor> &pillarColors)
{
    QTextDocument *doc = view->document()->clone();
    // Paper is light: black text, the column margins of the screen dropped.
    QTextFrameFormat root = doc->rootFrame()->frameFormat();
    root.setMargin(0);
    doc->rootFrame()->setFrameFormat(root);
    QTextCursor all(doc);
    all.select(QTextCursor::Document);
    QTextCharFormat ink;
    ink.setForeground(Qt::black);
    all.mergeCharFormat(ink);
    for (const Annotation &a : annotations) {
        QTextCursor span(doc);
        span.setPosition(view->documentPosition(a.start));
        span.setPosition(view->documentPosition(a.end), QTextCursor::KeepAnchor);
        QColor color = ArticleView::kindColor(a.kind, false);
        if (a.pillarId > 0 && pillarColors.value(a.pillarId).isValid())
            color = pillarColors.value(a.pillarId);
        QTextCharFormat mark;
        mark.setBackground(onPaper(color));
        span.mergeCharFormat(mark);
    }
    if (annotations.isEmpty())
        return doc;
    QTextCursor end(doc);
    end.movePosition(QTextCursor::End);
    QTextBlockFormat heading;
    heading.setTopMargin(24);
    heading.setBottomMargin(8);
    heading.setPageBreakPolicy(QTextFormat::PageBreak_Auto);
    QTextCharFormat headingText;
    headingText.setFontWeight(QFont::Bold);
    headingText.setFontPointSize(doc->defaultFont().pointSizeF() * 1.3);
    end.insertBlock(heading, headingText);
    end.insertText(tr("Annotations"), headingText);
    QTextBlockFormat item;
    item.setBottomMargin(6);
    QTextListFormat bullets;
    bullets.setStyle(QTextListFormat::ListDisc);
    QTextCharFormat plain;
    plain.setForeground(Qt::black);
    QTextCharFormat quote = plain;
    quote.setFontItalic(true);
    QTextCharFormat value = plain;
    value.setFontWeight(QFont::DemiBold);
    bool first = true;
    for (const Annotation &a : annotations) {
        end.insertBlock(item, plain);
        if (first) {
            end.createList(bullets);
            first = false;
        }
        end.insertText(QStringLiteral("“") + a.quote.simplified() + QStringLiteral("” "), quote);
        end.insertText(AnnotationText::summary(a), value);
        if (const QString pillar = AnnotationText::pillarOf(a); !pillar.isEmpty())
            end.insertText(QStringLiteral(" · ") + pillar, plain);
        if (!a.note.isEmpty())
            end.insertText(QStringLiteral(" — ") + a.note, plain);
    }
    return doc;
}

bool ArticlePrinter::writePdf(const ArticleView *view, const QVector<Annotation> &annotations,
                              const QHash<qint64, QColor> &pillarColors, const QString &path, QString *error)
{
    // Written beside the target and moved over it only when complete: a failed
    // export neither leaves half a PDF nor passes an older one off as new.
    const QString temp = QFileInfo(path).absolutePath() + QStringLiteral("/.") + QFileInfo(path).fileName() +
                         QStringLiteral(".%1.writing").arg(QCoreApplication::applicationPid());
    QFile::remove(temp);
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(temp);
    printer.setPageSize(QPageSize(
        QLocale().measurementSystem() == QLocale::ImperialUSSystem ? QPageSize::Letter : QPageSize::A4));
    printer.setPageMargins(QMarginsF(18, 18, 18, 18), QPageLayout::Millimeter);
    printer.setDocName(view->article().title);
    printer.setCreator(QStringLiteral("Gleaner"));
    std::unique_ptr<QTextDocument> doc(document(view, annotations, pillarColors));
    doc->print(&printer);
    const bool written = QFileInfo(temp).size() > 0 && std::rename(QFile::encodeName(temp).constData(),
                                                                   QFile::encodeName(path).constData()) == 0;
    if (!written) {
        QFile::remove(temp);
        *error = tr("Could not write the PDF “%1”. Choose a folder you can write to.").arg(path);
        return false;
    }
    return true;
}

} // namespace Gleaner
