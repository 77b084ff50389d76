// SPDX-License-Identifier: GPL-3.0-or-later
#include "replication/ringlog.h"

#include <algorithm>

namespace scalelab {

void RingLog::setMembers(const std::vector<int> &members, int nodeCount)
{
    m_entries.clear();
    m_bitOf.assign(static_cast<std::size_t>(std::max(nodeCount, 0)), 0);
    m_live = 0;
    int next = 0;
    for (int node : members) {
        if (node < 0 || node >= nodeCount || next >= 64)
            continue;
        m_bitOf[node] = std::uint64_t(1) << next++;
        m_live |= m_bitOf[node];
    }
}

void RingLog::committed(const PeerWrite &w, std::uint32_t key)
{
    const std::uint64_t origin = bitOf(w.origin);
    if (origin == 0)
        return;
    m_entries.push_back(Entry{w, key, origin, 0});
    retire();  // a ring of one live node: nobody else needs it
}

void RingLog::shipped(std::uint64_t id, int node)
{
    if (Entry *e = find(id))
        e->coming |= bitOf(node);
}

bool RingLog::received(std::uint64_t id, int node, bool alive)
{
    Entry *e = find(id);
    if (!e)
        return false;
    const std::uint64_t bit = bitOf(node);
    e->coming &= ~bit;
    if (!alive || (e->executed & bit))
        return false;
    e->executed |= bit;
    retire();
    return true;
}

bool RingLog::executedBy(std::uint64_t id, int node) const
{
    const Entry *e = find(id);
    return !e || (e->executed & bitOf(node));
}

void RingLog::nodeDied(int node)
{
    m_live &= ~bitOf(node);
    retire();  // writes that only it still lacked are done
}

void RingLog::nodeRevived(int node)
{
    const std::uint64_t bit = bitOf(node);
    m_live |= bit;
    for (Entry &e : m_entries)
        if (!(e.coming & bit))
            e.executed |= bit;
    retire();
}

std::vector<RingLog::Entry> RingLog::missingAt(int to, int from) const
{
    const std::uint64_t toBit = bitOf(to), fromBit = bitOf(from);
    std::vector<Entry> out;
    for (const Entry &e : m_entries)
        if ((e.executed & fromBit) && !(e.executed & toBit) && !(e.coming & toBit))
            out.push_back(e);
    return out;
}

std::vector<RingLog::Entry> RingLog::takeUnreachable()
{
    std::vector<Entry> out;
    std::deque<Entry> kept;
    for (Entry &e : m_entries) {
        if (((e.executed | e.coming) & m_live) == 0)
            out.push_back(e);
        else
            kept.push_back(e);
    }
    m_entries.swap(kept);
    retire();
    return out;
}

std::int64_t RingLog::oldestPendingCommitUs() const
{
    // retire() keeps the front incomplete: it is the oldest write some live node lacks.
    return m_entries.empty() ? -1 : m_entries.front().write.commitUs;
}

std::int64_t RingLog::oldestMissingCommitUs(int node) const
{
    const std::uint64_t bit = bitOf(node);
    for (const Entry &e : m_entries)
        if (!(e.executed & bit))
            return e.write.commitUs;
    return -1;
}

std::uint64_t RingLog::missingCount(int node) const
{
    const std::uint64_t bit = bitOf(node);
    return static_cast<std::uint64_t>(
        std::count_if(m_entries.begin(), m_entries.end(), [bit](const Entry &e) { return !(e.executed & bit); }));
}

RingLog::Entry *RingLog::find(std::uint64_t id)
{
    const auto it = std::lower_bound(m_entries.begin(), m_entries.end(), id,
                                     [](const Entry &e, std::uint64_t v) { return e.write.id < v; });
    return it != m_entries.end() && it->write.id == id ? &*it : nullptr;
}

const RingLog::Entry *RingLog::find(std::uint64_t id) const
{
    return const_cast<RingLog *>(this)->find(id);
}

void RingLog::retire()
{
    while (!m_entries.empty() && (m_entries.front().executed & m_live) == m_live)
        m_entries.pop_front();
}

} // namespace scalelab
