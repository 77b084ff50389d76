// Multi-master and circular replication. Every master takes writes; each write carries the
// version it overwrote (its parent), so concurrent writes of one key are told apart from
// ordinary updates: a conflict. last_writer_wins converges by commit time and silently
// discards the loser; first_committer_wins certifies each write with the group, as MySQL Group
// Replication does, and rolls the later one back. A ring forwards writes hop by hop and has no
// conflict handling at all: concurrent writes can leave the nodes disagreeing. A ring node's
// death and return are in simulationring.cpp.
#include "sim/simulation.h"

#include <algorithm>
#include <map>
#include <set>

namespace scalelab {

namespace {
constexpr std::size_t kHistoryPerKey = 16;
}

void Simulation::setUpPeerReplication()
{
    ReplicationState &r = m_replication;
    r.mode = m_topology.replication.mode == QLatin1String("circular") ? ReplicationState::Mode::Circular
                                                                       : ReplicationState::Mode::MultiMaster;
    r.lastWriterWins = m_topology.replication.conflictResolution != QLatin1String("first_committer_wins");
    r.ringNext.assign(m_nodes.size(), -1);
    for (int i = 0; i < nodeCount(); ++i) {
        if (m_nodes[i].type != NodeType::Database)
            continue;
        r.masters.push_back(i);
        m_nodes[i].role = DatabaseRole::Master;
    }
    for (const LinkRuntime &link : m_links)
        if (m_nodes[link.from].type == NodeType::Database && m_nodes[link.to].type == NodeType::Database
            && r.ringNext[link.from] < 0)
            r.ringNext[link.from] = link.to;
    r.ringHop.assign(m_nodes.size(), SimTime{});
    for (int m : r.masters)
        if (r.ringNext[m] >= 0)
            r.ringHop[m] = latencyBetween(m, r.ringNext[m]);
    r.ringOriginal = r.ringNext;
    r.ringHopOriginal = r.ringHop;
    if (r.mode == ReplicationState::Mode::Circular)
        r.ringLog.setMembers(r.masters, nodeCount());
    r.enabled = r.masters.size() >= 2;
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

void Simulation::rememberPeerWrite(std::uint32_t key, const PeerWrite &w)
{
    std::vector<PeerWrite> &h = m_replication.history[key];
    if (h.size() >= kHistoryPerKey)
        h.erase(h.begin());
    h.push_back(w);
}

bool Simulation::commitPeerWrite(std::uint32_t slot)
{
    Slot &s = m_slots[slot];
    ReplicationState &r = m_replication;
    NodeRuntime &db = m_nodes[s.backend];
    const PeerWrite w{m_nextWriteId++, db.ledger.version(s.rec.key), s.backend, m_now.us};
    s.writeId = w.id;
    s.rec.version = w.id;
    if (!r.lastWriterWins && r.mode == ReplicationState::Mode::MultiMaster) {
        // Certification: the group agrees on an order before anyone commits.
        s.peerWrite = w;
        SimTime round;
        for (int m : r.masters)
            if (m != s.backend && m_nodes[m].up)
                round = std::max(round, latencyBetween(s.backend, m) + latencyBetween(s.backend, m));
        m_queue.push(m_now + r.shipDelay + round, kCertify, slot);
        return true;
    }
    rememberPeerWrite(s.rec.key, w);
    db.ledger.set(s.rec.key, w.id, w.commitUs);
    if (r.mode == ReplicationState::Mode::Circular)
        r.ringLog.committed(w, s.rec.key);
    noteOwnWrite(s.rec, w.id);
    if (m_observer)
        announce(EngineEventKind::Commit, s.backend, "write=" + std::to_string(w.id) + " key=" + std::to_string(s.rec.key) + " origin=" + db.id);
    propagate(w, s.rec.key, s.backend);
    return false;
}

void Simulation::noteOwnWrite(const RequestRecord &request, std::uint64_t writeId)
{
    const std::uint64_t user = (static_cast<std::uint64_t>(request.clientsNode) << 32) | request.user;
    m_replication.lastWriteOfUser[user] = {request.key, writeId};
}

void Simulation::certify(std::uint32_t slot)
{
    Slot &s = m_slots[slot];
    ReplicationState &r = m_replication;
    NodeRuntime &db = m_nodes[s.backend];
    if (db.epoch != s.backendEpoch || s.finished) {
        respondFromBackend(slot, SimTime{});  // the member died while certifying: the kill set the error
        return;
    }
    const PeerWrite w = s.peerWrite;
    std::uint64_t &groupVersion = r.certified[s.rec.key];
    if (groupVersion != w.parent) {
        // Another member's write of this key was certified first: roll this one back.
        ++r.counters.conflicts;
        ++r.counters.rolledBack;
        announce(EngineEventKind::Conflict, s.backend, "key=" + std::to_string(s.rec.key) + " write=" + std::to_string(w.id)
                                            + " rolled_back first=" + std::to_string(groupVersion));
        s.pendingOutcome = Outcome::Error;
        s.pendingFailedAt = s.backend;
        respondFromBackend(slot, SimTime{});
        return;
    }
    groupVersion = w.id;
    rememberPeerWrite(s.rec.key, w);
    db.ledger.set(s.rec.key, w.id, w.commitUs);
    noteOwnWrite(s.rec, w.id);
    if (m_observer)
        announce(EngineEventKind::Commit, s.backend, "write=" + std::to_string(w.id) + " key=" + std::to_string(s.rec.key) + " origin=" + db.id);
    propagate(w, s.rec.key, s.backend);
    respondFromBackend(slot, SimTime{});
}

void Simulation::propagate(const PeerWrite &w, std::uint32_t key, int from)
{
    ReplicationState &r = m_replication;
    if (r.mode == ReplicationState::Mode::Circular) {
        const int next = r.ringNext[from];
        if (next >= 0 && next != w.origin)
            shipPeer(w, key, next, m_now + r.shipDelay + r.ringHop[from], false, from);
        return;
    }
    for (int m : r.masters)
        if (m != from && m_nodes[m].up)
            shipPeer(w, key, m, m_now + r.shipDelay + latencyBetween(from, m));
}

void Simulation::shipPeer(const PeerWrite &w, std::uint32_t key, int to, SimTime arrives, bool resync, int from)
{
    ReplicationState &r = m_replication;
    std::uint32_t index;
    if (!r.freePeerShipments.empty()) {
        index = r.freePeerShipments.back();
        r.freePeerShipments.pop_back();
    } else {
        index = static_cast<std::uint32_t>(r.peerShipments.size());
        r.peerShipments.emplace_back();
    }
    r.peerShipments[index] = PeerShipment{to, m_nodes[to].epoch, key, w, resync, from, (m_now + r.shipDelay).us, false};
    if (r.mode == ReplicationState::Mode::Circular && !resync)
        r.ringLog.shipped(w.id, to);
    ++r.inTransit;
    NodeRuntime &node = m_nodes[to];
    node.lastShipAt = std::max(arrives, node.lastShipAt);
    m_queue.push(node.lastShipAt, kPeerReceive, index);
}

void Simulation::receivePeerWrite(std::uint32_t index)
{
    ReplicationState &r = m_replication;
    const PeerShipment shipment = r.peerShipments[index];
    r.peerShipments[index].to = -1;
    r.freePeerShipments.push_back(index);
    --r.inTransit;
    NodeRuntime &node = m_nodes[shipment.to];
    const std::uint32_t key = shipment.key;
    const PeerWrite &w = shipment.write;
    const bool ring = r.mode == ReplicationState::Mode::Circular;
    const bool alive = node.up && node.epoch == shipment.toEpoch && !shipment.unsent;
    // A ring node skips what it executed already, as MySQL skips a GTID it has: a write that
    // comes round again after a re-pointing is not forwarded for ever.
    const bool fresh = ring && !shipment.resync ? r.ringLog.received(w.id, shipment.to, alive) : alive;
    if (!fresh)
        return;  // dead here (the node before it re-sends it when the ring closes), or executed already
    const std::uint64_t local = node.ledger.version(key);
    if (local == w.id) {
        // Already here (a resync copied the row): a ring still passes the write on.
        if (ring && !shipment.resync)
            propagate(w, key, shipment.to);
        return;
    }
    // Concurrent with what this node holds: neither was written having seen the other.
    const bool concurrent = local != 0 && local != w.parent && !r.descends(key, w.id, local) && !r.descends(key, local, w.id);
    // Multi-master converges on the last writer (commit order, which write ids follow); a ring
    // just applies what arrives, so concurrent writes can leave its nodes disagreeing.
    const bool apply = r.mode == ReplicationState::Mode::Circular ? !r.descends(key, local, w.id) : w.id > local;
    if (concurrent) {
        const PeerWrite *mine = r.peerWrite(key, local);
        // Each conflict is counted once: where the lower-numbered write was committed.
        if (mine && mine->origin == shipment.to && local < w.id) {
            ++r.counters.conflicts;
            if (r.mode == ReplicationState::Mode::MultiMaster)
                ++r.counters.discardedUpdates;
            announce(EngineEventKind::Conflict, shipment.to, "key=" + std::to_string(key) + " here=" + std::to_string(local)
                                                  + " incoming=" + std::to_string(w.id)
                                                  + (r.mode == ReplicationState::Mode::MultiMaster ? " winner=" + std::to_string(std::max(local, w.id))
                                                                                                  : std::string(" no_resolution")));
        }
    }
    if (apply) {
        node.ledger.set(key, w.id, w.commitUs);
        r.counters.maxLagMs = std::max(r.counters.maxLagMs, (m_now.us - w.commitUs) / 1000.0);
        if (m_observer)
            announce(EngineEventKind::ReplicateApply, shipment.to, "write=" + std::to_string(w.id) + " key=" + std::to_string(key)
                                                              + " origin=" + m_nodes[w.origin].id);
    }
    if (ring && !shipment.resync)
        propagate(w, key, shipment.to);
}

void Simulation::peerRevived(int node)
{
    ReplicationState &r = m_replication;
    if (r.mode == ReplicationState::Mode::Circular)
        rejoinRing(node);
    // Sync what it missed from the others (every key where a peer holds something else).
    std::map<std::uint32_t, std::pair<std::uint64_t, int>> missing;
    for (int peer : r.masters) {
        if (peer == node || !m_nodes[peer].up)
            continue;
        for (const auto &[key, version] : m_nodes[peer].ledger.rows())
            if (m_nodes[node].ledger.version(key) != version && (!missing.count(key) || missing[key].first < version))
                missing[key] = {version, peer};
    }
    SimTime at = m_now + r.shipDelay;
    for (const auto &[key, source] : missing) {
        at += SimTime::fromUs(20);
        const PeerWrite *known = r.peerWrite(key, source.first);
        // Resync copies the peer's row; it is not forwarded round a ring.
        const PeerWrite w = known ? *known : PeerWrite{source.first, 0, source.second, m_now.us};
        shipPeer(w, key, node, at + latencyBetween(source.second, node), true);
    }
    if (!missing.empty())
        announce(EngineEventKind::Resync, node, "keys=" + std::to_string(missing.size()));
}


std::uint64_t Simulation::divergedPeerKeys() const
{
    const ReplicationState &r = m_replication;
    std::map<std::uint32_t, std::set<std::uint64_t>> seen;
    std::map<std::uint32_t, int> holders;
    int live = 0;
    for (int m : r.masters) {
        if (!m_nodes[m].up)
            continue;
        ++live;
        for (const auto &[key, version] : m_nodes[m].ledger.rows()) {
            seen[key].insert(version);
            ++holders[key];
        }
    }
    std::uint64_t diverged = 0;
    for (const auto &[key, versions] : seen)
        diverged += versions.size() > 1 || holders[key] < live;
    return diverged;
}

std::uint64_t Simulation::newestWriteOf(std::uint32_t key) const
{
    const auto it = m_replication.history.find(key);
    if (it == m_replication.history.end())
        return 0;
    std::uint64_t newest = 0;
    for (const PeerWrite &w : it->second)
        newest = std::max(newest, w.id);
    return newest;
}

} // namespace scalelab
