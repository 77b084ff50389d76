// SPDX-License-Identifier: GPL-3.0-or-later
// The checks only a whole sharded topology allows: shards of existing databases, each in
// one shard, reachable from every web server that calls a database; add_shard actions.
#include "model/topologyvalidator.h"

#include "model/diagnostic.h"
#include "model/topology.h"

#include <QHash>

namespace scalelab {

namespace {
QString shardPath(int shard, int member)
{
    return QStringLiteral("sharding.shards[%1][%2]").arg(shard).arg(member);
}
} // namespace

void TopologyValidator::checkSharding()
{
    if (!m_topology.hasSharding)
        return;
    if (m_topology.hasReplication)
        m_diagnostics.error(QStringLiteral("replication"),
                            QStringLiteral("a sharded topology cannot also have \"replication\": each shard's primary takes its "
                                           "own writes and ScaleLab keeps a shard's replicas in step (remove one of the two)"));
    QHash<QString, QString> placed;  // database id -> where it is first a shard member
    const auto place = [&](const QString &id, const QString &path) {
        const NodeSpec *node = m_topology.node(id);
        if (!node)
            m_diagnostics.error(path, QStringLiteral("no node has the id \"%1\"").arg(id));
        else if (node->type != NodeType::Database)
            m_diagnostics.error(path, QStringLiteral("\"%1\" is a %2; a shard holds databases").arg(id, nodeTypeName(node->type)));
        else if (placed.contains(id))
            m_diagnostics.error(path, QStringLiteral("\"%1\" is in a shard already (%2)").arg(id, placed.value(id)));
        else
            placed.insert(id, path);
    };
    const QList<QStringList> &shards = m_topology.sharding.shards;
    for (int s = 0; s < shards.size(); ++s)
        for (int m = 0; m < shards[s].size(); ++m)
            place(shards[s][m], shardPath(s, m));
    for (int e = 0; e < m_topology.events.size(); ++e)
        if (m_topology.events[e].action == QLatin1String("add_shard"))
            for (int m = 0; m < m_topology.events[e].shard.size(); ++m)
                place(m_topology.events[e].shard[m], QStringLiteral("events[%1].shard[%2]").arg(e).arg(m));

    for (int i = 0; i < m_topology.nodes.size(); ++i) {
        const NodeSpec &node = m_topology.nodes[i];
        if (node.type == NodeType::Database && !placed.contains(node.id))
            m_diagnostics.warning(QStringLiteral("nodes[%1]").arg(i),
                                  QStringLiteral("database \"%1\" is in no shard; it takes no calls").arg(node.id));
    }
    checkShardLinks();
}

// A web server (or cache) that calls databases must reach every shard's primary: a key on a
// shard it cannot reach gets an error.
void TopologyValidator::checkShardLinks()
{
    QHash<QString, QSet<QString>> reaches;  // caller id -> databases it links to
    for (const LinkSpec &link : m_topology.links) {
        const NodeSpec *to = m_topology.node(link.to);
        if (to && to->type == NodeType::Database)
            reaches[link.from].insert(link.to);
    }
    // Every shard's primary, from the start or added by an add_shard later, with where it is named.
    QList<std::pair<QString, QString>> primaries;  // (path, id)
    const QList<QStringList> &shards = m_topology.sharding.shards;
    for (int s = 0; s < shards.size(); ++s)
        if (!shards[s].isEmpty())
            primaries.append({QStringLiteral("sharding.shards[%1]").arg(s), shards[s].front()});
    for (int e = 0; e < m_topology.events.size(); ++e)
        if (m_topology.events[e].action == QLatin1String("add_shard") && !m_topology.events[e].shard.isEmpty())
            primaries.append({QStringLiteral("events[%1].shard").arg(e), m_topology.events[e].shard.front()});
    for (auto it = reaches.begin(); it != reaches.end(); ++it) {
        const NodeSpec *caller = m_topology.node(it.key());
        if (!caller || caller->type == NodeType::Clients)
            continue;
        for (const auto &[path, primary] : primaries)
            if (!it.value().contains(primary))
                m_diagnostics.warning(path, QStringLiteral("\"%1\" has no link to \"%2\", a shard's primary: its calls for that shard's keys fail")
                                                .arg(caller->id, primary));
    }
}

void TopologyValidator::checkAddShardEvent(int i, const ScenarioEvent &event)
{
    if (!m_topology.hasSharding)
        m_diagnostics.error(QStringLiteral("events[%1].action").arg(i),
                            QStringLiteral("add_shard needs a top-level \"sharding\" object to add the shard to"));
    else if (event.shard.isEmpty())
        m_diagnostics.error(QStringLiteral("events[%1].shard").arg(i), QStringLiteral("missing; add_shard needs the new shard's databases"));
}

} // namespace scalelab
