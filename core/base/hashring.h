// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <concepts>
#include <cstdint>
#include <string_view>
#include <vector>

namespace scalelab {

/// Spreads cache keys over several cache nodes with a consistent-hash ring of virtual nodes
/// (Karger et al.; memcached clients' ketama). Removing one of N nodes moves only that
/// node's keys, about 1/N of them; adding one moves only the keys the new node takes.
///
/// Hashes are fixed functions (FNV-1a 64 of the node id's UTF-8, splitmix64 finalizer), not
/// std::hash, so a key lands on the same node on every platform and run. The ring depends
/// only on the set of (id, weight) pairs, not on the order the nodes were added.
class ConsistentHashRing
{
public:
    /// Points per unit of weight; 160 as in ketama.
    static constexpr int kDefaultVirtualNodes = 160;

    explicit ConsistentHashRing(int virtualNodes = kDefaultVirtualNodes);

    /// Adds a node (or changes its weight if present); returns its index. Indices are the
    /// order of addition and shift down when an earlier node is removed.
    int addNode(const QString &id, int weight = 1);
    /// Removes a node; returns whether it was there.
    bool removeNode(const QString &id);

    int nodeCount() const { return static_cast<int>(m_nodes.size()); }
    QString nodeId(int index) const { return m_nodes[static_cast<std::size_t>(index)].id; }
    /// The index of @p id, or -1.
    int indexOf(const QString &id) const;

    /// The node (index) for @p key, or -1 when the ring is empty.
    int nodeFor(std::uint32_t key) const;
    /// The first node clockwise of @p key whose bit is set in @p eligibleMask (bit i = node
    /// i; nodes from index 64 on count as eligible), or -1 when none is.
    int nodeFor(std::uint32_t key, std::uint64_t eligibleMask) const;
    /// The first node clockwise of @p key for which @p eligible(index) is true, or -1.
    template<std::predicate<int> Predicate>
    int nodeFor(std::uint32_t key, Predicate eligible) const
    {
        if (m_ring.empty())
            return -1;
        std::size_t i = firstPointFor(key);
        for (std::size_t walked = 0; walked < m_ring.size(); ++walked, ++i) {
            if (i == m_ring.size())
                i = 0;
            if (eligible(m_ring[i].node))
                return m_ring[i].node;
        }
        return -1;
    }

private:
    struct Node
    {
        QString id;
        int weight = 1;
        std::uint64_t hash = 0;
    };
    struct Point
    {
        std::uint64_t hash = 0;
        int node = 0;
    };

    void rebuild();
    std::size_t firstPointFor(std::uint32_t key) const;

    int m_virtualNodes;
    std::vector<Node> m_nodes;
    std::vector<Point> m_ring;  ///< sorted by hash, then node id hash, then node id
};

} // namespace scalelab
