// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/request.h"
#include "base/indexpool.h"
#include "base/simtime.h"
#include "base/valueptr.h"
#include "caching/cachestore.h"
#include "base/hashring.h"
#include "caching/leasetable.h"

#include <cstdint>
#include <limits>
#include <map>
#include <optional>
#include <unordered_map>
#include <vector>

namespace scalelab {

struct EngineContext;
struct LinkRuntime;
struct NodeRuntime;
struct Topology;

enum class WritePolicy { Invalidate, WriteThrough, None, WriteBack };

/// A read_through cache's load of one key from its database, and the misses waiting for it
/// (the first one missed first). Kept by the cache, not in the load's request slot: slots are
/// reset for every request and most never load anything.
struct ReadThroughLoad
{
    std::uint32_t slot = 0;
    std::vector<std::uint32_t> waiters;
};

/// What the caches did, for the report.
struct CacheCounters
{
    std::uint64_t hits = 0;
    std::uint64_t misses = 0;
    std::uint64_t staleHits = 0;     ///< hits on a value older than the newest committed write
    std::uint64_t evictions = 0;
    std::uint64_t expirations = 0;
    std::uint64_t invalidations = 0;
    std::uint64_t leaseWaits = 0;        ///< misses told to wait instead of loading the database
    std::uint64_t staleSetsRefused = 0;  ///< fills refused because their lease was voided by a write
    std::uint64_t staleFills = 0;        ///< fills that put an already outdated value into a cache
    std::uint64_t readThroughLoads = 0;  ///< database loads a read_through cache made itself
    std::uint64_t coalesced = 0;         ///< read_through misses that waited for a load of their key already under way
    std::uint64_t writeBacks = 0;        ///< writes a write_back cache acknowledged
    std::uint64_t writeBackFlushed = 0;  ///< ... that reached the database
    std::uint64_t writeBackLost = 0;     ///< ... that were lost: the cache died before it flushed them
};

enum class CacheChangeKind : std::uint8_t { Fill, Update, Invalidate };

/// A fill, update or invalidation on its way to a cache, named by a
/// kCacheChange event's index.
struct PendingCacheChange
{
    std::int32_t cache = -1;
    std::uint32_t epoch = 0;
    std::uint32_t key = 0;
    std::uint64_t version = 0;
    CacheChangeKind kind = CacheChangeKind::Fill;
    std::uint64_t size = 1;
    std::uint64_t leaseToken = 0;
    SimTime readStart{-1};  ///< Fill: when the read that loaded the value began (causes only)
};

/// A write a write_back cache acknowledged and has not sent to its database yet.
struct PendingFlush
{
    std::int32_t cache = -1;
    std::uint32_t epoch = 0;
    RequestRecord write;  ///< the request that wrote: key, user, id (for the commit's record)
};

/// The cache-tier runtime of a cache (not one that only holds sessions).
struct CacheNodeState
{
    ValuePtr<CacheStore> store;   ///< its contents
    WritePolicy writePolicy = WritePolicy::Invalidate;  ///< cache: what a write does to it
    ValuePtr<LeaseTable> leases;  ///< cache: memcache leases, when enabled
    bool readThrough = false;     ///< cache: loads its misses from its own database (fill: read_through)
    std::map<std::uint32_t, ReadThroughLoad> loading;  ///< cache (read_through): key -> its load under way (ordered: a kill answers them in key order)
    SimTime writeBackDelay;       ///< cache (write_back): how long an acknowledged write waits for its flush
    std::uint64_t unflushed = 0;  ///< cache (write_back): acknowledged writes still only in its memory
    std::unordered_map<std::uint32_t, std::uint32_t> dirty;  ///< cache (write_back): key -> writes not yet committed (lookups only)
    std::uint64_t hits = 0;       ///< lookups that found the key (this node's share of the counters)
    std::uint64_t misses = 0;     ///< lookups that did not
};

/// A web server's view of the cache ring: which cache owns a key (a memcached client's
/// consistent hashing). Kept here rather than in NodeRuntime: only the cache tier reads it,
/// and the request path asks linkFor() instead of walking the ring itself.
struct CacheRoute
{
    std::vector<int> cacheLinks;             ///< links to its caches, by ring index
    int gutterLink = -1;                     ///< link to the gutter pool, if any
    ValuePtr<ConsistentHashRing> ring;       ///< which cache owns a key (null: no cache)
};

/// What a cache's lookup of a key found.
struct CacheAnswer
{
    enum Kind : std::uint8_t { Hit, Miss, LeaseWait };
    Kind kind = Miss;
    std::uint64_t version = 0;     ///< Hit: the version held (kDirtyVersion for an unflushed write_back value)
    std::uint64_t leaseToken = 0;  ///< Miss: the lease the filler must present (0: no leases)
    bool expired = false;          ///< the entry found had outlived its TTL (counted, announced)
    SimTime expiredFill{-1};       ///< ... when it was filled (only when asked for, for causes)
};

/// What a pending change did to its cache.
struct AppliedCacheChange
{
    bool reached = false;   ///< the cache was up, in the epoch the change was sent to
    bool filled = false;    ///< Fill: the value was written (not refused by a lease, not older)
    bool erased = false;    ///< Invalidate: the key was there and is gone
    CacheChange result;     ///< what the store did (evictions, expiries): valid until its next change
};

/// The cache tier: every cache's store, leases, read_through loads and write_back state, the
/// web servers' rings, the changes and flushes in flight, and the counters. A component
/// (docs/ENGINE.md): copyable, indices only; its handlers are given an EngineContext and
/// never reach the engine. Request slots stay with the request path (core/sim), which asks
/// this tier and acts on what it answers.
class CacheTier
{
public:
    /// A write_back entry not yet committed is newer than anything the database has: never
    /// stale, and no fill of an older database value replaces it.
    static constexpr std::uint64_t kDirtyVersion = std::numeric_limits<std::uint64_t>::max();

    /// Sizes the per-node state for `nodeCount` nodes, all without a store.
    void resize(int nodeCount);
    /// Builds the caches' stores and the web servers' rings from the topology (after the
    /// nodes' roles are known: a cache that holds sessions gets no store).
    void setUp(const EngineContext &ctx);

    // Read by reports, the window and the request path.
    const CacheCounters &counters() const { return m_counters; }
    /// A cache's store; nullptr for every other node (a CDN edge's store is the CDN's).
    const CacheStore *store(int node) const { return m_nodes[node].store.get(); }
    CacheStore *store(int node) { return m_nodes[node].store.get(); }
    bool hasStore(int node) const { return static_cast<bool>(m_nodes[node].store); }
    std::uint64_t hits(int node) const { return m_nodes[node].hits; }
    std::uint64_t misses(int node) const { return m_nodes[node].misses; }
    const CacheNodeState &nodeState(int node) const { return m_nodes[node]; }
    WritePolicy writePolicy(int node) const { return m_nodes[node].writePolicy; }
    bool readsThrough(int node) const { return m_nodes[node].readThrough; }
    /// Acknowledged write_back writes `node` has not sent to its database yet.
    std::uint64_t unflushed(int node) const { return m_nodes[node].unflushed; }
    const CacheRoute &route(int webNode) const { return m_routes[webNode]; }
    /// Whether a web server has caches to ask (a ring).
    bool hasRing(int webNode) const { return static_cast<bool>(m_routes[webNode].ring); }
    /// The link from `webNode` to the cache that owns `key` (its gutter when that one is down
    /// and there is a gutter pool); -1 when it has no cache.
    int linkFor(const std::vector<NodeRuntime> &nodes, const std::vector<LinkRuntime> &links, int webNode, std::uint32_t key) const;

    // A request asks a cache.
    /// Looks `key` up in `cache` now: counts the hit or miss, grants a lease. `withFill`:
    /// report when an expired entry had been filled (for causes).
    CacheAnswer lookup(const EngineContext &ctx, int cache, std::uint32_t key, bool withFill);
    void countStaleHit() { ++m_counters.staleHits; }

    // read_through loads.
    /// Parks the miss of `slot` behind a load of `key` already under way; false when none is.
    bool joinLoad(int cache, std::uint32_t key, std::uint32_t slot);
    /// Records a load of `key` (made by request slot `load`) that `firstWaiter` waits for.
    void startLoad(int cache, std::uint32_t key, std::uint32_t load, std::uint32_t firstWaiter);
    /// Ends a load of `key`: the misses that waited for it, the first one first.
    std::vector<std::uint32_t> takeLoadWaiters(int cache, std::uint32_t key);

    // Pending changes (kCacheChange).
    void scheduleChange(EngineContext &ctx, int cache, std::uint32_t key, std::uint64_t version, CacheChangeKind kind, SimTime at,
                        std::uint64_t size = 1, std::uint64_t leaseToken = 0, SimTime readStart = SimTime{-1});
    /// The change a kCacheChange event names; its index is free again.
    PendingCacheChange takeChange(std::uint32_t index);
    /// Applies a change to its cache, if that cache is still up in the epoch it was sent to.
    /// `newest`: the newest committed version of the key (read only for a fill into a cache:
    /// an older value stored is a stale fill).
    AppliedCacheChange applyChange(const EngineContext &ctx, const PendingCacheChange &change, std::uint64_t newest);

    // write_back.
    /// A write_back cache takes the write of `write` and schedules its flush.
    CacheChange acceptWrite(EngineContext &ctx, int cache, const RequestRecord &write);
    void scheduleFlush(EngineContext &ctx, int cache, const RequestRecord &write, SimTime at);
    /// The flush a kWriteBackFlush event names, if its cache is still alive to send it (a dead
    /// cache's flushes were counted lost when it died); its index is free again.
    std::optional<PendingFlush> takeFlush(const EngineContext &ctx, std::uint32_t index);
    /// A flush leaves for the database: from now on it commits even if the cache dies.
    void flushSent(int cache) { --m_nodes[cache].unflushed; }
    /// A flush committed as `writeId`; `cacheAlive`: the entry may now carry that version.
    void flushCommitted(int cache, std::uint32_t key, std::uint64_t writeId, bool cacheAlive);
    /// A flush got no answer: an alive cache keeps the write and tries again after its delay.
    void flushFailed(EngineContext &ctx, int cache, const RequestRecord &write, bool cacheAlive);

    /// A cache dies: its memory and leases are gone. Returns the read_through loads
    /// under way, whose waiters the request path fails.
    std::map<std::uint32_t, ReadThroughLoad> died(int node);
    /// ... then the write_back writes it had not flushed are lost (counted, announced).
    void loseUnflushed(const EngineContext &ctx, int node);

private:
    /// Counts and announces the evictions and expiries of a store change.
    void countStoreChange(const EngineContext &ctx, int cache, const CacheChange &result);

    std::vector<CacheNodeState> m_nodes;   ///< by node index; a store only for caches
    std::vector<CacheRoute> m_routes;      ///< by node index; a ring only for web servers with caches
    IndexPool<PendingCacheChange> m_changes;
    IndexPool<PendingFlush> m_flushes;
    CacheCounters m_counters;
};

} // namespace scalelab
