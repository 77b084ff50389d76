// A ring node's death and return, as MySQL circular replication with GTIDs handles them. While
// the ring is open, every write that reached the dead node (or was sent to it) stops there, and
// the nodes after it fall behind. Once the death is detected (failover_ms), the node after it
// re-points to the node before it (CHANGE REPLICATION SOURCE TO ... SOURCE_AUTO_POSITION = 1):
// the source sends every write in its binary log the successor has not executed, so all that
// reached any live node reaches every live node. Only the dead node's own writes that had not
// left it are lost.
#include "sim/simulation.h"

namespace scalelab {

void Simulation::peerDied(int node)
{
    ReplicationState &r = m_replication;
    if (r.mode != ReplicationState::Mode::Circular)
        return;
    // What it had committed or received but not yet sent (the ship delay was not over) dies
    // with it; what it had sent still arrives.
    for (PeerShipment &shipment : r.peerShipments) {
        if (shipment.to >= 0 && shipment.from == node && shipment.sentUs > m_now.us && !shipment.unsent) {
            shipment.unsent = true;
            r.ringLog.received(shipment.write.id, shipment.to, false);
        }
    }
    r.ringLog.nodeDied(node);
    m_queue.push(m_now + r.failoverDelay, kRingBypass, static_cast<std::uint32_t>(node));
}

void Simulation::bypassRingNode(int node)
{
    ReplicationState &r = m_replication;
    if (m_nodes[node].up)
        return;
    for (int m : r.masters) {
        if (r.ringNext[m] == node) {
            // The traffic now goes round the dead node: both hops' latency.
            r.ringNext[m] = r.ringNext[node];
            r.ringHop[m] += r.ringHop[node];
            announce(EngineEventKind::RingBypass, m, "skips=" + m_nodes[node].id + " next=" + m_nodes[r.ringNext[node]].id);
            if (m_nodes[m].up && m_nodes[r.ringNext[m]].up)
                sendMissingRingWrites(m, r.ringNext[m], r.ringHop[m]);
        }
    }
    // What no live node executed and none has on the way exists only on dead nodes: the
    // writes committed there that had not left. No survivor will ever get them.
    for (const RingLog::Entry &e : r.ringLog.takeUnreachable()) {
        ++r.counters.ringLostWrites;
        announce(EngineEventKind::RingLostWrite, e.write.origin, "write=" + std::to_string(e.write.id) + " key=" + std::to_string(e.key)
                                                        + " origin=" + m_nodes[e.write.origin].id);
    }
}

void Simulation::sendMissingRingWrites(int source, int to, SimTime hop)
{
    // `to` connects to `source` with auto-positioning: its executed GTID set tells the source
    // where to resume, and the source sends every write it has that `to` lacks, in commit order.
    ReplicationState &r = m_replication;
    const std::vector<RingLog::Entry> missing = r.ringLog.missingAt(to, source);
    const SimTime arrives = m_now + r.shipDelay + hop;
    for (const RingLog::Entry &e : missing)
        shipPeer(e.write, e.key, to, arrives, false, source);
    r.counters.strandedWrites += missing.size();
    announce(EngineEventKind::RingRepoint, to, "source=" + m_nodes[source].id + " missing=" + std::to_string(missing.size()));
}

void Simulation::rejoinRing(int node)
{
    ReplicationState &r = m_replication;
    // Back in its old place in the ring.
    int before = -1;
    for (int m : r.masters) {
        if (r.ringOriginal[m] == node) {
            r.ringNext[m] = node;
            r.ringHop[m] = r.ringHopOriginal[m];
            before = m;
        }
    }
    r.ringNext[node] = r.ringOriginal[node];
    r.ringHop[node] = r.ringHopOriginal[node];
    const int after = r.ringNext[node];
    // The node after it re-points to it and gets what only it had (its own writes, when it
    // returns before the ring closed round it); it re-points to the node before it and gets
    // what it missed. Anything else it lacks the resync copies (peerRevived).
    if (after >= 0 && after != node && m_nodes[after].up)
        sendMissingRingWrites(node, after, r.ringHop[node]);
    if (before >= 0 && before != node && m_nodes[before].up)
        sendMissingRingWrites(before, node, r.ringHop[before]);
    r.ringLog.nodeRevived(node);
}

void Simulation::noteRingLag()
{
    // The real lag: the age of the oldest write some live node has not executed. In a healthy
    // ring that is the write's trip round the ring; while the ring is open it grows until the
    // ring closes.
    ReplicationState &r = m_replication;
    const std::int64_t oldest = r.ringLog.oldestPendingCommitUs();
    if (oldest >= 0)
        r.counters.maxLagMs = std::max(r.counters.maxLagMs, (m_now.us - oldest) / 1000.0);
}

} // namespace scalelab
