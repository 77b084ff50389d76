// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "metrics/cdncost.h"

#include <cstdint>
#include <vector>

namespace scalelab {

/// What the system looked like over one simulated second, for the charts: the figures the
/// request series (SecondSample) cannot give. Per-node vectors are indexed like the nodes.
struct StateSample
{
    int second = 0;                     ///< covers [second, second + 1)
    std::uint64_t sessionsLost = 0;     ///< during this second
    std::uint64_t staleReads = 0;       ///< during this second
    std::uint64_t lostWrites = 0;       ///< during this second (counted when the failover loses them)
    CdnBytes cdn;                       ///< since the start of the run, at the end of the second
    std::vector<double> replicaLagMs;   ///< at the end of the second; NaN unless a live replica (or ring node) then
    std::vector<std::uint64_t> served;  ///< requests each node served during this second
    std::vector<int> busy;              ///< workers each node had in service at the end of the second
    std::vector<std::uint64_t> queued;  ///< requests waiting for a worker at each node at the end of the second
    /// Message queues (empty when the topology has none), at the end of the second: jobs each
    /// queue held (0 for other nodes), and how long its next job out had waited, ms (NaN for other nodes).
    std::vector<std::uint64_t> queueDepth;
    std::vector<double> queueLagMs;
    /// Autoscaled balancers (empty when none has a policy): the servers each ran at the end
    /// of the second, booting and draining ones included (0 for other nodes).
    std::vector<int> autoscaleServers;
    /// Sharding (empty without): database calls each shard took during this second, by shard
    /// (a shard added later appears then).
    std::vector<std::uint64_t> shardRequests;
    /// Data centres (empty without): requests sent to each during this second, and whether
    /// each could serve at the end of it (1) or not (0), by data centre.
    std::vector<std::uint64_t> datacenterRequests;
    std::vector<std::uint8_t> datacenterUp;
    /// Priced machines (0 when no node has a size or price): what those running at the end of
    /// the second cost an hour, and what all cost since the start of the run, in dollars.
    double dollarsPerHour = 0;
    double dollars = 0;
    /// Priced machines only (else empty): each node's workers at the end of the second, as a
    /// resize changes them (the busy share of a second is of the workers it had then).
    std::vector<int> workers;
};

/// What the engine shows at the end of a whole second, as it counts it: running totals since
/// the start of the run and figures of that instant. TimeSeries turns the totals into
/// per-second figures; the engine fills one (sim/timeseriessampler.h), so metrics need not
/// know the engine. Per-node vectors are indexed like the nodes.
struct StateTotals
{
    std::uint64_t sessionsLost = 0;     ///< since the start of the run
    std::uint64_t staleReads = 0;       ///< since the start of the run
    std::uint64_t lostWrites = 0;       ///< since the start of the run
    CdnBytes cdn;                       ///< since the start of the run
    std::vector<double> replicaLagMs;   ///< now; NaN unless a live replica (or ring node)
    std::vector<std::uint64_t> served;  ///< requests each node served since the start of the run
    std::vector<int> busy;              ///< workers each node has in service now
    std::vector<std::uint64_t> queued;  ///< requests waiting for a worker at each node now
    std::vector<std::uint64_t> queueDepth;  ///< now; empty when the topology has no message queue
    std::vector<double> queueLagMs;         ///< now; NaN for nodes that are no queue
    std::vector<int> autoscaleServers;      ///< now; empty when no balancer autoscales
    std::vector<std::uint64_t> shardRequests;  ///< database calls by shard since the start; empty without sharding
    std::vector<std::uint64_t> datacenterRequests;  ///< requests sent to each data centre since the start; empty without
    std::vector<std::uint8_t> datacenterUp;         ///< now, by data centre: 1 when it can serve
    double dollarsPerHour = 0;              ///< now: the priced machines running
    double dollars = 0;                     ///< since the start of the run
    std::vector<int> workers;               ///< now; empty unless some node is priced
};

/// The engine's per-second record of node state (replica lag, load, CDN bytes, lost
/// sessions). The engine records one sample at each whole simulated second, after every
/// event before it and before any event at it, so the series is the same however the run
/// was sliced (a live run, a replay for the timeline, a headless run). O(nodes) a second.
class TimeSeries
{
public:
    /// Records the next second, ending where `totals` were read (a whole second): the
    /// per-second figures are the differences from the totals of the previous call.
    void record(const StateTotals &totals);
    /// One sample per closed second, second 0 first.
    const std::vector<StateSample> &samples() const { return m_samples; }

private:
    std::vector<StateSample> m_samples;
    // Totals at the previous sample, to turn the engine's running counters into per-second figures.
    std::uint64_t m_sessionsLost = 0;
    std::uint64_t m_staleReads = 0;
    std::uint64_t m_lostWrites = 0;
    std::vector<std::uint64_t> m_served;
    std::vector<std::uint64_t> m_shardRequests;
    std::vector<std::uint64_t> m_datacenterRequests;
};

} // namespace scalelab
