// SPDX-License-Identifier: GPL-3.0-or-later
#include "shell/presentermode.h"

#include "canvas/topologyview.h"
#include "charts/bignumbertiles.h"
#include "charts/chartsdock.h"
#include "lessons/lessonpanel.h"

#include <QAction>
#include <QDockWidget>
#include <QEvent>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QStatusBar>
#include <QTimer>
#include <QToolBar>

namespace scalelab {

PresenterMode::PresenterMode(QMainWindow *window, const Parts &parts)
    : QObject(window), m_window(window), m_parts(parts)
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
    m_chartAction = new QAction(tr("C&hart"), this);
    m_chartAction->setObjectName(QStringLiteral("presenterChartAction"));
    m_chartAction->setCheckable(true);
    m_chartAction->setShortcut(Qt::Key_C);
    m_chartAction->setToolTip(tr("Show one chart beside the canvas while presenting (C)"));
    m_chartAction->setEnabled(false);
    connect(m_chartAction, &QAction::toggled, this, &PresenterMode::showChart);
    window->addAction(m_action);
    window->addAction(m_leave);
    window->addAction(m_chartAction);
}

void PresenterMode::setActive(bool active)
{
    if (active == m_active)
        return;
    m_active = active;
    m_action->setChecked(active);
    m_leave->setEnabled(active);
    m_chartAction->setEnabled(active);
    if (active)
        enter();
    else
        leave();
    // Fit once the new geometry is in place (the view refits on each resize after that).
    QTimer::singleShot(0, m_parts.view, [this] { m_parts.view->fitScene(); });
}

void PresenterMode::enter()
{
    m_state = m_window->saveState();
    m_wasMaximized = m_window->isMaximized();
    // Only the run controls and the lesson stay beside the canvas: the class looks at the
    // canvas (its big-number tiles carry the figures); one chart is a key away (C).
    for (QDockWidget *dock : m_window->findChildren<QDockWidget *>()) {
        if (dock != m_parts.lesson && !(dock == m_parts.classDock && dock->isVisibleTo(m_window)))
            dock->hide();
    }
    if (m_parts.classDock && m_parts.classDock->isVisibleTo(m_window))
        m_fonts.scaleTree(m_parts.classDock, kTypeScale);
    for (QToolBar *bar : m_window->findChildren<QToolBar *>()) {
        if (bar != m_parts.runBar)
            bar->hide();
    }
    keepMenuShortcuts();
    m_window->menuBar()->hide();
    // Large type on what the class reads, and on nothing else.
    if (QToolBar *bar = m_parts.runBar) {
        m_barIcons = bar->iconSize();
        bar->setIconSize(m_barIcons * kTypeScale);
        bar->addAction(m_chartAction);
        m_fonts.scaleTree(bar, kTypeScale);
    }
    m_fonts.scaleTree(m_window->statusBar(), kTypeScale);
    // The header's title is large already; more would wrap a long step title over two lines.
    m_fonts.scaleTree(m_parts.header, kHeaderScale);
    m_fonts.scaleTree(m_parts.banner, kTypeScale);
    // Every line of the lesson's column for the step itself: the header says where we are.
    m_noTitleBar = new QWidget(m_parts.lesson);
    m_parts.lesson->setTitleBarWidget(m_noTitleBar);
    m_parts.lesson->setHeadingShown(false);
    m_parts.lesson->setPresenterScale(kTypeScale);
    m_parts.tiles->setPresenterScale(kTypeScale);
    if (m_chartAction->isChecked())
        showChart(true);
    m_window->installEventFilter(this);
    m_window->showFullScreen();
    sizeDocks();
}

void PresenterMode::leave()
{
    m_window->removeEventFilter(this);
    if (ChartsDock *chart = m_parts.chart)
        chart->setSingleChart(false);
    m_fonts.restore();
    if (QToolBar *bar = m_parts.runBar) {
        bar->removeAction(m_chartAction);
        bar->setIconSize(m_barIcons);
    }
    m_parts.lesson->setPresenterScale(1.0);
    m_parts.lesson->setHeadingShown(true);
    m_parts.lesson->setTitleBarWidget(nullptr);
    delete m_noTitleBar;
    m_noTitleBar = nullptr;
    m_parts.tiles->setPresenterScale(1.0);
    for (QAction *kept : std::as_const(m_keptShortcuts))
        m_window->removeAction(kept);
    m_keptShortcuts.clear();
    m_window->menuBar()->show();
    m_window->restoreState(m_state);
    if (m_wasMaximized)
        m_window->showMaximized();
    else
        m_window->showNormal();
}

void PresenterMode::showChart(bool shown)
{
    ChartsDock *chart = m_parts.chart;
    if (!m_active || !chart)
        return;
    chart->setSingleChart(shown);
    chart->setVisible(shown);
    sizeDocks();
}

void PresenterMode::sizeDocks()
{
    QList<QDockWidget *> docks;
    QList<int> widths;
    const int width = m_window->width();
    if (m_parts.lesson->isVisibleTo(m_window)) {
        docks << m_parts.lesson;
        widths << qRound(width * kLessonShare);
    }
    ChartsDock *chart = m_parts.chart;
    if (chart && chart->isVisibleTo(m_window)) {
        docks << chart;
        widths << qRound(width * kChartShare);
    }
    // The class's way in (code, QR code) takes a chart's share, not half the canvas.
    if (QDockWidget *classDock = m_parts.classDock; classDock && classDock->isVisibleTo(m_window)) {
        docks << classDock;
        widths << qRound(width * kChartShare);
    }
    if (!docks.isEmpty())
        m_window->resizeDocks(docks, widths, Qt::Horizontal);
}

bool PresenterMode::eventFilter(QObject *watched, QEvent *event)
{
    // Full screen arrives some time after showFullScreen() under a window manager.
    if (watched == m_window && event->type() == QEvent::Resize)
        QTimer::singleShot(0, this, [this] {
            if (m_active)
                sizeDocks();
        });
    return QObject::eventFilter(watched, event);
}

void PresenterMode::keepMenuShortcuts()
{
    const QList<QAction *> own = m_window->actions();
    QList<QMenu *> menus;
    for (QAction *entry : m_window->menuBar()->actions()) {
        if (QMenu *menu = entry->menu())
            menus << menu;
    }
    for (int i = 0; i < menus.size(); ++i) {
        for (QAction *action : menus[i]->actions()) {
            if (QMenu *sub = action->menu())
                menus << sub;
            else if (!action->shortcut().isEmpty() && !own.contains(action) && !m_keptShortcuts.contains(action))
                m_keptShortcuts << action;
        }
    }
    m_window->addActions(m_keptShortcuts);
}

} // namespace scalelab
