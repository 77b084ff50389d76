// SPDX-License-Identifier: GPL-3.0-or-later
#include "eventlog/eventlogtools.h"

#include "canvas/flow/requestflowlayer.h"
#include "canvas/topologyview.h"
#include "document/topologydocument.h"
#include "eventlog/causepicker.h"
#include "eventlog/clientviewdock.h"
#include "eventlog/eventlogdock.h"

#include <QAction>
#include <QMainWindow>

namespace scalelab {

EventLogTools::EventLogTools(SimulationController *controller, TopologyDocument *document, TopologyScene *scene,
                             TopologyView *view, RequestFlowLayer *flow, QMainWindow *window)
    : QObject(window)
{
    setObjectName(QStringLiteral("eventLogTools"));
    m_log = new EventLogDock(controller, scene, view, window);
    m_clients = new ClientViewDock(controller, window);
    window->addDockWidget(Qt::BottomDockWidgetArea, m_log);
    window->addDockWidget(Qt::BottomDockWidgetArea, m_clients);
    window->tabifyDockWidget(m_log, m_clients);
    m_log->hide();
    m_clients->hide();

    // A click on a stale or error mark on the canvas explains the latest such request there.
    auto *picker = new CausePicker(view, flow, this);
    connect(picker, &CausePicker::markClicked, m_log, &EventLogDock::explainLatestAt);
    // A file, a new topology or a lesson (each step) tells a new story: the old "why" goes.
    connect(document, &TopologyDocument::documentReset, m_log, &EventLogDock::startAfresh);

    QAction *logAction = m_log->toggleViewAction();
    logAction->setText(tr("&Event Log"));
    logAction->setShortcut(Qt::CTRL | Qt::Key_L);
    m_clients->toggleViewAction()->setText(tr("&Client View"));
}

QList<QAction *> EventLogTools::viewActions() const
{
    return {m_log->toggleViewAction(), m_clients->toggleViewAction()};
}

} // namespace scalelab
