// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sim/simulationobserver.h"

#include <cstdint>
#include <unordered_map>
#include <vector>

namespace scalelab {

/// Events per second over a sliding window of simulated time, in O(1) per event: two
/// fixed buckets, the older one weighted by how much of it the window still covers.
class RateWindow
{
public:
    static constexpr SimTime kWidth = SimTime::fromS(1.0);

    void add(SimTime at);
    /// Events per second in the window ending at `now`.
    double rate(SimTime now) const;
    /// Every event ever added, however old.
    std::uint64_t total() const { return m_total; }

private:
    std::int64_t m_bucket = 0;          ///< index of the current bucket (at / kWidth)
    std::uint32_t m_current = 0;
    std::uint32_t m_previous = 0;
    std::uint64_t m_total = 0;
};

/// Where a finished request shows on the canvas besides its dots: the node whose cache
/// answered it, the node that served a stale value, the node where it failed.
struct RequestMarks
{
    int cacheHitAt = kNoNode;   ///< cache or CDN edge that had the value
    int staleAt = kNoNode;      ///< cache (stale hit) or database replica that served old data
    int errorAt = kNoNode;      ///< where an error, timeout or drop happened

    static RequestMarks of(const RequestRecord &record);
};

/// The engine's hops, kept for the canvas (DESIGN.md: "the GUI samples it per frame").
///
/// Each direction of travel between two nodes is a lane: a fixed ring of at most
/// kLaneCapacity hops. While a lane holds fewer hops in flight than that it holds exactly
/// those; once it overflows it keeps one hop in every `stride` (doubling as needed), so the
/// dots stay an even sample along the link while the lane's flow still counts every hop.
/// Memory is bounded by lanes x kLaneCapacity whatever the load.
///
/// The engine reports a request's first hop only once the request reaches the front door (it
/// saves an event per request), so the canvas shows the moment displayLag() before the
/// engine's now: by then every hop in flight has been reported. That is the longest first
/// hop seen (10 ms for most examples), capped at kMaxDisplayLag.
///
/// The observer calls are O(1) (amortised) and never touch the engine. Not thread-safe:
/// the GUI thread runs the engine and draws (SimulationController's "one thread").
class RequestFlow final : public SimulationObserver
{
public:
    static constexpr int kLaneCapacity = 64;
    /// How long a cache hit, stale read or error stays marked on its node.
    static constexpr SimTime kMarkHold = SimTime::fromMs(600);
    static constexpr SimTime kMaxDisplayLag = SimTime::fromMs(250);

    struct Lane
    {
        int from = kNoNode;
        int to = kNoNode;
        bool response = false;
        int stride = 1;                 ///< one hop kept in every `stride`
        std::uint64_t seen = 0;         ///< hops that entered the lane
        RateWindow flow;                ///< every hop, sampled or not, by departure time
        std::vector<Hop> ring;          ///< kLaneCapacity slots, `count` used from `head`
        int head = 0;
        int count = 0;

        const Hop &at(int i) const { return ring[static_cast<std::size_t>((head + i) % kLaneCapacity)]; }
    };

    enum class Mark : std::uint8_t { CacheHit, Stale, Error };
    static constexpr int kMarkKinds = 3;

    struct NodeMarks
    {
        SimTime last[kMarkKinds] = {SimTime::fromUs(-1), SimTime::fromUs(-1), SimTime::fromUs(-1)};
        RateWindow recent[kMarkKinds];
    };

    // SimulationObserver
    void requestStarted(const RequestRecord &record) override;
    void hop(const Hop &hop) override;
    void requestFinished(const RequestRecord &record) override;

    /// Forgets everything: a replay from time zero follows.
    void clear();
    /// Drops hops that have arrived by `now` (the displayed time) and lets lanes that calmed
    /// down sample more finely again. Called once per frame.
    void prune(SimTime now);
    /// How far behind the engine the canvas must look for every hop in flight to be known.
    SimTime displayLag() const { return m_displayLag; }
    /// The time to draw for an engine at `engineNow`.
    SimTime displayTime(SimTime engineNow) const;

    const std::vector<Lane> &lanes() const { return m_lanes; }
    /// The lane for hops from `from` to `to` in that direction of travel, or null.
    const Lane *lane(int from, int to, bool response) const;
    /// The hops kept that are in flight at `now` (departed, not yet arrived), lane by lane.
    std::vector<Hop> hopsInFlight(SimTime now) const;

    /// Hops per simulated second over the last second on a lane (all hops, not the sample).
    static double flowRate(const Lane &lane, SimTime now) { return lane.flow.rate(now); }

    /// Most recent time a mark of `kind` happened at `node`, or a negative time if never.
    SimTime lastMark(int node, Mark kind) const;
    /// Marks of `kind` per simulated second at `node` over the last second.
    double markRate(int node, Mark kind, SimTime now) const;
    int markedNodeCount() const { return static_cast<int>(m_marks.size()); }

    /// The simulated time the observer knows the engine has reached (a lower bound of its now).
    SimTime clock() const { return m_clock; }

private:
    static std::uint64_t laneKey(int from, int to, bool response);
    Lane &laneFor(const Hop &hop);
    void push(Lane &lane, const Hop &hop);
    /// Keeps every other hop of a saturated lane and doubles its stride.
    static void thin(Lane &lane);
    void mark(int node, Mark kind);

    std::vector<Lane> m_lanes;
    std::unordered_map<std::uint64_t, int> m_laneIndex;
    std::vector<NodeMarks> m_marks;
    SimTime m_clock;
    SimTime m_displayLag;
    std::uint64_t m_justStarted = 0;   ///< the request whose first hop comes next
};

} // namespace scalelab
