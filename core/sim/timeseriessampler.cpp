// SPDX-License-Identifier: GPL-3.0-or-later
#include "sim/timeseriessampler.h"

#include "sim/simulation.h"

#include <limits>

namespace scalelab {

StateTotals sampleStateTotals(const Simulation &sim)
{
    const auto nodes = static_cast<std::size_t>(sim.nodeCount());
    StateTotals totals;
    const ReplicationCounters &replication = sim.replication();
    totals.sessionsLost = sim.sessions().lost();
    totals.staleReads = replication.staleReads;
    totals.lostWrites = replication.lostWrites;
    const CdnCounters &cdn = sim.cdn();
    totals.cdn = CdnBytes{cdn.requests, cdn.bytesToUsers, cdn.bytesFromOrigin, cdn.bytesDirect};

    totals.replicaLagMs.assign(nodes, std::numeric_limits<double>::quiet_NaN());
    totals.served.resize(nodes);
    totals.busy.resize(nodes);
    totals.queued.resize(nodes);
    for (std::size_t i = 0; i < nodes; ++i) {
        const int index = static_cast<int>(i);
        const NodeRuntime &node = sim.node(index);
        totals.served[i] = node.served;
        totals.busy[i] = node.active;
        totals.queued[i] = node.waiting.size();
        const bool follows = sim.database(index).role == DatabaseRole::Replica || sim.replicationState().mode == ReplicationState::Mode::Circular;
        if (sim.replicationEnabled() && node.type == NodeType::Database && follows && node.up)
            totals.replicaLagMs[i] = sim.replicaLagMs(index);
    }
    if (sim.queueing().active()) {
        totals.queueDepth.resize(nodes);
        totals.queueLagMs.assign(nodes, std::numeric_limits<double>::quiet_NaN());
        for (std::size_t i = 0; i < nodes; ++i) {
            const int index = static_cast<int>(i);
            if (!sim.queueing().isQueue(index))
                continue;
            totals.queueDepth[i] = sim.queueing().queue(index).held;
            totals.queueLagMs[i] = sim.queueing().oldestWaitMs(index, sim.now());
        }
    }
    if (sim.autoscaling().active()) {
        totals.autoscaleServers.resize(nodes);
        for (const AutoscaleGroup &group : sim.autoscaling().groups())
            totals.autoscaleServers[static_cast<std::size_t>(group.lb)] = group.running;
    }
    if (sim.sharding().enabled())
        totals.shardRequests = sim.sharding().counters().requests;
    for (int dc = 0; dc < sim.datacenters().count(); ++dc) {
        totals.datacenterRequests.push_back(sim.datacenters().counters(dc).requests);
        totals.datacenterUp.push_back(sim.datacenterServing(dc) ? 1 : 0);
    }
    if (sim.sizing().active()) {
        const CostCounters cost = sim.sizing().cost(sim.now());
        totals.dollarsPerHour = cost.dollarsPerHour;
        totals.dollars = cost.dollars;
        totals.workers.resize(nodes);
        for (std::size_t i = 0; i < nodes; ++i)
            totals.workers[i] = sim.node(static_cast<int>(i)).concurrency;
    }
    return totals;
}

} // namespace scalelab
