#pragma once

#include "replication/ledger.h"
#include "sim/simtime.h"

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
    double maxLagMs = 0.0;               ///< the longest commit-to-apply delay seen
};

/// A write on its way to one replica.
struct Shipment
{
    std::int32_t replica = -1;
    std::uint32_t replicaEpoch = 0;
    std::uint64_t writeId = 0;
};

/// Primary / replica replication as MySQL does it: the primary commits and appends to its
/// binlog; each replica receives the stream after the ship delay plus the link's latency and
/// applies it in commit order. Plain data; the Simulation drives it.
struct ReplicationState
{
    enum class Mode { Async, SemiSync, Sync };

    bool enabled = false;         ///< at least one replica exists
    Mode mode = Mode::Async;
    bool afterCommit = false;     ///< semi_sync_wait: after_commit (visible before the ack)
    SimTime shipDelay;
    SimTime semiSyncTimeout;
    SimTime failoverDelay;
    SimTime recoveryDelay;
    bool recoverFromBinlog = false;

    int primary = -1;             ///< the node taking writes now (may be dead during an outage)
    std::vector<int> replicas;    ///< database nodes following it, in file order
    bool promotionPending = false;
    int recoveringCandidate = -1; ///< binlog recovery in progress onto this node

    std::deque<WriteRecord> window;  ///< the binlog from the oldest write some replica lacks
    std::vector<Shipment> shipments;
    std::vector<std::uint32_t> freeShipments;
    std::unordered_map<std::uint64_t, std::pair<std::uint32_t, std::uint64_t>> lastWriteOfUser;  ///< user -> (key, write)
    ReplicationCounters counters;

    WriteRecord *findWrite(std::uint64_t id);
    int replicaBit(int node) const;  ///< position of `node` in `replicas`, or -1
};

} // namespace scalelab
