// SPDX-License-Identifier: GPL-3.0-or-later
#include "base/hashring.h"

#include "base/hash.h"

#include <algorithm>

namespace scalelab {

ConsistentHashRing::ConsistentHashRing(int virtualNodes) : m_virtualNodes(std::max(1, virtualNodes)) {}

int ConsistentHashRing::indexOf(const QString &id) const
{
    for (std::size_t i = 0; i < m_nodes.size(); ++i)
        if (m_nodes[i].id == id)
            return static_cast<int>(i);
    return -1;
}

int ConsistentHashRing::addNode(const QString &id, int weight)
{
    int index = indexOf(id);
    if (index < 0) {
        const QByteArray utf8 = id.toUtf8();
        m_nodes.push_back(Node{id, 1, fnv1a64(std::string_view(utf8.constData(), static_cast<std::size_t>(utf8.size())))});
        index = nodeCount() - 1;
    }
    m_nodes[static_cast<std::size_t>(index)].weight = std::max(1, weight);
    rebuild();
    return index;
}

bool ConsistentHashRing::removeNode(const QString &id)
{
    const int index = indexOf(id);
    if (index < 0)
        return false;
    m_nodes.erase(m_nodes.begin() + index);
    rebuild();
    return true;
}

void ConsistentHashRing::rebuild()
{
    m_ring.clear();
    for (std::size_t i = 0; i < m_nodes.size(); ++i) {
        const Node &n = m_nodes[i];
        const int points = m_virtualNodes * n.weight;
        // Point v of a node does not depend on the other nodes, so membership changes move
        // only the keys of the node that came or went.
        for (int v = 0; v < points; ++v)
            m_ring.push_back(Point{splitmix64(n.hash ^ splitmix64(static_cast<std::uint64_t>(v))), static_cast<int>(i)});
    }
    // Ties (a 64-bit collision) are broken by the ids, never by the order of addition.
    std::sort(m_ring.begin(), m_ring.end(), [this](const Point &a, const Point &b) {
        if (a.hash != b.hash)
            return a.hash < b.hash;
        const Node &x = m_nodes[static_cast<std::size_t>(a.node)];
        const Node &y = m_nodes[static_cast<std::size_t>(b.node)];
        if (x.hash != y.hash)
            return x.hash < y.hash;
        return x.id < y.id;
    });
}

std::size_t ConsistentHashRing::firstPointFor(std::uint32_t key) const
{
    const std::uint64_t h = splitmix64(key);
    auto it = std::lower_bound(m_ring.begin(), m_ring.end(), h, [](const Point &p, std::uint64_t v) { return p.hash < v; });
    return it == m_ring.end() ? 0 : static_cast<std::size_t>(it - m_ring.begin());
}

int ConsistentHashRing::nodeFor(std::uint32_t key) const
{
    return nodeFor(key, [](int) { return true; });
}

int ConsistentHashRing::nodeFor(std::uint32_t key, std::uint64_t eligibleMask) const
{
    return nodeFor(key, [eligibleMask](int i) { return i >= 64 || ((eligibleMask >> i) & 1U) != 0; });
}

} // namespace scalelab
