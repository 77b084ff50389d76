// SPDX-License-Identifier: GPL-3.0-or-later
#include "sim/eventqueue.h"

namespace scalelab {

namespace {
constexpr std::size_t kArity = 4;  // half the depth of a binary heap; siblings share a cache line
}

int EventQueue::channelFor(std::int64_t delayUs)
{
    if (delayUs == m_lastDelay)
        return m_lastChannel;
    const auto [it, added] = m_channelOfDelay.try_emplace(delayUs, static_cast<int>(m_channels.size()));
    if (added)
        m_channels.emplace_back();
    m_lastDelay = delayUs;
    m_lastChannel = it->second;
    return it->second;
}

void EventQueue::pushAfter(SimTime now, SimTime delay, std::uint32_t kind, std::uint32_t a)
{
    push(now + delay, kind, a, channelFor(delay.us));
}

void EventQueue::push(SimTime time, std::uint32_t kind, std::uint32_t a, int channel)
{
    const Event e{time, m_nextSeq++, kind, a};
    ++m_size;
    if (channel >= 0) {
        Channel &c = m_channels[static_cast<std::size_t>(channel)];
        if (c.empty()) {
            c.events.clear();
            c.head = 0;
            c.events.push_back(e);
            heapPush(Entry{time.us, e.seq, kind, a, channel});
            return;
        }
        if (c.events.back().time <= time) {
            c.events.push_back(e);
            return;
        }
    }
    heapPush(Entry{time.us, e.seq, kind, a, kNoChannel});
}

Event EventQueue::pop()
{
    const Entry top = m_heap.front();
    --m_size;
    if (top.channel == kNoChannel) {
        heapPopTop();
        return Event{SimTime{top.time}, top.seq, top.kind, top.a};
    }
    Channel &c = m_channels[static_cast<std::size_t>(top.channel)];
    const Event e = c.events[c.head++];
    if (c.empty()) {
        heapPopTop();
    } else {
        if (c.head > 1024 && c.head * 2 > c.events.size()) {  // reclaim the consumed front
            c.events.erase(c.events.begin(), c.events.begin() + static_cast<std::ptrdiff_t>(c.head));
            c.head = 0;
        }
        const Event &next = c.events[c.head];
        heapReplaceTop(Entry{next.time.us, next.seq, next.kind, next.a, top.channel});
    }
    return e;
}

void EventQueue::heapPush(const Entry &e)
{
    // Sift up with a hole instead of swaps: one move per level.
    std::size_t hole = m_heap.size();
    m_heap.emplace_back();
    while (hole > 0) {
        const std::size_t parent = (hole - 1) / kArity;
        if (!before(e, m_heap[parent]))
            break;
        m_heap[hole] = m_heap[parent];
        hole = parent;
    }
    m_heap[hole] = e;
}

void EventQueue::heapReplaceTop(const Entry &e)
{
    const std::size_t n = m_heap.size();
    std::size_t hole = 0;
    for (;;) {
        const std::size_t first = kArity * hole + 1;
        if (first >= n)
            break;
        std::size_t best = first;
        const std::size_t end = first + kArity < n ? first + kArity : n;
        for (std::size_t c = first + 1; c < end; ++c)
            if (before(m_heap[c], m_heap[best]))
                best = c;
        if (!before(m_heap[best], e))
            break;
        m_heap[hole] = m_heap[best];
        hole = best;
    }
    m_heap[hole] = e;
}

void EventQueue::heapPopTop()
{
    const Entry last = m_heap.back();
    m_heap.pop_back();
    if (!m_heap.empty())
        heapReplaceTop(last);
}

} // namespace scalelab
