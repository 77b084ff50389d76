// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/hash.h"
#include "base/simtime.h"
#include "base/hashring.h"

#include <QString>
#include <QStringList>

#include <cstdint>
#include <vector>

namespace scalelab {

struct EngineContext;

/// What the shards did (the report's `sharding`).
struct ShardingCounters
{
    std::vector<std::uint64_t> requests;  ///< database calls each shard took (reads and writes), by shard
    std::uint64_t movedKeys = 0;          ///< keys that changed shard, over every reshard
    std::uint64_t movingReads = 0;        ///< reads of a key whose copy to its new shard was still under way
    std::uint64_t reshards = 0;           ///< add_shard actions applied
    std::uint64_t fanOutReads = 0;        ///< reads that queried every shard
    std::uint64_t fanOutAnswered = 0;     ///< ... of them, answered successfully
    double fanOutMsSum = 0;               ///< ... their latencies summed, ms

    double fanOutMeanMs() const { return fanOutAnswered > 0 ? fanOutMsSum / static_cast<double>(fanOutAnswered) : 0; }

    /// The busiest shard's share of every call (1 / shards when even; 0 before any call).
    double maxShardShare() const;
};

/// Database sharding: each key lives on one shard, a list of databases (its primary takes
/// the writes, its replicas share the reads). The strategy maps a key to a shard:
///   - hash_mod:   hash(key) mod N (adding a shard moves about N/(N+1) of the keys);
///   - consistent: a consistent-hash ring of the shards' primaries (adding one moves about 1/(N+1));
///   - range:      N equal ranges of the key space in key order (keys are numbered by
///                 popularity, so the first range holds the hot keys).
///
/// add_shard reshards while running: the keys whose shard changes are copied to it at
/// `copy_mb_per_s`; the copy walks the key space in key order at an even pace, and until it
/// has passed a key, that key stays on its old shard (reads of it are counted as moving).
///
/// Simplified from Vitess / MongoDB resharding: the copy puts no load on the databases, a
/// key switches shard at once when copied (no catch-up of writes made during the copy), and
/// a shard's replicas are always up to date (replication inside a shard is not simulated;
/// the replication lessons show its lag). A shard whose primary dies refuses writes: no
/// failover inside a shard.
///
/// A share of reads (`fan_out_reads`: a search, a feed over every user) query every shard at
/// once; the web server answers when the last shard has, so such a read takes as long as the
/// slowest shard (and fails if any shard fails). Which reads fan out is a hash of the request
/// id, not a random draw, so the file's other requests run as without the key.
///
/// Handles kReshardDone (payload: the reshard's number, so a copy cut short by a later
/// add_shard ends only once).
class Sharding
{
public:
    enum class Strategy : std::uint8_t { HashMod, Consistent, Range };

    /// Reads the topology's `sharding`; nothing to do without one.
    void setUp(const EngineContext &ctx);
    bool enabled() const { return m_enabled; }
    Strategy strategy() const { return m_strategy; }

    int shardCount() const { return static_cast<int>(m_shards.size()); }
    /// Shard `shard`'s databases (node indices), its primary first.
    const std::vector<int> &members(int shard) const { return m_shards[static_cast<std::size_t>(shard)]; }
    /// The shard database `node` belongs to, or -1 (not a database of any shard yet).
    int shardOfNode(int node) const
    {
        return node >= 0 && node < static_cast<int>(m_shardOfNode.size()) ? m_shardOfNode[static_cast<std::size_t>(node)] : -1;
    }
    /// How many keys the clients use (the key space range sharding divides).
    std::uint32_t keySpace() const { return m_keySpace; }

    /// The shard holding `key` now. During a reshard's copy a key that moves stays on its
    /// old shard until the copy reaches it; `*moving` then says so.
    int shardFor(std::uint32_t key, SimTime now, bool *moving = nullptr) const;
    /// Whether read `requestId` queries every shard (`fan_out_reads`).
    bool fansOut(std::uint64_t requestId) const
    {
        return m_fanOutThreshold > 0 && splitmix64(requestId ^ kFanOutSalt) <= m_fanOutThreshold;
    }
    void countFanOut() { ++m_counters.fanOutReads; }
    void countFanOutAnswered(double latencyMs)
    {
        ++m_counters.fanOutAnswered;
        m_counters.fanOutMsSum += latencyMs;
    }
    /// A read of a key still being copied (counted in `moving_reads`).
    void countMovingRead() { ++m_counters.movingReads; }
    /// A database call reached shard member `node`.
    void countCall(int node)
    {
        const int shard = shardOfNode(node);
        if (shard >= 0)
            ++m_counters.requests[static_cast<std::size_t>(shard)];
    }

    /// add_shard: appends a shard of `nodes` (database indices, primary first), counts the
    /// keys that move and starts their copy. Returns an error for nodes that cannot be one.
    QString addShard(const EngineContext &ctx, const std::vector<int> &nodes);
    /// kReshardDone: the copy of reshard number `reshard` is over.
    void copyDone(const EngineContext &ctx, std::uint32_t reshard);
    /// Whether a reshard's copy is under way, and how far it has got (0..1).
    bool copying() const { return m_previousCount > 0; }
    double copyProgress(SimTime now) const;

    const ShardingCounters &counters() const { return m_counters; }

private:
    /// The shard of `key` when the first `count` shards hold the data.
    int ownerAmong(int count, std::uint32_t key) const;
    void finishCopy(const EngineContext &ctx, bool cutShort);

    bool m_enabled = false;
    Strategy m_strategy = Strategy::HashMod;
    std::vector<std::vector<int>> m_shards;
    std::vector<int> m_shardOfNode;    ///< by node index; -1: no shard
    ConsistentHashRing m_ring;         ///< consistent: the shards' primaries, added in shard order (ring index = shard)
    ConsistentHashRing m_previousRing; ///< ... as it was before the copy under way
    std::uint32_t m_keySpace = 1;
    double m_secondsPerKey = 0;        ///< how long copying one key takes
    int m_previousCount = 0;           ///< shards before the copy under way; 0: no copy
    std::uint64_t m_copyMoved = 0;     ///< keys the copy under way moves
    SimTime m_copyStart;
    SimTime m_copyEnd;
    std::uint64_t m_fanOutThreshold = 0;  ///< reads whose hash is at most this fan out; 0: none
    ShardingCounters m_counters;

    static constexpr std::uint64_t kFanOutSalt = 0x5a4f'0f0f'5a4f'0f0fULL;  // apart from other hashes of the id
};

} // namespace scalelab
