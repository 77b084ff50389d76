// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "replication/ledger.h"
#include "base/indexpool.h"
#include "base/simtime.h"

#include <cstdint>
#include <deque>
#include <unordered_map>
#include <vector>

namespace scalelab {

/// Counters for the report's `replication` section.
struct ReplicationCounters
{
    std::uint64_t staleReads = 0;
    std::uint64_t readYourWritesViolations = 0;
    std::uint64_t lostWrites = 0;        ///< acknowledged to a client, never on the new primary
    std::uint64_t phantomReads = 0;      ///< reads of a write that a failover then lost
    std::uint64_t promotions = 0;
    std::uint64_t recoveredWrites = 0;   ///< replayed from the dead primary's binlog
    std::uint64_t conflicts = 0;         ///< multi-master / ring: concurrent writes of one key
    std::uint64_t discardedUpdates = 0;  ///< last_writer_wins: the losing side of each conflict
    std::uint64_t rolledBack = 0;        ///< first_committer_wins: transactions refused at certification
    std::uint64_t strandedWrites = 0;    ///< ring: writes held up at a dead node, re-sent when the ring closed round it
    std::uint64_t ringLostWrites = 0;    ///< ring: writes that never left a dead node when the ring closed: no survivor has them
    std::uint64_t provisions = 0;        ///< new replicas that finished their copy and caught up
    double maxLagMs = 0.0;               ///< the longest commit-to-apply delay seen
};

/// An acknowledged write that a failover lost: the client was told it committed, and the
/// new primary never had it. Kept so that the GUI can list what a failover cost and say why.
struct LostWrite
{
    /// Why the new primary did not have it.
    enum class Shipping : std::uint8_t {
        NotSent,  ///< the origin died before its binlog shipped it (commit + ship delay)
        InFlight, ///< it had left the origin but had not reached the new primary at the promotion
        Missed,   ///< it left the origin, but the new primary never applied it (down, or behind)
    };

    std::uint64_t writeId = 0;
    std::uint32_t key = 0;
    std::uint64_t requestId = 0;
    std::int32_t origin = -1;    ///< the primary that committed it (and died)
    std::int64_t commitUs = 0;
    std::int64_t lostUs = 0;     ///< when the promotion gave it up
    WriteAck ack = WriteAck::AtCommit;
    std::int64_t ackUs = 0;      ///< when the origin told the client it committed
    std::int32_t clientsNode = -1; ///< the client told: this clients node's ...
    std::uint32_t user = 0;        ///< ... user
    Shipping shipping = Shipping::NotSent;
    std::int64_t sentUs = 0;     ///< when the binlog ships it from the origin: commit + ship delay
    std::int64_t originDiedUs = -1; ///< when the origin died (-1: it had not)
    std::int32_t newPrimary = -1;   ///< the replica promoted without it
};

/// A write on its way to one replica.
struct Shipment
{
    std::int32_t replica = -1;
    std::uint32_t replicaEpoch = 0;
    std::uint64_t writeId = 0;
    bool catchUp = false;  ///< replayed from the binlog (not the live stream): a new replica counts them
};

/// Primary / replica replication as MySQL does it: the primary commits and appends to its
/// binlog; each replica receives the stream after the ship delay plus the link's latency and
/// applies it in commit order. Plain data; the Replication component drives it. `mode` is the
/// file's, so it also tells a multi-master or ring run (PeerReplication drives those).
struct ReplicationState
{
    enum class Mode { Async, SemiSync, Sync, MultiMaster, Circular };

    bool enabled = false;         ///< at least one replica exists
    Mode mode = Mode::Async;
    bool afterCommit = false;     ///< semi_sync_wait: after_commit (visible before the ack)
    SimTime shipDelay;
    SimTime semiSyncTimeout;
    SimTime failoverDelay;
    SimTime recoveryDelay;
    SimTime applyDelay;  ///< a replica applies a write this long after its relay log has it (0: at once)
    bool recoverFromBinlog = false;
    SimTime copyTime;             ///< provisioning: data size / copy bandwidth
    bool autoReplace = false;
    SimTime replaceDelay;

    int primary = -1;             ///< the node taking writes now (may be dead during an outage)
    std::vector<int> replicas;    ///< database nodes following it, in file order
    bool promotionPending = false;
    int recoveringCandidate = -1; ///< binlog recovery in progress onto this node
    std::vector<int> copying;     ///< databases receiving a snapshot: the binlog is kept from their snapshot's position

    std::deque<WriteRecord> window;  ///< the binlog from the oldest write some replica lacks
    std::uint64_t inTransit = 0;  ///< writes on their way to some node (a run ends when this is 0)
    IndexPool<Shipment> shipments;
    std::unordered_map<std::uint64_t, std::pair<std::uint32_t, std::uint64_t>> lastWriteOfUser;  ///< user -> (key, write)
    ReplicationCounters counters;
    int lastPromoted = -1;        ///< the replica made primary by the latest failover, if any
    SimTime lastPromotedAt;       ///< ... and when (the window highlights a fresh primary)
    /// The most recent lost writes, oldest first: at most kLostWriteLog, so memory does not
    /// grow with the run; counters.lostWrites counts them all.
    std::deque<LostWrite> lostWrites;
    static constexpr std::size_t kLostWriteLog = 1000;

    bool peerMode() const { return mode == Mode::MultiMaster || mode == Mode::Circular; }
    WriteRecord *findWrite(std::uint64_t id);
    int replicaBit(int node) const;  ///< position of `node` in `replicas`, or -1
};

} // namespace scalelab
