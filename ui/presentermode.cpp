#include "presentermode.h"

#include "bignumbertiles.h"
#include "lessonpanel.h"
#include "topologyview.h"

#include <QAction>
#include <QDockWidget>
#include <QMainWindow>
#include <QMenuBar>
#include <QStatusBar>
#include <QTimer>
#include <QToolBar>

namespace scalelab {

PresenterMode::PresenterMode(QMainWindow *window, LessonPanel *lesson, TopologyView *view)
    : QObject(window), m_window(window), m_lesson(lesson), m_view(view)
{
    m_action = new QAction(tr("&Presenter Mode"), this);
    m_action->setCheckable(true);
    m_action->setShortcut(Qt::Key_F5);
    m_action->setToolTip(tr("Full screen, large type, no editing chrome: for the projector (F5; Esc leaves)"));
    connect(m_action, &QAction::toggled, this, &PresenterMode::setActive);
    // Esc leaves; a window-wide action so it works wherever the focus is.
    m_leave = new QAction(tr("Leave Presenter Mode"), this);
    m_leave->setShortcut(Qt::Key_Escape);
    m_leave->setEnabled(false);
    connect(m_leave, &QAction::triggered, this, [this] { m_action->setChecked(false); });
    window->addAction(m_action);
    window->addAction(m_leave);
}

void PresenterMode::setActive(bool active)
{
    if (active == m_active)
        return;
    m_active = active;
    m_action->setChecked(active);
    m_leave->setEnabled(active);
    if (active) {
        m_state = m_window->saveState();
        m_wasMaximized = m_window->isMaximized();
        m_styleSheet = m_window->styleSheet();
        // Only the run controls and the lesson stay beside the canvas: the class looks at the
        // canvas (its big-number tiles carry the figures); the charts are one key away after.
        for (QDockWidget *dock : m_window->findChildren<QDockWidget *>()) {
            if (dock->objectName() != QLatin1String("lessonDock"))
                dock->hide();
        }
        for (QToolBar *bar : m_window->findChildren<QToolBar *>()) {
            if (bar->objectName() != QLatin1String("simulationToolBar"))
                bar->hide();
        }
        m_window->menuBar()->hide();
        // Large, high-contrast type, readable from the back row.
        m_window->setStyleSheet(QStringLiteral("QWidget { font-size: 16pt; } QStatusBar QLabel { font-size: 16pt; }"));
        m_lesson->setPresenterScale(kTypeScale);
        if (auto *tiles = m_window->findChild<BigNumberTiles *>())
            tiles->setPresenterScale(kTypeScale);
        m_window->showFullScreen();
    } else {
        m_window->setStyleSheet(m_styleSheet);
        m_lesson->setPresenterScale(1.0);
        if (auto *tiles = m_window->findChild<BigNumberTiles *>())
            tiles->setPresenterScale(1.0);
        m_window->menuBar()->show();
        m_window->restoreState(m_state);
        if (m_wasMaximized)
            m_window->showMaximized();
        else
            m_window->showNormal();
    }
    // Fit once the new geometry is in place.
    QTimer::singleShot(0, m_view, [this] { m_view->fitScene(); });
}

} // namespace scalelab
