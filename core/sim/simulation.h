#pragma once

#include "metrics/metrics.h"
#include "metrics/timeseries.h"
#include "base/indexpool.h"
#include "model/topology.h"
#include "replication/replicationstate.h"
#include "sim/connection.h"
#include "sim/enginecontext.h"
#include "sim/eventkind.h"
#include "sim/eventqueue.h"
#include "sim/noderuntime.h"
#include "base/request.h"
#include "sim/requestslot.h"
#include "sim/simulationobserver.h"
#include "workload/clientworkload.h"

#include <QString>

#include <functional>
#include <memory>
#include <unordered_map>
#include <optional>
#include <vector>

namespace scalelab {

/// What the caches did, for the report.
struct CacheCounters
{
    std::uint64_t hits = 0;
    std::uint64_t misses = 0;
    std::uint64_t staleHits = 0;     ///< hits on a value older than the newest committed write
    std::uint64_t evictions = 0;
    std::uint64_t expirations = 0;
    std::uint64_t invalidations = 0;
    std::uint64_t leaseWaits = 0;        ///< misses told to wait instead of loading the database
    std::uint64_t staleSetsRefused = 0;  ///< fills refused because their lease was voided by a write
    std::uint64_t staleFills = 0;        ///< fills that put an already outdated value into a cache
    std::uint64_t readThroughLoads = 0;  ///< database loads a read_through cache made itself
    std::uint64_t coalesced = 0;         ///< read_through misses that waited for a load of their key already under way
    std::uint64_t writeBacks = 0;        ///< writes a write_back cache acknowledged
    std::uint64_t writeBackFlushed = 0;  ///< ... that reached the database
    std::uint64_t writeBackLost = 0;     ///< ... that were lost: the cache died before it flushed them
};

/// What the CDN did, for the report and its cost.
struct CdnCounters
{
    std::uint64_t requests = 0;        ///< static requests an edge answered
    std::uint64_t hits = 0;
    std::uint64_t misses = 0;          ///< includes the collapsed ones
    std::uint64_t collapsed = 0;       ///< misses that waited for the edge's fetch of that object already under way
    std::uint64_t fallbacks = 0;       ///< requests that timed out on a dead edge
    std::uint64_t invalidated = 0;     ///< objects removed by invalidations
    std::uint64_t evictions = 0;       ///< objects pushed out of a full edge
    std::uint64_t bytesToUsers = 0;    ///< edge -> users
    std::uint64_t bytesFromOrigin = 0; ///< origin -> edge (misses)
    std::uint64_t bytesDirect = 0;     ///< origin -> users (no edge, or fallback)
};

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
    std::uint64_t sessionsLost() const { return m_sessionsLost; }
    const ConnectionCounters &connections() const { return m_connectionCounters; }
    const ReplicationCounters &replication() const { return m_replication.counters; }
    const CacheCounters &caches() const { return m_cacheCounters; }
    const CdnCounters &cdn() const { return m_cdnCounters; }
    /// The most recent acknowledged writes lost by failovers (at most
    /// ReplicationState::kLostWriteLog, oldest first); replication().lostWrites counts them all.
    const std::deque<LostWrite> &lostWrites() const { return m_replication.lostWrites; }
    bool replicationEnabled() const { return m_replication.enabled; }
    const ReplicationState &replicationState() const { return m_replication; }
    int primaryDatabase() const { return m_replication.primary; }
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
    const NodeRuntime &node(int index) const { return m_nodes[index]; }
    const LinkRuntime &link(int index) const { return m_links[index]; }
    int linkCount() const { return static_cast<int>(m_links.size()); }
    /// "up", "down" or "draining".
    std::string nodeState(int index) const;
    /// A pool member's health as the first balancer that has it sees it ("up", "down",
    /// "ejected"); empty for nodes in no pool.
    std::string healthSeenByBalancers(int index) const;

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
    static constexpr int kNoPrimaryLink = -2;

    Simulation(const Topology &topology, std::uint64_t seed);
    /// The world as a component's handlers see it, now.
    EngineContext context() { return EngineContext{m_queue, m_now, m_topology, m_nodes, m_links, m_metrics, m_observer}; }
    bool setUp(QString *error);
    void resolveRoutes();
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
    void checkLocalSession(std::uint32_t slot, int webNode);
    void dropSessionsOf(int webNode);
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

    // Balancing (simulationbalancing.cpp).
    int pickServer(int lbNode, const RequestRecord &request);
    void adjustInFlight(int lbNode, int member, int delta);
    void markPoolsDirty();
    void requestLeftPool(int lbNode, int member, bool success);
    void runHealthChecks(int lbNode);
    void uneject(int lbNode, int member);
    void balancerDied(int lbNode);
    void balancerRevived(int lbNode);
    void failOver(int clientsNode);
    void switchEntry(int clientsNode, int entryLink);

    // Replication (simulationreplication.cpp).
    void setUpReplication();
    SimTime latencyBetween(int a, int b) const;
    int databaseLinkFor(int webNode, Op op);
    bool commitWrite(std::uint32_t slot);
    void ship(const WriteRecord &w, int replica, SimTime arrives, bool catchUp = false);
    void receiveShipment(std::uint32_t index);
    void applyShipment(std::uint32_t index);
    void releaseShipment(std::uint32_t index);
    void shipmentDone(const Shipment &shipment);
    void applyReplicated(WriteRecord &w, int replica);
    void drainRelayLog(int replica);
    void acknowledgeWrite(WriteRecord &w, SimTime ackLatency, WriteAck how);
    void respondFromBackend(std::uint32_t slot, SimTime extraDelay);
    void readServed(std::uint32_t slot);
    void purgeWindow();
    void catchUp(int replica, int source);
    void databaseDied(int node);
    void databaseRevived(int node);
    void promote(int oldPrimary);
    void finishRecovery(int oldPrimary);
    void finishPromotion(int oldPrimary, int candidate);
    /// What the GUI needs to say why `w` was lost when `newPrimary` was promoted without it.
    LostWrite lostWriteOf(const WriteRecord &w, int newPrimary) const;

    // Provisioning a new replica (simulationprovisioning.cpp).
    QString provision(int node, int from, int replacing = -1);
    void provisionDone(int node);
    void abortCopy(int node, const std::string &why);
    void caughtUp(int node);
    void scheduleReplacement(int dead);
    void autoReplace(int dead);

    // Multi-master and ring (simulationmultimaster.cpp).
    void setUpPeerReplication();
    int masterLinkFor(int webNode, Op op);
    void rememberPeerWrite(std::uint32_t key, const PeerWrite &w);
    bool commitPeerWrite(std::uint32_t slot);
    void noteOwnWrite(const RequestRecord &request, std::uint64_t writeId);
    void certify(std::uint32_t slot);
    void propagate(const PeerWrite &w, std::uint32_t key, int from);
    void shipPeer(const PeerWrite &w, std::uint32_t key, int to, SimTime arrives, bool resync = false, int from = -1);
    void receivePeerWrite(std::uint32_t index);
    void peerDied(int node);
    void peerRevived(int node);

    // A ring node's death and return (simulationring.cpp).
    void bypassRingNode(int node);
    void sendMissingRingWrites(int source, int to, SimTime hop);
    void rejoinRing(int node);
    void noteRingLag();
    std::uint64_t divergedPeerKeys() const;
    std::uint64_t newestWriteOf(std::uint32_t key) const;

    // Caches (simulationcaching.cpp).
    enum class CacheChangeKind : std::uint8_t { Fill, Update, Invalidate };
    struct PendingCacheChange
    {
        std::int32_t cache = -1;
        std::uint32_t epoch = 0;
        std::uint32_t key = 0;
        std::uint64_t version = 0;
        CacheChangeKind kind = CacheChangeKind::Fill;
        std::uint64_t size = 1;
        std::uint64_t leaseToken = 0;
        SimTime readStart{-1};  ///< Fill: when the read that loaded the value began (causes only)
    };
    void setUpCaches();
    int cacheLinkFor(int webNode, std::uint32_t key) const;
    void cacheLookup(std::uint32_t slot);
    void cacheAnswered(std::uint32_t slot);
    std::uint64_t newestCommitted(std::uint32_t key) const;
    void scheduleCacheChange(int cacheNode, std::uint32_t key, std::uint64_t version, CacheChangeKind kind, SimTime at,
                             std::uint64_t size = 1, std::uint64_t leaseToken = 0, SimTime readStart = SimTime{-1});
    void retryCache(std::uint32_t slot);
    void applyCacheChange(std::uint32_t index);
    void applyCacheChange(const PendingCacheChange &change);
    void countCacheStoreChange(int cacheNode, const CacheChange &result);
    void joinLoad(std::uint32_t slot);
    void cacheLoaded(std::uint32_t slot);
    void answerFromLoad(std::uint32_t waiter, const RequestSlot &load, bool first);
    void acceptWriteBack(std::uint32_t slot);
    void scheduleFlush(int cacheNode, const RequestRecord &write, SimTime at);
    void flush(std::uint32_t index);
    void flushReturned(std::uint32_t slot, bool cacheAlive);
    void cacheTripLost(std::uint32_t slot);
    void afterDatabaseAnswer(std::uint32_t slot);
    void cacheDied(int node);
    std::uint32_t returnKind(const Slot &s) const;

    // CDN (simulationcdn.cpp).
    void setUpCdn();
    std::uint64_t objectSize(std::uint32_t key) const;
    std::uint32_t edgeCacheKey(const NodeRuntime &edge, const RequestRecord &request) const;
    void staticViaCdn(std::uint32_t slot);
    void fetchFromOrigin(std::uint32_t slot, SimTime leaves);
    void arriveAtEdge(std::uint32_t slot);
    void invalidatePath(const QString &pattern);
    void applyInvalidation(std::uint32_t code);
    void arriveAtFrontDoor(std::uint32_t slot);

    // Long-lived connections (simulationconnections.cpp).
    void setUpConnections();
    void scheduleNextConnection(int clientsNode);
    void connectionArrives(int clientsNode);
    void openConnection(int clientsNode);
    void closeConnection(std::uint32_t index);
    void dropConnectionsOf(int server);

    // Actions (simulationactions.cpp).
    QString applyLinkAction(const ScenarioEvent &action);
    QString applyNodeAction(const ScenarioEvent &action);
    QString applySetting(int node, const QString &key, const QJsonValue &value);
    void killNode(int node);
    void reviveNode(int node);
    void announce(EngineEventKind kind, int node, std::string detail, int other = kNoNode);

    // Causes, for an observer that wants them (simulationcauses.cpp). Called only when m_causes.
    void noteFailure(const Slot &s, Outcome outcome, int failedAt, bool gaveUpWaiting);
    void noteStaleRead(const Slot &s, std::uint64_t held, std::uint64_t newest);
    void noteCacheLookup(const Slot &s, std::uint64_t version, SimTime expiredFill);
    void noteCacheFill(int cache, std::uint32_t key, std::uint64_t version, SimTime readStart);
    void noteCacheInvalidation(int cache, std::uint32_t key, std::uint64_t byWrite);
    void noteCacheRemoval(int cache, std::uint32_t key, MissReason how, std::uint64_t byWrite = 0);
    std::int64_t commitTimeOf(std::uint64_t writeId, std::uint32_t key, int *origin) const;

    Topology m_topology;
    std::uint64_t m_seed = 0;
    SimulationObserver *m_observer = nullptr;
    bool m_causes = false;   ///< the observer wants causes: keep m_keyFates, call requestCause
    /// What last happened to a key in a cache (cache << 32 | key), for telling a cold miss from
    /// an evicted or expired one. Kept only while m_causes; lookups only.
    struct KeyFate
    {
        SimTime filledAt{-1};
        SimTime removedAt{-1};
        std::uint64_t removedBy = 0;
        MissReason removal = MissReason::Cold;  ///< Cold: still there at the last change seen
        std::uint64_t invalidatedBy = 0;  ///< the newest write whose invalidation reached the cache, held or not
        std::uint64_t racedWrite = 0;     ///< the last fill stored a value older than invalidatedBy
    };
    std::unordered_map<std::uint64_t, KeyFate> m_keyFates;

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
    std::unordered_map<std::uint64_t, int> m_sessionHolder;  ///< user -> server with their session (lookups; sorted before listing)
    std::uint64_t m_sessionsLost = 0;
    std::vector<std::optional<ConnectionSource>> m_connectionSources;  ///< by node index
    IndexPool<Connection> m_connections;
    ConnectionCounters m_connectionCounters;
    ReplicationState m_replication;
    CacheCounters m_cacheCounters;
    CdnCounters m_cdnCounters;
    struct CdnRuntime
    {
        double meanSizeBytes = 200 * 1024.0;
        SimTime edgeTimeout;
        SimTime retry;
        SimTime invalidationDelay;
        std::vector<QString> pendingInvalidations;
    } m_cdn;
    IndexPool<PendingCacheChange> m_cacheChanges;
    /// A write a write_back cache acknowledged and has not sent to its database yet.
    struct PendingFlush
    {
        std::int32_t cache = -1;
        std::uint32_t epoch = 0;
        RequestRecord write;  ///< the request that wrote: key, user, id (for the commit's record)
    };
    IndexPool<PendingFlush> m_flushes;

    Metrics m_metrics;
    TimeSeries m_timeSeries;
    std::int64_t m_nextSampleUs = 1'000'000;   ///< the next whole second the time series samples
    QList<ScenarioEvent> m_appliedActions;
};

} // namespace scalelab
