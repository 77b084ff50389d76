// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "replication/databaseruntime.h"
#include "replication/replicationstate.h"
#include "replication/ringlog.h"
#include "base/indexpool.h"
#include "base/simtime.h"

#include <cstdint>
#include <unordered_map>
#include <vector>

namespace scalelab {

struct EngineContext;
struct NodeRuntime;
struct RequestRecord;

/// A peer write on its way to one node; it carries the whole write, so nothing depends on
/// how much history is kept.
struct PeerShipment
{
    std::int32_t to = -1;          ///< -1: a free slot
    std::uint32_t toEpoch = 0;
    std::uint32_t key = 0;
    PeerWrite write;
    bool resync = false;           ///< copies a row to a revived node: applied there, not forwarded
    std::int32_t from = -1;        ///< ring: the node sending it ...
    std::int64_t sentUs = 0;       ///< ... once the ship delay is over
    bool unsent = false;           ///< ring: its sender died before sending it
};

/// Multi-master and circular replication, a component. Every master takes writes; each write
/// carries the version it overwrote (its parent), so concurrent writes of one key are told
/// apart from ordinary updates: a conflict. last_writer_wins converges by commit time and
/// silently discards the loser; first_committer_wins certifies each write with the group, as
/// MySQL Group Replication does, and rolls the later one back. A ring forwards writes hop by
/// hop and has no conflict handling; a dead ring node is bypassed once detected. Handles
/// kPeerReceive and kRingBypass; kCertify's request is the request path's, which asks
/// certify().
///
/// The masters' data are the databases' ledgers, which the Replication component keeps (one
/// DatabaseRuntime per node): the engine hands them to each call as `dbs`.
class PeerReplication
{
public:
    /// Reads the file's mode and the ring the links draw; marks every database a master.
    /// Does nothing unless the file asks for multi_master or circular.
    void setUp(const EngineContext &ctx, std::vector<DatabaseRuntime> &dbs);

    // Handlers.
    void receive(EngineContext &ctx, std::vector<DatabaseRuntime> &dbs, std::uint32_t shipment);  ///< kPeerReceive
    void bypass(EngineContext &ctx, std::vector<DatabaseRuntime> &dbs, int node);  ///< kRingBypass

    // What the request path and the runtime actions ask.
    /// first_committer_wins: writes wait for the group's certification.
    bool certifies() const { return !m_lastWriterWins && m_mode == ReplicationState::Mode::MultiMaster; }
    /// Queues the certification of `w` (the request in `slot`): kCertify, after a round trip to every live member.
    void startCertification(EngineContext &ctx, const PeerWrite &w, std::uint32_t slot);
    /// The group certified `w` of `key` or not: when it did, commits it; false when rolled back.
    bool certify(EngineContext &ctx, std::vector<DatabaseRuntime> &dbs, const PeerWrite &w, const RequestRecord &request);
    /// Commits `w` (of request's key) on its origin and sends it on to the others.
    void commit(EngineContext &ctx, std::vector<DatabaseRuntime> &dbs, const PeerWrite &w, const RequestRecord &request);
    /// A read of `key` served by `node`: counts a stale read (the newest write of the key was
    /// not seen there); returns the version held there and the newest one.
    bool readIsStale(const std::vector<DatabaseRuntime> &dbs, int node, std::uint32_t key, std::uint64_t *held, std::uint64_t *newest);
    void readChecked(const EngineContext &ctx, int node, const RequestRecord &request, std::uint64_t held);
    void died(EngineContext &ctx, int node);
    void revived(EngineContext &ctx, std::vector<DatabaseRuntime> &dbs, int node);
    /// Ring: the lag is the age of the oldest write some live node has not executed.
    void noteRingLag(SimTime now);

    // The public face.
    bool enabled() const { return m_enabled; }
    bool ring() const { return m_mode == ReplicationState::Mode::Circular; }
    const ReplicationCounters &counters() const { return m_counters; }
    std::uint64_t inTransit() const { return m_inTransit; }
    const std::vector<int> &masters() const { return m_masters; }
    /// The newest write of `key` any master committed (0: none known).
    std::uint64_t newestWriteOf(std::uint32_t key) const;
    const PeerWrite *peerWrite(std::uint32_t key, std::uint64_t id) const;
    /// True when `later` has `earlier` among its ancestors (it was written after seeing it).
    bool descends(std::uint32_t key, std::uint64_t later, std::uint64_t earlier) const;
    /// Keys on which live masters disagree (or that some live master lacks).
    std::uint64_t divergedKeys(const std::vector<NodeRuntime> &nodes, const std::vector<DatabaseRuntime> &dbs) const;
    double ringLagMs(const std::vector<NodeRuntime> &nodes, SimTime now, int node) const;
    std::uint64_t ringWritesBehind(const std::vector<NodeRuntime> &nodes, int node) const;

private:
    void remember(std::uint32_t key, const PeerWrite &w);
    void noteOwnWrite(const RequestRecord &request, std::uint64_t writeId);
    void propagate(EngineContext &ctx, std::vector<DatabaseRuntime> &dbs, const PeerWrite &w, std::uint32_t key, int from);
    void ship(EngineContext &ctx, std::vector<DatabaseRuntime> &dbs, const PeerWrite &w, std::uint32_t key, int to, SimTime arrives,
              bool resync = false, int from = -1);
    // A ring node's death and return (peerring.cpp).
    void sendMissingRingWrites(EngineContext &ctx, std::vector<DatabaseRuntime> &dbs, int source, int to, SimTime hop);
    void rejoinRing(EngineContext &ctx, std::vector<DatabaseRuntime> &dbs, int node);

    ReplicationState::Mode m_mode = ReplicationState::Mode::MultiMaster;
    bool m_enabled = false;       ///< at least two masters
    SimTime m_shipDelay;
    SimTime m_failoverDelay;      ///< ring: from a node's death to the ring closing round it
    bool m_lastWriterWins = true; ///< else first_committer_wins (certification)
    std::vector<int> m_masters;   ///< every database node, in file order
    std::vector<int> m_ringNext;  ///< by node index: where a ring node forwards writes
    std::vector<int> m_ringOriginal;    ///< the ring as the links drew it
    std::vector<SimTime> m_ringHop;     ///< by node index: latency to its next node (grows when it bypasses a dead one)
    std::vector<SimTime> m_ringHopOriginal;
    std::unordered_map<std::uint32_t, std::vector<PeerWrite>> m_history;  ///< key -> its recent writes (lookups only)
    std::unordered_map<std::uint32_t, std::uint64_t> m_certified;        ///< key -> last write certified by the group
    RingLog m_ringLog;            ///< circular: what each node executed, for re-pointing round a dead node
    IndexPool<PeerShipment> m_shipments;
    std::uint64_t m_inTransit = 0;  ///< writes on their way to some node (a run ends when this is 0)
    std::unordered_map<std::uint64_t, std::pair<std::uint32_t, std::uint64_t>> m_lastWriteOfUser;  ///< user -> (key, write)
    ReplicationCounters m_counters;
};

} // namespace scalelab
