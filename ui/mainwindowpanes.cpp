#include "mainwindow.h"

#include "articleview.h"

#include <QDockWidget>
#include <QGuiApplication>
#include <QScopedValueRollback>
#include <QSplitter>

// How the window shares its width: the reading column first, then the panes as
// the user sized them.
namespace Gleaner {

void MainWindow::resizeEvent(QResizeEvent *event)
{
    QMainWindow::resizeEvent(event);
    // The first layout has the panel as the user left it last time (restoreState).
    if (m_balancedWidth == 0 && m_dock->isVisible() && !m_dock->isFloating() && m_dock->width() > 0)
        m_dockWidth = m_dock->width();
    balancePanes();
    m_balancedWidth = width();
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    // The panel's width the user chose by dragging its edge: the mouse button is
    // down and the window's own size unchanged (balancing the panes resizes the
    // panel later, when the layout runs, with no button down).
    if (watched == m_dock && event->type() == QEvent::Resize && !m_balancing && width() == m_balancedWidth &&
        !m_dock->isFloating() && QGuiApplication::mouseButtons().testFlag(Qt::LeftButton))
        m_dockWidth = m_dock->width();
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::balancePanes()
{
    if (!m_splitter)
        return;
    const QScopedValueRollback<bool> balancing(m_balancing, true);
    const int comfortable = m_view->widthForCharacters(60);
    QList<int> sizes = m_splitter->sizes();
    const bool docked = m_dock->isVisible() && !m_dock->isFloating();
    int deficit = comfortable - m_view->width();
    if (deficit > 0) {
        // First the articles list, then the annotation panel, each down to its minimum.
        const int listSpare = qMax(0, sizes.value(0) - m_splitter->widget(0)->minimumWidth());
        const int fromList = qMin(listSpare, deficit);
        if (fromList > 0) {
            sizes[0] -= fromList;
            sizes[1] += fromList;
            m_splitter->setSizes(sizes);
            deficit -= fromList;
        }
        if (deficit > 0 && docked) {
            const int dockSpare = qMax(0, m_dock->width() - m_dock->minimumSizeHint().width());
            const int fromDock = qMin(dockSpare, deficit);
            if (fromDock > 0)
                resizeDocks({m_dock}, {m_dock->width() - fromDock}, Qt::Horizontal);
        }
        return;
    }
    // A wider window gives back what a narrower one took, up to the widths the
    // user chose: the panel first, then the list.
    int spare = -deficit;
    if (docked && m_dock->width() < m_dockWidth) {
        const int toDock = qMin(spare, m_dockWidth - m_dock->width());
        resizeDocks({m_dock}, {m_dock->width() + toDock}, Qt::Horizontal);
        spare -= toDock;
    }
    if (spare > 0 && sizes.value(0) < m_listWidth) {
        const int toList = qMin(spare, m_listWidth - sizes.value(0));
        sizes[0] += toList;
        sizes[1] -= toList;
        m_splitter->setSizes(sizes);
    }
}

} // namespace Gleaner
