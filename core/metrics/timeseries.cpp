// SPDX-License-Identifier: GPL-3.0-or-later
#include "metrics/timeseries.h"

namespace scalelab {

void TimeSeries::record(const StateTotals &totals)
{
    const std::size_t nodes = totals.served.size();
    StateSample sample;
    sample.second = static_cast<int>(m_samples.size());
    sample.sessionsLost = totals.sessionsLost - m_sessionsLost;
    sample.staleReads = totals.staleReads - m_staleReads;
    sample.lostWrites = totals.lostWrites - m_lostWrites;
    m_sessionsLost = totals.sessionsLost;
    m_staleReads = totals.staleReads;
    m_lostWrites = totals.lostWrites;
    sample.cdn = totals.cdn;
    sample.replicaLagMs = totals.replicaLagMs;
    sample.busy = totals.busy;
    sample.queueDepth = totals.queueDepth;
    sample.queueLagMs = totals.queueLagMs;
    sample.autoscaleServers = totals.autoscaleServers;
    sample.dollarsPerHour = totals.dollarsPerHour;
    sample.dollars = totals.dollars;
    sample.workers = totals.workers;

    m_served.resize(nodes, 0);
    sample.served.resize(nodes);
    for (std::size_t i = 0; i < nodes; ++i) {
        sample.served[i] = totals.served[i] - m_served[i];
        m_served[i] = totals.served[i];
    }
    m_shardRequests.resize(totals.shardRequests.size(), 0);
    sample.shardRequests.resize(totals.shardRequests.size());
    for (std::size_t i = 0; i < totals.shardRequests.size(); ++i) {
        sample.shardRequests[i] = totals.shardRequests[i] - m_shardRequests[i];
        m_shardRequests[i] = totals.shardRequests[i];
    }
    m_samples.push_back(std::move(sample));
}

} // namespace scalelab
