// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "metrics/latencyhistogram.h"
#include "base/request.h"

#include <array>
#include <cstdint>
#include <deque>
#include <vector>

namespace scalelab {

struct RequestCounters
{
    std::uint64_t total = 0;
    std::uint64_t ok = 0;
    std::uint64_t error = 0;
    std::uint64_t timeout = 0;
    std::uint64_t dropped = 0;

    void count(Outcome outcome);
};

/// One simulated second of the run, for the charts.
struct SecondSample
{
    int second = 0;
    RequestCounters requests;     ///< requests that ended during this second
    std::uint64_t cacheHits = 0;  ///< of those, reads a cache answered
    std::uint64_t cacheMisses = 0;
    double p50Ms = 0.0, p95Ms = 0.0, p99Ms = 0.0;
    std::array<std::uint64_t, 4> byOp{};  ///< requests that ended during this second, by Op (read, write, static, job)
};

/// Whole-run counters, latency percentiles and the per-second time series. A second is
/// closed once no request can still end inside it (the engine records a request no later
/// than its end), then its percentiles are final.
class Metrics
{
public:
    void record(const RequestRecord &request);
    /// Close every second that no request can end in any more, given the engine's time.
    void advanceTo(SimTime now);
    /// Close everything (end of a run).
    void finish();

    const RequestCounters &requests() const { return m_requests; }
    const LatencyHistogram &latency() const { return m_latency; }
    const std::vector<SecondSample> &series() const { return m_series; }

private:
    void closeSecond();

    RequestCounters m_requests;
    LatencyHistogram m_latency;
    std::vector<SecondSample> m_series;
    /// A second still open. Requests are counted by kind and outcome in one array (one
    /// increment a request, cheaper than the outcome switch and a count by kind); the
    /// second's RequestCounters and byOp are summed from it when it closes.
    struct OpenSecond
    {
        std::array<std::uint64_t, 16> byOpAndOutcome{};  ///< [op * 4 + outcome]
        std::uint64_t cacheHits = 0, cacheMisses = 0;
        LatencyHistogram latency;
    };
    std::deque<OpenSecond> m_open;   ///< seconds m_series.size(), +1, ...
};

} // namespace scalelab
