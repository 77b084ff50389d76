// SPDX-License-Identifier: GPL-3.0-or-later
#include "balancing/consistenthash.h"

#include "base/hash.h"

#include <algorithm>

namespace scalelab {

namespace {
} // namespace

void ConsistentHash::rebuild(std::span<const BackendView> pool)
{
    m_ring.clear();
    m_builtFor.clear();
    for (std::size_t i = 0; i < pool.size(); ++i) {
        m_builtFor.emplace_back(pool[i].key, pool[i].weight);
        const int points = kPointsPerWeight * std::max(1, pool[i].weight);
        for (int v = 0; v < points; ++v)
            m_ring.emplace_back(splitmix64(pool[i].key ^ splitmix64(static_cast<std::uint64_t>(v))), static_cast<int>(i));
    }
    std::sort(m_ring.begin(), m_ring.end());
}

int ConsistentHash::pick(std::span<const BackendView> pool, std::uint32_t clientIp)
{
    bool same = m_builtFor.size() == pool.size();
    for (std::size_t i = 0; same && i < pool.size(); ++i)
        same = m_builtFor[i] == std::pair<std::uint64_t, int>(pool[i].key, pool[i].weight);
    if (!same)
        rebuild(pool);
    if (m_ring.empty())
        return -1;
    const std::uint64_t h = splitmix64(clientIp);
    auto it = std::lower_bound(m_ring.begin(), m_ring.end(), std::pair<std::uint64_t, int>(h, -1));
    for (std::size_t walked = 0; walked < m_ring.size(); ++walked, ++it) {
        if (it == m_ring.end())
            it = m_ring.begin();
        if (pool[it->second].eligible)
            return it->second;
    }
    return -1;
}

PowerOfTwo::PowerOfTwo(std::uint64_t seed) : m_state(seed) {}

std::uint64_t PowerOfTwo::next()
{
    m_state += kSplitmixGamma;  // the splitmix64 generator's step
    return splitmix64(m_state);
}

int PowerOfTwo::pick(std::span<const BackendView> pool, std::uint32_t)
{
    m_eligible.clear();
    for (std::size_t i = 0; i < pool.size(); ++i)
        if (pool[i].eligible)
            m_eligible.push_back(static_cast<int>(i));
    if (m_eligible.empty())
        return -1;
    if (m_eligible.size() == 1)
        return m_eligible[0];
    const std::size_t n = m_eligible.size();
    const std::size_t first = next() % n;
    std::size_t second = next() % (n - 1);
    if (second >= first)
        ++second;  // two distinct servers
    const BackendView &a = pool[m_eligible[first]];
    const BackendView &b = pool[m_eligible[second]];
    const long long lhs = static_cast<long long>(b.active) * a.weight;
    const long long rhs = static_cast<long long>(a.active) * b.weight;
    return lhs < rhs ? m_eligible[second] : m_eligible[first];
}

} // namespace scalelab
