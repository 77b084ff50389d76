#pragma once

#include "sim/simtime.h"

#include <cstdint>
#include <vector>

namespace scalelab {

/// One scheduled engine event. Kept at 24 bytes: the engine dispatches on `kind`
/// and finds its data through `a` (a request slot, a node index...).
struct Event
{
    SimTime time;
    std::uint64_t seq = 0;   ///< insertion order; breaks ties between equal times
    std::uint32_t kind = 0;
    std::uint32_t a = 0;
};

/// Min-heap on (time, seq). Equal times come out in insertion order, which is what
/// makes a run deterministic. Four children per node: half the depth of a binary heap
/// and siblings share a cache line, which matters with a million events a second.
class EventQueue
{
public:
    void push(SimTime time, std::uint32_t kind, std::uint32_t a = 0);
    /// Removes and returns the earliest event. Precondition: !empty().
    Event pop();
    const Event &top() const { return m_heap.front(); }
    bool empty() const { return m_heap.empty(); }
    std::size_t size() const { return m_heap.size(); }
    std::uint64_t pushed() const { return m_nextSeq; }
    void clear() { m_heap.clear(); }

private:
    static bool before(const Event &x, const Event &y)
    {
        return x.time.us < y.time.us || (x.time.us == y.time.us && x.seq < y.seq);
    }
    std::vector<Event> m_heap;
    std::uint64_t m_nextSeq = 0;
};

} // namespace scalelab
