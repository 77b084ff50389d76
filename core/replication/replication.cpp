// SPDX-License-Identifier: GPL-3.0-or-later
// Primary / replica replication, MySQL style: commit and binlog on the primary, shipping to
// replicas, semi-sync and sync acknowledgements, stale reads. Failover (promotion, lost writes,
// binlog recovery, a dead primary rejoining) is in replicationfailover.cpp, provisioning a new
// replica in replicationprovisioning.cpp.
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
    if (ctx.topology.hasSharding)
        return;  // every shard's primary takes its own writes; Sharding keeps its replicas in step
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
