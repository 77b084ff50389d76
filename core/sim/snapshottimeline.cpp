// SPDX-License-Identifier: GPL-3.0-or-later
#include "sim/snapshottimeline.h"

#include "sim/simulation.h"

#include <algorithm>

#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace scalelab {

namespace {

/// Bytes the allocator has handed out and not got back, or 0 where it cannot say (another C
/// library, or a sanitizer's allocator that answers with zeros).
std::size_t heapInUse()
{
#if defined(__GLIBC__) && (__GLIBC__ > 2 || (__GLIBC__ == 2 && __GLIBC_MINOR__ >= 33))
    const struct mallinfo2 info = mallinfo2();
    return info.uordblks + info.hblkhd;
#else
    return 0;
#endif
}

} // namespace

SnapshotTimeline::SnapshotTimeline() = default;
SnapshotTimeline::SnapshotTimeline(Budget budget) : m_budget(budget) {}
SnapshotTimeline::~SnapshotTimeline() = default;

void SnapshotTimeline::clear()
{
    m_snapshots.clear();
    m_bytes = 0;
}

bool SnapshotTimeline::offer(const Simulation &sim)
{
    if (!m_snapshots.empty() && sim.now() < m_snapshots.back().sim->now() + m_budget.spacing)
        return false;
    take(sim);
    return true;
}

void SnapshotTimeline::take(const Simulation &sim)
{
    discardAfter(sim.now());
    if (!m_snapshots.empty() && m_snapshots.back().sim->now() == sim.now())
        return;
    const std::size_t before = heapInUse();
    auto copy = std::make_unique<Simulation>(sim);
    const std::size_t after = heapInUse();
    copy->setObserver(nullptr);   // a snapshot only waits; whoever restores it attaches one
    const std::size_t bytes = after > before ? after - before : 0;
    m_snapshots.push_back(Snapshot{std::move(copy), bytes});
    m_bytes += bytes;
    thin();
}

void SnapshotTimeline::discardAfter(SimTime t)
{
    while (!m_snapshots.empty() && m_snapshots.back().sim->now() > t) {
        m_bytes -= m_snapshots.back().bytes;
        m_snapshots.pop_back();
    }
}

const Simulation *SnapshotTimeline::latestAtOrBefore(SimTime t) const
{
    const auto after = std::upper_bound(m_snapshots.begin(), m_snapshots.end(), t,
                                        [](SimTime at, const Snapshot &s) { return at < s.sim->now(); });
    return after == m_snapshots.begin() ? nullptr : std::prev(after)->sim.get();
}

std::vector<SimTime> SnapshotTimeline::moments() const
{
    std::vector<SimTime> at;
    at.reserve(m_snapshots.size());
    for (const Snapshot &s : m_snapshots)
        at.push_back(s.sim->now());
    return at;
}

void SnapshotTimeline::thin()
{
    // The first (the run's start) stays, and the latest while there is room for two: a seek
    // never runs from further back than the widest gap, so the one whose loss leaves the
    // narrowest gap goes (the older on ties).
    while (m_snapshots.size() > 1 && (m_bytes > m_budget.maxBytes || m_snapshots.size() > m_budget.maxCount)) {
        std::size_t victim = m_snapshots.size() - 1;
        std::int64_t narrowest = INT64_MAX;
        for (std::size_t i = 1; i + 1 < m_snapshots.size(); ++i) {
            const std::int64_t gap = m_snapshots[i + 1].sim->now().us - m_snapshots[i - 1].sim->now().us;
            if (gap < narrowest) {
                narrowest = gap;
                victim = i;
            }
        }
        m_bytes -= m_snapshots[victim].bytes;
        m_snapshots.erase(m_snapshots.begin() + static_cast<std::ptrdiff_t>(victim));
    }
}

} // namespace scalelab
