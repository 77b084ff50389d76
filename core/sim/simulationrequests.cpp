// SPDX-License-Identifier: GPL-3.0-or-later
// The request path: a request issued by its clients, through the front door and the web
// server to its backend and back. Each behaviour on the way (balancing, sessions, caches,
// replication, the CDN) is asked through its component; the slots stay here.
#include "sim/simulation.h"

#include <algorithm>

namespace scalelab {

// ---- request slots -------------------------------------------------------------------

std::uint32_t Simulation::allocateSlot()
{
    const std::uint32_t slot = m_slots.acquire();
    m_slots[slot].inUse = true;
    return slot;
}

void Simulation::freeSlot(std::uint32_t slot)
{
    m_slots[slot].inUse = false;
    m_slots.release(slot);
}

bool Simulation::send(std::uint32_t slot, int linkIndex, std::uint32_t kind, SimTime extraDelay)
{
    Slot &s = m_slots[slot];
    const LinkRuntime &link = m_links[linkIndex];
    const bool response = kind == kWebDone || kind == kSessionDone || kind == kCacheAnswer || kind == kCacheLoaded;
    if (link.partitioned) {
        if (s.fanOutParent != kNoFanOut)
            return false;  // one shard's call of a fan-out read: releaseAfterLostSend joins it as lost
        if (s.loadCache != kNoNode) {
            cacheTripLost(slot);  // no request of its own to time out: the cache gives up on it
            return false;
        }
        // Packets vanish: the client hears nothing and gives up at its timeout.
        finish(slot, Outcome::Timeout, response ? link.from : link.to, s.rec.start + s.clientTimeout);
        return false;
    }
    const SimTime departs = m_now + extraDelay;
    const SimTime arrives = departs + link.latency;
    s.stage = response ? Stage::Returning : Stage::InTransit;
    s.target = response ? link.from : link.to;
    if (m_observer)
        m_observer->hop(Hop{s.rec.id, response ? link.to : link.from, s.target, departs, arrives, s.rec.op, response});
    m_queue.pushAfter(m_now, arrives - m_now, kind, slot);
    return true;
}

void Simulation::finish(std::uint32_t slot, Outcome outcome, int failedAt, SimTime end)
{
    Slot &s = m_slots[slot];
    const bool gaveUpWaiting = outcome == Outcome::Ok && end - s.rec.start > s.clientTimeout;
    if (gaveUpWaiting) {
        outcome = Outcome::Timeout;
        end = s.rec.start + s.clientTimeout;
    }
    s.rec.outcome = outcome;
    s.rec.end = end;
    s.rec.failedAt = outcome == Outcome::Ok ? kNoNode : failedAt;
    s.finished = true;
    if (s.lb >= 0)
        m_balancing.requestLeftPool(context(), s.lb, s.poolIndex, outcome == Outcome::Ok);
    if (failedAt >= 0) {
        if (outcome == Outcome::Dropped)
            ++m_nodes[failedAt].dropped;
        else if (outcome != Outcome::Ok)
            ++m_nodes[failedAt].errors;
    }
    --m_inFlight;
    if (outcome == Outcome::Ok && s.rec.op == Op::Write)
        scheduleReread(slot, end);
    m_metrics.record(s.rec);
    if (m_causes && outcome != Outcome::Ok)
        noteFailure(s, outcome, failedAt, gaveUpWaiting);
    if (m_observer)
        m_observer->requestFinished(s.rec);
}

void Simulation::finishFromWeb(std::uint32_t slot, Outcome outcome, int failedAt)
{
    finish(slot, outcome, failedAt, m_now + m_slots[slot].returnLatency);
}

// ---- the request path ----------------------------------------------------------------

void Simulation::scheduleNextIssue(int clientsNode)
{
    // The first hop is pure latency and the same for every request of a clients node, so
    // the request's only event before the front door is its arrival there.
    auto &pending = m_pendingIssue[clientsNode];
    pending = m_workloads[clientsNode]->next();
    if (!pending)
        return;
    m_queue.push(std::max(pending->at + m_nodes[clientsNode].firstHopFold, m_now), kIssue, static_cast<std::uint32_t>(clientsNode));
}

void Simulation::issue(int clientsNode)
{
    const GeneratedRequest request = *m_pendingIssue[clientsNode];
    if (request.at >= m_stopIssuingAt)
        return;
    scheduleNextIssue(clientsNode);
    startRequest(clientsNode, request);
}

void Simulation::scheduleReread(std::uint32_t slot, SimTime answeredAt)
{
    const RequestRecord &rec = m_slots[slot].rec;
    if (rec.clientsNode < 0 || !m_workloads[rec.clientsNode] || !m_workloads[rec.clientsNode]->rereadsWrite())
        return;
    ClientWorkload &workload = *m_workloads[rec.clientsNode];
    GeneratedRequest request{answeredAt + workload.rereadAfter(), rec.user, rec.clientIp, Op::Read, rec.key};
    const std::uint32_t index = m_rereads.acquire(PendingReread{rec.clientsNode, request});
    // Folded like every request of this clients node: it issues when it reaches the front door.
    m_queue.push(std::max(request.at + m_nodes[rec.clientsNode].firstHopFold, m_now), kReread, index);
}

void Simulation::reread(std::uint32_t index)
{
    const PendingReread pending = m_rereads[index];
    m_rereads.release(index);
    if (pending.request.at >= m_stopIssuingAt)
        return;
    startRequest(pending.clientsNode, pending.request);
}

void Simulation::startRequest(int clientsNode, const GeneratedRequest &request)
{
    NodeRuntime &clients = m_nodes[clientsNode];
    const std::uint32_t slot = allocateSlot();
    Slot &s = m_slots[slot];
    s.rec.id = m_nextRequestId++;
    s.rec.start = request.at;
    s.rec.clientIp = request.ip;
    s.rec.user = request.user;
    s.rec.op = request.op;
    s.rec.key = request.key;
    s.rec.clientsNode = clientsNode;
    s.clientTimeout = clients.clientTimeout;
    ++m_inFlight;
    ++clients.served;
    if (m_observer)
        m_observer->requestStarted(s.rec);

    if (s.rec.op == Op::Static && routeStatic(slot))
        return;
    int entryLink = clients.entryLink;
    if (clients.inDatacenters) {  // a flag of the clients node, not a look at the component: every request passes here
        // A dns's clients: the user's resolver's answer, cached for the dns's TTL.
        if (m_datacenters.resolver(clientsNode))
            entryLink = m_datacenters.entryFor(clientsNode, request.user, request.at);
        if (entryLink >= 0)
            m_datacenters.countRequest(clientsNode, m_links[entryLink].to);
    }
    if (entryLink < 0) {
        finish(slot, Outcome::Error, clientsNode, m_now);
        freeSlot(slot);
        return;
    }
    const LinkRuntime &link = m_links[entryLink];
    if (link.partitionedAt(request.at)) {
        finish(slot, Outcome::Timeout, link.to, s.rec.start + s.clientTimeout);
        freeSlot(slot);
        return;
    }
    s.returnLatency = link.latency;
    s.target = link.to;
    if (m_observer)
        m_observer->hop(Hop{s.rec.id, clientsNode, link.to, s.rec.start, s.rec.start + link.latency, s.rec.op, false});
    const SimTime arrives = s.rec.start + link.latency;
    if (arrives > m_now)
        m_queue.pushAfter(m_now, arrives - m_now, kFirstHop, slot);  // a shorter first hop set the pace
    else
        arriveAtFrontDoor(slot);
}

void Simulation::arriveAtFrontDoor(std::uint32_t slot)
{
    const int door = m_slots[slot].target;
    if (m_nodes[door].type == NodeType::LoadBalancer)
        arriveAtBalancer(slot, door);
    else
        arriveAtWeb(slot);
}

void Simulation::arriveAtBalancer(std::uint32_t slot, int lbNode)
{
    NodeRuntime &lb = m_nodes[lbNode];
    Slot &s = m_slots[slot];
    if (!lb.up || m_balancing.pool(lbNode).empty()) {
        finish(slot, Outcome::Error, lbNode, m_now + s.returnLatency);
        freeSlot(slot);
        return;
    }
    const int choice = m_balancing.pickServer(context(), lbNode, s.rec);
    if (choice < 0) {
        finish(slot, Outcome::Error, lbNode, m_now + s.returnLatency);
        freeSlot(slot);
        return;
    }
    ++lb.served;
    s.lb = lbNode;
    s.poolIndex = choice;
    m_balancing.adjustInFlight(lbNode, choice, +1);
    const int link = m_balancing.pool(lbNode)[choice].link;
    s.returnLatency += m_links[link].latency;
    if (!send(slot, link, kAtWeb))
        freeSlot(slot);
}

void Simulation::arriveAtWeb(std::uint32_t slot)
{
    Slot &s = m_slots[slot];
    const int webNode = s.target;
    NodeRuntime &web = m_nodes[webNode];
    s.rec.server = webNode;
    if (!web.up) {
        finishFromWeb(slot, Outcome::Error, webNode);
        freeSlot(slot);
        return;
    }
    if (m_sessions.keepsLocal(webNode))
        m_sessions.checkLocalSession(context(), s.rec, webNode);
    if (web.active < web.concurrency) {
        startAtWeb(slot);
    } else if (static_cast<int>(web.waiting.size()) < web.queueLimit) {
        s.stage = Stage::WebQueued;
        web.waiting.push_back(slot);
    } else {
        finishFromWeb(slot, Outcome::Dropped, webNode);
        freeSlot(slot);
    }
}

void Simulation::startAtWeb(std::uint32_t slot)
{
    Slot &s = m_slots[slot];
    const int webNode = s.rec.server;
    NodeRuntime &web = m_nodes[webNode];
    ++web.active;
    s.webEpoch = web.epoch;
    s.holdsWebWorker = true;
    s.stage = Stage::WebService;
    if (web.sessionLink >= 0) {
        // Stateless: the session lives in a shared store; fetch it before doing the work.
        s.sessionCall = true;
        s.backendLink = web.sessionLink;
        if (!send(slot, web.sessionLink, kAtBackend))
            releaseAfterLostSend(slot);
        return;
    }
    serveAtWeb(slot);
}

void Simulation::serveAtWeb(std::uint32_t slot)
{
    Slot &s = m_slots[slot];
    const NodeRuntime &web = m_nodes[s.rec.server];
    if (m_sharding.enabled() && s.rec.op == Op::Read && m_sharding.fansOut(s.rec.id)) {
        fanOut(slot);  // a query over every shard: no cache holds its answer
        return;
    }
    if (s.rec.op == Op::Read || (s.rec.op == Op::Write && m_cacheTier.hasRing(s.rec.server))) {
        const int cacheLink = cacheLinkFor(s.rec.server, s.rec.key);
        // Reads ask the cache first; writes only when it is write_back (it takes them).
        if (cacheLink >= 0 && (s.rec.op == Op::Read || m_cacheTier.writePolicy(m_links[cacheLink].to) == WritePolicy::WriteBack)) {
            s.writeBack = s.rec.op == Op::Write;
            s.cacheCall = true;
            s.cacheLink = cacheLink;
            s.backendLink = cacheLink;
            if (!send(slot, cacheLink, kAtBackend, web.service))
                releaseAfterLostSend(slot);
            return;
        }
    }
    const int backendLink = s.rec.op == Op::Static ? web.storageLink
                            : s.rec.op == Op::Job  ? (web.queueLink >= 0 ? web.queueLink : kUnreachableBackend)
                                                   : databaseLinkFor(s.rec.server, s.rec.op, s.rec.key);
    if (backendLink == kUnreachableBackend) {
        // Nowhere to send it: no primary (or, for a job, no message queue; for a key, no link to its shard).
        s.pendingOutcome = Outcome::Error;
        s.pendingFailedAt = s.rec.server;
        m_queue.push(m_now + web.service, kWebDone, slot);
        return;
    }
    if (backendLink < 0) {
        m_queue.pushAfter(m_now, web.service, kWebDone, slot);  // the web server answers by itself
        return;
    }
    s.backendLink = backendLink;
    if (!send(slot, backendLink, kAtBackend, web.service))
        releaseAfterLostSend(slot);
}

void Simulation::releaseAfterLostSend(std::uint32_t slot)
{
    // The request already ended as a timeout inside send(); give its worker back.
    if (m_slots[slot].fanOutParent != kNoFanOut) {
        const Slot &call = m_slots[slot];
        const std::uint32_t read = call.fanOutParent;
        const int lostAt = m_links[call.backendLink].to;
        freeSlot(slot);
        joinFanOut(read, Outcome::Timeout, lostAt, kNoNode, true);
        return;
    }
    if (m_slots[slot].loadCache != kNoNode) {  // a cache's own call: no web worker
        freeSlot(slot);
        return;
    }
    const int webNode = m_slots[slot].rec.server;
    if (m_nodes[webNode].epoch == m_slots[slot].webEpoch) {
        --m_nodes[webNode].active;
        releaseWorker(webNode);
    }
    freeSlot(slot);
}

void Simulation::arriveAtBackend(std::uint32_t slot)
{
    Slot &s = m_slots[slot];
    if (s.finished) {  // its web server died meanwhile; nobody waits for the answer
        freeSlot(slot);
        return;
    }
    const int backendNode = s.target;
    NodeRuntime &backend = m_nodes[backendNode];
    s.backend = backendNode;
    if (backend.type == NodeType::Database) {
        s.rec.db = backendNode;
        if (m_sharding.enabled() && !s.sessionCall)
            m_sharding.countCall(backendNode);
    }
    if (!backend.up) {
        if (backend.type == NodeType::MessageQueue)
            m_queueing.refuse(backendNode);
        failBackendRequest(slot, Outcome::Error, backendNode);
    } else if (backend.active < backend.concurrency) {
        startAtBackend(slot);
    } else if (static_cast<int>(backend.waiting.size()) < backend.queueLimit) {
        s.stage = Stage::BackendQueued;
        backend.waiting.push_back(slot);
    } else {
        failBackendRequest(slot, Outcome::Dropped, backendNode);
    }
}

void Simulation::failBackendRequest(std::uint32_t slot, Outcome outcome, int failedAt)
{
    Slot &s = m_slots[slot];
    s.pendingOutcome = outcome;
    s.pendingFailedAt = failedAt;
    if (!send(slot, s.backendLink, returnKind(s)))
        releaseAfterLostSend(slot);
}

std::uint32_t Simulation::returnKind(const Slot &s) const
{
    if (s.loadCache != kNoNode)
        return kCacheLoaded;
    if (s.fanOutParent != kNoFanOut)
        return kFanOutAnswer;
    return s.sessionCall ? kSessionDone : s.cacheCall ? kCacheAnswer : kWebDone;
}

void Simulation::startAtBackend(std::uint32_t slot)
{
    Slot &s = m_slots[slot];
    NodeRuntime &backend = m_nodes[s.backend];
    ++backend.active;
    s.backendEpoch = backend.epoch;
    s.stage = Stage::BackendService;
    m_queue.pushAfter(m_now, backend.service, kBackendDone, slot);
}

void Simulation::backendDone(std::uint32_t slot)
{
    Slot &s = m_slots[slot];
    const int backendNode = s.backend;
    NodeRuntime &backend = m_nodes[backendNode];
    if (backend.epoch != s.backendEpoch) {
        // Killed while serving: the kill already set the error the web server will get.
    } else {
        ++backend.served;
        if (s.cacheCall && m_cacheTier.hasStore(backendNode)) {
            if (s.writeBack)
                acceptWriteBack(slot);
            else
                cacheLookup(slot);
        } else if (backend.type == NodeType::Database && !s.sessionCall) {
            if (s.rec.op == Op::Write) {
                if (commitWrite(slot))
                    return;  // semi-sync / sync: the worker waits for the replicas' acknowledgement
            } else {
                s.readVersion = m_replication.database(backendNode).ledger.version(s.rec.key);
                s.rec.version = s.readVersion;
                readServed(slot);
            }
        } else if (backend.type == NodeType::MessageQueue) {  // after the database: no cost on the hot path
            if (!m_queueing.enqueue(context(), backendNode, s.rec.id)) {
                s.pendingOutcome = Outcome::Error;  // full: the web server answers 503
                s.pendingFailedAt = backendNode;
            }
        }
        --backend.active;
        releaseWorker(backendNode);
    }
    Slot &after = m_slots[slot];  // a read_through miss may have grown the slot pool
    if (after.loadWait)
        return;  // parked at the cache: its load answers it (or its web server's death, or the cache's)
    if (after.finished) {
        freeSlot(slot);
        return;
    }
    if (!send(slot, after.backendLink, returnKind(after), after.ackDelay))
        releaseAfterLostSend(slot);
}

void Simulation::webDone(std::uint32_t slot)
{
    Slot &s = m_slots[slot];
    if (s.finished) {
        freeSlot(slot);
        return;
    }
    const int webNode = s.rec.server;
    NodeRuntime &web = m_nodes[webNode];
    --web.active;
    if (s.pendingOutcome == Outcome::Ok)
        ++web.served;
    afterDatabaseAnswer(slot);
    finishFromWeb(slot, s.pendingOutcome, s.pendingFailedAt);
    freeSlot(slot);
    releaseWorker(webNode);
}

void Simulation::releaseWorker(int nodeIndex)
{
    NodeRuntime &node = m_nodes[nodeIndex];
    while (!node.waiting.empty() && node.active < node.concurrency) {
        const std::uint32_t next = node.waiting.front();
        node.waiting.pop_front();
        if (m_slots[next].finished) {
            freeSlot(next);
            continue;
        }
        if (node.type == NodeType::WebServer)
            startAtWeb(next);
        else
            startAtBackend(next);
    }
}

} // namespace scalelab
