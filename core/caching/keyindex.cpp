// SPDX-License-Identifier: GPL-3.0-or-later
#include "caching/keyindex.h"

#include "base/hash.h"

#include <bit>

namespace scalelab {

std::size_t KeyIndex::home(std::uint32_t key) const
{
    // Fibonacci hashing: the top bits of a 64-bit multiply spread sequential keys evenly.
    return static_cast<std::size_t>((static_cast<std::uint64_t>(key) * kSplitmixGamma) >> m_shift);
}

std::uint32_t KeyIndex::find(std::uint32_t key) const
{
    if (m_size == 0)
        return kNone;
    for (std::size_t i = home(key);; i = (i + 1) & m_mask) {
        const Slot &s = m_slots[i];
        if (s.value == kNone)
            return kNone;
        if (s.key == key)
            return s.value;
    }
}

void KeyIndex::insert(std::uint32_t key, std::uint32_t value)
{
    // Keep the load at or below one half so probe runs stay short.
    if ((m_size + 1) * 2 > m_slots.size())
        grow();
    for (std::size_t i = home(key);; i = (i + 1) & m_mask) {
        Slot &s = m_slots[i];
        if (s.value == kNone) {
            s = Slot{key, value};
            ++m_size;
            return;
        }
        if (s.key == key) {
            s.value = value;
            return;
        }
    }
}

bool KeyIndex::erase(std::uint32_t key)
{
    if (m_size == 0)
        return false;
    std::size_t i = home(key);
    for (;; i = (i + 1) & m_mask) {
        if (m_slots[i].value == kNone)
            return false;
        if (m_slots[i].key == key)
            break;
    }
    // Backward shift: pull later members of the probe run into the hole so that no
    // tombstones are needed and lookups stay exact.
    std::size_t j = i;
    for (;;) {
        j = (j + 1) & m_mask;
        if (m_slots[j].value == kNone)
            break;
        const std::size_t k = home(m_slots[j].key);
        const bool staysPut = (i <= j) ? (i < k && k <= j) : (i < k || k <= j);
        if (!staysPut) {
            m_slots[i] = m_slots[j];
            i = j;
        }
    }
    m_slots[i] = Slot{};
    --m_size;
    return true;
}

void KeyIndex::clear()
{
    for (Slot &s : m_slots)
        s = Slot{};
    m_size = 0;
}

void KeyIndex::grow()
{
    std::vector<Slot> old;
    old.swap(m_slots);
    const std::size_t n = old.empty() ? 16 : old.size() * 2;
    m_slots.assign(n, Slot{});
    m_mask = n - 1;
    m_shift = 64 - std::countr_zero(n);
    m_size = 0;
    for (const Slot &s : old)
        if (s.value != kNone)
            insert(s.key, s.value);
}

} // namespace scalelab
