// SPDX-License-Identifier: GPL-3.0-or-later
// The engine's side of cause tracing: gathers what a cause needs from the request, the
// caches and the replication state, and hands it to the CauseHistory (sim/causehistory).
// Only called when the observer wants causes (m_causes), so a headless run never gets here.
#include "sim/simulation.h"

namespace scalelab {

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

CommittedWrite Simulation::committedWrite(std::uint64_t writeId, std::uint32_t key) const
{
    CommittedWrite write{writeId};
    write.at = SimTime::fromUs(commitTimeOf(writeId, key, &write.origin));
    return write;
}

void Simulation::noteFailure(const Slot &s, Outcome outcome, int failedAt, bool gaveUpWaiting)
{
    m_observer->requestCause(m_causeHistory.failure(context(), s.rec, outcome, failedAt, gaveUpWaiting));
}

void Simulation::noteStaleRead(const Slot &s, std::uint64_t held, std::uint64_t newest)
{
    m_observer->requestCause(m_causeHistory.staleRead(context(), s.rec, s.backend, held, committedWrite(newest, s.rec.key)));
}

void Simulation::noteCacheLookup(const Slot &s, std::uint64_t version, SimTime expiredFill)
{
    const int cache = s.backend;
    const CacheStore &store = *m_cacheTier.store(cache);
    if (s.rec.cache == CacheResult::Hit) {
        // A stale hit: the value held is older than the newest committed write.
        const CacheEntry *entry = store.peek(s.rec.key);
        m_observer->requestCause(m_causeHistory.staleHit(context(), s.rec, cache, version, entry ? entry->filledAt : SimTime{-1},
                                                         committedWrite(newestCommitted(s.rec.key), s.rec.key)));
        return;
    }
    m_observer->requestCause(m_causeHistory.miss(context(), s.rec, cache, expiredFill, store.ttl()));
}

void Simulation::noteCacheFill(int cache, std::uint32_t key, std::uint64_t version, SimTime readStart)
{
    const std::uint64_t invalidator = m_causeHistory.invalidatedBy(cache, key);
    const bool raced = readStart.us >= 0 && version < invalidator;
    m_causeHistory.filled(cache, key, version, readStart, m_now, raced ? committedWrite(invalidator, key) : CommittedWrite{invalidator});
}

void Simulation::noteCacheInvalidation(int cache, std::uint32_t key, std::uint64_t byWrite)
{
    m_causeHistory.invalidated(cache, key, byWrite);
}

void Simulation::noteCacheRemoval(int cache, std::uint32_t key, MissReason how, std::uint64_t byWrite)
{
    m_causeHistory.removed(cache, key, how, byWrite, m_now, m_cacheTier.store(cache)->ttl());
}

} // namespace scalelab
