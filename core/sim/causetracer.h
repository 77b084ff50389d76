// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sim/simulationobserver.h"

#include <deque>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace scalelab {

/// One request's cause with what happened next: the engine's RequestCause plus the moment
/// the situation ended, found in the events that followed.
struct CauseTrace
{
    RequestCause cause;
    /// StaleReplica: the replica applied the missing write (replicate_apply). StaleCache: the
    /// cache dropped the old value (invalidate, evict, expire). Failure (NodeDown): the system
    /// noticed (health_down, eject, promote, binlog_recovery, promote_failed, failover) or
    /// the node came back (revive). -1 while nothing has happened yet.
    SimTime resolvedAt{-1};
    EngineEventKind resolvedBy{};       ///< the event kind that ended it (when resolved())
    std::int32_t resolvedOn = kNoNode;  ///< the node of that event (the balancer's pool member, the new primary...)
    std::int32_t resolvedOther = kNoNode; ///< that event's other node (the balancer of health_down, eject)

    bool resolved() const { return resolvedAt.us >= 0; }
};

/// Keeps the causes the engine reports (the latest `capacity`) and completes them from the
/// events that follow. Plain observer: attach it, run, ask trace(request).
class CauseTracer : public SimulationObserver
{
public:
    static constexpr std::size_t kDefaultCapacity = 50000;
    explicit CauseTracer(std::size_t capacity = kDefaultCapacity) : m_capacity(capacity) {}

    bool wantsCauses() const override { return true; }
    void requestCause(const RequestCause &cause) override;
    void engineEvent(const EngineEvent &event) override;

    /// Forgets everything (a new run starts).
    void clear();
    /// Forgets what happened after `t` (the run went another way from there): causes after
    /// it go, and causes before it that only later events resolved wait again.
    void forgetAfter(SimTime t);
    /// Every cause kept for `request`, in the order they happened; empty when none.
    std::vector<const CauseTrace *> traces(std::uint64_t request) const;
    /// The cause that decided the request's fate: a failure over a stale read over a miss.
    const CauseTrace *trace(std::uint64_t request) const;
    std::size_t size() const { return m_traces.size(); }

private:
    CauseTrace *at(std::uint64_t seq);
    void resolve(std::vector<std::uint64_t> &pending, const EngineEvent &event, bool (*matches)(const CauseTrace &, const EngineEvent &));
    void resolveDown(int node, const EngineEvent &event);

    std::size_t m_capacity;
    std::deque<CauseTrace> m_traces;
    std::uint64_t m_firstSeq = 0;   ///< sequence number of m_traces.front()
    std::unordered_map<std::uint64_t, std::vector<std::uint64_t>> m_byRequest;  ///< lookups only
    std::unordered_map<int, std::vector<std::uint64_t>> m_waitingForApply;   ///< replica -> stale reads (lookups only)
    std::unordered_map<int, std::vector<std::uint64_t>> m_waitingForCache;   ///< cache -> stale hits
    std::unordered_map<int, std::vector<std::uint64_t>> m_waitingForNotice;  ///< dead node -> failures
    struct Notice
    {
        SimTime at;
        EngineEventKind kind;
        std::int32_t node = kNoNode;
        std::int32_t other = kNoNode;
    };
    std::unordered_map<int, Notice> m_noticed;  ///< node -> how its current death was noticed
};

} // namespace scalelab
