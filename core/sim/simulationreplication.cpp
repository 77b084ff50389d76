// Primary / replica replication, MySQL style: commit and binlog on the primary, shipping to
// replicas, semi-sync and sync acknowledgements, stale reads, failover with promotion, lost
// writes and binlog recovery, and a dead primary rejoining as a replica.
#include "sim/simulation.h"

#include <algorithm>

namespace scalelab {

namespace {
constexpr SimTime kCatchUpPerWrite = SimTime::fromUs(20);  // replaying a missed write from the binlog
std::uint64_t bit(int index) { return std::uint64_t(1) << index; }
} // namespace

void Simulation::setUpReplication()
{
    ReplicationState &r = m_replication;
    const ReplicationSpec &spec = m_topology.replication;
    r.shipDelay = SimTime::fromMs(spec.shipDelayMs);
    r.failoverDelay = SimTime::fromMs(spec.failoverMs);
    if (m_topology.hasReplication && (spec.mode == QLatin1String("multi_master") || spec.mode == QLatin1String("circular"))) {
        setUpPeerReplication();
        return;
    }
    r.copyTime = SimTime::fromS(spec.copyMbPerS > 0 ? spec.dataSizeMb / spec.copyMbPerS : 0);
    r.autoReplace = spec.autoReplace;
    r.replaceDelay = SimTime::fromS(spec.replaceDelayS);
    for (int i = 0; i < nodeCount(); ++i) {
        if (m_nodes[i].type != NodeType::Database)
            continue;
        if (!m_topology.nodes[i].provisioned && m_topology.nodes[i].role == QLatin1String("replica")) {
            // A spare: no data, so it follows nobody and takes nothing until a provision copies to it.
            m_nodes[i].provisioning = Provisioning::Absent;
            m_nodes[i].up = false;
            m_nodes[i].role = DatabaseRole::Replica;
            continue;
        }
        if (m_topology.nodes[i].role == QLatin1String("replica"))
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
    r.shipDelay = SimTime::fromMs(spec.shipDelayMs);
    r.semiSyncTimeout = SimTime::fromMs(spec.semiSyncTimeoutMs);
    r.failoverDelay = SimTime::fromMs(spec.failoverMs);
    r.recoveryDelay = SimTime::fromMs(spec.binlogRecoveryMs);
    r.applyDelay = SimTime::fromMs(spec.applyDelayMs);
    r.recoverFromBinlog = spec.recoverFromBinlog;
    if (r.primary >= 0)
        m_nodes[r.primary].role = DatabaseRole::Primary;
    for (int replica : r.replicas)
        m_nodes[replica].role = DatabaseRole::Replica;
}

SimTime Simulation::latencyBetween(int a, int b) const
{
    for (const LinkRuntime &link : m_links)
        if ((link.from == a && link.to == b) || (link.from == b && link.to == a))
            return link.latency;
    return SimTime{};
}

int Simulation::databaseLinkFor(int webNode, Op op)
{
    NodeRuntime &web = m_nodes[webNode];
    const ReplicationState &r = m_replication;
    if (r.peerMode())
        return masterLinkFor(webNode, op);
    int primaryLink = -1;
    for (int link : web.databaseLinks)
        if (m_links[link].to == r.primary)
            primaryLink = link;
    if (!r.enabled)
        return web.databaseLinks.empty() ? -1 : (primaryLink >= 0 ? primaryLink : web.databaseLinks.front());
    if (op == Op::Write)
        return primaryLink >= 0 ? primaryLink : kNoPrimaryLink;
    // Read/write split: reads go round robin over the replicas that are up, else to the primary.
    const std::size_t n = web.databaseLinks.size();
    for (std::size_t tried = 0; tried < n; ++tried) {
        const int link = web.databaseLinks[(web.readCursor + tried) % n];
        const NodeRuntime &db = m_nodes[m_links[link].to];
        if (db.role == DatabaseRole::Replica && db.up && db.provisioning == Provisioning::Ready) {
            web.readCursor = (web.readCursor + tried + 1) % n;
            return link;
        }
    }
    return primaryLink;
}

bool Simulation::commitWrite(std::uint32_t slot)
{
    Slot &s = m_slots[slot];
    const int node = s.backend;
    NodeRuntime &db = m_nodes[node];
    ReplicationState &r = m_replication;
    if (r.enabled && r.peerMode())
        return commitPeerWrite(slot);
    WriteRecord w;
    w.id = m_nextWriteId++;
    w.key = s.rec.key;
    w.origin = node;
    w.originEpoch = db.epoch;
    w.requestId = s.rec.id;
    w.user = (static_cast<std::uint64_t>(s.rec.clientsNode) << 32) | s.rec.user;
    w.commitUs = m_now.us;
    w.sentUs = (m_now + r.shipDelay).us;
    if (m_observer)
        announce(EngineEventKind::Commit, node, "write=" + std::to_string(w.id) + " key=" + std::to_string(w.key) + " origin=" + db.id);

    s.writeId = w.id;
    s.rec.version = w.id;
    if (!r.enabled || node != r.primary) {
        db.ledger.apply(w.key, w.id, w.commitUs);
        return false;
    }
    bool waits = false;
    if (r.mode != ReplicationState::Mode::Async) {
        for (std::size_t i = 0; i < r.replicas.size(); ++i)
            if (m_nodes[r.replicas[i]].up)
                w.awaitingReplicas |= bit(static_cast<int>(i));
        waits = true;
        w.waitingSlot = slot;
        if (w.awaitingReplicas == 0) {
            // No replica to acknowledge: MySQL waits out rpl_semi_sync_master_timeout, then goes async.
            w.waitingSlot = UINT32_MAX;
            waits = false;
            s.ackDelay = r.semiSyncTimeout;
        }
    }
    const bool visibleNow = !waits || (r.mode == ReplicationState::Mode::SemiSync && r.afterCommit);
    if (visibleNow) {
        db.ledger.apply(w.key, w.id, w.commitUs);
        w.visible = true;
    }
    if (!waits) {
        w.acknowledged = true;
        // Semi-sync or sync with no replica up answers after the timeout (s.ackDelay), as async.
        w.ack = r.mode == ReplicationState::Mode::Async ? WriteAck::AtCommit : WriteAck::SemiSyncTimeout;
        w.ackUs = w.commitUs + (r.mode == ReplicationState::Mode::Async ? 0 : r.semiSyncTimeout.us);
        r.lastWriteOfUser[w.user] = {w.key, w.id};
    }
    r.window.push_back(w);
    for (int replica : r.replicas)
        if (m_nodes[replica].up)
            ship(r.window.back(), replica, SimTime::fromUs(w.sentUs) + latencyBetween(node, replica));
    return waits;
}

void Simulation::ship(const WriteRecord &w, int replica, SimTime arrives, bool catchUp)
{
    ReplicationState &r = m_replication;
    std::uint32_t index;
    if (!r.freeShipments.empty()) {
        index = r.freeShipments.back();
        r.freeShipments.pop_back();
    } else {
        index = static_cast<std::uint32_t>(r.shipments.size());
        r.shipments.emplace_back();
    }
    r.shipments[index] = Shipment{replica, m_nodes[replica].epoch, w.id, catchUp};
    ++r.inTransit;
    if (catchUp)
        ++m_nodes[replica].catchUpInFlight;
    // One stream per replica, applied in order: a write never overtakes one shipped before it
    // (a catch-up in progress delays the live stream behind it).
    NodeRuntime &node = m_nodes[replica];
    node.lastShipAt = std::max(arrives, node.lastShipAt);
    m_queue.push(node.lastShipAt, kReplicaReceive, index);
}

void Simulation::receiveShipment(std::uint32_t index)
{
    ReplicationState &r = m_replication;
    const Shipment shipment = r.shipments[index];
    NodeRuntime &replica = m_nodes[shipment.replica];
    WriteRecord *w = r.findWrite(shipment.writeId);
    const bool dropped = !w || w->lost || replica.epoch != shipment.replicaEpoch || replica.ledger.version(w->key) >= w->id;
    // A write the primary had not yet sent when it crashed never leaves it.
    if (dropped || (m_nodes[w->origin].epoch != w->originEpoch && w->sentUs > m_nodes[w->origin].killedAt.us)) {
        releaseShipment(index);
        shipmentDone(shipment);
        return;
    }
    if (r.applyDelay.us == 0) {
        // Applied as it arrives (the default, and every file before apply_delay_ms).
        releaseShipment(index);
        applyReplicated(*w, shipment.replica);
        shipmentDone(shipment);
        return;
    }
    // MySQL: the I/O thread writes the event to the relay log; the SQL thread applies it
    // later. Semi-sync acknowledges here, so the replica still serves the old value until then.
    replica.relayLog.push_back(w->id);
    if (m_observer)
        announce(EngineEventKind::RelayLog, shipment.replica,
                 "write=" + std::to_string(w->id) + " key=" + std::to_string(w->key) + " origin=" + m_nodes[w->origin].id);
    const int b = r.replicaBit(shipment.replica);
    if (r.mode == ReplicationState::Mode::SemiSync && w->waitingSlot != UINT32_MAX && b >= 0 && (w->awaitingReplicas & bit(b))) {
        w->awaitingReplicas &= ~bit(b);
        acknowledgeWrite(*w, latencyBetween(shipment.replica, w->origin), WriteAck::ByReplica);
    }
    m_queue.push(m_now + r.applyDelay, kReplicaApply, index);  // still in transit until applied
}

void Simulation::applyShipment(std::uint32_t index)
{
    ReplicationState &r = m_replication;
    const Shipment shipment = r.shipments[index];
    releaseShipment(index);
    NodeRuntime &replica = m_nodes[shipment.replica];
    if (replica.epoch == shipment.replicaEpoch) {  // else it died since: its relay log went with it
        const auto queued = std::find(replica.relayLog.begin(), replica.relayLog.end(), shipment.writeId);
        if (queued != replica.relayLog.end())
            replica.relayLog.erase(queued);
        WriteRecord *w = r.findWrite(shipment.writeId);
        // Not when a promotion already drained the relay log, or a catch-up brought it twice.
        if (w && !w->lost && replica.ledger.version(w->key) < w->id)
            applyReplicated(*w, shipment.replica);
    }
    shipmentDone(shipment);
}

void Simulation::releaseShipment(std::uint32_t index)
{
    ReplicationState &r = m_replication;
    r.freeShipments.push_back(index);
    --r.inTransit;
}

void Simulation::shipmentDone(const Shipment &shipment)
{
    // A new replica serves reads once the binlog replay it started with has all arrived.
    NodeRuntime &replica = m_nodes[shipment.replica];
    if (shipment.catchUp && replica.epoch == shipment.replicaEpoch && replica.catchUpInFlight > 0
        && --replica.catchUpInFlight == 0 && replica.provisioning == Provisioning::CatchingUp)
        caughtUp(shipment.replica);
}

void Simulation::applyReplicated(WriteRecord &write, int replicaNode)
{
    ReplicationState &r = m_replication;
    WriteRecord *w = &write;
    NodeRuntime &replica = m_nodes[replicaNode];
    replica.ledger.apply(w->key, w->id, w->commitUs);
    const double lagMs = (m_now.us - w->commitUs) / 1000.0;
    r.counters.maxLagMs = std::max(r.counters.maxLagMs, lagMs);
    if (m_observer)
        announce(EngineEventKind::ReplicateApply, replicaNode,
                 "write=" + std::to_string(w->id) + " key=" + std::to_string(w->key) + " origin=" + m_nodes[w->origin].id);
    const int b = r.replicaBit(replicaNode);
    if (w->waitingSlot != UINT32_MAX && b >= 0 && (w->awaitingReplicas & bit(b))) {
        w->awaitingReplicas &= ~bit(b);
        if (r.mode == ReplicationState::Mode::SemiSync || w->awaitingReplicas == 0)
            acknowledgeWrite(*w, latencyBetween(replicaNode, w->origin), WriteAck::ByReplica);
    }
    purgeWindow();
}

void Simulation::drainRelayLog(int replicaNode)
{
    // A replica about to become primary first applies what its relay log holds (MySQL's
    // failover waits for the SQL thread), so writes semi-sync acknowledged are kept.
    ReplicationState &r = m_replication;
    NodeRuntime &replica = m_nodes[replicaNode];
    while (!replica.relayLog.empty()) {
        const std::uint64_t id = replica.relayLog.front();
        replica.relayLog.pop_front();
        if (WriteRecord *w = r.findWrite(id); w && !w->lost && replica.ledger.version(w->key) < w->id)
            applyReplicated(*w, replicaNode);
    }
}

void Simulation::acknowledgeWrite(WriteRecord &w, SimTime ackLatency, WriteAck how)
{
    ReplicationState &r = m_replication;
    const std::uint32_t slot = w.waitingSlot;
    w.waitingSlot = UINT32_MAX;
    w.awaitingReplicas = 0;
    if (!w.visible) {
        m_nodes[w.origin].ledger.apply(w.key, w.id, w.commitUs);
        w.visible = true;
    }
    w.acknowledged = true;
    w.ack = how;
    w.ackUs = (m_now + ackLatency).us;
    r.lastWriteOfUser[w.user] = {w.key, w.id};
    respondFromBackend(slot, ackLatency);
}

void Simulation::respondFromBackend(std::uint32_t slot, SimTime extraDelay)
{
    Slot &s = m_slots[slot];
    NodeRuntime &db = m_nodes[s.backend];
    if (db.epoch == s.backendEpoch) {
        --db.active;
        releaseWorker(s.backend);
    }
    if (s.finished) {
        freeSlot(slot);
        return;
    }
    if (!send(slot, s.backendLink, returnKind(s), extraDelay))  // a write_back flush goes back to its cache
        releaseAfterLostSend(slot);
}

void Simulation::readServed(std::uint32_t slot)
{
    Slot &s = m_slots[slot];
    ReplicationState &r = m_replication;
    if (!r.enabled)
        return;
    const Ledger &here = m_nodes[s.backend].ledger;
    const int authority = r.primary;
    const std::uint64_t mine = here.version(s.rec.key);
    const std::uint64_t newest = r.peerMode() ? newestWriteOf(s.rec.key)
                                 : authority >= 0 && s.backend != authority ? m_nodes[authority].ledger.version(s.rec.key)
                                                                            : 0;
    if (mine < newest && !(r.peerMode() && r.descends(s.rec.key, mine, newest))) {
        s.rec.stale = true;
        ++r.counters.staleReads;
        if (m_causes)
            noteStaleRead(s, mine, newest);
    }
    const std::uint64_t user = (static_cast<std::uint64_t>(s.rec.clientsNode) << 32) | s.rec.user;
    const auto own = r.lastWriteOfUser.find(user);
    if (own != r.lastWriteOfUser.end() && own->second.first == s.rec.key && mine < own->second.second) {
        ++r.counters.readYourWritesViolations;
        if (m_observer)
            announce(EngineEventKind::ReadYourWritesViolation, s.backend, "user=" + std::to_string(s.rec.user) + " key="
                                                                   + std::to_string(s.rec.key) + " write=" + std::to_string(own->second.second));
    }
    if (r.afterCommit && s.backend == r.primary && mine > 0)
        if (WriteRecord *w = r.findWrite(mine); w && !w->acknowledged)
            w->observed = true;  // read before any replica had it: a phantom if a failover loses it
}

void Simulation::purgeWindow()
{
    ReplicationState &r = m_replication;
    while (!r.window.empty()) {
        const WriteRecord &front = r.window.front();
        if (front.waitingSlot != UINT32_MAX)
            return;
        bool everyoneHasIt = front.lost;
        if (!everyoneHasIt) {
            everyoneHasIt = true;
            for (int replica : r.replicas)
                everyoneHasIt &= m_nodes[replica].ledger.lastApplied() >= front.id;
            for (int copy : r.copying)  // its binlog replay starts at its snapshot's position
                everyoneHasIt &= m_nodes[copy].ledger.lastApplied() >= front.id;
        }
        if (!everyoneHasIt)
            return;
        r.window.pop_front();
    }
}

void Simulation::catchUp(int replica, int source)
{
    // Replay from the binlog window what `replica` lacks, in order; the time grows with the data.
    ReplicationState &r = m_replication;
    NodeRuntime &node = m_nodes[replica];
    SimTime at = m_now + r.shipDelay + latencyBetween(source, replica);
    int missing = 0;
    for (const WriteRecord &w : r.window) {
        if (w.lost || w.id <= node.ledger.lastApplied() || !w.visible)
            continue;
        at += kCatchUpPerWrite;
        ship(w, replica, at, true);
        ++missing;
    }
    if (missing > 0)
        announce(EngineEventKind::CatchUp, replica, "writes=" + std::to_string(missing) + " from=" + m_nodes[source].id);
    if (node.provisioning == Provisioning::CatchingUp && node.catchUpInFlight == 0)
        caughtUp(replica);  // the snapshot was already current
}

void Simulation::databaseDied(int node)
{
    ReplicationState &r = m_replication;
    m_nodes[node].catchUpInFlight = 0;  // its replays in flight are void; a revive starts another
    if (!r.enabled)
        return;
    if (!r.copying.empty()) {
        // A clone needs its donor to the end (MySQL's clone plugin fails when the donor goes).
        const std::vector<int> copies = r.copying;
        for (int copy : copies)
            if (m_nodes[copy].copyFrom == node)
                abortCopy(copy, "from=" + m_nodes[node].id + " died");
    }
    if (r.peerMode()) {
        peerDied(node);
        return;
    }
    m_nodes[node].relayLog.clear();  // pending applies check the epoch; the list goes with the memory
    if (node == r.primary) {
        // Clients waiting for an acknowledgement lose their connection.
        for (WriteRecord &w : r.window) {
            if (w.waitingSlot == UINT32_MAX)
                continue;
            const std::uint32_t slot = w.waitingSlot;
            w.waitingSlot = UINT32_MAX;
            failBackendRequest(slot, Outcome::Error, node);
        }
        if (!r.promotionPending) {
            r.promotionPending = true;
            m_queue.push(m_now + r.failoverDelay, kPromote, static_cast<std::uint32_t>(node));
        }
        return;
    }
    const int b = r.replicaBit(node);
    if (b < 0)
        return;
    scheduleReplacement(node);
    // A replica gone: writes waiting on it wait for the others, or fall back as MySQL does.
    for (WriteRecord &w : r.window) {
        if (w.waitingSlot == UINT32_MAX || !(w.awaitingReplicas & bit(b)))
            continue;
        w.awaitingReplicas &= ~bit(b);
        if (w.awaitingReplicas == 0) {
            const SimTime timeoutAt = SimTime::fromUs(w.commitUs) + r.semiSyncTimeout;
            if (r.mode == ReplicationState::Mode::Sync)
                acknowledgeWrite(w, SimTime{}, WriteAck::NoReplicaLeft);
            else
                acknowledgeWrite(w, std::max(timeoutAt - m_now, SimTime{}), WriteAck::SemiSyncTimeout);
        }
    }
}

void Simulation::promote(int oldPrimary)
{
    ReplicationState &r = m_replication;
    r.promotionPending = false;
    if (m_nodes[oldPrimary].up || r.primary != oldPrimary)
        return;  // it came back before anyone acted
    // The most up to date by what it has received: its relay log counts, it is applied first.
    const auto received = [this](int node) {
        const NodeRuntime &n = m_nodes[node];
        std::uint64_t newest = n.ledger.lastApplied();
        for (std::uint64_t id : n.relayLog)
            newest = std::max(newest, id);
        return newest;
    };
    int candidate = -1;
    for (int replica : r.replicas)
        if (m_nodes[replica].up && (candidate < 0 || received(replica) > received(candidate)))
            candidate = replica;
    if (candidate < 0) {
        announce(EngineEventKind::PromoteFailed, oldPrimary, "no replica is up; writes fail until the primary returns");
        return;
    }
    if (r.recoverFromBinlog) {
        r.recoveringCandidate = candidate;
        announce(EngineEventKind::BinlogRecovery, candidate, "from=" + m_nodes[oldPrimary].id, oldPrimary);
        m_queue.push(m_now + r.recoveryDelay, kPromoteFinish, static_cast<std::uint32_t>(oldPrimary));
        return;
    }
    finishPromotion(oldPrimary, candidate);
}

void Simulation::finishRecovery(int oldPrimary)
{
    ReplicationState &r = m_replication;
    const int candidate = r.recoveringCandidate;
    r.recoveringCandidate = -1;
    if (m_nodes[oldPrimary].up || candidate < 0 || !m_nodes[candidate].up)
        return;
    drainRelayLog(candidate);
    // The recovery script reads the dead primary's binlog and replays what the candidate lacks.
    Ledger &ledger = m_nodes[candidate].ledger;
    std::uint64_t replayed = 0;
    for (WriteRecord &w : r.window) {
        if (w.lost || w.origin != oldPrimary || ledger.version(w.key) >= w.id)
            continue;
        ledger.apply(w.key, w.id, w.commitUs);
        w.visible = true;
        ++replayed;
    }
    r.counters.recoveredWrites += replayed;
    announce(EngineEventKind::BinlogReplayed, candidate, "writes=" + std::to_string(replayed));
    finishPromotion(oldPrimary, candidate);
}

LostWrite Simulation::lostWriteOf(const WriteRecord &w, int newPrimary) const
{
    LostWrite lost;
    lost.writeId = w.id;
    lost.key = w.key;
    lost.requestId = w.requestId;
    lost.origin = w.origin;
    lost.commitUs = w.commitUs;
    lost.lostUs = m_now.us;
    lost.ack = w.ack;
    lost.ackUs = w.ackUs;
    lost.clientsNode = static_cast<std::int32_t>(w.user >> 32);
    lost.user = static_cast<std::uint32_t>(w.user & 0xFFFFFFFFu);
    lost.sentUs = w.sentUs;
    lost.newPrimary = newPrimary;
    // The same tests receiveShipment() makes: a write due after its origin's death never left it.
    const NodeRuntime &origin = m_nodes[w.origin];
    const bool died = origin.epoch != w.originEpoch;
    lost.originDiedUs = died ? origin.killedAt.us : -1;
    if (died && w.sentUs > origin.killedAt.us)
        lost.shipping = LostWrite::Shipping::NotSent;
    else if (w.sentUs + latencyBetween(w.origin, newPrimary).us > m_now.us)
        lost.shipping = LostWrite::Shipping::InFlight;
    else
        lost.shipping = LostWrite::Shipping::Missed;
    return lost;
}

void Simulation::finishPromotion(int oldPrimary, int candidate)
{
    ReplicationState &r = m_replication;
    drainRelayLog(candidate);
    const Ledger &kept = m_nodes[candidate].ledger;
    for (WriteRecord &w : r.window) {
        if (w.lost || kept.version(w.key) >= w.id || kept.lastApplied() >= w.id)
            continue;
        w.lost = true;
        if (w.acknowledged) {
            ++r.counters.lostWrites;
            r.lostWrites.push_back(lostWriteOf(w, candidate));
            if (r.lostWrites.size() > ReplicationState::kLostWriteLog)
                r.lostWrites.pop_front();
            announce(EngineEventKind::LostWrite, oldPrimary, "write=" + std::to_string(w.id) + " key=" + std::to_string(w.key)
                                                   + " request=" + std::to_string(w.requestId) + " origin=" + m_nodes[w.origin].id);
        }
        if (w.observed)
            ++r.counters.phantomReads;
    }
    r.replicas.erase(std::find(r.replicas.begin(), r.replicas.end(), candidate));
    r.replicas.push_back(oldPrimary);  // it follows the new primary when it comes back
    m_nodes[candidate].role = DatabaseRole::Primary;
    m_nodes[oldPrimary].role = DatabaseRole::Replica;
    m_nodes[candidate].roleSince = m_now;
    m_nodes[oldPrimary].roleSince = m_now;
    m_nodes[oldPrimary].needsRejoin = true;
    r.primary = candidate;
    r.lastPromoted = candidate;
    r.lastPromotedAt = m_now;
    ++r.counters.promotions;
    announce(EngineEventKind::Promote, candidate, "old=" + m_nodes[oldPrimary].id + " applied=" + std::to_string(kept.lastApplied()), oldPrimary);
    for (int replica : r.replicas)
        if (replica != oldPrimary && m_nodes[replica].up)
            catchUp(replica, candidate);
    purgeWindow();
    scheduleReplacement(oldPrimary);  // "a new slave will replace the old one"
}

void Simulation::databaseRevived(int node)
{
    ReplicationState &r = m_replication;
    if (!r.enabled)
        return;
    if (r.peerMode()) {
        peerRevived(node);
        return;
    }
    NodeRuntime &db = m_nodes[node];
    if (db.needsRejoin) {
        // The old primary comes back as a replica of the new one: its own unshipped writes are
        // discarded and it takes the new primary's data.
        db.needsRejoin = false;
        std::uint64_t discarded = 0;
        for (const WriteRecord &w : r.window)
            discarded += w.lost && w.origin == node;
        db.ledger = m_nodes[r.primary].ledger;
        announce(EngineEventKind::Rejoin, node, "primary=" + m_nodes[r.primary].id + " discarded=" + std::to_string(discarded));
        return;
    }
    if (node == r.primary) {
        r.promotionPending = false;  // back before the failover: replicas fetch what they missed
        for (int replica : r.replicas)
            if (m_nodes[replica].up)
                catchUp(replica, node);
        return;
    }
    if (r.primary >= 0)
        catchUp(node, r.primary);
}

double Simulation::replicaLagMs(int node) const
{
    const ReplicationState &r = m_replication;
    if (r.mode == ReplicationState::Mode::Circular) {
        // A ring node: the age of the oldest write it has not executed.
        const std::int64_t oldest = r.ringLog.oldestMissingCommitUs(node);
        return r.enabled && m_nodes[node].up && oldest >= 0 ? (m_now.us - oldest) / 1000.0 : 0.0;
    }
    if (!r.enabled || node == r.primary || m_nodes[node].type != NodeType::Database
        || m_nodes[node].provisioning == Provisioning::Absent || m_nodes[node].provisioning == Provisioning::Copying)
        return 0.0;
    const std::uint64_t applied = m_nodes[node].ledger.lastApplied();
    for (const WriteRecord &w : r.window)
        if (!w.lost && w.visible && w.id > applied)
            return (m_now.us - w.commitUs) / 1000.0;
    return 0.0;
}

std::uint64_t Simulation::writesBehind(int node) const
{
    const ReplicationState &r = m_replication;
    if (r.mode == ReplicationState::Mode::Circular)
        return r.enabled && m_nodes[node].up ? r.ringLog.missingCount(node) : 0;
    if (!r.enabled || node == r.primary || m_nodes[node].provisioning == Provisioning::Absent
        || m_nodes[node].provisioning == Provisioning::Copying)
        return 0;
    const std::uint64_t applied = m_nodes[node].ledger.lastApplied();
    return static_cast<std::uint64_t>(std::count_if(r.window.begin(), r.window.end(), [&](const WriteRecord &w) {
        return !w.lost && w.visible && w.id > applied;
    }));
}

std::uint64_t Simulation::divergedKeys() const
{
    // Keys on which some live replica disagrees with the primary right now.
    const ReplicationState &r = m_replication;
    if (r.enabled && r.peerMode())
        return divergedPeerKeys();
    if (!r.enabled || r.primary < 0)
        return 0;
    const Ledger &primary = m_nodes[r.primary].ledger;
    std::uint64_t diverged = 0;
    for (const auto &[key, version] : primary.rows()) {
        for (int replica : r.replicas) {
            if (m_nodes[replica].up && m_nodes[replica].ledger.version(key) != version) {
                ++diverged;
                break;
            }
        }
    }
    return diverged;
}

} // namespace scalelab
