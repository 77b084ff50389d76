// Primary / replica replication, MySQL style: commit and binlog on the primary, shipping to
// replicas, semi-sync and sync acknowledgements, stale reads, failover with promotion, lost
// writes and binlog recovery, and a dead primary rejoining as a replica. Provisioning a new
// replica is in replicationprovisioning.cpp.
#include "replication/replication.h"

#include "replication/linklatency.h"
#include "sim/enginecontext.h"
#include "sim/eventkind.h"
#include "sim/eventqueue.h"
#include "sim/noderuntime.h"
#include "base/request.h"
#include "model/topology.h"

#include <algorithm>

namespace scalelab {

namespace {
constexpr SimTime kCatchUpPerWrite = SimTime::fromUs(20);  // replaying a missed write from the binlog
std::uint64_t bit(int index) { return std::uint64_t(1) << index; }
} // namespace

void Replication::setUp(EngineContext &ctx)
{
    ReplicationState &r = m_state;
    const ReplicationSpec &spec = ctx.topology.replication;
    m_databases.assign(ctx.nodes.size(), DatabaseRuntime{});
    r.shipDelay = SimTime::fromMs(spec.shipDelayMs);
    r.failoverDelay = SimTime::fromMs(spec.failoverMs);
    if (ctx.topology.hasReplication && (spec.mode == QLatin1String("multi_master") || spec.mode == QLatin1String("circular"))) {
        r.mode = spec.mode == QLatin1String("circular") ? ReplicationState::Mode::Circular : ReplicationState::Mode::MultiMaster;
        return;
    }
    r.copyTime = SimTime::fromS(spec.copyMbPerS > 0 ? spec.dataSizeMb / spec.copyMbPerS : 0);
    r.autoReplace = spec.autoReplace;
    r.replaceDelay = SimTime::fromS(spec.replaceDelayS);
    for (int i = 0; i < static_cast<int>(ctx.nodes.size()); ++i) {
        if (ctx.nodes[i].type != NodeType::Database)
            continue;
        if (!ctx.topology.nodes[i].provisioned && ctx.topology.nodes[i].role == QLatin1String("replica")) {
            // A spare: no data, so it follows nobody and takes nothing until a provision copies to it.
            m_databases[i].provisioning = Provisioning::Absent;
            ctx.nodes[i].up = false;
            m_databases[i].role = DatabaseRole::Replica;
            continue;
        }
        if (ctx.topology.nodes[i].role == QLatin1String("replica"))
            r.replicas.push_back(i);
        else if (r.primary < 0)
            r.primary = i;
    }
    if (r.primary < 0 && !r.replicas.empty()) {  // no primary named: the first database is it
        r.primary = r.replicas.front();
        r.replicas.erase(r.replicas.begin());
    }
    if (r.replicas.size() > 64)
        r.replicas.resize(64);  // acknowledgement masks are 64 bits; the validator warns beyond
    r.enabled = r.primary >= 0 && !r.replicas.empty();
    r.mode = spec.mode == QLatin1String("semi_sync") ? ReplicationState::Mode::SemiSync
             : spec.mode == QLatin1String("sync")    ? ReplicationState::Mode::Sync
                                                     : ReplicationState::Mode::Async;
    r.afterCommit = spec.semiSyncWait == QLatin1String("after_commit");
    r.semiSyncTimeout = SimTime::fromMs(spec.semiSyncTimeoutMs);
    r.recoveryDelay = SimTime::fromMs(spec.binlogRecoveryMs);
    r.applyDelay = SimTime::fromMs(spec.applyDelayMs);
    r.recoverFromBinlog = spec.recoverFromBinlog;
    if (r.primary >= 0)
        m_databases[r.primary].role = DatabaseRole::Primary;
    for (int replica : r.replicas)
        m_databases[replica].role = DatabaseRole::Replica;
}

bool Replication::commit(EngineContext &ctx, int node, const RequestRecord &request, std::uint64_t writeId, std::uint32_t slot,
                         SimTime *ackDelay)
{
    NodeRuntime &db = ctx.nodes[node];
    Ledger &ledger = m_databases[node].ledger;
    ReplicationState &r = m_state;
    WriteRecord w;
    w.id = writeId;
    w.key = request.key;
    w.origin = node;
    w.originEpoch = db.epoch;
    w.requestId = request.id;
    w.user = (static_cast<std::uint64_t>(request.clientsNode) << 32) | request.user;
    w.commitUs = ctx.now.us;
    w.sentUs = (ctx.now + r.shipDelay).us;
    if (ctx.observer)
        ctx.announce(EngineEventKind::Commit, node, "write=" + std::to_string(w.id) + " key=" + std::to_string(w.key) + " origin=" + db.id);

    if (!r.enabled || node != r.primary) {
        ledger.apply(w.key, w.id, w.commitUs);
        return false;
    }
    bool waits = false;
    if (r.mode != ReplicationState::Mode::Async) {
        for (std::size_t i = 0; i < r.replicas.size(); ++i)
            if (ctx.nodes[r.replicas[i]].up)
                w.awaitingReplicas |= bit(static_cast<int>(i));
        waits = true;
        w.waitingSlot = slot;
        if (w.awaitingReplicas == 0) {
            // No replica to acknowledge: MySQL waits out rpl_semi_sync_master_timeout, then goes async.
            w.waitingSlot = UINT32_MAX;
            waits = false;
            *ackDelay = r.semiSyncTimeout;
        }
    }
    const bool visibleNow = !waits || (r.mode == ReplicationState::Mode::SemiSync && r.afterCommit);
    if (visibleNow) {
        ledger.apply(w.key, w.id, w.commitUs);
        w.visible = true;
    }
    if (!waits) {
        w.acknowledged = true;
        // Semi-sync or sync with no replica up answers after the timeout (ackDelay), as async.
        w.ack = r.mode == ReplicationState::Mode::Async ? WriteAck::AtCommit : WriteAck::SemiSyncTimeout;
        w.ackUs = w.commitUs + (r.mode == ReplicationState::Mode::Async ? 0 : r.semiSyncTimeout.us);
        r.lastWriteOfUser[w.user] = {w.key, w.id};
    }
    r.window.push_back(w);
    for (int replica : r.replicas)
        if (ctx.nodes[replica].up)
            ship(ctx, r.window.back(), replica, SimTime::fromUs(w.sentUs) + latencyBetween(ctx.links, node, replica));
    return waits;
}

void Replication::ship(EngineContext &ctx, const WriteRecord &w, int replica, SimTime arrives, bool catchUp)
{
    ReplicationState &r = m_state;
    const std::uint32_t index = r.shipments.acquire(Shipment{replica, ctx.nodes[replica].epoch, w.id, catchUp});
    ++r.inTransit;
    DatabaseRuntime &db = m_databases[replica];
    if (catchUp)
        ++db.catchUpInFlight;
    // One stream per replica, applied in order: a write never overtakes one shipped before it
    // (a catch-up in progress delays the live stream behind it).
    db.lastShipAt = std::max(arrives, db.lastShipAt);
    ctx.queue.push(db.lastShipAt, kReplicaReceive, index);
}

bool Replication::receive(EngineContext &ctx, std::uint32_t index)
{
    ReplicationState &r = m_state;
    const Shipment shipment = r.shipments[index];
    const NodeRuntime &replica = ctx.nodes[shipment.replica];
    DatabaseRuntime &db = m_databases[shipment.replica];
    WriteRecord *w = r.findWrite(shipment.writeId);
    const bool dropped = !w || w->lost || replica.epoch != shipment.replicaEpoch || db.ledger.version(w->key) >= w->id;
    // A write the primary had not yet sent when it crashed never leaves it.
    if (dropped || (ctx.nodes[w->origin].epoch != w->originEpoch && w->sentUs > ctx.nodes[w->origin].killedAt.us)) {
        releaseShipment(index);
        shipmentDone(ctx, shipment);
        return false;
    }
    if (r.applyDelay.us == 0) {
        // Applied as it arrives (the default, and every file before apply_delay_ms).
        releaseShipment(index);
        applyReplicated(ctx, *w, shipment.replica);
        shipmentDone(ctx, shipment);
        return false;
    }
    // MySQL: the I/O thread writes the event to the relay log; the SQL thread applies it
    // later. Semi-sync acknowledges here, so the replica still serves the old value until then.
    db.relayLog.push_back(w->id);
    if (ctx.observer)
        ctx.announce(EngineEventKind::RelayLog, shipment.replica,
                     "write=" + std::to_string(w->id) + " key=" + std::to_string(w->key) + " origin=" + ctx.nodes[w->origin].id);
    const int b = r.replicaBit(shipment.replica);
    if (r.mode == ReplicationState::Mode::SemiSync && w->waitingSlot != UINT32_MAX && b >= 0 && (w->awaitingReplicas & bit(b))) {
        w->awaitingReplicas &= ~bit(b);
        acknowledgeWrite(ctx, *w, latencyBetween(ctx.links, shipment.replica, w->origin), WriteAck::ByReplica);
    }
    return true;
}

void Replication::scheduleApply(EngineContext &ctx, std::uint32_t index)
{
    ctx.queue.push(ctx.now + m_state.applyDelay, kReplicaApply, index);  // still in transit until applied
}

void Replication::apply(EngineContext &ctx, std::uint32_t index)
{
    ReplicationState &r = m_state;
    const Shipment shipment = r.shipments[index];
    releaseShipment(index);
    DatabaseRuntime &db = m_databases[shipment.replica];
    if (ctx.nodes[shipment.replica].epoch == shipment.replicaEpoch) {  // else it died since: its relay log went with it
        const auto queued = std::find(db.relayLog.begin(), db.relayLog.end(), shipment.writeId);
        if (queued != db.relayLog.end())
            db.relayLog.erase(queued);
        WriteRecord *w = r.findWrite(shipment.writeId);
        // Not when a promotion already drained the relay log, or a catch-up brought it twice.
        if (w && !w->lost && db.ledger.version(w->key) < w->id)
            applyReplicated(ctx, *w, shipment.replica);
    }
    shipmentDone(ctx, shipment);
}

void Replication::releaseShipment(std::uint32_t index)
{
    m_state.shipments.release(index);
    --m_state.inTransit;
}

void Replication::shipmentDone(EngineContext &ctx, const Shipment &shipment)
{
    // A new replica serves reads once the binlog replay it started with has all arrived.
    DatabaseRuntime &db = m_databases[shipment.replica];
    if (shipment.catchUp && ctx.nodes[shipment.replica].epoch == shipment.replicaEpoch && db.catchUpInFlight > 0
        && --db.catchUpInFlight == 0 && db.provisioning == Provisioning::CatchingUp)
        caughtUp(ctx, shipment.replica);
}

void Replication::applyReplicated(EngineContext &ctx, WriteRecord &write, int replicaNode)
{
    ReplicationState &r = m_state;
    WriteRecord *w = &write;
    m_databases[replicaNode].ledger.apply(w->key, w->id, w->commitUs);
    const double lagMs = (ctx.now.us - w->commitUs) / 1000.0;
    r.counters.maxLagMs = std::max(r.counters.maxLagMs, lagMs);
    if (ctx.observer)
        ctx.announce(EngineEventKind::ReplicateApply, replicaNode,
                     "write=" + std::to_string(w->id) + " key=" + std::to_string(w->key) + " origin=" + ctx.nodes[w->origin].id);
    const int b = r.replicaBit(replicaNode);
    if (w->waitingSlot != UINT32_MAX && b >= 0 && (w->awaitingReplicas & bit(b))) {
        w->awaitingReplicas &= ~bit(b);
        if (r.mode == ReplicationState::Mode::SemiSync || w->awaitingReplicas == 0)
            acknowledgeWrite(ctx, *w, latencyBetween(ctx.links, replicaNode, w->origin), WriteAck::ByReplica);
    }
    purgeWindow();
}

void Replication::drainRelayLog(EngineContext &ctx, int replicaNode)
{
    // A replica about to become primary first applies what its relay log holds (MySQL's
    // failover waits for the SQL thread), so writes semi-sync acknowledged are kept.
    DatabaseRuntime &db = m_databases[replicaNode];
    while (!db.relayLog.empty()) {
        const std::uint64_t id = db.relayLog.front();
        db.relayLog.pop_front();
        if (WriteRecord *w = m_state.findWrite(id); w && !w->lost && db.ledger.version(w->key) < w->id)
            applyReplicated(ctx, *w, replicaNode);
    }
}

void Replication::acknowledgeWrite(EngineContext &ctx, WriteRecord &w, SimTime ackLatency, WriteAck how)
{
    const std::uint32_t slot = w.waitingSlot;
    w.waitingSlot = UINT32_MAX;
    w.awaitingReplicas = 0;
    if (!w.visible) {
        m_databases[w.origin].ledger.apply(w.key, w.id, w.commitUs);
        w.visible = true;
    }
    w.acknowledged = true;
    w.ack = how;
    w.ackUs = (ctx.now + ackLatency).us;
    m_state.lastWriteOfUser[w.user] = {w.key, w.id};
    m_answers.push_back(Answer{slot, ackLatency, false, -1});  // the request path answers its client
}

bool Replication::readIsStale(int node, std::uint32_t key, std::uint64_t *held, std::uint64_t *newest)
{
    const int authority = m_state.primary;
    *held = m_databases[node].ledger.version(key);
    *newest = authority >= 0 && node != authority ? m_databases[authority].ledger.version(key) : 0;
    if (*held >= *newest)
        return false;
    ++m_state.counters.staleReads;
    return true;
}

void Replication::readChecked(const EngineContext &ctx, int node, const RequestRecord &request, std::uint64_t held)
{
    ReplicationState &r = m_state;
    const std::uint64_t user = (static_cast<std::uint64_t>(request.clientsNode) << 32) | request.user;
    const auto own = r.lastWriteOfUser.find(user);
    if (own != r.lastWriteOfUser.end() && own->second.first == request.key && held < own->second.second) {
        ++r.counters.readYourWritesViolations;
        if (ctx.observer)
            ctx.announce(EngineEventKind::ReadYourWritesViolation, node, "user=" + std::to_string(request.user) + " key="
                                                               + std::to_string(request.key) + " write=" + std::to_string(own->second.second));
    }
    if (r.afterCommit && node == r.primary && held > 0)
        if (WriteRecord *w = r.findWrite(held); w && !w->acknowledged)
            w->observed = true;  // read before any replica had it: a phantom if a failover loses it
}

void Replication::purgeWindow()
{
    ReplicationState &r = m_state;
    while (!r.window.empty()) {
        const WriteRecord &front = r.window.front();
        if (front.waitingSlot != UINT32_MAX)
            return;
        bool everyoneHasIt = front.lost;
        if (!everyoneHasIt) {
            everyoneHasIt = true;
            for (int replica : r.replicas)
                everyoneHasIt &= m_databases[replica].ledger.lastApplied() >= front.id;
            for (int copy : r.copying)  // its binlog replay starts at its snapshot's position
                everyoneHasIt &= m_databases[copy].ledger.lastApplied() >= front.id;
        }
        if (!everyoneHasIt)
            return;
        r.window.pop_front();
    }
}

void Replication::catchUp(EngineContext &ctx, int replica, int source)
{
    // Replay from the binlog window what `replica` lacks, in order; the time grows with the data.
    const DatabaseRuntime &db = m_databases[replica];
    SimTime at = ctx.now + m_state.shipDelay + latencyBetween(ctx.links, source, replica);
    int missing = 0;
    for (const WriteRecord &w : m_state.window) {
        if (w.lost || w.id <= db.ledger.lastApplied() || !w.visible)
            continue;
        at += kCatchUpPerWrite;
        ship(ctx, w, replica, at, true);
        ++missing;
    }
    if (missing > 0)
        ctx.announce(EngineEventKind::CatchUp, replica, "writes=" + std::to_string(missing) + " from=" + ctx.nodes[source].id);
    if (db.provisioning == Provisioning::CatchingUp && db.catchUpInFlight == 0)
        caughtUp(ctx, replica);  // the snapshot was already current
}

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

std::uint64_t Replication::primaryVersion(std::uint32_t key) const
{
    return m_state.primary >= 0 ? m_databases[m_state.primary].ledger.version(key) : 0;
}

std::int64_t Replication::windowCommitUs(std::uint64_t writeId, int *origin) const
{
    for (auto it = m_state.window.rbegin(); it != m_state.window.rend(); ++it) {
        if (it->id == writeId) {
            *origin = it->origin;
            return it->commitUs;
        }
    }
    return -1;
}

double Replication::replicaLagMs(const std::vector<NodeRuntime> &nodes, SimTime now, int node) const
{
    const ReplicationState &r = m_state;
    const DatabaseRuntime &db = m_databases[node];
    if (!r.enabled || node == r.primary || nodes[node].type != NodeType::Database
        || db.provisioning == Provisioning::Absent || db.provisioning == Provisioning::Copying)
        return 0.0;
    const std::uint64_t applied = db.ledger.lastApplied();
    for (const WriteRecord &w : r.window)
        if (!w.lost && w.visible && w.id > applied)
            return (now.us - w.commitUs) / 1000.0;
    return 0.0;
}

std::uint64_t Replication::writesBehind(int node) const
{
    const ReplicationState &r = m_state;
    const DatabaseRuntime &db = m_databases[node];
    if (!r.enabled || node == r.primary || db.provisioning == Provisioning::Absent || db.provisioning == Provisioning::Copying)
        return 0;
    const std::uint64_t applied = db.ledger.lastApplied();
    return static_cast<std::uint64_t>(std::count_if(r.window.begin(), r.window.end(), [&](const WriteRecord &w) {
        return !w.lost && w.visible && w.id > applied;
    }));
}

std::uint64_t Replication::divergedKeys(const std::vector<NodeRuntime> &nodes) const
{
    // Keys on which some live replica disagrees with the primary right now.
    const ReplicationState &r = m_state;
    if (!r.enabled || r.primary < 0)
        return 0;
    const Ledger &primary = m_databases[r.primary].ledger;
    std::uint64_t diverged = 0;
    for (const auto &[key, version] : primary.rows()) {
        for (int replica : r.replicas) {
            if (nodes[replica].up && m_databases[replica].ledger.version(key) != version) {
                ++diverged;
                break;
            }
        }
    }
    return diverged;
}

} // namespace scalelab
