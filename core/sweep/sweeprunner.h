// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/simtime.h"

#include <QJsonObject>
#include <QString>

#include <cstdint>
#include <functional>
#include <vector>

namespace scalelab {
struct Topology;
}

namespace scalelab {

/// Runs independent simulations side by side on a QThreadPool, one engine per task.
///
/// Threading contract: each task builds, runs and reports its own Simulation on a pool
/// thread and writes only its own Result and its own progress counter (an atomic). The
/// topologies are only read while the pool runs. run() returns after every task has
/// ended, so the caller reads the results on its thread without a lock. Runs share no
/// mutable state in core (no caches, no non-const statics), so a result does not depend
/// on the number of threads or on which run ends first.
class SweepRunner
{
public:
    struct Run
    {
        const Topology *topology = nullptr;
        std::uint64_t seed = 0;
    };
    struct Result
    {
        QJsonObject report;  ///< as `run --report json` prints it, with wall_s 0
        QString error;       ///< the engine could not be built (a missing trace...)
    };
    /// Called on the caller's thread about ten times a second: runs done, and the share of
    /// all simulated time done so far (0 to 1).
    using Progress = std::function<void(int done, double fraction)>;

    SweepRunner(SimTime duration, int threads) : m_duration(duration), m_threads(threads) {}

    std::vector<Result> run(const std::vector<Run> &runs, const Progress &progress = {}) const;

private:
    SimTime m_duration;
    int m_threads = 1;
};

} // namespace scalelab
