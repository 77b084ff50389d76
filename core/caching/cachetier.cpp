// SPDX-License-Identifier: GPL-3.0-or-later
// The cache tier's own state and rules, as a memcached fleet keeps them: each cache's store,
// its leases (Facebook's memcache), a read_through cache's loads (one per key), a write_back
// cache's unflushed writes, and the web servers' consistent-hash rings. The request path in
// core/sim/simulationcaching.cpp asks this tier and moves the requests.
#include "caching/cachetier.h"

#include "model/topology.h"
#include "sim/enginecontext.h"
#include "sim/eventkind.h"
#include "sim/eventqueue.h"
#include "sim/noderuntime.h"

#include <string>

namespace scalelab {

void CacheTier::resize(int nodeCount)
{
    m_nodes.resize(static_cast<std::size_t>(nodeCount));
    m_routes.resize(static_cast<std::size_t>(nodeCount));
}

void CacheTier::setUp(const EngineContext &ctx)
{
    const int n = static_cast<int>(ctx.nodes.size());
    for (int i = 0; i < n; ++i) {
        const NodeSpec &spec = ctx.topology.nodes[i];
        CacheNodeState &node = m_nodes[i];
        if (spec.type != NodeType::Cache || ctx.nodes[i].servesSessions)
            continue;
        const EvictionPolicy policy = spec.eviction == QLatin1String("lfu")    ? EvictionPolicy::Lfu
                                      : spec.eviction == QLatin1String("fifo") ? EvictionPolicy::Fifo
                                                                               : EvictionPolicy::Lru;
        const SimTime ttl = spec.ttlS > 0 ? SimTime::fromS(spec.ttlS) : CacheStore::kNoTtl;
        node.store = std::make_unique<CacheStore>(policy, static_cast<std::uint64_t>(spec.capacity), ttl);
        if (spec.leases)
            node.leases = std::make_unique<LeaseTable>(SimTime::fromS(spec.leaseWindowS));
        node.writePolicy = spec.writePolicy == QLatin1String("write_through") ? WritePolicy::WriteThrough
                           : spec.writePolicy == QLatin1String("write_back")  ? WritePolicy::WriteBack
                           // write_around: the write goes to the database only, as none
                           : spec.writePolicy == QLatin1String("none") || spec.writePolicy == QLatin1String("write_around")
                               ? WritePolicy::None
                               : WritePolicy::Invalidate;
        node.readThrough = spec.fill == QLatin1String("read_through");
        node.writeBackDelay = SimTime::fromMs(spec.writeBackDelayMs);
    }
    const int linkCount = static_cast<int>(ctx.links.size());
    for (int i = 0; i < n; ++i) {
        if (ctx.nodes[i].type != NodeType::WebServer)
            continue;
        CacheRoute &web = m_routes[i];
        for (int link = 0; link < linkCount; ++link) {
            const int to = ctx.links[link].to;
            if (ctx.links[link].from != i || ctx.nodes[to].type != NodeType::Cache || !m_nodes[to].store)
                continue;
            if (ctx.topology.nodes[to].gutter) {
                web.gutterLink = link;  // not in the ring: it only stands in for a dead server
                continue;
            }
            if (!web.ring)
                web.ring = std::make_unique<ConsistentHashRing>();
            web.ring->addNode(QString::fromStdString(ctx.nodes[to].id));
            web.cacheLinks.push_back(link);
        }
        if (web.ring) {
            // The ring's indices follow the sorted ids; map each back to its link.
            std::vector<int> byRingIndex(web.cacheLinks.size());
            for (int link : web.cacheLinks)
                byRingIndex[static_cast<std::size_t>(web.ring->indexOf(QString::fromStdString(ctx.nodes[ctx.links[link].to].id)))] = link;
            web.cacheLinks = byRingIndex;
        }
    }
}

int CacheTier::linkFor(const std::vector<NodeRuntime> &nodes, const std::vector<LinkRuntime> &links, int webNode,
                       std::uint32_t key) const
{
    const CacheRoute &web = m_routes[webNode];
    if (!web.ring)
        return -1;
    const int owner = web.ring->nodeFor(key);
    if (owner < 0)
        return -1;
    const int link = web.cacheLinks[static_cast<std::size_t>(owner)];
    // Facebook's gutter pool: when a cache server is down its keys go to the gutter, not to
    // the database (the client sees the failed connection at once).
    if (!nodes[links[link].to].up && web.gutterLink >= 0)
        return web.gutterLink;
    return link;
}

CacheAnswer CacheTier::lookup(const EngineContext &ctx, int cache, std::uint32_t key, bool withFill)
{
    CacheNodeState &node = m_nodes[cache];
    CacheAnswer answer;
    if (withFill)
        if (const CacheEntry *entry = node.store->peek(key))
            answer.expiredFill = entry->filledAt;
    const CacheLookup found = node.store->lookup(key, ctx.now);
    if (found.result == CacheLookupResult::Expired) {
        ++m_counters.expirations;
        answer.expired = true;
        if (ctx.observer)
            ctx.announce(EngineEventKind::Expire, cache, "key=" + std::to_string(key));
    } else {
        answer.expiredFill = SimTime{-1};
    }
    if (found.hit()) {
        ++m_counters.hits;
        ++node.hits;
        answer.kind = CacheAnswer::Hit;
        answer.version = found.version;
        return answer;
    }
    if (node.leases) {
        const LeaseGrant grant = node.leases->onMiss(key, ctx.now);
        if (!grant.granted()) {
            // Someone else is loading this key: wait and ask again instead of piling onto the database.
            ++m_counters.leaseWaits;
            answer.kind = CacheAnswer::LeaseWait;
            return answer;
        }
        answer.leaseToken = grant.token;
    }
    ++m_counters.misses;
    ++node.misses;
    answer.kind = CacheAnswer::Miss;
    return answer;
}

bool CacheTier::joinLoad(int cache, std::uint32_t key, std::uint32_t slot)
{
    CacheNodeState &node = m_nodes[cache];
    const auto under = node.loading.find(key);
    if (under == node.loading.end())
        return false;
    // One load per key: this miss waits for the one already under way.
    ++m_counters.coalesced;
    under->second.waiters.push_back(slot);
    return true;
}

void CacheTier::startLoad(int cache, std::uint32_t key, std::uint32_t load, std::uint32_t firstWaiter)
{
    m_nodes[cache].loading.emplace(key, ReadThroughLoad{load, {firstWaiter}});
    ++m_counters.readThroughLoads;
}

std::vector<std::uint32_t> CacheTier::takeLoadWaiters(int cache, std::uint32_t key)
{
    CacheNodeState &node = m_nodes[cache];
    std::vector<std::uint32_t> waiters;
    if (const auto it = node.loading.find(key); it != node.loading.end()) {
        waiters = std::move(it->second.waiters);
        node.loading.erase(it);
    }
    return waiters;
}

void CacheTier::scheduleChange(EngineContext &ctx, int cache, std::uint32_t key, std::uint64_t version, CacheChangeKind kind,
                               SimTime at, std::uint64_t size, std::uint64_t leaseToken, SimTime readStart)
{
    const std::uint32_t index =
        m_changes.acquire(PendingCacheChange{cache, ctx.nodes[cache].epoch, key, version, kind, size, leaseToken, readStart});
    ctx.queue.push(at, kCacheChange, index);
}

PendingCacheChange CacheTier::takeChange(std::uint32_t index)
{
    const PendingCacheChange change = m_changes[index];
    m_changes.release(index);
    return change;
}

AppliedCacheChange CacheTier::applyChange(const EngineContext &ctx, const PendingCacheChange &change, std::uint64_t newest)
{
    AppliedCacheChange applied;
    const NodeRuntime &runtime = ctx.nodes[change.cache];
    if (!runtime.up || runtime.epoch != change.epoch)
        return applied;
    applied.reached = true;
    CacheNodeState &node = m_nodes[change.cache];
    switch (change.kind) {
    case CacheChangeKind::Fill:
        if (node.leases && !node.leases->set(change.key, change.leaseToken, ctx.now)) {
            // The key was deleted since this request read the database: its value may be stale.
            ++m_counters.staleSetsRefused;
            return applied;
        }
        // A fill never puts back an older value than the cache already has.
        if (const CacheEntry *e = node.store->peek(change.key); e && e->version >= change.version)
            return applied;
        applied.result = node.store->fill(change.key, change.version, change.size, ctx.now);
        applied.filled = true;
        if (runtime.type == NodeType::Cache && change.version < newest)
            ++m_counters.staleFills;  // a read that raced a write: stale until the next write or expiry
        break;
    case CacheChangeKind::Update:
        applied.result = node.store->update(change.key, change.version, ctx.now);
        break;
    case CacheChangeKind::Invalidate:
        if (node.leases)
            node.leases->invalidate(change.key);
        if (node.store->erase(change.key)) {
            ++m_counters.invalidations;
            applied.erased = true;
            if (ctx.observer)
                ctx.announce(EngineEventKind::Invalidate, change.cache, "key=" + std::to_string(change.key));
        }
        return applied;
    }
    countStoreChange(ctx, change.cache, applied.result);
    return applied;
}

void CacheTier::countStoreChange(const EngineContext &ctx, int cache, const CacheChange &result)
{
    m_counters.evictions += result.evicted.size();
    m_counters.expirations += result.expired.size();
    if (ctx.observer) {
        for (std::uint32_t key : result.evicted)
            ctx.announce(EngineEventKind::Evict, cache, "key=" + std::to_string(key));
        for (std::uint32_t key : result.expired)
            ctx.announce(EngineEventKind::Expire, cache, "key=" + std::to_string(key));
    }
}

CacheChange CacheTier::acceptWrite(EngineContext &ctx, int cache, const RequestRecord &write)
{
    // The cache takes the write and answers at once; the database hears of it after the delay.
    CacheNodeState &node = m_nodes[cache];
    const CacheChange result = node.store->fill(write.key, kDirtyVersion, 1, ctx.now);
    countStoreChange(ctx, cache, result);
    ++node.unflushed;
    ++node.dirty[write.key];
    ++m_counters.writeBacks;
    scheduleFlush(ctx, cache, write, ctx.now + node.writeBackDelay);
    return result;
}

void CacheTier::scheduleFlush(EngineContext &ctx, int cache, const RequestRecord &write, SimTime at)
{
    const std::uint32_t index = m_flushes.acquire(PendingFlush{cache, ctx.nodes[cache].epoch, write});
    ctx.queue.push(at, kWriteBackFlush, index);
}

std::optional<PendingFlush> CacheTier::takeFlush(const EngineContext &ctx, std::uint32_t index)
{
    const PendingFlush f = m_flushes[index];
    m_flushes.release(index);
    const NodeRuntime &cache = ctx.nodes[f.cache];
    if (!cache.up || cache.epoch != f.epoch)
        return std::nullopt;  // counted in write_back_lost when the cache died
    return f;
}

void CacheTier::flushCommitted(int cache, std::uint32_t key, std::uint64_t writeId, bool cacheAlive)
{
    ++m_counters.writeBackFlushed;
    if (!cacheAlive)
        return;
    CacheNodeState &node = m_nodes[cache];
    auto it = node.dirty.find(key);
    if (it != node.dirty.end() && --it->second == 0) {
        node.dirty.erase(it);
        // Committed, and no later write waits: the entry is the database's version now.
        if (const CacheEntry *e = node.store->peek(key); e && e->version == kDirtyVersion)
            node.store->relabel(key, writeId);
    }
}

void CacheTier::flushFailed(EngineContext &ctx, int cache, const RequestRecord &write, bool cacheAlive)
{
    CacheNodeState &node = m_nodes[cache];
    if (cacheAlive) {
        ++node.unflushed;  // still in the cache's memory: flush it again later
        scheduleFlush(ctx, cache, write, ctx.now + node.writeBackDelay);
    } else {
        ++m_counters.writeBackLost;
        ctx.announce(EngineEventKind::WriteBackLost, cache, "writes=1 key=" + std::to_string(write.key));
    }
}

std::map<std::uint32_t, ReadThroughLoad> CacheTier::died(int node)
{
    CacheNodeState &cache = m_nodes[node];
    cache.store->clear();  // memory is gone: it comes back cold
    if (cache.leases)
        cache.leases->clear();
    // The loads still out are void (the epoch moved on); their waiters are the request path's.
    std::map<std::uint32_t, ReadThroughLoad> loading = std::move(cache.loading);
    cache.loading.clear();
    return loading;
}

void CacheTier::loseUnflushed(const EngineContext &ctx, int node)
{
    CacheNodeState &cache = m_nodes[node];
    if (cache.unflushed > 0) {
        m_counters.writeBackLost += cache.unflushed;
        ctx.announce(EngineEventKind::WriteBackLost, node, "writes=" + std::to_string(cache.unflushed));
        cache.unflushed = 0;
    }
    cache.dirty.clear();
}

} // namespace scalelab
