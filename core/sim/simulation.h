// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/indexpool.h"
#include "base/request.h"
#include "metrics/metrics.h"
#include "metrics/timeseries.h"
#include "model/topology.h"
#include "workload/clientworkload.h"
#include "sim/causehistory.h"
#include "sim/enginecontext.h"
#include "sim/eventkind.h"
#include "sim/eventqueue.h"
#include "sim/nodestatus.h"
#include "sim/noderuntime.h"
#include "sim/requestslot.h"
#include "sim/simulationobserver.h"
#include "alerting/alerting.h"
#include "autoscaling/autoscaling.h"
#include "balancing/loadbalancing.h"
#include "caching/cachetier.h"
#include "datacenters/datacenters.h"
#include "cdn/cdn.h"
#include "queueing/queueing.h"
#include "replication/peerreplication.h"
#include "replication/replication.h"
#include "sessions/sessions.h"
#include "sharding/sharding.h"
#include "sizing/sizing.h"

#include <QString>

#include <functional>
#include <memory>
#include <unordered_map>
#include <optional>
#include <vector>

namespace scalelab {

/// The discrete-event engine: one topology, one seed, one deterministic run.
///
/// Single-threaded. Time only moves forward through runUntil()/step(). Runtime actions
/// (kill, revive, drain, partition...) may be applied between calls; each is recorded so
/// that a run can be saved and replayed exactly.
class Simulation
{
public:
    /// Builds the engine, loading clients traces. Returns nullptr and sets `error` on failure.
    static std::unique_ptr<Simulation> create(const Topology &topology, QString *error = nullptr);
    static std::unique_ptr<Simulation> create(const Topology &topology, std::uint64_t seed, QString *error = nullptr);
    /// A copy of the whole run at this moment, in O(state): run on, it does exactly what this
    /// one does (the timeline keeps such snapshots to go back quickly). It shares this one's
    /// observer; attach another before running either while the other lives.
    Simulation(const Simulation &other);
    Simulation &operator=(const Simulation &) = delete;
    ~Simulation();

    /// Attaches the observer (nullptr: none). When it wantsCauses(), the engine from now on
    /// keeps the little history that explains stale reads, misses and failures.
    void setObserver(SimulationObserver *observer)
    {
        m_observer = observer;
        m_causes = observer && observer->wantsCauses();
    }

    /// Processes every event up to and including `until`, then sets the clock to `until`.
    void runUntil(SimTime until);
    /// Processes the next event; false when there is none.
    bool step();
    /// Headless run: clients issue requests during [0, duration); then the engine keeps
    /// going until every request issued has ended, so each one is counted exactly once,
    /// and until replication is quiet, so the report shows where the copies settled.
    void runToCompletion(SimTime duration);
    /// The same run, calling `onSecond(now())` each time the clock passes a whole simulated
    /// second: for a progress line. It must not touch the engine; the run is unchanged.
    void runToCompletion(SimTime duration, const std::function<void(SimTime)> &onSecond);

    SimTime now() const { return m_now; }
    /// When the next event is due; SimTime::max() when there is none.
    SimTime nextEventTime() const { return m_queue.empty() ? SimTime::max() : m_queue.topTime(); }
    std::uint64_t eventsProcessed() const { return m_eventsProcessed; }
    std::uint64_t requestsInFlight() const { return m_inFlight; }
    std::uint64_t requestsIssued() const { return m_nextRequestId - 1; }
    /// The balancers: pools, health, stickiness (the window and the reports read them here).
    const LoadBalancing &balancing() const { return m_balancing; }
    /// Sessions lost and long-lived connections.
    const Sessions &sessions() const { return m_sessions; }
    /// The alert rules and what each did so far.
    const Alerting &alerting() const { return m_alerting; }
    /// Message queues and their workers.
    const Queueing &queueing() const { return m_queueing; }
    /// The balancers' autoscale policies and their copies of the template servers.
    const Autoscaling &autoscaling() const { return m_autoscaling; }
    /// The shards of the databases, and resharding.
    const Sharding &sharding() const { return m_sharding; }
    /// Each node's machine size, the resizes and the bill of the priced machines.
    const Sizing &sizing() const { return m_sizing; }
    /// The data centres, the dns nodes' health checks and answers.
    const Datacenters &datacenters() const { return m_datacenters; }
    /// Whether data centre `datacenter` can serve now: one of its entries is up and, for a
    /// balancer, has a live web server in its pool (what the dns's health checks probe).
    bool datacenterServing(int datacenter) const;
    /// The counters of the replication the file asks for (primary/replica, or multi-master and rings).
    const ReplicationCounters &replication() const
    {
        return m_replication.state().peerMode() ? m_peerReplication.counters() : m_replication.counters();
    }
    const CacheCounters &caches() const { return m_cacheTier.counters(); }
    /// The caches' stores, rings and write_back state.
    const CacheTier &cacheTier() const { return m_cacheTier; }
    const CdnCounters &cdn() const { return m_cdn.counters(); }
    /// A CDN edge's store, cache key policy and hits (for nodes of type cdn_edge).
    const CdnEdgeRuntime &cdnEdge(int node) const { return m_cdn.edge(node); }
    /// The most recent acknowledged writes lost by failovers (at most
    /// ReplicationState::kLostWriteLog, oldest first); replication().lostWrites counts them all.
    const std::deque<LostWrite> &lostWrites() const { return m_replication.state().lostWrites; }
    bool replicationEnabled() const { return m_replication.enabled() || m_peerReplication.enabled(); }
    const ReplicationState &replicationState() const { return m_replication.state(); }
    int primaryDatabase() const { return m_replication.primary(); }
    /// Primary/replica replication: its state and every database's runtime.
    const Replication &primaryReplication() const { return m_replication; }
    /// Multi-master and rings.
    const PeerReplication &peerReplication() const { return m_peerReplication; }
    /// A database's data, role and provisioning (default for other nodes).
    const DatabaseRuntime &database(int index) const { return m_replication.database(index); }
    /// How far a replica is behind its primary: the age of the oldest write it lacks, in ms.
    double replicaLagMs(int node) const;
    std::uint64_t writesBehind(int node) const;
    /// Keys on which a live replica differs from the primary now.
    std::uint64_t divergedKeys() const;
    const Metrics &metrics() const { return m_metrics; }
    Metrics &metrics() { return m_metrics; }
    /// Replica lag, load, CDN bytes and lost sessions at each whole simulated second so far.
    const TimeSeries &timeSeries() const { return m_timeSeries; }
    const Topology &topology() const { return m_topology; }

    int nodeCount() const { return static_cast<int>(m_nodes.size()); }
    int nodeIndex(const QString &id) const { return m_topology.indexOf(id); }
    /// The engine's own runtime of a node, for tests; the window reads nodeStatus().
    const NodeRuntime &node(int index) const { return m_nodes[index]; }
    const LinkRuntime &link(int index) const { return m_links[index]; }
    int linkCount() const { return static_cast<int>(m_links.size()); }
    /// Node `index`'s shared state now, as the window shows it.
    NodeStatus nodeStatus(int index) const;
    /// A clients node's front door now (a link index, -1: none) and every balancer it may
    /// use, the active one first (the others are standbys).
    int frontDoorLink(int clientsNode) const { return m_nodes[clientsNode].entryLink; }
    const std::vector<int> &frontDoorLinks(int clientsNode) const { return m_nodes[clientsNode].entryLinks; }
    /// A stateless web server's link to the shared session store (-1: none).
    int sessionStoreLink(int webNode) const { return m_nodes[webNode].sessionLink; }
    /// "up", "down" or "draining".
    std::string nodeState(int index) const;

    /// Applies a runtime action now (or at event.atS when scheduled from the file).
    /// Returns an error message for an action that names nothing.
    QString applyAction(const ScenarioEvent &action);
    /// Applies `action` exactly as a scenario event at `at` would be: after every event
    /// before `at`, before any event at `at`, with the clock at `at` (counted as one event).
    /// So an action a user applies live (at = now + 1 µs) and the same action saved in the
    /// scenario give the same run, byte for byte. `at` must not be before now().
    QString applyActionAt(const ScenarioEvent &action, SimTime at);
    /// Every action applied so far, with the time it took effect, in order.
    const QList<ScenarioEvent> &appliedActions() const { return m_appliedActions; }

    /// Node index -> name, for writers.
    const std::string &nodeName(int index) const;

private:
    using Slot = RequestSlot;
    /// A call this node cannot make: a write with no primary linked, a job with no message
    /// queue linked, a key on a shard it has no link to. The request gets an error there.
    static constexpr int kUnreachableBackend = -2;

    Simulation(const Topology &topology, std::uint64_t seed);
    /// The world as a component's handlers see it, now.
    EngineContext context() { return EngineContext{m_queue, m_now, m_topology, m_nodes, m_links, m_metrics, m_observer}; }
    bool setUp(QString *error);
    void resolveRoutes();
    void foldFirstHops();
    void setUpComponents();
    void setUpAutoscaling();
    void dispatch(const Event &event);
    /// Samples the time series at every whole second up to and including `t`, before any event at t.
    void sampleSecondsThrough(SimTime t);

    // The request path.
    void scheduleNextIssue(int clientsNode);
    void issue(int clientsNode);
    /// Sends one request of a clients node on its way: the path every synthetic, traced or
    /// read-back request takes from the client to the front door.
    void startRequest(int clientsNode, const GeneratedRequest &request);
    /// A write of `slot` succeeded at `answeredAt`: its user may read the key back (reread_own_writes).
    void scheduleReread(std::uint32_t slot, SimTime answeredAt);
    void reread(std::uint32_t index);
    void arriveAtBalancer(std::uint32_t slot, int lbNode);
    void arriveAtWeb(std::uint32_t slot);
    void startAtWeb(std::uint32_t slot);
    void serveAtWeb(std::uint32_t slot);
    void sessionDone(std::uint32_t slot);
    void releaseAfterLostSend(std::uint32_t slot);
    void arriveAtBackend(std::uint32_t slot);
    void startAtBackend(std::uint32_t slot);
    void backendDone(std::uint32_t slot);
    void webDone(std::uint32_t slot);
    void releaseWorker(int node);

    /// Sends the request over a link; the event fires on arrival. False when partitioned
    /// (the request is then already finished as a timeout).
    bool send(std::uint32_t slot, int link, std::uint32_t kind, SimTime extraDelay = {});
    void finish(std::uint32_t slot, Outcome outcome, int failedAt, SimTime end);
    void finishFromWeb(std::uint32_t slot, Outcome outcome, int failedAt);
    void failBackendRequest(std::uint32_t slot, Outcome outcome, int failedAt);
    std::uint32_t allocateSlot();
    void freeSlot(std::uint32_t slot);

    // Replication's part of the request path (simulationreplication.cpp): asks Replication
    // or PeerReplication and answers the requests they say are done.
    int databaseLinkFor(int webNode, Op op, std::uint32_t key);

    // Sharding's part of the request path (simulationsharding.cpp).
    /// The link from `fromNode` to the database of `key`'s shard that takes `op`.
    int shardLinkFor(int fromNode, Op op, std::uint32_t key);
    int shardMemberLink(int fromNode, int shard, Op op);
    void fanOut(std::uint32_t slot);
    void fanOutAnswered(std::uint32_t call);
    void joinFanOut(std::uint32_t read, Outcome outcome, int failedAt, int db, bool lost);
    int masterLinkFor(int webNode, Op op);
    bool commitWrite(std::uint32_t slot);
    bool commitPeerWrite(std::uint32_t slot);
    void certify(std::uint32_t slot);
    /// Hands a replication event to its component, then answers the requests it finished.
    void replicationEvent(const Event &event);
    void answerReplicationWaiters();
    void respondFromBackend(std::uint32_t slot, SimTime extraDelay);
    void readServed(std::uint32_t slot);
    void databaseDied(int node);
    void databaseRevived(int node);

    // Caches (simulationcaching.cpp).
    void setUpCaches();
    int cacheLinkFor(int webNode, std::uint32_t key) const;
    void cacheLookup(std::uint32_t slot);
    void cacheAnswered(std::uint32_t slot);
    std::uint64_t newestCommitted(std::uint32_t key) const;
    void retryCache(std::uint32_t slot);
    void applyCacheChange(std::uint32_t index);
    void applyCacheChange(const PendingCacheChange &change);
    void noteStoreChange(int cacheNode, const CacheChange &result);
    void joinLoad(std::uint32_t slot);
    void cacheLoaded(std::uint32_t slot);
    void answerFromLoad(std::uint32_t waiter, const RequestSlot &load, bool first);
    void acceptWriteBack(std::uint32_t slot);
    void flush(std::uint32_t index);
    void flushReturned(std::uint32_t slot, bool cacheAlive);
    void cacheTripLost(std::uint32_t slot);
    void afterDatabaseAnswer(std::uint32_t slot);
    void cacheDied(int node);
    std::uint32_t returnKind(const Slot &s) const;

    // CDN (simulationcdn.cpp).
    /// Sends a static request to its CDN edge or the origin; false when it goes to the front door.
    bool routeStatic(std::uint32_t slot);
    void arriveAtEdge(std::uint32_t slot);
    void finishStatic(std::uint32_t slot, const CdnAnswer &answer);
    void arriveAtFrontDoor(std::uint32_t slot);

    // Long-lived connections: asking Sessions and the balancer in turn (simulationsessions.cpp).
    void connectionArrives(int clientsNode);
    void openConnection(int clientsNode);
    void closeConnection(std::uint32_t index);

    // Actions (simulationactions.cpp).
    QString applyLinkAction(const ScenarioEvent &action);
    QString addShard(const QStringList &ids);
    QString applyNodeAction(const ScenarioEvent &action);
    /// kill / revive of every node in `action.datacenter`.
    QString applyDatacenterAction(const ScenarioEvent &action);
    bool entryServes(int node) const;
    QString applySetting(int node, const QString &key, const QJsonValue &value);
    void killNode(int node);
    /// What a kill does to a node, without saying "kill" (autoscaling terminates a copy).
    void stopNode(int node, bool announceKill);
    void reviveNode(int node, bool announceRevive = true);
    // Vertical scaling: a resize stops the node as a kill does and starts it again.
    QString resizeNode(int node, const QString &size);
    void resizeDone(int node);
    void syncBilling();
    /// Only the events that can launch, terminate, stop or provision a machine call it (not
    /// every event: a check after each one cost the millions workload 4 M instructions).
    void billIfPriced()
    {
        if (m_sizing.active())
            syncBilling();
    }
    // Autoscaling: asking Autoscaling and changing the pools it names.
    void autoscaleCheck();
    void autoscaleReady(int copy);
    void announce(EngineEventKind kind, int node, std::string detail, int other = kNoNode);

    // Causes, for an observer that wants them (simulationcauses.cpp). Called only when m_causes.
    void noteFailure(const Slot &s, Outcome outcome, int failedAt, bool gaveUpWaiting);
    void noteStaleRead(const Slot &s, std::uint64_t held, std::uint64_t newest);
    void noteCacheLookup(const Slot &s, std::uint64_t version, SimTime expiredFill);
    void noteCacheFill(int cache, std::uint32_t key, std::uint64_t version, SimTime readStart);
    void noteCacheInvalidation(int cache, std::uint32_t key, std::uint64_t byWrite);
    void noteCacheRemoval(int cache, std::uint32_t key, MissReason how, std::uint64_t byWrite = 0);
    std::int64_t commitTimeOf(std::uint64_t writeId, std::uint32_t key, int *origin) const;
    CommittedWrite committedWrite(std::uint64_t writeId, std::uint32_t key) const;

    Topology m_topology;
    std::uint64_t m_seed = 0;
    SimulationObserver *m_observer = nullptr;
    bool m_causes = false;   ///< the observer wants causes: keep m_causeHistory, call requestCause
    CauseHistory m_causeHistory;  ///< filled in only while m_causes

    EventQueue m_queue;
    SimTime m_now;
    SimTime m_stopIssuingAt = SimTime::fromUs(INT64_MAX / 2);  // halved: it gets added to
    SimTime m_longestFirstHop;
    std::uint64_t m_eventsProcessed = 0;

    std::vector<NodeRuntime> m_nodes;
    std::vector<LinkRuntime> m_links;
    std::vector<std::optional<ClientWorkload>> m_workloads;   ///< by node index
    std::vector<std::optional<GeneratedRequest>> m_pendingIssue;
    /// Reads back of users' own writes, waiting for their time (kReread); freed slots are reused.
    struct PendingReread
    {
        int clientsNode = -1;
        GeneratedRequest request;
    };
    IndexPool<PendingReread> m_rereads;

    IndexPool<Slot> m_slots;
    std::uint64_t m_nextRequestId = 1;
    std::uint64_t m_inFlight = 0;
    std::uint64_t m_nextWriteId = 1;
    LoadBalancing m_balancing;
    Sessions m_sessions;
    Replication m_replication;
    PeerReplication m_peerReplication;
    Cdn m_cdn;
    CacheTier m_cacheTier;
    Alerting m_alerting;
    Queueing m_queueing;
    Autoscaling m_autoscaling;
    Sharding m_sharding;
    Sizing m_sizing;
    Datacenters m_datacenters;

    Metrics m_metrics;
    TimeSeries m_timeSeries;
    std::int64_t m_nextSampleUs = 1'000'000;   ///< the next whole second the time series samples
    QList<ScenarioEvent> m_appliedActions;
};

} // namespace scalelab
