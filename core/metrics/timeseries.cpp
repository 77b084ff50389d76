#include "metrics/timeseries.h"

#include "sim/simulation.h"

#include <limits>

namespace scalelab {

void TimeSeries::record(const Simulation &sim)
{
    const int nodes = sim.nodeCount();
    StateSample sample;
    sample.second = static_cast<int>(m_samples.size());
    const ReplicationCounters &replication = sim.replication();
    sample.sessionsLost = sim.sessions().lost() - m_sessionsLost;
    sample.staleReads = replication.staleReads - m_staleReads;
    sample.lostWrites = replication.lostWrites - m_lostWrites;
    m_sessionsLost = sim.sessions().lost();
    m_staleReads = replication.staleReads;
    m_lostWrites = replication.lostWrites;
    const CdnCounters &cdn = sim.cdn();
    sample.cdn = CdnBytes{cdn.requests, cdn.bytesToUsers, cdn.bytesFromOrigin, cdn.bytesDirect};

    m_served.resize(static_cast<std::size_t>(nodes), 0);
    sample.replicaLagMs.assign(static_cast<std::size_t>(nodes), std::numeric_limits<double>::quiet_NaN());
    sample.served.resize(static_cast<std::size_t>(nodes));
    sample.busy.resize(static_cast<std::size_t>(nodes));
    for (int i = 0; i < nodes; ++i) {
        const NodeRuntime &node = sim.node(i);
        sample.served[i] = node.served - m_served[i];
        m_served[i] = node.served;
        sample.busy[i] = node.active;
        const bool follows = sim.database(i).role == DatabaseRole::Replica || sim.replicationState().mode == ReplicationState::Mode::Circular;
        if (sim.replicationEnabled() && node.type == NodeType::Database && follows && node.up)
            sample.replicaLagMs[i] = sim.replicaLagMs(i);
    }
    m_samples.push_back(std::move(sample));
}

} // namespace scalelab
