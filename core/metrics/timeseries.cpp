// SPDX-License-Identifier: GPL-3.0-or-later
#include "metrics/timeseries.h"

namespace scalelab {

namespace {
// The counts of one second from running totals; `previous` becomes the totals. A list that
// grows (a shard added while running) starts its new entries from 0.
std::vector<std::uint64_t> perSecond(const std::vector<std::uint64_t> &totals, std::vector<std::uint64_t> &previous)
{
    previous.resize(totals.size(), 0);
    std::vector<std::uint64_t> counts(totals.size());
    for (std::size_t i = 0; i < totals.size(); ++i) {
        counts[i] = totals[i] - previous[i];
        previous[i] = totals[i];
    }
    return counts;
}
} // namespace

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
    sample.queued = totals.queued;
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
    sample.shardRequests = perSecond(totals.shardRequests, m_shardRequests);
    sample.datacenterRequests = perSecond(totals.datacenterRequests, m_datacenterRequests);
    sample.datacenterUp = totals.datacenterUp;
    m_samples.push_back(std::move(sample));
}

} // namespace scalelab
