// SPDX-License-Identifier: GPL-3.0-or-later
#include "canvas/flow/requestflowlayer.h"

#include "canvas/flow/requestflowitem.h"
#include "canvas/flow/requestflowlegend.h"
#include "canvas/topologyscene.h"
#include "run/simulationcontroller.h"
#include "sim/simulation.h"

namespace scalelab {

RequestFlowLayer::RequestFlowLayer(SimulationController *controller, TopologyScene *scene, QGraphicsView *view)
    : QObject(controller), m_controller(controller), m_scene(scene)
{
    m_controller->addLiveObserver(&m_flow);
    connect(m_controller, &SimulationController::simulationAboutToBeReplaced, this, [this] { m_flow.clear(); });
    connect(m_controller, &SimulationController::timeJumped, this, [this] { m_flow.clear(); });
    connect(m_controller, &SimulationController::advanced, this, &RequestFlowLayer::sync);
    if (view)
        m_legend = new RequestFlowLegend(view);
}

void RequestFlowLayer::sync()
{
    const Simulation *simulation = m_controller->simulation();
    if (!simulation || m_scene->nodeItemCount() == 0)
        return;
    // The scene deletes every item when it shows another topology; start a new one then.
    if (!m_item) {
        m_item = new RequestFlowItem(&m_flow, m_scene);
        m_scene->addItem(m_item);
    }
    if (m_legend)
        m_legend->setShowsJobs(simulation->queueing().active());
    const SimTime now = m_flow.displayTime(m_controller->now());
    m_flow.prune(now);
    m_item->sync(now, simulation->topology());
}

} // namespace scalelab
