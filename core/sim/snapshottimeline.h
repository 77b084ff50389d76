// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/simtime.h"

#include <cstddef>
#include <memory>
#include <vector>

namespace scalelab {

class Simulation;

/// Copies of one run's engine at moments along its timeline, so that any earlier moment is
/// reached by copying the nearest snapshot and running on from it, instead of replaying from
/// time zero. Memory is bounded: past the budget, the snapshot whose loss leaves the
/// smallest gap goes, so the snapshots thin out evenly as the run grows longer.
class SnapshotTimeline
{
public:
    struct Budget
    {
        std::size_t maxBytes = std::size_t(1) << 30;   ///< heap the copies may hold together
        std::size_t maxCount = 240;                  ///< and at most this many of them
        SimTime spacing = SimTime::fromS(2);         ///< no closer than this in simulated time
    };

    SnapshotTimeline();
    explicit SnapshotTimeline(Budget budget);
    ~SnapshotTimeline();

    /// Forgets every snapshot (another run starts).
    void clear();
    /// Keeps a copy of `sim` when it is at least the spacing past the latest snapshot.
    /// Returns whether it did.
    bool offer(const Simulation &sim);
    /// Keeps a copy of `sim` whatever the spacing (the start of a run).
    void take(const Simulation &sim);
    /// Forgets the snapshots after `t`: the run changed from then on (a live action).
    void discardAfter(SimTime t);
    /// The latest snapshot at or before `t`, or nullptr.
    const Simulation *latestAtOrBefore(SimTime t) const;

    std::size_t count() const { return m_snapshots.size(); }
    /// Heap held by the snapshots, as the allocator counted it when they were taken (0 where
    /// the allocator cannot tell: then only the count bounds them).
    std::size_t bytes() const { return m_bytes; }
    const Budget &budget() const { return m_budget; }
    void setBudget(const Budget &budget)
    {
        m_budget = budget;
        thin();
    }
    /// Moments of the snapshots kept, oldest first.
    std::vector<SimTime> moments() const;

private:
    struct Snapshot
    {
        std::unique_ptr<Simulation> sim;
        std::size_t bytes = 0;
    };
    void thin();

    Budget m_budget;
    std::vector<Snapshot> m_snapshots;   ///< in time order
    std::size_t m_bytes = 0;
};

} // namespace scalelab
