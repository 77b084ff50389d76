// SPDX-License-Identifier: GPL-3.0-or-later
// Caches in the request path, cache-aside as a memcached client does it: a read asks the cache
// that owns its key (consistent hashing over the caches the web server links to); a hit answers
// at cache latency, a miss reads the database and the web server fills the cache afterwards.
// A write then deletes the key in every cache (invalidate), updates it (write_through) or
// leaves it to expire (none: reads of the old value are stale). A dead cache makes every read
// fall through to the database, and a revived one starts cold.
// Two strategies move work into the cache itself (caching libraries, DAX): read_through (the
// cache loads a miss from its own database, one load per key however many wait) and
// write_back (the cache acknowledges a write and flushes it later; dying first loses it).
// The caches' state and rules are the CacheTier's (core/caching); this file is the glue that
// moves request slots, asks replication what is newest, and keeps the causes.
#include "sim/simulation.h"

namespace scalelab {

namespace {
constexpr SimTime kLeaseRetryDelay = SimTime::fromMs(10);  // a memcache client's short sleep before asking again
}

void Simulation::setUpCaches()
{
    m_cacheTier.setUp(context());
}

int Simulation::cacheLinkFor(int webNode, std::uint32_t key) const
{
    return m_cacheTier.linkFor(m_nodes, m_links, webNode, key);
}

void Simulation::cacheLookup(std::uint32_t slot)
{
    Slot &s = m_slots[slot];
    s.rec.cacheNode = s.backend;
    const CacheAnswer found = m_cacheTier.lookup(context(), s.backend, s.rec.key, m_causes);
    if (found.expired && m_causes)
        noteCacheRemoval(s.backend, s.rec.key, MissReason::Expired);
    if (found.kind == CacheAnswer::Hit) {
        s.rec.cache = CacheResult::Hit;
        s.rec.version = found.version == CacheTier::kDirtyVersion ? 0 : found.version;  // not committed yet: no write id
        if (found.version < newestCommitted(s.rec.key)) {
            s.rec.stale = true;
            m_cacheTier.countStaleHit();
            if (m_causes)
                noteCacheLookup(s, found.version, SimTime{-1});
        }
        return;
    }
    if (found.kind == CacheAnswer::LeaseWait) {
        s.leaseWait = true;
        return;
    }
    if (m_cacheTier.nodeState(s.backend).leases)
        s.leaseToken = found.leaseToken;
    s.rec.cache = CacheResult::Miss;
    if (m_causes)
        noteCacheLookup(s, 0, found.expiredFill);
    if (m_cacheTier.readsThrough(s.backend))
        joinLoad(slot);
}

void Simulation::joinLoad(std::uint32_t slot)
{
    const int cacheNode = m_slots[slot].backend;
    const std::uint32_t key = m_slots[slot].rec.key;
    if (m_cacheTier.joinLoad(cacheNode, key, slot)) {
        m_slots[slot].loadWait = true;
        m_slots[slot].stage = Stage::BackendQueued;
        return;
    }
    const int dbLink = databaseLinkFor(cacheNode, Op::Read, key);
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
    l.loadEpoch = m_nodes[cacheNode].epoch;
    l.backendLink = dbLink;
    m_cacheTier.startLoad(cacheNode, key, load, slot);
    if (!send(load, dbLink, kAtBackend))
        releaseAfterLostSend(load);
}

void Simulation::cacheLoaded(std::uint32_t slot)
{
    Slot &l = m_slots[slot];
    const NodeRuntime &cache = m_nodes[l.loadCache];
    const bool alive = cache.up && cache.epoch == l.loadEpoch;
    if (l.rec.op == Op::Write) {
        flushReturned(slot, alive);
        return;
    }
    if (!alive) {  // the cache died meanwhile: its waiters were answered then
        freeSlot(slot);
        return;
    }
    const std::vector<std::uint32_t> waiters = m_cacheTier.takeLoadWaiters(l.loadCache, l.rec.key);
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
    Slot &s = m_slots[slot];
    s.rec.cacheNode = s.backend;
    EngineContext ctx = context();
    const CacheChange result = m_cacheTier.acceptWrite(ctx, s.backend, s.rec);
    noteStoreChange(s.backend, result);
}

void Simulation::flush(std::uint32_t index)
{
    EngineContext ctx = context();
    const std::optional<PendingFlush> pending = m_cacheTier.takeFlush(ctx, index);
    if (!pending)
        return;
    const PendingFlush &f = *pending;
    const int dbLink = databaseLinkFor(f.cache, Op::Write, f.write.key);
    if (dbLink < 0) {
        // No primary it links to: keep it, try again.
        m_cacheTier.scheduleFlush(ctx, f.cache, f.write, m_now + m_cacheTier.nodeState(f.cache).writeBackDelay);
        return;
    }
    m_cacheTier.flushSent(f.cache);  // on its way: the database commits it even if the cache dies now
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
    const Slot &l = m_slots[slot];
    if (l.pendingOutcome == Outcome::Ok)
        m_cacheTier.flushCommitted(l.loadCache, l.rec.key, l.writeId, cacheAlive);
    else
        cacheTripLost(slot);
    freeSlot(slot);
}

void Simulation::cacheTripLost(std::uint32_t slot)
{
    // A cache's own database call failed or vanished. Not freed here: the caller does.
    Slot &l = m_slots[slot];
    const NodeRuntime &cache = m_nodes[l.loadCache];
    const bool alive = cache.up && cache.epoch == l.loadEpoch;
    if (l.rec.op == Op::Write) {
        EngineContext ctx = context();
        m_cacheTier.flushFailed(ctx, l.loadCache, l.rec, alive);
        return;
    }
    if (!alive)
        return;
    // The load got no answer (a cut link): its waiters time out, as the cache's call did.
    const std::vector<std::uint32_t> waiters = m_cacheTier.takeLoadWaiters(l.loadCache, l.rec.key);
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
    s.fillCache = s.rec.cache == CacheResult::Miss && !m_cacheTier.readsThrough(m_links[s.cacheLink].to);
    s.stage = Stage::WebService;
    const int dbLink = databaseLinkFor(s.rec.server, s.rec.op, s.rec.key);
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
    if (m_replication.state().peerMode())
        return m_peerReplication.newestWriteOf(key);
    return m_replication.primaryVersion(key);
}

void Simulation::applyCacheChange(std::uint32_t index)
{
    applyCacheChange(m_cacheTier.takeChange(index));
}

void Simulation::applyCacheChange(const PendingCacheChange &change)
{
    const NodeType type = m_nodes[change.cache].type;
    // Only a fill into a cache is judged against the newest write (the tier reads it only then).
    const std::uint64_t newest = change.kind == CacheChangeKind::Fill && type == NodeType::Cache ? newestCommitted(change.key) : 0;
    const AppliedCacheChange applied = m_cacheTier.applyChange(context(), change, newest);
    if (!applied.reached)
        return;
    if (change.kind == CacheChangeKind::Invalidate) {
        if (m_causes && type == NodeType::Cache) {
            noteCacheInvalidation(change.cache, change.key, change.version);
            if (applied.erased)
                noteCacheRemoval(change.cache, change.key, MissReason::Invalidated, change.version);
        }
        return;
    }
    if (change.kind == CacheChangeKind::Fill && !applied.filled)
        return;  // refused by its lease, or older than what the cache holds
    noteStoreChange(change.cache, applied.result);
    if (m_causes && type == NodeType::Cache && applied.result.applied)
        noteCacheFill(change.cache, change.key, change.version, change.readStart);
}

void Simulation::noteStoreChange(int cacheNode, const CacheChange &result)
{
    if (m_causes) {
        for (std::uint32_t key : result.expired)
            noteCacheRemoval(cacheNode, key, MissReason::Expired);
        for (std::uint32_t key : result.evicted)
            noteCacheRemoval(cacheNode, key, MissReason::Evicted);
    }
}

void Simulation::afterDatabaseAnswer(std::uint32_t slot)
{
    // Runs when the web server has the database's answer (webDone).
    Slot &s = m_slots[slot];
    if (s.pendingOutcome != Outcome::Ok)
        return;
    EngineContext ctx = context();
    if (s.rec.op == Op::Read && s.fillCache) {
        const int link = s.cacheLink;
        if (link >= 0 && s.rec.db >= 0)
            m_cacheTier.scheduleChange(ctx, m_links[link].to, s.rec.key, s.readVersion, CacheChangeKind::Fill,
                                       m_now + m_links[link].latency, 1, s.leaseToken, s.rec.start);
    } else if (s.rec.op == Op::Write && s.writeId > 0) {
        for (int link : m_cacheTier.route(s.rec.server).cacheLinks) {
            const int cache = m_links[link].to;
            switch (m_cacheTier.writePolicy(cache)) {
            case WritePolicy::WriteBack:  // a write that reached the database without it (it was down)
            case WritePolicy::Invalidate:
                m_cacheTier.scheduleChange(ctx, cache, s.rec.key, s.writeId, CacheChangeKind::Invalidate, m_now + m_links[link].latency);
                break;
            case WritePolicy::WriteThrough:
                m_cacheTier.scheduleChange(ctx, cache, s.rec.key, s.writeId, CacheChangeKind::Update, m_now + m_links[link].latency);
                break;
            case WritePolicy::None:
                break;
            }
        }
    }
}

void Simulation::cacheDied(int node)
{
    // Reads waiting for a load hear the connection reset, as queued ones do; their web servers
    // then read the database themselves.
    const std::map<std::uint32_t, ReadThroughLoad> loading = m_cacheTier.died(node);
    for (const auto &[key, load] : loading) {
        for (std::uint32_t waiter : load.waiters) {
            m_slots[waiter].loadWait = false;
            if (m_slots[waiter].finished)
                freeSlot(waiter);
            else
                failBackendRequest(waiter, Outcome::Error, node);
        }
    }
    m_cacheTier.loseUnflushed(context(), node);
}

} // namespace scalelab
