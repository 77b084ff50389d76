// SPDX-License-Identifier: GPL-3.0-or-later
#include "compare/abcomparerunner.h"

#include "report/comparison.h"
#include "report/report.h"
#include "sim/simulation.h"

#include <QElapsedTimer>
#include <QThread>

namespace scalelab {

namespace {

constexpr SimTime kSlice = SimTime::fromS(1);  // how often a run looks at the cancel flag

// One side as `scalelab-cli run` runs it. Up to just before the end it runs in slices (the
// engine does the same work whether it is asked once or in slices); runToCompletion then
// stops the clients at `duration` and lets every request end.
std::optional<AbSide> runSide(const Topology &topology, std::uint64_t seed, SimTime duration, QString *error,
                              std::atomic<std::int64_t> *doneUs, const std::atomic<bool> *cancel, bool *cancelled)
{
    auto sim = Simulation::create(topology, seed, error);
    if (!sim)
        return std::nullopt;
    QElapsedTimer wall;
    wall.start();
    const SimTime lastSlice = duration - SimTime::fromUs(1);
    while (sim->now() < lastSlice) {
        if (cancel && cancel->load()) {
            *cancelled = true;
            return std::nullopt;
        }
        const SimTime before = sim->now();
        sim->runUntil(std::min(before + kSlice, lastSlice));
        if (doneUs)
            doneUs->fetch_add((sim->now() - before).us);
    }
    sim->runToCompletion(duration);
    const double wallSeconds = double(wall.nsecsElapsed()) / 1e9;
    return AbSide{Report::toJson(*sim, wallSeconds), Report::toText(*sim, wallSeconds), sim->metrics().series()};
}

} // namespace

AbCompareRunner::AbCompareRunner(QObject *parent)
    : QObject(parent)
{
}

AbCompareRunner::~AbCompareRunner()
{
    if (m_thread) {
        // The window closed mid-run: stop at the next slice; the finished() queued for us dies with us.
        m_cancel = true;
        m_thread->wait();
        delete m_thread;
    }
}

AbResult AbCompareRunner::run(const Topology &a, const Topology &b, std::uint64_t seed, SimTime duration,
                              std::atomic<std::int64_t> *doneUs, const std::atomic<bool> *cancel)
{
    AbResult result;
    result.seed = seed;
    result.duration = duration;
    auto sideA = runSide(a, seed, duration, &result.error, doneUs, cancel, &result.cancelled);
    if (!sideA) {
        result.failedSide = ReportDifference::Side::A;
        return result;
    }
    auto sideB = runSide(b, seed, duration, &result.error, doneUs, cancel, &result.cancelled);
    if (!sideB) {
        result.failedSide = ReportDifference::Side::B;
        return result;
    }
    result.a = std::move(*sideA);
    result.b = std::move(*sideB);
    result.differences = compareReports(result.a.report, result.b.report);
    result.workloadNotes = Comparison::workloadDifferences(a, b);
    result.ok = true;
    return result;
}

void AbCompareRunner::start(const Topology &a, const Topology &b, std::uint64_t seed, SimTime duration)
{
    if (m_thread)
        return;
    m_doneUs = 0;
    m_cancel = false;
    m_duration = duration;
    m_thread = QThread::create([this, a, b, seed, duration] { m_pending = run(a, b, seed, duration, &m_doneUs, &m_cancel); });
    connect(m_thread, &QThread::finished, this, [this] {
        m_thread->deleteLater();
        m_thread = nullptr;
        m_result = std::move(m_pending);
        emit finished();
    });
    m_thread->start(QThread::LowPriority);
}

double AbCompareRunner::progress() const
{
    return m_duration.us > 0 ? std::min(1.0, double(m_doneUs.load()) / (2.0 * double(m_duration.us))) : 0.0;
}

void AbCompareRunner::cancel()
{
    m_cancel = true;
}

} // namespace scalelab
