// SPDX-License-Identifier: GPL-3.0-or-later
// TopologyScene: the frames behind each shard's databases, grouped as the engine has them at
// its moment (a shard added by add_shard is framed from then on, and not after a jump back).
#include "canvas/topologyscene.h"

#include "canvas/nodeitem.h"
#include "canvas/shardframesitem.h"
#include "sim/simulation.h"

namespace scalelab {

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

void TopologyScene::followShardFrames()
{
    if (m_shardFrames)
        m_shardFrames->follow();
}

} // namespace scalelab
