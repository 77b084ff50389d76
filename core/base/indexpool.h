// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <memory>
#include <utility>
#include <vector>

namespace scalelab {

/// Things in flight addressed by a small index that fits an event's payload: request slots,
/// pending cache changes, write-back flushes, connections, read-backs. A freed index is
/// reused last-in first-out, so memory grows with what is in flight, not with what was ever
/// made, and the order of indices (and so of everything keyed by them) is deterministic.
/// Plain vectors: copying the pool copies the state (the timeline's snapshots).
template<typename T>
class IndexPool
{
public:
    /// An index whose element is reset to T{}: a freed one if any, else a new one. Built in
    /// place, not copied from a temporary: a request slot is taken for every request, and
    /// copying its 232 bytes cost the millions workload 3 % of its instructions.
    std::uint32_t acquire()
    {
        if (!m_free.empty()) {
            const std::uint32_t index = m_free.back();
            m_free.pop_back();
            T *item = &m_items[index];
            std::destroy_at(item);
            std::construct_at(item);
            return index;
        }
        m_items.emplace_back();
        return static_cast<std::uint32_t>(m_items.size() - 1);
    }
    /// An index whose element is reset to `value`: a freed one if any, else a new one.
    std::uint32_t acquire(T value)
    {
        if (!m_free.empty()) {
            const std::uint32_t index = m_free.back();
            m_free.pop_back();
            m_items[index] = std::move(value);
            return index;
        }
        m_items.push_back(std::move(value));
        return static_cast<std::uint32_t>(m_items.size() - 1);
    }
    /// Gives `index` back; its element keeps its value until it is acquired again.
    void release(std::uint32_t index) { m_free.push_back(index); }

    T &operator[](std::uint32_t index) { return m_items[index]; }
    const T &operator[](std::uint32_t index) const { return m_items[index]; }
    /// Every index ever made, free or not (the high-water mark).
    std::uint32_t capacity() const { return static_cast<std::uint32_t>(m_items.size()); }
    std::uint32_t inUse() const { return capacity() - static_cast<std::uint32_t>(m_free.size()); }
    /// Every element, free or not, by index (a kill looks at each request in flight).
    std::vector<T> &items() { return m_items; }
    const std::vector<T> &items() const { return m_items; }
    /// Reserves room for `n` elements, so the first `n` acquisitions do not reallocate.
    void reserve(std::size_t n) { m_items.reserve(n); }

private:
    std::vector<T> m_items;
    std::vector<std::uint32_t> m_free;
};

} // namespace scalelab
