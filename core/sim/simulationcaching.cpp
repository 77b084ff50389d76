// Caches in the request path, cache-aside as a memcached client does it: a read asks the cache
// that owns its key (consistent hashing over the caches the web server links to); a hit answers
// at cache latency, a miss reads the database and the web server fills the cache afterwards.
// A write then deletes the key in every cache (invalidate), updates it (write_through) or
// leaves it to expire (none: reads of the old value are stale). A dead cache makes every read
// fall through to the database, and a revived one starts cold.
// Two strategies move work into the cache itself (caching libraries, DAX): read_through (the
// cache loads a miss from its own database, one load per key however many wait) and
// write_back (the cache acknowledges a write and flushes it later; dying first loses it).
#include "sim/simulation.h"

#include <limits>

namespace scalelab {

namespace {
/// Ends a read_through load of `key`: the misses that waited for it, the first one first.
std::vector<std::uint32_t> takeLoadWaiters(NodeRuntime &cache, std::uint32_t key)
{
    std::vector<std::uint32_t> waiters;
    if (const auto it = cache.loading.find(key); it != cache.loading.end()) {
        waiters = std::move(it->second.waiters);
        cache.loading.erase(it);
    }
    return waiters;
}

constexpr SimTime kLeaseRetryDelay = SimTime::fromMs(10);  // a memcache client's short sleep before asking again
// A write_back entry not yet committed is newer than anything the database has: never stale,
// and no fill of an older database value replaces it.
constexpr std::uint64_t kDirtyVersion = std::numeric_limits<std::uint64_t>::max();
}

void Simulation::setUpCaches()
{
    for (int i = 0; i < nodeCount(); ++i) {
        const NodeSpec &spec = m_topology.nodes[i];
        NodeRuntime &node = m_nodes[i];
        if (spec.type != NodeType::Cache || node.servesSessions)
            continue;
        const EvictionPolicy policy = spec.eviction == QLatin1String("lfu")    ? EvictionPolicy::Lfu
                                      : spec.eviction == QLatin1String("fifo") ? EvictionPolicy::Fifo
                                                                               : EvictionPolicy::Lru;
        const SimTime ttl = spec.ttlS > 0 ? SimTime::fromS(spec.ttlS) : CacheStore::kNoTtl;
        node.cache = std::make_unique<CacheStore>(policy, static_cast<std::uint64_t>(spec.capacity), ttl);
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
    for (int i = 0; i < nodeCount(); ++i) {
        NodeRuntime &web = m_nodes[i];
        if (web.type != NodeType::WebServer)
            continue;
        for (int link = 0; link < linkCount(); ++link) {
            const NodeRuntime &to = m_nodes[m_links[link].to];
            if (m_links[link].from != i || to.type != NodeType::Cache || !to.cache)
                continue;
            if (m_topology.nodes[m_links[link].to].gutter) {
                web.gutterLink = link;  // not in the ring: it only stands in for a dead server
                continue;
            }
            if (!web.cacheRing)
                web.cacheRing = std::make_unique<ConsistentHashRing>();
            web.cacheRing->addNode(QString::fromStdString(m_nodes[m_links[link].to].id));
            web.cacheLinks.push_back(link);
        }
        if (web.cacheRing) {
            // The ring's indices follow the sorted ids; map each back to its link.
            std::vector<int> byRingIndex(web.cacheLinks.size());
            for (int link : web.cacheLinks)
                byRingIndex[static_cast<std::size_t>(web.cacheRing->indexOf(QString::fromStdString(m_nodes[m_links[link].to].id)))] = link;
            web.cacheLinks = byRingIndex;
        }
    }
}

int Simulation::cacheLinkFor(int webNode, std::uint32_t key) const
{
    const NodeRuntime &web = m_nodes[webNode];
    if (!web.cacheRing)
        return -1;
    const int owner = web.cacheRing->nodeFor(key);
    if (owner < 0)
        return -1;
    const int link = web.cacheLinks[static_cast<std::size_t>(owner)];
    // Facebook's gutter pool: when a cache server is down its keys go to the gutter, not to
    // the database (the client sees the failed connection at once).
    if (!m_nodes[m_links[link].to].up && web.gutterLink >= 0)
        return web.gutterLink;
    return link;
}

void Simulation::cacheLookup(std::uint32_t slot)
{
    Slot &s = m_slots[slot];
    NodeRuntime &node = m_nodes[s.backend];
    s.rec.cacheNode = s.backend;
    SimTime expiredFill{-1};  // causes: when the entry a lookup finds expired was filled
    if (m_causes)
        if (const CacheEntry *entry = node.cache->peek(s.rec.key))
            expiredFill = entry->filledAt;
    const CacheLookup found = node.cache->lookup(s.rec.key, m_now);
    if (found.result == CacheLookupResult::Expired) {
        ++m_cacheCounters.expirations;
        if (m_causes)
            noteCacheRemoval(s.backend, s.rec.key, MissReason::Expired);
        if (m_observer)
            announce(EngineEventKind::Expire, s.backend, "key=" + std::to_string(s.rec.key));
    } else {
        expiredFill = SimTime{-1};
    }
    if (found.hit()) {
        ++m_cacheCounters.hits;
        ++node.cacheHits;
        s.rec.cache = CacheResult::Hit;
        s.rec.version = found.version == kDirtyVersion ? 0 : found.version;  // not committed yet: no write id
        if (found.version < newestCommitted(s.rec.key)) {
            s.rec.stale = true;
            ++m_cacheCounters.staleHits;
            if (m_causes)
                noteCacheLookup(s, found.version, SimTime{-1});
        }
        return;
    }
    if (node.leases) {
        const LeaseGrant grant = node.leases->onMiss(s.rec.key, m_now);
        if (!grant.granted()) {
            // Someone else is loading this key: wait and ask again instead of piling onto the database.
            ++m_cacheCounters.leaseWaits;
            s.leaseWait = true;
            return;
        }
        s.leaseToken = grant.token;
    }
    ++m_cacheCounters.misses;
    ++node.cacheMisses;
    s.rec.cache = CacheResult::Miss;
    if (m_causes)
        noteCacheLookup(s, 0, expiredFill);
    if (node.readThrough)
        joinLoad(slot);
}

void Simulation::joinLoad(std::uint32_t slot)
{
    const int cacheNode = m_slots[slot].backend;
    const std::uint32_t key = m_slots[slot].rec.key;
    NodeRuntime &cache = m_nodes[cacheNode];
    if (const auto under = cache.loading.find(key); under != cache.loading.end()) {
        // One load per key: this miss waits for the one already under way.
        ++m_cacheCounters.coalesced;
        m_slots[slot].loadWait = true;
        m_slots[slot].stage = Stage::BackendQueued;
        under->second.waiters.push_back(slot);
        return;
    }
    const int dbLink = databaseLinkFor(cacheNode, Op::Read);
    if (dbLink < 0 || m_links[dbLink].partitioned) {
        // No database to load from, or the link to it is cut: the cache answers with the
        // failure at once (an error, or a timeout for the cut link).
        m_slots[slot].throughAnswer = true;
        m_slots[slot].pendingOutcome = dbLink < 0 ? Outcome::Error : Outcome::Timeout;
        m_slots[slot].pendingFailedAt = cacheNode;
        return;
    }
    const std::uint32_t load = allocateSlot();  // may grow the pool: index, not reference, from here
    Slot &waiter = m_slots[slot];
    waiter.loadWait = true;
    waiter.stage = Stage::BackendQueued;
    Slot &l = m_slots[load];
    l.rec.id = waiter.rec.id;  // the GUI draws the load as part of the read that missed first
    l.rec.start = m_now;
    l.rec.op = Op::Read;
    l.rec.key = key;
    l.rec.clientsNode = waiter.rec.clientsNode;
    l.rec.user = waiter.rec.user;
    l.clientTimeout = waiter.clientTimeout;
    l.loadCache = cacheNode;
    l.loadEpoch = cache.epoch;
    l.backendLink = dbLink;
    cache.loading.emplace(key, ReadThroughLoad{load, {slot}});
    ++m_cacheCounters.readThroughLoads;
    if (!send(load, dbLink, kAtBackend))
        releaseAfterLostSend(load);
}

void Simulation::cacheLoaded(std::uint32_t slot)
{
    Slot &l = m_slots[slot];
    NodeRuntime &cache = m_nodes[l.loadCache];
    const bool alive = cache.up && cache.epoch == l.loadEpoch;
    if (l.rec.op == Op::Write) {
        flushReturned(slot, alive);
        return;
    }
    if (!alive) {  // the cache died meanwhile: its waiters were answered then
        freeSlot(slot);
        return;
    }
    const std::vector<std::uint32_t> waiters = takeLoadWaiters(cache, l.rec.key);
    if (l.pendingOutcome == Outcome::Ok)
        applyCacheChange(PendingCacheChange{l.loadCache, cache.epoch, l.rec.key, l.readVersion, CacheChangeKind::Fill, 1, 0});
    for (std::size_t i = 0; i < waiters.size(); ++i)
        answerFromLoad(waiters[i], m_slots[slot], i == 0);
    freeSlot(slot);
}

void Simulation::answerFromLoad(std::uint32_t waiter, const RequestSlot &load, bool first)
{
    Slot &s = m_slots[waiter];
    if (s.finished) {  // its web server died while it waited
        freeSlot(waiter);
        return;
    }
    s.loadWait = false;
    s.throughAnswer = true;
    s.pendingOutcome = load.pendingOutcome;
    s.pendingFailedAt = load.pendingFailedAt;
    if (load.pendingOutcome == Outcome::Ok) {
        s.readVersion = load.readVersion;
        s.rec.version = load.readVersion;
        // All get the one database read, stale or not as it was when the database answered
        // (as a cache-aside read is judged); the first that missed carries it in the trace.
        s.rec.stale = load.rec.stale;
        if (first)
            s.rec.db = load.rec.db;
    }
    if (!send(waiter, s.backendLink, kCacheAnswer))
        releaseAfterLostSend(waiter);
}

void Simulation::acceptWriteBack(std::uint32_t slot)
{
    // The cache takes the write and answers at once; the database hears of it after the delay.
    Slot &s = m_slots[slot];
    NodeRuntime &cache = m_nodes[s.backend];
    s.rec.cacheNode = s.backend;
    const CacheChange result = cache.cache->fill(s.rec.key, kDirtyVersion, 1, m_now);
    countCacheStoreChange(s.backend, result);
    ++cache.unflushed;
    ++cache.dirty[s.rec.key];
    ++m_cacheCounters.writeBacks;
    scheduleFlush(s.backend, s.rec, m_now + cache.writeBackDelay);
}

void Simulation::scheduleFlush(int cacheNode, const RequestRecord &write, SimTime at)
{
    const std::uint32_t index = m_flushes.acquire(PendingFlush{cacheNode, m_nodes[cacheNode].epoch, write});
    m_queue.push(at, kWriteBackFlush, index);
}

void Simulation::flush(std::uint32_t index)
{
    const PendingFlush f = m_flushes[index];
    m_flushes.release(index);
    NodeRuntime &cache = m_nodes[f.cache];
    if (!cache.up || cache.epoch != f.epoch)
        return;  // counted in write_back_lost when the cache died
    const int dbLink = databaseLinkFor(f.cache, Op::Write);
    if (dbLink < 0) {
        scheduleFlush(f.cache, f.write, m_now + cache.writeBackDelay);  // no primary it links to: keep it, try again
        return;
    }
    --cache.unflushed;  // on its way: the database commits it even if the cache dies now
    const std::uint32_t trip = allocateSlot();
    Slot &l = m_slots[trip];
    l.rec = f.write;
    l.rec.start = m_now;
    l.rec.server = kNoNode;
    l.rec.db = kNoNode;
    l.loadCache = f.cache;
    l.loadEpoch = f.epoch;
    l.backendLink = dbLink;
    if (!send(trip, dbLink, kAtBackend))
        releaseAfterLostSend(trip);
}

void Simulation::flushReturned(std::uint32_t slot, bool cacheAlive)
{
    Slot &l = m_slots[slot];
    NodeRuntime &cache = m_nodes[l.loadCache];
    if (l.pendingOutcome == Outcome::Ok) {
        ++m_cacheCounters.writeBackFlushed;
        if (cacheAlive) {
            auto it = cache.dirty.find(l.rec.key);
            if (it != cache.dirty.end() && --it->second == 0) {
                cache.dirty.erase(it);
                // Committed, and no later write waits: the entry is the database's version now.
                if (const CacheEntry *e = cache.cache->peek(l.rec.key); e && e->version == kDirtyVersion)
                    cache.cache->relabel(l.rec.key, l.writeId);
            }
        }
    } else {
        cacheTripLost(slot);
    }
    freeSlot(slot);
}

void Simulation::cacheTripLost(std::uint32_t slot)
{
    // A cache's own database call failed or vanished. Not freed here: the caller does.
    Slot &l = m_slots[slot];
    NodeRuntime &cache = m_nodes[l.loadCache];
    const bool alive = cache.up && cache.epoch == l.loadEpoch;
    if (l.rec.op == Op::Write) {
        if (alive) {
            ++cache.unflushed;  // still in the cache's memory: flush it again later
            scheduleFlush(l.loadCache, l.rec, m_now + cache.writeBackDelay);
        } else {
            ++m_cacheCounters.writeBackLost;
            announce(EngineEventKind::WriteBackLost, l.loadCache, "writes=1 key=" + std::to_string(l.rec.key));
        }
        return;
    }
    if (!alive)
        return;
    // The load got no answer (a cut link): its waiters time out, as the cache's call did.
    const std::vector<std::uint32_t> waiters = takeLoadWaiters(cache, l.rec.key);
    l.pendingOutcome = Outcome::Timeout;
    l.pendingFailedAt = l.loadCache;
    for (std::size_t i = 0; i < waiters.size(); ++i)
        answerFromLoad(waiters[i], m_slots[slot], i == 0);
}

void Simulation::retryCache(std::uint32_t slot)
{
    Slot &s = m_slots[slot];
    if (s.finished) {
        freeSlot(slot);
        return;
    }
    s.cacheCall = true;
    if (!send(slot, s.backendLink, kAtBackend))
        releaseAfterLostSend(slot);
}

void Simulation::cacheAnswered(std::uint32_t slot)
{
    Slot &s = m_slots[slot];
    if (s.finished) {
        freeSlot(slot);
        return;
    }
    if (s.leaseWait && s.pendingOutcome == Outcome::Ok) {
        s.leaseWait = false;
        s.cacheCall = false;
        s.stage = Stage::WebService;
        m_queue.pushAfter(m_now, kLeaseRetryDelay, kCacheRetry, slot);
        return;
    }
    s.leaseWait = false;
    s.cacheCall = false;
    const bool writeTaken = s.writeBack && s.pendingOutcome == Outcome::Ok;
    if (s.rec.cache == CacheResult::Hit || s.throughAnswer || writeTaken) {
        webDone(slot);
        return;
    }
    // A miss, or the cache is down or full: read (or write) the database; after a read the
    // web server fills a cache_aside cache.
    s.writeBack = false;
    s.pendingOutcome = Outcome::Ok;
    s.pendingFailedAt = kNoNode;
    s.fillCache = s.rec.cache == CacheResult::Miss && !m_nodes[m_links[s.cacheLink].to].readThrough;
    s.stage = Stage::WebService;
    const int dbLink = databaseLinkFor(s.rec.server, s.rec.op);
    if (dbLink < 0) {
        webDone(slot);
        return;
    }
    s.backendLink = dbLink;
    if (!send(slot, dbLink, kAtBackend))
        releaseAfterLostSend(slot);
}

std::uint64_t Simulation::newestCommitted(std::uint32_t key) const
{
    if (m_replication.peerMode())
        return newestWriteOf(key);
    const int primary = m_replication.primary;
    return primary >= 0 ? m_nodes[primary].ledger.version(key) : 0;
}

void Simulation::scheduleCacheChange(int cacheNode, std::uint32_t key, std::uint64_t version, CacheChangeKind kind, SimTime at,
                                     std::uint64_t size, std::uint64_t leaseToken, SimTime readStart)
{
    const std::uint32_t index = m_cacheChanges.acquire(PendingCacheChange{cacheNode, m_nodes[cacheNode].epoch, key, version, kind, size, leaseToken, readStart});
    m_queue.push(at, kCacheChange, index);
}

void Simulation::applyCacheChange(std::uint32_t index)
{
    const PendingCacheChange change = m_cacheChanges[index];
    m_cacheChanges.release(index);
    applyCacheChange(change);
}

void Simulation::applyCacheChange(const PendingCacheChange &change)
{
    NodeRuntime &node = m_nodes[change.cache];
    if (!node.up || node.epoch != change.epoch)
        return;
    if (change.kind == CacheChangeKind::Fill && node.type == NodeType::CdnEdge) {
        // The edge's fetch has landed: later misses for this key start a new one.
        if (const auto it = node.fetching.find(change.key); it != node.fetching.end() && it->second == m_now)
            node.fetching.erase(it);
    }
    CacheChange result;
    switch (change.kind) {
    case CacheChangeKind::Fill:
        if (node.leases && !node.leases->set(change.key, change.leaseToken, m_now)) {
            // The key was deleted since this request read the database: its value may be stale.
            ++m_cacheCounters.staleSetsRefused;
            return;
        }
        // A fill never puts back an older value than the cache already has.
        if (const CacheEntry *e = node.cache->peek(change.key); e && e->version >= change.version)
            return;
        result = node.cache->fill(change.key, change.version, change.size, m_now);
        if (node.type == NodeType::Cache && change.version < newestCommitted(change.key))
            ++m_cacheCounters.staleFills;  // a read that raced a write: stale until the next write or expiry
        break;
    case CacheChangeKind::Update:
        result = node.cache->update(change.key, change.version, m_now);
        break;
    case CacheChangeKind::Invalidate:
        if (m_causes && node.type == NodeType::Cache)
            noteCacheInvalidation(change.cache, change.key, change.version);
        if (node.leases)
            node.leases->invalidate(change.key);
        if (node.cache->erase(change.key)) {
            ++m_cacheCounters.invalidations;
            if (m_causes && node.type == NodeType::Cache)
                noteCacheRemoval(change.cache, change.key, MissReason::Invalidated, change.version);
            if (m_observer)
                announce(EngineEventKind::Invalidate, change.cache, "key=" + std::to_string(change.key));
        }
        return;
    }
    countCacheStoreChange(change.cache, result);
    if (m_causes && node.type == NodeType::Cache && result.applied)
        noteCacheFill(change.cache, change.key, change.version, change.readStart);
}

void Simulation::countCacheStoreChange(int cacheNode, const CacheChange &result)
{
    if (m_nodes[cacheNode].type == NodeType::CdnEdge) {
        m_cdnCounters.evictions += result.evicted.size();
    } else {
        m_cacheCounters.evictions += result.evicted.size();
        m_cacheCounters.expirations += result.expired.size();
        if (m_causes) {
            for (std::uint32_t key : result.expired)
                noteCacheRemoval(cacheNode, key, MissReason::Expired);
            for (std::uint32_t key : result.evicted)
                noteCacheRemoval(cacheNode, key, MissReason::Evicted);
        }
    }
    if (m_observer) {
        for (std::uint32_t key : result.evicted)
            announce(EngineEventKind::Evict, cacheNode, "key=" + std::to_string(key));
        for (std::uint32_t key : result.expired)
            announce(EngineEventKind::Expire, cacheNode, "key=" + std::to_string(key));
    }
}

void Simulation::afterDatabaseAnswer(std::uint32_t slot)
{
    // Runs when the web server has the database's answer (webDone).
    Slot &s = m_slots[slot];
    if (s.pendingOutcome != Outcome::Ok)
        return;
    const NodeRuntime &web = m_nodes[s.rec.server];
    if (s.rec.op == Op::Read && s.fillCache) {
        const int link = s.cacheLink;
        if (link >= 0 && s.rec.db >= 0)
            scheduleCacheChange(m_links[link].to, s.rec.key, s.readVersion, CacheChangeKind::Fill, m_now + m_links[link].latency, 1,
                                s.leaseToken, s.rec.start);
    } else if (s.rec.op == Op::Write && s.writeId > 0) {
        for (int link : web.cacheLinks) {
            const int cache = m_links[link].to;
            switch (m_nodes[cache].writePolicy) {
            case WritePolicy::WriteBack:  // a write that reached the database without it (it was down)
            case WritePolicy::Invalidate:
                scheduleCacheChange(cache, s.rec.key, s.writeId, CacheChangeKind::Invalidate, m_now + m_links[link].latency);
                break;
            case WritePolicy::WriteThrough:
                scheduleCacheChange(cache, s.rec.key, s.writeId, CacheChangeKind::Update, m_now + m_links[link].latency);
                break;
            case WritePolicy::None:
                break;
            }
        }
    }
}

void Simulation::cacheDied(int node)
{
    NodeRuntime &cache = m_nodes[node];
    cache.cache->clear();  // memory is gone: it comes back cold
    cache.fetching.clear();  // an edge's fetches under way die with it (their fills are void: epoch)
    if (cache.leases)
        cache.leases->clear();
    // Reads waiting for a load hear the connection reset, as queued ones do; their web servers
    // then read the database themselves. The loads still out are void (the epoch moved on).
    const std::map<std::uint32_t, ReadThroughLoad> loading = std::move(cache.loading);
    cache.loading.clear();
    for (const auto &[key, load] : loading) {
        for (std::uint32_t waiter : load.waiters) {
            m_slots[waiter].loadWait = false;
            if (m_slots[waiter].finished)
                freeSlot(waiter);
            else
                failBackendRequest(waiter, Outcome::Error, node);
        }
    }
    if (cache.unflushed > 0) {
        m_cacheCounters.writeBackLost += cache.unflushed;
        announce(EngineEventKind::WriteBackLost, node, "writes=" + std::to_string(cache.unflushed));
        cache.unflushed = 0;
    }
    cache.dirty.clear();
}

} // namespace scalelab
