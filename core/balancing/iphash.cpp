// SPDX-License-Identifier: GPL-3.0-or-later
#include "balancing/iphash.h"

namespace scalelab {

namespace {

std::uint32_t rehash(std::uint32_t hash, std::uint32_t ip)
{
    for (int octet = 0; octet < 3; ++octet)
        hash = (hash * 113 + ((ip >> (24 - 8 * octet)) & 0xff)) % 6271;
    return hash;
}

int byWeight(std::span<const BackendView> pool, std::uint32_t hash, long long totalWeight)
{
    long long w = hash % totalWeight;
    std::size_t p = 0;
    while (w >= pool[p].weight) {
        w -= pool[p].weight;
        ++p;
    }
    return static_cast<int>(p);
}

long long totalWeight(std::span<const BackendView> pool)
{
    long long total = 0;
    for (const BackendView &peer : pool)
        total += peer.weight;
    return total;
}

} // namespace

int IpHash::firstChoice(std::span<const BackendView> pool, std::uint32_t clientIp)
{
    return pool.empty() ? -1 : byWeight(pool, rehash(89, clientIp), totalWeight(pool));
}

int IpHash::pick(std::span<const BackendView> pool, std::uint32_t clientIp)
{
    if (pool.empty())
        return -1;
    if (pool.size() == 1)
        return pool[0].eligible ? 0 : -1;
    const long long total = totalWeight(pool);
    std::uint32_t hash = 89;
    for (int tries = 0; tries <= 20; ++tries) {
        hash = rehash(hash, clientIp);
        const int p = byWeight(pool, hash, total);
        if (pool[p].eligible)
            return p;
    }
    return m_fallback.pick(pool, clientIp);
}

} // namespace scalelab
