// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/simtime.h"

#include <cstdint>
#include <deque>
#include <unordered_map>

namespace scalelab {

/// What a cache miss is told to do under leases.
enum class LeaseDecision : std::uint8_t {
    Granted,  ///< this requester loads the value from the database and sets it with the token
    Wait      ///< another requester holds the lease: wait and retry the cache, spare the database
};

/// The answer of LeaseTable::onMiss().
struct LeaseGrant
{
    LeaseDecision decision = LeaseDecision::Wait;
    std::uint64_t token = 0;  ///< non-zero only when granted
    bool granted() const { return decision == LeaseDecision::Granted; }
};

/// Leases of Facebook's "Scaling Memcache at Facebook" (NSDI 2013, section 3.2.1). They fix
/// two problems of a look-aside cache:
/// - thundering herds: only the first miss of a key within the lease window gets a token and
///   goes to the database; the other misses are told to wait and retry;
/// - stale sets: a delete (invalidation) voids the outstanding lease, so a value read before
///   the write can no longer be set after it.
///
/// Rules: a lease is outstanding from its grant until it is used by an accepted set, voided
/// by invalidate() or clear(), or its window runs out (`now >= granted at + window`). A miss
/// while a lease is outstanding waits; otherwise it gets a new token. A set is accepted
/// only with the outstanding token of that key inside its window, and it uses the lease up.
/// Tokens are never reused, so an old token can never match a newer lease.
///
/// `now` must never decrease between calls (it is the simulation clock).
class LeaseTable
{
public:
    /// memcached's default: one token per key every 10 seconds.
    static constexpr SimTime kDefaultWindow = SimTime::fromS(10);

    explicit LeaseTable(SimTime window = kDefaultWindow) : m_window(window) {}

    SimTime window() const { return m_window; }
    void setWindow(SimTime window) { m_window = window; }

    /// A cache miss on @p key at @p now: grants a lease token or says wait.
    LeaseGrant onMiss(std::uint32_t key, SimTime now);

    /// A set of @p key carrying @p token: true when the lease is still valid (the value may
    /// be stored in the cache); false when it was voided, used, expired or is not the key's.
    bool set(std::uint32_t key, std::uint64_t token, SimTime now);

    /// A delete of @p key: voids its outstanding lease. Returns whether one was voided.
    bool invalidate(std::uint32_t key);

    /// Voids every lease: a killed cache node forgets them.
    void clear();

    /// Whether @p key has an outstanding lease at @p now.
    bool isLeased(std::uint32_t key, SimTime now) const;

    /// Leases held in memory (outstanding, or expired and not yet reclaimed).
    std::size_t size() const { return m_leases.size(); }

private:
    struct Lease
    {
        std::uint64_t token = 0;
        SimTime grantedAt;
    };
    struct Grant
    {
        SimTime at;
        std::uint32_t key = 0;
        std::uint64_t token = 0;
    };

    bool live(const Lease &l, SimTime now) const { return now.us - l.grantedAt.us < m_window.us; }
    void reclaim(SimTime now);

    SimTime m_window;
    std::uint64_t m_nextToken = 1;
    // Looked up by key only, never iterated: its order cannot leak into results.
    std::unordered_map<std::uint32_t, Lease> m_leases;
    std::deque<Grant> m_grants;  ///< in grant order, to reclaim expired leases in O(1) amortised
};

} // namespace scalelab
