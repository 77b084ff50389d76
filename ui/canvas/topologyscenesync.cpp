// SPDX-License-Identifier: GPL-3.0-or-later
// TopologyScene: what the engine shows each frame: the cards' and links' state, the frames
// behind each shard's databases, grouped as the engine has them at its moment (a shard added
// by add_shard is framed from then on, and not after a jump back), and the frames around each
// data centre with its state.
#include "canvas/topologyscene.h"

#include "canvas/datacenterframesitem.h"
#include "canvas/linkitem.h"
#include "canvas/nodeitem.h"
#include "canvas/shardframesitem.h"
#include "settings/linepalette.h"
#include "sim/simulation.h"

namespace scalelab {

void TopologyScene::syncFrom(const Simulation &simulation)
{
    // The canvas draws the document, which may be ahead of the run (a node just added while
    // the topology cannot run yet): match items to the engine by id, not by position.
    for (NodeItem *item : std::as_const(m_nodes)) {
        const int index = simulation.nodeIndex(item->id());
        if (index >= 0)
            item->syncFrom(simulation, index);
    }
    const QList<LinkSpec> &links = simulation.topology().links;
    for (LinkItem *link : std::as_const(m_links)) {
        int index = link->index();
        if (index >= links.size() || links[index].from != link->fromNode()->id() || links[index].to != link->toNode()->id()) {
            index = -1;
            for (int i = 0; i < links.size() && index < 0; ++i) {
                if (links[i].from == link->fromNode()->id() && links[i].to == link->toNode()->id())
                    index = i;
            }
        }
        if (index >= 0 && index < simulation.linkCount())
            link->setPartitioned(simulation.link(index).partitioned);
    }
    syncCopies(simulation);
    syncShards(simulation);
    syncDatacenters(simulation);
}

void TopologyScene::syncShards(const Simulation &simulation)
{
    const Sharding &sharding = simulation.sharding();
    QList<QList<int>> shards;
    for (int s = 0; sharding.enabled() && s < sharding.shardCount(); ++s) {
        QList<int> cards;
        for (int node : sharding.members(s)) {
            // Match by id: the document may be ahead of the run.
            NodeItem *item = nodeItem(QString::fromStdString(simulation.nodeName(node)));
            if (item)
                cards << static_cast<int>(m_nodes.indexOf(item));
        }
        shards << cards;
    }
    const QString strategy = simulation.topology().sharding.strategy;
    if (shards.isEmpty()) {
        delete m_shardFrames;
        m_shardFrames = nullptr;
        m_framedShards.clear();
        return;
    }
    if (m_shardFrames && shards == m_framedShards && strategy == m_framedStrategy) {
        m_shardFrames->follow();
        return;
    }
    if (!m_shardFrames) {
        m_shardFrames = new ShardFramesItem;
        addItem(m_shardFrames);
    }
    m_framedShards = shards;
    m_framedStrategy = strategy;
    QList<QList<NodeItem *>> items;
    for (const QList<int> &cards : std::as_const(shards)) {
        QList<NodeItem *> members;
        for (int card : cards)
            members << m_nodes.value(card);
        items << members;
    }
    m_shardFrames->setShards(items, strategy);
}

void TopologyScene::syncDatacenters(const Simulation &simulation)
{
    const Datacenters &datacenters = simulation.datacenters();
    bool hasDns = false;
    for (int i = 0; i < simulation.nodeCount() && !hasDns; ++i)
        hasDns = simulation.nodeStatus(i).type == NodeType::Dns;
    QList<DatacenterFramesItem::Frame> frames;
    for (int dc = 0; dc < datacenters.count(); ++dc) {
        DatacenterFramesItem::Frame frame;
        frame.name = QString::fromStdString(datacenters.name(dc));
        frame.colour = LinePalette::calmIndex(dc);   // as its line on the Data centres chart
        frame.serving = simulation.datacenterServing(dc);
        frame.hasDns = hasDns;
        for (int i = 0; i < simulation.nodeCount(); ++i) {
            if (simulation.nodeStatus(i).type == NodeType::Dns && !datacenters.healthy(i, dc))
                frame.seenDown = true;
            // Match by id: the document may be ahead of the run.
            if (datacenters.datacenterOf(i) == dc)
                if (NodeItem *item = nodeItem(QString::fromStdString(simulation.nodeName(i))))
                    frame.members << item;
        }
        frames << frame;
    }
    if (frames.isEmpty()) {
        delete m_datacenterFrames;
        m_datacenterFrames = nullptr;
        return;
    }
    if (!m_datacenterFrames) {
        m_datacenterFrames = new DatacenterFramesItem;
        addItem(m_datacenterFrames);
    }
    // The rectangles are the item's to place: compare what the engine says, then follow.
    QList<DatacenterFramesItem::Frame> shown;
    for (int f = 0; f < m_datacenterFrames->frameCount(); ++f)
        shown << m_datacenterFrames->frame(f);
    for (DatacenterFramesItem::Frame &frame : shown)
        frame.rect = {};
    if (shown == frames)
        m_datacenterFrames->follow();
    else
        m_datacenterFrames->setFrames(frames);
}

void TopologyScene::followShardFrames()
{
    if (m_shardFrames)
        m_shardFrames->follow();
    if (m_datacenterFrames)
        m_datacenterFrames->follow();
}

} // namespace scalelab
