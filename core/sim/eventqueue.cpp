#include "sim/eventqueue.h"

namespace scalelab {

namespace {
constexpr std::size_t kArity = 4;
}

void EventQueue::push(SimTime time, std::uint32_t kind, std::uint32_t a)
{
    const Event e{time, m_nextSeq++, kind, a};
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

Event EventQueue::pop()
{
    const Event result = m_heap.front();
    const Event last = m_heap.back();
    m_heap.pop_back();
    const std::size_t n = m_heap.size();
    if (n == 0)
        return result;
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
        if (!before(m_heap[best], last))
            break;
        m_heap[hole] = m_heap[best];
        hole = best;
    }
    m_heap[hole] = last;
    return result;
}

} // namespace scalelab
