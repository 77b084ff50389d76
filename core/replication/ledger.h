// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <unordered_map>
#include <utility>
#include <vector>

namespace scalelab {

/// One database node's data: for every key the id of the write it holds (its version), and
/// how far the node has got in the replication stream. The GUI shows it to make divergence
/// visible: a replica's rows behind, the writes a promoted replica never received.
class Ledger
{
public:
    /// The write id this node holds for `key`; 0 when it never saw a write of it.
    std::uint64_t version(std::uint32_t key) const
    {
        const auto it = m_versions.find(key);
        return it == m_versions.end() ? 0 : it->second.version;
    }
    /// When the write this node holds for `key` was committed at its origin, in simulated
    /// microseconds; -1 when unknown (never written, or applied without a time).
    std::int64_t commitUs(std::uint32_t key) const
    {
        const auto it = m_versions.find(key);
        return it == m_versions.end() ? -1 : it->second.commitUs;
    }
    void apply(std::uint32_t key, std::uint64_t writeId, std::int64_t commitUs = -1);
    /// Overwrites whatever the key held (multi-master: the winner may be the older write).
    void set(std::uint32_t key, std::uint64_t writeId, std::int64_t commitUs = -1);

    std::uint64_t lastApplied() const { return m_lastApplied; }   ///< highest write id applied
    std::uint64_t appliedCount() const { return m_appliedCount; } ///< binlog / applied position
    std::size_t keyCount() const { return m_versions.size(); }
    /// Every (key, version), sorted by key: deterministic, for views and tests.
    std::vector<std::pair<std::uint32_t, std::uint64_t>> rows() const;

private:
    struct Entry
    {
        std::uint64_t version = 0;
        std::int64_t commitUs = -1;
    };
    std::unordered_map<std::uint32_t, Entry> m_versions;  // lookups only; rows() sorts
    std::uint64_t m_lastApplied = 0;
    std::uint64_t m_appliedCount = 0;
};

/// How the client of a write was told it committed: what a failover that loses the write
/// had promised.
enum class WriteAck : std::uint8_t {
    None,            ///< not acknowledged (yet)
    AtCommit,        ///< async: at once, without waiting for any replica
    SemiSyncTimeout, ///< semi-sync (or sync) with no replica answering: after the timeout, as async
    ByReplica,       ///< a replica acknowledged it (semi-sync, sync)
    NoReplicaLeft,   ///< sync: every replica it waited for died, so nothing was left to wait for
};

/// One committed write, kept in the binlog window until every replica has applied it.
struct WriteRecord
{
    std::uint64_t id = 0;
    std::uint32_t key = 0;
    std::int32_t origin = -1;      ///< the primary that committed it
    std::uint32_t originEpoch = 0; ///< the primary's life in which it committed (kills bump it)
    std::uint64_t requestId = 0;
    std::uint64_t user = 0;        ///< clients node << 32 | user
    std::int64_t commitUs = 0;
    std::int64_t sentUs = 0;       ///< when the binlog dump thread ships it (commit + ship delay)
    bool acknowledged = false;     ///< the client was told it committed
    WriteAck ack = WriteAck::None; ///< ... and how
    std::int64_t ackUs = -1;       ///< ... and when the primary answered it
    bool visible = false;          ///< readers on the primary can see it
    bool observed = false;         ///< some client read it from the primary
    bool lost = false;
    std::uint64_t awaitingReplicas = 0;  ///< bits of ReplicationState::replicas still to acknowledge
    std::uint32_t waitingSlot = UINT32_MAX;  ///< the request waiting for the acknowledgement
};

/// A multi-master or ring write: what it overwrote at its origin tells concurrent writes apart.
struct PeerWrite
{
    std::uint64_t id = 0;
    std::uint64_t parent = 0;      ///< the version its origin held when it committed
    std::int32_t origin = -1;
    std::int64_t commitUs = 0;
};

} // namespace scalelab
