// SPDX-License-Identifier: GPL-3.0-or-later
#include "canvas/flow/requestflow.h"

#include <algorithm>

namespace scalelab {

// ---- RateWindow ---------------------------------------------------------------------------

void RateWindow::add(SimTime at)
{
    ++m_total;
    const std::int64_t bucket = std::max<std::int64_t>(at.us, 0) / kWidth.us;
    if (bucket > m_bucket) {
        m_previous = bucket == m_bucket + 1 ? m_current : 0;
        m_current = 0;
        m_bucket = bucket;
    } else if (bucket < m_bucket) {
        // A hop that departed before a later one was reported: it belongs to the older bucket.
        if (bucket == m_bucket - 1)
            ++m_previous;
        return;
    }
    ++m_current;
}

double RateWindow::rate(SimTime now) const
{
    const std::int64_t bucket = std::max<std::int64_t>(now.us, 0) / kWidth.us;
    if (bucket < m_bucket)
        return (m_previous + m_current) / kWidth.s();   // events reported ahead of now (hops departing later)
    const double fraction = static_cast<double>(std::max<std::int64_t>(now.us, 0) - bucket * kWidth.us) / kWidth.us;
    if (bucket == m_bucket)
        return (m_previous * (1.0 - fraction) + m_current) / kWidth.s();
    if (bucket == m_bucket + 1)
        return m_current * (1.0 - fraction) / kWidth.s();
    return 0.0;
}

// ---- RequestMarks -------------------------------------------------------------------------

RequestMarks RequestMarks::of(const RequestRecord &record)
{
    RequestMarks marks;
    if (record.cache == CacheResult::Hit)
        marks.cacheHitAt = record.cacheNode;
    else if (record.edgeResult == CacheResult::Hit)
        marks.cacheHitAt = record.edge;
    if (record.stale) {
        // A stale hit is the cache's doing; otherwise the replica that was behind served it.
        if (record.cache == CacheResult::Hit && record.cacheNode != kNoNode)
            marks.staleAt = record.cacheNode;
        else if (record.db != kNoNode)
            marks.staleAt = record.db;
        else
            marks.staleAt = record.server;
    }
    if (record.outcome != Outcome::Ok)
        marks.errorAt = record.failedAt != kNoNode ? record.failedAt : record.clientsNode;
    return marks;
}

// ---- RequestFlow --------------------------------------------------------------------------

std::uint64_t RequestFlow::laneKey(int from, int to, bool response)
{
    return (static_cast<std::uint64_t>(static_cast<std::uint32_t>(from)) << 33)
           | (static_cast<std::uint64_t>(static_cast<std::uint32_t>(to)) << 1) | (response ? 1U : 0U);
}

const RequestFlow::Lane *RequestFlow::lane(int from, int to, bool response) const
{
    const auto found = m_laneIndex.find(laneKey(from, to, response));
    return found == m_laneIndex.end() ? nullptr : &m_lanes[static_cast<std::size_t>(found->second)];
}

RequestFlow::Lane &RequestFlow::laneFor(const Hop &hop)
{
    const auto [it, inserted] = m_laneIndex.try_emplace(laneKey(hop.from, hop.to, hop.response),
                                                        static_cast<int>(m_lanes.size()));
    if (inserted) {
        Lane lane;
        lane.from = hop.from;
        lane.to = hop.to;
        lane.response = hop.response;
        lane.ring.resize(kLaneCapacity);
        m_lanes.push_back(std::move(lane));
    }
    return m_lanes[static_cast<std::size_t>(it->second)];
}

void RequestFlow::requestStarted(const RequestRecord &record)
{
    // The engine issues a request at or after its start: a safe lower bound of its clock.
    m_clock = std::max(m_clock, record.start);
    m_justStarted = record.id;
}

void RequestFlow::hop(const Hop &hop)
{
    if (hop.request == m_justStarted) {
        // Reported on arrival at the latest: the canvas must trail by this much.
        m_displayLag = std::max(m_displayLag, std::min(hop.arrives - hop.departs, kMaxDisplayLag));
        m_justStarted = 0;
    }
    push(laneFor(hop), hop);
}

SimTime RequestFlow::displayTime(SimTime engineNow) const
{
    return std::max(SimTime{}, engineNow - m_displayLag);
}

void RequestFlow::push(Lane &lane, const Hop &hop)
{
    lane.flow.add(hop.departs);
    const std::uint64_t index = lane.seen++;
    // Hops that arrived before any time still to be drawn are gone for good.
    const SimTime drawnFrom = m_clock - m_displayLag;
    while (lane.count > 0 && lane.at(0).arrives <= drawnFrom) {
        lane.head = (lane.head + 1) % kLaneCapacity;
        --lane.count;
    }
    if (index % static_cast<std::uint64_t>(lane.stride) != 0)
        return;
    if (lane.count == kLaneCapacity)
        thin(lane);
    lane.ring[static_cast<std::size_t>((lane.head + lane.count) % kLaneCapacity)] = hop;
    ++lane.count;
}

void RequestFlow::thin(Lane &lane)
{
    // Keep the newest and every second one before it: still an even spread along the link.
    std::vector<Hop> kept;
    kept.reserve(kLaneCapacity);
    for (int i = (lane.count - 1) % 2; i < lane.count; i += 2)
        kept.push_back(lane.at(i));
    std::copy(kept.begin(), kept.end(), lane.ring.begin());
    lane.head = 0;
    lane.count = static_cast<int>(kept.size());
    lane.stride *= 2;
}

void RequestFlow::requestFinished(const RequestRecord &record)
{
    const RequestMarks marks = RequestMarks::of(record);
    mark(marks.cacheHitAt, Mark::CacheHit);
    mark(marks.staleAt, Mark::Stale);
    mark(marks.errorAt, Mark::Error);
}

void RequestFlow::mark(int node, Mark kind)
{
    if (node < 0)
        return;
    if (static_cast<std::size_t>(node) >= m_marks.size())
        m_marks.resize(static_cast<std::size_t>(node) + 1);
    // Stamped with when the engine found out: a timeout's record ends when the client gives
    // up, which may be seconds after the packets vanished where the cross is drawn.
    NodeMarks &marks = m_marks[static_cast<std::size_t>(node)];
    const auto k = static_cast<std::size_t>(kind);
    marks.last[k] = std::max(marks.last[k], m_clock);
    marks.recent[k].add(m_clock);
}

void RequestFlow::clear()
{
    m_lanes.clear();
    m_laneIndex.clear();
    m_marks.clear();
    m_clock = SimTime{};
    m_displayLag = SimTime{};
    m_justStarted = 0;
}

void RequestFlow::prune(SimTime now)
{
    for (Lane &lane : m_lanes) {
        // Not only the front: a hop held back by a longer acknowledgement may arrive after
        // one behind it in the ring.
        int kept = 0;
        for (int i = 0; i < lane.count; ++i) {
            const Hop &hop = lane.at(i);
            if (hop.arrives > now)
                lane.ring[static_cast<std::size_t>((lane.head + kept++) % kLaneCapacity)] = hop;
        }
        lane.count = kept;
        if (lane.count == 0)
            lane.head = 0;
        if (lane.stride > 1 && lane.count < kLaneCapacity / 4)
            lane.stride /= 2;
    }
}

std::vector<Hop> RequestFlow::hopsInFlight(SimTime now) const
{
    std::vector<Hop> hops;
    for (const Lane &lane : m_lanes) {
        for (int i = 0; i < lane.count; ++i) {
            const Hop &hop = lane.at(i);
            if (hop.departs <= now && now < hop.arrives)
                hops.push_back(hop);
        }
    }
    return hops;
}

SimTime RequestFlow::lastMark(int node, Mark kind) const
{
    if (node < 0 || static_cast<std::size_t>(node) >= m_marks.size())
        return SimTime::fromUs(-1);
    return m_marks[static_cast<std::size_t>(node)].last[static_cast<std::size_t>(kind)];
}

double RequestFlow::markRate(int node, Mark kind, SimTime now) const
{
    if (node < 0 || static_cast<std::size_t>(node) >= m_marks.size())
        return 0.0;
    return m_marks[static_cast<std::size_t>(node)].recent[static_cast<std::size_t>(kind)].rate(now);
}

} // namespace scalelab
