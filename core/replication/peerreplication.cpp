// SPDX-License-Identifier: GPL-3.0-or-later
// Multi-master and circular replication. Every master takes writes; each write carries the
// version it overwrote (its parent), so concurrent writes of one key are told apart from
// ordinary updates: a conflict. last_writer_wins converges by commit time and silently
// discards the loser; first_committer_wins certifies each write with the group, as MySQL Group
// Replication does, and rolls the later one back. A ring forwards writes hop by hop and has no
// conflict handling at all: concurrent writes can leave the nodes disagreeing. A ring node's
// death and return are in peerring.cpp.
#include "replication/peerreplication.h"

#include "replication/linklatency.h"
#include "sim/enginecontext.h"
#include "sim/eventkind.h"
#include "sim/eventqueue.h"
#include "sim/noderuntime.h"
#include "base/request.h"
#include "model/topology.h"

#include <algorithm>
#include <map>
#include <set>

namespace scalelab {

namespace {
constexpr std::size_t kHistoryPerKey = 16;
}

void PeerReplication::setUp(const EngineContext &ctx, std::vector<DatabaseRuntime> &dbs)
{
    const ReplicationSpec &spec = ctx.topology.replication;
    if (!ctx.topology.hasReplication || (spec.mode != QLatin1String("multi_master") && spec.mode != QLatin1String("circular")))
        return;
    const int nodeCount = static_cast<int>(ctx.nodes.size());
    m_shipDelay = SimTime::fromMs(spec.shipDelayMs);
    m_failoverDelay = SimTime::fromMs(spec.failoverMs);
    m_mode = spec.mode == QLatin1String("circular") ? ReplicationState::Mode::Circular : ReplicationState::Mode::MultiMaster;
    m_lastWriterWins = spec.conflictResolution != QLatin1String("first_committer_wins");
    m_ringNext.assign(ctx.nodes.size(), -1);
    for (int i = 0; i < nodeCount; ++i) {
        if (ctx.nodes[i].type != NodeType::Database)
            continue;
        m_masters.push_back(i);
        dbs[i].role = DatabaseRole::Master;
    }
    for (const LinkRuntime &link : ctx.links)
        if (ctx.nodes[link.from].type == NodeType::Database && ctx.nodes[link.to].type == NodeType::Database
            && m_ringNext[link.from] < 0)
            m_ringNext[link.from] = link.to;
    m_ringHop.assign(ctx.nodes.size(), SimTime{});
    for (int m : m_masters)
        if (m_ringNext[m] >= 0)
            m_ringHop[m] = latencyBetween(ctx.links, m, m_ringNext[m]);
    m_ringOriginal = m_ringNext;
    m_ringHopOriginal = m_ringHop;
    if (m_mode == ReplicationState::Mode::Circular)
        m_ringLog.setMembers(m_masters, nodeCount);
    m_enabled = m_masters.size() >= 2;
}

void PeerReplication::remember(std::uint32_t key, const PeerWrite &w)
{
    std::vector<PeerWrite> &h = m_history[key];
    if (h.size() >= kHistoryPerKey)
        h.erase(h.begin());
    h.push_back(w);
}

void PeerReplication::startCertification(EngineContext &ctx, const PeerWrite &w, std::uint32_t slot)
{
    // Certification: the group agrees on an order before anyone commits.
    SimTime round;
    for (int m : m_masters)
        if (m != w.origin && ctx.nodes[m].up)
            round = std::max(round, latencyBetween(ctx.links, w.origin, m) + latencyBetween(ctx.links, w.origin, m));
    ctx.queue.push(ctx.now + m_shipDelay + round, kCertify, slot);
}

void PeerReplication::commit(EngineContext &ctx, std::vector<DatabaseRuntime> &dbs, const PeerWrite &w, const RequestRecord &request)
{
    const int node = w.origin;
    remember(request.key, w);
    dbs[node].ledger.set(request.key, w.id, w.commitUs);
    if (m_mode == ReplicationState::Mode::Circular)
        m_ringLog.committed(w, request.key);
    noteOwnWrite(request, w.id);
    if (ctx.observer)
        ctx.announce(EngineEventKind::Commit, node, "write=" + std::to_string(w.id) + " key=" + std::to_string(request.key) + " origin=" + ctx.nodes[node].id);
    propagate(ctx, dbs, w, request.key, node);
}

void PeerReplication::noteOwnWrite(const RequestRecord &request, std::uint64_t writeId)
{
    const std::uint64_t user = (static_cast<std::uint64_t>(request.clientsNode) << 32) | request.user;
    m_lastWriteOfUser[user] = {request.key, writeId};
}

bool PeerReplication::certify(EngineContext &ctx, std::vector<DatabaseRuntime> &dbs, const PeerWrite &w, const RequestRecord &request)
{
    const int node = w.origin;
    std::uint64_t &groupVersion = m_certified[request.key];
    if (groupVersion != w.parent) {
        // Another member's write of this key was certified first: roll this one back.
        ++m_counters.conflicts;
        ++m_counters.rolledBack;
        ctx.announce(EngineEventKind::Conflict, node, "key=" + std::to_string(request.key) + " write=" + std::to_string(w.id)
                                           + " rolled_back first=" + std::to_string(groupVersion));
        return false;
    }
    groupVersion = w.id;
    remember(request.key, w);
    dbs[node].ledger.set(request.key, w.id, w.commitUs);
    noteOwnWrite(request, w.id);
    if (ctx.observer)
        ctx.announce(EngineEventKind::Commit, node, "write=" + std::to_string(w.id) + " key=" + std::to_string(request.key) + " origin=" + ctx.nodes[node].id);
    propagate(ctx, dbs, w, request.key, node);
    return true;
}

void PeerReplication::propagate(EngineContext &ctx, std::vector<DatabaseRuntime> &dbs, const PeerWrite &w, std::uint32_t key, int from)
{
    if (m_mode == ReplicationState::Mode::Circular) {
        const int next = m_ringNext[from];
        if (next >= 0 && next != w.origin)
            ship(ctx, dbs, w, key, next, ctx.now + m_shipDelay + m_ringHop[from], false, from);
        return;
    }
    for (int m : m_masters)
        if (m != from && ctx.nodes[m].up)
            ship(ctx, dbs, w, key, m, ctx.now + m_shipDelay + latencyBetween(ctx.links, from, m));
}

void PeerReplication::ship(EngineContext &ctx, std::vector<DatabaseRuntime> &dbs, const PeerWrite &w, std::uint32_t key, int to,
                           SimTime arrives, bool resync, int from)
{
    const std::uint32_t index
        = m_shipments.acquire(PeerShipment{to, ctx.nodes[to].epoch, key, w, resync, from, (ctx.now + m_shipDelay).us, false});
    if (m_mode == ReplicationState::Mode::Circular && !resync)
        m_ringLog.shipped(w.id, to);
    ++m_inTransit;
    DatabaseRuntime &db = dbs[to];
    db.lastShipAt = std::max(arrives, db.lastShipAt);
    ctx.queue.push(db.lastShipAt, kPeerReceive, index);
}

void PeerReplication::receive(EngineContext &ctx, std::vector<DatabaseRuntime> &dbs, std::uint32_t index)
{
    const PeerShipment shipment = m_shipments[index];
    m_shipments[index].to = -1;  // died() looks at every shipment: mark this one free
    m_shipments.release(index);
    --m_inTransit;
    const NodeRuntime &node = ctx.nodes[shipment.to];
    Ledger &ledger = dbs[shipment.to].ledger;
    const std::uint32_t key = shipment.key;
    const PeerWrite &w = shipment.write;
    const bool ring = m_mode == ReplicationState::Mode::Circular;
    const bool alive = node.up && node.epoch == shipment.toEpoch && !shipment.unsent;
    // A ring node skips what it executed already, as MySQL skips a GTID it has: a write that
    // comes round again after a re-pointing is not forwarded for ever.
    const bool fresh = ring && !shipment.resync ? m_ringLog.received(w.id, shipment.to, alive) : alive;
    if (!fresh)
        return;  // dead here (the node before it re-sends it when the ring closes), or executed already
    const std::uint64_t local = ledger.version(key);
    if (local == w.id) {
        // Already here (a resync copied the row): a ring still passes the write on.
        if (ring && !shipment.resync)
            propagate(ctx, dbs, w, key, shipment.to);
        return;
    }
    // Concurrent with what this node holds: neither was written having seen the other.
    const bool concurrent = local != 0 && local != w.parent && !descends(key, w.id, local) && !descends(key, local, w.id);
    // Multi-master converges on the last writer (commit order, which write ids follow); a ring
    // just applies what arrives, so concurrent writes can leave its nodes disagreeing.
    const bool apply = ring ? !descends(key, local, w.id) : w.id > local;
    if (concurrent) {
        const PeerWrite *mine = peerWrite(key, local);
        // Each conflict is counted once: where the lower-numbered write was committed.
        if (mine && mine->origin == shipment.to && local < w.id) {
            ++m_counters.conflicts;
            if (m_mode == ReplicationState::Mode::MultiMaster)
                ++m_counters.discardedUpdates;
            ctx.announce(EngineEventKind::Conflict, shipment.to, "key=" + std::to_string(key) + " here=" + std::to_string(local)
                                                      + " incoming=" + std::to_string(w.id)
                                                      + (m_mode == ReplicationState::Mode::MultiMaster ? " winner=" + std::to_string(std::max(local, w.id))
                                                                                                       : std::string(" no_resolution")));
        }
    }
    if (apply) {
        ledger.set(key, w.id, w.commitUs);
        m_counters.maxLagMs = std::max(m_counters.maxLagMs, (ctx.now.us - w.commitUs) / 1000.0);
        if (ctx.observer)
            ctx.announce(EngineEventKind::ReplicateApply, shipment.to, "write=" + std::to_string(w.id) + " key=" + std::to_string(key)
                                                             + " origin=" + ctx.nodes[w.origin].id);
    }
    if (ring && !shipment.resync)
        propagate(ctx, dbs, w, key, shipment.to);
}

void PeerReplication::revived(EngineContext &ctx, std::vector<DatabaseRuntime> &dbs, int node)
{
    if (m_mode == ReplicationState::Mode::Circular)
        rejoinRing(ctx, dbs, node);
    // Sync what it missed from the others (every key where a peer holds something else).
    std::map<std::uint32_t, std::pair<std::uint64_t, int>> missing;
    for (int peer : m_masters) {
        if (peer == node || !ctx.nodes[peer].up)
            continue;
        for (const auto &[key, version] : dbs[peer].ledger.rows())
            if (dbs[node].ledger.version(key) != version && (!missing.count(key) || missing[key].first < version))
                missing[key] = {version, peer};
    }
    SimTime at = ctx.now + m_shipDelay;
    for (const auto &[key, source] : missing) {
        at += SimTime::fromUs(20);
        const PeerWrite *known = peerWrite(key, source.first);
        // Resync copies the peer's row; it is not forwarded round a ring.
        const PeerWrite w = known ? *known : PeerWrite{source.first, 0, source.second, ctx.now.us};
        ship(ctx, dbs, w, key, node, at + latencyBetween(ctx.links, source.second, node), true);
    }
    if (!missing.empty())
        ctx.announce(EngineEventKind::Resync, node, "keys=" + std::to_string(missing.size()));
}

bool PeerReplication::readIsStale(const std::vector<DatabaseRuntime> &dbs, int node, std::uint32_t key, std::uint64_t *held,
                                  std::uint64_t *newest)
{
    *held = dbs[node].ledger.version(key);
    *newest = newestWriteOf(key);
    if (*held >= *newest || descends(key, *held, *newest))
        return false;
    ++m_counters.staleReads;
    return true;
}

void PeerReplication::readChecked(const EngineContext &ctx, int node, const RequestRecord &request, std::uint64_t held)
{
    const std::uint64_t user = (static_cast<std::uint64_t>(request.clientsNode) << 32) | request.user;
    const auto own = m_lastWriteOfUser.find(user);
    if (own != m_lastWriteOfUser.end() && own->second.first == request.key && held < own->second.second) {
        ++m_counters.readYourWritesViolations;
        if (ctx.observer)
            ctx.announce(EngineEventKind::ReadYourWritesViolation, node, "user=" + std::to_string(request.user) + " key="
                                                               + std::to_string(request.key) + " write=" + std::to_string(own->second.second));
    }
}

std::uint64_t PeerReplication::divergedKeys(const std::vector<NodeRuntime> &nodes, const std::vector<DatabaseRuntime> &dbs) const
{
    std::map<std::uint32_t, std::set<std::uint64_t>> seen;
    std::map<std::uint32_t, int> holders;
    int live = 0;
    for (int m : m_masters) {
        if (!nodes[m].up)
            continue;
        ++live;
        for (const auto &[key, version] : dbs[m].ledger.rows()) {
            seen[key].insert(version);
            ++holders[key];
        }
    }
    std::uint64_t diverged = 0;
    for (const auto &[key, versions] : seen)
        diverged += versions.size() > 1 || holders[key] < live;
    return diverged;
}

std::uint64_t PeerReplication::newestWriteOf(std::uint32_t key) const
{
    const auto it = m_history.find(key);
    if (it == m_history.end())
        return 0;
    std::uint64_t newest = 0;
    for (const PeerWrite &w : it->second)
        newest = std::max(newest, w.id);
    return newest;
}

const PeerWrite *PeerReplication::peerWrite(std::uint32_t key, std::uint64_t id) const
{
    const auto it = m_history.find(key);
    if (it == m_history.end())
        return nullptr;
    for (const PeerWrite &w : it->second)
        if (w.id == id)
            return &w;
    return nullptr;
}

bool PeerReplication::descends(std::uint32_t key, std::uint64_t later, std::uint64_t earlier) const
{
    for (int steps = 0; later != 0 && steps < 64; ++steps) {
        if (later == earlier)
            return true;
        const PeerWrite *w = peerWrite(key, later);
        if (!w)
            return false;
        later = w->parent;
    }
    return earlier == 0;
}

} // namespace scalelab
