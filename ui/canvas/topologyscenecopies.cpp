// SPDX-License-Identifier: GPL-3.0-or-later
// TopologyScene: the cards of the copies a balancer's autoscaling launches. They are the
// engine's, never the document's: kept apart from the document's cards, shown while launched.
#include "canvas/topologyscene.h"

#include "canvas/linkitem.h"
#include "canvas/nodeitem.h"
#include "sim/simulation.h"

namespace scalelab {

void TopologyScene::forgetCopies()
{
    // Their items are gone with the scene's clear(); only the lists are left to empty.
    m_copies.clear();
    m_copyLinks.clear();
    m_copyIds.clear();
    m_copiesOf = nullptr;
}

void TopologyScene::syncCopies(const Simulation &simulation)
{
    const Topology &engine = simulation.topology();
    QStringList ids;
    for (const NodeSpec &node : engine.nodes) {
        if (!node.copyOfBalancer.isEmpty())
            ids << node.id;
    }
    // A new run (after an edit of the template, say) may copy other settings under the same ids.
    const bool newRun = &simulation != m_copiesOf && !(ids.isEmpty() && m_copyIds.isEmpty());
    if (ids != m_copyIds || newRun) {
        m_copiesOf = &simulation;
        qDeleteAll(m_copyLinks);
        m_copyLinks.clear();
        qDeleteAll(m_copies);
        m_copies.clear();
        m_copyIds = ids;
        for (const QString &id : std::as_const(ids)) {
            const int index = engine.indexOf(id);
            auto *item = new NodeItem(index, engine.nodes[index]);
            // Under the document's cards: the copies stack beside their template and may
            // reach a neighbour; the document's own cards stay readable.
            item->setZValue(0.5);
            item->setPos(toScene(engine.layout.value(id)));
            item->setVisible(false);
            addItem(item);
            m_copies.append(item);
        }
        for (int l = 0; l < engine.links.size(); ++l) {
            const LinkSpec &spec = engine.links[l];
            if (!ids.contains(spec.from) && !ids.contains(spec.to))
                continue;
            NodeItem *from = ids.contains(spec.from) ? copyItem(spec.from) : nodeItem(spec.from);
            NodeItem *to = ids.contains(spec.to) ? copyItem(spec.to) : nodeItem(spec.to);
            if (!from || !to)
                continue;   // the document lost the template's balancer or backend: the next run has no such copy
            auto *item = new LinkItem(l, from, to, spec.latencyMs);
            item->setLabelVisible(false);   // the template's links say the latency already
            item->setVisible(false);
            addItem(item);
            m_copyLinks.append(item);
        }
        // Room for every copy the run may launch: the canvas does not jump when one appears.
        setSceneRect(contentRect());
    }
    for (NodeItem *item : std::as_const(m_copies)) {
        const int index = item->index();
        const bool shown = index < simulation.nodeCount() && simulation.nodeState(index) != "absent";
        item->setVisible(shown);
        if (shown)
            item->syncFrom(simulation, index);
    }
    for (LinkItem *link : std::as_const(m_copyLinks)) {
        link->setVisible(link->fromNode()->isVisible() && link->toNode()->isVisible());
        if (link->isVisible() && link->index() < simulation.linkCount())
            link->setPartitioned(simulation.link(link->index()).partitioned);
    }
}

NodeItem *TopologyScene::copyItem(const QString &id) const
{
    for (NodeItem *item : m_copies) {
        if (item->id() == id)
            return item;
    }
    return nullptr;
}

NodeItem *TopologyScene::copyAt(const QPointF &scenePos) const
{
    for (auto it = m_copies.crbegin(); it != m_copies.crend(); ++it) {
        if ((*it)->isVisible() && (*it)->contains((*it)->mapFromScene(scenePos)))
            return *it;
    }
    return nullptr;
}

} // namespace scalelab
