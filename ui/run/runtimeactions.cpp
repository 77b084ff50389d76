// SPDX-License-Identifier: GPL-3.0-or-later
#include "run/runtimeactions.h"

#include "canvas/nodeitem.h"
#include "canvas/topologyscene.h"
#include "document/topologydocument.h"
#include "run/liveeditbridge.h"
#include "run/simulationcontroller.h"

#include <QAction>
#include <QWidget>

namespace scalelab {

RuntimeActions::RuntimeActions(SimulationController *controller, TopologyDocument *document, LiveEditBridge *bridge,
                               TopologyScene *scene, TopologyView *view, QWidget *window)
    : QObject(window), m_controller(controller), m_document(document), m_bridge(bridge), m_scene(scene),
      m_view(view), m_window(window)
{
    setObjectName(QStringLiteral("runtimeActions"));
    // For a teacher who keeps a hand on the keyboard.
    m_kill = createNodeAction(tr("&Kill Selected Node"), Qt::Key_K, QStringLiteral("kill"),
                              tr("Kill the selected node now (K)"));
    m_revive = createNodeAction(tr("Re&vive Selected Node"), Qt::Key_V, QStringLiteral("revive"),
                                tr("Bring the selected node back (V)"));
    m_drain = createNodeAction(tr("&Drain Selected Node"), Qt::Key_D, QStringLiteral("drain"),
                               tr("Stop sending new requests to the selected node (D)"));
    connect(scene, &TopologyScene::nodeContextMenuRequested, this, &RuntimeActions::showNodeMenu);
    connect(scene, &TopologyScene::linkContextMenuRequested, this, &RuntimeActions::showLinkMenu);
}

QAction *RuntimeActions::createNodeAction(const QString &text, const QKeySequence &key, const QString &action,
                                          const QString &tip)
{
    auto *a = new QAction(text, this);
    a->setShortcut(key);
    a->setToolTip(tip);
    connect(a, &QAction::triggered, this, [this, action] {
        const QString node = selectedNode();
        if (node.isEmpty())
            emit message(tr("Select a node first"));
        else
            applyNodeAction(node, action);
    });
    return a;
}

void RuntimeActions::recordAction(const ScenarioEvent &action)
{
    if (!m_controller->simulation() || !m_bridge->isRunnable()) {
        emit message(tr("The topology is not running: %1").arg(m_bridge->problems()));
        return;
    }
    ScenarioEvent stamped = action;
    stamped.atS = m_controller->nextActionTime().s();
    m_document->recordAction(stamped);
}

void RuntimeActions::applyNodeAction(const QString &id, const QString &action)
{
    // K, V or D on a selected dns: the engine would refuse it; say why instead.
    const NodeSpec *node = m_document->topology().node(id);
    if (node && node->type == NodeType::Dns) {
        emit message(tr("%1 is a dns: it never fails in ScaleLab. Take a data centre down instead (right-click one of its machines)").arg(id));
        return;
    }
    ScenarioEvent event;
    event.action = action;
    event.node = id;
    recordAction(event);
}

void RuntimeActions::applyDatacenterAction(const QString &name, const QString &action)
{
    ScenarioEvent event;
    event.action = action;
    event.datacenter = name;
    recordAction(event);
}

void RuntimeActions::applyLinkAction(const QString &from, const QString &to, const QString &action)
{
    ScenarioEvent event;
    event.action = action;
    event.from = from;
    event.to = to;
    recordAction(event);
}

QString RuntimeActions::selectedNode() const
{
    for (QGraphicsItem *item : m_scene->selectedItems()) {
        if (auto *node = qgraphicsitem_cast<NodeItem *>(item))
            return node->id();
    }
    return {};
}

} // namespace scalelab
