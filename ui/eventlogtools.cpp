#include "eventlogtools.h"

#include "abcomparewindow.h"
#include "causepicker.h"
#include "clientviewdock.h"
#include "eventlogdock.h"
#include "mainwindow.h"
#include "requestflowlayer.h"
#include "simulationcontroller.h"
#include "topologydocument.h"
#include "topologyview.h"

#include <QAction>
#include <QMenu>
#include <QMenuBar>

namespace scalelab {

EventLogTools::EventLogTools(MainWindow *window)
    : QObject(window), m_window(window)
{
    setObjectName(QStringLiteral("eventLogTools"));
    m_log = new EventLogDock(window->controller(), window->scene(), window->view(), window);
    m_clients = new ClientViewDock(window->controller(), window);
    window->addDockWidget(Qt::BottomDockWidgetArea, m_log);
    window->addDockWidget(Qt::BottomDockWidgetArea, m_clients);
    window->tabifyDockWidget(m_log, m_clients);
    m_log->hide();
    m_clients->hide();

    // A click on a stale or error mark on the canvas explains the latest such request there.
    auto *layer = window->controller()->findChild<RequestFlowLayer *>();
    auto *picker = new CausePicker(window->view(), layer, this);
    connect(picker, &CausePicker::markClicked, m_log, &EventLogDock::explainLatestAt);
    // A file, a new topology or a lesson (each step) tells a new story: the old "why" goes.
    connect(window->document(), &TopologyDocument::documentReset, m_log, &EventLogDock::startAfresh);

    QAction *logAction = m_log->toggleViewAction();
    logAction->setText(tr("&Event Log"));
    logAction->setShortcut(Qt::CTRL | Qt::Key_L);
    QAction *clientAction = m_clients->toggleViewAction();
    clientAction->setText(tr("&Client View"));
    if (auto *view = window->findChild<QMenu *>(QStringLiteral("viewMenu"))) {
        view->addAction(logAction);
        view->addAction(clientAction);
    }
    auto *tools = new QMenu(tr("&Tools"), window);
    tools->setObjectName(QStringLiteral("toolsMenu"));
    QAction *compareAction = tools->addAction(tr("&Compare\u2026"), this, &EventLogTools::compare);
    compareAction->setObjectName(QStringLiteral("compareAction"));
    compareAction->setStatusTip(tr("Run the topology against a copy with one thing changed, on the same requests"));
    const QList<QAction *> menus = window->menuBar()->actions();
    window->menuBar()->insertMenu(menus.isEmpty() ? nullptr : menus.last(), tools);  // before Help
}

void EventLogTools::compare()
{
    auto *compare = new AbCompareWindow(m_window->document()->topology(), m_window);
    compare->show();
}

} // namespace scalelab
