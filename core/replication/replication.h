// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "replication/databaseruntime.h"
#include "replication/replicationstate.h"
#include "base/simtime.h"

#include <QString>

#include <cstdint>
#include <string>
#include <vector>

namespace scalelab {

struct EngineContext;
struct NodeRuntime;
struct RequestRecord;
struct Topology;

/// Primary / replica replication, MySQL style: the primary commits and appends to its binlog,
/// each replica receives the stream after the ship delay and applies it in commit order
/// (semi-sync and sync wait for replicas' acknowledgements); a dead primary's best replica is
/// promoted, losing what it never received; a spare database is provisioned from a snapshot
/// and catches up from the binlog. A component: it owns the replication state and every
/// database's runtime (DatabaseRuntime, by node index) and handles kReplicaReceive,
/// kReplicaApply, kPromote, kPromoteFinish, kProvisionDone and kAutoReplace.
///
/// Requests belong to the request path: where a write's client must now be answered (a
/// replica acknowledged it, or the primary died under it) the component lists it in
/// answers(); the engine answers each, in order, and clears the list.
class Replication
{
public:
    /// A request waiting on replication that the request path must now answer.
    struct Answer
    {
        std::uint32_t slot = 0;
        SimTime delay;         ///< Respond: how long after now the database answers
        bool failed = false;   ///< the database died under it: an error from that node
        int failedAt = -1;
    };

    /// Reads the file's replication settings and the databases' roles. For multi-master and
    /// rings it only notes the mode: PeerReplication sets those up.
    void setUp(EngineContext &ctx);

    // Handlers of this component's events.
    /// kReplicaReceive. True when the write went to the relay log: queue its apply with
    /// scheduleApply() once answers() are answered (a semi-sync acknowledgement goes first).
    bool receive(EngineContext &ctx, std::uint32_t shipment);
    void scheduleApply(EngineContext &ctx, std::uint32_t shipment);
    void apply(EngineContext &ctx, std::uint32_t shipment);        ///< kReplicaApply
    void promote(EngineContext &ctx, int oldPrimary);               ///< kPromote
    void finishRecovery(EngineContext &ctx, int oldPrimary);        ///< kPromoteFinish
    void provisionDone(EngineContext &ctx, int node);               ///< kProvisionDone
    void autoReplace(EngineContext &ctx, int dead);                 ///< kAutoReplace

    // What the request path and the runtime actions ask.
    /// A write of `key` committed on database `node` as write `writeId` for `request`. True when
    /// its client waits for replicas (semi-sync, sync); else `*ackDelay` says how long after
    /// now the answer leaves (a semi-sync timeout with no replica up).
    bool commit(EngineContext &ctx, int node, const RequestRecord &request, std::uint64_t writeId, std::uint32_t slot,
                SimTime *ackDelay);
    /// A read of `key` served by `node`: counts a stale read and returns the version held
    /// there and the newest one the primary has (0 when this is the primary).
    bool readIsStale(int node, std::uint32_t key, std::uint64_t *held, std::uint64_t *newest);
    /// ... then checks the user's own last write and a read of a write not yet acknowledged.
    void readChecked(const EngineContext &ctx, int node, const RequestRecord &request, std::uint64_t held);
    /// The node died: clears its relay log, aborts copies from it, fails the writes waiting
    /// on a dead primary (answers()). True when a promotion must be queued with queuePromotion().
    bool databaseDied(EngineContext &ctx, int node);
    void queuePromotion(EngineContext &ctx, int oldPrimary);
    void databaseRevived(EngineContext &ctx, int node);
    /// Starts copying a snapshot of `from` to the spare `node`; an error message when it cannot.
    QString provision(EngineContext &ctx, int node, int from, int replacing = -1);
    /// A kill of a database being copied aborts the copy.
    void abortCopy(EngineContext &ctx, int node, const std::string &why);

    /// Writes whose clients must be answered now, in order; the engine clears the list.
    std::vector<Answer> &answers() { return m_answers; }

    // The public face: reports, the window, tests.
    const ReplicationState &state() const { return m_state; }
    const ReplicationCounters &counters() const { return m_state.counters; }
    const DatabaseRuntime &database(int node) const { return m_databases[static_cast<std::size_t>(node)]; }
    /// Every database's runtime by node index; the engine hands it to PeerReplication, whose
    /// masters hold their data in the same ledgers.
    std::vector<DatabaseRuntime> &databases() { return m_databases; }
    const std::vector<DatabaseRuntime> &databases() const { return m_databases; }
    bool enabled() const { return m_state.enabled; }
    int primary() const { return m_state.primary; }
    std::uint64_t inTransit() const { return m_state.inTransit; }
    /// The version of `key` the primary holds (0: none, or no primary).
    std::uint64_t primaryVersion(std::uint32_t key) const;
    /// "unprovisioned", "provisioning", "catching_up" or empty when provisioning says nothing.
    const char *provisioningState(const NodeRuntime &node, int index) const;
    double replicaLagMs(const std::vector<NodeRuntime> &nodes, SimTime now, int node) const;
    std::uint64_t writesBehind(int node) const;
    std::uint64_t divergedKeys(const std::vector<NodeRuntime> &nodes) const;
    /// When the write `writeId` still in the binlog window committed (-1: not there).
    std::int64_t windowCommitUs(std::uint64_t writeId, int *origin) const;

private:
    void ship(EngineContext &ctx, const WriteRecord &w, int replica, SimTime arrives, bool catchUp = false);
    void releaseShipment(std::uint32_t index);
    void shipmentDone(EngineContext &ctx, const Shipment &shipment);
    void applyReplicated(EngineContext &ctx, WriteRecord &w, int replica);
    void drainRelayLog(EngineContext &ctx, int replica);
    void acknowledgeWrite(EngineContext &ctx, WriteRecord &w, SimTime ackLatency, WriteAck how);
    void purgeWindow();
    void catchUp(EngineContext &ctx, int replica, int source);
    // Failover (replicationfailover.cpp).
    void finishPromotion(EngineContext &ctx, int oldPrimary, int candidate);
    /// What the GUI needs to say why `w` was lost when `newPrimary` was promoted without it.
    LostWrite lostWriteOf(const EngineContext &ctx, const WriteRecord &w, int newPrimary) const;
    // Provisioning (replicationprovisioning.cpp).
    void caughtUp(EngineContext &ctx, int node);
    void scheduleReplacement(EngineContext &ctx, int dead);

    ReplicationState m_state;
    std::vector<DatabaseRuntime> m_databases;  ///< by node index
    std::vector<Answer> m_answers;             ///< reused: no allocation per event once grown
};

} // namespace scalelab
