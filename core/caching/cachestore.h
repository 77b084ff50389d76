// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "caching/keyindex.h"
#include "base/simtime.h"

#include <cstdint>
#include <span>
#include <vector>

namespace scalelab {

/// Which entry a full cache gives up. The choices are exactly those of Python's cachetools
/// 5.2.0 (LRUCache, LFUCache, FIFOCache; TTLCache for LRU with a TTL), checked by the
/// golden files in tests/data/cache.
enum class EvictionPolicy : std::uint8_t {
    Lru,  ///< least recently used; a hit and a (re)fill make an entry the most recent
    Lfu,  ///< fewest uses; ties go to the entry that entered the cache first
    Fifo  ///< first filled goes first; a hit changes nothing, a re-fill moves it to the back
};

/// What a lookup found.
enum class CacheLookupResult : std::uint8_t {
    Miss,    ///< the key is not cached
    Hit,     ///< a live entry: its version is returned
    Expired  ///< the entry's TTL has run out: a miss, and the entry has just been removed
};

/// The answer of CacheStore::lookup().
struct CacheLookup
{
    CacheLookupResult result = CacheLookupResult::Miss;
    std::uint64_t version = 0;  ///< the write id held, on a hit

    bool hit() const { return result == CacheLookupResult::Hit; }
};

/// One cached entry, as a GUI view or a test sees it.
struct CacheEntry
{
    std::uint32_t key = 0;
    std::uint64_t version = 0;  ///< the write id the entry holds
    std::uint64_t size = 1;     ///< in the cache's capacity unit (1 for item caches, bytes for a CDN edge)
    SimTime filledAt;           ///< the last fill or write-through; the TTL counts from here
    std::uint64_t uses = 0;     ///< the fill, each hit and each re-fill or write-through (LFU's count)
};

/// What a fill, a write-through or a capacity change did. The spans point into buffers
/// owned by the store and stay valid until its next non-const call.
struct CacheChange
{
    bool applied = false;                    ///< the value is now cached (fill) / was updated (update)
    std::span<const std::uint32_t> evicted;  ///< keys removed to make room, in removal order
    std::span<const std::uint32_t> expired;  ///< keys whose TTL had run out, oldest fill first
};

/// A keyed cache of values identified by their version (write id), with a capacity in items
/// or bytes, an optional TTL and an eviction policy. Every operation is O(1) (LRU, FIFO) or
/// O(log n) (LFU) and allocation-free once the store has grown; nothing depends on hash
/// order, so a simulation using it stays deterministic.
///
/// Rules (all from cachetools 5.2.0 unless marked "ScaleLab"):
/// - A fill of a new key evicts victims until `bytes() + size <= capacity()`. A re-fill of a
///   present key evicts only if the new size is larger, and then counts the old size too
///   (cachetools' `currsize + size > maxsize`), so it may evict the key itself; the key is
///   then inserted afresh.
/// - A re-fill or write-through of a present key: LRU makes it the most recent, FIFO moves it
///   to the back of the queue, LFU counts one more use and keeps its tie position.
/// - LFU victim: fewest uses (the fill is the first use); among equals, the entry whose
///   current stay in the cache began first. This is cachetools' `Counter.most_common(1)`,
///   which returns the first maximum in insertion order.
/// - TTL: an entry filled at t serves hits while `now < t + ttl`; at or after that it is a
///   miss (Expired) and is removed. Like TTLCache, every fill and write-through first
///   removes all expired entries, so an expired entry is never evicted in place of a live
///   one, for every policy (ScaleLab extends TTLCache's rule to LFU and FIFO).
/// - ScaleLab: a value larger than the capacity is not cached; a present entry for that key
///   is dropped, because it holds an older version (cachetools raises ValueError instead).
/// - ScaleLab: erase() removes an entry even when expired; update() ignores an expired entry.
///
/// `now` must never decrease between calls (it is the simulation clock).
class CacheStore
{
public:
    /// A TTL that never runs out.
    static constexpr SimTime kNoTtl = SimTime::max();

    /// @param capacity in the unit of the sizes passed to fill(): items (size 1) or bytes.
    CacheStore(EvictionPolicy policy, std::uint64_t capacity, SimTime ttl = kNoTtl);

    EvictionPolicy policy() const { return m_policy; }
    std::uint64_t capacity() const { return m_capacity; }
    SimTime ttl() const { return m_ttl; }

    /// Changes the capacity at run time, evicting (in policy order) until the entries fit.
    CacheChange setCapacity(std::uint64_t capacity);
    /// Changes the TTL at run time; it applies to present entries from their fill time.
    void setTtl(SimTime ttl) { m_ttl = ttl; }

    /// Looks @p key up. A hit counts a use (LFU) and refreshes recency (LRU); FIFO changes
    /// nothing. An expired entry is removed and reported as Expired.
    CacheLookup lookup(std::uint32_t key, SimTime now);

    /// Stores @p version of @p key with @p size (inserting or replacing), evicting as needed.
    /// `applied` is false when @p size exceeds the capacity.
    CacheChange fill(std::uint32_t key, std::uint64_t version, std::uint64_t size, SimTime now);
    /// fill() for an item cache: size 1.
    CacheChange fill(std::uint32_t key, std::uint64_t version, SimTime now) { return fill(key, version, 1, now); }

    /// Write-through: sets the version of a live entry (same size), as a re-fill would.
    /// `applied` is false, and nothing is inserted, when the key is absent or expired.
    CacheChange update(std::uint32_t key, std::uint64_t version, SimTime now);

    /// ScaleLab: gives a present entry another version and nothing else (no recency, use or
    /// fill time): a write_back cache's dirty entry once its write is committed. False when absent.
    bool relabel(std::uint32_t key, std::uint64_t version);

    /// Invalidates @p key; returns whether an entry (live or expired) was removed.
    bool erase(std::uint32_t key);

    /// Empties the cache: a killed cache node restarts cold.
    void clear();

    /// Removes every expired entry now (fill() and update() do this first anyway).
    CacheChange purgeExpired(SimTime now);

    /// Number of entries (expired ones not yet removed included).
    std::size_t size() const { return m_index.size(); }
    /// Sum of the entries' sizes.
    std::uint64_t bytes() const { return m_bytes; }

    /// The entry for @p key without touching recency or uses, or nullptr.
    const CacheEntry *peek(std::uint32_t key) const;

    /// All entries in eviction order: the next victim first (for a GUI view and tests).
    std::vector<CacheEntry> entries() const;

private:
    static constexpr std::uint32_t kNil = UINT32_MAX;

    struct Links
    {
        std::uint32_t prev = kNil;
        std::uint32_t next = kNil;
    };
    struct List
    {
        std::uint32_t head = kNil;
        std::uint32_t tail = kNil;
    };
    struct Node
    {
        CacheEntry entry;
        std::uint64_t seq = 0;         ///< LFU tie-break: when this stay in the cache began
        Links order;                   ///< LRU/FIFO queue (the free list reuses `next`)
        Links byFill;                  ///< expiry queue, oldest fill first
        std::uint32_t heapPos = kNil;  ///< LFU heap position
    };

    bool isExpired(const Node &n, SimTime now) const;
    std::uint32_t allocate();
    void remove(std::uint32_t idx);
    std::uint32_t victim() const;
    void evictOne();
    void touchOnUse(std::uint32_t idx);
    void refill(std::uint32_t idx, std::uint64_t version, SimTime now);
    void purgeInto(SimTime now);
    CacheChange change(bool applied) const;

    void pushBack(List &list, Links Node::*links, std::uint32_t idx);
    void unlink(List &list, Links Node::*links, std::uint32_t idx);

    bool heapLess(std::uint32_t a, std::uint32_t b) const;
    void heapPush(std::uint32_t idx);
    void heapRemove(std::uint32_t idx);
    void siftUp(std::size_t pos);
    void siftDown(std::size_t pos);
    void heapSet(std::size_t pos, std::uint32_t idx);

    EvictionPolicy m_policy;
    std::uint64_t m_capacity;
    SimTime m_ttl;
    std::uint64_t m_bytes = 0;
    std::uint64_t m_nextSeq = 0;

    std::vector<Node> m_nodes;
    std::uint32_t m_free = kNil;
    KeyIndex m_index;
    List m_order;
    List m_byFill;
    std::vector<std::uint32_t> m_heap;

    std::vector<std::uint32_t> m_evicted;
    std::vector<std::uint32_t> m_expired;
};

} // namespace scalelab
