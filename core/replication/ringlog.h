// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "replication/ledger.h"

#include <cstdint>
#include <deque>
#include <vector>

namespace scalelab {

/// The writes of a replication ring that some live node has not executed yet, with MySQL's
/// GTID bookkeeping: for each write, which ring nodes executed it (gtid_executed) and which
/// have it on the way. When a dead node's successor re-points to the node before it
/// (CHANGE REPLICATION SOURCE TO ... SOURCE_AUTO_POSITION = 1), the source sends exactly
/// what the successor lacks; a write only dead nodes hold is lost. A write leaves the log
/// once every live node executed it, so memory grows with what is undelivered, not with
/// what was served. At most 64 nodes (one bit each; the validator refuses larger rings).
class RingLog
{
public:
    struct Entry
    {
        PeerWrite write;
        std::uint32_t key = 0;
        std::uint64_t executed = 0;  ///< bits of the nodes that executed it
        std::uint64_t coming = 0;    ///< bits of the nodes it is on its way to
    };

    /// The ring's nodes (node indexes, any order) among `nodeCount` nodes; all alive.
    void setMembers(const std::vector<int> &members, int nodeCount);
    bool isMember(int node) const { return bitOf(node) != 0; }

    /// `w` committed on its origin, which has thereby executed it.
    void committed(const PeerWrite &w, std::uint32_t key);
    /// `w` was sent to `node`.
    void shipped(std::uint64_t id, int node);
    /// `w` reached `node` (alive: it can take it). True when `node` had not executed it and
    /// now has: apply and forward it. False when it was already executed there (or is not
    /// in the log: every live node executed it long ago), as MySQL's GTID auto-skip.
    bool received(std::uint64_t id, int node, bool alive);
    /// True when `node` executed `id`, or `id` left the log (every live node executed it).
    bool executedBy(std::uint64_t id, int node) const;

    void nodeDied(int node);
    /// Back up. What is not on its way to it the resync copies: counted as executed.
    void nodeRevived(int node);

    /// What `to` lacks and `from` executed, oldest first: what `from` sends when `to`
    /// connects to it with auto-positioning (writes already on their way to `to` excluded).
    std::vector<Entry> missingAt(int to, int from) const;
    /// Removes and returns the writes no live node executed and none has on the way: they
    /// exist only on dead nodes.
    std::vector<Entry> takeUnreachable();

    /// Commit time (us) of the oldest write some live node has not executed; -1 when none.
    std::int64_t oldestPendingCommitUs() const;
    /// Commit time (us) of the oldest write `node` has not executed; -1 when none.
    std::int64_t oldestMissingCommitUs(int node) const;
    /// How many writes in the log `node` has not executed.
    std::uint64_t missingCount(int node) const;
    std::size_t size() const { return m_entries.size(); }

private:
    std::uint64_t bitOf(int node) const
    {
        return node >= 0 && node < static_cast<int>(m_bitOf.size()) ? m_bitOf[node] : 0;
    }
    Entry *find(std::uint64_t id);
    const Entry *find(std::uint64_t id) const;
    void retire();

    std::deque<Entry> m_entries;  // in commit order: write ids grow with commits
    std::vector<std::uint64_t> m_bitOf;  // by node index; 0: not in the ring
    std::uint64_t m_live = 0;
};

} // namespace scalelab
