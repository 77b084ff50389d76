// SPDX-License-Identifier: GPL-3.0-or-later
#include "sim/causehistory.h"

#include "base/request.h"
#include "sim/enginecontext.h"
#include "sim/noderuntime.h"

#include <algorithm>

namespace scalelab {

namespace {
/// What every cause says: which request, what kind, when, where, about which key.
RequestCause causeOf(CauseKind kind, SimTime at, const RequestRecord &request, int node)
{
    RequestCause cause;
    cause.request = request.id;
    cause.kind = kind;
    cause.at = at;
    cause.node = node;
    cause.key = request.key;
    return cause;
}

/// A read answered with `held` while `newest` was committed: what a stale replica read and a
/// stale cache hit have in common.
RequestCause staleCause(CauseKind kind, SimTime at, const RequestRecord &request, int node, std::uint64_t held,
                        const CommittedWrite &newest)
{
    RequestCause cause = causeOf(kind, at, request, node);
    cause.heldVersion = held;
    cause.missingWrite = newest.id;
    cause.committedAt = newest.at;
    cause.origin = newest.origin;
    return cause;
}
} // namespace

RequestCause CauseHistory::failure(const EngineContext &ctx, const RequestRecord &request, Outcome outcome, int failedAt,
                                   bool gaveUpWaiting) const
{
    RequestCause cause = causeOf(CauseKind::Failure, ctx.now, request, failedAt);
    cause.outcome = outcome;
    if (gaveUpWaiting) {
        cause.failure = FailureReason::ClientTimeout;
    } else if (outcome == Outcome::Dropped) {
        cause.failure = FailureReason::QueueFull;
    } else if (outcome == Outcome::Timeout) {
        // Every other timeout is a request sent over a cut link: name the link and when it was cut.
        cause.failure = FailureReason::Partitioned;
        for (const LinkRuntime &link : ctx.links) {
            if ((link.from != failedAt && link.to != failedAt) || link.partitionChanges.empty())
                continue;
            if (!link.partitionedAt(ctx.now) && !link.partitionedAt(request.start))
                continue;
            cause.peer = link.from == failedAt ? link.to : link.from;
            for (const auto &[when, cut] : link.partitionChanges)
                if (cut && when <= ctx.now)
                    cause.since = when;
            break;
        }
    } else if (failedAt >= 0
               && (!ctx.nodes[failedAt].up || (ctx.nodes[failedAt].epoch > 0 && ctx.nodes[failedAt].killedAt >= request.start))) {
        cause.failure = FailureReason::NodeDown;
        cause.since = ctx.nodes[failedAt].killedAt;
    } else {
        cause.failure = FailureReason::NoRoute;
    }
    return cause;
}

RequestCause CauseHistory::staleRead(const EngineContext &ctx, const RequestRecord &request, int replica, std::uint64_t held,
                                     const CommittedWrite &newest) const
{
    return staleCause(CauseKind::StaleReplica, ctx.now, request, replica, held, newest);
}

RequestCause CauseHistory::staleHit(const EngineContext &ctx, const RequestRecord &request, int cache, std::uint64_t held,
                                    SimTime filledAt, const CommittedWrite &newest) const
{
    RequestCause cause = staleCause(CauseKind::StaleCache, ctx.now, request, cache, held, newest);
    cause.filledAt = filledAt;
    if (const auto fate = m_fates.find(fateKey(cache, request.key)); fate != m_fates.end() && fate->second.filledAt == filledAt)
        cause.racedWrite = fate->second.racedWrite;
    return cause;
}

RequestCause CauseHistory::miss(const EngineContext &ctx, const RequestRecord &request, int cache, SimTime expiredFill, SimTime ttl) const
{
    RequestCause cause = causeOf(CauseKind::CacheMiss, ctx.now, request, cache);
    const NodeRuntime &node = ctx.nodes[cache];
    const auto fate = m_fates.find(fateKey(cache, request.key));
    if (expiredFill.us >= 0) {
        cause.miss = MissReason::Expired;
        cause.filledAt = expiredFill;
        cause.removedAt = expiredFill + ttl;
    } else if (fate != m_fates.end()) {
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
    return cause;
}

std::uint64_t CauseHistory::invalidatedBy(int cache, std::uint32_t key) const
{
    const auto fate = m_fates.find(fateKey(cache, key));
    return fate != m_fates.end() ? fate->second.invalidatedBy : 0;
}

void CauseHistory::filled(int cache, std::uint32_t key, std::uint64_t version, SimTime readStart, SimTime now,
                          const CommittedWrite &invalidator)
{
    KeyFate &fate = m_fates[fateKey(cache, key)];
    fate.filledAt = now;
    fate.removedAt = SimTime{-1};
    fate.removedBy = 0;
    fate.removal = MissReason::Cold;
    // A fill older than an invalidation the cache has already seen, from a read that began
    // before that write committed: the read-write race memcache leases close. (A read begun
    // after the commit got its old value from a lagging replica instead.)
    fate.racedWrite = 0;
    if (readStart.us >= 0 && version < fate.invalidatedBy && (invalidator.at.us < 0 || readStart < invalidator.at))
        fate.racedWrite = fate.invalidatedBy;
}

void CauseHistory::invalidated(int cache, std::uint32_t key, std::uint64_t byWrite)
{
    // Every invalidation that arrives counts, held or not: the racing read's fill comes after.
    KeyFate &fate = m_fates[fateKey(cache, key)];
    fate.invalidatedBy = std::max(fate.invalidatedBy, byWrite);
}

void CauseHistory::removed(int cache, std::uint32_t key, MissReason how, std::uint64_t byWrite, SimTime now, SimTime ttl)
{
    KeyFate &fate = m_fates[fateKey(cache, key)];
    fate.removal = how;
    fate.removedBy = byWrite;
    // An expiry is found late (at the next lookup or fill); it happened at fill + TTL.
    fate.removedAt = how == MissReason::Expired && fate.filledAt.us >= 0 ? fate.filledAt + ttl : now;
}

} // namespace scalelab
