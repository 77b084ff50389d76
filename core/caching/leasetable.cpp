// SPDX-License-Identifier: GPL-3.0-or-later
#include "caching/leasetable.h"

namespace scalelab {

LeaseGrant LeaseTable::onMiss(std::uint32_t key, SimTime now)
{
    reclaim(now);
    auto it = m_leases.find(key);
    if (it != m_leases.end() && live(it->second, now))
        return {LeaseDecision::Wait, 0};
    const std::uint64_t token = m_nextToken++;
    m_leases[key] = Lease{token, now};
    m_grants.push_back(Grant{now, key, token});
    return {LeaseDecision::Granted, token};
}

bool LeaseTable::set(std::uint32_t key, std::uint64_t token, SimTime now)
{
    auto it = m_leases.find(key);
    if (it == m_leases.end() || token == 0 || it->second.token != token || !live(it->second, now))
        return false;
    m_leases.erase(it);  // used up: the next miss (after an eviction, say) gets a new token
    return true;
}

bool LeaseTable::invalidate(std::uint32_t key)
{
    return m_leases.erase(key) > 0;
}

void LeaseTable::clear()
{
    m_leases.clear();
    m_grants.clear();
}

bool LeaseTable::isLeased(std::uint32_t key, SimTime now) const
{
    auto it = m_leases.find(key);
    return it != m_leases.end() && live(it->second, now);
}

void LeaseTable::reclaim(SimTime now)
{
    // Memory follows the leases granted within one window, not every key ever missed.
    while (!m_grants.empty() && now.us - m_grants.front().at.us >= m_window.us) {
        const Grant g = m_grants.front();
        m_grants.pop_front();
        auto it = m_leases.find(g.key);
        if (it != m_leases.end() && it->second.token == g.token)
            m_leases.erase(it);
    }
}

} // namespace scalelab
