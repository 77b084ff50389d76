// SPDX-License-Identifier: GPL-3.0-or-later
// A ring node's death and return, as MySQL circular replication with GTIDs handles them. While
// the ring is open, every write that reached the dead node (or was sent to it) stops there, and
// the nodes after it fall behind. Once the death is detected (failover_ms), the node after it
// re-points to the node before it (CHANGE REPLICATION SOURCE TO ... SOURCE_AUTO_POSITION = 1):
// the source sends every write in its binary log the successor has not executed, so all that
// reached any live node reaches every live node. Only the dead node's own writes that had not
// left it are lost.
#include "replication/peerreplication.h"

#include "sim/enginecontext.h"
#include "sim/eventkind.h"
#include "sim/eventqueue.h"
#include "sim/noderuntime.h"

#include <algorithm>

namespace scalelab {

void PeerReplication::died(EngineContext &ctx, int node)
{
    if (m_mode != ReplicationState::Mode::Circular)
        return;
    // What it had committed or received but not yet sent (the ship delay was not over) dies
    // with it; what it had sent still arrives.
    for (PeerShipment &shipment : m_shipments.items()) {
        if (shipment.to >= 0 && shipment.from == node && shipment.sentUs > ctx.now.us && !shipment.unsent) {
            shipment.unsent = true;
            m_ringLog.received(shipment.write.id, shipment.to, false);
        }
    }
    m_ringLog.nodeDied(node);
    ctx.queue.push(ctx.now + m_failoverDelay, kRingBypass, static_cast<std::uint32_t>(node));
}

void PeerReplication::bypass(EngineContext &ctx, std::vector<DatabaseRuntime> &dbs, int node)
{
    if (ctx.nodes[node].up)
        return;
    for (int m : m_masters) {
        if (m_ringNext[m] == node) {
            // The traffic now goes round the dead node: both hops' latency.
            m_ringNext[m] = m_ringNext[node];
            m_ringHop[m] += m_ringHop[node];
            ctx.announce(EngineEventKind::RingBypass, m, "skips=" + ctx.nodes[node].id + " next=" + ctx.nodes[m_ringNext[node]].id);
            if (ctx.nodes[m].up && ctx.nodes[m_ringNext[m]].up)
                sendMissingRingWrites(ctx, dbs, m, m_ringNext[m], m_ringHop[m]);
        }
    }
    // What no live node executed and none has on the way exists only on dead nodes: the
    // writes committed there that had not left. No survivor will ever get them.
    for (const RingLog::Entry &e : m_ringLog.takeUnreachable()) {
        ++m_counters.ringLostWrites;
        ctx.announce(EngineEventKind::RingLostWrite, e.write.origin, "write=" + std::to_string(e.write.id) + " key=" + std::to_string(e.key)
                                                            + " origin=" + ctx.nodes[e.write.origin].id);
    }
}

void PeerReplication::sendMissingRingWrites(EngineContext &ctx, std::vector<DatabaseRuntime> &dbs, int source, int to, SimTime hop)
{
    // `to` connects to `source` with auto-positioning: its executed GTID set tells the source
    // where to resume, and the source sends every write it has that `to` lacks, in commit order.
    const std::vector<RingLog::Entry> missing = m_ringLog.missingAt(to, source);
    const SimTime arrives = ctx.now + m_shipDelay + hop;
    for (const RingLog::Entry &e : missing)
        ship(ctx, dbs, e.write, e.key, to, arrives, false, source);
    m_counters.strandedWrites += missing.size();
    ctx.announce(EngineEventKind::RingRepoint, to, "source=" + ctx.nodes[source].id + " missing=" + std::to_string(missing.size()));
}

void PeerReplication::rejoinRing(EngineContext &ctx, std::vector<DatabaseRuntime> &dbs, int node)
{
    // Back in its old place in the ring.
    int before = -1;
    for (int m : m_masters) {
        if (m_ringOriginal[m] == node) {
            m_ringNext[m] = node;
            m_ringHop[m] = m_ringHopOriginal[m];
            before = m;
        }
    }
    m_ringNext[node] = m_ringOriginal[node];
    m_ringHop[node] = m_ringHopOriginal[node];
    const int after = m_ringNext[node];
    // The node after it re-points to it and gets what only it had (its own writes, when it
    // returns before the ring closed round it); it re-points to the node before it and gets
    // what it missed. Anything else it lacks the resync copies (revived()).
    if (after >= 0 && after != node && ctx.nodes[after].up)
        sendMissingRingWrites(ctx, dbs, node, after, m_ringHop[node]);
    if (before >= 0 && before != node && ctx.nodes[before].up)
        sendMissingRingWrites(ctx, dbs, before, node, m_ringHop[before]);
    m_ringLog.nodeRevived(node);
}

void PeerReplication::noteRingLag(SimTime now)
{
    // The real lag: the age of the oldest write some live node has not executed. In a healthy
    // ring that is the write's trip round the ring; while the ring is open it grows until the
    // ring closes.
    const std::int64_t oldest = m_ringLog.oldestPendingCommitUs();
    if (oldest >= 0)
        m_counters.maxLagMs = std::max(m_counters.maxLagMs, (now.us - oldest) / 1000.0);
}

double PeerReplication::ringLagMs(const std::vector<NodeRuntime> &nodes, SimTime now, int node) const
{
    // A ring node: the age of the oldest write it has not executed.
    const std::int64_t oldest = m_ringLog.oldestMissingCommitUs(node);
    return m_enabled && nodes[node].up && oldest >= 0 ? (now.us - oldest) / 1000.0 : 0.0;
}

std::uint64_t PeerReplication::ringWritesBehind(const std::vector<NodeRuntime> &nodes, int node) const
{
    return m_enabled && nodes[node].up ? m_ringLog.missingCount(node) : 0;
}

} // namespace scalelab
