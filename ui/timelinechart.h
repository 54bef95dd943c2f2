#pragma once

#include <QColor>
#include <QDate>
#include <QLineF>
#include <QRectF>
#include <QWidget>

namespace Gleaner {

// Deadlines on a time axis: one row per group (a pillar or an actor), a dot per
// commitment at its due date, today marked; upcoming dots filled, passed ones
// hollow and grey. Drawn with QPainter on screen and into a PNG, and written as
// SVG from the same marks, so the three always agree.
class TimelineChart : public QWidget
{
    Q_OBJECT
public:
    struct Entry
    {
        qint64 id = 0;
        QDate due;
        QString group; // the row it is drawn in
        QString label; // shown as its tool tip and in the SVG's title
    };
    // What the chart draws, computed for a size.
    struct Mark
    {
        enum Kind { Line, Dot, Text } kind = Line;
        QLineF line;
        QRectF rect; // a dot's circle, a text's box
        QString text;
        QColor color;
        bool filled = false;
        qint64 id = 0; // a dot's commitment
    };

    explicit TimelineChart(QWidget *parent = nullptr);
    void setEntries(const QVector<Entry> &entries);
    const QVector<Entry> &entries() const { return m_entries; }
    void setToday(const QDate &today); // for tests; the real day otherwise
    QDate today() const { return m_today; }

    QVector<Mark> marks(const QSize &size) const;
    QImage toImage(const QSize &size) const;
    QByteArray toSvg(const QSize &size) const;
    QSize sizeHint() const override;

Q_SIGNALS:
    void entryActivated(qint64 id);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    bool event(QEvent *event) override; // tool tips

private:
    void paintMarks(QPainter *painter, const QVector<Mark> &marks) const;
    qint64 entryAt(const QPointF &pos) const;

    QVector<Entry> m_entries;
    QDate m_today;
};

} // namespace Gleaner
