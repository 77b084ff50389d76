// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "canvas/flow/requestflow.h"
#include "canvas/flow/requestflowitem.h"

#include <QObject>
#include <QPointer>

class QGraphicsView;

namespace scalelab {

class RequestFlowLegend;
class SimulationController;
class TopologyScene;

/// Wires the moving requests into the window: attaches a RequestFlow to the controller
/// (kept across runs and replays), forgets it when a replay from zero begins, and once per
/// frame prunes it and places the dots of the RequestFlowItem it keeps in the scene (made
/// again whenever the scene is rebuilt). With a `view`, adds the legend over it.
///
/// A child of the controller: the controller holds a plain pointer to the observer, so the
/// layer must live exactly as long as it.
class RequestFlowLayer : public QObject
{
    Q_OBJECT

public:
    RequestFlowLayer(SimulationController *controller, TopologyScene *scene, QGraphicsView *view = nullptr);

    const RequestFlow &flow() const { return m_flow; }
    /// Null until the first frame after a topology was shown.
    RequestFlowItem *item() const { return m_item.data(); }
    /// The key in the canvas's corner, or null without a view.
    RequestFlowLegend *legend() const { return m_legend; }

public slots:
    /// Brings the dots to the controller's current time.
    void sync();

private:
    SimulationController *m_controller = nullptr;
    TopologyScene *m_scene = nullptr;
    RequestFlow m_flow;
    QPointer<RequestFlowItem> m_item;
    RequestFlowLegend *m_legend = nullptr;
};

} // namespace scalelab
