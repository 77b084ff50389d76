// Caches in the request path, cache-aside as a memcached client does it: a read asks the cache
// that owns its key (consistent hashing over the caches the web server links to); a hit answers
// at cache latency, a miss reads the database and the web server fills the cache afterwards.
// A write then deletes the key in every cache (invalidate), updates it (write_through) or
// leaves it to expire (none: reads of the old value are stale). A dead cache makes every read
// fall through to the database, and a revived one starts cold.
#include "sim/simulation.h"

namespace scalelab {

namespace {
constexpr SimTime kLeaseRetryDelay = SimTime::fromMs(10);  // a memcache client's short sleep before asking again
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
                           : spec.writePolicy == QLatin1String("none")        ? WritePolicy::None
                                                                              : WritePolicy::Invalidate;
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
            announce("expire", s.backend, "key=" + std::to_string(s.rec.key));
    } else {
        expiredFill = SimTime{-1};
    }
    if (found.hit()) {
        ++m_cacheCounters.hits;
        ++node.cacheHits;
        s.rec.cache = CacheResult::Hit;
        s.rec.version = found.version;
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
    if (s.rec.cache == CacheResult::Hit) {
        webDone(slot);
        return;
    }
    // A miss, or the cache is down or full: read the database, then fill the cache.
    s.pendingOutcome = Outcome::Ok;
    s.pendingFailedAt = kNoNode;
    s.fillCache = s.rec.cache == CacheResult::Miss;
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
    std::uint32_t index;
    if (!m_freeCacheChanges.empty()) {
        index = m_freeCacheChanges.back();
        m_freeCacheChanges.pop_back();
    } else {
        index = static_cast<std::uint32_t>(m_cacheChanges.size());
        m_cacheChanges.emplace_back();
    }
    m_cacheChanges[index] = PendingCacheChange{cacheNode, m_nodes[cacheNode].epoch, key, version, kind, size, leaseToken, readStart};
    m_queue.push(at, kCacheChange, index);
}

void Simulation::applyCacheChange(std::uint32_t index)
{
    const PendingCacheChange change = m_cacheChanges[index];
    m_freeCacheChanges.push_back(index);
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
                announce("invalidate", change.cache, "key=" + std::to_string(change.key));
        }
        return;
    }
    if (node.type == NodeType::CdnEdge) {
        m_cdnCounters.evictions += result.evicted.size();
    } else {
        m_cacheCounters.evictions += result.evicted.size();
        m_cacheCounters.expirations += result.expired.size();
        if (m_causes) {
            for (std::uint32_t key : result.expired)
                noteCacheRemoval(change.cache, key, MissReason::Expired);
            for (std::uint32_t key : result.evicted)
                noteCacheRemoval(change.cache, key, MissReason::Evicted);
            if (result.applied)
                noteCacheFill(change.cache, change.key, change.version, change.readStart);
        }
    }
    if (m_observer) {
        for (std::uint32_t key : result.evicted)
            announce("evict", change.cache, "key=" + std::to_string(key));
        for (std::uint32_t key : result.expired)
            announce("expire", change.cache, "key=" + std::to_string(key));
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
    m_nodes[node].cache->clear();  // memory is gone: it comes back cold
    m_nodes[node].fetching.clear();  // an edge's fetches under way die with it (their fills are void: epoch)
    if (m_nodes[node].leases)
        m_nodes[node].leases->clear();
}

} // namespace scalelab
