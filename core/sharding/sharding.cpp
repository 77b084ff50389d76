// SPDX-License-Identifier: GPL-3.0-or-later
#include "sharding/sharding.h"

#include "base/hash.h"
#include "model/topology.h"
#include "sim/enginecontext.h"
#include "sim/eventkind.h"
#include "sim/eventqueue.h"
#include "sim/noderuntime.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace scalelab {

namespace {
std::string fixed1(double value)
{
    return QString::number(value, 'f', 1).toStdString();
}
} // namespace

double ShardingCounters::maxShardShare() const
{
    const std::uint64_t total = std::accumulate(requests.begin(), requests.end(), std::uint64_t{0});
    if (total == 0)
        return 0;
    return static_cast<double>(*std::max_element(requests.begin(), requests.end())) / static_cast<double>(total);
}

void Sharding::setUp(const EngineContext &ctx)
{
    const Topology &topology = ctx.topology;
    m_shardOfNode.assign(ctx.nodes.size(), -1);
    if (!topology.hasSharding)
        return;
    const ShardingSpec &spec = topology.sharding;
    m_enabled = true;
    m_strategy = spec.strategy == QLatin1String("consistent") ? Strategy::Consistent
                 : spec.strategy == QLatin1String("range")    ? Strategy::Range
                                                              : Strategy::HashMod;
    // Range sharding divides the keys the clients draw from: the largest key space among them.
    for (const NodeSpec &node : topology.nodes)
        if (node.type == NodeType::Clients)
            m_keySpace = std::max(m_keySpace, static_cast<std::uint32_t>(node.keys));
    // share 1 must take every hash, so the top is UINT64_MAX rather than share x 2^64 rounded.
    m_fanOutThreshold = spec.fanOutReads >= 1 ? UINT64_MAX
                        : spec.fanOutReads <= 0 ? 0
                                                : static_cast<std::uint64_t>(spec.fanOutReads * 18446744073709551616.0);
    m_secondsPerKey = spec.copyMbPerS > 0 ? spec.keySizeKb / 1024.0 / spec.copyMbPerS : 0;
    for (const QStringList &ids : spec.shards) {
        std::vector<int> members;
        for (const QString &id : ids)
            members.push_back(topology.indexOf(id));
        const auto shard = static_cast<int>(m_shards.size());
        for (int node : members)
            m_shardOfNode[static_cast<std::size_t>(node)] = shard;
        m_ring.addNode(ids.front());
        m_shards.push_back(std::move(members));
    }
    m_counters.requests.assign(m_shards.size(), 0);
}

int Sharding::ownerAmong(int count, std::uint32_t key) const
{
    switch (m_strategy) {
    case Strategy::HashMod:
        return static_cast<int>(splitmix64(key) % static_cast<std::uint64_t>(count));
    case Strategy::Consistent:
        return (count == shardCount() ? m_ring : m_previousRing).nodeFor(key);
    case Strategy::Range:
        if (key >= m_keySpace)
            return count - 1;
        return static_cast<int>(static_cast<std::uint64_t>(key) * static_cast<std::uint64_t>(count) / m_keySpace);
    }
    return 0;
}

int Sharding::shardFor(std::uint32_t key, SimTime now, bool *moving) const
{
    const int owner = ownerAmong(shardCount(), key);
    if (m_previousCount > 0 && key < m_keySpace) {
        // The copy walks the key space in key order: key k is across once it has passed k.
        const double passedAt = m_copyStart.s() + (m_copyEnd - m_copyStart).s() * (static_cast<double>(key) + 1) / m_keySpace;
        if (now.s() < passedAt) {
            const int previous = ownerAmong(m_previousCount, key);
            if (previous != owner) {
                if (moving)
                    *moving = true;
                return previous;
            }
        }
    }
    if (moving)
        *moving = false;
    return owner;
}

QString Sharding::addShard(const EngineContext &ctx, const std::vector<int> &nodes)
{
    if (!m_enabled)
        return QStringLiteral("add_shard needs a top-level \"sharding\" object");
    if (nodes.empty())
        return QStringLiteral("add_shard needs at least one database");
    for (int node : nodes) {
        if (node < 0 || ctx.nodes[static_cast<std::size_t>(node)].type != NodeType::Database)
            return QStringLiteral("add_shard takes databases only");
        if (shardOfNode(node) >= 0)
            return QStringLiteral("\"%1\" is in shard %2 already").arg(QString::fromStdString(ctx.nodes[static_cast<std::size_t>(node)].id))
                .arg(shardOfNode(node));
    }
    if (m_previousCount > 0)
        finishCopy(ctx, true);  // one copy at a time: the keys still on their way switch now

    const int before = shardCount();
    m_previousRing = m_ring;
    const auto shard = static_cast<int>(m_shards.size());
    for (int node : nodes)
        m_shardOfNode[static_cast<std::size_t>(node)] = shard;
    m_ring.addNode(QString::fromStdString(ctx.nodes[static_cast<std::size_t>(nodes.front())].id));
    m_shards.push_back(nodes);
    m_counters.requests.push_back(0);

    std::uint64_t moved = 0;
    for (std::uint32_t key = 0; key < m_keySpace; ++key)
        moved += ownerAmong(before, key) != ownerAmong(shard + 1, key) ? 1 : 0;
    m_counters.movedKeys += moved;
    ++m_counters.reshards;
    m_previousCount = before;
    m_copyMoved = moved;
    m_copyStart = ctx.now;
    m_copyEnd = ctx.now + SimTime::fromS(static_cast<double>(moved) * m_secondsPerKey);
    ctx.queue.push(m_copyEnd, kReshardDone, static_cast<std::uint32_t>(m_counters.reshards));
    ctx.announce(EngineEventKind::ReshardStart, nodes.front(),
                 "shards=" + std::to_string(shard + 1) + " moved_keys=" + std::to_string(moved) + " of "
                     + std::to_string(m_keySpace) + " copy_s=" + fixed1((m_copyEnd - m_copyStart).s()));
    return {};
}

void Sharding::copyDone(const EngineContext &ctx, std::uint32_t reshard)
{
    if (m_previousCount > 0 && reshard == m_counters.reshards)
        finishCopy(ctx, false);
}

void Sharding::finishCopy(const EngineContext &ctx, bool cutShort)
{
    m_previousCount = 0;
    ctx.announce(EngineEventKind::ReshardDone, m_shards.back().front(),
                 "shards=" + std::to_string(shardCount()) + " moved_keys=" + std::to_string(m_copyMoved)
                     + (cutShort ? " cut_short_by_next_add_shard" : ""));
}

double Sharding::copyProgress(SimTime now) const
{
    if (m_previousCount == 0)
        return 1;
    const double total = (m_copyEnd - m_copyStart).s();
    return total > 0 ? std::clamp((now - m_copyStart).s() / total, 0.0, 1.0) : 1;
}

} // namespace scalelab
