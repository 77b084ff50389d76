#include "sim/eventqueue.h"

namespace scalelab {

void EventQueue::push(SimTime time, std::uint32_t kind, std::uint32_t a, std::uint64_t b)
{
    Event e{time, m_nextSeq++, kind, a, b};
    // Sift up with a hole instead of swaps: one move per level.
    std::size_t hole = m_heap.size();
    m_heap.emplace_back();
    while (hole > 0) {
        const std::size_t parent = (hole - 1) / 2;
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
        std::size_t child = 2 * hole + 1;
        if (child >= n)
            break;
        if (child + 1 < n && before(m_heap[child + 1], m_heap[child]))
            ++child;
        if (!before(m_heap[child], last))
            break;
        m_heap[hole] = m_heap[child];
        hole = child;
    }
    m_heap[hole] = last;
    return result;
}

} // namespace scalelab
