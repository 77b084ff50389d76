// SPDX-License-Identifier: GPL-3.0-or-later
#include "sim/simulation.h"
#include "sim/timeseriessampler.h"

#include <algorithm>

namespace scalelab {



std::unique_ptr<Simulation> Simulation::create(const Topology &topology, QString *error)
{
    return create(topology, topology.seed, error);
}

std::unique_ptr<Simulation> Simulation::create(const Topology &topology, std::uint64_t seed, QString *error)
{
    std::unique_ptr<Simulation> sim(new Simulation(topology, seed));
    if (!sim->setUp(error))
        return nullptr;
    return sim;
}

Simulation::Simulation(const Topology &topology, std::uint64_t seed)
    : m_topology(topology), m_seed(seed)
{
}

Simulation::Simulation(const Simulation &other) = default;
Simulation::~Simulation() = default;

const std::string &Simulation::nodeName(int index) const
{
    static const std::string none;
    return index >= 0 && index < static_cast<int>(m_nodes.size()) ? m_nodes[index].id : none;
}

NodeStatus Simulation::nodeStatus(int index) const
{
    const NodeRuntime &n = m_nodes[index];
    NodeStatus status{n.type, n.up, n.draining, n.active, n.waiting.size(), n.concurrency, n.queueLimit,
                      m_sessions.openConnections(index), m_sessions.keepsLocal(index), n.served, n.errors, n.dropped};
    if (m_queueing.isQueue(index))
        status.jobsHeld = m_queueing.queue(index).held;
    status.resizing = m_sizing.machine(index).resizing;
    return status;
}

std::string Simulation::nodeState(int index) const
{
    const NodeRuntime &node = m_nodes[index];
    if (const char *provisioning = m_replication.provisioningState(node, index); *provisioning)
        return provisioning;
    if (const CopyState *copy = m_autoscaling.copyState(index)) {
        switch (*copy) {
        case CopyState::Absent: return "absent";
        case CopyState::Launching: return "launching";
        case CopyState::Draining: return "draining";
        case CopyState::InService: break;
        }
    }
    if (m_sizing.machine(index).resizing)
        return "resizing";
    if (!node.up)
        return "down";
    return node.draining ? "draining" : "up";
}

// ---- the event loop ------------------------------------------------------------------

bool Simulation::step()
{
    if (m_queue.empty())
        return false;
    if (m_queue.topTime().us >= m_nextSampleUs)
        sampleSecondsThrough(m_queue.topTime());
    const Event event = m_queue.pop();
    m_now = event.time;
    ++m_eventsProcessed;
    if (m_peerReplication.ring())
        m_peerReplication.noteRingLag(m_now);
    dispatch(event);
    return true;
}

void Simulation::runUntil(SimTime until)
{
    while (!m_queue.empty() && m_queue.topTime() <= until)
        step();
    sampleSecondsThrough(until);
    if (until > m_now)
        m_now = until;
    if (m_peerReplication.ring())
        m_peerReplication.noteRingLag(m_now);
    m_metrics.advanceTo(m_now);
}

void Simulation::runToCompletion(SimTime duration)
{
    runToCompletion(duration, {});
}

void Simulation::runToCompletion(SimTime duration, const std::function<void(SimTime)> &onSecond)
{
    m_stopIssuingAt = duration;
    std::int64_t nextSecond = 1'000'000;
    while (!m_queue.empty()) {
        // A request sent before the stop reaches the front door up to one first hop later.
        if (m_queue.topTime() >= m_stopIssuingAt + m_longestFirstHop && m_inFlight == 0 && m_replication.inTransit() + m_peerReplication.inTransit() == 0
            && !(m_queueing.active() && m_queueing.draining(context())))
            break;
        step();
        if (m_now.us >= nextSecond) {
            m_metrics.advanceTo(m_now);
            nextSecond = (m_now.us / 1'000'000 + 1) * 1'000'000;
            if (onSecond)
                onSecond(m_now);
        }
    }
    sampleSecondsThrough(duration);
    if (m_now < duration)
        m_now = duration;
    if (m_peerReplication.ring())
        m_peerReplication.noteRingLag(m_now);
    m_metrics.finish();
}

void Simulation::sampleSecondsThrough(SimTime t)
{
    // Nothing happens between the last event and the next one, so the state now is the state
    // at each whole second in between: move the clock there (for the lag) and sample.
    while (m_nextSampleUs <= t.us) {
        if (m_now.us < m_nextSampleUs)
            m_now = SimTime::fromUs(m_nextSampleUs);
        if (m_peerReplication.ring())
            m_peerReplication.noteRingLag(m_now);
        m_timeSeries.record(sampleStateTotals(*this));
        m_nextSampleUs += 1'000'000;
    }
}

void Simulation::dispatch(const Event &event)
{
    const std::uint32_t slot = event.a;
    switch (static_cast<EventKind>(event.kind)) {
    case kIssue: issue(static_cast<int>(event.a)); break;
    case kAtWeb: arriveAtWeb(slot); break;
    case kAtBackend: arriveAtBackend(slot); break;
    case kBackendDone: backendDone(slot); break;
    case kWebDone: webDone(slot); break;
    case kSessionDone: sessionDone(slot); break;
    case kHealthCheck: m_balancing.runHealthChecks(context(), static_cast<int>(event.a)); break;
    case kUneject: m_balancing.uneject(context(), static_cast<int>(event.a >> 16), static_cast<int>(event.a & 0xffff)); break;
    case kFailover: m_balancing.failOver(context(), static_cast<int>(event.a)); break;
    case kConnectionOpen: connectionArrives(static_cast<int>(event.a)); break;
    case kAlertCheck: m_alerting.check(context()); break;
    case kJobDeliver: m_queueing.deliveryArrived(context(), event.a); break;
    case kJobWorked: m_queueing.jobWorked(context(), event.a); break;
    case kJobDeleted: m_queueing.deleteArrived(context(), event.a); break;
    case kVisibilityTimeout: m_queueing.visibilityTimedOut(context(), event.a); break;
    case kAutoscaleCheck:
        autoscaleCheck();
        billIfPriced();  // a copy launched or terminated
        break;
    case kAutoscaleReady:
        autoscaleReady(static_cast<int>(event.a));
        billIfPriced();
        break;
    case kReshardDone: m_sharding.copyDone(context(), event.a); break;
    case kFanOutAnswer: fanOutAnswered(slot); break;
    case kResizeDone:
        resizeDone(static_cast<int>(event.a));
        billIfPriced();
        break;
    case kDnsCheck:
        m_datacenters.check(context(), static_cast<int>(event.a), [this](int entry) { return entryServes(entry); });
        break;
    case kConnectionRetry:
        if (m_now < m_stopIssuingAt)
            openConnection(static_cast<int>(event.a));
        break;
    case kConnectionClose: closeConnection(event.a); break;
    case kReplicaReceive:
    case kReplicaApply:
    case kPromote:
    case kPromoteFinish:
    case kPeerReceive:
    case kRingBypass:
        replicationEvent(event);
        billIfPriced();  // a spare's provisioning may have started or failed
        break;
    case kCertify: certify(event.a); break;
    case kCacheAnswer: cacheAnswered(slot); break;
    case kCacheChange: applyCacheChange(event.a); break;
    case kFirstHop: arriveAtFrontDoor(slot); break;
    case kAtEdge: arriveAtEdge(slot); break;
    case kCdnInvalidate: {
        EngineContext ctx = context();
        m_cdn.applyInvalidation(ctx, event.a);
        break;
    }
    case kCdnFill: {
        EngineContext ctx = context();
        m_cdn.applyFill(ctx, event.a);
        break;
    }
    case kCacheRetry: retryCache(slot); break;
    case kCacheLoaded: cacheLoaded(slot); break;
    case kWriteBackFlush: flush(event.a); break;
    case kProvisionDone:
    case kAutoReplace:
        replicationEvent(event);
        billIfPriced();
        break;
    case kReread: reread(event.a); break;
    case kScenario:
        if (m_now < m_stopIssuingAt)
            applyAction(m_topology.events[static_cast<int>(event.a)]);
        break;
    }
}

} // namespace scalelab
