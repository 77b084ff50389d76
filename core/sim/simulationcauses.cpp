// Cause tracing: what the engine knows, at the moment a request goes wrong, about why. Only
// called when the observer wants causes (m_causes), so a headless run never gets here.
#include "sim/simulation.h"

#include <algorithm>

namespace scalelab {

namespace {
std::uint64_t fateKey(int cache, std::uint32_t key)
{
    return (static_cast<std::uint64_t>(static_cast<std::uint32_t>(cache)) << 32) | key;
}
} // namespace

std::string_view causeKindName(CauseKind kind)
{
    switch (kind) {
    case CauseKind::StaleReplica: return "stale_read";
    case CauseKind::StaleCache: return "stale_cache_hit";
    case CauseKind::CacheMiss: return "cache_miss";
    case CauseKind::Failure: return "failure";
    }
    return {};
}

std::string_view missReasonName(MissReason reason)
{
    switch (reason) {
    case MissReason::Cold: return "cold";
    case MissReason::Restarted: return "restarted";
    case MissReason::Evicted: return "evicted";
    case MissReason::Expired: return "expired";
    case MissReason::Invalidated: return "invalidated";
    }
    return {};
}

std::string_view failureReasonName(FailureReason reason)
{
    switch (reason) {
    case FailureReason::NodeDown: return "node_down";
    case FailureReason::Partitioned: return "partitioned";
    case FailureReason::QueueFull: return "queue_full";
    case FailureReason::ClientTimeout: return "client_timeout";
    case FailureReason::NoRoute: return "no_route";
    }
    return {};
}

std::int64_t Simulation::commitTimeOf(std::uint64_t writeId, std::uint32_t key, int *origin) const
{
    // The binlog window still holds a write some replica lacks; else the authority's ledger.
    if (const std::int64_t inWindow = m_replication.windowCommitUs(writeId, origin); inWindow >= 0)
        return inWindow;
    if (m_replication.state().peerMode()) {
        if (const PeerWrite *w = m_peerReplication.peerWrite(key, writeId)) {
            *origin = w->origin;
            return w->commitUs;
        }
        return -1;
    }
    const int primary = m_replication.primary();
    if (primary >= 0 && m_replication.database(primary).ledger.version(key) == writeId) {
        *origin = primary;
        return m_replication.database(primary).ledger.commitUs(key);
    }
    return -1;
}

void Simulation::noteFailure(const Slot &s, Outcome outcome, int failedAt, bool gaveUpWaiting)
{
    RequestCause cause;
    cause.request = s.rec.id;
    cause.kind = CauseKind::Failure;
    cause.at = m_now;
    cause.node = failedAt;
    cause.key = s.rec.key;
    cause.outcome = outcome;
    if (gaveUpWaiting) {
        cause.failure = FailureReason::ClientTimeout;
    } else if (outcome == Outcome::Dropped) {
        cause.failure = FailureReason::QueueFull;
    } else if (outcome == Outcome::Timeout) {
        // Every other timeout is a request sent over a cut link: name the link and when it was cut.
        cause.failure = FailureReason::Partitioned;
        for (const LinkRuntime &link : m_links) {
            if ((link.from != failedAt && link.to != failedAt) || link.partitionChanges.empty())
                continue;
            if (!link.partitionedAt(m_now) && !link.partitionedAt(s.rec.start))
                continue;
            cause.peer = link.from == failedAt ? link.to : link.from;
            for (const auto &[when, cut] : link.partitionChanges)
                if (cut && when <= m_now)
                    cause.since = when;
            break;
        }
    } else if (failedAt >= 0 && (!m_nodes[failedAt].up || (m_nodes[failedAt].epoch > 0 && m_nodes[failedAt].killedAt >= s.rec.start))) {
        cause.failure = FailureReason::NodeDown;
        cause.since = m_nodes[failedAt].killedAt;
    } else {
        cause.failure = FailureReason::NoRoute;
    }
    m_observer->requestCause(cause);
}

void Simulation::noteStaleRead(const Slot &s, std::uint64_t held, std::uint64_t newest)
{
    RequestCause cause;
    cause.request = s.rec.id;
    cause.kind = CauseKind::StaleReplica;
    cause.at = m_now;
    cause.node = s.backend;
    cause.key = s.rec.key;
    cause.heldVersion = held;
    cause.missingWrite = newest;
    int origin = kNoNode;
    cause.committedAt = SimTime::fromUs(commitTimeOf(newest, s.rec.key, &origin));
    cause.origin = origin;
    m_observer->requestCause(cause);
}

void Simulation::noteCacheLookup(const Slot &s, std::uint64_t version, SimTime expiredFill)
{
    const int cache = s.backend;
    RequestCause cause;
    cause.request = s.rec.id;
    cause.at = m_now;
    cause.node = cache;
    cause.key = s.rec.key;
    const auto fate = m_keyFates.find(fateKey(cache, s.rec.key));
    if (s.rec.cache == CacheResult::Hit) {
        // A stale hit: the value held is older than the newest committed write.
        cause.kind = CauseKind::StaleCache;
        cause.heldVersion = version;
        cause.missingWrite = newestCommitted(s.rec.key);
        int origin = kNoNode;
        cause.committedAt = SimTime::fromUs(commitTimeOf(cause.missingWrite, s.rec.key, &origin));
        cause.origin = origin;
        if (const CacheEntry *entry = m_nodes[cache].cache->peek(s.rec.key))
            cause.filledAt = entry->filledAt;
        if (fate != m_keyFates.end() && fate->second.filledAt == cause.filledAt)
            cause.racedWrite = fate->second.racedWrite;
        m_observer->requestCause(cause);
        return;
    }
    cause.kind = CauseKind::CacheMiss;
    const NodeRuntime &node = m_nodes[cache];
    if (expiredFill.us >= 0) {
        cause.miss = MissReason::Expired;
        cause.filledAt = expiredFill;
        cause.removedAt = expiredFill + node.cache->ttl();
    } else if (fate != m_keyFates.end()) {
        const KeyFate &f = fate->second;
        const SimTime last = std::max(f.filledAt, f.removedAt);
        cause.filledAt = f.filledAt;
        if (node.epoch > 0 && node.killedAt >= last) {
            cause.miss = MissReason::Restarted;
            cause.removedAt = node.killedAt;
        } else {
            cause.miss = f.removal;
            cause.removedAt = f.removedAt;
            cause.removedBy = f.removedBy;
        }
    } else if (node.epoch > 0) {
        cause.miss = MissReason::Restarted;
        cause.removedAt = node.killedAt;
    }
    m_observer->requestCause(cause);
}

void Simulation::noteCacheFill(int cache, std::uint32_t key, std::uint64_t version, SimTime readStart)
{
    KeyFate &fate = m_keyFates[fateKey(cache, key)];
    fate.filledAt = m_now;
    fate.removedAt = SimTime{-1};
    fate.removedBy = 0;
    fate.removal = MissReason::Cold;
    // A fill older than an invalidation the cache has already seen, from a read that began
    // before that write committed: the read-write race memcache leases close. (A read begun
    // after the commit got its old value from a lagging replica instead.)
    fate.racedWrite = 0;
    if (readStart.us >= 0 && version < fate.invalidatedBy) {
        int origin = kNoNode;
        const std::int64_t committed = commitTimeOf(fate.invalidatedBy, key, &origin);
        if (committed < 0 || readStart.us < committed)
            fate.racedWrite = fate.invalidatedBy;
    }
}

void Simulation::noteCacheInvalidation(int cache, std::uint32_t key, std::uint64_t byWrite)
{
    // Every invalidation that arrives counts, held or not: the racing read's fill comes after.
    KeyFate &fate = m_keyFates[fateKey(cache, key)];
    fate.invalidatedBy = std::max(fate.invalidatedBy, byWrite);
}

void Simulation::noteCacheRemoval(int cache, std::uint32_t key, MissReason how, std::uint64_t byWrite)
{
    KeyFate &fate = m_keyFates[fateKey(cache, key)];
    fate.removal = how;
    fate.removedBy = byWrite;
    // An expiry is found late (at the next lookup or fill); it happened at fill + TTL.
    fate.removedAt = how == MissReason::Expired && fate.filledAt.us >= 0 ? fate.filledAt + m_nodes[cache].cache->ttl() : m_now;
}

} // namespace scalelab
