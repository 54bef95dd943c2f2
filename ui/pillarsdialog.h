#pragma once

#include <QDialog>
#include <QVector>

class QPushButton;
class QTableWidget;

namespace Gleaner {

class LibraryDocument;

// The library's pillars with how often each is used: rename, recolor, merge
// (moves every annotation) and delete (when unused, or after choosing where its
// annotations go). Every change is undoable from the main window.
class PillarsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit PillarsDialog(LibraryDocument *document, QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }
    qint64 currentPillarId() const;
    void selectPillar(qint64 id);

    // The steps behind the buttons, callable without their prompts (tests, scripting).
    bool rename(qint64 id, const QString &name);
    bool recolor(qint64 id, const QColor &color);
    bool merge(qint64 from, qint64 into);
    bool remove(qint64 id, qint64 moveTo = 0);

Q_SIGNALS:
    void errorOccurred(const QString &message);

private:
    void reload();
    void renameCurrent();
    void recolorCurrent();
    void mergeCurrent();
    void deleteCurrent();
    void updateButtons();
    QVector<qint64> otherPillars(qint64 id, QStringList *names) const;

    LibraryDocument *m_document;
    QTableWidget *m_table;
    QPushButton *m_rename;
    QPushButton *m_recolor;
    QPushButton *m_merge;
    QPushButton *m_delete;
};

} // namespace Gleaner
