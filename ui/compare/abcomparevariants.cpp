// SPDX-License-Identifier: GPL-3.0-or-later
#include "compare/abcomparevariants.h"

#include "model/topology.h"

namespace scalelab {

namespace {

const QString kRoundRobin = QStringLiteral("round_robin");
const QString kLeastConnections = QStringLiteral("least_connections");

// The value a variant swaps `from` for, or empty when the node has neither side.
QString swapped(const QString &value, const QString &a, const QString &b)
{
    return value == a ? b : value == b ? a : QString();
}

bool replicatedPrimary(const Topology &t)
{
    return t.hasReplication && (t.replication.mode == QLatin1String("async") || t.replication.mode == QLatin1String("semi_sync"));
}

} // namespace

QList<AbCompareVariants::Variant> AbCompareVariants::available(const Topology &topology)
{
    QList<Variant> variants;
    auto first = [&](NodeType type, auto value) -> QString {
        for (const NodeSpec &node : topology.nodes)
            if (node.type == type && !value(node).isEmpty())
                return value(node);
        return {};
    };
    const QString algorithm = first(NodeType::LoadBalancer, [](const NodeSpec &n) { return swapped(n.algorithm, kRoundRobin, kLeastConnections).isEmpty() ? QString() : n.algorithm; });
    if (!algorithm.isEmpty())
        variants << Variant{QStringLiteral("balancing"), algorithm == kRoundRobin ? tr("Least connections instead of round robin")
                                                                                   : tr("Round robin instead of least connections")};
    const QString eviction = first(NodeType::Cache, [](const NodeSpec &n) { return swapped(n.eviction, QStringLiteral("lru"), QStringLiteral("lfu")).isEmpty() ? QString() : n.eviction; });
    if (!eviction.isEmpty())
        variants << Variant{QStringLiteral("eviction"), eviction == QLatin1String("lru") ? tr("LFU instead of LRU eviction") : tr("LRU instead of LFU eviction")};
    if (replicatedPrimary(topology))
        variants << Variant{QStringLiteral("replication"), topology.replication.mode == QLatin1String("async") ? tr("Semi-sync instead of async replication")
                                                                                                             : tr("Async instead of semi-sync replication")};
    const QString sessions = first(NodeType::WebServer, [](const NodeSpec &n) { return swapped(n.sessions, QStringLiteral("stateless"), QStringLiteral("local")).isEmpty() ? QString() : n.sessions; });
    if (!sessions.isEmpty())
        variants << Variant{QStringLiteral("sessions"), sessions == QLatin1String("stateless") ? tr("Stateful (local) sessions instead of a shared store")
                                                                                             : tr("Stateless servers with a shared session store")};
    return variants;
}

QStringList AbCompareVariants::apply(const QString &id, Topology &topology)
{
    QStringList changes;
    auto swapAll = [&](NodeType type, QString NodeSpec::*field, const QString &a, const QString &b) {
        for (NodeSpec &node : topology.nodes) {
            if (node.type != type)
                continue;
            const QString to = swapped(node.*field, a, b);
            if (to.isEmpty())
                continue;
            changes << QStringLiteral("%1: %2 \u2192 %3").arg(node.id, node.*field, to);
            node.*field = to;
        }
    };
    if (id == QLatin1String("balancing")) {
        swapAll(NodeType::LoadBalancer, &NodeSpec::algorithm, kRoundRobin, kLeastConnections);
    } else if (id == QLatin1String("eviction")) {
        swapAll(NodeType::Cache, &NodeSpec::eviction, QStringLiteral("lru"), QStringLiteral("lfu"));
    } else if (id == QLatin1String("replication") && replicatedPrimary(topology)) {
        const QString to = swapped(topology.replication.mode, QStringLiteral("async"), QStringLiteral("semi_sync"));
        changes << tr("replication: %1 \u2192 %2").arg(topology.replication.mode, to);
        topology.replication.mode = to;
    } else if (id == QLatin1String("sessions")) {
        swapAll(NodeType::WebServer, &NodeSpec::sessions, QStringLiteral("stateless"), QStringLiteral("local"));
    }
    return changes;
}

} // namespace scalelab
