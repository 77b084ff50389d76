// SPDX-License-Identifier: GPL-3.0-or-later
#include "sweep/sweeprunner.h"

#include "report/report.h"
#include "sim/simulation.h"

#include <QRunnable>
#include <QThreadPool>

#include <algorithm>
#include <atomic>
#include <memory>

namespace scalelab {

std::vector<SweepRunner::Result> SweepRunner::run(const std::vector<Run> &runs, const Progress &progress) const
{
    std::vector<Result> results(runs.size());
    // Simulated microseconds each run has done; written by its task, summed here.
    const auto simulated = std::make_unique<std::atomic<std::int64_t>[]>(runs.size());
    std::atomic<int> done = 0;
    const std::int64_t durationUs = m_duration.us;

    QThreadPool pool;
    pool.setMaxThreadCount(m_threads);
    for (std::size_t i = 0; i < runs.size(); ++i) {
        simulated[i].store(0, std::memory_order_relaxed);
        pool.start(QRunnable::create([&, i] {
            Result &result = results[i];
            std::unique_ptr<Simulation> simulation = Simulation::create(*runs[i].topology, runs[i].seed, &result.error);
            if (simulation) {
                std::atomic<std::int64_t> &mine = simulated[i];
                simulation->runToCompletion(m_duration, [&mine](SimTime now) { mine.store(now.us, std::memory_order_relaxed); });
                result.report = Report::toJson(*simulation, 0.0);
            }
            simulated[i].store(durationUs, std::memory_order_relaxed);
            done.fetch_add(1, std::memory_order_release);
        }));
    }

    const auto report = [&] {
        if (!progress)
            return;
        double sum = 0;
        for (std::size_t i = 0; i < runs.size(); ++i)
            sum += static_cast<double>(std::min(simulated[i].load(std::memory_order_relaxed), durationUs));
        const double total = static_cast<double>(durationUs) * static_cast<double>(runs.size());
        progress(done.load(std::memory_order_acquire), total > 0 ? sum / total : 1.0);
    };
    while (!pool.waitForDone(100))
        report();
    report();
    return results;
}

} // namespace scalelab
