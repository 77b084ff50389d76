// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <vector>

namespace scalelab {

/// A flat hash map from a 32-bit cache key to a 32-bit slot index (open addressing, linear
/// probing, backward-shift deletion). It exists so that a cache lookup costs no allocation
/// once the table has grown; it offers no iteration on purpose, so its order can never
/// leak into a simulation result.
class KeyIndex
{
public:
    static constexpr std::uint32_t kNone = UINT32_MAX;

    /// The slot stored for @p key, or kNone.
    std::uint32_t find(std::uint32_t key) const;
    /// Stores @p value for @p key (inserting or overwriting). @p value must not be kNone.
    void insert(std::uint32_t key, std::uint32_t value);
    /// Removes @p key; returns whether it was there.
    bool erase(std::uint32_t key);
    /// Removes every key but keeps the table's memory.
    void clear();

    std::size_t size() const { return m_size; }
    bool empty() const { return m_size == 0; }

private:
    struct Slot
    {
        std::uint32_t key = 0;
        std::uint32_t value = kNone;  ///< kNone marks an empty slot
    };

    std::size_t home(std::uint32_t key) const;
    void grow();

    std::vector<Slot> m_slots;
    std::size_t m_mask = 0;
    std::size_t m_size = 0;
    int m_shift = 64;
};

} // namespace scalelab
