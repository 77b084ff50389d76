// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sim/causes.h"

#include <cstdint>
#include <unordered_map>

namespace scalelab {

struct EngineContext;
struct RequestRecord;

/// A committed write as the causes name it: which, when and where.
struct CommittedWrite
{
    std::uint64_t id = 0;
    SimTime at{-1};                 ///< -1: not known any more
    std::int32_t origin = kNoNode;
};

/// The little history that explains why requests go wrong: what last happened to each key in
/// each cache, to tell a cold miss from an evicted, expired or invalidated one, and the read
/// that raced a write. Kept only while an observer wants causes (the engine calls it only
/// then), so a headless run pays nothing. It reads no other component: the engine passes the
/// commit of a write, a cache entry's fill time or a cache's TTL where a cause needs them.
class CauseHistory
{
public:
    /// Why `request` failed at `failedAt`: a full queue, a cut link, a dead node, no route.
    RequestCause failure(const EngineContext &ctx, const RequestRecord &request, Outcome outcome, int failedAt,
                         bool gaveUpWaiting) const;
    /// `request` read `held` on a replica that lacked `newest`.
    RequestCause staleRead(const EngineContext &ctx, const RequestRecord &request, int replica, std::uint64_t held,
                           const CommittedWrite &newest) const;
    /// A stale hit on `cache`: it held `held` (filled at `filledAt`) while `newest` was committed.
    RequestCause staleHit(const EngineContext &ctx, const RequestRecord &request, int cache, std::uint64_t held,
                          SimTime filledAt, const CommittedWrite &newest) const;
    /// A miss on `cache` (TTL `ttl`); `expiredFill` is the fill of the entry the lookup found
    /// expired (-1: none).
    RequestCause miss(const EngineContext &ctx, const RequestRecord &request, int cache, SimTime expiredFill, SimTime ttl) const;

    /// The newest write whose invalidation reached `cache` for `key` (0: none).
    std::uint64_t invalidatedBy(int cache, std::uint32_t key) const;
    /// `cache` stored `version` of `key` now, loaded by a read that began at `readStart` (-1:
    /// not a read's fill). `invalidator` is the commit of invalidatedBy(cache, key).
    void filled(int cache, std::uint32_t key, std::uint64_t version, SimTime readStart, SimTime now,
                const CommittedWrite &invalidator);
    /// An invalidation by write `byWrite` reached `cache`, held or not.
    void invalidated(int cache, std::uint32_t key, std::uint64_t byWrite);
    /// `key` left `cache` now (an expiry is dated at its fill + `ttl`).
    void removed(int cache, std::uint32_t key, MissReason how, std::uint64_t byWrite, SimTime now, SimTime ttl);

private:
    /// What last happened to a key in a cache.
    struct KeyFate
    {
        SimTime filledAt{-1};
        SimTime removedAt{-1};
        std::uint64_t removedBy = 0;
        MissReason removal = MissReason::Cold;  ///< Cold: still there at the last change seen
        std::uint64_t invalidatedBy = 0;  ///< the newest write whose invalidation reached the cache, held or not
        std::uint64_t racedWrite = 0;     ///< the last fill stored a value older than invalidatedBy
    };
    static std::uint64_t fateKey(int cache, std::uint32_t key)
    {
        return (static_cast<std::uint64_t>(static_cast<std::uint32_t>(cache)) << 32) | key;
    }

    std::unordered_map<std::uint64_t, KeyFate> m_fates;  ///< by fateKey (lookups only)
};

} // namespace scalelab
