// SPDX-License-Identifier: GPL-3.0-or-later
#include "balancing/leastconnections.h"

namespace scalelab {

int LeastConnections::pick(std::span<const BackendView> pool, std::uint32_t)
{
    m_current.resize(pool.size(), 0);
    int best = -1;
    bool many = false;
    for (std::size_t i = 0; i < pool.size(); ++i) {
        const BackendView &peer = pool[i];
        if (!peer.eligible)
            continue;
        if (best < 0) {
            best = static_cast<int>(i);
            many = false;
            continue;
        }
        const long long lhs = static_cast<long long>(peer.active) * pool[best].weight;
        const long long rhs = static_cast<long long>(pool[best].active) * peer.weight;
        if (lhs < rhs) {
            best = static_cast<int>(i);
            many = false;
        } else if (lhs == rhs) {
            many = true;
        }
    }
    if (best < 0 || !many)
        return best;

    // Ties: smooth weighted round robin over the tied servers (ngx_http_upstream_least_conn).
    const BackendView &leader = pool[best];
    long long total = 0;
    int chosen = best;
    for (std::size_t i = static_cast<std::size_t>(best); i < pool.size(); ++i) {
        const BackendView &peer = pool[i];
        if (!peer.eligible
            || static_cast<long long>(peer.active) * leader.weight != static_cast<long long>(leader.active) * peer.weight)
            continue;
        m_current[i] += peer.weight;
        total += peer.weight;
        if (m_current[i] > m_current[chosen])
            chosen = static_cast<int>(i);
    }
    m_current[chosen] -= total;
    return chosen;
}

} // namespace scalelab
