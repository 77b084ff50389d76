// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/simtime.h"

#include <cstdint>
#include <unordered_map>
#include <vector>

namespace scalelab {

/// One scheduled engine event. The engine dispatches on `kind` and finds its data through
/// `a` (a request slot, a node index...).
struct Event
{
    SimTime time;
    std::uint64_t seq = 0;   ///< insertion order; breaks ties between equal times
    std::uint32_t kind = 0;
    std::uint32_t a = 0;
};

/// The engine's future, ordered by (time, seq): equal times come out in insertion order,
/// which is what makes a run deterministic.
///
/// Most events are "now + a fixed delay" (a hop over a link, a server's service time), and
/// since now never goes back, all events pushed with one delay come due in push order. So
/// pushAfter() keeps one FIFO *channel* per distinct delay, and only each channel's head sits
/// in the heap: a hop of pure latency costs an append, and the heap holds a handful of
/// channel heads instead of every request in flight. Order stays exactly (time, seq): a
/// push that would break a channel's order goes to the heap directly.
class EventQueue
{
public:
    static constexpr int kNoChannel = -1;

    /// An event at an arbitrary time.
    void push(SimTime time, std::uint32_t kind, std::uint32_t a = 0) { push(time, kind, a, kNoChannel); }
    /// An event `delay` after `now`, where `now` never decreases between calls.
    void pushAfter(SimTime now, SimTime delay, std::uint32_t kind, std::uint32_t a);
    /// Removes and returns the earliest event. Precondition: !empty().
    Event pop();
    SimTime topTime() const { return SimTime{m_heap.front().time}; }
    bool empty() const { return m_heap.empty(); }
    std::size_t size() const { return m_size; }
    std::uint64_t pushed() const { return m_nextSeq; }

private:
    struct Entry
    {
        std::int64_t time;
        std::uint64_t seq;
        std::uint32_t kind;
        std::uint32_t a;
        std::int32_t channel;   ///< kNoChannel: the event itself; else the channel whose head it is
    };
    struct Channel
    {
        std::vector<Event> events;
        std::size_t head = 0;
        bool empty() const { return head == events.size(); }
    };
    static bool before(const Entry &x, const Entry &y)
    {
        return x.time < y.time || (x.time == y.time && x.seq < y.seq);
    }
    void push(SimTime time, std::uint32_t kind, std::uint32_t a, int channel);
    int channelFor(std::int64_t delayUs);
    void heapPush(const Entry &e);
    void heapReplaceTop(const Entry &e);
    void heapPopTop();

    std::vector<Entry> m_heap;
    std::vector<Channel> m_channels;
    std::unordered_map<std::int64_t, int> m_channelOfDelay;  // lookups only
    std::int64_t m_lastDelay = -1;                           // one-entry cache in front of it
    int m_lastChannel = kNoChannel;
    std::uint64_t m_nextSeq = 0;
    std::size_t m_size = 0;
};

} // namespace scalelab
