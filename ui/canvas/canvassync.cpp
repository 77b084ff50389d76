// SPDX-License-Identifier: GPL-3.0-or-later
#include "canvas/canvassync.h"

#include "canvas/topologyscene.h"
#include "canvas/topologyview.h"
#include "document/topologydocument.h"
#include "run/simulationcontroller.h"
#include "sim/simulation.h"

namespace scalelab {

CanvasSync::CanvasSync(TopologyDocument *document, SimulationController *controller, TopologyScene *scene,
                       TopologyView *view)
    : QObject(scene), m_document(document), m_controller(controller), m_scene(scene), m_view(view)
{
    connect(controller, &SimulationController::advanced, this, &CanvasSync::syncNow);
    connect(document, &TopologyDocument::documentReset, this, [this] {
        rebuild(true);
        m_view->fitScene();
    });
    connect(document, &TopologyDocument::changed, this, [this] { rebuild(false); });
}

void CanvasSync::syncNow()
{
    if (const Simulation *simulation = m_controller->simulation())
        m_scene->syncFrom(*simulation);
}

void CanvasSync::rebuild(bool reset)
{
    if (reset)
        m_scene->setTopology(m_document->topology());
    else
        m_scene->updateTopology(m_document->topology());
    syncNow();
}

} // namespace scalelab
