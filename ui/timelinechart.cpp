#include "timelinechart.h"

#include "plaintext.h"

#include <QBuffer>
#include <QHelpEvent>
#include <QImage>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>
#include <QXmlStreamWriter>

namespace Gleaner {

namespace {
constexpr int kRowHeight = 28;
constexpr int kTop = 28;
constexpr int kRight = 24;
constexpr qreal kDot = 9;
} // namespace

TimelineChart::TimelineChart(QWidget *parent) : QWidget(parent), m_today(QDate::currentDate())
{
    setMouseTracking(true);
    setMinimumHeight(120);
}

void TimelineChart::setEntries(const QVector<Entry> &entries)
{
    m_entries.clear();
    for (const Entry &e : entries)
        if (e.due.isValid())
            m_entries << e;
    updateGeometry();
    update();
}

void TimelineChart::setToday(const QDate &today)
{
    m_today = today;
    update();
}

QSize TimelineChart::sizeHint() const
{
    QStringList groups;
    for (const Entry &e : m_entries)
        if (!groups.contains(e.group))
            groups << e.group;
    return {640, kTop + kRowHeight * qMax(1, int(groups.size())) + 24};
}

QVector<TimelineChart::Mark> TimelineChart::marks(const QSize &size) const
{
    QVector<Mark> out;
    const QColor ink = palette().color(QPalette::WindowText);
    const QColor faint = palette().color(QPalette::Mid);
    const QColor accent = palette().color(QPalette::Highlight);
    QStringList groups;
    for (const Entry &e : m_entries)
        if (!groups.contains(e.group))
            groups << e.group;
    std::sort(groups.begin(), groups.end(),
              [](const QString &a, const QString &b) { return a.localeAwareCompare(b) < 0; });
    // The axis runs over whole years, from the earliest date (today included) to the latest.
    int firstYear = m_today.year();
    int lastYear = m_today.year();
    for (const Entry &e : m_entries) {
        firstYear = qMin(firstYear, e.due.year());
        lastYear = qMax(lastYear, e.due.year());
    }
    const QDate from(firstYear, 1, 1);
    const QDate to(lastYear + 1, 1, 1);
    const QFontMetrics fm(font());
    int labelWidth = fm.horizontalAdvance(tr("(no pillar)"));
    for (const QString &g : std::as_const(groups))
        labelWidth = qMax(labelWidth, qMin(fm.horizontalAdvance(g), size.width() / 3));
    const qreal left = labelWidth + 16;
    const qreal right = size.width() - kRight;
    const qreal bottom = kTop + kRowHeight * qMax(1, int(groups.size()));
    auto xOf = [&](const QDate &d) {
        return left + (right - left) * qreal(from.daysTo(d)) / qreal(qMax<qint64>(1, from.daysTo(to)));
    };
    // Year ticks and labels.
    for (int y = firstYear; y <= lastYear + 1; ++y) {
        const qreal x = xOf(QDate(y, 1, 1));
        out << Mark{Mark::Line, QLineF(x, kTop - 6, x, bottom), {}, {}, faint, false, 0};
        if (y <= lastYear)
            out << Mark{Mark::Text,
                        {},
                        QRectF(x + 2, 4, xOf(QDate(y + 1, 1, 1)) - x - 4, kTop - 10),
                        QString::number(y),
                        ink,
                        false,
                        0};
    }
    // Rows.
    for (int i = 0; i < groups.size(); ++i) {
        const qreal y = kTop + kRowHeight * (i + 0.5);
        const QString name = groups.at(i).isEmpty() ? tr("(no pillar)") : groups.at(i);
        out << Mark{Mark::Text,
                    {},
                    QRectF(4, y - kRowHeight / 2.0, labelWidth, kRowHeight),
                    fm.elidedText(name, Qt::ElideRight, labelWidth),
                    ink,
                    false,
                    0};
        out << Mark{Mark::Line, QLineF(left, y, right, y), {}, {}, faint, false, 0};
    }
    // Today.
    const qreal todayX = xOf(m_today);
    out << Mark{Mark::Line, QLineF(todayX, kTop - 10, todayX, bottom + 4), {}, {}, accent, true, 0};
    out << Mark{Mark::Text, {}, QRectF(todayX - 60, bottom + 4, 120, 18), tr("Today"), accent, false, 0};
    // A dot per commitment.
    for (const Entry &e : m_entries) {
        const int row = int(groups.indexOf(e.group));
        const QPointF c(xOf(e.due), kTop + kRowHeight * (row + 0.5));
        const bool passed = e.due < m_today;
        out << Mark{Mark::Dot,
                    {},
                    QRectF(c.x() - kDot / 2, c.y() - kDot / 2, kDot, kDot),
                    e.label,
                    passed ? faint : accent,
                    !passed,
                    e.id};
    }
    return out;
}

void TimelineChart::paintMarks(QPainter *p, const QVector<Mark> &marks) const
{
    p->setRenderHint(QPainter::Antialiasing);
    for (const Mark &m : marks) {
        switch (m.kind) {
        case Mark::Line:
            p->setPen(QPen(m.color, m.filled ? 2 : 1));
            p->drawLine(m.line);
            break;
        case Mark::Dot:
            p->setPen(QPen(m.color, 2));
            p->setBrush(m.filled ? QBrush(m.color) : QBrush(Qt::NoBrush));
            p->drawEllipse(m.rect);
            break;
        case Mark::Text:
            p->setPen(m.color);
            p->drawText(m.rect, Qt::AlignLeft | Qt::AlignVCenter | Qt::TextSingleLine, m.text);
            break;
        }
    }
}

void TimelineChart::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    paintMarks(&p, marks(size()));
}

QImage TimelineChart::toImage(const QSize &size) const
{
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    image.fill(palette().color(QPalette::Base));
    QPainter p(&image);
    p.setFont(font());
    paintMarks(&p, marks(size));
    return image;
}

QByteArray TimelineChart::toSvg(const QSize &size) const
{
    QByteArray svg;
    QBuffer buffer(&svg);
    buffer.open(QIODevice::WriteOnly);
    QXmlStreamWriter w(&buffer);
    w.setAutoFormatting(true);
    w.writeStartDocument();
    w.writeStartElement(QStringLiteral("svg"));
    w.writeDefaultNamespace(QStringLiteral("http://www.w3.org/2000/svg"));
    w.writeAttribute(QStringLiteral("width"), QString::number(size.width()));
    w.writeAttribute(QStringLiteral("height"), QString::number(size.height()));
    w.writeAttribute(QStringLiteral("font-family"), font().family());
    w.writeAttribute(QStringLiteral("font-size"), QString::number(QFontInfo(font()).pixelSize()));
    w.writeEmptyElement(QStringLiteral("rect"));
    w.writeAttribute(QStringLiteral("width"), QStringLiteral("100%"));
    w.writeAttribute(QStringLiteral("height"), QStringLiteral("100%"));
    w.writeAttribute(QStringLiteral("fill"), palette().color(QPalette::Base).name());
    const auto n = [](qreal v) {
        return QString::number(v, 'f', 1);
    };
    for (const Mark &m : marks(size)) {
        switch (m.kind) {
        case Mark::Line:
            w.writeEmptyElement(QStringLiteral("line"));
            w.writeAttribute(QStringLiteral("x1"), n(m.line.x1()));
            w.writeAttribute(QStringLiteral("y1"), n(m.line.y1()));
            w.writeAttribute(QStringLiteral("x2"), n(m.line.x2()));
            w.writeAttribute(QStringLiteral("y2"), n(m.line.y2()));
            w.writeAttribute(QStringLiteral("stroke"), m.color.name());
            w.writeAttribute(QStringLiteral("stroke-width"),
                             m.filled ? QStringLiteral("2") : QStringLiteral("1"));
            break;
        case Mark::Dot:
            w.writeStartElement(QStringLiteral("circle"));
            w.writeAttribute(QStringLiteral("class"),
                             m.filled ? QStringLiteral("upcoming") : QStringLiteral("passed"));
            w.writeAttribute(QStringLiteral("cx"), n(m.rect.center().x()));
            w.writeAttribute(QStringLiteral("cy"), n(m.rect.center().y()));
            w.writeAttribute(QStringLiteral("r"), n(m.rect.width() / 2));
            w.writeAttribute(QStringLiteral("stroke"), m.color.name());
            w.writeAttribute(QStringLiteral("stroke-width"), QStringLiteral("2"));
            w.writeAttribute(QStringLiteral("fill"), m.filled ? m.color.name() : QStringLiteral("none"));
            w.writeTextElement(QStringLiteral("title"), m.text); // escaped by the writer
            w.writeEndElement();
            break;
        case Mark::Text:
            w.writeStartElement(QStringLiteral("text"));
            w.writeAttribute(QStringLiteral("x"), n(m.rect.left()));
            w.writeAttribute(QStringLiteral("y"), n(m.rect.center().y()));
            w.writeAttribute(QStringLiteral("dominant-baseline"), QStringLiteral("middle"));
            w.writeAttribute(QStringLiteral("fill"), m.color.name());
            w.writeCharacters(m.text);
            w.writeEndElement();
            break;
        }
    }
    w.writeEndElement();
    w.writeEndDocument();
    return svg;
}

qint64 TimelineChart::entryAt(const QPointF &pos) const
{
    for (const Mark &m : marks(size()))
        if (m.kind == Mark::Dot && m.rect.adjusted(-4, -4, 4, 4).contains(pos))
            return m.id;
    return 0;
}

void TimelineChart::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton)
        if (const qint64 id = entryAt(event->position()))
            Q_EMIT entryActivated(id);
    QWidget::mouseReleaseEvent(event);
}

bool TimelineChart::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        const auto *help = static_cast<QHelpEvent *>(event);
        for (const Mark &m : marks(size())) {
            if (m.kind == Mark::Dot && m.rect.adjusted(-4, -4, 4, 4).contains(help->pos())) {
                QToolTip::showText(help->globalPos(), PlainText::toolTip(m.text), this);
                return true;
            }
        }
        QToolTip::hideText();
        event->ignore();
        return true;
    }
    return QWidget::event(event);
}

} // namespace Gleaner
