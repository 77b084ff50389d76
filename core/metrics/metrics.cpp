// SPDX-License-Identifier: GPL-3.0-or-later
#include "metrics/metrics.h"

namespace scalelab {

void RequestCounters::count(Outcome outcome)
{
    ++total;
    switch (outcome) {
    case Outcome::Ok: ++ok; break;
    case Outcome::Error: ++error; break;
    case Outcome::Timeout: ++timeout; break;
    case Outcome::Dropped: ++dropped; break;
    }
}

void Metrics::record(const RequestRecord &request)
{
    m_requests.count(request.outcome);
    const double ms = (request.end - request.start).ms();
    if (request.outcome == Outcome::Ok)
        m_latency.add(ms);
    const std::size_t second = static_cast<std::size_t>(request.end.us / 1'000'000);
    const std::size_t firstOpen = m_series.size();
    if (second < firstOpen) {
        // A timeout noticed after its second closed (the client gave up earlier than the
        // server answered): count it where it happened. Timeouts carry no latency sample,
        // so the closed percentiles stay right.
        m_series[second].requests.count(request.outcome);
        ++m_series[second].byOp[static_cast<std::size_t>(request.op)];
        return;
    }
    const std::size_t index = second - firstOpen;
    while (m_open.size() <= index)
        m_open.emplace_back();
    OpenSecond &open = m_open[index];
    ++open.byOpAndOutcome[static_cast<std::size_t>(request.op) * 4 + static_cast<std::size_t>(request.outcome)];
    open.cacheHits += request.cache == CacheResult::Hit;
    open.cacheMisses += request.cache == CacheResult::Miss;
    if (request.outcome == Outcome::Ok)
        open.latency.add(ms);
}

void Metrics::closeSecond()
{
    SecondSample sample;
    sample.second = static_cast<int>(m_series.size());
    if (!m_open.empty()) {
        const OpenSecond &open = m_open.front();
        for (std::size_t op = 0; op < 4; ++op) {
            for (std::size_t outcome = 0; outcome < 4; ++outcome) {
                const std::uint64_t n = open.byOpAndOutcome[op * 4 + outcome];
                sample.byOp[op] += n;
                sample.requests.total += n;
                switch (static_cast<Outcome>(outcome)) {
                case Outcome::Ok: sample.requests.ok += n; break;
                case Outcome::Error: sample.requests.error += n; break;
                case Outcome::Timeout: sample.requests.timeout += n; break;
                case Outcome::Dropped: sample.requests.dropped += n; break;
                }
            }
        }
        sample.cacheHits = open.cacheHits;
        sample.cacheMisses = open.cacheMisses;
        sample.p50Ms = open.latency.quantile(0.50);
        sample.p95Ms = open.latency.quantile(0.95);
        sample.p99Ms = open.latency.quantile(0.99);
        m_open.pop_front();
    }
    m_series.push_back(sample);
}

void Metrics::advanceTo(SimTime now)
{
    // The engine records a request no later than its end, so every second before `now` is final.
    const std::int64_t closedBefore = now.us / 1'000'000;
    while (static_cast<std::int64_t>(m_series.size()) < closedBefore)
        closeSecond();
}

void Metrics::finish()
{
    while (!m_open.empty())
        closeSecond();
}

} // namespace scalelab
