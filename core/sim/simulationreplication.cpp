// SPDX-License-Identifier: GPL-3.0-or-later
// Replication's part of the request path: which database a request goes to, a write's commit
// and its answer, a read's staleness, and a database's death and return. The behaviour is in
// the Replication and PeerReplication components (core/replication); this glue owns the
// request slots, so it sends, answers and fails the requests they say are done.
#include "sim/simulation.h"

namespace scalelab {

int Simulation::databaseLinkFor(int webNode, Op op, std::uint32_t key)
{
    if (m_sharding.enabled())
        return shardLinkFor(webNode, op, key);
    NodeRuntime &web = m_nodes[webNode];
    const ReplicationState &r = m_replication.state();
    if (r.peerMode())
        return masterLinkFor(webNode, op);
    int primaryLink = -1;
    for (int link : web.databaseLinks)
        if (m_links[link].to == r.primary)
            primaryLink = link;
    if (!r.enabled)
        return web.databaseLinks.empty() ? -1 : (primaryLink >= 0 ? primaryLink : web.databaseLinks.front());
    if (op == Op::Write)
        return primaryLink >= 0 ? primaryLink : kUnreachableBackend;
    // Read/write split: reads go round robin over the replicas that are up, else to the primary.
    const std::size_t n = web.databaseLinks.size();
    for (std::size_t tried = 0; tried < n; ++tried) {
        const int link = web.databaseLinks[(web.readCursor + tried) % n];
        const int dbNode = m_links[link].to;
        const DatabaseRuntime &db = m_replication.database(dbNode);
        if (db.role == DatabaseRole::Replica && m_nodes[dbNode].up && db.provisioning == Provisioning::Ready) {
            web.readCursor = (web.readCursor + tried + 1) % n;
            return link;
        }
    }
    return primaryLink;
}

int Simulation::masterLinkFor(int webNode, Op op)
{
    // Writes go to the web server's own master (its first live one); reads spread over every
    // live master, so a copy that is behind shows up as stale reads.
    NodeRuntime &web = m_nodes[webNode];
    const std::size_t n = web.databaseLinks.size();
    if (n == 0)
        return -1;
    const std::size_t start = op == Op::Write ? 0 : web.readCursor;
    for (std::size_t tried = 0; tried < n; ++tried) {
        const int link = web.databaseLinks[(start + tried) % n];
        if (m_nodes[m_links[link].to].up) {
            if (op != Op::Write)
                web.readCursor = (start + tried + 1) % n;
            return link;
        }
    }
    return web.databaseLinks.front();
}

bool Simulation::commitWrite(std::uint32_t slot)
{
    if (m_peerReplication.enabled())
        return commitPeerWrite(slot);
    Slot &s = m_slots[slot];
    const std::uint64_t id = m_nextWriteId++;
    s.writeId = id;
    s.rec.version = id;
    EngineContext ctx = context();
    return m_replication.commit(ctx, s.backend, s.rec, id, slot, &s.ackDelay);
}

bool Simulation::commitPeerWrite(std::uint32_t slot)
{
    Slot &s = m_slots[slot];
    const PeerWrite w{m_nextWriteId++, m_replication.database(s.backend).ledger.version(s.rec.key), s.backend, m_now.us};
    s.writeId = w.id;
    s.rec.version = w.id;
    EngineContext ctx = context();
    if (m_peerReplication.certifies()) {
        s.peerWrite = w;
        m_peerReplication.startCertification(ctx, w, slot);
        return true;
    }
    m_peerReplication.commit(ctx, m_replication.databases(), w, s.rec);
    return false;
}

void Simulation::certify(std::uint32_t slot)
{
    Slot &s = m_slots[slot];
    if (m_nodes[s.backend].epoch != s.backendEpoch || s.finished) {
        respondFromBackend(slot, SimTime{});  // the member died while certifying: the kill set the error
        return;
    }
    EngineContext ctx = context();
    if (!m_peerReplication.certify(ctx, m_replication.databases(), s.peerWrite, s.rec)) {
        s.pendingOutcome = Outcome::Error;  // rolled back: another member's write of the key came first
        s.pendingFailedAt = s.backend;
    }
    respondFromBackend(slot, SimTime{});
}

void Simulation::replicationEvent(const Event &event)
{
    EngineContext ctx = context();
    switch (static_cast<EventKind>(event.kind)) {
    case kReplicaReceive:
        if (m_replication.receive(ctx, event.a)) {
            answerReplicationWaiters();  // a semi-sync acknowledgement leaves before the apply is queued
            m_replication.scheduleApply(ctx, event.a);
        }
        break;
    case kReplicaApply: m_replication.apply(ctx, event.a); break;
    case kPromote: m_replication.promote(ctx, static_cast<int>(event.a)); break;
    case kPromoteFinish: m_replication.finishRecovery(ctx, static_cast<int>(event.a)); break;
    case kProvisionDone: m_replication.provisionDone(ctx, static_cast<int>(event.a)); break;
    case kAutoReplace: m_replication.autoReplace(ctx, static_cast<int>(event.a)); break;
    case kPeerReceive: m_peerReplication.receive(ctx, m_replication.databases(), event.a); break;
    case kRingBypass: m_peerReplication.bypass(ctx, m_replication.databases(), static_cast<int>(event.a)); break;
    default: break;
    }
    answerReplicationWaiters();
}

void Simulation::answerReplicationWaiters()
{
    // In the order replication decided them; an answer may not add another, but index anyway.
    std::vector<Replication::Answer> &answers = m_replication.answers();
    for (std::size_t i = 0; i < answers.size(); ++i) {
        const Replication::Answer a = answers[i];
        if (a.failed)
            failBackendRequest(a.slot, Outcome::Error, a.failedAt);
        else
            respondFromBackend(a.slot, a.delay);
    }
    answers.clear();
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
    const bool peer = m_replication.state().peerMode();
    if (peer ? !m_peerReplication.enabled() : !m_replication.enabled())
        return;
    std::uint64_t held = 0;
    std::uint64_t newest = 0;
    const bool stale = peer ? m_peerReplication.readIsStale(m_replication.databases(), s.backend, s.rec.key, &held, &newest)
                            : m_replication.readIsStale(s.backend, s.rec.key, &held, &newest);
    if (stale) {
        s.rec.stale = true;
        if (m_causes)
            noteStaleRead(s, held, newest);
    }
    const EngineContext ctx = context();
    if (peer)
        m_peerReplication.readChecked(ctx, s.backend, s.rec, held);
    else
        m_replication.readChecked(ctx, s.backend, s.rec, held);
}

void Simulation::databaseDied(int node)
{
    EngineContext ctx = context();
    const bool promotion = m_replication.databaseDied(ctx, node);
    if (m_peerReplication.enabled())
        m_peerReplication.died(ctx, node);
    answerReplicationWaiters();  // before the promotion is queued: the order of events is the engine's
    if (promotion)
        m_replication.queuePromotion(ctx, node);
}

void Simulation::databaseRevived(int node)
{
    EngineContext ctx = context();
    if (m_peerReplication.enabled())
        m_peerReplication.revived(ctx, m_replication.databases(), node);
    else
        m_replication.databaseRevived(ctx, node);
}

double Simulation::replicaLagMs(int node) const
{
    if (m_peerReplication.ring())
        return m_peerReplication.ringLagMs(m_nodes, m_now, node);
    return m_replication.replicaLagMs(m_nodes, m_now, node);
}

std::uint64_t Simulation::writesBehind(int node) const
{
    if (m_peerReplication.ring())
        return m_peerReplication.ringWritesBehind(m_nodes, node);
    return m_replication.writesBehind(node);
}

std::uint64_t Simulation::divergedKeys() const
{
    if (m_peerReplication.enabled())
        return m_peerReplication.divergedKeys(m_nodes, m_replication.databases());
    return m_replication.divergedKeys(m_nodes);
}

} // namespace scalelab
