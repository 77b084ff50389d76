// SPDX-License-Identifier: GPL-3.0-or-later
// Sharding's part of the request path: which shard's database a call goes to, a fan-out
// read's calls to every shard and their join, and the add_shard action. The behaviour is in
// the Sharding component (core/sharding); this glue owns the request slots.
#include "sim/simulation.h"

#include <algorithm>

namespace scalelab {

int Simulation::shardLinkFor(int fromNode, Op op, std::uint32_t key)
{
    bool moving = false;
    const int shard = m_sharding.shardFor(key, m_now, &moving);
    if (moving && op == Op::Read)
        m_sharding.countMovingRead();
    return shardMemberLink(fromNode, shard, op);
}

int Simulation::shardMemberLink(int fromNode, int shard, Op op)
{
    // A shard's primary takes writes; reads go round robin over its live replicas, else to
    // the primary. Only databases `fromNode` links to count.
    NodeRuntime &from = m_nodes[fromNode];
    const std::vector<int> &members = m_sharding.members(shard);
    const auto linkTo = [&](int db) {
        for (int link : from.databaseLinks)
            if (m_links[link].to == db)
                return link;
        return -1;
    };
    const int primaryLink = linkTo(members.front());
    if (op == Op::Write || members.size() == 1)
        return primaryLink >= 0 ? primaryLink : kUnreachableBackend;
    const std::size_t replicas = members.size() - 1;
    for (std::size_t tried = 0; tried < replicas; ++tried) {
        const std::size_t r = (from.readCursor + tried) % replicas;
        const int link = linkTo(members[1 + r]);
        if (link >= 0 && m_nodes[members[1 + r]].up) {
            from.readCursor = r + 1;
            return link;
        }
    }
    return primaryLink >= 0 ? primaryLink : kUnreachableBackend;
}

void Simulation::fanOut(std::uint32_t slot)
{
    // One call per shard, all at once, each to the shard's database a read would use.
    const int webNode = m_slots[slot].rec.server;
    const SimTime service = m_nodes[webNode].service;
    std::vector<int> links;
    for (int shard = 0; shard < m_sharding.shardCount(); ++shard)
        links.push_back(shardMemberLink(webNode, shard, Op::Read));
    m_sharding.countFanOut();
    if (std::any_of(links.begin(), links.end(), [](int link) { return link < 0; })) {
        // A shard this server cannot reach: the query cannot be answered.
        m_slots[slot].pendingOutcome = Outcome::Error;
        m_slots[slot].pendingFailedAt = webNode;
        m_queue.push(m_now + service, kWebDone, slot);
        return;
    }
    m_slots[slot].fanOutPending = static_cast<std::uint16_t>(links.size());
    for (int link : links) {
        const std::uint32_t call = allocateSlot();  // may grow the pool: indices, not references
        Slot &c = m_slots[call];
        c.rec = m_slots[slot].rec;                  // the GUI draws the calls as part of the read
        c.clientTimeout = m_slots[slot].clientTimeout;
        c.fanOutParent = slot;
        c.backendLink = link;
        if (!send(call, link, kAtBackend, service))
            releaseAfterLostSend(call);
    }
}

void Simulation::fanOutAnswered(std::uint32_t call)
{
    const Slot &c = m_slots[call];
    const std::uint32_t read = c.fanOutParent;
    const Outcome outcome = c.pendingOutcome;
    const int failedAt = c.pendingFailedAt;
    const int db = c.rec.db;
    freeSlot(call);
    joinFanOut(read, outcome, failedAt, db, false);
}

void Simulation::joinFanOut(std::uint32_t read, Outcome outcome, int failedAt, int db, bool lost)
{
    Slot &p = m_slots[read];
    if (p.pendingOutcome == Outcome::Ok && outcome != Outcome::Ok) {
        p.pendingOutcome = outcome;  // the first failure is the answer
        p.pendingFailedAt = failedAt;
    }
    p.fanOutLost |= lost;
    if (db >= 0)
        p.rec.db = db;  // the trace names the shard that answered last: the slowest
    if (--p.fanOutPending > 0)
        return;
    if (p.finished) {  // its web server died meanwhile; nobody waits for the answer
        freeSlot(read);
        return;
    }
    if (p.fanOutLost) {
        // A call vanished on a cut link: the web server waits for it until the client gives up.
        finish(read, Outcome::Timeout, p.pendingFailedAt, p.rec.start + p.clientTimeout);
        releaseAfterLostSend(read);
        return;
    }
    if (p.pendingOutcome == Outcome::Ok)
        m_sharding.countFanOutAnswered((m_now + p.returnLatency - p.rec.start).ms());
    webDone(read);  // the slowest shard's answer is in: the web server answers now
}

QString Simulation::addShard(const QStringList &ids)
{
    std::vector<int> nodes;
    for (const QString &id : ids) {
        const int node = nodeIndex(id);
        if (node < 0)
            return QStringLiteral("no node has the id \"%1\"").arg(id);
        nodes.push_back(node);
    }
    return m_sharding.addShard(context(), nodes);
}

} // namespace scalelab
