// SPDX-License-Identifier: GPL-3.0-or-later
// Failover, MySQL style: a dead primary fails the writes waiting on it; after the detection
// delay its most up to date replica is promoted (optionally after replaying the dead primary's
// binlog), and the writes it never received are lost; a dead primary returns as a replica.
#include "replication/replication.h"

#include "replication/linklatency.h"
#include "sim/enginecontext.h"
#include "sim/eventkind.h"
#include "sim/eventqueue.h"
#include "sim/noderuntime.h"

#include <algorithm>

namespace scalelab {

namespace {
std::uint64_t bit(int index) { return std::uint64_t(1) << index; }
} // namespace

bool Replication::databaseDied(EngineContext &ctx, int node)
{
    ReplicationState &r = m_state;
    m_databases[node].catchUpInFlight = 0;  // its replays in flight are void; a revive starts another
    if (!r.enabled)
        return false;
    if (!r.copying.empty()) {
        // A clone needs its donor to the end (MySQL's clone plugin fails when the donor goes).
        const std::vector<int> copies = r.copying;
        for (int copy : copies)
            if (m_databases[copy].copyFrom == node)
                abortCopy(ctx, copy, "from=" + ctx.nodes[node].id + " died");
    }
    m_databases[node].relayLog.clear();  // pending applies check the epoch; the list goes with the memory
    if (node == r.primary) {
        // Clients waiting for an acknowledgement lose their connection.
        for (WriteRecord &w : r.window) {
            if (w.waitingSlot == UINT32_MAX)
                continue;
            const std::uint32_t slot = w.waitingSlot;
            w.waitingSlot = UINT32_MAX;
            m_answers.push_back(Answer{slot, SimTime{}, true, node});
        }
        return !r.promotionPending;
    }
    const int b = r.replicaBit(node);
    if (b < 0)
        return false;
    scheduleReplacement(ctx, node);
    // A replica gone: writes waiting on it wait for the others, or fall back as MySQL does.
    for (WriteRecord &w : r.window) {
        if (w.waitingSlot == UINT32_MAX || !(w.awaitingReplicas & bit(b)))
            continue;
        w.awaitingReplicas &= ~bit(b);
        if (w.awaitingReplicas == 0) {
            const SimTime timeoutAt = SimTime::fromUs(w.commitUs) + r.semiSyncTimeout;
            if (r.mode == ReplicationState::Mode::Sync)
                acknowledgeWrite(ctx, w, SimTime{}, WriteAck::NoReplicaLeft);
            else
                acknowledgeWrite(ctx, w, std::max(timeoutAt - ctx.now, SimTime{}), WriteAck::SemiSyncTimeout);
        }
    }
    return false;
}

void Replication::queuePromotion(EngineContext &ctx, int oldPrimary)
{
    m_state.promotionPending = true;
    ctx.queue.push(ctx.now + m_state.failoverDelay, kPromote, static_cast<std::uint32_t>(oldPrimary));
}

void Replication::promote(EngineContext &ctx, int oldPrimary)
{
    ReplicationState &r = m_state;
    r.promotionPending = false;
    if (ctx.nodes[oldPrimary].up || r.primary != oldPrimary)
        return;  // it came back before anyone acted
    // The most up to date by what it has received: its relay log counts, it is applied first.
    const auto received = [this](int node) {
        const DatabaseRuntime &db = m_databases[node];
        std::uint64_t newest = db.ledger.lastApplied();
        for (std::uint64_t id : db.relayLog)
            newest = std::max(newest, id);
        return newest;
    };
    int candidate = -1;
    for (int replica : r.replicas)
        if (ctx.nodes[replica].up && (candidate < 0 || received(replica) > received(candidate)))
            candidate = replica;
    if (candidate < 0) {
        ctx.announce(EngineEventKind::PromoteFailed, oldPrimary, "no replica is up; writes fail until the primary returns");
        return;
    }
    if (r.recoverFromBinlog) {
        r.recoveringCandidate = candidate;
        ctx.announce(EngineEventKind::BinlogRecovery, candidate, "from=" + ctx.nodes[oldPrimary].id, oldPrimary);
        ctx.queue.push(ctx.now + r.recoveryDelay, kPromoteFinish, static_cast<std::uint32_t>(oldPrimary));
        return;
    }
    finishPromotion(ctx, oldPrimary, candidate);
}

void Replication::finishRecovery(EngineContext &ctx, int oldPrimary)
{
    ReplicationState &r = m_state;
    const int candidate = r.recoveringCandidate;
    r.recoveringCandidate = -1;
    if (ctx.nodes[oldPrimary].up || candidate < 0 || !ctx.nodes[candidate].up)
        return;
    drainRelayLog(ctx, candidate);
    // The recovery script reads the dead primary's binlog and replays what the candidate lacks.
    Ledger &ledger = m_databases[candidate].ledger;
    std::uint64_t replayed = 0;
    for (WriteRecord &w : r.window) {
        if (w.lost || w.origin != oldPrimary || ledger.version(w.key) >= w.id)
            continue;
        ledger.apply(w.key, w.id, w.commitUs);
        w.visible = true;
        ++replayed;
    }
    r.counters.recoveredWrites += replayed;
    ctx.announce(EngineEventKind::BinlogReplayed, candidate, "writes=" + std::to_string(replayed));
    finishPromotion(ctx, oldPrimary, candidate);
}

LostWrite Replication::lostWriteOf(const EngineContext &ctx, const WriteRecord &w, int newPrimary) const
{
    LostWrite lost;
    lost.writeId = w.id;
    lost.key = w.key;
    lost.requestId = w.requestId;
    lost.origin = w.origin;
    lost.commitUs = w.commitUs;
    lost.lostUs = ctx.now.us;
    lost.ack = w.ack;
    lost.ackUs = w.ackUs;
    lost.clientsNode = static_cast<std::int32_t>(w.user >> 32);
    lost.user = static_cast<std::uint32_t>(w.user & 0xFFFFFFFFu);
    lost.sentUs = w.sentUs;
    lost.newPrimary = newPrimary;
    // The same tests receive() makes: a write due after its origin's death never left it.
    const NodeRuntime &origin = ctx.nodes[w.origin];
    const bool died = origin.epoch != w.originEpoch;
    lost.originDiedUs = died ? origin.killedAt.us : -1;
    if (died && w.sentUs > origin.killedAt.us)
        lost.shipping = LostWrite::Shipping::NotSent;
    else if (w.sentUs + latencyBetween(ctx.links, w.origin, newPrimary).us > ctx.now.us)
        lost.shipping = LostWrite::Shipping::InFlight;
    else
        lost.shipping = LostWrite::Shipping::Missed;
    return lost;
}

void Replication::finishPromotion(EngineContext &ctx, int oldPrimary, int candidate)
{
    ReplicationState &r = m_state;
    drainRelayLog(ctx, candidate);
    const Ledger &kept = m_databases[candidate].ledger;
    for (WriteRecord &w : r.window) {
        if (w.lost || kept.version(w.key) >= w.id || kept.lastApplied() >= w.id)
            continue;
        w.lost = true;
        if (w.acknowledged) {
            ++r.counters.lostWrites;
            r.lostWrites.push_back(lostWriteOf(ctx, w, candidate));
            if (r.lostWrites.size() > ReplicationState::kLostWriteLog)
                r.lostWrites.pop_front();
            ctx.announce(EngineEventKind::LostWrite, oldPrimary, "write=" + std::to_string(w.id) + " key=" + std::to_string(w.key)
                                                       + " request=" + std::to_string(w.requestId) + " origin=" + ctx.nodes[w.origin].id);
        }
        if (w.observed)
            ++r.counters.phantomReads;
    }
    r.replicas.erase(std::find(r.replicas.begin(), r.replicas.end(), candidate));
    r.replicas.push_back(oldPrimary);  // it follows the new primary when it comes back
    m_databases[candidate].role = DatabaseRole::Primary;
    m_databases[oldPrimary].role = DatabaseRole::Replica;
    m_databases[candidate].roleSince = ctx.now;
    m_databases[oldPrimary].roleSince = ctx.now;
    m_databases[oldPrimary].needsRejoin = true;
    r.primary = candidate;
    r.lastPromoted = candidate;
    r.lastPromotedAt = ctx.now;
    ++r.counters.promotions;
    ctx.announce(EngineEventKind::Promote, candidate, "old=" + ctx.nodes[oldPrimary].id + " applied=" + std::to_string(kept.lastApplied()), oldPrimary);
    for (int replica : r.replicas)
        if (replica != oldPrimary && ctx.nodes[replica].up)
            catchUp(ctx, replica, candidate);
    purgeWindow();
    scheduleReplacement(ctx, oldPrimary);  // "a new slave will replace the old one"
}

void Replication::databaseRevived(EngineContext &ctx, int node)
{
    ReplicationState &r = m_state;
    if (!r.enabled)
        return;
    DatabaseRuntime &db = m_databases[node];
    if (db.needsRejoin) {
        // The old primary comes back as a replica of the new one: its own unshipped writes are
        // discarded and it takes the new primary's data.
        db.needsRejoin = false;
        std::uint64_t discarded = 0;
        for (const WriteRecord &w : r.window)
            discarded += w.lost && w.origin == node;
        db.ledger = m_databases[r.primary].ledger;
        ctx.announce(EngineEventKind::Rejoin, node, "primary=" + ctx.nodes[r.primary].id + " discarded=" + std::to_string(discarded));
        return;
    }
    if (node == r.primary) {
        r.promotionPending = false;  // back before the failover: replicas fetch what they missed
        for (int replica : r.replicas)
            if (ctx.nodes[replica].up)
                catchUp(ctx, replica, node);
        return;
    }
    if (r.primary >= 0)
        catchUp(ctx, node, r.primary);
}

} // namespace scalelab
